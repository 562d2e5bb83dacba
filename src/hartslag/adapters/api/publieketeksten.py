# SPDX-License-Identifier: EUPL-1.2
"""The ``publieke-teksten`` resource: what an organisation writes, approves and publishes
on its public "jullie zeiden, wij deden" page (``/organisaties/{code}/...``)."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from fastapi import APIRouter, Response
from pydantic import Field

from hartslag.adapters.api.afhankelijkheden import ActorDep, ContextDep
from hartslag.adapters.api.schemas import API_BASIS
from hartslag.adapters.api.signalen import FOUTEN
from hartslag.adapters.api.wijziging import Wijziging, niet_leeg
from hartslag.domein.publicatie import TEKST_MAX, TITEL_MAX, Publicatiestatus, PubliekeTekst
from hartslag.services import publicaties
from hartslag.services.invoer import Schema
from hartslag.services.publicaties import Tekstdelen

PAD = f"{API_BASIS}/publieke-teksten"
router = APIRouter(prefix=PAD, tags=["publiek"])
CONFLICT: dict[int | str, dict[str, Any]] = {
    **FOUTEN,
    409: {
        "description": "Niet in deze toestand: al gepubliceerd, knelpunt niet opgelost, of "
        "de eigenaar publiceerde nog niet",
        "content": {"application/problem+json": {}},
    },
}


class Teksten(Wijziging):
    titel: str | None = niet_leeg(min_length=1, max_length=TITEL_MAX)
    jullie_zeiden: str | None = niet_leeg(
        min_length=1, max_length=TEKST_MAX, description="Wat melders ons vertelden"
    )
    wij_deden: str | None = niet_leeg(
        min_length=1, max_length=TEKST_MAX, description="Wat wij eraan deden"
    )

    def delen(self) -> Tekstdelen:
        return Tekstdelen(self.titel, self.jullie_zeiden, self.wij_deden)


class TekstNieuw(Teksten):
    """Leave a part out and the draft proposes it from the dossier."""

    knelpunt_id: uuid.UUID


class Intrekking(Schema):
    reden: str = Field(min_length=1, max_length=2000)


class PubliekeTekstWeergave(Schema):
    id: uuid.UUID
    knelpunt_id: uuid.UUID
    organisatie: str
    status: Publicatiestatus
    titel: str
    jullie_zeiden: str
    wij_deden: str
    aangemaakt_op: datetime
    aangemaakt_door: str
    gewijzigd_op: datetime | None
    gewijzigd_door: str | None
    goedgekeurd_op: datetime | None
    goedgekeurd_door: str | None
    gepubliceerd_op: datetime | None
    gepubliceerd_door: str | None
    ingetrokken_op: datetime | None
    ingetrokken_door: str | None
    aantal_signalen: int | None = Field(description="Vastgelegd bij publicatie")
    opgelost_op: datetime | None = Field(description="Vastgelegd bij publicatie")


class PubliekeTekstLijst(Schema):
    publieke_teksten: list[PubliekeTekstWeergave]


def _weergave(p: PubliekeTekst) -> PubliekeTekstWeergave:
    return PubliekeTekstWeergave(**p.__dict__)


@router.get(
    "",
    response_model=PubliekeTekstLijst,
    responses=FOUTEN,
    summary="De publieke teksten van uw organisatie (alle statussen)",
)
def list_texts(
    ctx: ContextDep, actor: ActorDep, status: Publicatiestatus | None = None
) -> PubliekeTekstLijst:
    lijst = publicaties.list_public_texts(ctx, actor, status)
    return PubliekeTekstLijst(publieke_teksten=[_weergave(p) for p in lijst])


@router.post(
    "",
    status_code=201,
    response_model=PubliekeTekstWeergave,
    responses=CONFLICT,
    summary="Stel de publieke tekst van een knelpunt op (concept; één per organisatie)",
)
def draft(
    body: TekstNieuw, ctx: ContextDep, actor: ActorDep, response: Response
) -> PubliekeTekstWeergave:
    p = publicaties.draft_public_text(ctx, actor, body.knelpunt_id, body.delen())
    response.headers["Location"] = f"{PAD}/{p.id}"
    return _weergave(p)


@router.get(
    "/{id}", response_model=PubliekeTekstWeergave, responses=FOUTEN, summary="Eén publieke tekst"
)
def get_text(id: uuid.UUID, ctx: ContextDep, actor: ActorDep) -> PubliekeTekstWeergave:
    return _weergave(publicaties.get_public_text(ctx, actor, id))


@router.patch(
    "/{id}",
    response_model=PubliekeTekstWeergave,
    responses=CONFLICT,
    summary="Herschrijf de tekst (wordt weer concept: opnieuw goedkeuren)",
)
def edit_text(
    id: uuid.UUID, body: Teksten, ctx: ContextDep, actor: ActorDep
) -> PubliekeTekstWeergave:
    return _weergave(publicaties.edit_public_text(ctx, actor, id, body.delen()))


@router.post(
    "/{id}/goedkeuring",
    response_model=PubliekeTekstWeergave,
    responses=CONFLICT,
    summary="Keur de tekst goed (eigenaar, manager, beheerder)",
)
def approve_text(id: uuid.UUID, ctx: ContextDep, actor: ActorDep) -> PubliekeTekstWeergave:
    return _weergave(publicaties.approve_public_text(ctx, actor, id))


@router.post(
    "/{id}/publicatie",
    response_model=PubliekeTekstWeergave,
    responses=CONFLICT,
    summary="Publiceer de goedgekeurde tekst op de openbare pagina van uw organisatie",
)
def publish_text(id: uuid.UUID, ctx: ContextDep, actor: ActorDep) -> PubliekeTekstWeergave:
    return _weergave(publicaties.publish_public_text(ctx, actor, id))


@router.post(
    "/{id}/intrekking",
    response_model=PubliekeTekstWeergave,
    responses=CONFLICT,
    summary="Haal de tekst van de openbare pagina (met reden)",
)
def withdraw_text(
    id: uuid.UUID, body: Intrekking, ctx: ContextDep, actor: ActorDep
) -> PubliekeTekstWeergave:
    return _weergave(publicaties.withdraw_public_text(ctx, actor, id, body.reden))
