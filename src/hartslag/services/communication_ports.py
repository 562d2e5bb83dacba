# SPDX-License-Identifier: EUPL-1.2
"""Ports of what leaves the organisation: public texts for the "jullie zeiden, wij
deden" page, and the name and address an organisation's e-mails are signed with."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from hartslag.domein.publicatie import Publicatiestatus, PubliekeTekst


class PubliekeTeksten(Protocol):
    def add(self, p: PubliekeTekst) -> None: ...
    def save(self, p: PubliekeTekst) -> None: ...
    def get(self, tekst_id: uuid.UUID) -> PubliekeTekst | None: ...
    def for_knelpunt(self, knelpunt_id: uuid.UUID) -> list[PubliekeTekst]: ...
    def of_organisatie(
        self, organisatie: str, status: Publicatiestatus | None
    ) -> list[PubliekeTekst]: ...


@dataclass(frozen=True)
class Afzenderinstelling:
    """An organisation's name, and what it set for its e-mails (None: the default)."""

    organisatie_id: int
    naam: str
    weergavenaam: str | None = None
    email: str | None = None


class Afzenders(Protocol):
    def get(self, organisatie: str) -> Afzenderinstelling | None: ...
    def save(
        self, organisatie_id: int, weergavenaam: str | None, email: str | None, now: datetime
    ) -> None: ...
