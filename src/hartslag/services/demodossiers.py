# SPDX-License-Identifier: EUPL-1.2
"""Demo bottleneck dossiers on top of the demo signals: every workflow status, owners and
transfers (one pending), escalations, sessions with conclusions and actions, agenda moments
with a reminder, and approved feedback in the outbox.

Each dossier is made from the signals of one recurring problem of the generator's ground
truth, through the ordinary use cases, on a demo clock that replays the dossier's history
in time order between the signals. The escalation routes were switched on five weeks
before the end of the period: from then on the scheduler's escalation and reminder checks
run weekly on the same clock. Dossiers that exist already (by organisation and title) are
skipped, so loading again adds nothing.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from hartslag.demo.dataset import DemoDataset
from hartslag.demo.dossiers import BRIEF_GEMEENTE, DOSSIERS
from hartslag.demo.dossierstappen import Actie, DemoDossier, Stap
from hartslag.domein.actor import Actor
from hartslag.domein.knelpunt import AFGEROND
from hartslag.domein.opschaling import STANDAARDNIVEAUS, Lid, Opschalingsroute
from hartslag.domein.vocabulaire import Rol
from hartslag.services import agendering, herinneringen, opschaling
from hartslag.services.agendering import NieuwMoment
from hartslag.services.context import Context
from hartslag.services.demostappen import DemoSignaal, Demoverslag, Uitvoering

# The escalation routes of two organisations get members with an address, so that their
# escalations also leave an e-mail in the outbox.
ROUTELEDEN = {
    "UWV": ("uwv.example", ("teamleider", "mt-uitkeren", "raad-van-bestuur", "szw-directie")),
    "BD": ("belastingdienst.example", ("teamleider", "mt-particulieren", "dg", "fin-directie")),
}

WEKEN = 5  # the escalation routes were switched on this many weeks before the end


class Demoklok:
    def __init__(self, now: datetime) -> None:
        self.current = now

    def now(self) -> datetime:
        return self.current


@dataclass(order=True)
class Tijdstap:
    tijdstip: datetime
    volgorde: int
    doe: Callable[[], None] = field(compare=False)


def load_demo_dossiers(ctx: Context, dataset: DemoDataset) -> Demoverslag:
    einde = datetime.combine(dataset.end + timedelta(days=1), time(9), UTC)
    klok = Demoklok(datetime.combine(dataset.start, time(9), UTC))
    dctx = replace(ctx, clock=klok)
    actors = _actors(dctx, [o.code for o in dataset.organisaties])
    verslag = Demoverslag()
    _calendars(dctx, actors, dataset.end)
    _routes(dctx, actors)
    signalen = _signals(dctx, dataset, actors)
    uitvoering = Uitvoering(dctx, actors, verslag, _existing(dctx, actors), dataset.end.year + 1)
    tijdstappen: list[Tijdstap] = []
    for d in DOSSIERS:
        if (d.organisatie, d.titel) in uitvoering.ids:
            verslag.al_aanwezig += 1
            continue
        tijdstappen += _plan(uitvoering, d, signalen.get(d.probleem, []), einde)
    tijdstappen += _scheduler(dctx, verslag, einde)
    for g in sorted(tijdstappen):
        klok.current = g.tijdstip
        g.doe()
    return verslag


def _actors(ctx: Context, codes: list[str]) -> dict[str, Actor]:
    with ctx.uow(schrijven=False) as uow:
        ids = {code: uow.organisaties.get_id(code) for code in codes}
    return {
        code: Actor(organisatie_id, code, Rol.BEHEERDER, "demo-coordinator")
        for code, organisatie_id in ids.items()
        if organisatie_id is not None
    }


def _calendars(ctx: Context, actors: dict[str, Actor], einde: date) -> None:
    for actor in actors.values():
        for jaar in (einde.year, einde.year + 1):
            agendering.add_default_calendar(ctx, actor, jaar)
    gemeente = actors.get("GEM-UTR")
    if gemeente is None:
        return
    with ctx.uow(schrijven=False) as uow:
        namen = {m.naam for m in uow.agenderingsmomenten.list(gemeente.organisatie)}
    if BRIEF_GEMEENTE not in namen:
        agendering.create_moment(
            ctx,
            gemeente,
            NieuwMoment(
                BRIEF_GEMEENTE,
                einde + timedelta(days=33),
                einde + timedelta(days=12),
                omschrijving="Brief aan de gemeenteraad over knelpunten in het sociaal domein.",
                emailadressen=("signaalcoordinator@utrecht.example",),
            ),
        )


def _routes(ctx: Context, actors: dict[str, Actor]) -> None:
    for code, (domein, namen) in ROUTELEDEN.items():
        actor = actors.get(code)
        if actor is None:
            continue
        with ctx.uow(schrijven=False) as uow:
            if uow.opschalingsroutes.get(code) is not None:
                continue
        niveaus = tuple(
            replace(n, leden=(Lid(namen[i], f"{namen[i]}@{domein}"),)) if i < len(namen) else n
            for i, n in enumerate(STANDAARDNIVEAUS)
        )
        opschaling.set_route(ctx, actor, Opschalingsroute(code, niveaus))


def _signals(
    ctx: Context, dataset: DemoDataset, actors: dict[str, Actor]
) -> dict[str, list[DemoSignaal]]:
    """The stored demo signals per problem of the ground truth, in order of arrival."""
    with ctx.uow(schrijven=False) as uow:
        ids = {code: uow.signalen.external_ids(a.organisatie_id) for code, a in actors.items()}
    per_probleem: dict[str, list[DemoSignaal]] = {}
    for waarheid, signaal in zip(dataset.grondwaarheid, dataset.signalen, strict=True):
        probleem, code = waarheid["probleem"], str(waarheid["organisatie"])
        signaal_id = ids.get(code, {}).get(str(waarheid["externeReferentie"]))
        if probleem is None or signaal_id is None:
            continue
        ontvangen = signaal["ontvangenOp"]
        assert isinstance(ontvangen, datetime)
        per_probleem.setdefault(str(probleem), []).append(
            DemoSignaal(signaal_id, code, ontvangen, signaal["meldertype"] == "burger")
        )
    for lijst in per_probleem.values():
        lijst.sort(key=lambda s: (s.ontvangen_op, str(s.signaal_id)))
    return per_probleem


def _existing(ctx: Context, actors: dict[str, Actor]) -> dict[tuple[str, str], uuid.UUID]:
    with ctx.uow(schrijven=False) as uow:
        return {
            (k.organisatie, k.titel): k.id
            for code in actors
            for k in uow.knelpunten.visible_to(code)
        }


def _plan(
    u: Uitvoering, d: DemoDossier, signalen: list[DemoSignaal], einde: datetime
) -> list[Tijdstap]:
    """The dossier's events: made after its n-th signal, then its steps, in time order."""
    van = set(d.signalen_van or (d.organisatie, *d.betrokken))
    eigen = [s for s in signalen if s.organisatie in van]
    if eigen:
        anker = eigen[min(d.na_signalen, len(eigen)) - 1].ontvangen_op
        gemaakt = datetime.combine(anker.date() + timedelta(days=2), time(10), UTC)
    else:
        gemaakt = einde - timedelta(days=60)
    gemaakt = min(gemaakt, einde - timedelta(days=1))
    tijden = _times(d.stappen, gemaakt, einde, u.gemaakt_op)
    sluiting = next((t for s, t in zip(d.stappen, tijden, strict=True) if _closes(s.actie)), einde)
    te_koppelen = [s for s in eigen if s.ontvangen_op <= sluiting]
    u.gemaakt_op[d.titel] = gemaakt
    volgorde = len(u.gemaakt_op) * 100
    result = [Tijdstap(gemaakt, volgorde, lambda: u.create(d, te_koppelen))]
    for i, (stap, tijdstip) in enumerate(zip(d.stappen, tijden, strict=True), start=1):
        result.append(Tijdstap(tijdstip, volgorde + i, _doer(u, d, stap.actie)))
    return result


