# SPDX-License-Identifier: EUPL-1.2
"""The ``knelpunten`` resource: dossiers, workflow transitions, ownership, decisions,
actions, linked signals, followers, history, and the no-owner and stuck overviews."""

from __future__ import annotations

import uuid
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Path, Query, Response
from pydantic import Field

from hartslag.adapters.api.actieschemas import (
    ActieNieuw,
    ActieOvergang,
    ActieWeergave,
    actie_weergave,
)
from hartslag.adapters.api.afhankelijkheden import ActorDep, ContextDep
from hartslag.adapters.api.knelpuntschemas import (
    BesluitNieuw,
    KnelpuntLijst,
    KnelpuntNieuw,
    KnelpuntWeergave,
    KnelpuntWijziging,
    Overdracht,
    Overgang,
    Reactie,
    SignaalKoppeling,
    knelpunt_weergave,
)
from hartslag.adapters.api.schemas import API_BASIS, Historie, gebeurtenis_weergave
from hartslag.adapters.api.signalen import FOUTEN
from hartslag.adapters.documenten.brief import MEDIATYPES, render
from hartslag.domein.knelpunt import Knelpuntstatus
from hartslag.services import acties, eigenaarschap, knelpunten, opschaling
from hartslag.services.brief import build_letter
from hartslag.services.invoer import Schema

router = APIRouter(prefix=f"{API_BASIS}/knelpunten", tags=["knelpunten"])
CONFLICT: dict[int | str, dict[str, Any]] = {
    **FOUTEN,
    409: {"description": "Niet toegestaan in deze toestand (statusovergang, eigenaar vereist)"},
}


class VastgelopenRij(Schema):
    knelpunt: KnelpuntWeergave
    dagen_zonder_voortgang: int
    niveau: str
    dagen_over_streefdatum: int | None = Field(
        description="Open en zoveel dagen voorbij de streefdatum (anders null)"
    )
    te_late_acties: list[ActieWeergave] = Field(
        description="Open of gestarte acties voorbij hun deadline"
    )


class Vastgelopen(Schema):
    knelpunten: list[VastgelopenRij]
    per_eigenaar: dict[str, int]
    per_niveau: dict[str, int]
    aantal_over_streefdatum: int
    aantal_te_late_acties: int


class Volgers(Schema):
    volgers: list[str]


class Vertrek(Schema):
    persoon: str = Field(min_length=1, max_length=200, description="Wie is vertrokken")
    reden: str | None = Field(None, max_length=2000)


class Weigering(Schema):
    reden: str = Field(min_length=1, max_length=2000, description="Waarom u weigert")


@router.post(
    "",
    status_code=201,
    response_model=KnelpuntWeergave,
    responses=FOUTEN,
    summary="Maak een knelpunt (handmatig, uit signalen of uit een patroon)",
)
def create_knelpunt(
    body: KnelpuntNieuw, ctx: ContextDep, actor: ActorDep, response: Response
) -> KnelpuntWeergave:
    k = knelpunten.create_knelpunt(ctx, actor, body.to_domain())
    response.headers["Location"] = f"{API_BASIS}/knelpunten/{k.id}"
    return knelpunt_weergave(k, knelpunten.get_figures(ctx, actor, k.id))


@router.get(
    "",
    response_model=KnelpuntLijst,
    responses=FOUTEN,
    summary="Knelpunten waarbij uw organisatie betrokken is",
)
def list_knelpunten(
    ctx: ContextDep, actor: ActorDep, status: Knelpuntstatus | None = None
) -> KnelpuntLijst:
    lijst = knelpunten.list_knelpunten(ctx, actor, status)
    return KnelpuntLijst(knelpunten=[knelpunt_weergave(k) for k in lijst], totaal=len(lijst))


@router.get(
    "/zonder-eigenaar",
    response_model=KnelpuntLijst,
    responses=FOUTEN,
    summary="Open knelpunten zonder (aanwezige) eigenaar",
)
def without_owner(ctx: ContextDep, actor: ActorDep) -> KnelpuntLijst:
    lijst = eigenaarschap.without_owner(ctx, actor)
    return KnelpuntLijst(knelpunten=[knelpunt_weergave(k) for k in lijst], totaal=len(lijst))


