# SPDX-License-Identifier: EUPL-1.2
"""Pages anyone may open: the accessibility statement and the API reference."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import Response

from hartslag.adapters.web.bezoek import BezoekDep

router = APIRouter()


@router.get("/toegankelijkheid")
def accessibility_statement(bezoek: BezoekDep) -> Response:
    return bezoek.render("toegankelijkheid.html")


@router.get("/api/v1/docs")
def api_reference(bezoek: BezoekDep) -> Response:
    """Swagger UI from committed files (nothing from another host) on /api/v1/openapi.json."""
    return bezoek.render("api-docs.html")
