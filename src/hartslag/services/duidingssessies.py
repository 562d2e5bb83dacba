# SPDX-License-Identifier: EUPL-1.2
"""Use cases on sensemaking sessions (duidingssessies, casuïstiekbesprekingen): plan one,
prepare its agenda from the dossiers, change the draft, and record it, which turns every
agreed action into an action on its dossier. Every step is an audit record."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any, cast

from hartslag.domein.actor import Actor
from hartslag.domein.duiding import (
    Afspraak,
    Deelnemer,
    Deelnemersoort,
    Duidingssessie,
    Sessiestatus,
    change_sessie,
    check_sessie,
    ensure_draft,
    record_sessie,
)
from hartslag.domein.fouten import NietGevonden, OngeldigeInvoer
from hartslag.domein.gebeurtenis import Gebeurtenis, Handeling
from hartslag.domein.knelpunt import Actiepunt, Casus, Knelpunt
from hartslag.domein.rechten import Actie, vereis
from hartslag.services import zicht
from hartslag.services.context import Context
from hartslag.services.free_text import (
    Onderwerp,
    protect_fields,
    protect_free_text,
    protect_person_name,
)
from hartslag.services.knelpunten import (
    Knelpuntcijfers,
    add_actie_in,
    anonymised_cases,
    figures,
    load,
    notify,
    record,
)
from hartslag.services.poorten import UnitOfWork

WIJZIGBAAR = frozenset(
    {"titel", "datum", "deelnemers", "knelpunten", "besproken_casussen", "conclusies", "afspraken"}
)
STANDAARDVRAAG = "Wat knelt hier, voor wie, en wat is er nodig om het op te lossen?"


@dataclass(frozen=True)
class NieuweSessie:
    titel: str
    datum: datetime
    deelnemers: tuple[Deelnemer, ...] = ()
    knelpunten: tuple[uuid.UUID, ...] = ()
    besproken_casussen: tuple[Casus, ...] = ()
    conclusies: tuple[str, ...] = ()
    afspraken: tuple[Afspraak, ...] = ()


def _niet_gevonden(sessie_id: uuid.UUID) -> NietGevonden:
    return NietGevonden(f"Duidingssessie {sessie_id} bestaat niet bij uw organisatie.")


def _eigen(uow: UnitOfWork, actor: Actor, sessie_id: uuid.UUID) -> Duidingssessie:
    """The session if it is the actor's organisation's; 404 otherwise, so that nobody
    learns which sessions other organisations hold."""
    s = uow.duidingssessies.get(sessie_id)
    if s is None or s.organisatie != actor.organisatie:
        raise _niet_gevonden(sessie_id)
    return s


def _check_knelpunten(
    ctx: Context, uow: UnitOfWork, actor: Actor, ids: tuple[uuid.UUID, ...]
) -> None:
    for knelpunt_id in ids:
        k = uow.knelpunten.get(knelpunt_id)
        if k is None or not zicht.may_read_dossier(ctx, uow, actor.organisatie, k):
            raise OngeldigeInvoer(
                f"Knelpunt {knelpunt_id} bestaat niet (of uw organisatie is er niet bij "
                "betrokken); bespreek knelpunten waarbij uw organisatie betrokken is."
            )


def _participants(
    ctx: Context,
    uow: UnitOfWork,
    actor: Actor,
    onderwerp: Onderwerp,
    deelnemers: tuple[Deelnemer, ...],
) -> tuple[Deelnemer, ...]:
    """Staff take part by name (accountability); an expert by experience is a citizen,
    whose name is never stored. Organisation and role are free text."""
    result = []
    for d in deelnemers:
        tekst = protect_fields(
            ctx,
            uow,
            actor,
            onderwerp,
            {"deelnemers.organisatie": d.organisatie, "deelnemers.rol": d.rol},
        )
        naam = d.naam.strip() if d.naam else d.naam
        if d.soort == Deelnemersoort.ERVARINGSDESKUNDIGE:
            naam = protect_person_name(ctx, uow, actor, onderwerp, "deelnemers.naam", naam)
        result.append(
            replace(
                d,
                organisatie=str(tekst["deelnemers.organisatie"]),
                naam=naam,
                rol=cast(str | None, tekst["deelnemers.rol"]),
            )
        )
    return tuple(result)


def _clean(
    ctx: Context, uow: UnitOfWork, actor: Actor, sessie_id: uuid.UUID, velden: dict[str, Any]
) -> dict[str, Any]:
    """Free text is pseudonymised and linked to the session (`free_text`); cases are
    anonymised narratives (drawn from a pseudonymised signal when no story is given)."""
    onderwerp = ("duidingssessie", sessie_id)
    schoon = dict(velden)
    tekst: dict[str, str | tuple[str, ...] | None] = {}
    if "titel" in schoon:
        tekst["titel"] = schoon["titel"].strip()
    if "conclusies" in schoon:
        tekst["conclusies"] = tuple(c.strip() for c in schoon["conclusies"] if c.strip())
    if "afspraken" in schoon:
        tekst["afspraken.omschrijving"] = tuple(a.omschrijving.strip() for a in schoon["afspraken"])
    beschermd = protect_fields(ctx, uow, actor, onderwerp, tekst)
    for veld in ("titel", "conclusies"):
        if veld in beschermd:
            schoon[veld] = beschermd[veld]
    if "afspraken" in schoon:
        schoon["afspraken"] = tuple(
            replace(a, omschrijving=omschrijving, eigenaar=a.eigenaar.strip())
            for a, omschrijving in zip(
                schoon["afspraken"], beschermd["afspraken.omschrijving"] or (), strict=True
            )
        )
    if "deelnemers" in schoon:
        schoon["deelnemers"] = _participants(ctx, uow, actor, onderwerp, schoon["deelnemers"])
    if "besproken_casussen" in schoon:
        schoon["besproken_casussen"] = anonymised_cases(
            ctx, uow, actor, onderwerp, schoon["besproken_casussen"]
        )
    if "knelpunten" in schoon:
        _check_knelpunten(ctx, uow, actor, schoon["knelpunten"])
    return schoon


def _samenvatting(s: Duidingssessie) -> dict[str, Any]:
    return {
        "titel": s.titel,
        "datum": s.datum.isoformat(),
        "deelnemers": len(s.deelnemers),
        "organisaties": sorted({d.organisatie for d in s.deelnemers}),
        "knelpunten": [str(k) for k in s.knelpunten],
    }


def create_sessie(ctx: Context, actor: Actor, nieuw: NieuweSessie) -> Duidingssessie:
    vereis(actor.rol, Actie.DUIDING_BEHEREN)
    with ctx.uow() as uow:
        sessie_id = uuid.uuid4()
        velden = _clean(ctx, uow, actor, sessie_id, dict(nieuw.__dict__))
        s = Duidingssessie(
            id=sessie_id,
            organisatie=actor.organisatie,
            aangemaakt_door=actor.label,
            **velden,
        )
        check_sessie(s)
        uow.duidingssessies.add(s)
        record(
            ctx,
            uow,
            actor,
            Handeling.DUIDINGSSESSIE_GEPLAND,
            ("duidingssessie", s.id),
            na=_samenvatting(s),
        )
        uow.commit()
    return s


def get_sessie(ctx: Context, actor: Actor, sessie_id: uuid.UUID) -> Duidingssessie:
    vereis(actor.rol, Actie.KNELPUNT_LEZEN)
    with ctx.uow(schrijven=False) as uow:
        return _eigen(uow, actor, sessie_id)


def list_sessies(
    ctx: Context,
    actor: Actor,
    knelpunt_id: uuid.UUID | None = None,
    status: Sessiestatus | None = None,
) -> list[Duidingssessie]:
    """The organisation's sessions, newest first; optionally those on one bottleneck."""
    vereis(actor.rol, Actie.KNELPUNT_LEZEN)
    with ctx.uow(schrijven=False) as uow:
        alle = uow.duidingssessies.list(actor.organisatie)
    return [
        s
        for s in alle
        if (knelpunt_id is None or knelpunt_id in s.knelpunten)
        and (status is None or s.status == status)
    ]


