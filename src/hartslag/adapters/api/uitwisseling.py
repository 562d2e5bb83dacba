# SPDX-License-Identifier: EUPL-1.2
"""The exchange's public edge: the webhook that receives partners' events, and the JSON
Schema of every event type."""

from __future__ import annotations

import json
from typing import Annotated, Any

from fastapi import APIRouter, Path, Request
from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool

from hartslag.adapters.api.afhankelijkheden import ContextDep
from hartslag.adapters.api.schemas import API_BASIS
from hartslag.adapters.uitwisseling import schemas
from hartslag.domein.fouten import NietGevonden
from hartslag.domein.uitwisseling import Gebeurtenistype, OngeldigeGebeurtenis
from hartslag.domein.webhook import KOP_HANDTEKENING, KOP_ID, KOP_TIJDSTIP
from hartslag.services import uitwisselingontvangst
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


def _parse(body: bytes) -> dict[str, Any]:
    try:
        event = json.loads(body)
    except ValueError:
        raise OngeldigeGebeurtenis("De body is geen JSON (verwacht een CloudEvent).") from None
    if not isinstance(event, dict):
        raise OngeldigeGebeurtenis("Verwacht één CloudEvent als JSON-object.")
    return event


@router.post(
    "/organisaties/{code}/gebeurtenissen",
    response_model=Ontvangen,
    responses=PROBLEMEN,
    summary="Ontvang een gebeurtenis van een partner (webhook, CloudEvents JSON)",
    description=f"Ondertekend met de koppen `{KOP_ID}`, `{KOP_TIJDSTIP}` en "
    f"`{KOP_HANDTEKENING}` (zie docs/uitwisseling.md). Een gebeurtenis die al ontvangen "
    "was, geeft 200 met status `al-ontvangen` en wordt niet opnieuw verwerkt.",
    tags=["uitwisseling"],
)
async def receive(
    request: Request, ctx: ContextDep, code: Annotated[str, Path(max_length=40)]
) -> JSONResponse:
    body = await request.body()
    event = _parse(body)
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
