# SPDX-License-Identifier: EUPL-1.2
"""/beheer: accounts and roles, themes in use, the escalation route, privacy settings."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from fastapi.responses import Response
from starlette.datastructures import FormData

from hartslag.adapters.web.bezoek import Bezoek, IngelogdDep
from hartslag.adapters.web.labels import N_
from hartslag.domein.fouten import HartslagFout, OngeldigeInvoer
from hartslag.domein.opschaling import Opschalingsniveau, Opschalingsroute
from hartslag.domein.rechten import Actie, vereis
from hartslag.domein.vocabulaire import Rol
from hartslag.services import accounts, opschaling, privacyinstellingen, themas

router = APIRouter()
OPGESLAGEN = N_("Saved.")
GEEN_GETAL = N_("Fill in a whole number of days.")


def _pagina(bezoek: Bezoek, status: int = 200, **extra: Any) -> Response:
    vereis(bezoek.actor.rol, Actie.ACCOUNTS_BEHEREN)
    actor = bezoek.actor
    context: dict[str, Any] = {
        "accounts": accounts.list_accounts_for(bezoek.ctx, actor),
        "rollen": list(Rol),
        "themas": themas.themes_in_use(bezoek.ctx, actor),
        "route": opschaling.get_route(bezoek.ctx, actor),
        "privacy": privacyinstellingen.show_settings_for(bezoek.ctx, actor),
        "fouten": {},
        "melding": None,
        "invoer": {},
    }
    context.update(extra)
    return bezoek.render("beheer.html", status=status, **context)


@router.get("/beheer")
def admin_page(bezoek: IngelogdDep, opgeslagen: str | None = None) -> Response:
    melding = bezoek.gettext(OPGESLAGEN) if opgeslagen else None
    return _pagina(bezoek, melding=melding)


@router.post("/beheer/accounts")
async def create_account(bezoek: IngelogdDep) -> Response:
    form = await bezoek.formulier()
    invoer = {k: str(form.get(k) or "") for k in ("email", "rol")}
    try:
        rol = Rol(invoer["rol"])
        accounts.create_account_for(
            bezoek.ctx, bezoek.actor, invoer["email"], rol, str(form.get("wachtwoord") or "")
        )
    except ValueError:
        return _fout(bezoek, "accounts", bezoek.gettext(N_("Choose a role.")), invoer)
    except HartslagFout as fout:
        return _fout(bezoek, "accounts", fout.detail, invoer)
    return bezoek.redirect("/beheer?opgeslagen=accounts#accounts")


@router.post("/beheer/accounts/{account_id}/uitschakelen")
async def disable_account(account_id: int, bezoek: IngelogdDep) -> Response:
    await bezoek.formulier()
    try:
        accounts.disable_account_for(bezoek.ctx, bezoek.actor, account_id)
    except HartslagFout as fout:
        if fout.status == 404:
            raise
        return _fout(bezoek, "accounts", fout.detail, {})
    return bezoek.redirect("/beheer?opgeslagen=accounts#accounts")


def _dagen(form: FormData, veld: str, bezoek: Bezoek) -> int:
    waarde = str(form.get(veld) or "").strip()
    if not waarde.isdigit():
        raise OngeldigeInvoer(bezoek.gettext(GEEN_GETAL))
    return int(waarde)


@router.post("/beheer/privacy")
async def privacy_settings(bezoek: IngelogdDep) -> Response:
    form = await bezoek.formulier()
    try:
        privacyinstellingen.change_settings_for(
            bezoek.ctx,
            bezoek.actor,
            originelen_bewaren=form.get("originelen") == "ja",
            contact_dagen=_dagen(form, "contact_dagen", bezoek),
            origineel_dagen=_dagen(form, "origineel_dagen", bezoek),
            signaal_dagen=_dagen(form, "signaal_dagen", bezoek),
        )
    except HartslagFout as fout:
        return _fout(bezoek, "privacy", fout.detail, {})
    return bezoek.redirect("/beheer?opgeslagen=privacy#privacy")


@router.post("/beheer/opschalingsroute")
async def escalation_route(bezoek: IngelogdDep) -> Response:
    form = await bezoek.formulier()
    huidig = opschaling.get_route(bezoek.ctx, bezoek.actor)
    niveaus = []
    try:
        for i in range(len(huidig.niveaus) + 1):
            naam = str(form.get(f"niveau-{i}-naam") or "").strip()
            if not naam:
                continue
            oud = huidig.niveaus[i].leden if i < len(huidig.niveaus) else ()
            niveaus.append(Opschalingsniveau(naam, _dagen(form, f"niveau-{i}-dagen", bezoek), oud))
        route = Opschalingsroute(bezoek.actor.organisatie, tuple(niveaus), huidig.streefdagen)
        opschaling.set_route(bezoek.ctx, bezoek.actor, route)
    except HartslagFout as fout:
        return _fout(bezoek, "opschalingsroute", fout.detail, {})
    return bezoek.redirect("/beheer?opgeslagen=route#opschalingsroute")


def _fout(bezoek: Bezoek, sectie: str, melding: str, invoer: dict[str, str]) -> Response:
    return _pagina(bezoek, status=400, fouten={sectie: melding}, invoer=invoer)
