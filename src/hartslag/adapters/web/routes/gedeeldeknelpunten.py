# SPDX-License-Identifier: EUPL-1.2
"""/knelpunten/gedeeld/{id}: the shared part of a dossier a partner organisation keeps in
its own installation, read-only and marked as owned elsewhere (docs/uitwisseling.md);
when the partner offers this organisation the ownership, the answer is given here too."""

from __future__ import annotations

import uuid

from fastapi import APIRouter
from fastapi.responses import Response

from hartslag.adapters.web.bezoek import Bezoek, IngelogdDep
from hartslag.adapters.web.formvelden import Velden
from hartslag.adapters.web.labels import N_
from hartslag.domein.fouten import HartslagFout, OngeldigeInvoer
from hartslag.domein.gedeeldknelpunt import Antwoord
from hartslag.domein.knelpunt import Knelpuntstatus
from hartslag.services import gedeeldeknelpunten

router = APIRouter()
PAD = "/knelpunten/gedeeld/{knelpunt_id:uuid}"
GELUKT = {
    Antwoord.GEACCEPTEERD: N_(
        "You accepted the ownership. Your answer is on its way; the dossier's owner "
        "changes when it arrives."
    ),
    Antwoord.GEWEIGERD: N_("You declined the ownership. Your answer is on its way."),
}


def status_of(tekst: str) -> Knelpuntstatus | None:
    return Knelpuntstatus(tekst) if tekst in Knelpuntstatus.__members__.values() else None


def _toon(
    bezoek: Bezoek,
    knelpunt_id: uuid.UUID,
    *,
    gelukt: str | None = None,
    fout: str | None = None,
    reden: str = "",
    status: int = 200,
) -> Response:
    w = gedeeldeknelpunten.get_foreign(bezoek.ctx, bezoek.actor, knelpunt_id)
    return bezoek.render(
        "gedeeld_knelpunt.html",
        status=status,
        w=w,
        k=w.knelpunt,
        knelpuntstatus=status_of(w.knelpunt.status),
        organisatie=bezoek.actor.organisatie,
        gelukt=bezoek.gettext(GELUKT[Antwoord(gelukt)]) if gelukt in GELUKT else None,
        fout=fout,
        reden=reden,
    )


@router.get(PAD)
def show(bezoek: IngelogdDep, knelpunt_id: uuid.UUID, gelukt: str | None = None) -> Response:
    return _toon(bezoek, knelpunt_id, gelukt=gelukt)


@router.post(PAD + "/antwoord")
async def answer(bezoek: IngelogdDep, knelpunt_id: uuid.UUID) -> Response:
    """Accept or decline the partner's offer of its dossier (a reason is required to
    decline); on a refusal the page again, with the message and the reason typed."""
    v = Velden(await bezoek.formulier(), bezoek.gettext)
    getypt = v.form.get("reden")
    reden = getypt[:2000] if isinstance(getypt, str) else ""  # shown again after a refusal
    try:
        reden = v.tekst("reden", N_("Reason or remark"), 2000)
        antwoord = v.keuze("antwoord", N_("Answer"), Antwoord)
        if antwoord is None:
            raise OngeldigeInvoer(bezoek.gettext("Choose: accept or decline."))
        gedeeldeknelpunten.answer(bezoek.ctx, bezoek.actor, knelpunt_id, antwoord, reden or None)
    except HartslagFout as fout:
        if fout.status not in (400, 403, 409):
            raise
        return _toon(bezoek, knelpunt_id, fout=fout.detail, reden=reden, status=fout.status)
    return bezoek.redirect(f"/knelpunten/gedeeld/{knelpunt_id}?gelukt={antwoord}#aanbod")
