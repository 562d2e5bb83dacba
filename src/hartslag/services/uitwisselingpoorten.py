# SPDX-License-Identifier: EUPL-1.2
"""Ports of the exchange between organisations: partners with their secrets and
agreements, and the mailboxes (outbox, inbox, what partners shared)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol

from hartslag.domein.uitwisseling import Deelafspraak


@dataclass
class Partner:
    organisatie_id: int
    code: str
    naam: str
    oin: str
    webhook_url: str | None
    actief: bool
    aangemaakt_op: datetime
    id: int | None = None


@dataclass(frozen=True)
class Partnersleutel:
    versie: int
    sleutelversie: int
    versleuteld: bytes
    aangemaakt_op: datetime
    geldig_tot: datetime | None


WACHTEND = "wachtend"
AFGELEVERD = "afgeleverd"
ONBESTELBAAR = "onbestelbaar"  # the dead-letter list


@dataclass
class UitgaandeGebeurtenis:
    id: uuid.UUID
    organisatie_id: int
    partner_id: int
    afspraak: str
    type: str
    onderwerp: str
    inhoud: dict[str, Any]
    aangemaakt_op: datetime
    status: str = WACHTEND
    pogingen: int = 0
    volgende_poging_op: datetime | None = None
    laatste_fout: str | None = None
    afgeleverd_op: datetime | None = None
    geclaimd_tot: datetime | None = field(default=None, compare=False)


@dataclass(frozen=True)
class InkomendeGebeurtenis:
    organisatie_id: int
    bron: str
    id: str
    partner_id: int
    afspraak: str
    type: str
    onderwerp: str
    tijdstip: datetime
    ontvangen_op: datetime


@dataclass(frozen=True)
class GedeeldGegeven:
    organisatie_id: int
    partner_id: int
    soort: str
    onderwerp: str
    afspraak: str
    gegevens: dict[str, Any]
    bijgewerkt_op: datetime
    ingetrokken: bool = False


@dataclass(frozen=True)
class Volume:
    """How many events of one type flowed with one partner under one agreement."""

    partner_id: int
    afspraak: str
    type: str
    richting: str
    status: str  # outgoing: wachtend, afgeleverd, onbestelbaar; incoming: ontvangen
    aantal: int


class Partners(Protocol):
    def oin(self, organisatie_id: int) -> str | None: ...
    def set_oin(self, organisatie_id: int, oin: str) -> None: ...
    def add(self, p: Partner) -> int: ...
    def save(self, p: Partner) -> None: ...
    def get(self, organisatie_id: int, code: str) -> Partner | None: ...
    def by_oin(self, organisatie_id: int, oin: str) -> Partner | None: ...
    def by_id(self, partner_id: int) -> Partner | None: ...
    def all(self, organisatie_id: int) -> list[Partner]: ...
    def add_sleutel(self, partner_id: int, sleutel: Partnersleutel) -> None: ...
    def sleutels(self, partner_id: int) -> list[Partnersleutel]: ...
    def expire_sleutels(self, partner_id: int, tot: datetime) -> None: ...
    def add_afspraak(
        self, a: Deelafspraak, organisatie_id: int, partner_id: int, lokaal: bool = False
    ) -> None:
        """``lokaal``: ``partner_id`` is the id of an organisation of this installation."""
        ...

    def afspraken(self, organisatie_id: int) -> list[Deelafspraak]:
        """The agreements the organisation recorded, local ones included."""
        ...

    def lokale_afspraken(self, partner_organisatie_id: int) -> list[tuple[str, Deelafspraak]]:
        """Local agreements other organisations recorded for this one: (giver, agreement)."""
        ...

    def end_afspraak(self, afspraak_id: uuid.UUID, tot: datetime) -> None: ...


class Postvakken(Protocol):
    def add_uitgaand(self, g: UitgaandeGebeurtenis) -> None: ...
    def due(self, now: datetime, limit: int) -> list[UitgaandeGebeurtenis]: ...
    def claim(self, gebeurtenis_id: uuid.UUID, now: datetime, tot: datetime) -> bool: ...
    def claim_many(
        self, gebeurtenis_ids: Sequence[uuid.UUID], now: datetime, tot: datetime
    ) -> set[uuid.UUID]:
        """Claim those still due in one statement; returns the ids claimed."""
        ...

    def save_uitgaand(self, g: UitgaandeGebeurtenis) -> None: ...
    def mark_afgeleverd(self, gebeurtenis_ids: Sequence[uuid.UUID], now: datetime) -> None:
        """One more attempt for each, and delivered now (one statement)."""
        ...

    def get_uitgaand(self, gebeurtenis_id: uuid.UUID) -> UitgaandeGebeurtenis | None: ...
    def uitgaand(self, organisatie_id: int, status: str | None) -> list[UitgaandeGebeurtenis]: ...
    def uitgaand_over(self, organisatie_id: int, onderwerp: str) -> bool: ...
    def verzonden_onderwerpen(self, organisatie_id: int, type: str) -> set[tuple[int, str]]:
        """(partner id, subject) of every outgoing event of ``type`` the organisation
        queued, whatever became of it."""
        ...

    def add_inkomend(self, g: InkomendeGebeurtenis) -> bool:
        """Store once; False when (organisation, source, id) was already received."""
        ...

    def add_inkomend_many(self, gebeurtenissen: Sequence[InkomendeGebeurtenis]) -> set[str]:
        """Store each once, in one statement; returns the ids that were new."""
        ...

    def inkomend(self, organisatie_id: int) -> list[InkomendeGebeurtenis]: ...
    def volumes(self, organisatie_id: int) -> list[Volume]: ...
    def get_gedeeld(
        self, organisatie_id: int, partner_id: int, soort: str, onderwerp: str
    ) -> GedeeldGegeven | None: ...
    def put_gedeeld(self, g: GedeeldGegeven) -> None: ...
    def get_gedeeld_many(
        self, organisatie_id: int, partner_id: int, sleutels: set[tuple[str, str]]
    ) -> dict[tuple[str, str], GedeeldGegeven]:
        """The kept state per (kind, subject) of those that have one."""
        ...

    def put_gedeeld_many(self, gegevens: Sequence[GedeeldGegeven]) -> None: ...
    def gedeeld(self, organisatie_id: int, soort: str | None) -> list[GedeeldGegeven]: ...
