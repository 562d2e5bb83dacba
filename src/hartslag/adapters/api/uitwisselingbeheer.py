# SPDX-License-Identifier: EUPL-1.2
"""Managing the exchange (role beheerder): OIN, partners, subscriptions, secrets,
sharing agreements, and the outbox, inbox, dead letters and shared data."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query
from pydantic import Field

from hartslag.adapters.api.afhankelijkheden import ActorDep, ContextDep, get_actor
from hartslag.adapters.api.schemas import API_BASIS
from hartslag.adapters.api.signalen import FOUTEN
from hartslag.domein.actor import Actor
from hartslag.domein.rechten import Actie, vereis
from hartslag.domein.uitwisseling import Gebeurtenistype, Richting
from hartslag.services import bezorging, uitwisseling, uitwisselingbeheer
from hartslag.services.invoer import Schema

router = APIRouter(prefix=API_BASIS, tags=["uitwisseling"], responses=FOUTEN)


def _beheerder(actor: Annotated[Actor, Depends(get_actor)]) -> Actor:
    vereis(actor.rol, Actie.UITWISSELING_BEHEREN)
    return actor


BeheerderDep = Annotated[Actor, Depends(_beheerder)]


class OinInvoer(Schema):
    oin: str = Field(pattern=r"^\d{20}$", description="Organisatie-identificatienummer")


class PartnerInvoer(Schema):
    code: str = Field(pattern=r"^[A-Z0-9][A-Z0-9-]{0,39}$")
    naam: str = Field(min_length=1, max_length=200)
    oin: str = Field(pattern=r"^\d{20}$")
    webhook_url: str | None = Field(None, max_length=500, description="Abonnement")
    geheim: str | None = Field(None, description="Sleutel van de partner (whsec_...)")


class Sleutel(Schema):
    geheim: str = Field(description="Eenmalig getoond: geef het de partner veilig door")


class AbonnementInvoer(Schema):
    webhook_url: str | None = Field(None, max_length=500)


class SleutelInvoer(Schema):
    geheim: str | None = None


class AfspraakInvoer(Schema):
    code: str = Field(max_length=60)
    partner: str = Field(
        max_length=40,
        description="Code van een partner elders, of van een andere organisatie in deze "
        "installatie: dan een lokale afspraak, alleen uitgaand vastgelegd door wie deelt",
    )
    richting: Richting
    gebeurtenistypen: list[Gebeurtenistype] = Field(min_length=1)
    themas: list[str] = Field(min_length=1, max_length=100)
    velden: list[str] = Field(max_length=50)
    grondslag: str = Field(min_length=1, max_length=1000)
    doel: str = Field(min_length=1, max_length=1000)
    geldig_vanaf: datetime
    geldig_tot: datetime | None = None


@router.put("/uitwisseling/oin", status_code=204, summary="Zet het OIN van de organisatie")
def put_oin(body: OinInvoer, ctx: ContextDep, actor: BeheerderDep) -> None:
    uitwisselingbeheer.set_oin(ctx, actor.organisatie_id, body.oin, actor.label)


@router.get("/partners", summary="De partners van de organisatie")
def list_partners(ctx: ContextDep, actor: BeheerderDep) -> list[dict[str, Any]]:
    with ctx.uow(schrijven=False) as uow:
        partners = uow.partners.all(actor.organisatie_id)
    return [
        {
            "code": p.code,
            "naam": p.naam,
            "oin": p.oin,
            "webhookUrl": p.webhook_url,
            "actief": p.actief,
        }
        for p in partners
    ]


@router.post("/partners", status_code=201, response_model=Sleutel, summary="Voeg een partner toe")
def create_partner(body: PartnerInvoer, ctx: ContextDep, actor: BeheerderDep) -> Sleutel:
    geheim = uitwisselingbeheer.add_partner(
        ctx,
        actor.organisatie_id,
        body.code,
        body.naam,
        body.oin,
        body.webhook_url,
        actor.label,
        body.geheim,
    )
    return Sleutel(geheim=geheim)


@router.put("/partners/{code}/abonnement", status_code=204, summary="Zet de webhook-URL")
def put_subscription(
    code: str, body: AbonnementInvoer, ctx: ContextDep, actor: BeheerderDep
) -> None:
    uitwisselingbeheer.subscribe(ctx, actor.organisatie_id, code, body.webhook_url, actor.label)


@router.post(
    "/partners/{code}/sleutels",
    status_code=201,
    response_model=Sleutel,
    summary="Vervang de sleutel (de oude blijft 7 dagen geldig)",
)
def rotate(code: str, body: SleutelInvoer, ctx: ContextDep, actor: BeheerderDep) -> Sleutel:
    geheim = uitwisselingbeheer.rotate_secret(
        ctx, actor.organisatie_id, code, actor.label, body.geheim
    )
    return Sleutel(geheim=geheim)


@router.get("/deelafspraken", summary="De deelafspraken van de organisatie")
def list_agreements(ctx: ContextDep, actor: BeheerderDep) -> list[dict[str, Any]]:
    with ctx.uow(schrijven=False) as uow:
        afspraken = uow.partners.afspraken(actor.organisatie_id)
    return [uitwisselingbeheer.describe(a) for a in afspraken]


@router.post("/deelafspraken", status_code=201, summary="Leg een deelafspraak vast")
def create_agreement(body: AfspraakInvoer, ctx: ContextDep, actor: BeheerderDep) -> dict[str, Any]:
    afspraak = uitwisselingbeheer.add_afspraak(
        ctx,
        actor.organisatie_id,
        actor.label,
        code=body.code,
        partner=body.partner,
        richting=body.richting,
        gebeurtenistypen=frozenset(body.gebeurtenistypen),
        themas=frozenset(body.themas),
        velden=frozenset(body.velden),
        grondslag=body.grondslag,
        doel=body.doel,
        geldig_vanaf=body.geldig_vanaf,
        geldig_tot=body.geldig_tot,
    )
    return uitwisselingbeheer.describe(afspraak)


@router.post("/deelafspraken/{afspraak_id}/beeindiging", status_code=204, summary="Beëindig nu")
def end_agreement(afspraak_id: uuid.UUID, ctx: ContextDep, actor: BeheerderDep) -> None:
    uitwisselingbeheer.end_afspraak(ctx, actor.organisatie_id, afspraak_id, actor.label)


Status = Literal["wachtend", "afgeleverd", "onbestelbaar"]


@router.get("/uitwisseling/uitgaand", summary="De outbox (met status)")
def outbox(
    ctx: ContextDep, actor: BeheerderDep, status: Annotated[Status | None, Query()] = None
) -> list[dict[str, Any]]:
    with ctx.uow(schrijven=False) as uow:
        rijen = uow.postvakken.uitgaand(actor.organisatie_id, status)
    return [
        {
            "id": str(g.id),
            "type": g.type,
            "onderwerp": g.onderwerp,
            "afspraak": g.afspraak,
            "status": g.status,
            "pogingen": g.pogingen,
            "laatsteFout": g.laatste_fout,
            "aangemaaktOp": g.aangemaakt_op.isoformat(),
            "afgeleverdOp": g.afgeleverd_op.isoformat() if g.afgeleverd_op else None,
        }
        for g in rijen
    ]


@router.get("/uitwisseling/onbestelbaar", summary="De dead-letterlijst")
def dead_letters(ctx: ContextDep, actor: BeheerderDep) -> list[dict[str, Any]]:
    return outbox(ctx, actor, "onbestelbaar")


@router.post(
    "/uitwisseling/onbestelbaar/{gebeurtenis_id}/heraanbieding",
    summary="Bied een onbestelbare gebeurtenis opnieuw aan",
)
def redrive(gebeurtenis_id: uuid.UUID, ctx: ContextDep, actor: BeheerderDep) -> dict[str, int]:
    return {
        "heraangeboden": bezorging.redrive(ctx, actor.organisatie_id, gebeurtenis_id, actor.label)
    }


@router.get("/uitwisseling/inkomend", summary="De inbox: ontvangen gebeurtenissen")
def inbox(ctx: ContextDep, actor: BeheerderDep) -> list[dict[str, Any]]:
    with ctx.uow(schrijven=False) as uow:
        rijen = uow.postvakken.inkomend(actor.organisatie_id)
    return [
        {
            "id": g.id,
            "bron": g.bron,
            "type": g.type,
            "onderwerp": g.onderwerp,
            "afspraak": g.afspraak,
            "tijdstip": g.tijdstip.isoformat(),
            "ontvangenOp": g.ontvangen_op.isoformat(),
        }
        for g in rijen
    ]


@router.get("/uitwisseling/gedeeld", summary="Wat partners met ons deelden")
def shared(
    ctx: ContextDep, actor: ActorDep, soort: Annotated[str | None, Query(max_length=20)] = None
) -> list[dict[str, Any]]:
    vereis(actor.rol, Actie.SIGNAAL_LEZEN)
    with ctx.uow(schrijven=False) as uow:
        partners = {p.id: p.code for p in uow.partners.all(actor.organisatie_id)}
        rijen = uow.postvakken.gedeeld(actor.organisatie_id, soort)
    return [
        {
            "partner": partners.get(g.partner_id),
            "soort": g.soort,
            "onderwerp": g.onderwerp,
            "afspraak": g.afspraak,
            "gegevens": g.gegevens,
            "ingetrokken": g.ingetrokken,
            "bijgewerktOp": g.bijgewerkt_op.isoformat(),
        }
        for g in rijen
    ]


class DelingInvoer(Schema):
    soort: Literal["patroon", "knelpunt"]
    id: uuid.UUID


class IntrekkingInvoer(Schema):
    signaal: uuid.UUID


@router.post("/uitwisseling/delingen", summary="Deel een patroon of knelpunt (opnieuw)")
def share_now(body: DelingInvoer, ctx: ContextDep, actor: ActorDep) -> dict[str, int]:
    return {"gedeeld": uitwisseling.share_now(ctx, actor, body.soort, body.id)}


@router.post("/uitwisseling/intrekkingen", summary="Trek een gedeeld signaal in bij partners")
def withdraw(body: IntrekkingInvoer, ctx: ContextDep, actor: ActorDep) -> dict[str, int]:
    return {"gedeeld": uitwisseling.withdraw_signaal(ctx, actor, body.signaal)}
