# SPDX-License-Identifier: EUPL-1.2
"""Public and management views: "you said, we did" and the figures management needs."""

from __future__ import annotations

import statistics
from dataclasses import dataclass
from datetime import datetime

from hartslag.domein.actor import Actor
from hartslag.domein.fouten import NietGevonden
from hartslag.domein.knelpunt import Knelpuntstatus
from hartslag.domein.rechten import Actie, vereis
from hartslag.domein.terugkoppeling import Terugkoppelingstatus
from hartslag.domein.zoekfilter import Pagina, SignaalFilter
from hartslag.services.context import Context
from hartslag.services.knelpunten import anonymise


@dataclass(frozen=True)
class WijDeden:
    titel: str
    jullie_zeiden: str
    wij_deden: str
    aantal_signalen: int
    opgelost_op: datetime | None


def you_said_we_did(ctx: Context, organisatie: str) -> list[WijDeden]:
    """Resolved bottlenecks of an organisation, in public words; no personal data."""
    with ctx.uow(schrijven=False) as uow:
        if uow.organisaties.get_id(organisatie) is None:
            raise NietGevonden(f"Organisatie '{organisatie}' is niet bekend.")
        result = []
        for k in uow.knelpunten.visible_to(organisatie):
            if k.status != Knelpuntstatus.OPGELOST or k.route_organisatie != organisatie:
                continue
            goedgekeurd = [
                tk
                for tk in uow.terugkoppelingen.for_knelpunt(k.id)
                if tk.status == Terugkoppelingstatus.GOEDGEKEURD
            ]
            gedaan = (
                k.besluiten[-1].omschrijving
                if k.besluiten
                else goedgekeurd[-1].tekst
                if goedgekeurd
                else "Opgelost."
            )
            result.append(
                WijDeden(
                    titel=anonymise(k.titel),
                    jullie_zeiden=anonymise(k.omschrijving),
                    wij_deden=anonymise(gedaan),
                    aantal_signalen=len(uow.knelpunten.linked(k.id)),
                    opgelost_op=k.afgerond_op,
                )
            )
    return sorted(result, key=lambda w: w.opgelost_op or datetime.min, reverse=True)


@dataclass(frozen=True)
class Stuurinformatie:
    signalen: int
    signalen_met_terugkoppeling: int
    melders_per_email_bereikt: int
    aandeel_met_terugkoppeling: float
    aandeel_per_email_bereikt: float
    mediaan_dagen_signaal_tot_knelpunt: float | None
    mediaan_dagen_knelpunt_tot_eigenaar: float | None
    mediaan_dagen_eigenaar_tot_oplossing: float | None
    knelpunten_per_status: dict[str, int]


def _median(waarden: list[float]) -> float | None:
    return round(statistics.median(waarden), 1) if waarden else None


def _dagen(van: datetime, tot: datetime) -> float:
    return (tot - van).total_seconds() / 86400


def management_figures(ctx: Context, actor: Actor) -> Stuurinformatie:
    vereis(actor.rol, Actie.STUURINFORMATIE_LEZEN)
    with ctx.uow(schrijven=False) as uow:
        _, totaal = uow.signalen.search(actor.organisatie_id, SignaalFilter(), Pagina(1, 1))
        bereikt = uow.berichten.signals_reached(actor.organisatie)
        met_terugkoppeling: set[object] = set()
        naar_knelpunt, naar_eigenaar, naar_oplossing = [], [], []
        per_status: dict[str, int] = {}
        for k in uow.knelpunten.visible_to(actor.organisatie):
            per_status[k.status.value] = per_status.get(k.status.value, 0) + 1
            gekoppeld = uow.knelpunten.linked(k.id)
            if gekoppeld:
                naar_knelpunt.append(_dagen(gekoppeld[0].ontvangen_op, k.aangemaakt_op))
            if k.eigenaar_sinds:
                naar_eigenaar.append(_dagen(k.aangemaakt_op, k.eigenaar_sinds))
                if k.status == Knelpuntstatus.OPGELOST and k.afgerond_op:
                    naar_oplossing.append(_dagen(k.eigenaar_sinds, k.afgerond_op))
            if any(
                tk.status == Terugkoppelingstatus.GOEDGEKEURD
                for tk in uow.terugkoppelingen.for_knelpunt(k.id)
            ):
                met_terugkoppeling |= {
                    s.signaal_id for s in gekoppeld if s.organisatie == actor.organisatie
                }
    return Stuurinformatie(
        signalen=totaal,
        signalen_met_terugkoppeling=len(met_terugkoppeling),
        melders_per_email_bereikt=len(bereikt),
        aandeel_met_terugkoppeling=round(len(met_terugkoppeling) / totaal, 4) if totaal else 0.0,
        aandeel_per_email_bereikt=round(len(bereikt) / totaal, 4) if totaal else 0.0,
        mediaan_dagen_signaal_tot_knelpunt=_median(naar_knelpunt),
        mediaan_dagen_knelpunt_tot_eigenaar=_median(naar_eigenaar),
        mediaan_dagen_eigenaar_tot_oplossing=_median(naar_oplossing),
        knelpunten_per_status=per_status,
    )
