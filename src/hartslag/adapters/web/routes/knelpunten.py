# SPDX-License-Identifier: EUPL-1.2
"""/knelpunten: the bottlenecks by state, owner and days stuck, in three views (all,
without an owner, stuck), filtered and sorted; /knelpunten/nieuw: create a dossier."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter
from fastapi.responses import Response

from hartslag.adapters.web.bezoek import Bezoek, IngelogdDep
from hartslag.adapters.web.formvelden import Velden
from hartslag.adapters.web.labels import N_
from hartslag.adapters.web.routes.gedeeldeknelpunten import status_of
from hartslag.domein.fouten import GeenToegang, HartslagFout
from hartslag.domein.knelpunt import Knelpuntstatus, Laag
from hartslag.domein.vocabulaire import Bereik, Impactdomein
from hartslag.services import dossier, gedeeldeknelpunten, knelpunten
from hartslag.services.knelpunten import NieuwKnelpunt
from hartslag.services.knelpuntoverzicht import Knelpuntrij, Weergave, overview

router = APIRouter()

GEEN_EIGENAAR = "-"
VOLGORDE = {s: i for i, s in enumerate(Knelpuntstatus)}
SORTERINGEN: dict[str, Callable[[Knelpuntrij], Any]] = {
    # Most stuck first; closed dossiers (no days) last.
    "dagen": lambda r: (
        r.dagen_zonder_voortgang is None,
        -(r.dagen_zonder_voortgang or 0),
        r.knelpunt.titel.casefold(),
    ),
    "titel": lambda r: r.knelpunt.titel.casefold(),
    "status": lambda r: (VOLGORDE[r.knelpunt.status], r.knelpunt.titel.casefold()),
    "eigenaar": lambda r: (
        r.knelpunt.eigenaar is not None,
        r.knelpunt.eigenaar.label.casefold() if r.knelpunt.eigenaar else "",
    ),
    "niveau": lambda r: (-r.knelpunt.opschalingsniveau, r.knelpunt.titel.casefold()),
    "aangemaakt": lambda r: -r.knelpunt.aangemaakt_op.timestamp(),
}
GELUKT = {"geweigerd": N_("You declined the ownership; the offer is withdrawn.")}
WEERGAVEN = [
    (Weergave.ALLE, "/knelpunten", N_("All bottlenecks")),
    (Weergave.ZONDER_EIGENAAR, "/knelpunten/zonder-eigenaar", N_("Without an owner")),
    (Weergave.VASTGELOPEN, "/knelpunten/vastgelopen", N_("Stuck")),
]


def _eigenaar(r: Knelpuntrij) -> str:
    return r.knelpunt.eigenaar.label if r.knelpunt.eigenaar else GEEN_EIGENAAR


def _status(waarde: str) -> Knelpuntstatus | None:
    """A filter left at "all" (or an unknown value) filters nothing."""
    return Knelpuntstatus(waarde) if waarde in Knelpuntstatus.__members__.values() else None


def _lijst(
    bezoek: Bezoek,
    weergave: Weergave,
    status: Knelpuntstatus | None,
    eigenaar: str,
    sorteer: str,
    minimaal_dagen: int | None,
    gelukt: str | None = None,
) -> Response:
    o = overview(bezoek.ctx, bezoek.actor, weergave, minimaal_dagen)
    eigenaren = sorted({_eigenaar(r) for r in o.rijen} - {GEEN_EIGENAAR}, key=str.casefold)
    rijen = [
        r
        for r in o.rijen
        if (status is None or r.knelpunt.status == status)
        and (not eigenaar or _eigenaar(r) == eigenaar)
    ]
    sorteer = sorteer if sorteer in SORTERINGEN else "dagen"
    rijen.sort(key=SORTERINGEN[sorteer])
    gedeeld = (
        gedeeldeknelpunten.list_foreign(bezoek.ctx, bezoek.actor)
        if weergave is Weergave.ALLE
        else []
    )
    return bezoek.render(
        "knelpunten.html",
        weergave=weergave,
        weergaven=WEERGAVEN,
        rijen=rijen,
        totaal=len(o.rijen),
        statussen=list(Knelpuntstatus),
        eigenaren=eigenaren,
        gekozen={"status": status.value if status else "", "eigenaar": eigenaar},
        sorteer=sorteer,
        minimaal_dagen=o.minimaal_dagen,
        per_eigenaar=Counter(_eigenaar(r) for r in rijen).most_common(),
        per_niveau=Counter(r.niveau for r in rijen).most_common(),
        geen_eigenaar=GEEN_EIGENAAR,
        gedeeld=gedeeld,
        status_of=status_of,
        gelukt=bezoek.gettext(GELUKT[gelukt]) if gelukt in GELUKT else None,
        sorteer_url=lambda sleutel: (
            "?" + urlencode({**bezoek.request.query_params, "sorteer": sleutel})
        ),
    )


@router.get("/knelpunten")
def list_all(
    bezoek: IngelogdDep,
    status: str = "",
    eigenaar: str = "",
    sorteer: str = "dagen",
    gelukt: str | None = None,
) -> Response:
    return _lijst(bezoek, Weergave.ALLE, _status(status), eigenaar, sorteer, None, gelukt)


@router.get("/knelpunten/zonder-eigenaar")
def list_without_owner(
    bezoek: IngelogdDep,
    status: str = "",
    sorteer: str = "dagen",
) -> Response:
    return _lijst(bezoek, Weergave.ZONDER_EIGENAAR, _status(status), "", sorteer, None)


@router.get("/knelpunten/vastgelopen")
def list_stuck(
    bezoek: IngelogdDep,
    status: str = "",
    eigenaar: str = "",
    sorteer: str = "dagen",
    minimaal_dagen: str = "",
) -> Response:
    """``minimaal_dagen`` left empty (or not a number): the route's first level."""
    dagen = int(minimaal_dagen) if minimaal_dagen.strip().isdigit() else None
    return _lijst(bezoek, Weergave.VASTGELOPEN, _status(status), eigenaar, sorteer, dagen)


