# SPDX-License-Identifier: EUPL-1.2
"""Use cases on agenda moments (agenderingsmomenten): each organisation's calendar of
decision moments, the default calendar, targeting a bottleneck at a moment, and the
reminders before a moment's submission deadline."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from hartslag.domein.actor import Actor
from hartslag.domein.agendering import (
    AANTAL_STANDAARD,
    Agenderingsmoment,
    check_moment,
    default_moments,
)
from hartslag.domein.fouten import Conflict, NietGevonden, OngeldigeInvoer
from hartslag.domein.gebeurtenis import Handeling
from hartslag.domein.knelpunt import Knelpunt
from hartslag.domein.rechten import Actie, vereis
from hartslag.services import knelpunten, zicht
from hartslag.services.context import Context
from hartslag.services.free_text import Tekstwaarde, protect_fields
from hartslag.services.knelpunten import record
from hartslag.services.poorten import UnitOfWork

WIJZIGBAAR = frozenset(
    {"naam", "datum", "indiendeadline", "herinneringen", "omschrijving", "emailadressen"}
)


@dataclass(frozen=True)
class NieuwMoment:
    naam: str
    datum: date
    indiendeadline: date
    herinneringen: tuple[int, ...] = (14, 3)
    omschrijving: str | None = None
    emailadressen: tuple[str, ...] = ()


@dataclass(frozen=True)
class MomentMetKnelpunten:
    """A moment with the bottlenecks (visible to the reader) that target it."""

    moment: Agenderingsmoment
    knelpunten: list[Knelpunt]


def _niet_gevonden(moment_id: uuid.UUID) -> NietGevonden:
    return NietGevonden(f"Agenderingsmoment {moment_id} bestaat niet bij uw organisatie.")


def _eigen(uow: UnitOfWork, actor: Actor, moment_id: uuid.UUID) -> Agenderingsmoment:
    m = uow.agenderingsmomenten.get(moment_id)
    if m is None or m.organisatie != actor.organisatie:
        raise _niet_gevonden(moment_id)
    return m


def _check_unique(uow: UnitOfWork, m: Agenderingsmoment) -> None:
    for ander in uow.agenderingsmomenten.list(m.organisatie):
        if ander.id != m.id and ander.naam.casefold() == m.naam.casefold():
            raise Conflict(
                f"De kalender heeft al een agenderingsmoment '{ander.naam}' "
                f"({ander.datum:%d-%m-%Y}); geef dit moment een andere naam."
            )


def _gericht_op(ctx: Context, uow: UnitOfWork, organisatie: str) -> dict[uuid.UUID, list[Knelpunt]]:
    result: dict[uuid.UUID, list[Knelpunt]] = {}
    for k in zicht.visible_dossiers(ctx, uow, organisatie):
        if k.agenderingsmoment_id is not None:
            result.setdefault(k.agenderingsmoment_id, []).append(k)
    return result


def _waarden(m: Agenderingsmoment) -> dict[str, Any]:
    return {
        "naam": m.naam,
        "datum": m.datum.isoformat(),
        "indiendeadline": m.indiendeadline.isoformat(),
        "herinneringen": list(m.herinneringen),
    }


def _save(
    ctx: Context, uow: UnitOfWork, actor: Actor, m: Agenderingsmoment, oud: Agenderingsmoment | None
) -> None:
    check_moment(m)
    _check_unique(uow, m)
    if oud is None:
        uow.agenderingsmomenten.add(m)
    else:
        uow.agenderingsmomenten.save(m)
    record(
        ctx,
        uow,
        actor,
        Handeling.AGENDERINGSMOMENT_OPGESLAGEN,
        ("agenderingsmoment", m.id),
        voor=_waarden(oud) if oud else None,
        na=_waarden(m),
    )


def _protected(
    ctx: Context, uow: UnitOfWork, actor: Actor, moment_id: uuid.UUID, velden: dict[str, Any]
) -> dict[str, Any]:
    """The name and description pseudonymised and linked to the moment (`free_text`)."""
    tekst: dict[str, Tekstwaarde] = {
        naam: velden[naam] for naam in ("naam", "omschrijving") if naam in velden
    }
    if isinstance(naam := tekst.get("naam"), str):
        tekst["naam"] = naam.strip()
    return {**velden, **protect_fields(ctx, uow, actor, ("agenderingsmoment", moment_id), tekst)}


def create_moment(ctx: Context, actor: Actor, nieuw: NieuwMoment) -> Agenderingsmoment:
    vereis(actor.rol, Actie.AGENDA_BEHEREN)
    moment_id = uuid.uuid4()
    with ctx.uow() as uow:
        tekst = _protected(
            ctx, uow, actor, moment_id, {"naam": nieuw.naam, "omschrijving": nieuw.omschrijving}
        )
        m = Agenderingsmoment(
            id=moment_id,
            organisatie=actor.organisatie,
            naam=tekst["naam"],
            datum=nieuw.datum,
            indiendeadline=nieuw.indiendeadline,
            herinneringen=tuple(sorted(nieuw.herinneringen, reverse=True)),
            omschrijving=tekst["omschrijving"],
            emailadressen=nieuw.emailadressen,
        )
        _save(ctx, uow, actor, m, None)
        uow.commit()
    return m


def add_default_calendar(ctx: Context, actor: Actor, jaar: int) -> list[Agenderingsmoment]:
    """Add the default moments of ``jaar`` that the calendar does not have yet (by name);
    running it again adds nothing. Returns the moments added."""
    vereis(actor.rol, Actie.AGENDA_BEHEREN)
    if not 2000 <= jaar <= 2100:
        raise OngeldigeInvoer(f"Jaar {jaar}: geef een jaar tussen 2000 en 2100.")
    ids = [uuid.uuid4() for _ in range(AANTAL_STANDAARD)]
    toegevoegd = []
    with ctx.uow() as uow:
        bestaand = {m.naam.casefold() for m in uow.agenderingsmomenten.list(actor.organisatie)}
        for m in default_moments(actor.organisatie, jaar, ids):
            if m.naam.casefold() not in bestaand:
                _save(ctx, uow, actor, m, None)
                toegevoegd.append(m)
        uow.commit()
    return toegevoegd


def list_momenten(
    ctx: Context, actor: Actor, vanaf: date | None = None
) -> list[MomentMetKnelpunten]:
    """The organisation's calendar by submission deadline; ``vanaf``: deadlines from then."""
    vereis(actor.rol, Actie.KNELPUNT_LEZEN)
    with ctx.uow(schrijven=False) as uow:
        gericht = _gericht_op(ctx, uow, actor.organisatie)
        return [
            MomentMetKnelpunten(m, gericht.get(m.id, []))
            for m in uow.agenderingsmomenten.list(actor.organisatie)
            if vanaf is None or m.indiendeadline >= vanaf
        ]


