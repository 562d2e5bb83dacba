# SPDX-License-Identifier: EUPL-1.2
"""Static files from this server only: the committed NL Design System CSS, our own CSS and
script, and optionally an organisation's own theme tokens."""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import FileResponse

STATIC = Path(__file__).parents[1] / "static"

router = APIRouter()


@router.get("/static/thema.css")
def theme_css(request: Request) -> FileResponse:
    pad: Path | None = request.app.state.opties.thema_css
    if pad is None or not pad.is_file():
        raise HTTPException(404)
    return FileResponse(pad, media_type="text/css")
