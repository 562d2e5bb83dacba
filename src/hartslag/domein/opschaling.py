# SPDX-License-Identifier: EUPL-1.2
"""Escalation routes: ordered levels, who sits at each, and after how many days without
progress a bottleneck moves up. Pure: the decision is a function of the dossier and now."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from hartslag.domein.fouten import OngeldigeInvoer
from hartslag.domein.knelpunt import Knelpunt
from hartslag.domein.opvolging import STANDAARD_STREEFDAGEN, overdue_since


@dataclass(frozen=True)
class Lid:
    """Someone sitting at a level; an e-mail address makes them reachable."""

    naam: str
    email: str | None = None


@dataclass(frozen=True)
class Opschalingsniveau:
    naam: str
    dagen: int  # days without progress at this level before moving to the next
    leden: tuple[Lid, ...] = ()


@dataclass(frozen=True)
class Opschalingsroute:
    organisatie: str
    niveaus: tuple[Opschalingsniveau, ...]
    # The default target date of a new dossier: this many days after it was made.
    streefdagen: int = STANDAARD_STREEFDAGEN


STANDAARDNIVEAUS: tuple[Opschalingsniveau, ...] = (
    Opschalingsniveau("team", 14),
    Opschalingsniveau("management", 14),
    Opschalingsniveau("bestuur", 21),
    Opschalingsniveau("beleidsdepartement", 30),
    Opschalingsniveau("politiek-bestuurlijk niveau", 0),
)


def default_route(organisatie: str) -> Opschalingsroute:
    return Opschalingsroute(organisatie, STANDAARDNIVEAUS)


def check_route(route: Opschalingsroute) -> None:
    if len(route.niveaus) < 2:
        raise OngeldigeInvoer("Een opschalingsroute heeft minstens twee niveaus.")
    namen = [n.naam for n in route.niveaus]
    if len(set(namen)) != len(namen) or not all(n.strip() for n in namen):
        raise OngeldigeInvoer("Elk niveau heeft een eigen, niet-lege naam.")
    if not 1 <= route.streefdagen <= 3650:
        raise OngeldigeInvoer(
            "Streefdagen: binnen hoeveel dagen moet een nieuw knelpunt opgelost zijn? "
            "Geef 1 tot 3650 dagen op (streefdagen)."
        )
    for n in route.niveaus[:-1]:
        if n.dagen < 1:
            raise OngeldigeInvoer(
                f"Niveau '{n.naam}': na hoeveel dagen zonder voortgang gaat het omhoog? "
                "Geef minstens 1 dag op (dagen)."
            )


def stalled_since(k: Knelpunt, now: datetime) -> datetime:
    """The clock for the current level starts at the last progress, or earlier when the
    dossier ran late (a missed target date or action due date: activity does not hide
    that), and at the last escalation if that is later still."""
    begin = k.laatste_voortgang_op
    te_laat = overdue_since(k, now)
    if te_laat is not None and te_laat < begin:
        begin = te_laat
    if k.opgeschaald_op is not None and k.opgeschaald_op > begin:
        return k.opgeschaald_op
    return begin


def next_level(k: Knelpunt, route: Opschalingsroute, now: datetime) -> int | None:
    """The level ``k`` must move up to now, or None when it is not stalled (long enough)."""
    if not k.is_open or k.opschalingsniveau >= len(route.niveaus) - 1:
        return None
    niveau = route.niveaus[k.opschalingsniveau]
    if (now - stalled_since(k, now)).days >= niveau.dagen:
        return k.opschalingsniveau + 1
    return None
