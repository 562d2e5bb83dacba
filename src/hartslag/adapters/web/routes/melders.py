# SPDX-License-Identifier: EUPL-1.2
"""Public pages for reporters, without login: /status (the status of one signal with the
status code from the confirmation; nothing else leaks, rate-limited) and
/jullie-zeiden-wij-deden/{organisatie} (what an organisation did with what it heard)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path
from fastapi.responses import Response

from hartslag.adapters.api.terugkoppelingen import begrenzer
from hartslag.adapters.web.bezoek import Bezoek, BezoekDep
from hartslag.adapters.web.labels import N_
from hartslag.domein.fouten import NietGevonden
from hartslag.services import publiek, statuscodes

router = APIRouter()

TE_VAAK = N_("You have searched too often. Please try again in a minute.")
ONBEKEND = N_(
    "No report has this status code. Check the code in your confirmation, e.g. "
    "HS-2026-000123-ABCDE23456."
)
LEEG = N_("Fill in the status code from your confirmation.")


def _page(
    bezoek: Bezoek,
    *,
    code: str = "",
    fout: str | None = None,
    status: int = 200,
    info: statuscodes.Statusinformatie | None = None,
) -> Response:
    response = bezoek.render("status.html", status=status, code=code, fout=fout, info=info)
    response.headers["Cache-Control"] = "no-store"
    return response


@router.get("/status")
def status_form(bezoek: BezoekDep) -> Response:
    return _page(bezoek)


@router.post("/status")
async def look_up(bezoek: BezoekDep) -> Response:
    """The code travels in the body, never in an address (it would end up in histories and
    logs). The same limiter as the API's status lookup counts both doors together; an
    unknown code and a wrong check part give the same answer."""
    form = await bezoek.formulier()
    code = str(form.get("statuscode") or "").strip()[:60]
    client = bezoek.request.client.host if bezoek.request.client else "onbekend"
    if not begrenzer.allow(client, bezoek.opties.status_limiet):
        return _page(bezoek, code=code, fout=bezoek.gettext(TE_VAAK), status=429)
    if not code:
        return _page(bezoek, fout=bezoek.gettext(LEEG), status=400)
    try:
        info = statuscodes.lookup_status(bezoek.ctx, code)
    except NietGevonden:
        return _page(bezoek, code=code, fout=bezoek.gettext(ONBEKEND), status=404)
    return _page(bezoek, info=info)


@router.get("/jullie-zeiden-wij-deden/{organisatie}")
def you_said_we_did(
    organisatie: Annotated[str, Path(max_length=40)], bezoek: BezoekDep
) -> Response:
    overzicht = publiek.you_said_we_did(bezoek.ctx, organisatie)
    return bezoek.render(
        "jullie-zeiden-wij-deden.html", organisatie=organisatie, overzicht=overzicht
    )
