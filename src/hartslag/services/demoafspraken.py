# SPDX-License-Identifier: EUPL-1.2
"""Use case for the demo: the demo's organisations share one installation, and see each
other's counts, patterns and dossiers only under agreements (docs/uitwisseling.md, "One
installation"). The demo records one covenant: every organisation gives every other a
local agreement for patterns, signal counts and dossiers, all themes."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from hartslag.domein.uitwisseling import Gebeurtenistype, Richting
from hartslag.services import beheer, uitwisselingbeheer
from hartslag.services.context import Context

CONVENANT = "DEMO-CONVENANT"
TYPEN = frozenset(
    {
        Gebeurtenistype.SIGNAAL_GEDEELD,
        Gebeurtenistype.PATROON_GEDEELD,
        Gebeurtenistype.KNELPUNT_GEDEELD,
    }
)


def record_demo_agreements(ctx: Context, codes: Sequence[str], vanaf: datetime) -> int:
    """Every ordered pair of ``codes`` gets the covenant, unless it has it already (run
    again, it records nothing). Returns how many were recorded."""
    aantal = 0
    for gever in codes:
        gever_id = beheer.get_organisatie_id(ctx, gever)
        with ctx.uow(schrijven=False) as uow:
            bestaand = {a.partner for a in uow.partners.afspraken(gever_id) if a.code == CONVENANT}
        for ontvanger in codes:
            if ontvanger == gever or ontvanger in bestaand:
                continue
            uitwisselingbeheer.add_afspraak(
                ctx,
                gever_id,
                "demo",
                code=CONVENANT,
                partner=ontvanger,
                richting=Richting.UITGAAND,
                gebeurtenistypen=TYPEN,
                themas=frozenset({"*"}),
                velden=frozenset(),
                grondslag="Demo: convenant signalen tussen uitvoeringsorganisaties",
                doel="Patronen en knelpunten over organisaties heen laten zien",
                geldig_vanaf=vanaf,
                geldig_tot=None,
            )
            aantal += 1
    return aantal
