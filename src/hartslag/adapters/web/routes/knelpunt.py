# SPDX-License-Identifier: EUPL-1.2
"""/knelpunten/{id}: the dossier page, its workflow step, the ownership transfer and its
acceptance, the agenda moment, and the bottleneck letter (PDF, DOCX).

Each form posts to its own path and calls one use case; the use case checks the role, the
organisation and the workflow table again, so a crafted request gets the same refusal as
the page would. Invalid input or a refused step renders the dossier again with the
service's message next to the form (400/403/409), and nothing is stored."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any, Literal

from fastapi import APIRouter
from fastapi.responses import Response

from hartslag.adapters.documenten.brief import MEDIATYPES, render
from hartslag.adapters.web.bezoek import Bezoek, IngelogdDep
from hartslag.adapters.web.formvelden import Velden
from hartslag.adapters.web.labels import N_
from hartslag.domein.fouten import HartslagFout, OngeldigeInvoer
from hartslag.domein.gebeurtenis import Gebeurtenis
from hartslag.domein.knelpunt import Eigenaar, Knelpuntstatus
from hartslag.services import agendering, dossier, eigenaarschap, knelpunten
from hartslag.services.brief import build_letter

router = APIRouter()

PAD = "/knelpunten/{knelpunt_id:uuid}"
HOOFDPAD = [
    Knelpuntstatus.NIEUW,
    Knelpuntstatus.IN_ANALYSE,
    Knelpuntstatus.GEAGENDEERD,
    Knelpuntstatus.IN_BEHANDELING,
    Knelpuntstatus.OPGELOST,
]
GELUKT = {
    "aangemaakt": N_("The dossier was created."),
    "overgang": N_("The status was changed; the reason is in the history."),
    "overdracht": N_("The ownership was offered. It moves when the receiving side accepts."),
    "geaccepteerd": N_("You accepted the ownership of this bottleneck."),
    "geweigerd": N_("You declined the ownership; the offer is withdrawn."),
    "agendering": N_("The agenda moment was saved."),
    "besluit": N_("The decision was recorded."),
    "actie": N_("The action was added."),
    "casus": N_("The case was added, without personal data."),
}
DOEL = {  # where a form sits on the page, to return to it
    "overgang": "workflow",
    "overdracht": "eigenaar",
    "acceptatie": "eigenaar",
    "agendering": "agendering",
    "besluit": "besluiten",
    "actie": "acties",
    "casus": "casussen",
}


def _tekst(waarde: object) -> str:
    return "" if waarde is None else str(waarde)


def _leesbaar(waarde: object) -> bool:
    """Worth showing a person: not empty, not a list, not an internal id."""
    if waarde is None or waarde == "" or isinstance(waarde, (list, dict)):
        return False
    try:
        uuid.UUID(str(waarde))
    except ValueError:
        return True
    return False


def wijzigingen(g: Gebeurtenis) -> list[tuple[str, str, str]]:
    """What an audit record says changed: (field, before, after), for a history table."""
    voor, na = g.voor or {}, g.na or {}
    return [
        (
            sleutel,
            _tekst(voor.get(sleutel)) if _leesbaar(voor.get(sleutel)) else "",
            _tekst(na.get(sleutel)),
        )
        for sleutel in dict.fromkeys([*voor, *na])
        if _leesbaar(na.get(sleutel)) or _leesbaar(voor.get(sleutel))
    ]


def toon(
    bezoek: Bezoek,
    knelpunt_id: uuid.UUID,
    *,
    formulier: str | None = None,
    fout: str | None = None,
    waarden: dict[str, Any] | None = None,
    status: int = 200,
    gelukt: str | None = None,
) -> Response:
    """The dossier page; after a refused form, with the message at that form."""
    d = dossier.get_dossier(bezoek.ctx, bezoek.actor, knelpunt_id)
    return bezoek.render(
        "knelpunt.html",
        status=status,
        d=d,
        k=d.knelpunt,
        hoofdpad=HOOFDPAD,
        formulier=formulier,
        fout=fout,
        waarden=waarden or {},
        gelukt=bezoek.gettext(GELUKT[gelukt]) if gelukt in GELUKT else None,
        wijzigingen=wijzigingen,
    )


async def verwerk(
    bezoek: Bezoek,
    knelpunt_id: uuid.UUID,
    formulier: str,
    actie: Callable[[Velden], str | None],
) -> Response:
    """Run one form's use case (it returns which success to report, None for the form's
    own, or a path to go to); on a refusal show the dossier again with the message."""
    v = Velden(await bezoek.formulier(), bezoek.gettext)
    try:
        gelukt = actie(v) or formulier
    except HartslagFout as fout:
        if fout.status not in (400, 403, 409):
            raise
        return toon(
            bezoek,
            knelpunt_id,
            formulier=formulier,
            fout=fout.detail,
            waarden=v.waarden(),
            status=fout.status,
        )
    if gelukt.startswith("/"):
        return bezoek.redirect(gelukt)
    return bezoek.redirect(f"/knelpunten/{knelpunt_id}?gelukt={gelukt}#{DOEL[formulier]}")


@router.get(PAD)
def show(bezoek: IngelogdDep, knelpunt_id: uuid.UUID, gelukt: str | None = None) -> Response:
    return toon(bezoek, knelpunt_id, gelukt=gelukt)


@router.post(PAD + "/overgang")
async def transition(bezoek: IngelogdDep, knelpunt_id: uuid.UUID) -> Response:
    def stap(v: Velden) -> None:
        naar = v.keuze("naar", N_("Next step"), Knelpuntstatus)
        if naar is None:
            raise OngeldigeInvoer(bezoek.gettext("Choose the next step."))
        knelpunten.transition_knelpunt(
            bezoek.ctx,
            bezoek.actor,
            knelpunt_id,
            naar,
            v.tekst("reden", N_("Reason"), 2000),
            v.id("samengevoegd_in", N_("Merge into")),
        )

    return await verwerk(bezoek, knelpunt_id, "overgang", stap)


@router.post(PAD + "/eigenaarschap")
async def transfer(bezoek: IngelogdDep, knelpunt_id: uuid.UUID) -> Response:
    def bied_aan(v: Velden) -> None:
        eigenaar = Eigenaar(
            v.tekst("organisatie", N_("Organisation"), 40),
            v.optioneel("team", N_("Team"), 200),
            v.optioneel("persoon", N_("Person"), 200),
        )
        eigenaarschap.transfer_owner(
            bezoek.ctx, bezoek.actor, knelpunt_id, eigenaar, v.tekst("reden", N_("Reason"), 2000)
        )

    return await verwerk(bezoek, knelpunt_id, "overdracht", bied_aan)


@router.post(PAD + "/eigenaarschap/acceptatie")
async def accept(bezoek: IngelogdDep, knelpunt_id: uuid.UUID) -> Response:
    def antwoord(v: Velden) -> str:
        if v.form.get("antwoord") == "weigeren":
            eigenaarschap.decline_transfer(
                bezoek.ctx, bezoek.actor, knelpunt_id, v.tekst("reden", N_("Reason"), 2000)
            )
            # Declining may end the organisation's involvement: back to the list.
            return "/knelpunten?gelukt=geweigerd"
        eigenaarschap.accept_transfer(
            bezoek.ctx, bezoek.actor, knelpunt_id, v.optioneel("reden", N_("Reason"), 2000)
        )
        return "geaccepteerd"

    return await verwerk(bezoek, knelpunt_id, "acceptatie", antwoord)


@router.post(PAD + "/agendering")
async def target(bezoek: IngelogdDep, knelpunt_id: uuid.UUID) -> Response:
    def richt(v: Velden) -> None:
        agendering.target(
            bezoek.ctx,
            bezoek.actor,
            knelpunt_id,
            v.id("moment", N_("Agenda moment")),
            v.optioneel("reden", N_("Reason"), 2000),
        )

    return await verwerk(bezoek, knelpunt_id, "agendering", richt)


@router.get(PAD + "/brief.{formaat}")
def letter(
    bezoek: IngelogdDep, knelpunt_id: uuid.UUID, formaat: Literal["pdf", "docx"]
) -> Response:
    """The bottleneck letter as a download; every free text passed the pseudonymiser."""
    inhoud = render(build_letter(bezoek.ctx, bezoek.actor, knelpunt_id, formaat), formaat)
    return Response(
        inhoud,
        media_type=MEDIATYPES[formaat],
        headers={
            "Content-Disposition": f'attachment; filename="knelpuntenbrief-{knelpunt_id}.{formaat}"'
        },
    )