@router.get(
    "/vastgelopen",
    response_model=Vastgelopen,
    responses=FOUTEN,
    summary="Vastgelopen: dagen zonder voortgang, over de streefdatum, te late acties; "
    "per eigenaar, per niveau",
)
def stuck(
    ctx: ContextDep, actor: ActorDep, minimaal_dagen: Annotated[int, Query(ge=0, le=36500)] = 0
) -> Vastgelopen:
    o = opschaling.stuck(ctx, actor, minimaal_dagen)
    return Vastgelopen(
        knelpunten=[
            VastgelopenRij(
                knelpunt=knelpunt_weergave(r.knelpunt),
                dagen_zonder_voortgang=r.dagen_zonder_voortgang,
                niveau=r.niveau,
                dagen_over_streefdatum=r.dagen_over_streefdatum,
                te_late_acties=[actie_weergave(a) for a in r.te_late_acties],
            )
            for r in o.knelpunten
        ],
        per_eigenaar=o.per_eigenaar,
        per_niveau=o.per_niveau,
        aantal_over_streefdatum=o.over_streefdatum,
        aantal_te_late_acties=o.te_late_acties,
    )


@router.post(
    "/vertrokken-medewerkers",
    status_code=200,
    response_model=KnelpuntLijst,
    responses=FOUTEN,
    summary="Leg vast dat iemand vertrok; toont de knelpunten die nu zonder eigenaar zijn",
)
def mark_departed(body: Vertrek, ctx: ContextDep, actor: ActorDep) -> KnelpuntLijst:
    lijst = eigenaarschap.mark_departed(ctx, actor, body.persoon, body.reden)
    return KnelpuntLijst(knelpunten=[knelpunt_weergave(k) for k in lijst], totaal=len(lijst))


@router.get(
    "/{id}",
    response_model=KnelpuntWeergave,
    responses=FOUTEN,
    summary="Het dossier, met cijfers uit de gekoppelde signalen",
)
def get_knelpunt(id: uuid.UUID, ctx: ContextDep, actor: ActorDep) -> KnelpuntWeergave:
    return knelpunt_weergave(
        knelpunten.get_knelpunt(ctx, actor, id), knelpunten.get_figures(ctx, actor, id)
    )


@router.patch(
    "/{id}", response_model=KnelpuntWeergave, responses=FOUTEN, summary="Wijzig het dossier"
)
def change_knelpunt(
    id: uuid.UUID, body: KnelpuntWijziging, ctx: ContextDep, actor: ActorDep
) -> KnelpuntWeergave:
    return knelpunt_weergave(
        knelpunten.change_knelpunt(ctx, actor, id, body.wijzigingen(), body.reden)
    )


@router.post(
    "/{id}/overgangen",
    response_model=KnelpuntWeergave,
    responses=CONFLICT,
    summary="Statusovergang (met reden; wordt vastgelegd)",
)
def transition(id: uuid.UUID, body: Overgang, ctx: ContextDep, actor: ActorDep) -> KnelpuntWeergave:
    return knelpunt_weergave(
        knelpunten.transition_knelpunt(
            ctx, actor, id, body.status, body.reden, body.samengevoegd_in
        )
    )


@router.post(
    "/{id}/eigenaarschap",
    response_model=KnelpuntWeergave,
    responses=CONFLICT,
    summary="Bied het eigenaarschap aan (de ontvanger moet accepteren)",
)
def transfer(id: uuid.UUID, body: Overdracht, ctx: ContextDep, actor: ActorDep) -> KnelpuntWeergave:
    return knelpunt_weergave(
        eigenaarschap.transfer_owner(ctx, actor, id, body.eigenaar.to_domain(), body.reden)
    )


@router.post(
    "/{id}/eigenaarschap/acceptatie",
    response_model=KnelpuntWeergave,
    responses=CONFLICT,
    summary="Accepteer het aangeboden eigenaarschap",
)
def accept(id: uuid.UUID, body: Reactie, ctx: ContextDep, actor: ActorDep) -> KnelpuntWeergave:
    return knelpunt_weergave(eigenaarschap.accept_transfer(ctx, actor, id, body.reden))


