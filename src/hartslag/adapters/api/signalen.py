# SPDX-License-Identifier: EUPL-1.2
"""The ``signalen`` resource."""

from __future__ import annotations

import hashlib
import json
import logging
import uuid
from functools import partial
from typing import Annotated, Any
from urllib.parse import urlencode

import anyio.to_thread
from fastapi import APIRouter, Header, Query, Request, Response
from fastapi.responses import JSONResponse

from hartslag.adapters.api.afhankelijkheden import ActorDep, ContextDep, TokenDep, token_of
from hartslag.adapters.api.schemas import (
    API_BASIS,
    MAX_PAGINA,
    ContactWeergave,
    Historie,
    Link,
    OrigineelWeergave,
    SignaalAangemaakt,
    SignaalLijst,
    SignaalWeergave,
    SignaalWijziging,
    Tijdstip,
    ZoekOpMelder,
    gebeurtenis_weergave,
    signaal_weergave,
)
from hartslag.domein.fouten import NietGevonden
from hartslag.domein.signaal import Impact, Signaal
from hartslag.domein.vocabulaire import Brontype, Kanaal, Meldertype, Signaalstatus
from hartslag.domein.zoekfilter import Pagina, SignaalFilter
from hartslag.services import (
    originelen,
    patronen,
    registratie,
    signaalbeheer,
    statuscodes,
)
from hartslag.services.invoer import SignaalNieuw

log = logging.getLogger("hartslag.api")
router = APIRouter(prefix=f"{API_BASIS}/signalen", tags=["signalen"])
FOUTEN: dict[int | str, dict[str, Any]] = {
    code: {"description": omschrijving, "content": {"application/problem+json": {}}}
    for code, omschrijving in (
        (400, "Ongeldige invoer: alle veldfouten in invalidParams"),
        (401, "Geen of een onbekend API-token"),
        (403, "De rol van dit token mag dit niet"),
        (404, "Bestaat niet, of hoort bij een andere organisatie"),
    )
}


def _hash(body: SignaalNieuw) -> str:
    canoniek = json.dumps(body.model_dump(mode="json", by_alias=True), sort_keys=True)
    return hashlib.sha256(canoniek.encode()).hexdigest()


@router.post(
    "",
    status_code=201,
    response_model=SignaalAangemaakt,
    responses={
        **FOUTEN,
        409: {"description": "Idempotency-Key hergebruikt met andere inhoud"},
        503: {"description": "Te druk: niets opgeslagen; opnieuw na Retry-After seconden"},
    },
    summary="Registreer een signaal",
)
async def create_signaal(
    request: Request,
    body: SignaalNieuw,
    ctx: ContextDep,
    token: TokenDep,
    idempotency_key: Annotated[str | None, Header(alias="Idempotency-Key", max_length=200)] = None,
) -> Response:
    if await request.is_disconnected():
        # The client gave up while the request waited: store nothing it will not hear
        # about (a retry with its Idempotency-Key would find nothing to replay).
        return Response(status_code=499)
    registreer = partial(
        registratie.register_with_token,
        ctx,
        token_of(token),
        body.to_invoer(),
        idempotentie_sleutel=idempotency_key,
        verzoek_hash=_hash(body) if idempotency_key is not None else "",
    )
    # The intake's own threads where `hartslag serve` set them (`bootstrap._start_worker`).
    limiter = getattr(request.app.state, "intake_limiter", None)
    uitkomst = await anyio.to_thread.run_sync(registreer, limiter=limiter)
    pad = f"{API_BASIS}/signalen/{uitkomst.signaal_id}"
    inhoud = SignaalAangemaakt(
        id=uitkomst.signaal_id,
        referentie=uitkomst.referentie,
        statuscode=uitkomst.statuscode,
        links={
            "self": Link(href=pad),
            "status": Link(href=f"{API_BASIS}/status/{uitkomst.statuscode}"),
        },
    ).model_dump(mode="json", by_alias=True)
    headers = {"Location": pad}
    if uitkomst.herhaald:
        headers["Idempotent-Replayed"] = "true"
    # Placing it in its pattern follows the commit (`services.handlers`), off this path.
    return JSONResponse(inhoud, status_code=201, headers=headers)


def _lijst(
    request: Request, ctx: ContextDep, signalen: list[Signaal], totaal: int, pagina: Pagina
) -> SignaalLijst:
    analyse = patronen.analysis_of(ctx, [s.id for s in signalen])
    links = {"self": Link(href=str(request.url.path) + _query(request, pagina.nummer))}
    if pagina.offset + len(signalen) < totaal:
        links["next"] = Link(href=str(request.url.path) + _query(request, pagina.nummer + 1))
    if pagina.nummer > 1:
        links["prev"] = Link(href=str(request.url.path) + _query(request, pagina.nummer - 1))
    return SignaalLijst(
        signalen=[
            signaal_weergave(s, analyse.get(s.id), statuscodes.statuscode_for(ctx, s))
            for s in signalen
        ],
        totaal=totaal,
        pagina=pagina.nummer,
        pagina_grootte=pagina.grootte,
        links=links,
    )


def _query(request: Request, pagina: int) -> str:
    params = dict(request.query_params)
    params["pagina"] = str(pagina)
    return "?" + urlencode(params)


