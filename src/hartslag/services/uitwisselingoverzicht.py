# SPDX-License-Identifier: EUPL-1.2
"""Use case: one organisation's exchange at a glance, for its web page: the register of
data flows for everyone who reads management information, and for the administrator the
partners, the agreements and the dead-letter list that needs a decision."""

from __future__ import annotations

from dataclasses import dataclass, field

from hartslag.domein.actor import Actor
from hartslag.domein.rechten import Actie, mag, vereis
from hartslag.domein.uitwisseling import Deelafspraak
from hartslag.services.context import Context
from hartslag.services.gegevensstromen import Gegevensstroom, data_flows
from hartslag.services.uitwisselingpoorten import (
    ONBESTELBAAR,
    WACHTEND,
    Partner,
    UitgaandeGebeurtenis,
)


@dataclass(frozen=True)
class Onbestelbaar:
    gebeurtenis: UitgaandeGebeurtenis
    partner: str


@dataclass(frozen=True)
class Uitwisselingoverzicht:
    stromen: list[Gegevensstroom]
    beheren: bool  # the visitor administers exchange and sees what follows
    partners: list[Partner] = field(default_factory=list)
    afspraken: list[Deelafspraak] = field(default_factory=list)
    wachtend: int = 0
    onbestelbaar: list[Onbestelbaar] = field(default_factory=list)


def overview(ctx: Context, actor: Actor) -> Uitwisselingoverzicht:
    vereis(actor.rol, Actie.STUURINFORMATIE_LEZEN)
    stromen = data_flows(ctx, actor)
    if not mag(actor.rol, Actie.UITWISSELING_BEHEREN):
        return Uitwisselingoverzicht(stromen, beheren=False)
    with ctx.uow(schrijven=False) as uow:
        partners = uow.partners.all(actor.organisatie_id)
        afspraken = uow.partners.afspraken(actor.organisatie_id)
        wachtend = len(uow.postvakken.uitgaand(actor.organisatie_id, WACHTEND))
        dood = uow.postvakken.uitgaand(actor.organisatie_id, ONBESTELBAAR)
    codes = {p.id: p.code for p in partners}
    return Uitwisselingoverzicht(
        stromen,
        beheren=True,
        partners=sorted(partners, key=lambda p: p.code),
        afspraken=sorted(afspraken, key=lambda a: (a.code, a.partner, a.richting.value)),
        wachtend=wachtend,
        onbestelbaar=[Onbestelbaar(g, codes.get(g.partner_id, "?")) for g in dood],
    )