@router.post(
    "/{id}/eigenaarschap/weigering",
    response_model=KnelpuntWeergave,
    responses=CONFLICT,
    summary="Weiger het aangeboden eigenaarschap",
)
def decline(id: uuid.UUID, body: Weigering, ctx: ContextDep, actor: ActorDep) -> KnelpuntWeergave:
    return knelpunt_weergave(eigenaarschap.decline_transfer(ctx, actor, id, body.reden))


@router.post(
    "/{id}/signalen",
    response_model=KnelpuntWeergave,
    responses=FOUTEN,
    summary="Koppel signalen van uw organisatie",
)
def link(
    id: uuid.UUID, body: SignaalKoppeling, ctx: ContextDep, actor: ActorDep
) -> KnelpuntWeergave:
    knelpunten.link_signalen(ctx, actor, id, tuple(body.signaal_ids))
    return get_knelpunt(id, ctx, actor)


@router.post(
    "/{id}/besluiten",
    response_model=KnelpuntWeergave,
    responses=FOUTEN,
    summary="Leg een besluit vast, met motivering",
)
def add_besluit(
    id: uuid.UUID, body: BesluitNieuw, ctx: ContextDep, actor: ActorDep
) -> KnelpuntWeergave:
    return knelpunt_weergave(
        knelpunten.add_besluit(ctx, actor, id, body.omschrijving, body.motivering)
    )


@router.post(
    "/{id}/acties",
    response_model=KnelpuntWeergave,
    responses=FOUTEN,
    summary="Voeg een actie toe met eigen eigenaar en deadline",
)
def add_actie(
    id: uuid.UUID, body: ActieNieuw, ctx: ContextDep, actor: ActorDep
) -> KnelpuntWeergave:
    return knelpunt_weergave(
        knelpunten.add_actie(ctx, actor, id, body.omschrijving, body.eigenaar, body.deadline)
    )


@router.post(
    "/{id}/acties/{actieId}/overgangen",
    response_model=KnelpuntWeergave,
    responses=CONFLICT,
    summary="Start, rond af (met resultaat) of annuleer (met reden) een actie",
)
def move_actie(
    id: uuid.UUID,
    actie_id: Annotated[uuid.UUID, Path(alias="actieId")],
    body: ActieOvergang,
    ctx: ContextDep,
    actor: ActorDep,
) -> KnelpuntWeergave:
    return knelpunt_weergave(
        acties.change_actie_status(
            ctx, actor, id, actie_id, body.status, resultaat=body.resultaat, reden=body.reden
        )
    )


@router.post(
    "/{id}/volgers",
    response_model=Volgers,
    responses=FOUTEN,
    summary="Volg dit knelpunt (u krijgt de mijlpalen als notificatie)",
)
def follow(id: uuid.UUID, ctx: ContextDep, actor: ActorDep) -> Volgers:
    knelpunten.follow(ctx, actor, id)
    return Volgers(volgers=knelpunten.followers(ctx, actor, id))


@router.get(
    "/{id}/volgers", response_model=Volgers, responses=FOUTEN, summary="Wie volgt dit knelpunt"
)
def list_followers(id: uuid.UUID, ctx: ContextDep, actor: ActorDep) -> Volgers:
    return Volgers(volgers=knelpunten.followers(ctx, actor, id))


@router.get(
    "/{id}/historie",
    response_model=Historie,
    responses=FOUTEN,
    summary="Audit trail van het dossier: wie, wanneer, waarom",
)
def get_historie(id: uuid.UUID, ctx: ContextDep, actor: ActorDep) -> Historie:
    return Historie(
        gebeurtenissen=[gebeurtenis_weergave(g) for g in knelpunten.historie(ctx, actor, id)]
    )


@router.get(
    "/{id}/brief",
    responses={
        **FOUTEN,
        200: {"content": {t: {} for t in MEDIATYPES.values()}, "description": "De knelpuntenbrief"},
    },
    response_class=Response,
    summary="Knelpuntenbrief als HTML, PDF of DOCX (zonder persoonsgegevens)",
)
def letter(
    id: uuid.UUID,
    ctx: ContextDep,
    actor: ActorDep,
    formaat: Literal["html", "pdf", "docx"] = "html",
) -> Response:
    inhoud = render(build_letter(ctx, actor, id, formaat), formaat)
    return Response(
        inhoud,
        media_type=MEDIATYPES[formaat],
        headers={"Content-Disposition": f'attachment; filename="knelpuntenbrief-{id}.{formaat}"'},
    )
