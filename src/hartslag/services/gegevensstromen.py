# SPDX-License-Identifier: EUPL-1.2
"""Use case: the register of data flows (in the spirit of the Belgian Kruispuntbank): per
partner, which event types flow which way, under which agreement (legal basis, purpose,
period), with volumes. Every agreement has a row, also before anything flowed; local
agreements with organisations of the same installation too (``lokaal``), on both sides:
the giving one (uitgaand) and the one that sees under it (inkomend). Nothing flows
under those, so they have no volumes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from hartslag.domein.actor import Actor
from hartslag.domein.rechten import Actie, vereis
from hartslag.domein.uitwisseling import Richting
from hartslag.services.context import Context


@dataclass(frozen=True)
class Gegevensstroom:
    partner: str
    richting: str
    afspraak: str
    grondslag: str
    doel: str
    geldig_vanaf: datetime
    geldig_tot: datetime | None
    type: str
    afgeleverd: int = 0
    wachtend: int = 0
    onbestelbaar: int = 0
    ontvangen: int = 0
    lokaal: bool = False


def data_flows(ctx: Context, actor: Actor) -> list[Gegevensstroom]:
    vereis(actor.rol, Actie.STUURINFORMATIE_LEZEN)
    with ctx.uow(schrijven=False) as uow:
        partners = {p.id: p.code for p in uow.partners.all(actor.organisatie_id)}
        afspraken = uow.partners.afspraken(actor.organisatie_id)
        volumes = uow.postvakken.volumes(actor.organisatie_id)
        ontvangen = uow.partners.lokale_afspraken(actor.organisatie_id)
    tellingen: dict[tuple[str, str, str, str], dict[str, int]] = {}
    for v in volumes:
        sleutel = (partners.get(v.partner_id, "?"), v.richting, v.afspraak, v.type)
        tellingen.setdefault(sleutel, {})[v.status] = v.aantal
    rijen = [
        Gegevensstroom(
            gever,
            Richting.INKOMEND.value,
            a.code,
            a.grondslag,
            a.doel,
            a.geldig_vanaf,
            a.geldig_tot,
            type.value,
            lokaal=True,
        )
        for gever, a in ontvangen
        for type in sorted(a.gebeurtenistypen)
    ]
    for a in afspraken:
        for type in sorted(a.gebeurtenistypen):
            telling = tellingen.get((a.partner, a.richting.value, a.code, type.value), {})
            rijen.append(
                Gegevensstroom(
                    a.partner,
                    a.richting.value,
                    a.code,
                    a.grondslag,
                    a.doel,
                    a.geldig_vanaf,
                    a.geldig_tot,
                    type.value,
                    **{k: n for k, n in telling.items() if k in _STATUSSEN},
                    lokaal=a.lokaal,
                )
            )
    return sorted(rijen, key=lambda r: (r.partner, r.richting, r.afspraak, r.type))


_STATUSSEN = frozenset({"afgeleverd", "wachtend", "onbestelbaar", "ontvangen"})
