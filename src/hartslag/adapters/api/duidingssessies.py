# SPDX-License-Identifier: EUPL-1.2
"""The ``duidingssessies`` resource: plan, prepare (agenda), change and record sensemaking
sessions; recording turns the agreed actions into actions on the dossiers."""

from __future__ import annotations

import uuid
from typing import Annotated, Any

from fastapi import APIRouter, Query, Response

from hartslag.adapters.api.afhankelijkheden import ActorDep, ContextDep
from hartslag.adapters.api.duidingschemas import (
    AgendaWeergave,
    SessieLijst,
    SessieNieuw,
    SessieWeergave,
    SessieWijziging,
    agenda_weergave,
    sessie_weergave,
)
from hartslag.adapters.api.schemas import API_BASIS, Historie, gebeurtenis_weergave
from hartslag.adapters.api.signalen import FOUTEN
from hartslag.domein.duiding import Sessiestatus
from hartslag.services import duidingssessies

router = APIRouter(prefix=f"{API_BASIS}/duidingssessies", tags=["duidingssessies"])
VASTGELEGD: dict[int | str, dict[str, Any]] = {
    **FOUTEN,
    409: {"description": "De sessie is al vastgelegd en wordt niet meer gewijzigd"},
}


@router.post(
    "",
    status_code=201,
    response_model=SessieWeergave,
    responses=FOUTEN,
    summary="Plan een duidingssessie (casuïstiekbespreking)",
)
def create_sessie(
    body: SessieNieuw, ctx: ContextDep, actor: ActorDep, response: Response
) -> SessieWeergave:
    s = duidingssessies.create_sessie(ctx, actor, body.to_domain())
    response.headers["Location"] = f"{API_BASIS}/duidingssessies/{s.id}"
    return sessie_weergave(s)


@router.get(
    "",
    response_model=SessieLijst,
    responses=FOUTEN,
    summary="Duidingssessies van uw organisatie (nieuwste eerst)",
)
def list_sessies(
    ctx: ContextDep,
    actor: ActorDep,
    knelpunt_id: Annotated[
        uuid.UUID | None, Query(alias="knelpuntId", description="Alleen sessies over dit knelpunt")
    ] = None,
    status: Sessiestatus | None = None,
) -> SessieLijst:
    lijst = duidingssessies.list_sessies(ctx, actor, knelpunt_id, status)
    return SessieLijst(duidingssessies=[sessie_weergave(s) for s in lijst], totaal=len(lijst))


@router.get("/{id}", response_model=SessieWeergave, responses=FOUTEN, summary="Eén sessie")
def get_sessie(id: uuid.UUID, ctx: ContextDep, actor: ActorDep) -> SessieWeergave:
    return sessie_weergave(duidingssessies.get_sessie(ctx, actor, id))


@router.patch(
    "/{id}",
    response_model=SessieWeergave,
    responses=VASTGELEGD,
    summary="Wijzig de sessie zolang ze niet is vastgelegd",
)
def change_sessie(
    id: uuid.UUID, body: SessieWijziging, ctx: ContextDep, actor: ActorDep
) -> SessieWeergave:
    return sessie_weergave(duidingssessies.change(ctx, actor, id, body.wijzigingen(), body.reden))


@router.get(
    "/{id}/agenda",
    response_model=AgendaWeergave,
    responses=FOUTEN,
    summary="Voorbereiding: agenda met per knelpunt cijfers, casussen en open acties",
)
def prepare(id: uuid.UUID, ctx: ContextDep, actor: ActorDep) -> AgendaWeergave:
    return agenda_weergave(duidingssessies.prepare(ctx, actor, id))


@router.post(
    "/{id}/vastlegging",
    response_model=SessieWeergave,
    responses=VASTGELEGD,
    summary="Leg de sessie vast: conclusies in de dossiers, afspraken worden acties",
    description="Kan pas met deelnemers, besproken knelpunten en minstens één conclusie.",
)
def record(id: uuid.UUID, ctx: ContextDep, actor: ActorDep) -> SessieWeergave:
    return sessie_weergave(duidingssessies.record_outcome(ctx, actor, id))


@router.get(
    "/{id}/historie",
    response_model=Historie,
    responses=FOUTEN,
    summary="Audit trail van de sessie: wie, wanneer, wat",
)
def get_historie(id: uuid.UUID, ctx: ContextDep, actor: ActorDep) -> Historie:
    return Historie(
        gebeurtenissen=[gebeurtenis_weergave(g) for g in duidingssessies.historie(ctx, actor, id)]
    )
