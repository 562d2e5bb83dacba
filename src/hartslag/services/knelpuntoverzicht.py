# SPDX-License-Identifier: EUPL-1.2
"""The bottleneck overview a reader works from: every dossier their organisation is
involved in, with its days without progress and escalation level, in three views: all,
those without an accountable owner, and those stuck (open, no progress for a while)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from hartslag.domein.actor import Actor
from hartslag.domein.knelpunt import Knelpunt, days_without_progress, has_no_owner
from hartslag.domein.rechten import Actie, vereis
from hartslag.services import zicht
from hartslag.services.context import Context
from hartslag.services.opschaling import route_for


class Weergave(StrEnum):
    ALLE = "alle"
    ZONDER_EIGENAAR = "zonder-eigenaar"
    VASTGELOPEN = "vastgelopen"


@dataclass(frozen=True)
class Knelpuntrij:
    knelpunt: Knelpunt
    dagen_zonder_voortgang: int | None  # None: closed
    niveau: str  # the escalation level's name on the route that applies
    aan_mij_aangeboden: bool  # a transfer to the reader's organisation awaits an answer


@dataclass(frozen=True)
class Overzicht:
    rijen: list[Knelpuntrij]
    minimaal_dagen: int  # the threshold of the stuck view (the first level's days)


def overview(
    ctx: Context, actor: Actor, weergave: Weergave, minimaal_dagen: int | None = None
) -> Overzicht:
    """The rows of one view. ``minimaal_dagen`` (stuck view): days without progress from
    which a dossier counts as stuck; default the days of the first level of the reader's
    escalation route, after which it would move up."""
    vereis(actor.rol, Actie.KNELPUNT_LEZEN)
    now = ctx.clock.now()
    with ctx.uow(schrijven=False) as uow:
        if minimaal_dagen is None:
            minimaal_dagen = route_for(uow, actor.organisatie).niveaus[0].dagen
        vertrokken = uow.knelpunten.vertrokken()
        routes = {}
        rijen = []
        for k in zicht.visible_dossiers(ctx, uow, actor.organisatie):
            dagen = days_without_progress(k, now)
            if weergave == Weergave.ZONDER_EIGENAAR and not has_no_owner(k, vertrokken):
                continue
            if weergave == Weergave.VASTGELOPEN and (not k.is_open or dagen < minimaal_dagen):
                continue
            if k.route_organisatie not in routes:
                routes[k.route_organisatie] = route_for(uow, k.route_organisatie).niveaus
            niveaus = routes[k.route_organisatie]
            voorstel = k.voorgestelde_eigenaar
            rijen.append(
                Knelpuntrij(
                    knelpunt=k,
                    dagen_zonder_voortgang=dagen if k.is_open else None,
                    niveau=niveaus[min(k.opschalingsniveau, len(niveaus) - 1)].naam,
                    aan_mij_aangeboden=voorstel is not None
                    and voorstel.organisatie == actor.organisatie,
                )
            )
    return Overzicht(rijen, minimaal_dagen)
