# SPDX-License-Identifier: EUPL-1.2
"""Use cases on escalation: routes per organisation, the scheduled check that moves
stalled bottlenecks up, and the "stuck" overview."""

from __future__ import annotations

import uuid
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date

from hartslag.domein.actiepunt import Actiepunt
from hartslag.domein.actor import Actor
from hartslag.domein.gebeurtenis import Handeling
from hartslag.domein.knelpunt import Knelpunt, days_without_progress
from hartslag.domein.opschaling import (
    Opschalingsroute,
    check_route,
    default_route,
    next_level,
    stalled_since,
)
from hartslag.domein.opvolging import days_past_target, is_past_target, overdue_actions
from hartslag.domein.rechten import Actie, vereis
from hartslag.services import zicht
from hartslag.services.berichten import queue_mail
from hartslag.services.context import Context
from hartslag.services.free_text import protect_free_texts
from hartslag.services.knelpunten import notify, record
from hartslag.services.poorten import UnitOfWork

SYSTEEMACTOR = "systeem:opschaling"


def route_for(uow: UnitOfWork, organisatie: str) -> Opschalingsroute:
    return uow.opschalingsroutes.get(organisatie) or default_route(organisatie)


def get_route(ctx: Context, actor: Actor) -> Opschalingsroute:
    vereis(actor.rol, Actie.KNELPUNT_LEZEN)
    with ctx.uow(schrijven=False) as uow:
        return route_for(uow, actor.organisatie)


def set_route(ctx: Context, actor: Actor, route: Opschalingsroute) -> Opschalingsroute:
    vereis(actor.rol, Actie.OPSCHALING_BEHEREN)
    route = replace(route, organisatie=actor.organisatie)
    check_route(route)
    with ctx.uow() as uow:
        namen = protect_free_texts(
            ctx,
            uow,
            actor,
            ("opschalingsroute", actor.organisatie),
            [("niveaus.naam", n.naam) for n in route.niveaus],
        )
        niveaus = tuple(replace(n, naam=naam) for n, naam in zip(route.niveaus, namen, strict=True))
        route = replace(route, niveaus=niveaus)
        check_route(route)  # names stay distinct after pseudonymisation
        oud = route_for(uow, actor.organisatie)
        uow.opschalingsroutes.save(route, ctx.clock.now())
        record(
            ctx,
            uow,
            actor,
            Handeling.OPSCHALINGSROUTE_GEWIJZIGD,
            ("opschalingsroute", actor.organisatie),
            voor={"niveaus": [(n.naam, n.dagen) for n in oud.niveaus]},
            na={"niveaus": [(n.naam, n.dagen) for n in route.niveaus]},
        )
        uow.commit()
    return route


@dataclass(frozen=True)
class Opschaling:
    knelpunt_id: uuid.UUID
    titel: str
    organisatie: str
    van: str
    naar: str
    dagen_zonder_voortgang: int
    te_laat: str | None = None  # what ran late, if anything: "streefdatum ...", "2 acties"


def _lateness(k: Knelpunt, vandaag: date) -> str | None:
    delen = []
    if is_past_target(k, vandaag) and k.streefdatum is not None:
        delen.append(f"streefdatum {k.streefdatum.isoformat()} verstreken")
    acties = len(overdue_actions(k, vandaag))
    if acties:
        delen.append(f"{acties} {'actie' if acties == 1 else 'acties'} over de deadline")
    return "; ".join(delen) or None


def escalate(
    ctx: Context, *, organisatie: str | None = None, dry_run: bool = False
) -> list[Opschaling]:
    """Move every stalled bottleneck one level up its route, notify the new level, and
    record it. With ``dry_run``, only say what would happen."""
    now = ctx.clock.now()
    gedaan: list[Opschaling] = []
    with ctx.uow() as uow:
        for k in uow.knelpunten.all_open():
            if organisatie is not None and k.route_organisatie != organisatie:
                continue
            route = route_for(uow, k.route_organisatie)
            niveau = next_level(k, route, now)
            if niveau is None:
                continue
            o = Opschaling(
                k.id,
                k.titel,
                k.route_organisatie,
                route.niveaus[k.opschalingsniveau].naam,
                route.niveaus[niveau].naam,
                (now - stalled_since(k, now)).days,
                _lateness(k, now.date()),
            )
            gedaan.append(o)
            if not dry_run:
                _escalate_one(ctx, uow, k, route, niveau, o)
        if not dry_run:
            uow.commit()
    return gedaan


