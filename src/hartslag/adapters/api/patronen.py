# SPDX-License-Identifier: EUPL-1.2
"""The ``patronen`` resource (patterns, their signals, series and keywords, and the
decisions people make about them) and the ``waarschuwingen`` resource (early warnings)."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, Response

from hartslag.adapters.api.afhankelijkheden import ActorDep, ContextDep
from hartslag.adapters.api.analyseschemas import (
    PatroonKeuze,
    PatroonLijst,
    PatroonSignalen,
    PatroonWeergave,
    PatroonWijziging,
    Samenvoeging,
    Splitsing,
    WaarschuwingLijst,
    patroon_weergave,
    waarschuwing_weergave,
)
from hartslag.adapters.api.schemas import API_BASIS, MAX_PAGINA, signaal_weergave
from hartslag.adapters.api.signalen import FOUTEN
from hartslag.domein.zoekfilter import Pagina
from hartslag.services import patronen

router = APIRouter(prefix=API_BASIS, tags=["patronen"])


@router.get("/patronen", response_model=PatroonLijst, responses=FOUTEN, summary="Patronen")
def list_patronen(
    ctx: ContextDep,
    actor: ActorDep,
    organisatieoverstijgend: Annotated[bool | None, Query()] = None,
) -> PatroonLijst:
    """Patterns that hold signals of your organisation, cross-organisation ones first."""
    lijst = patronen.list_patronen(ctx, actor, organisatieoverstijgend)
    return PatroonLijst(patronen=[patroon_weergave(p) for p in lijst], totaal=len(lijst))


@router.get(
    "/patronen/{id}", response_model=PatroonWeergave, responses=FOUTEN, summary="Eén patroon"
)
def get_patroon(id: uuid.UUID, ctx: ContextDep, actor: ActorDep) -> PatroonWeergave:
    return patroon_weergave(patronen.get_patroon(ctx, actor, id))


@router.patch(
    "/patronen/{id}",
    response_model=PatroonWeergave,
    responses=FOUTEN,
    summary="Hernoem of bevestig een patroon",
)
def change_patroon(
    id: uuid.UUID, body: PatroonWijziging, ctx: ContextDep, actor: ActorDep
) -> PatroonWeergave:
    p = patronen.change_patroon(
        ctx, actor, id, titel=body.titel, bevestigd=body.bevestigd, reden=body.reden
    )
    return patroon_weergave(p)


@router.get(
    "/patronen/{id}/signalen",
    response_model=PatroonSignalen,
    responses=FOUTEN,
    summary="De signalen van uw organisatie in dit patroon",
)
def patroon_signalen(
    id: uuid.UUID,
    ctx: ContextDep,
    actor: ActorDep,
    pagina: Annotated[int, Query(ge=1, le=MAX_PAGINA)] = 1,
    pagina_grootte: Annotated[int, Query(alias="paginaGrootte", ge=1, le=500)] = 20,
) -> PatroonSignalen:
    p = Pagina(pagina, pagina_grootte)
    signalen, totaal = patronen.patroon_signalen(ctx, actor, id, p)
    analyse = patronen.analysis_of(ctx, [s.id for s in signalen])
    return PatroonSignalen(
        signalen=[signaal_weergave(s, analyse.get(s.id)) for s in signalen],
        totaal=totaal,
        pagina=p.nummer,
        pagina_grootte=p.grootte,
    )


@router.post(
    "/patronen/{id}/samenvoegingen",
    response_model=PatroonWeergave,
    responses=FOUTEN,
    summary="Voeg andere patronen samen in dit patroon",
)
def merge_patronen(
    id: uuid.UUID, body: Samenvoeging, ctx: ContextDep, actor: ActorDep
) -> PatroonWeergave:
    return patroon_weergave(patronen.merge_patronen(ctx, actor, id, body.patronen, body.reden))


@router.post(
    "/patronen/{id}/splitsingen",
    status_code=201,
    response_model=PatroonWeergave,
    responses=FOUTEN,
    summary="Splits signalen af in een nieuw patroon",
)
def split_patroon(
    id: uuid.UUID, body: Splitsing, ctx: ContextDep, actor: ActorDep, response: Response
) -> PatroonWeergave:
    nieuw = patronen.split_patroon(ctx, actor, id, body.signalen, body.titel, body.reden)
    response.headers["Location"] = f"{API_BASIS}/patronen/{nieuw.id}"
    return patroon_weergave(nieuw)


@router.put(
    "/signalen/{id}/patroon",
    status_code=204,
    responses=FOUTEN,
    summary="Plaats een signaal in een ander patroon (of in geen)",
)
def move_signaal(id: uuid.UUID, body: PatroonKeuze, ctx: ContextDep, actor: ActorDep) -> Response:
    patronen.move_signaal(ctx, actor, id, body.patroon, body.reden)
    return Response(status_code=204)


@router.get(
    "/waarschuwingen",
    response_model=WaarschuwingLijst,
    responses=FOUTEN,
    summary="Vroegsignalering: stijgingen en nieuwe patronen",
)
def list_waarschuwingen(ctx: ContextDep, actor: ActorDep) -> WaarschuwingLijst:
    return WaarschuwingLijst(
        waarschuwingen=[waarschuwing_weergave(w) for w in patronen.list_waarschuwingen(ctx, actor)]
    )
