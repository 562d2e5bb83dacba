# SPDX-License-Identifier: EUPL-1.2
"""The work recorded on a dossier: decisions, actions and cases. One path per form, each
calling one use case (see ``knelpunt.verwerk`` for how a refusal is shown). New kinds of
action steps (start, complete, cancel) get their own path here and a button in
``_knelpunt_acties.html``."""

from __future__ import annotations

import uuid

from fastapi import APIRouter
from fastapi.responses import Response

from hartslag.adapters.web.bezoek import IngelogdDep
from hartslag.adapters.web.formvelden import Velden
from hartslag.adapters.web.labels import N_
from hartslag.adapters.web.routes.knelpunt import PAD, verwerk
from hartslag.domein.fouten import OngeldigeInvoer
from hartslag.domein.knelpunt import Casus
from hartslag.services import dossier, knelpunten

router = APIRouter()


@router.post(PAD + "/besluiten")
async def add_decision(bezoek: IngelogdDep, knelpunt_id: uuid.UUID) -> Response:
    def besluit(v: Velden) -> None:
        knelpunten.add_besluit(
            bezoek.ctx,
            bezoek.actor,
            knelpunt_id,
            v.tekst("omschrijving", N_("Decision"), 2000),
            v.tekst("motivering", N_("Rationale"), 4000),
        )

    return await verwerk(bezoek, knelpunt_id, "besluit", besluit)


@router.post(PAD + "/acties")
async def add_action(bezoek: IngelogdDep, knelpunt_id: uuid.UUID) -> Response:
    def actie(v: Velden) -> None:
        knelpunten.add_actie(
            bezoek.ctx,
            bezoek.actor,
            knelpunt_id,
            v.tekst("omschrijving", N_("Action"), 2000),
            v.tekst("eigenaar", N_("Who does it"), 200),
            v.datum("deadline", N_("Due date")),
        )

    return await verwerk(bezoek, knelpunt_id, "actie", actie)


@router.post(PAD + "/casussen")
async def add_case(bezoek: IngelogdDep, knelpunt_id: uuid.UUID) -> Response:
    """A case is added to the dossier's cases; the service scrubs personal data."""

    def casus(v: Velden) -> None:
        titel = v.tekst("titel", N_("Title of the case"), 200)
        verhaal = v.tekst("verhaal", N_("The story"), 4000)
        if not titel or not verhaal:
            raise OngeldigeInvoer(bezoek.gettext("A case needs a title and a story."))
        dossier.add_casus(bezoek.ctx, bezoek.actor, knelpunt_id, Casus(titel, verhaal))

    return await verwerk(bezoek, knelpunt_id, "casus", casus)