def _escalate_one(
    ctx: Context, uow: UnitOfWork, k: Knelpunt, route: Opschalingsroute, niveau: int, o: Opschaling
) -> None:
    now = ctx.clock.now()
    uow.knelpunten.save(replace(k, opschalingsniveau=niveau, opgeschaald_op=now))
    organisatie_id = uow.organisaties.get_id(k.route_organisatie)
    record(
        ctx,
        uow,
        SYSTEEMACTOR,
        Handeling.KNELPUNT_OPGESCHAALD,
        ("knelpunt", k.id),
        reden=f"{o.dagen_zonder_voortgang} dagen zonder voortgang op niveau '{o.van}'"
        + (f" ({o.te_laat})" if o.te_laat else ""),
        voor={"niveau": o.van},
        na={"niveau": o.naar},
        organisatie_id=organisatie_id,
    )
    notify(ctx, uow, k, f"opgeschaald naar {o.naar}")
    for lid in route.niveaus[niveau].leden:
        if lid.email:
            queue_mail(
                ctx,
                uow,
                sleutel=f"opschaling:{k.id}:{niveau}:{now:%Y%m%d}:{lid.email}",
                organisatie=k.route_organisatie,
                soort="opschaling",
                aan=lid.email,
                onderwerp=f"Knelpunt opgeschaald naar {o.naar}: {k.titel}",
                tekst=(
                    f"Beste {lid.naam},\n\nHet knelpunt '{k.titel}' heeft "
                    f"{o.dagen_zonder_voortgang} dagen geen voortgang en is opgeschaald van "
                    f"'{o.van}' naar '{o.naar}'"
                    + (f" ({o.te_laat})" if o.te_laat else "")
                    + f". Eigenaar: {k.eigenaar.label if k.eigenaar else 'geen'}.\n\nHartslag"
                ),
            )


@dataclass(frozen=True)
class Vastgelopen:
    knelpunt: Knelpunt
    dagen_zonder_voortgang: int
    niveau: str
    dagen_over_streefdatum: int | None = None  # open past its target date: how long
    te_late_acties: tuple[Actiepunt, ...] = ()  # running past their due date

    @property
    def te_laat(self) -> bool:
        return self.dagen_over_streefdatum is not None or bool(self.te_late_acties)


@dataclass(frozen=True)
class Vastgelopenoverzicht:
    knelpunten: list[Vastgelopen]
    per_eigenaar: dict[str, int]
    per_niveau: dict[str, int]
    over_streefdatum: int = 0
    te_late_acties: int = 0


def stuck(ctx: Context, actor: Actor, minimaal_dagen: int = 0) -> Vastgelopenoverzicht:
    """Open bottlenecks by days without progress (most stuck first), by owner, by level;
    past their target date or with overdue actions they are listed whatever the days."""
    vereis(actor.rol, Actie.KNELPUNT_LEZEN)
    now = ctx.clock.now()
    with ctx.uow(schrijven=False) as uow:
        rijen = []
        for k in zicht.visible_dossiers(ctx, uow, actor.organisatie):
            if not k.is_open:
                continue
            niveaus = route_for(uow, k.route_organisatie).niveaus
            rij = Vastgelopen(
                k,
                days_without_progress(k, now),
                niveaus[min(k.opschalingsniveau, len(niveaus) - 1)].naam,
                days_past_target(k, now.date()),
                overdue_actions(k, now.date()),
            )
            if rij.dagen_zonder_voortgang >= minimaal_dagen or rij.te_laat:
                rijen.append(rij)
    rijen.sort(key=lambda r: (-r.dagen_zonder_voortgang, r.knelpunt.titel))
    return Vastgelopenoverzicht(
        rijen,
        dict(
            Counter(
                r.knelpunt.eigenaar.label if r.knelpunt.eigenaar else "(geen eigenaar)"
                for r in rijen
            )
        ),
        dict(Counter(r.niveau for r in rijen)),
        over_streefdatum=sum(r.dagen_over_streefdatum is not None for r in rijen),
        te_late_acties=sum(len(r.te_late_acties) for r in rijen),
    )
