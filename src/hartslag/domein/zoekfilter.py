# SPDX-License-Identifier: EUPL-1.2
"""Filters for listing, exporting and searching signals."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from hartslag.domein.vocabulaire import Brontype, Kanaal, Meldertype, Signaalstatus


@dataclass(frozen=True)
class SignaalFilter:
    brontype: Brontype | None = None
    meldertype: Meldertype | None = None
    kanaal: Kanaal | None = None
    thema: str | None = None
    status: Signaalstatus | None = None
    ontvangen_vanaf: datetime | None = None
    ontvangen_tot: datetime | None = None
    zoek: str | None = None
    melder_pseudoniem: str | None = None


@dataclass(frozen=True)
class Pagina:
    nummer: int = 1
    grootte: int = 20

    @property
    def offset(self) -> int:
        return (self.nummer - 1) * self.grootte


class Sorteerkolom(StrEnum):
    """The columns a list of signals can be sorted by."""

    ONTVANGEN = "ontvangen"
    REFERENTIE = "referentie"
    TITEL = "titel"
    BRONTYPE = "brontype"
    MELDERTYPE = "meldertype"
    KANAAL = "kanaal"
    STATUS = "status"


@dataclass(frozen=True)
class Sortering:
    """The order of a list of signals; ties are broken by the signal's id."""

    kolom: Sorteerkolom = Sorteerkolom.ONTVANGEN
    aflopend: bool = True