def _doer(u: Uitvoering, d: DemoDossier, actie: Actie) -> Callable[[], None]:
    return lambda: u.step(d, actie)


def _times(
    stappen: tuple[Stap, ...], gemaakt: datetime, einde: datetime, gemaakt_op: dict[str, datetime]
) -> list[datetime]:
    """When each step happens: never before the previous one, never after the end, and a
    merge never before the dossier it merges into was made."""
    tijden, vorige = [], gemaakt
    for stap in stappen:
        t = (
            einde - timedelta(days=stap.dagen)
            if stap.voor_einde
            else gemaakt + timedelta(days=stap.dagen)
        )
        doel = getattr(stap.actie, "in_titel", None)
        if doel in gemaakt_op:
            t = max(t, gemaakt_op[doel] + timedelta(hours=1))
        vorige = max(vorige, min(t, einde))
        tijden.append(vorige)
    return tijden


def _closes(actie: Any) -> bool:
    return getattr(actie, "status", None) in AFGEROND or hasattr(actie, "in_titel")


def _scheduler(ctx: Context, verslag: Demoverslag, einde: datetime) -> list[Tijdstap]:
    """Weekly escalation and reminder checks over the last weeks, the last at the end."""

    def tick() -> None:
        verslag.opschalingen += len(opschaling.escalate(ctx))
        verslag.herinneringen += len(herinneringen.send_reminders(ctx))

    return [Tijdstap(einde - timedelta(weeks=w), 10**9, tick) for w in range(WEKEN, -1, -1)]