def change(
    ctx: Context,
    actor: Actor,
    sessie_id: uuid.UUID,
    wijzigingen: dict[str, Any],
    reden: str | None = None,
) -> Duidingssessie:
    """Change the draft (a merge patch); a recorded session is refused."""
    vereis(actor.rol, Actie.DUIDING_BEHEREN)
    onbekend = set(wijzigingen) - WIJZIGBAAR
    if onbekend:
        raise OngeldigeInvoer(f"Deze velden kunnen niet worden gewijzigd: {sorted(onbekend)}.")
    with ctx.uow() as uow:
        oud = _eigen(uow, actor, sessie_id)
        ensure_draft(oud)  # refuse a recorded session before looking at the input
        nieuw = change_sessie(oud, **_clean(ctx, uow, actor, sessie_id, wijzigingen))
        reden = protect_free_text(ctx, uow, actor, ("duidingssessie", sessie_id), "reden", reden)
        uow.duidingssessies.save(nieuw)
        record(
            ctx,
            uow,
            actor,
            Handeling.DUIDINGSSESSIE_GEWIJZIGD,
            ("duidingssessie", sessie_id),
            reden=reden,
            na={"velden": sorted(wijzigingen)},
        )
        uow.commit()
    return nieuw


def record_outcome(ctx: Context, actor: Actor, sessie_id: uuid.UUID) -> Duidingssessie:
    """Record the session: its conclusions become part of each dossier's history, and every
    agreed action becomes an action on its dossier (with owner and due date), once."""
    vereis(actor.rol, Actie.DUIDING_BEHEREN)
    now = ctx.clock.now()
    with ctx.uow() as uow:
        s = record_sessie(_eigen(uow, actor, sessie_id), actor.label, now)
        afspraken = tuple(_to_action(ctx, uow, actor, s, a) for a in s.afspraken)
        for knelpunt_id in s.knelpunten:
            _discussed(ctx, uow, actor, s, load(ctx, uow, actor, knelpunt_id, wijzigen=False))
        s = replace(s, afspraken=afspraken)
        uow.duidingssessies.save(s)
        record(
            ctx,
            uow,
            actor,
            Handeling.DUIDINGSSESSIE_VASTGELEGD,
            ("duidingssessie", s.id),
            na={
                **_samenvatting(s),
                "conclusies": list(s.conclusies),
                "acties": [str(a.actie_id) for a in afspraken],
            },
        )
        uow.commit()
    return s


