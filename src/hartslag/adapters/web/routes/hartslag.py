# SPDX-License-Identifier: EUPL-1.2
"""/hartslag: the heartbeat dashboard, and each chart's figures as CSV."""

from __future__ import annotations

from dataclasses import dataclass

from fastapi import APIRouter, HTTPException
from fastapi.responses import Response

from hartslag.adapters.web.bezoek import Bezoek, IngelogdDep
from hartslag.adapters.web.dashboard import GRAFIEKEN, Bronnen, onderwerp
from hartslag.adapters.web.labels import label
from hartslag.adapters.web.sjablonen import environment
from hartslag.services.stuurinformatie import WEKEN
from hartslag.services.werkvoorraad import VASTGELOPEN_DAGEN

router = APIRouter()


@dataclass(frozen=True)
class Kerncijfers:
    signalen: int
    waarschuwingen: int
    vastgelopen: int
    terugkoppeling: float
    dagen: int = VASTGELOPEN_DAGEN


@dataclass(frozen=True)
class Waarschuwingsregel:
    onderwerp: str
    soort: str
    uitleg: str
    href: str | None


def _bronnen(bezoek: Bezoek, weken: int) -> Bronnen:
    """The services behind the charts; they check the role as each is asked."""
    getal = environment(bezoek.taal).filters["getal"]
    return Bronnen(bezoek.ctx, bezoek.actor, weken, bezoek.gettext, getal)


@router.get("/hartslag")
def dashboard(bezoek: IngelogdDep, weken: int = 26) -> Response:
    b = _bronnen(bezoek, weken)
    g = {naam: maak(b) for naam, maak in GRAFIEKEN.items()}
    _ = bezoek.gettext
    titels = {p.id: p.titel for p in b.patronen}
    regels = [
        Waarschuwingsregel(
            onderwerp(w, titels, _),
            _(label(w.soort, "waarschuwingsoort")),
            w.uitleg,
            f"/patronen/{w.patroon_id}" if w.patroon_id else None,
        )
        for w in b.waarschuwingen
    ]
    kern = Kerncijfers(
        signalen=sum(b.volume("kanaal").totalen),
        waarschuwingen=len(b.waarschuwingen),
        vastgelopen=len(b.vastgelopen.knelpunten),
        terugkoppeling=round(b.cijfers.aandeel_met_terugkoppeling * 100, 1),
    )
    keuzes = sorted({*WEKEN, weken})
    return bezoek.render(
        "hartslag.html", g=g, weken=weken, keuzes=keuzes, kern=kern, waarschuwingen=regels
    )


@router.get("/hartslag/{naam}.csv")
def figures_csv(naam: str, bezoek: IngelogdDep, weken: int = 26) -> Response:
    maak = GRAFIEKEN.get(naam)
    if maak is None:
        raise HTTPException(404)
    grafiek = maak(_bronnen(bezoek, weken))
    response = Response(
        grafiek.csv(),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="hartslag-{naam}.csv"'},
    )
    return bezoek.finish(response)
