# SPDX-License-Identifier: EUPL-1.2
"""The exchange's public edge: the webhook that receives partners' events, and the JSON
Schema of every event type."""

from __future__ import annotations

import json
from typing import Annotated, Any

from fastapi import APIRouter, Path, Request
from fastapi.responses import JSONResponse
from pydantic import Field
from starlette.concurrency import run_in_threadpool

from hartslag.adapters.api.afhankelijkheden import ContextDep
from hartslag.adapters.api.problemen import TYPE_BASIS, without_personal_data
from hartslag.adapters.api.schemas import API_BASIS
from hartslag.adapters.uitwisseling import schemas
from hartslag.domein.fouten import HartslagFout, NietGevonden
from hartslag.domein.uitwisseling import MEDIATYPE_BATCH, Gebeurtenistype, OngeldigeGebeurtenis
from hartslag.domein.webhook import KOP_HANDTEKENING, KOP_ID, KOP_TIJDSTIP
from hartslag.services import batch_receipt, uitwisselingontvangst
from hartslag.services.invoer import Schema

router = APIRouter(prefix=API_BASIS)

PROBLEMEN: dict[int | str, dict[str, Any]] = {
    code: {"description": omschrijving, "content": {"application/problem+json": {}}}
    for code, omschrijving in (
        (400, "ongeldige-gebeurtenis (schema) of gebeurtenis-te-oud (tijdvenster)"),
        (401, "ongeldige-handtekening: onbekende afzender of handtekening klopt niet"),
        (403, "onbekende-deelafspraak: geen geldige afspraak dekt deze gebeurtenis"),
        (404, "Deze organisatie bestaat niet"),
    )
}


class Ontvangen(Schema):
    id: str
    status: str


class Uitkomst(Schema):
    id: str | None
    status: str = Field(description="verwerkt, al-ontvangen of geweigerd")
    probleem: dict[str, Any] | None = Field(
        None, description="Bij geweigerd: waarom, als problem+json (RFC 9457)"
    )


class Batchontvangst(Schema):
    verwerkt: int
    al_ontvangen: int
    geweigerd: int
    resultaten: list[Uitkomst] = Field(description="Eén per gebeurtenis, in volgorde")


def _parse(body: bytes, batch: bool) -> Any:
    try:
        inhoud = json.loads(body)
    except ValueError:
        raise OngeldigeGebeurtenis("De body is geen JSON (verwacht een CloudEvent).") from None
    if batch and not isinstance(inhoud, list):
        raise OngeldigeGebeurtenis(f"Verwacht bij {MEDIATYPE_BATCH} een JSON-array.")
    if not batch and not isinstance(inhoud, dict):
        raise OngeldigeGebeurtenis("Verwacht één CloudEvent als JSON-object.")
    return inhoud


def _problem(fout: HartslagFout) -> dict[str, Any]:
    probleem: dict[str, Any] = {
        "type": TYPE_BASIS + fout.code,
        "title": fout.titel,
        "status": fout.status,
        "detail": without_personal_data(fout.detail),
    }
    if fout.velden:
        probleem["invalidParams"] = [
            {"name": v.veld, "reason": without_personal_data(v.reden)} for v in fout.velden
        ]
    return probleem


def _batch_answer(uitkomsten: list[batch_receipt.Uitkomst]) -> dict[str, Any]:
    tel = {s: sum(u.status == s for u in uitkomsten) for s in ("verwerkt", "al-ontvangen")}
    return {
        "verwerkt": tel["verwerkt"],
        "alOntvangen": tel["al-ontvangen"],
        "geweigerd": len(uitkomsten) - sum(tel.values()),
        "resultaten": [
            {"id": u.id, "status": u.status}
            | ({"probleem": _problem(u.fout)} if u.fout is not None else {})
            for u in uitkomsten
        ],
    }


@router.post(
    "/organisaties/{code}/gebeurtenissen",
    response_model=Ontvangen | Batchontvangst,
    responses=PROBLEMEN,
    summary="Ontvang gebeurtenissen van een partner (webhook, CloudEvents JSON)",
    description=f"Ondertekend met de koppen `{KOP_ID}`, `{KOP_TIJDSTIP}` en "
    f"`{KOP_HANDTEKENING}` (zie docs/uitwisseling.md). Een gebeurtenis die al ontvangen "
    "was, geeft 200 met status `al-ontvangen` en wordt niet opnieuw verwerkt. Met "
    f"`content-type: {MEDIATYPE_BATCH}` is de body een JSON-array van gebeurtenissen "
    "(één handtekening over de hele body): het antwoord geeft per gebeurtenis `verwerkt`, "
    "`al-ontvangen` of `geweigerd` met het probleem, zodat één foute gebeurtenis de andere "
    "niet tegenhoudt.",
    tags=["uitwisseling"],
)
async def receive(
    request: Request, ctx: ContextDep, code: Annotated[str, Path(max_length=40)]
) -> JSONResponse:
    body = await request.body()
    soort = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if soort == MEDIATYPE_BATCH:
        uitkomsten = await run_in_threadpool(
            batch_receipt.receive_batch,
            ctx, code, request.headers, body, _parse(body, True), schemas.check,
        )  # fmt: skip
        return JSONResponse(_batch_answer(uitkomsten))
    event = _parse(body, False)
    ontvangst = await run_in_threadpool(
        uitwisselingontvangst.receive, ctx, code, request.headers, body, event, schemas.check
    )
    status = "verwerkt" if ontvangst.verwerkt else "al-ontvangen"
    return JSONResponse({"id": ontvangst.id, "status": status})


@router.get(
    "/uitwisseling/schemas",
    summary="De gebeurtenistypen met hun JSON Schema",
    tags=["uitwisseling"],
)
def list_schemas() -> dict[str, Any]:
    return {
        "gebeurtenistypen": [
            {"type": g.value, "schema": f"{API_BASIS}/uitwisseling/schemas/{g.kort}.json"}
            for g in Gebeurtenistype
        ]
    }


@router.get(
    "/uitwisseling/schemas/{naam}.json",
    summary="Het JSON Schema van één gebeurtenistype",
    responses={404: PROBLEMEN[404] | {"description": "Onbekend gebeurtenistype"}},
    tags=["uitwisseling"],
)
def get_schema(naam: Annotated[str, Path(max_length=60)]) -> JSONResponse:
    type = schemas.by_short_name(naam)
    if type is None:
        raise NietGevonden(f"Onbekend gebeurtenistype; zie {API_BASIS}/uitwisseling/schemas.")
    return JSONResponse(schemas.schema(type), media_type="application/schema+json")
