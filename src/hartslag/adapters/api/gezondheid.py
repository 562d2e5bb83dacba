# SPDX-License-Identifier: EUPL-1.2
"""Liveness and readiness."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends
from fastapi.responses import JSONResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from hartslag.adapters.api.afhankelijkheden import ContextDep
from hartslag.adapters.api.problemen import problem
from hartslag.adapters.opslag.database import check_writable, is_current
from hartslag.bootstrap import engine_of
from hartslag.domein.actor import Actor
from hartslag.domein.fouten import HartslagFout
from hartslag.domein.rechten import Actie, mag
from hartslag.services.auditketen import Ketencontrole, verify_own_chain
from hartslag.services.beheer import authenticate
from hartslag.services.context import Context

_bearer = HTTPBearer(auto_error=False)

router = APIRouter(tags=["gezondheid"])


@router.get("/health", summary="Leeft de dienst?")
def health() -> dict[str, str]:
    return {"status": "ok"}


@router.get(
    "/health/ready",
    summary="Is de database bereikbaar, bijgewerkt en neemt ze wijzigingen aan? (met een "
    "beheerderstoken ook: is de audittrail van de organisatie heel?)",
    # The token is optional here (a probe sends none): OpenAPI says so with {} (FastAPI
    # adds it to the bearer scheme already listed).
    openapi_extra={"security": [{}]},
)
def ready(
    ctx: ContextDep,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> JSONResponse:
    try:
        bijgewerkt = is_current(engine_of(ctx))
    except Exception:  # any driver error means: not ready
        return problem(503, "niet-gereed", "Niet gereed", "De database is niet bereikbaar.")
    if bijgewerkt:
        try:
            check_writable(engine_of(ctx))
        except Exception:  # locked, read-only, or gone: it cannot take the next signal
            return problem(
                503,
                "niet-gereed",
                "Niet gereed",
                "De database neemt nu geen wijzigingen aan (bezet of alleen-lezen).",
            )
    if not bijgewerkt:
        return problem(
            503,
            "niet-gereed",
            "Niet gereed",
            "Het databaseschema is niet bijgewerkt: voer `hartslag db upgrade` uit.",
        )
    antwoord: dict[str, object] = {"status": "ok", "database": "bereikbaar"}
    actor = _administrator(ctx, credentials)
    if actor is not None:
        antwoord["auditketen"] = _chain_detail(verify_own_chain(ctx, actor))
    return JSONResponse(antwoord)


def _administrator(ctx: Context, credentials: HTTPAuthorizationCredentials | None) -> Actor | None:
    """The caller when an administrator's token came along; readiness itself is public."""
    if credentials is None:
        return None
    try:
        actor = authenticate(ctx, credentials.credentials)
    except HartslagFout:
        return None
    return actor if mag(actor.rol, Actie.PRIVACY_BEHEREN) else None


def _chain_detail(controle: Ketencontrole) -> dict[str, object]:
    if controle.heel:
        return {"status": "heel", "records": controle.records}
    breuk = controle.breuken[0]
    return {"status": "gebroken", "record": breuk.record_id, "reden": breuk.reden}
