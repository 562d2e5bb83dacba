# SPDX-License-Identifier: EUPL-1.2
"""The bottleneck dossier as one reader sees it: the dossier, its figures, what this reader
may do next (only the workflow steps the table and their role allow), the sessions that
discussed it, its agenda moment and, for roles that may read it, its audit trail.

One read, so that a page (or any other front end) shows exactly what the services allow;
every change still goes through its own use case, which checks again."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace

from hartslag.domein.actor import Actor
from hartslag.domein.agendering import Agenderingsmoment
from hartslag.domein.duiding import Duidingssessie
from hartslag.domein.gebeurtenis import Gebeurtenis, Handeling
from hartslag.domein.knelpunt import (
    Casus,
    Knelpunt,
    Knelpuntstatus,
    days_without_progress,
    may_accept,
)
from hartslag.domein.knelpuntworkflow import WIE_MAG, can_transition, next_steps
from hartslag.domein.rechten import NAMENS_ORGANISATIE, Actie, mag, vereis
from hartslag.services import zicht
from hartslag.services.context import Context
from hartslag.services.knelpunten import (
    Knelpuntcijfers,
    anonymised_cases,
    figures_of,
    load,
    record,
)
from hartslag.services.opschaling import route_for
from hartslag.services.poorten import GekoppeldSignaal, UnitOfWork


@dataclass(frozen=True)
class Mogelijkheden:
    """What the reader may do on this dossier now (each use case checks it again)."""

    stappen: list[Knelpuntstatus]  # next statuses, in workflow order
    wacht_op_eigenaar: bool  # in-behandeling would be allowed once an owner accepted
    wijzigen: bool  # change the dossier, decide, add actions, target a moment
    overdragen: bool  # offer the ownership to another party
    accepteren: bool  # accept or decline the ownership offered to the reader


@dataclass(frozen=True)
class Opschalingsstand:
    niveau: str
    niveaus: list[str]
    dagen_zonder_voortgang: int


@dataclass(frozen=True)
class Dossier:
    knelpunt: Knelpunt
    cijfers: Knelpuntcijfers
    eigen_signalen: list[GekoppeldSignaal]  # linked signals of the reader's organisation
    mogelijk: Mogelijkheden
    opschaling: Opschalingsstand
    sessies: list[Duidingssessie]  # the reader's organisation's sessions on it
    moment: Agenderingsmoment | None
    momenten: list[Agenderingsmoment]  # the reader's calendar, to target a moment
    samenvoegdoelen: list[Knelpunt]  # open bottlenecks it could be merged into
    organisaties: list[tuple[str, str]]  # (code, name): parties to offer ownership to
    historie: list[Gebeurtenis] | None  # None: the role may not read the audit trail


def _mogelijkheden(actor: Actor, k: Knelpunt) -> Mogelijkheden:
    sturen = k.may_change(actor.organisatie) and mag(actor.rol, Actie.KNELPUNT_WIJZIGEN)
    wachten = (
        sturen
        and k.eigenaar is None
        and can_transition(k.status, Knelpuntstatus.IN_BEHANDELING)
        and actor.rol in WIE_MAG[Knelpuntstatus.IN_BEHANDELING]
    )
    namens = actor.rol in NAMENS_ORGANISATIE
    return Mogelijkheden(
        stappen=next_steps(k, actor.rol) if sturen else [],
        wacht_op_eigenaar=wachten,
        wijzigen=sturen,
        overdragen=k.is_open
        and k.may_change(actor.organisatie)
        and mag(actor.rol, Actie.EIGENAARSCHAP_OVERDRAGEN),
        accepteren=mag(actor.rol, Actie.EIGENAARSCHAP_ACCEPTEREN)
        and may_accept(k, actor.organisatie, actor.naam, namens),
    )


def _opschaling(ctx: Context, uow: UnitOfWork, k: Knelpunt) -> Opschalingsstand:
    niveaus = [n.naam for n in route_for(uow, k.route_organisatie).niveaus]
    return Opschalingsstand(
        niveau=niveaus[min(k.opschalingsniveau, len(niveaus) - 1)],
        niveaus=niveaus,
        dagen_zonder_voortgang=days_without_progress(k, ctx.clock.now()),
    )


def _keuzes(
    ctx: Context, uow: UnitOfWork, actor: Actor, k: Knelpunt, mogelijk: Mogelijkheden
) -> tuple[Mogelijkheden, list[Agenderingsmoment], list[Knelpunt], list[tuple[str, str]]]:
    """The choices the dossier's forms offer: only what the reader may use. Merging is
    offered only when there is an open bottleneck to merge into."""
    momenten = uow.agenderingsmomenten.list(actor.organisatie) if mogelijk.wijzigen else []
    doelen: list[Knelpunt] = []
    if Knelpuntstatus.SAMENGEVOEGD in mogelijk.stappen:
        doelen = sorted(
            (
                d
                for d in zicht.visible_dossiers(ctx, uow, actor.organisatie)
                if d.is_open and d.id != k.id
            ),
            key=lambda d: d.titel.casefold(),
        )
        if not doelen:
            stappen: list[Knelpuntstatus] = [
                s for s in mogelijk.stappen if s != Knelpuntstatus.SAMENGEVOEGD
            ]
            mogelijk = replace(mogelijk, stappen=stappen)
    organisaties = (
        [(code, naam) for _, code, naam in uow.organisaties.all()] if mogelijk.overdragen else []
    )
    return mogelijk, momenten, doelen, organisaties


def get_dossier(ctx: Context, actor: Actor, knelpunt_id: uuid.UUID) -> Dossier:
    vereis(actor.rol, Actie.KNELPUNT_LEZEN)
    with ctx.uow(schrijven=False) as uow:
        k = load(ctx, uow, actor, knelpunt_id, wijzigen=False)
        gekoppeld = uow.knelpunten.linked(k.id)
        mogelijk, momenten, doelen, organisaties = _keuzes(
            ctx, uow, actor, k, _mogelijkheden(actor, k)
        )
        moment_id = k.agenderingsmoment_id
        historie = None
        if mag(actor.rol, Actie.HISTORIE_LEZEN):
            historie = uow.gebeurtenissen.for_subject([("knelpunt", str(k.id))], None)
        return Dossier(
            knelpunt=k,
            cijfers=figures_of(gekoppeld, k),
            eigen_signalen=[s for s in gekoppeld if s.organisatie == actor.organisatie],
            mogelijk=mogelijk,
            opschaling=_opschaling(ctx, uow, k),
            sessies=[
                s for s in uow.duidingssessies.list(actor.organisatie) if k.id in s.knelpunten
            ],
            moment=uow.agenderingsmomenten.get(moment_id) if moment_id else None,
            momenten=momenten,
            samenvoegdoelen=doelen,
            organisaties=organisaties,
            historie=historie,
        )


def organisations(ctx: Context, actor: Actor) -> list[tuple[str, str]]:
    """The organisations of the network (code, name), other than the reader's own: the
    parties a dossier can involve."""
    vereis(actor.rol, Actie.KNELPUNT_LEZEN)
    with ctx.uow(schrijven=False) as uow:
        alle = uow.organisaties.all()
    return [(code, naam) for _, code, naam in alle if code != actor.organisatie]


def add_casus(ctx: Context, actor: Actor, knelpunt_id: uuid.UUID, casus: Casus) -> Knelpunt:
    """Add one case to the dossier (read and written in one transaction, so two people
    adding a case at once both keep theirs); its text is scrubbed of personal data."""
    vereis(actor.rol, Actie.KNELPUNT_WIJZIGEN)
    with ctx.uow() as uow:
        k = load(ctx, uow, actor, knelpunt_id, wijzigen=True)
        k = replace(
            k,
            casussen=(
                *k.casussen,
                *anonymised_cases(ctx, uow, actor, ("knelpunt", k.id), (casus,)),
            ),
            laatste_voortgang_op=ctx.clock.now(),
        )
        uow.knelpunten.save(k)
        record(
            ctx,
            uow,
            actor,
            Handeling.KNELPUNT_GEWIJZIGD,
            ("knelpunt", k.id),
            reden="casus toegevoegd",
            na={"velden": ["casussen"], "casus": k.casussen[-1].titel},
        )
        uow.commit()
    return k