def get_moment(ctx: Context, actor: Actor, moment_id: uuid.UUID) -> MomentMetKnelpunten:
    vereis(actor.rol, Actie.KNELPUNT_LEZEN)
    with ctx.uow(schrijven=False) as uow:
        m = _eigen(uow, actor, moment_id)
        return MomentMetKnelpunten(m, _gericht_op(ctx, uow, actor.organisatie).get(m.id, []))


def change_moment(
    ctx: Context, actor: Actor, moment_id: uuid.UUID, wijzigingen: dict[str, Any]
) -> Agenderingsmoment:
    vereis(actor.rol, Actie.AGENDA_BEHEREN)
    onbekend = set(wijzigingen) - WIJZIGBAAR
    if onbekend:
        raise OngeldigeInvoer(f"Deze velden kunnen niet worden gewijzigd: {sorted(onbekend)}.")
    wijzigingen = dict(wijzigingen)
    if "herinneringen" in wijzigingen:
        wijzigingen["herinneringen"] = tuple(sorted(wijzigingen["herinneringen"], reverse=True))
    with ctx.uow() as uow:
        oud = _eigen(uow, actor, moment_id)
        nieuw = replace(oud, **_protected(ctx, uow, actor, moment_id, wijzigingen))
        _save(ctx, uow, actor, nieuw, oud)
        uow.commit()
    return nieuw


def delete_moment(ctx: Context, actor: Actor, moment_id: uuid.UUID) -> None:
    """Remove a moment from the calendar; refused while a bottleneck targets it."""
    vereis(actor.rol, Actie.AGENDA_BEHEREN)
    with ctx.uow() as uow:
        m = _eigen(uow, actor, moment_id)
        gericht = _gericht_op(ctx, uow, actor.organisatie).get(m.id, [])
        if gericht:
            titels = ", ".join(f"'{k.titel}'" for k in gericht[:3])
            raise Conflict(
                f"{len(gericht)} knelpunt(en) zijn op '{m.naam}' gericht ({titels}); richt ze "
                "eerst op een ander moment (PATCH knelpunt, agenderingsmomentId)."
            )
        uow.agenderingsmomenten.delete(m.id)
        uow.vermeldingen.forget_subjects("agenderingsmoment", [str(m.id)])
        record(
            ctx,
            uow,
            actor,
            Handeling.AGENDERINGSMOMENT_VERWIJDERD,
            ("agenderingsmoment", m.id),
            voor=_waarden(m),
        )
        uow.commit()


def target(
    ctx: Context,
    actor: Actor,
    knelpunt_id: uuid.UUID,
    moment_id: uuid.UUID | None,
    reden: str | None = None,
) -> Knelpunt:
    """Aim a bottleneck (its letter) at a moment of the organisation's calendar; ``None``
    takes it off the calendar."""
    return knelpunten.change_knelpunt(
        ctx, actor, knelpunt_id, {"agenderingsmoment_id": moment_id}, reden
    )
