# SPDX-License-Identifier: EUPL-1.2
"""What people decide about a pattern, as forms on /patronen/{id}: rename and confirm,
merge, split, move signals, and turn it into a bottleneck dossier. The services check the
role; invalid input shows the page again with the message and the values typed."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from fastapi import APIRouter
from fastapi.responses import Response
from starlette.datastructures import FormData

from hartslag.adapters.web.bezoek import Bezoek, IngelogdDep
from hartslag.adapters.web.routes.patronen import build_page, render_page
from hartslag.domein.fouten import Conflict, GeenToegang, OngeldigeInvoer
from hartslag.services import knelpunten, patronen
from hartslag.services.knelpunten import NieuwKnelpunt

router = APIRouter()


def _tekst(form: FormData, naam: str) -> str:
    waarde = form.get(naam)
    return waarde.strip() if isinstance(waarde, str) else ""


def _reden(form: FormData) -> str | None:
    return _tekst(form, "reden") or None


def _id(waarde: str, veld: str) -> uuid.UUID:
    try:
        return uuid.UUID(waarde)
    except ValueError:
        raise OngeldigeInvoer(f"'{waarde}' is geen geldige verwijzing ({veld}).") from None


def _signalen(form: FormData) -> list[uuid.UUID]:
    gekozen = [w for w in form.getlist("signalen") if isinstance(w, str)]
    if not gekozen:
        raise OngeldigeInvoer("Kies eerst een of meer signalen in de lijst (vink ze aan).")
    return [_id(w, "signalen") for w in gekozen]


async def _handle(
    bezoek: Bezoek, patroon_id: uuid.UUID, actie: Callable[[FormData], str]
) -> Response:
    """Run ``actie`` (it returns where to go next); on bad input show the page again."""
    form = await bezoek.formulier()
    try:
        return bezoek.redirect(actie(form))
    except (OngeldigeInvoer, Conflict, GeenToegang) as fout:
        d = build_page(bezoek, patroon_id)
        # A refusal names itself: the role or the pattern's owner stands in the way.
        d.fout = f"{fout.titel}: {fout.detail}" if isinstance(fout, GeenToegang) else fout.detail
        d.waarden = {k: v for k, v in form.items() if isinstance(v, str) and k != "csrf"}
        return render_page(bezoek, d, status=fout.status)


@router.post("/patronen/{patroon_id}/wijzigen")
async def change(patroon_id: uuid.UUID, bezoek: IngelogdDep) -> Response:
    def actie(form: FormData) -> str:
        patronen.change_patroon(
            bezoek.ctx,
            bezoek.actor,
            patroon_id,
            titel=_tekst(form, "titel") or None,
            bevestigd=form.get("bevestigd") == "ja",
            reden=_reden(form),
        )
        return f"/patronen/{patroon_id}?melding=gewijzigd"

    return await _handle(bezoek, patroon_id, actie)


@router.post("/patronen/{patroon_id}/samenvoegen")
async def merge(patroon_id: uuid.UUID, bezoek: IngelogdDep) -> Response:
    def actie(form: FormData) -> str:
        ander = _tekst(form, "ander")
        if not ander:
            raise OngeldigeInvoer("Kies het patroon dat in dit patroon opgaat.")
        andere = [_id(ander, "ander")]
        patronen.merge_patronen(bezoek.ctx, bezoek.actor, patroon_id, andere, _reden(form))
        return f"/patronen/{patroon_id}?melding=samengevoegd"

    return await _handle(bezoek, patroon_id, actie)


@router.post("/patronen/{patroon_id}/splitsen")
async def split(patroon_id: uuid.UUID, bezoek: IngelogdDep) -> Response:
    def actie(form: FormData) -> str:
        signalen = _signalen(form)
        titel = _tekst(form, "nieuwe_titel")
        if not titel:
            raise OngeldigeInvoer("Geef het nieuwe patroon een titel.")
        nieuw = patronen.split_patroon(
            bezoek.ctx, bezoek.actor, patroon_id, signalen, titel, _reden(form)
        )
        return f"/patronen/{nieuw.id}?melding=gesplitst"

    return await _handle(bezoek, patroon_id, actie)


@router.post("/patronen/{patroon_id}/verplaatsen")
async def move(patroon_id: uuid.UUID, bezoek: IngelogdDep) -> Response:
    def actie(form: FormData) -> str:
        signalen = _signalen(form)
        naar = _tekst(form, "naar")
        if not naar:
            raise OngeldigeInvoer("Kies het patroon waar de signalen heen gaan.")
        doel = None if naar == "geen" else _id(naar, "naar")
        patronen.move_signalen(bezoek.ctx, bezoek.actor, signalen, doel, _reden(form))
        return f"/patronen/{patroon_id}?melding=verplaatst"

    return await _handle(bezoek, patroon_id, actie)


@router.post("/patronen/{patroon_id}/knelpunt")
async def to_bottleneck(patroon_id: uuid.UUID, bezoek: IngelogdDep) -> Response:
    def actie(form: FormData) -> str:
        patronen.get_patroon(bezoek.ctx, bezoek.actor, patroon_id)  # visible to the visitor
        nieuw = NieuwKnelpunt(
            titel=_tekst(form, "knelpunt_titel"),
            omschrijving=_tekst(form, "omschrijving"),
            patronen=(str(patroon_id),),
        )
        k = knelpunten.create_knelpunt(bezoek.ctx, bezoek.actor, nieuw)
        return f"/patronen/{patroon_id}?melding=knelpunt&knelpunt={k.id}#knelpunten"

    return await _handle(bezoek, patroon_id, actie)
