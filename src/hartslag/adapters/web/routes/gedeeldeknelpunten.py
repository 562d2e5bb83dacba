# SPDX-License-Identifier: EUPL-1.2
"""/knelpunten/gedeeld/{id}: the shared part of a dossier a partner organisation keeps in
its own installation, read-only and marked as owned elsewhere (docs/uitwisseling.md)."""

from __future__ import annotations

import uuid

from fastapi import APIRouter
from fastapi.responses import Response

from hartslag.adapters.web.bezoek import IngelogdDep
from hartslag.domein.knelpunt import Knelpuntstatus
from hartslag.services import gedeeldeknelpunten

router = APIRouter()


def status_of(tekst: str) -> Knelpuntstatus | None:
    return Knelpuntstatus(tekst) if tekst in Knelpuntstatus.__members__.values() else None


@router.get("/knelpunten/gedeeld/{knelpunt_id:uuid}")
def show(bezoek: IngelogdDep, knelpunt_id: uuid.UUID) -> Response:
    w = gedeeldeknelpunten.get_foreign(bezoek.ctx, bezoek.actor, knelpunt_id)
    return bezoek.render(
        "gedeeld_knelpunt.html",
        w=w,
        k=w.knelpunt,
        knelpuntstatus=status_of(w.knelpunt.status),
        organisatie=bezoek.actor.organisatie,
    )
