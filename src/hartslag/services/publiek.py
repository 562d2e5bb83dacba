# SPDX-License-Identifier: EUPL-1.2
"""Public and management views: "you said, we did" and the figures management needs."""

from __future__ import annotations

import statistics
import uuid
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime

from hartslag.domein.actor import Actor
from hartslag.domein.fouten import NietGevonden
from hartslag.domein.knelpunt import Knelpunt, Knelpuntstatus
from hartslag.domein.opvolging import is_past_target, overdue_actions
from hartslag.domein.publicatie import Publicatiestatus
from hartslag.domein.rechten import Actie, vereis
from hartslag.domein.terugkoppeling import Terugkoppelingstatus
from hartslag.domein.zoekfilter import Pagina, SignaalFilter
from hartslag.services import zicht
from hartslag.services.context import Context
from hartslag.services.poorten import GekoppeldSignaal, UnitOfWork

_BEGIN = datetime.min.replace(tzinfo=UTC)


@dataclass(frozen=True)
class WijDeden:
    titel: str
    jullie_zeiden: str
    wij_deden: str
    aantal_signalen: int
    opgelost_op: datetime | None


def you_said_we_did(ctx: Context, organisatie: str) -> list[WijDeden]:
    """The texts an organisation published about the bottlenecks it solved, exactly as it
    approved them (``services.publicaties``); nothing else leaves."""
    with ctx.uow(schrijven=False) as uow:
        if uow.organisaties.get_id(organisatie) is None:
            raise NietGevonden(f"Organisatie '{organisatie}' is niet bekend.")
        gepubliceerd = uow.publieke_teksten.of_organisatie(
            organisatie, Publicatiestatus.GEPUBLICEERD
        )
    result = [
        WijDeden(
            titel=p.titel,
            jullie_zeiden=p.jullie_zeiden,
            wij_deden=p.wij_deden,
            aantal_signalen=p.aantal_signalen or 0,
            opgelost_op=p.opgelost_op,
        )
        for p in gepubliceerd
    ]
    return sorted(result, key=lambda w: w.opgelost_op or _BEGIN, reverse=True)


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
    knelpunten_over_streefdatum: int = 0  # open, past their target date
    acties_lopend: int = 0  # open or started, on open bottlenecks
    acties_te_laat: int = 0  # of those, past their due date


def _median(waarden: list[float]) -> float | None:
    return round(statistics.median(waarden), 1) if waarden else None


def _dagen(van: datetime, tot: datetime) -> float:
    return (tot - van).total_seconds() / 86400


def _with_feedback(uow: UnitOfWork, organisatie: str) -> set[uuid.UUID]:
    """The organisation's signals whose feedback it approved (for its own reporters)."""
    signalen: set[uuid.UUID] = set()
    for tk in uow.terugkoppelingen.for_organisatie(organisatie):
        if tk.status != Terugkoppelingstatus.GOEDGEKEURD:
            continue
        if tk.signaal_id is not None:
            signalen.add(tk.signaal_id)
        if tk.knelpunt_id is not None:
            signalen |= {
                s.signaal_id
                for s in uow.knelpunten.linked(tk.knelpunt_id)
                if s.organisatie == organisatie
            }
    return signalen


@dataclass
class _Doorlooptijden:
    naar_knelpunt: list[float] = field(default_factory=list)
    naar_eigenaar: list[float] = field(default_factory=list)
    naar_oplossing: list[float] = field(default_factory=list)

    def add(self, k: Knelpunt, gekoppeld: list[GekoppeldSignaal]) -> None:
        if gekoppeld:
            self.naar_knelpunt.append(_dagen(gekoppeld[0].ontvangen_op, k.aangemaakt_op))
        if k.eigenaar_sinds:
            self.naar_eigenaar.append(_dagen(k.aangemaakt_op, k.eigenaar_sinds))
            if k.status == Knelpuntstatus.OPGELOST and k.afgerond_op:
                self.naar_oplossing.append(_dagen(k.eigenaar_sinds, k.afgerond_op))


def management_figures(ctx: Context, actor: Actor) -> Stuurinformatie:
    vereis(actor.rol, Actie.STUURINFORMATIE_LEZEN)
    vandaag = ctx.clock.now().date()
    with ctx.uow(schrijven=False) as uow:
        _, totaal = uow.signalen.search(actor.organisatie_id, SignaalFilter(), Pagina(1, 1))
        bereikt = uow.berichten.signals_reached(actor.organisatie)
        met_terugkoppeling = _with_feedback(uow, actor.organisatie)
        tijden = _Doorlooptijden()
        per_status: Counter[str] = Counter()
        te_laat: Counter[str] = Counter()
        for k in zicht.visible_dossiers(ctx, uow, actor.organisatie):
            per_status[k.status.value] += 1
            tijden.add(k, uow.knelpunten.linked(k.id))
            te_laat["knelpunten"] += is_past_target(k, vandaag)
            te_laat["acties"] += len(overdue_actions(k, vandaag))
            te_laat["lopend"] += sum(a.is_lopend for a in k.acties) if k.is_open else 0
    return Stuurinformatie(
        signalen=totaal,
        signalen_met_terugkoppeling=len(met_terugkoppeling),
        melders_per_email_bereikt=len(bereikt),
        aandeel_met_terugkoppeling=round(len(met_terugkoppeling) / totaal, 4) if totaal else 0.0,
        aandeel_per_email_bereikt=round(len(bereikt) / totaal, 4) if totaal else 0.0,
        mediaan_dagen_signaal_tot_knelpunt=_median(tijden.naar_knelpunt),
        mediaan_dagen_knelpunt_tot_eigenaar=_median(tijden.naar_eigenaar),
        mediaan_dagen_eigenaar_tot_oplossing=_median(tijden.naar_oplossing),
        knelpunten_per_status=dict(per_status),
        knelpunten_over_streefdatum=te_laat["knelpunten"],
        acties_lopend=te_laat["lopend"],
        acties_te_laat=te_laat["acties"],
    )
