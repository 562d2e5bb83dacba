# SPDX-License-Identifier: EUPL-1.2
"""One request as the pages see it: who is logged in, in which language, the CSRF token,
and rendering. Pages depend on ``BezoekDep`` (anyone) or ``IngelogdDep`` (logged in)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Annotated, Any
from urllib.parse import quote

from fastapi import Depends, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.datastructures import FormData

from hartslag.adapters.web import i18n
from hartslag.adapters.web.csrf import BEZOEKER_COOKIE, Csrf, new_visitor_id
from hartslag.adapters.web.opties import WebOpties
from hartslag.adapters.web.sjablonen import environment
from hartslag.domein.actor import Actor
from hartslag.domein.rechten import Actie, mag
from hartslag.services import accounts
from hartslag.services.accountpoorten import Gebruiker
from hartslag.services.context import Context

SESSIE_COOKIE = "hartslag_sessie"
TAAL_COOKIE = "hartslag_taal"


class InloggenNodig(Exception):
    """A page that needs a login was asked for without one: go to /inloggen."""

    def __init__(self, volgende: str) -> None:
        super().__init__(volgende)
        self.volgende = volgende


class CsrfOngeldig(Exception):
    """A form came back without a valid CSRF token (expired, or posted from elsewhere)."""


@dataclass
class Bezoek:
    request: Request
    ctx: Context
    opties: WebOpties
    taal: str
    gebruiker: Gebruiker | None
    sessie_token: str | None
    bezoeker_id: str
    nieuwe_bezoeker: bool
    cookies: list[tuple[str, str, int | None]] = field(default_factory=list)

    @property
    def actor(self) -> Actor:
        if self.gebruiker is None:
            raise InloggenNodig(self.request.url.path)
        return self.gebruiker.actor

    def gettext(self, bericht: str) -> str:
        return i18n.translations(self.taal).gettext(bericht)

    def mag(self, actie: Actie | str) -> bool:
        return self.gebruiker is not None and mag(self.gebruiker.rol, Actie(actie))

    @property
    def csrf_binding(self) -> str:
        return self.sessie_token or self.bezoeker_id

    def csrf_token(self) -> str:
        return Csrf(self.opties.csrf_sleutel).token(self.csrf_binding)

    async def formulier(self) -> FormData:
        """The posted form, after checking its CSRF token."""
        form = await self.request.form()
        token = form.get("csrf")
        if not Csrf(self.opties.csrf_sleutel).valid(
            token if isinstance(token, str) else None, self.csrf_binding
        ):
            raise CsrfOngeldig()
        return form

    def render(self, sjabloon: str, status: int = 200, **context: Any) -> HTMLResponse:
        html = environment(self.taal).get_template(sjabloon).render(bezoek=self, **context)
        response = HTMLResponse(html, status_code=status)
        self.finish(response)
        return response

    def redirect(self, pad: str) -> RedirectResponse:
        """After a successful POST: 303 See Other, so a reload does not post again."""
        response = RedirectResponse(pad, status_code=303)
        self.finish(response)
        return response

    def finish(self, response: Response) -> Response:
        secure = self.request.url.scheme == "https"
        if self.nieuwe_bezoeker:
            response.set_cookie(
                BEZOEKER_COOKIE, self.bezoeker_id, httponly=True, samesite="lax", secure=secure
            )
        for naam, waarde, leeftijd in self.cookies:
            response.set_cookie(
                naam, waarde, max_age=leeftijd, httponly=True, samesite="lax", secure=secure
            )
        return response


def _context(request: Request) -> Context:
    ctx: Context = request.app.state.hoofd.state.context
    return ctx


def bezoek(request: Request) -> Bezoek:
    ctx = _context(request)
    token = request.cookies.get(SESSIE_COOKIE)
    gebruiker = accounts.session_user(ctx, token)
    bezoeker = request.cookies.get(BEZOEKER_COOKIE)
    taal = i18n.choose(
        gebruiker.taal if gebruiker else None,
        request.cookies.get(TAAL_COOKIE),
        request.headers.get("accept-language"),
    )
    return Bezoek(
        request=request,
        ctx=ctx,
        opties=request.app.state.opties,
        taal=taal,
        gebruiker=gebruiker,
        sessie_token=token if gebruiker else None,
        bezoeker_id=bezoeker or new_visitor_id(),
        nieuwe_bezoeker=bezoeker is None,
    )


def ingelogd(b: Annotated[Bezoek, Depends(bezoek)]) -> Bezoek:
    if b.gebruiker is None:
        pad = b.request.url.path
        if b.request.url.query:
            pad += "?" + b.request.url.query
        raise InloggenNodig(pad)
    return b


def login_url(volgende: str) -> str:
    return "/inloggen?volgende=" + quote(volgende, safe="/")


BezoekDep = Annotated[Bezoek, Depends(bezoek)]
IngelogdDep = Annotated[Bezoek, Depends(ingelogd)]
