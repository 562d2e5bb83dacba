# SPDX-License-Identifier: EUPL-1.2
"""Changing a planned session, one small form at a time (works without JavaScript): its
title and date, participants, the dossiers on the agenda, conclusions and agreed actions.
Each form becomes one change of the draft through ``duidingssessies.change``, which checks
the role, the organisation and that the session is not recorded yet."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from fastapi import APIRouter
from fastapi.responses import Response

from hartslag.adapters.web.bezoek import Bezoek, IngelogdDep
from hartslag.adapters.web.formvelden import Velden
from hartslag.adapters.web.labels import N_
from hartslag.adapters.web.routes.duidingssessies import PAD, toon
from hartslag.domein.duiding import Afspraak, Deelnemer, Deelnemersoort, Duidingssessie
from hartslag.domein.fouten import HartslagFout, OngeldigeInvoer
from hartslag.services import duidingssessies

router = APIRouter()

Wijziging = Callable[[Velden, Duidingssessie], dict[str, Any]]


async def wijzig(bezoek: Bezoek, sessie_id: uuid.UUID, formulier: str, maak: Wijziging) -> Response:
    v = Velden(await bezoek.formulier(), bezoek.gettext)
    try:
        s = duidingssessies.get_sessie(bezoek.ctx, bezoek.actor, sessie_id)
        duidingssessies.change(bezoek.ctx, bezoek.actor, sessie_id, maak(v, s))
    except HartslagFout as fout:
        if fout.status not in (400, 403, 409):
            raise
        return toon(
            bezoek,
            sessie_id,
            formulier=formulier,
            fout=fout.detail,
            waarden=v.waarden(),
            status=fout.status,
        )
    return bezoek.redirect(f"/duidingssessies/{sessie_id}?gelukt=gewijzigd#{formulier}")


def _zonder(lijst: tuple[Any, ...], v: Velden) -> tuple[Any, ...]:
    """The list without the item whose position the form names."""
    plek = v.getal("plek", N_("Item"))
    if plek is None or plek >= len(lijst):
        raise OngeldigeInvoer(v.gettext("This item no longer exists; reload the page."))
    return lijst[:plek] + lijst[plek + 1 :]


@router.post(PAD + "/gegevens")
async def change_details(bezoek: IngelogdDep, sessie_id: uuid.UUID) -> Response:
    def gegevens(v: Velden, s: Duidingssessie) -> dict[str, Any]:
        titel = v.verplicht("titel", N_("Title"), 300)
        return {"titel": titel, "datum": v.tijdstip("datum", "tijd", N_("Date")) or s.datum}

    return await wijzig(bezoek, sessie_id, "gegevens", gegevens)


@router.post(PAD + "/deelnemers")
async def add_participant(bezoek: IngelogdDep, sessie_id: uuid.UUID) -> Response:
    def deelnemer(v: Velden, s: Duidingssessie) -> dict[str, Any]:
        nieuw = Deelnemer(
            organisatie=v.verplicht("organisatie", N_("Organisation"), 200),
            naam=v.optioneel("naam", N_("Name"), 200),
            rol=v.optioneel("rol", N_("Role in the session"), 200),
            soort=v.keuze("soort", N_("Kind"), Deelnemersoort)
            or Deelnemersoort.PUBLIEKE_ORGANISATIE,
        )
        return {"deelnemers": (*s.deelnemers, nieuw)}

    return await wijzig(bezoek, sessie_id, "deelnemers", deelnemer)


@router.post(PAD + "/deelnemers/verwijderen")
async def remove_participant(bezoek: IngelogdDep, sessie_id: uuid.UUID) -> Response:
    return await wijzig(
        bezoek, sessie_id, "deelnemers", lambda v, s: {"deelnemers": _zonder(s.deelnemers, v)}
    )


@router.post(PAD + "/knelpunten")
async def add_dossier(bezoek: IngelogdDep, sessie_id: uuid.UUID) -> Response:
    def knelpunt(v: Velden, s: Duidingssessie) -> dict[str, Any]:
        k = v.id("knelpunt", N_("Bottleneck"))
        if k is None:
            raise OngeldigeInvoer(v.gettext("Choose a bottleneck to put on the agenda."))
        return {"knelpunten": (*s.knelpunten, k)}

    return await wijzig(bezoek, sessie_id, "agenda", knelpunt)


@router.post(PAD + "/knelpunten/verwijderen")
async def remove_dossier(bezoek: IngelogdDep, sessie_id: uuid.UUID) -> Response:
    return await wijzig(
        bezoek, sessie_id, "agenda", lambda v, s: {"knelpunten": _zonder(s.knelpunten, v)}
    )


@router.post(PAD + "/conclusies")
async def add_conclusion(bezoek: IngelogdDep, sessie_id: uuid.UUID) -> Response:
    def conclusie(v: Velden, s: Duidingssessie) -> dict[str, Any]:
        tekst = v.verplicht("conclusie", N_("Conclusion"), 4000)
        return {"conclusies": (*s.conclusies, tekst)}

    return await wijzig(bezoek, sessie_id, "conclusies", conclusie)


@router.post(PAD + "/conclusies/verwijderen")
async def remove_conclusion(bezoek: IngelogdDep, sessie_id: uuid.UUID) -> Response:
    return await wijzig(
        bezoek, sessie_id, "conclusies", lambda v, s: {"conclusies": _zonder(s.conclusies, v)}
    )


@router.post(PAD + "/afspraken")
async def add_agreement(bezoek: IngelogdDep, sessie_id: uuid.UUID) -> Response:
    def afspraak(v: Velden, s: Duidingssessie) -> dict[str, Any]:
        k = v.id("knelpunt", N_("Bottleneck"))
        if k is None:
            raise OngeldigeInvoer(v.gettext("Choose the bottleneck the action belongs to."))
        nieuw = Afspraak(
            knelpunt_id=k,
            omschrijving=v.tekst("omschrijving", N_("Action"), 2000),
            eigenaar=v.tekst("eigenaar", N_("Who does it"), 200),
            deadline=v.datum("deadline", N_("Due date")),
        )
        return {"afspraken": (*s.afspraken, nieuw)}

    return await wijzig(bezoek, sessie_id, "afspraken", afspraak)


@router.post(PAD + "/afspraken/verwijderen")
async def remove_agreement(bezoek: IngelogdDep, sessie_id: uuid.UUID) -> Response:
    return await wijzig(
        bezoek, sessie_id, "afspraken", lambda v, s: {"afspraken": _zonder(s.afspraken, v)}
    )
