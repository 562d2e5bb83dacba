# SPDX-License-Identifier: EUPL-1.2
"""/patronen and /patronen/{id}: the patterns the analysis found (and people shaped), with
their trend, keywords, organisations and signals. The actions are in ``patroonacties``."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any

from fastapi import APIRouter
from fastapi.responses import Response

from hartslag.adapters.web import grafieken
from hartslag.adapters.web.bezoek import Bezoek, IngelogdDep
from hartslag.adapters.web.labels import N_
from hartslag.domein.fouten import NietGevonden
from hartslag.domein.knelpunt import Knelpunt
from hartslag.domein.patroon import NETWERK, Patroon, Patroonstatus, Waarschuwing
from hartslag.domein.signaal import Signaal
from hartslag.domein.zoekfilter import Pagina
from hartslag.services import knelpunten, patronen, signaalbeheer

router = APIRouter()
PAGINA = 20  # signals per page on a pattern's page
MELDINGEN = {
    "gewijzigd": N_("The pattern was saved."),
    "samengevoegd": N_("The patterns were merged into this one."),
    "gesplitst": N_("The signals now form this new pattern."),
    "verplaatst": N_("The signals were moved."),
    "knelpunt": N_("The bottleneck dossier was created from this pattern."),
}


@dataclass(frozen=True)
class Patroonregel:
    patroon: Patroon
    trend: grafieken.Sparkline


def _regel(p: Patroon) -> Patroonregel:
    return Patroonregel(p, grafieken.sparkline([n for _, n in p.reeks]))


@router.get("/patronen")
def list_patterns(bezoek: IngelogdDep, overstijgend: bool = False) -> Response:
    lijst = patronen.list_patronen(bezoek.ctx, bezoek.actor, True if overstijgend else None)
    return bezoek.render(
        "patronen.html", regels=[_regel(p) for p in lijst], overstijgend=overstijgend
    )


@dataclass
class Patroonpagina:
    """Everything /patronen/{id} shows; ``fout`` and ``waarden`` when a form comes back."""

    patroon: Patroon
    trend: grafieken.Sparkline
    weken: list[Any]
    voorbeelden: list[Signaal]
    signalen: list[Signaal]
    totaal: int
    pagina: int
    paginas: int
    andere: list[Patroon]
    waarschuwingen: list[Waarschuwing]
    dossiers: list[Knelpunt]
    samengevoegd_in: Patroon | None = None
    beslissen: bool = False  # the visitor may rename, confirm, merge and split this one
    fout: str | None = None
    waarden: dict[str, str] = field(default_factory=dict)


def _voorbeelden(bezoek: Bezoek, p: Patroon) -> list[Signaal]:
    """The representative signals the visitor's organisation may read."""
    result = []
    for signaal_id in p.representanten:
        try:
            result.append(signaalbeheer.get_signaal(bezoek.ctx, bezoek.actor, signaal_id))
        except NietGevonden:
            continue
    return result


def build_page(bezoek: Bezoek, patroon_id: uuid.UUID, pagina: int = 1) -> Patroonpagina:
    ctx, actor = bezoek.ctx, bezoek.actor
    p = patronen.get_patroon(ctx, actor, patroon_id)
    signalen, totaal = patronen.patroon_signalen(ctx, actor, p.id, Pagina(pagina, PAGINA))
    zichtbaar = patronen.list_patronen(ctx, actor)
    andere = [q for q in zichtbaar if q.id != p.id]
    samengevoegd = next((q for q in zichtbaar if q.id == p.samengevoegd_in), None)
    dossiers = [k for k in knelpunten.list_knelpunten(ctx, actor) if str(p.id) in k.patronen]
    waarschuwingen = [w for w in patronen.list_waarschuwingen(ctx, actor) if w.patroon_id == p.id]
    return Patroonpagina(
        patroon=p,
        trend=grafieken.sparkline([n for _, n in p.reeks], breedte=560, hoogte=120),
        weken=p.reeks,
        voorbeelden=_voorbeelden(bezoek, p),
        signalen=signalen,
        totaal=totaal,
        pagina=pagina,
        paginas=max(1, -(-totaal // PAGINA)),
        # Only patterns the visitor decides on are offered to merge or move signals into.
        andere=[q for q in andere if q.bereik == p.bereik and patronen.may_decide(ctx, actor, q)],
        waarschuwingen=waarschuwingen,
        dossiers=dossiers,
        samengevoegd_in=samengevoegd,
        beslissen=patronen.may_decide(ctx, actor, p),
    )


def render_page(
    bezoek: Bezoek,
    d: Patroonpagina,
    status: int = 200,
    melding: str | None = None,
    nieuw_knelpunt: uuid.UUID | None = None,
) -> Response:
    return bezoek.render(
        "patroon.html",
        status=status,
        d=d,
        NETWERK=NETWERK,
        BEVESTIGD=Patroonstatus.BEVESTIGD,
        melding=melding,
        nieuw_knelpunt=nieuw_knelpunt,
    )


@router.get("/patronen/{patroon_id}")
def show_pattern(
    patroon_id: uuid.UUID,
    bezoek: IngelogdDep,
    pagina: int = 1,
    melding: str | None = None,
    knelpunt: uuid.UUID | None = None,
) -> Response:
    d = build_page(bezoek, patroon_id, max(1, pagina))
    tekst = MELDINGEN.get(melding or "")
    nieuw = knelpunt if knelpunt in {k.id for k in d.dossiers} else None
    return render_page(
        bezoek, d, melding=bezoek.gettext(tekst) if tekst else None, nieuw_knelpunt=nieuw
    )
