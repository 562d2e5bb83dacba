# SPDX-License-Identifier: EUPL-1.2
"""/duidingssessies: the organisation's sensemaking sessions, planning one, and a session's
page: participants, the agenda with the dossiers it discusses, conclusions and agreed
actions, and recording it (which turns every agreed action into an action on its dossier).
The edits of a draft are in ``sessiewerk``."""

from __future__ import annotations

import uuid
from typing import Any

from fastapi import APIRouter
from fastapi.responses import Response

from hartslag.adapters.web.bezoek import Bezoek, IngelogdDep
from hartslag.adapters.web.formvelden import NEDERLAND, Velden
from hartslag.adapters.web.labels import N_
from hartslag.domein.duiding import Deelnemersoort, Sessiestatus
from hartslag.domein.fouten import GeenToegang, HartslagFout, OngeldigeInvoer
from hartslag.services import duidingssessies, knelpunten
from hartslag.services.duidingssessies import NieuweSessie

router = APIRouter()

PAD = "/duidingssessies/{sessie_id:uuid}"
GELUKT = {
    "gepland": N_(
        "The session was planned. Add participants, dossiers and, afterwards, its conclusions."
    ),
    "gewijzigd": N_("The session was saved."),
    "vastgelegd": N_(
        "The session was recorded: every agreed action is now an action on its dossier."
    ),
}


@router.get("/duidingssessies")
def list_sessions(bezoek: IngelogdDep, status: str = "") -> Response:
    gekozen = Sessiestatus(status) if status in Sessiestatus.__members__.values() else None
    sessies = duidingssessies.list_sessies(bezoek.ctx, bezoek.actor, status=gekozen)
    return bezoek.render(
        "duidingssessies.html",
        sessies=sessies,
        statussen=list(Sessiestatus),
        gekozen=gekozen.value if gekozen else "",
    )


def _plan_formulier(
    bezoek: Bezoek, waarden: dict[str, Any], fout: str | None, status: int = 200
) -> Response:
    open_ = [k for k in knelpunten.list_knelpunten(bezoek.ctx, bezoek.actor) if k.is_open]
    return bezoek.render(
        "duidingssessie_nieuw.html",
        status=status,
        waarden=waarden,
        fout=fout,
        knelpunten=sorted(open_, key=lambda k: k.titel.casefold()),
    )


@router.get("/duidingssessies/nieuw")
def plan_form(bezoek: IngelogdDep, knelpunt: uuid.UUID | None = None) -> Response:
    if not bezoek.mag("duiding.beheren"):
        raise GeenToegang("duiding.beheren")
    return _plan_formulier(bezoek, {"knelpunten": [str(knelpunt)] if knelpunt else []}, None)


@router.post("/duidingssessies/nieuw")
async def plan(bezoek: IngelogdDep) -> Response:
    form = await bezoek.formulier()
    v = Velden(form, bezoek.gettext)
    try:
        datum = v.tijdstip("datum", "tijd", N_("Date"))
        if datum is None:
            raise OngeldigeInvoer(bezoek.gettext("Give the date of the session."))
        nieuw = NieuweSessie(
            titel=v.tekst("titel", N_("Title"), 300),
            datum=datum,
            knelpunten=v.ids("knelpunten", N_("Bottlenecks to discuss")),
        )
        s = duidingssessies.create_sessie(bezoek.ctx, bezoek.actor, nieuw)
    except HartslagFout as fout:
        if fout.status not in (400, 409):
            raise
        waarden: dict[str, Any] = {**v.waarden(), "knelpunten": form.getlist("knelpunten")}
        return _plan_formulier(bezoek, waarden, fout.detail, status=fout.status)
    return bezoek.redirect(f"/duidingssessies/{s.id}?gelukt=gepland")


def toon(
    bezoek: Bezoek,
    sessie_id: uuid.UUID,
    *,
    formulier: str | None = None,
    fout: str | None = None,
    waarden: dict[str, str] | None = None,
    status: int = 200,
    gelukt: str | None = None,
) -> Response:
    agenda = duidingssessies.prepare(bezoek.ctx, bezoek.actor, sessie_id)
    s = agenda.sessie
    bewerkbaar = s.status == Sessiestatus.GEPLAND and bezoek.mag("duiding.beheren")
    kandidaten = []
    if bewerkbaar:
        kandidaten = sorted(
            (
                k
                for k in knelpunten.list_knelpunten(bezoek.ctx, bezoek.actor)
                if k.is_open and k.id not in s.knelpunten
            ),
            key=lambda k: k.titel.casefold(),
        )
    historie = None
    if bezoek.mag("historie.lezen"):
        historie = duidingssessies.historie(bezoek.ctx, bezoek.actor, sessie_id)
    lokaal = s.datum.astimezone(NEDERLAND)
    return bezoek.render(
        "duidingssessie.html",
        status=status,
        s=s,
        datum_invoer=f"{lokaal:%Y-%m-%d}",
        tijd_invoer=f"{lokaal:%H:%M}",
        punten=agenda.punten,
        titels={p.knelpunt.id: p.knelpunt.titel for p in agenda.punten},
        bewerkbaar=bewerkbaar,
        kandidaten=kandidaten,
        soorten=list(Deelnemersoort),
        historie=historie,
        formulier=formulier,
        fout=fout,
        waarden=waarden or {},
        gelukt=bezoek.gettext(GELUKT[gelukt]) if gelukt in GELUKT else None,
    )


@router.get(PAD)
def show(bezoek: IngelogdDep, sessie_id: uuid.UUID, gelukt: str | None = None) -> Response:
    return toon(bezoek, sessie_id, gelukt=gelukt)


@router.post(PAD + "/vastlegging")
async def record(bezoek: IngelogdDep, sessie_id: uuid.UUID) -> Response:
    await bezoek.formulier()
    try:
        duidingssessies.record_outcome(bezoek.ctx, bezoek.actor, sessie_id)
    except HartslagFout as fout:
        if fout.status not in (400, 403, 409):
            raise
        return toon(
            bezoek, sessie_id, formulier="vastlegging", fout=fout.detail, status=fout.status
        )
    return bezoek.redirect(f"/duidingssessies/{sessie_id}?gelukt=vastgelegd")
