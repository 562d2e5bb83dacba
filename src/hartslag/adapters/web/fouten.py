# SPDX-License-Identifier: EUPL-1.2
"""Errors on pages: a Dutch (or English) page with what went wrong and what to do, never a
traceback; a page that needs a login sends the visitor to /inloggen and back afterwards."""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import RedirectResponse, Response
from starlette.exceptions import HTTPException

from hartslag.adapters.api.problemen import problem
from hartslag.adapters.web.bezoek import CsrfOngeldig, InloggenNodig, bezoek, login_url
from hartslag.adapters.web.labels import N_
from hartslag.domein.fouten import HartslagFout

TITELS = {
    400: N_("The input is not valid"),
    401: N_("Please log in"),
    403: N_("No access"),
    404: N_("Page not found"),
    405: N_("This is not possible here"),
    409: N_("This conflicts with the current state"),
    413: N_("The file is too large"),
    429: N_("Too many attempts"),
}
DETAILS = {
    403: N_("Your role may not do this. Ask an administrator of your organisation if you need it."),
    404: N_("This page does not exist, or it is not visible to your organisation."),
    405: N_("This page cannot be used this way. Go back and use the form."),
}
VERLOPEN = N_(
    "The form had expired or did not come from this site. Nothing was saved; please try again."
)


def _pagina(request: Request, status: int, detail: str | None) -> Response:
    b = bezoek(request)
    titel = b.gettext(TITELS.get(status, N_("Something went wrong")))
    tekst = detail or b.gettext(DETAILS.get(status, N_("Please try again.")))
    return b.render("fout.html", status=status, titel=titel, detail=tekst)


def _api_pad(request: Request) -> bool:
    return request.url.path.startswith("/api/")


async def _domein(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HartslagFout)
    detail = None if exc.status in (403, 404) else exc.detail
    return _pagina(request, exc.status, detail)


async def _http(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    if _api_pad(request):
        # An /api path no API route matched: answer the API way.
        return problem(
            exc.status_code,
            "niet-gevonden" if exc.status_code == 404 else "http-fout",
            "Niet gevonden" if exc.status_code == 404 else "Fout",
            "Deze URL bestaat niet (let op: geen '/' aan het eind).",
            instance=request.url.path,
        )
    return _pagina(request, exc.status_code, None)


async def _validatie(request: Request, exc: Exception) -> Response:
    b = bezoek(request)
    return _pagina(request, 400, b.gettext(N_("Some values in the address are not valid.")))


async def _inloggen(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, InloggenNodig)
    return RedirectResponse(login_url(exc.volgende), status_code=303)


async def _csrf(request: Request, exc: Exception) -> Response:
    b = bezoek(request)
    return _pagina(request, 403, b.gettext(VERLOPEN))


def install(web: FastAPI) -> None:
    web.add_exception_handler(HartslagFout, _domein)
    web.add_exception_handler(HTTPException, _http)
    web.add_exception_handler(RequestValidationError, _validatie)
    web.add_exception_handler(InloggenNodig, _inloggen)
    web.add_exception_handler(CsrfOngeldig, _csrf)
