# SPDX-License-Identifier: EUPL-1.2
"""Ports: what the use cases need from the outside world, as Protocols."""

from __future__ import annotations

import uuid
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Protocol

from hartslag.domein.actor import Actor
from hartslag.domein.gebeurtenis import Gebeurtenis
from hartslag.domein.signaal import Signaal
from hartslag.domein.vocabulaire import Rol
from hartslag.domein.zoekfilter import Pagina, SignaalFilter


class Clock(Protocol):
    def now(self) -> datetime: ...


@dataclass(frozen=True)
class NieuwSignaalRij:
    """A signal ready to store, with the columns that never leave the database."""

    signaal: Signaal
    inhoudshash: str | None
    melder_pseudoniem: str | None
    contact_id: uuid.UUID | None
    importrun_id: uuid.UUID | None = None


@dataclass(frozen=True)
class VersleuteldContact:
    id: uuid.UUID
    organisatie_id: int
    sleutelversie: int
    versleuteld: bytes
    bewaren_tot: date
    aangemaakt_op: datetime


@dataclass(frozen=True)
class IdempotentAntwoord:
    verzoek_hash: str
    status: int
    resource_id: str | None
    antwoord: dict[str, Any]


@dataclass
class ImportVoortgang:
    id: uuid.UUID
    organisatie_id: int
    bestandsnaam: str
    bestandshash: str
    status: str
    laatste_rij: int = 0
    opgeslagen: int = 0
    dubbel: int = 0
    fouten: int = 0


class Codering(Protocol):
    """Encodes rows for the store's bulk path; picklable, for worker processes."""

    def encode(self, rij: NieuwSignaalRij) -> tuple[Any, ...]: ...
    def complete(
        self, rij: tuple[Any, ...], referentie: str, contact_id: uuid.UUID | None
    ) -> tuple[Any, ...]: ...


class Organisaties(Protocol):
    def add(self, code: str, naam: str, now: datetime) -> int: ...
    def get_id(self, code: str) -> int | None: ...
    def all(self) -> list[tuple[int, str, str]]: ...


class Accounts(Protocol):
    def add_token(
        self, organisatie_id: int, naam: str, rol: Rol, token_hash: str, now: datetime
    ) -> int: ...
    def actor_for_token(self, token_hash: str) -> Actor | None: ...


class Signalen(Protocol):
    def next_references(self, jaar: int, aantal: int) -> range: ...
    def add(self, rij: NieuwSignaalRij, organisatie_id: int) -> None: ...
    def add_many(self, rijen: Sequence[NieuwSignaalRij], organisatie_id: int) -> None: ...
    def codering(self, organisatie_id: int) -> Codering: ...
    def add_encoded(
        self, rijen: Sequence[tuple[Any, ...]], themas: Sequence[tuple[uuid.UUID, str]]
    ) -> None: ...
    def existing_keys(
        self, organisatie_id: int, externe: Sequence[str], hashes: Sequence[str]
    ) -> tuple[set[str], set[str]]: ...
    def get(self, organisatie_id: int, signaal_id: uuid.UUID) -> Signaal | None: ...
    def get_contact_id(self, organisatie_id: int, signaal_id: uuid.UUID) -> uuid.UUID | None: ...
    def get_importrun_id(self, signaal_id: uuid.UUID) -> uuid.UUID | None: ...
    def update(self, signaal: Signaal) -> None: ...
    def search(
        self, organisatie_id: int, filter: SignaalFilter, pagina: Pagina
    ) -> tuple[list[Signaal], int]: ...
    def stream(self, organisatie_id: int, filter: SignaalFilter) -> Iterator[Signaal]: ...


class Gebeurtenissen(Protocol):
    def add(self, gebeurtenis: Gebeurtenis) -> None: ...
    def for_subject(
        self, onderwerpen: Sequence[tuple[str, str]], organisatie_id: int | None
    ) -> list[Gebeurtenis]: ...
    def list(
        self, organisatie_id: int | None, since: datetime | None, limit: int
    ) -> list[Gebeurtenis]: ...


class Contacten(Protocol):
    def add(self, contact: VersleuteldContact) -> None: ...
    def get(self, organisatie_id: int, contact_id: uuid.UUID) -> VersleuteldContact | None: ...


class Idempotentie(Protocol):
    def get(self, organisatie_id: int, sleutel: str) -> IdempotentAntwoord | None: ...
    def add(
        self, organisatie_id: int, sleutel: str, antwoord: IdempotentAntwoord, now: datetime
    ) -> None: ...


class ImportRuns(Protocol):
    def find_unfinished(self, organisatie_id: int, bestandshash: str) -> ImportVoortgang | None: ...
    def add(self, voortgang: ImportVoortgang, actor: str, now: datetime) -> None: ...
    def save(self, voortgang: ImportVoortgang, now: datetime) -> None: ...


class UnitOfWork(Protocol):
    """One transaction over all stores. Leaving the block without ``commit`` rolls back."""

    organisaties: Organisaties
    accounts: Accounts
    signalen: Signalen
    gebeurtenissen: Gebeurtenissen
    contacten: Contacten
    idempotentie: Idempotentie
    importruns: ImportRuns

    def commit(self) -> None: ...


class UnitOfWorkFactory(Protocol):
    def __call__(self, schrijven: bool = True) -> AbstractContextManager[UnitOfWork]: ...


class Versleuteling(Protocol):
    """Authenticated encryption of small records (the contact vault)."""

    def encrypt(self, plaintext: bytes, associated: bytes) -> tuple[int, bytes]: ...
    def decrypt(self, sleutelversie: int, blob: bytes, associated: bytes) -> bytes: ...
