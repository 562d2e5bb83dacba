# SPDX-License-Identifier: EUPL-1.2
"""The network view (patterns over own and shared signals) and the register of data
flows, as JSON or CSV."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import asdict, fields
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from hartslag.adapters.api.afhankelijkheden import ActorDep, ContextDep
from hartslag.adapters.api.schemas import API_BASIS
from hartslag.adapters.api.signalen import FOUTEN
from hartslag.services import gegevensstromen, netwerkbeeld

router = APIRouter(prefix=API_BASIS, tags=["uitwisseling"], responses=FOUTEN)


def _camel(naam: str) -> str:
    eerste, *rest = naam.split("_")
    return eerste + "".join(d.title() for d in rest)


@router.get("/netwerkbeeld", summary="Patronen over eigen en gedeelde signalen, met aantallen")
async def network_view(ctx: ContextDep, actor: ActorDep) -> list[dict[str, Any]]:
    patronen = await run_in_threadpool(netwerkbeeld.network_view, ctx, actor)
    return [{_camel(k): v for k, v in asdict(p).items()} for p in patronen]


@router.get(
    "/uitwisseling/gegevensstromen",
    summary="Register van gegevensstromen: per partner, richting, afspraak en type, met volumes",
    responses={200: {"content": {"application/json": {}, "text/csv": {}}}},
)
def data_flows(
    ctx: ContextDep,
    actor: ActorDep,
    formaat: Annotated[Literal["json", "csv"], Query()] = "json",
) -> Response:
    rijen = gegevensstromen.data_flows(ctx, actor)
    if formaat == "json":
        return Response(json.dumps(register_records(rijen)), media_type="application/json")
    return Response(
        register_csv(rijen),
        media_type="text/csv; charset=utf-8",
        headers={"content-disposition": 'attachment; filename="gegevensstromen.csv"'},
    )


def register_records(rijen: list[gegevensstromen.Gegevensstroom]) -> list[dict[str, object]]:
    kolommen = [f.name for f in fields(gegevensstromen.Gegevensstroom)]
    return [{_camel(k): _text(getattr(r, k)) for k in kolommen} for r in rijen]


def register_csv(rijen: list[gegevensstromen.Gegevensstroom]) -> str:
    """The register as `;`-separated CSV (the API's export and the web page's)."""
    kolommen = [_camel(f.name) for f in fields(gegevensstromen.Gegevensstroom)]
    uit = io.StringIO()
    schrijver = csv.DictWriter(uit, fieldnames=kolommen, delimiter=";")
    schrijver.writeheader()
    schrijver.writerows(register_records(rijen))
    return uit.getvalue()


def _text(waarde: object) -> object:
    return waarde.isoformat() if hasattr(waarde, "isoformat") else waarde
