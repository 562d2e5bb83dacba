# SPDX-License-Identifier: EUPL-1.2
"""/netwerkbeeld: the patterns over the organisation's own signals and those partners
shared with it, with counts per organisation; /uitwisseling: the register of data flows
(and its CSV export) and, for the administrator, partners, agreements and the dead
letters to offer again."""

from __future__ import annotations

import uuid

from fastapi import APIRouter
from fastapi.responses import Response

from hartslag.adapters.api.netwerk import register_csv
from hartslag.adapters.web.bezoek import Bezoek, IngelogdDep
from hartslag.adapters.web.labels import N_
from hartslag.domein.fouten import NietGevonden
from hartslag.domein.rechten import Actie, vereis
from hartslag.services import bezorging, gegevensstromen, netwerkbeeld, uitwisselingoverzicht

router = APIRouter()
HERAANGEBODEN = N_("The event is back in the outbox and goes out with the next delivery.")


@router.get("/netwerkbeeld")
def network_page(bezoek: IngelogdDep, overstijgend: bool = False) -> Response:
    patronen = netwerkbeeld.network_view(bezoek.ctx, bezoek.actor)
    if overstijgend:
        patronen = [p for p in patronen if p.organisatieoverstijgend]
    return bezoek.render("netwerkbeeld.html", patronen=patronen, overstijgend=overstijgend)


def _exchange_page(
    bezoek: Bezoek, status: int = 200, melding: str | None = None, fout: str | None = None
) -> Response:
    overzicht = uitwisselingoverzicht.overview(bezoek.ctx, bezoek.actor)
    return bezoek.render(
        "uitwisseling.html", status=status, o=overzicht, melding=melding, fout=fout
    )


@router.get("/uitwisseling")
def exchange_page(bezoek: IngelogdDep, heraangeboden: str | None = None) -> Response:
    return _exchange_page(bezoek, melding=bezoek.gettext(HERAANGEBODEN) if heraangeboden else None)


@router.get("/uitwisseling/gegevensstromen.csv")
def data_flows_csv(bezoek: IngelogdDep) -> Response:
    response = Response(
        register_csv(gegevensstromen.data_flows(bezoek.ctx, bezoek.actor)),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": 'attachment; filename="gegevensstromen.csv"'},
    )
    return bezoek.finish(response)


@router.post("/uitwisseling/onbestelbaar/{gebeurtenis_id}/heraanbieding")
async def redrive(gebeurtenis_id: uuid.UUID, bezoek: IngelogdDep) -> Response:
    await bezoek.formulier()
    vereis(bezoek.actor.rol, Actie.UITWISSELING_BEHEREN)
    try:
        bezorging.redrive(
            bezoek.ctx, bezoek.actor.organisatie_id, gebeurtenis_id, bezoek.actor.label
        )
    except NietGevonden as e:
        return _exchange_page(bezoek, status=409, fout=e.detail)
    return bezoek.redirect("/uitwisseling?heraangeboden=1")
