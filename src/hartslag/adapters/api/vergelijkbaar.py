# SPDX-License-Identifier: EUPL-1.2
"""Similar signals and patterns ("this is known"), and theme suggestions with their review
queue and acceptance."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Query

from hartslag.adapters.api.afhankelijkheden import ActorDep, ContextDep
from hartslag.adapters.api.analyseschemas import (
    Concepttekst,
    Themaacceptatie,
    ThemaKans,
    Themavoorstel,
    Themawachtrij,
    Vergelijkbaar,
    VergelijkbaarPatroon,
    VergelijkbaarSignaal,
    patroon_weergave,
)
from hartslag.adapters.api.schemas import API_BASIS, SignaalWeergave, signaal_weergave
from hartslag.adapters.api.signalen import FOUTEN
from hartslag.services import patronen, themasuggesties, vergelijkbaar
from hartslag.services.context import Context
from hartslag.services.themasuggesties import Themavoorstel as Voorstel

router = APIRouter(prefix=API_BASIS, tags=["analyse"])


def _vergelijkbaar(ctx: Context, v: vergelijkbaar.Vergelijkbaar) -> Vergelijkbaar:
    analyse = patronen.analysis_of(ctx, [s.id for s, _ in v.signalen])
    return Vergelijkbaar(
        signalen=[
            VergelijkbaarSignaal(signaal=signaal_weergave(s, analyse.get(s.id)), gelijkenis=g)
            for s, g in v.signalen
        ],
        patronen=[
            VergelijkbaarPatroon(patroon=patroon_weergave(p), gelijkenis=g) for p, g in v.patronen
        ],
    )


@router.get(
    "/signalen/{id}/vergelijkbaar",
    response_model=Vergelijkbaar,
    responses=FOUTEN,
    summary="Signalen en patronen die op dit signaal lijken",
)
def similar_to_signal(
    id: uuid.UUID,
    ctx: ContextDep,
    actor: ActorDep,
    aantal: Annotated[int, Query(ge=1, le=50)] = 10,
) -> Vergelijkbaar:
    return _vergelijkbaar(ctx, vergelijkbaar.similar(ctx, actor, signaal_id=id, aantal=aantal))


@router.post(
    "/signalen/_vergelijkbaar",
    response_model=Vergelijkbaar,
    responses=FOUTEN,
    summary='Signalen en patronen die op een concepttekst lijken ("dit is bekend")',
)
def similar_to_text(body: Concepttekst, ctx: ContextDep, actor: ActorDep) -> Vergelijkbaar:
    return _vergelijkbaar(
        ctx, vergelijkbaar.similar(ctx, actor, tekst=body.tekst, aantal=body.aantal)
    )


def _voorstel(v: Voorstel) -> Themavoorstel:
    return Themavoorstel(
        signaal=signaal_weergave(v.signaal),
        suggesties=[ThemaKans(thema=t, zekerheid=z) for t, z in v.themas],
        zekerheid=v.zekerheid,
        vraag_mens=v.vraag_mens,
    )


@router.get(
    "/themasuggesties",
    response_model=Themawachtrij,
    responses=FOUTEN,
    summary="Signalen zonder thema met een suggestie, de minst zekere eerst",
)
def review_queue(
    ctx: ContextDep, actor: ActorDep, aantal: Annotated[int, Query(ge=1, le=500)] = 50
) -> Themawachtrij:
    return Themawachtrij(
        voorstellen=[_voorstel(v) for v in themasuggesties.review_queue(ctx, actor, aantal)]
    )


@router.get(
    "/signalen/{id}/themasuggesties",
    response_model=Themavoorstel,
    responses=FOUTEN,
    summary="Themasuggesties voor een signaal",
)
def suggestions_for(id: uuid.UUID, ctx: ContextDep, actor: ActorDep) -> Themavoorstel:
    return _voorstel(themasuggesties.suggestions_for(ctx, actor, id))


@router.post(
    "/signalen/{id}/themasuggesties/acceptatie",
    response_model=SignaalWeergave,
    responses=FOUTEN,
    summary="Neem thema's over (een mens beslist)",
)
def accept(
    id: uuid.UUID, body: Themaacceptatie, ctx: ContextDep, actor: ActorDep
) -> SignaalWeergave:
    s = themasuggesties.accept(ctx, actor, id, body.themas, body.reden)
    return signaal_weergave(s, patronen.analysis_of(ctx, [s.id]).get(s.id))