@router.get("", response_model=SignaalLijst, responses=FOUTEN, summary="Zoek signalen")
def list_signalen(
    request: Request,
    ctx: ContextDep,
    actor: ActorDep,
    brontype: Brontype | None = None,
    meldertype: Meldertype | None = None,
    kanaal: Kanaal | None = None,
    thema: Annotated[str | None, Query(max_length=100)] = None,
    status: Signaalstatus | None = None,
    ontvangen_vanaf: Annotated[Tijdstip | None, Query(alias="ontvangenVanaf")] = None,
    ontvangen_tot: Annotated[Tijdstip | None, Query(alias="ontvangenTot")] = None,
    zoek: Annotated[str | None, Query(max_length=200, description="Vrije tekst")] = None,
    pagina: Annotated[int, Query(ge=1, le=MAX_PAGINA)] = 1,
    pagina_grootte: Annotated[int, Query(alias="paginaGrootte", ge=1, le=500)] = 20,
) -> SignaalLijst:
    filter = SignaalFilter(
        brontype=brontype,
        meldertype=meldertype,
        kanaal=kanaal,
        thema=thema.lower() if thema else None,
        status=status,
        ontvangen_vanaf=ontvangen_vanaf,
        ontvangen_tot=ontvangen_tot,
        zoek=zoek,
    )
    p = Pagina(pagina, pagina_grootte)
    signalen, totaal = signaalbeheer.list_signalen(ctx, actor, filter, p)
    return _lijst(request, ctx, signalen, totaal, p)


@router.post(
    "/_zoek", response_model=SignaalLijst, responses=FOUTEN, summary="Zoek signalen van een melder"
)
def search_signalen(
    request: Request, body: ZoekOpMelder, ctx: ContextDep, actor: ActorDep
) -> SignaalLijst:
    p = Pagina(body.pagina, body.pagina_grootte)
    signalen, totaal = signaalbeheer.search_by_melder(
        ctx, actor, body.melder_id, SignaalFilter(), p
    )
    return _lijst(request, ctx, signalen, totaal, p)


@router.get("/{id}", response_model=SignaalWeergave, responses=FOUTEN, summary="Eén signaal")
def get_signaal(id: uuid.UUID, ctx: ContextDep, actor: ActorDep) -> SignaalWeergave:
    s = signaalbeheer.get_signaal(ctx, actor, id)
    analyse = patronen.analysis_of(ctx, [s.id]).get(s.id)
    return signaal_weergave(s, analyse, statuscodes.statuscode_for(ctx, s))


@router.patch(
    "/{id}",
    response_model=SignaalWeergave,
    responses={**FOUTEN, 409: {"description": "Statusovergang niet toegestaan"}},
    summary="Wijzig classificatie of status",
)
def change_signaal(
    id: uuid.UUID, body: SignaalWijziging, ctx: ContextDep, actor: ActorDep
) -> SignaalWeergave:
    wijzigingen: dict[str, Any] = body.model_dump(exclude_unset=True, exclude={"reden"})
    if "impact" in wijzigingen:
        wijzigingen["impact"] = tuple(Impact(i.domein, i.soort) for i in body.impact or [])
    for veld in ("themas", "regelgeving"):
        if veld in wijzigingen:
            wijzigingen[veld] = tuple(wijzigingen[veld] or ())
    if wijzigingen.get("status") is None:
        wijzigingen.pop("status", None)
    s = signaalbeheer.change_signaal(ctx, actor, id, wijzigingen, body.reden)
    analyse = patronen.analysis_of(ctx, [s.id]).get(s.id)
    return signaal_weergave(s, analyse, statuscodes.statuscode_for(ctx, s))


@router.get("/{id}/historie", response_model=Historie, responses=FOUTEN, summary="Audit trail")
def get_historie(id: uuid.UUID, ctx: ContextDep, actor: ActorDep) -> Historie:
    return Historie(
        gebeurtenissen=[gebeurtenis_weergave(g) for g in signaalbeheer.historie(ctx, actor, id)]
    )


@router.get(
    "/{id}/contactgegevens",
    response_model=ContactWeergave,
    responses=FOUTEN,
    summary="Contactgegevens van de melder (wordt vastgelegd)",
)
def get_contact(
    id: uuid.UUID,
    ctx: ContextDep,
    actor: ActorDep,
    doel: Annotated[str, Query(min_length=3, max_length=200, description="Waarvoor")],
    response: Response,
) -> ContactWeergave:
    contact = signaalbeheer.read_contact(ctx, actor, id, doel)
    if contact is None:
        raise NietGevonden("Bij dit signaal zijn geen contactgegevens bewaard.")
    response.headers["Cache-Control"] = "no-store"
    return ContactWeergave(naam=contact.naam, email=contact.email, telefoon=contact.telefoon)


@router.get(
    "/{id}/origineel",
    response_model=OrigineelWeergave,
    responses=FOUTEN,
    summary="De tekst zoals ontvangen, vóór pseudonimisering (wordt vastgelegd)",
)
def get_origineel(
    id: uuid.UUID,
    ctx: ContextDep,
    actor: ActorDep,
    doel: Annotated[str, Query(min_length=3, max_length=200, description="Waarvoor")],
    response: Response,
) -> OrigineelWeergave:
    origineel = originelen.read_origineel(ctx, actor, id, doel)
    response.headers["Cache-Control"] = "no-store"
    return OrigineelWeergave(titel=origineel.titel, tekst=origineel.tekst)
