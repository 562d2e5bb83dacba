# SPDX-License-Identifier: EUPL-1.2
"""Ports for web accounts and their sessions: what the account use cases need."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from hartslag.domein.actor import Actor
from hartslag.domein.vocabulaire import Rol


@dataclass(frozen=True)
class Gebruiker:
    """A web account: an e-mail login within one organisation, with one role."""

    id: int
    organisatie_id: int
    organisatie: str
    naam: str
    email: str
    rol: Rol
    actief: bool
    mislukte_pogingen: int
    geblokkeerd_tot: datetime | None
    taal: str | None
    wachtwoord_hash: str

    @property
    def actor(self) -> Actor:
        return Actor(self.organisatie_id, self.organisatie, self.rol, self.naam)


class Gebruikers(Protocol):
    def add(
        self,
        organisatie_id: int,
        naam: str,
        email: str,
        rol: Rol,
        wachtwoord_hash: str,
        now: datetime,
    ) -> int: ...
    def get_by_email(self, email: str) -> Gebruiker | None: ...
    def get(self, account_id: int) -> Gebruiker | None: ...
    def name_taken(self, organisatie_id: int, naam: str) -> bool: ...
    def of_organisatie(self, organisatie_id: int) -> list[Gebruiker]: ...
    def save_login_state(
        self, account_id: int, mislukte_pogingen: int, geblokkeerd_tot: datetime | None
    ) -> None: ...
    def set_actief(self, account_id: int, actief: bool) -> None: ...
    def set_taal(self, account_id: int, taal: str) -> None: ...
    def set_wachtwoord(self, account_id: int, wachtwoord_hash: str) -> None: ...


class Websessies(Protocol):
    def add(self, sessie_hash: str, account_id: int, now: datetime, verloopt: datetime) -> None: ...
    def account_of(self, sessie_hash: str, now: datetime) -> int | None: ...
    def remove(self, sessie_hash: str) -> None: ...
    def remove_for_account(self, account_id: int) -> None: ...
