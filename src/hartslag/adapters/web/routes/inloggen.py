# SPDX-License-Identifier: EUPL-1.2
"""/inloggen, /uitloggen and the language switch."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import Response

from hartslag.adapters.web import i18n
from hartslag.adapters.web.bezoek import SESSIE_COOKIE, TAAL_COOKIE, BezoekDep
from hartslag.domein.fouten import AccountGeblokkeerd, NietGeauthenticeerd
from hartslag.services import accounts

router = APIRouter()


def _veilig(volgende: str | None) -> str:
    """Only paths on this site: an address from a link must not send anyone elsewhere."""
    if not volgende or not volgende.startswith("/") or volgende.startswith("//"):
        return "/"
    if "\\" in volgende or volgende.startswith("/inloggen"):
        return "/"
    return volgende


@router.get("/inloggen")
def login_form(bezoek: BezoekDep, volgende: str = "/") -> Response:
    if bezoek.gebruiker is not None:
        return bezoek.redirect(_veilig(volgende))
    return bezoek.render("inloggen.html", volgende=_veilig(volgende), email="", fout=None)


@router.post("/inloggen")
async def login(bezoek: BezoekDep) -> Response:
    form = await bezoek.formulier()
    email = str(form.get("email") or "")
    volgende = _veilig(str(form.get("volgende") or "/"))
    try:
        sessie = accounts.log_in(bezoek.ctx, email, str(form.get("wachtwoord") or ""))
    except (NietGeauthenticeerd, AccountGeblokkeerd) as fout:
        melding = (
            bezoek.gettext("The e-mail address or the password is not correct.")
            if isinstance(fout, NietGeauthenticeerd)
            else fout.detail
        )
        status = 429 if isinstance(fout, AccountGeblokkeerd) else 401
        return bezoek.render(
            "inloggen.html", status=status, volgende=volgende, email=email, fout=melding
        )
    bezoek.cookies.append((SESSIE_COOKIE, sessie.token, bezoek.ctx.sessie_uren * 3600))
    return bezoek.redirect(volgende)


@router.get("/uitloggen")
def logout_page(bezoek: BezoekDep) -> Response:
    if bezoek.gebruiker is None:
        return bezoek.redirect("/inloggen")
    return bezoek.render("uitloggen.html")


@router.post("/uitloggen")
async def logout(bezoek: BezoekDep) -> Response:
    await bezoek.formulier()
    if bezoek.sessie_token:
        accounts.log_out(bezoek.ctx, bezoek.sessie_token)
    response = bezoek.redirect("/inloggen")
    response.delete_cookie(SESSIE_COOKIE)
    return response


@router.post("/taal")
async def choose_language(bezoek: BezoekDep) -> Response:
    form = await bezoek.formulier()
    taal = str(form.get("taal") or "")
    if taal in i18n.TALEN:
        if bezoek.gebruiker is not None:
            accounts.set_taal(bezoek.ctx, bezoek.gebruiker, taal)
        bezoek.cookies.append((TAAL_COOKIE, taal, 365 * 24 * 3600))
    return bezoek.redirect(_veilig(str(form.get("terug") or "/")))
