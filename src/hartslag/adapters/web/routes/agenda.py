# SPDX-License-Identifier: EUPL-1.2
"""/agenda: the organisation's calendar of agenda moments (decision moments to time a
bottleneck letter for), with the bottlenecks aimed at each; add a moment or the default
calendar of a year; /agenda/{id}: change or remove one moment."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from itertools import groupby
from typing import Any

from babel.dates import format_date
from fastapi import APIRouter
from fastapi.responses import Response

from hartslag.adapters.web.bezoek import Bezoek, IngelogdDep
from hartslag.adapters.web.formvelden import NEDERLAND, Velden
from hartslag.adapters.web.labels import N_
from hartslag.domein.fouten import HartslagFout, OngeldigeInvoer
from hartslag.services import agendering
from hartslag.services.agendering import NieuwMoment

router = APIRouter()

PAD = "/agenda/{moment_id:uuid}"
GELUKT = {
    "toegevoegd": N_("The agenda moment was added."),
    "standaard": N_("The default moments of that year were added (those the calendar lacked)."),
    "gewijzigd": N_("The agenda moment was saved."),
    "verwijderd": N_("The agenda moment was removed from the calendar."),
}


def _vandaag(bezoek: Bezoek) -> date:
    return bezoek.ctx.clock.now().astimezone(NEDERLAND).date()


def _kalender(
    bezoek: Bezoek,
    alles: bool,
    *,
    formulier: str | None = None,
    fout: str | None = None,
    waarden: dict[str, str] | None = None,
    status: int = 200,
    gelukt: str | None = None,
) -> Response:
    vandaag = _vandaag(bezoek)
    momenten = agendering.list_momenten(bezoek.ctx, bezoek.actor, None if alles else vandaag)
    per_jaar = [
        (jaar, list(groep))
        for jaar, groep in groupby(momenten, lambda m: m.moment.indiendeadline.year)
    ]
    return bezoek.render(
        "agenda.html",
        status=status,
        per_jaar=per_jaar,
        aantal=len(momenten),
        alles=alles,
        vandaag=vandaag,
        maandnaam=lambda d: format_date(d, "MMM", locale=bezoek.taal),
        formulier=formulier,
        fout=fout,
        waarden=waarden or {},
        gelukt=bezoek.gettext(GELUKT[gelukt]) if gelukt in GELUKT else None,
    )


@router.get("/agenda")
def calendar(bezoek: IngelogdDep, alles: bool = False, gelukt: str | None = None) -> Response:
    return _kalender(bezoek, alles, gelukt=gelukt)


async def _verwerk(
    bezoek: Bezoek,
    formulier: str,
    actie: Callable[[Velden], str],
    fout_pagina: Callable[..., Response],
) -> Response:
    v = Velden(await bezoek.formulier(), bezoek.gettext)
    try:
        pad = actie(v)
    except HartslagFout as fout:
        if fout.status not in (400, 403, 409):
            raise
        return fout_pagina(
            formulier=formulier, fout=fout.detail, waarden=v.waarden(), status=fout.status
        )
    return bezoek.redirect(pad)


def _herinneringen(v: Velden) -> tuple[int, ...]:
    dagen = []
    for deel in v.regels("herinneringen", N_("Reminders"), 20):
        if not deel.isdigit():
            raise OngeldigeInvoer(
                v.gettext("Reminders: give numbers of days before the deadline, such as 14, 3.")
            )
        dagen.append(int(deel))
    return tuple(dagen)


def _moment(v: Velden) -> dict[str, Any]:
    return {
        "naam": v.tekst("naam", N_("Name"), 200),
        "datum": v.verplichte_datum("datum", N_("Date of the moment")),
        "indiendeadline": v.verplichte_datum("indiendeadline", N_("Submission deadline")),
        "herinneringen": _herinneringen(v),
        "omschrijving": v.optioneel("omschrijving", N_("Description"), 2000),
        "emailadressen": v.regels("emailadressen", N_("E-mail addresses for reminders"), 320),
    }


@router.post("/agenda/nieuw")
async def add(bezoek: IngelogdDep) -> Response:
    def voeg_toe(v: Velden) -> str:
        agendering.create_moment(bezoek.ctx, bezoek.actor, NieuwMoment(**_moment(v)))
        return "/agenda?gelukt=toegevoegd"

    return await _verwerk(bezoek, "nieuw", voeg_toe, lambda **kw: _kalender(bezoek, False, **kw))


@router.post("/agenda/standaardkalender")
async def add_defaults(bezoek: IngelogdDep) -> Response:
    def standaard(v: Velden) -> str:
        jaar = v.getal("jaar", N_("Year"))
        if jaar is None:
            raise OngeldigeInvoer(v.gettext("Year: please fill this in."))
        agendering.add_default_calendar(bezoek.ctx, bezoek.actor, jaar)
        return "/agenda?gelukt=standaard"

    return await _verwerk(
        bezoek, "standaard", standaard, lambda **kw: _kalender(bezoek, False, **kw)
    )


def _momentpagina(
    bezoek: Bezoek,
    moment_id: uuid.UUID,
    *,
    formulier: str | None = None,
    fout: str | None = None,
    waarden: dict[str, str] | None = None,
    status: int = 200,
    gelukt: str | None = None,
) -> Response:
    mk = agendering.get_moment(bezoek.ctx, bezoek.actor, moment_id)
    return bezoek.render(
        "agendamoment.html",
        status=status,
        m=mk.moment,
        knelpunten=mk.knelpunten,
        vandaag=_vandaag(bezoek),
        formulier=formulier,
        fout=fout,
        waarden=waarden or {},
        gelukt=bezoek.gettext(GELUKT[gelukt]) if gelukt in GELUKT else None,
    )


@router.get(PAD)
def show(bezoek: IngelogdDep, moment_id: uuid.UUID, gelukt: str | None = None) -> Response:
    return _momentpagina(bezoek, moment_id, gelukt=gelukt)


@router.post(PAD)
async def change(bezoek: IngelogdDep, moment_id: uuid.UUID) -> Response:
    def wijzig(v: Velden) -> str:
        agendering.change_moment(bezoek.ctx, bezoek.actor, moment_id, _moment(v))
        return f"/agenda/{moment_id}?gelukt=gewijzigd"

    return await _verwerk(
        bezoek, "wijzigen", wijzig, lambda **kw: _momentpagina(bezoek, moment_id, **kw)
    )


@router.post(PAD + "/verwijderen")
async def remove(bezoek: IngelogdDep, moment_id: uuid.UUID) -> Response:
    def verwijder(v: Velden) -> str:
        agendering.delete_moment(bezoek.ctx, bezoek.actor, moment_id)
        return "/agenda?gelukt=verwijderd"

    return await _verwerk(
        bezoek, "verwijderen", verwijder, lambda **kw: _momentpagina(bezoek, moment_id, **kw)
    )
