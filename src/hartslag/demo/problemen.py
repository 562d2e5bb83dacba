# SPDX-License-Identifier: EUPL-1.2
"""The catalogue of recurring problems, and how the planted spike unfolds in time."""

from __future__ import annotations

import datetime

from hartslag.demo import (
    catalogus_belastingen,
    catalogus_betalen,
    catalogus_cak,
    catalogus_duo,
    catalogus_gemeenten,
    catalogus_gemeentezaken,
    catalogus_ketens_inkomen,
    catalogus_ketens_post,
    catalogus_ketens_toegang,
    catalogus_svb,
    catalogus_toeslagen,
    catalogus_toeslagen_wonen,
    catalogus_uwv,
)
from hartslag.demo.probleem import Probleem

CATALOGUS: tuple[Probleem, ...] = (
    *catalogus_belastingen.PROBLEMEN,
    *catalogus_betalen.PROBLEMEN,
    *catalogus_toeslagen.PROBLEMEN,
    *catalogus_toeslagen_wonen.PROBLEMEN,
    *catalogus_uwv.PROBLEMEN,
    *catalogus_duo.PROBLEMEN,
    *catalogus_svb.PROBLEMEN,
    *catalogus_cak.PROBLEMEN,
    *catalogus_gemeenten.PROBLEMEN,
    *catalogus_gemeentezaken.PROBLEMEN,
    *catalogus_ketens_inkomen.PROBLEMEN,
    *catalogus_ketens_toegang.PROBLEMEN,
    *catalogus_ketens_post.PROBLEMEN,
)

# The spike problem first occurs this many days before the end of the period, at the
# ordinary rate of any problem (a new problem, not yet a spike)...
PIEK_AANLOOP = 75
# ...and spikes in the last this many days: the spike's onset.
PIEK_DUUR = 30


def piek_start(end: datetime.date) -> datetime.date:
    """The first day the spike problem occurs (ground truth ``startdatum``)."""
    return end - datetime.timedelta(days=PIEK_AANLOOP - 1)


def piek_vanaf(end: datetime.date) -> datetime.date:
    """The spike's onset: the first day of the surge (ground truth ``piekVanaf``)."""
    return end - datetime.timedelta(days=PIEK_DUUR - 1)


def piek_gewicht(dag: datetime.date, end: datetime.date) -> float:
    """Relative daily volume of the spike problem: nothing, a trickle, then a steep rise."""
    if dag < piek_start(end):
        return 0.0
    if dag < piek_vanaf(end):
        return 1.0
    voortgang = (dag - piek_vanaf(end)).days / max(PIEK_DUUR - 1, 1)
    return 6.0 + 10.0 * voortgang


def beschrijving(probleem: Probleem, end: datetime.date) -> dict[str, object]:
    """The public description of a problem in the dataset's catalogue."""
    return {
        "id": probleem.id,
        "omschrijving": probleem.omschrijving,
        "organisaties": list(probleem.organisaties),
        "themas": list(probleem.themas),
        "organisatieoverstijgend": probleem.organisatieoverstijgend,
        "levensgebeurtenissen": list(probleem.levensgebeurtenissen),
        "regelgeving": list(probleem.regelgeving),
        "piek": probleem.piek,
        "startdatum": piek_start(end) if probleem.piek else None,
        "piekVanaf": piek_vanaf(end) if probleem.piek else None,
    }


def _check(catalogus: tuple[Probleem, ...]) -> None:
    ids = [probleem.id for probleem in catalogus]
    if len(ids) != len(set(ids)):
        raise ValueError("problem ids in the demo catalogue must be unique")
    if sum(probleem.piek for probleem in catalogus) != 1:
        raise ValueError("the demo catalogue must hold exactly one spike problem")


_check(CATALOGUS)
