# SPDX-License-Identifier: EUPL-1.2
"""/ : the start page for the logged-in role (what needs me today). ``Accept:
application/json`` keeps answering the API way."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response

from hartslag.adapters.api.problemen import problem
from hartslag.adapters.web.bezoek import BezoekDep, InloggenNodig
from hartslag.services import werkvoorraad

router = APIRouter()


def _wil_json(request: Request) -> bool:
    accept = request.headers.get("accept", "")
    return "json" in accept and "text/html" not in accept


@router.get("/")
def start(request: Request, bezoek: BezoekDep) -> Response:
    if _wil_json(request):
        return problem(
            404,
            "niet-gevonden",
            "Niet gevonden",
            "De API staat onder /api/v1; het OpenAPI-document is /api/v1/openapi.json.",
            instance="/",
        )
    if bezoek.gebruiker is None:
        raise InloggenNodig("/")
    w = werkvoorraad.for_actor(bezoek.ctx, bezoek.actor)
    return bezoek.render("start.html", w=w, nu=bezoek.ctx.clock.now())
