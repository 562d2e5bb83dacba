# SPDX-License-Identifier: EUPL-1.2
"""Pages anyone may open: the accessibility statement."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import Response

from hartslag.adapters.web.bezoek import BezoekDep

router = APIRouter()


@router.get("/toegankelijkheid")
def accessibility_statement(bezoek: BezoekDep) -> Response:
    return bezoek.render("toegankelijkheid.html")
