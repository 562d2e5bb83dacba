# SPDX-License-Identifier: EUPL-1.2
"""Ports of the privacy use cases: settings, kept originals, the vault's records for key
rotation, retention and the data-subject rights (find, export, erase)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Protocol

from hartslag.domein.privacybeleid import Gegevenssoort


class OntsleutelFout(Exception):
    """A vault record could not be decrypted: wrong key, tampered or moved record."""


# A keyed pseudonym linked to a signal: (entity type, source, pseudonym).
Koppeling = tuple[str, str, str]

# A keyed pseudonym found in one field of free text about a record: (field, type, pseudonym).
Tekstkoppeling = tuple[str, str, str]

# What free text is about: (kind, id), as in the audit trail ("knelpunt", "<uuid>").
Onderwerp = tuple[str, str]


@dataclass(frozen=True)
class Privacykeuzes:
    """What an organisation set explicitly; None means "the default"."""

    originelen_bewaren: bool = False
    contact_dagen: int | None = None
    origineel_dagen: int | None = None
    signaal_dagen: int | None = None


@dataclass(frozen=True)
class VersleuteldOrigineel:
    signaal_id: uuid.UUID
    organisatie_id: int
    sleutelversie: int
    versleuteld: bytes
    bewaren_tot: date
    aangemaakt_op: datetime


class Kluisvak(StrEnum):
    """The tables that hold encrypted records."""

    CONTACT = "contactgegevens"
    ORIGINEEL = "origineel"
    BERICHT = "bericht"  # the outbox: recipient addresses


@dataclass(frozen=True)
class KluisRecord:
    vak: Kluisvak
    id: uuid.UUID
    organisatie_id: int | None
    sleutelversie: int
    versleuteld: bytes


class Herkomst(StrEnum):
    """How a signal was found for a data subject."""

    MELDER = "melder"  # the reporter's identifier (melderId)
    CONTACT = "contact"  # the contact details left for feedback
    TEKST = "tekst"  # mentioned in the signal's title or text


@dataclass(frozen=True)
class Treffer:
    signaal_id: uuid.UUID
    herkomst: frozenset[Herkomst]
    contact_id: uuid.UUID | None
    heeft_origineel: bool

    @property
    def eigen(self) -> bool:
        """The person is the reporter (or left their contact details) of this signal."""
        return bool(self.herkomst & {Herkomst.MELDER, Herkomst.CONTACT})


@dataclass(frozen=True)
class Vermelding:
    """A record whose free text (typed by staff) mentions the person: a dossier, a
    session, a feedback text, or a reason in the audit trail of that record."""

    onderwerp_type: str
    onderwerp_id: str
    velden: tuple[str, ...]  # the fields that mention them, e.g. "besluiten.motivering"


class Instellingen(Protocol):
    def get(self, organisatie_id: int) -> Privacykeuzes | None: ...
    def save(self, organisatie_id: int, keuzes: Privacykeuzes, now: datetime) -> None: ...


class Originelen(Protocol):
    def add_many(self, originelen: Sequence[VersleuteldOrigineel]) -> None: ...
    def get(self, organisatie_id: int, signaal_id: uuid.UUID) -> VersleuteldOrigineel | None: ...


class Kluis(Protocol):
    def versions(self) -> dict[Kluisvak, dict[int, int]]: ...
    def batch(
        self, vak: Kluisvak, na: uuid.UUID | None, behalve_versie: int, limit: int
    ) -> list[KluisRecord]: ...
    def replace(self, oud: KluisRecord, sleutelversie: int, versleuteld: bytes) -> bool: ...


class Bewaring(Protocol):
    def count_expired(
        self, soort: Gegevenssoort, organisatie_id: int, vandaag: date, grens: datetime
    ) -> int: ...
    def expired(
        self, soort: Gegevenssoort, organisatie_id: int, vandaag: date, grens: datetime, limit: int
    ) -> list[uuid.UUID]: ...
    def delete(self, soort: Gegevenssoort, ids: Sequence[uuid.UUID]) -> int: ...
    def delete_sent_messages(self, organisatie: str, grens: datetime, dry_run: bool) -> int: ...


class Betrokkenen(Protocol):
    def find(self, organisatie_id: int, pseudoniemen: Sequence[str]) -> list[Treffer]: ...
    def unlink(self, signaal_id: uuid.UUID, pseudoniemen: Sequence[str] | None) -> int: ...
    def forget_reporter(self, signaal_id: uuid.UUID) -> int: ...
    def reference_of(self, signaal_id: uuid.UUID) -> str | None: ...
    def set_reference(self, signaal_id: uuid.UUID, referentie: str) -> int: ...
    def delete_contact(self, contact_id: uuid.UUID) -> int: ...
    def delete_original(self, signaal_id: uuid.UUID) -> int: ...
    def delete_messages(self, signaal_id: uuid.UUID) -> int: ...


class Vermeldingen(Protocol):
    """The pseudonym links of free text outside a signal (table ``tekst_pseudoniem``)."""

    def add(
        self, organisatie_id: int, onderwerp: Onderwerp, koppelingen: Sequence[Tekstkoppeling]
    ) -> None: ...
    def find(self, organisatie_id: int, pseudoniemen: Sequence[str]) -> list[Vermelding]: ...
    def unlink(self, organisatie_id: int, pseudoniemen: Sequence[str]) -> int: ...
    def forget_subjects(self, onderwerp_type: str, ids: Sequence[str]) -> int: ...
