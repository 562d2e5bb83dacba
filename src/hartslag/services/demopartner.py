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


def _agreement(ctx: Context, org: int, ander: str, richting: Richting, vanaf: datetime) -> None:
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


def connect_demo_partner(
    demo: Context, partner: Context, partner_url: str, vanaf: datetime
) -> tuple[str, bool]:
    """BD (the demo) shares every signal with GEM-AMS (the partner's own installation at
    ``partner_url``) under one agreement, recorded on both sides. Returns an API token of
    the partner, and whether the partner's database is new. Run again, it changes nothing
    but the token (and, when one of the two databases is new, the shared secret)."""
    bd = beheer.get_organisatie_id(demo, "BD")
    ams = _organisation(partner, "GEM-AMS", "Gemeente Amsterdam")
    for ctx, org, code in ((demo, bd, "BD"), (partner, ams, "GEM-AMS")):
        uitwisselingbeheer.set_oin(ctx, org, DEMO_OIN[code], "demo")
    with demo.uow(schrijven=False) as uow:
        bd_kent = uow.partners.get(bd, "GEM-AMS") is not None
    with partner.uow(schrijven=False) as uow:
        ams_kent = uow.partners.get(ams, "BD") is not None
    # Each side on its own: one database may be new while the other remembers the first run.
    geheim: str | None = None
    if not bd_kent:
        webhook = f"{partner_url.rstrip('/')}/api/v1/organisaties/GEM-AMS/gebeurtenissen"
        geheim = uitwisselingbeheer.add_partner(
            demo, bd, "GEM-AMS", "Gemeente Amsterdam", DEMO_OIN["GEM-AMS"], webhook, "demo"
        )
        _agreement(demo, bd, "GEM-AMS", Richting.UITGAAND, vanaf)
    elif not ams_kent:  # a new partner database: a fresh secret that both sides know
        geheim = uitwisselingbeheer.rotate_secret(demo, bd, "GEM-AMS", "demo")
    if not ams_kent:
        uitwisselingbeheer.add_partner(
            partner, ams, "BD", "Belastingdienst", DEMO_OIN["BD"], None, "demo", geheim
        )
        _agreement(partner, ams, "BD", Richting.INKOMEND, vanaf)
    elif geheim is not None:  # a new demo database: the partner learns its new secret
        uitwisselingbeheer.rotate_secret(partner, ams, "BD", "demo", geheim)
    return beheer.create_token(partner, "GEM-AMS", Rol.ANALIST, "demo-partner"), not ams_kent
