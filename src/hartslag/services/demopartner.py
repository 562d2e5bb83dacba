# SPDX-License-Identifier: EUPL-1.2
"""Use case for the demo: join the demo's first organisation to a second organisation on
its own installation, so a newcomer sees exchange happen (`make run-partner`)."""

from __future__ import annotations

from datetime import datetime

from hartslag.domein.uitwisseling import Gebeurtenistype, Richting
from hartslag.domein.vocabulaire import Rol
from hartslag.services import beheer, uitwisselingbeheer
from hartslag.services.context import Context

DEMO_OIN = {"BD": "00000001003214345000", "GEM-AMS": "00000001002564440000"}
AFSPRAAK = "DEMO-UITWISSELING"
VELDEN = frozenset({"titel", "tekst", "themas", "brontype", "kanaal", "ontvangenOp"})


def _organisation(ctx: Context, code: str, naam: str) -> int:
    with ctx.uow(schrijven=False) as uow:
        bestaand = uow.organisaties.get_id(code)
    return bestaand if bestaand is not None else beheer.create_organisatie(ctx, code, naam)


def connect_demo_partner(demo: Context, partner: Context, partner_url: str, vanaf: datetime) -> str:
    """BD (the demo) shares every signal with GEM-AMS (the partner's own installation at
    ``partner_url``) under one agreement, recorded on both sides. Returns an API token of
    the partner. Run again, it changes nothing but the token."""
    bd = beheer.get_organisatie_id(demo, "BD")
    ams = _organisation(partner, "GEM-AMS", "Gemeente Amsterdam")
    for ctx, org, code in ((demo, bd, "BD"), (partner, ams, "GEM-AMS")):
        uitwisselingbeheer.set_oin(ctx, org, DEMO_OIN[code], "demo")
    with demo.uow(schrijven=False) as uow:
        bekend = uow.partners.get(bd, "GEM-AMS") is not None
    if not bekend:
        webhook = f"{partner_url.rstrip('/')}/api/v1/organisaties/GEM-AMS/gebeurtenissen"
        geheim = uitwisselingbeheer.add_partner(
            demo, bd, "GEM-AMS", "Gemeente Amsterdam", DEMO_OIN["GEM-AMS"], webhook, "demo"
        )
        uitwisselingbeheer.add_partner(
            partner, ams, "BD", "Belastingdienst", DEMO_OIN["BD"], None, "demo", geheim
        )
        for ctx, org, ander, richting in (
            (demo, bd, "GEM-AMS", Richting.UITGAAND),
            (partner, ams, "BD", Richting.INKOMEND),
        ):
            uitwisselingbeheer.add_afspraak(
                ctx,
                org,
                "demo",
                code=AFSPRAAK,
                partner=ander,
                richting=richting,
                gebeurtenistypen=frozenset(Gebeurtenistype),
                themas=frozenset({"*"}),
                velden=VELDEN,
                grondslag="Demo: geen echte grondslag",
                doel="Laten zien hoe uitwisseling werkt",
                geldig_vanaf=vanaf,
                geldig_tot=None,
            )
    return beheer.create_token(partner, "GEM-AMS", Rol.ANALIST, "demo-partner")
