# SPDX-License-Identifier: EUPL-1.2
"""Liveness and readiness."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import JSONResponse

from hartslag.adapters.api.afhankelijkheden import ContextDep
from hartslag.adapters.api.problemen import problem
from hartslag.adapters.opslag.database import is_current
from hartslag.bootstrap import engine_of

router = APIRouter(tags=["gezondheid"])


@router.get("/health", summary="Leeft de dienst?")
def health() -> dict[str, str]:
    return {"status": "ok"}


@router.get("/health/ready", summary="Is de database bereikbaar en bijgewerkt?")
def ready(ctx: ContextDep) -> JSONResponse:
    try:
        bijgewerkt = is_current(engine_of(ctx))
    except Exception:  # any driver error means: not ready
        return problem(503, "niet-gereed", "Niet gereed", "De database is niet bereikbaar.")
    if not bijgewerkt:
        return problem(
            503,
            "niet-gereed",
            "Niet gereed",
            "Het databaseschema is niet bijgewerkt: voer `hartslag db upgrade` uit.",
        )
    return JSONResponse({"status": "ok", "database": "bereikbaar"})