def _to_action(
    ctx: Context, uow: UnitOfWork, actor: Actor, s: Duidingssessie, a: Afspraak
) -> Afspraak:
    bron = f"duidingssessie:{s.id}"
    k = add_actie_in(
        ctx, uow, actor, a.knelpunt_id, a.omschrijving, a.eigenaar, a.deadline, bron, beschermd=True
    )
    return replace(a, actie_id=k.acties[-1].id)


def _discussed(ctx: Context, uow: UnitOfWork, actor: Actor, s: Duidingssessie, k: Knelpunt) -> None:
    """Being discussed is progress: the escalation clock restarts, followers hear of it."""
    uow.knelpunten.save(replace(k, laatste_voortgang_op=ctx.clock.now()))
    afspraken = [a.omschrijving for a in s.afspraken if a.knelpunt_id == k.id]
    record(
        ctx,
        uow,
        actor,
        Handeling.KNELPUNT_BESPROKEN,
        ("knelpunt", k.id),
        reden=f"besproken in duidingssessie '{s.titel}' ({s.datum:%d-%m-%Y})",
        na={"duidingssessie": str(s.id), "conclusies": list(s.conclusies), "acties": afspraken},
    )
    notify(
        ctx,
        uow,
        k,
        f"besproken in duidingssessie '{s.titel}' ({s.datum:%d-%m-%Y}); "
        f"{len(s.conclusies)} conclusie(s), {len(afspraken)} actie(s)",
    )


@dataclass(frozen=True)
class Agendapunt:
    """One bottleneck on the agenda, with what the participants need to read."""

    knelpunt: Knelpunt
    cijfers: Knelpuntcijfers
    casussen: tuple[Casus, ...]
    open_acties: tuple[Actiepunt, ...]
    vraag: str


@dataclass(frozen=True)
class Sessieagenda:
    sessie: Duidingssessie
    punten: list[Agendapunt]


def prepare(
    ctx: Context, actor: Actor, sessie_id: uuid.UUID, max_casussen: int = 3
) -> Sessieagenda:
    """The agenda: per bottleneck its pinching mechanism, figures derived live from the
    linked signals, a few anonymised cases, the open actions and the question asked."""
    vereis(actor.rol, Actie.KNELPUNT_LEZEN)
    with ctx.uow(schrijven=False) as uow:
        s = _eigen(uow, actor, sessie_id)
        punten = []
        for knelpunt_id in s.knelpunten:
            k = load(ctx, uow, actor, knelpunt_id, wijzigen=False)
            punten.append(
                Agendapunt(
                    knelpunt=k,
                    cijfers=figures(uow, k),
                    casussen=k.casussen[:max_casussen],
                    open_acties=tuple(a for a in k.acties if a.is_lopend),
                    vraag=k.gevraagd_besluit or STANDAARDVRAAG,
                )
            )
    return Sessieagenda(s, punten)


def historie(ctx: Context, actor: Actor, sessie_id: uuid.UUID) -> list[Gebeurtenis]:
    vereis(actor.rol, Actie.HISTORIE_LEZEN)
    with ctx.uow(schrijven=False) as uow:
        _eigen(uow, actor, sessie_id)
        return uow.gebeurtenissen.for_subject(
            [("duidingssessie", str(sessie_id))], actor.organisatie_id
        )