def _nieuw_formulier(
    bezoek: Bezoek, waarden: dict[str, Any], fout: str | None, status: int = 200
) -> Response:
    return bezoek.render(
        "knelpunt_nieuw.html",
        status=status,
        waarden=waarden,
        fout=fout,
        lagen=list(Laag),
        impactdomeinen=list(Impactdomein),
        bereiken=list(Bereik),
        organisaties=dossier.organisations(bezoek.ctx, bezoek.actor),
    )


@router.get("/knelpunten/nieuw")
def new_form(bezoek: IngelogdDep) -> Response:
    if not bezoek.mag("knelpunt.aanmaken"):
        # The service would refuse it: a page offers no form that cannot succeed.
        raise GeenToegang("knelpunt.aanmaken")
    return _nieuw_formulier(bezoek, {"lagen": [], "impactdomeinen": [], "betrokken": []}, None)


def _nieuw(v: Velden) -> NieuwKnelpunt:
    return NieuwKnelpunt(
        titel=v.tekst("titel", N_("Title"), 300),
        omschrijving=v.tekst("omschrijving", N_("Description")),
        knellend_mechanisme=v.optioneel("knellend_mechanisme", N_("Pinching mechanism"), 2000),
        lagen=v.keuzes("lagen", N_("Layers"), Laag),
        impactdomeinen=v.keuzes("impactdomeinen", N_("Impact"), Impactdomein),
        getroffen_groepen=v.regels("getroffen_groepen", N_("Affected groups"), 200),
        geschat_bereik=v.getal("geschat_bereik", N_("Estimated number of people affected")),
        bereik=v.keuze("bereik", N_("Reach"), Bereik),
        alternatieven=v.regels("alternatieven", N_("Alternatives"), 2000),
        gevraagd_besluit=v.optioneel("gevraagd_besluit", N_("Decision asked for"), 2000),
        betrokken_organisaties=tuple(str(c) for c in v.form.getlist("betrokken")),
    )


@router.post("/knelpunten/nieuw")
async def create(bezoek: IngelogdDep) -> Response:
    form = await bezoek.formulier()
    v = Velden(form, bezoek.gettext)
    try:
        k = knelpunten.create_knelpunt(bezoek.ctx, bezoek.actor, _nieuw(v))
    except HartslagFout as fout:
        if fout.status not in (400, 409):
            raise
        waarden: dict[str, Any] = v.waarden()
        for lijst in ("lagen", "impactdomeinen", "betrokken"):
            waarden[lijst] = [str(x) for x in form.getlist(lijst)]
        return _nieuw_formulier(bezoek, waarden, fout.detail, status=fout.status)
    return bezoek.redirect(f"/knelpunten/{k.id}?gelukt=aangemaakt")
