# SPDX-License-Identifier: EUPL-1.2
"""Bottleneck dossiers partners share with us (owned elsewhere): their shared part, and
our answer when one is offered to us (docs/uitwisseling.md, "Shared bottlenecks")."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from fastapi import APIRouter
from pydantic import Field

from hartslag.adapters.api.afhankelijkheden import ActorDep, ContextDep
from hartslag.adapters.api.knelpuntschemas import Reactie
from hartslag.adapters.api.schemas import API_BASIS
from hartslag.adapters.api.signalen import FOUTEN
from hartslag.domein.gedeeldknelpunt import Antwoord
from hartslag.services import gedeeldeknelpunten as g
from hartslag.services.invoer import Schema

router = APIRouter(prefix=API_BASIS + "/uitwisseling/knelpunten", tags=["uitwisseling"])
CONFLICT: dict[int | str, dict[str, Any]] = {
    **FOUTEN,
    409: {
        "description": "Het knelpunt wordt niet aan uw organisatie aangeboden, of u "
        "beantwoordde het aanbod al anders"
    },
}


class GedeeldKnelpuntWeergave(Schema):
    id: str = Field(description="Het id van het dossier in de installatie van de partner")
    partner: str = Field(description="De organisatie die het dossier bijhoudt")
    afspraak: str
    titel: str
    beschrijving: str = Field(description="Gepseudonimiseerd")
    status: str
    eigenaar_organisatie: str = Field(description="De ene eigenaar, over alle installaties")
    eigendom_elders: bool = Field(description="Waar: een andere organisatie is eigenaar")
    voorgestelde_eigenaar: str | None = Field(description="Aan wie het nu wordt aangeboden")
    aan_ons_aangeboden: bool
    ons_antwoord: Antwoord | None = Field(
        description="Ons antwoord op het aanbod van deze versie; de eigenaar wisselt pas "
        "als de partner het verwerkt en dat terugmeldt"
    )
    betrokken_organisaties: list[str]
    aantal_signalen: int | None
    signalen_per_organisatie: dict[str, int]
    versie: int
    bijgewerkt_op: datetime


class Weigering(Schema):
    reden: str = Field(min_length=1, max_length=2000, description="Waarom u weigert")


def _weergave(w: g.Weergave, organisatie: str) -> GedeeldKnelpuntWeergave:
    k = w.knelpunt
    return GedeeldKnelpuntWeergave(
        id=k.id,
        partner=k.partner,
        afspraak=k.afspraak,
        titel=k.titel,
        beschrijving=k.beschrijving,
        status=k.status,
        eigenaar_organisatie=k.eigenaar_organisatie,
        eigendom_elders=k.eigendom_elders(organisatie),
        voorgestelde_eigenaar=k.voorgestelde_eigenaar,
        aan_ons_aangeboden=k.aangeboden_aan(organisatie),
        ons_antwoord=w.ons_antwoord,
        betrokken_organisaties=list(k.betrokken_organisaties),
        aantal_signalen=k.aantal_signalen,
        signalen_per_organisatie=k.signalen_per_organisatie,
        versie=k.versie,
        bijgewerkt_op=k.bijgewerkt_op,
    )


@router.get("", responses=FOUTEN, summary="Knelpunten die partners met ons delen")
def list_shared(ctx: ContextDep, actor: ActorDep) -> list[GedeeldKnelpuntWeergave]:
    return [_weergave(w, actor.organisatie) for w in g.list_foreign(ctx, actor)]


@router.get("/{id}", responses=FOUTEN, summary="Het gedeelde deel van een knelpunt van een partner")
def get_shared(id: uuid.UUID, ctx: ContextDep, actor: ActorDep) -> GedeeldKnelpuntWeergave:
    return _weergave(g.get_foreign(ctx, actor, id), actor.organisatie)


@router.post(
    "/{id}/eigenaarschap/acceptatie",
    responses=CONFLICT,
    summary="Accepteer het eigenaarschap dat een partner aanbiedt (gaat als gebeurtenis terug)",
)
def accept(
    id: uuid.UUID, body: Reactie, ctx: ContextDep, actor: ActorDep
) -> GedeeldKnelpuntWeergave:
    w = g.answer(ctx, actor, id, Antwoord.GEACCEPTEERD, body.reden)
    return _weergave(w, actor.organisatie)


@router.post(
    "/{id}/eigenaarschap/weigering",
    responses=CONFLICT,
    summary="Weiger het eigenaarschap dat een partner aanbiedt (gaat als gebeurtenis terug)",
)
def decline(
    id: uuid.UUID, body: Weigering, ctx: ContextDep, actor: ActorDep
) -> GedeeldKnelpuntWeergave:
    return _weergave(g.answer(ctx, actor, id, Antwoord.GEWEIGERD, body.reden), actor.organisatie)
