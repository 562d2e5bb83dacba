# SPDX-License-Identifier: EUPL-1.2
"""The heartbeat dashboard's charts: each one a table of figures (shown on the page and
downloaded as ``/hartslag/<naam>.csv``, the very same rows) and the geometry of its SVG.
The figures come from the services, with the visitor's rights."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from typing import Any

from hartslag.adapters.web import grafieken
from hartslag.adapters.web.labels import N_, label
from hartslag.domein.actor import Actor
from hartslag.domein.patroon import Patroon, Waarschuwing
from hartslag.services import opschaling, patronen, publiek, stuurinformatie
from hartslag.services.context import Context
from hartslag.services.poorten import Indeling
from hartslag.services.werkvoorraad import VASTGELOPEN_DAGEN

Vertaal = Callable[[str], str]
Getal = Callable[[float], str]  # a number in the page's language (1.234,5 in Dutch)
TOP = 12  # rows drawn in a bar chart; the table and the CSV hold them all


@dataclass(frozen=True)
class Verwijzing:
    """A table cell that links somewhere; the CSV holds its text."""

    tekst: str
    href: str


Cel = str | int | float | date | Verwijzing | None


@dataclass
class Grafiek:
    naam: str
    titel: str
    kolommen: list[str]
    rijen: list[list[Cel]]
    soort: str  # which drawing: balken, panelen, banden
    figuur: Any = None
    numeriek: set[int] = field(default_factory=set)  # right-aligned columns

    def csv(self) -> str:
        uit = io.StringIO()
        schrijver = csv.writer(uit, lineterminator="\r\n")
        schrijver.writerow(self.kolommen)
        for rij in self.rijen:
            schrijver.writerow([_csv_waarde(c) for c in rij])
        return uit.getvalue()


def _csv_waarde(cel: Cel) -> str:
    if cel is None:
        return ""
    if isinstance(cel, Verwijzing):
        return cel.tekst
    if isinstance(cel, date):
        return cel.isoformat()
    if isinstance(cel, float) and cel.is_integer():
        return str(int(cel))  # as the page shows it: 13, not 13.0
    return str(cel)


class Bronnen:
    """The services' answers, each asked once per request."""

    def __init__(
        self, ctx: Context, actor: Actor, weken: int, _: Vertaal, getal: Getal = str
    ) -> None:
        self.ctx, self.actor, self.weken, self._, self.getal = ctx, actor, weken, _, getal
        self._volume: dict[Indeling, stuurinformatie.Weekvolume] = {}

    def volume(self, indeling: Indeling) -> stuurinformatie.Weekvolume:
        if indeling not in self._volume:
            v = stuurinformatie.weekly_volume(self.ctx, self.actor, indeling, self.weken)
            self._volume[indeling] = v
        return self._volume[indeling]

    @cached_property
    def cijfers(self) -> publiek.Stuurinformatie:
        return publiek.management_figures(self.ctx, self.actor)

    @cached_property
    def vastgelopen(self) -> opschaling.Vastgelopenoverzicht:
        return opschaling.stuck(self.ctx, self.actor, VASTGELOPEN_DAGEN)

    @cached_property
    def patronen(self) -> list[Patroon]:
        return patronen.list_patronen(self.ctx, self.actor)

    @cached_property
    def waarschuwingen(self) -> list[Waarschuwing]:
        return patronen.list_waarschuwingen(self.ctx, self.actor)


def _volume(b: Bronnen, indeling: Indeling, naam: str, titel: str) -> Grafiek:
    _ = b._
    v = b.volume(indeling)
    namen = [_(label(w, indeling)) for w in v.per_waarde]
    rijen: list[list[Cel]] = [
        [week, *(reeks[i] for reeks in v.per_waarde.values()), v.totalen[i]]
        for i, week in enumerate(v.weken)
    ]
    figuur = grafieken.panelen(v.weken, list(zip(namen, v.per_waarde.values(), strict=True)))
    kolommen = [_("Week (Monday)"), *namen, _("Total")]
    return Grafiek(naam, titel, kolommen, rijen, "panelen", figuur, set(range(1, len(kolommen))))


def volume_brontype(b: Bronnen) -> Grafiek:
    return _volume(b, "brontype", "volume-brontype", b._("Signals per week by source type"))


def volume_kanaal(b: Bronnen) -> Grafiek:
    return _volume(b, "kanaal", "volume-kanaal", b._("Signals per week by channel"))


def onderwerp(w: Waarschuwing, titels: dict[Any, str], _: Vertaal) -> str:
    if w.patroon_id is not None:
        return titels.get(w.patroon_id, w.onderwerp)
    return f"{_(label(w.onderwerp_soort, 'onderwerpsoort'))}: {w.onderwerp}"


def waarschuwingen(b: Bronnen) -> Grafiek:
    _ = b._
    titels = {p.id: p.titel for p in b.patronen}
    rijen: list[list[Cel]] = []
    figuur = []
    for w in b.waarschuwingen:
        naam = onderwerp(w, titels, _)
        doel: Cel = Verwijzing(naam, f"/patronen/{w.patroon_id}") if w.patroon_id else naam
        soort = _(label(w.soort, "waarschuwingsoort"))
        rijen.append(
            [doel, soort, w.peildatum, w.begin_stijging, w.waargenomen, round(w.verwacht, 1),
             w.ondergrens, w.bovengrens, w.uitleg]
        )  # fmt: skip
        figuur.append(
            (naam, w.waargenomen, w.verwacht, w.ondergrens, w.bovengrens, b.getal(w.waargenomen))
        )
    kolommen = [
        _("Subject"), _("Kind"), _("Reference date"), _("Rising since"), _("This week"),
        _("Expected"), _("Normal from"), _("Normal to"), _("Explanation"),
    ]  # fmt: skip
    titel = _("Early warnings: rising patterns, themes and organisations")
    banden = grafieken.banddiagram(figuur[:TOP])
    return Grafiek("waarschuwingen", titel, kolommen, rijen, "banden", banden, {4, 5, 6, 7})


def organisatieoverstijgend(b: Bronnen) -> Grafiek:
    _ = b._
    over = [p for p in b.patronen if p.organisatieoverstijgend]
    rijen: list[list[Cel]] = [
        [Verwijzing(p.titel, f"/patronen/{p.id}"), p.omvang, len(p.organisaties), _per_org(p)]
        for p in over
    ]
    tekst = _("{titel} ({k} organisations)")
    figuur = grafieken.balkdiagram(
        [
            (
                tekst.format(titel=grafieken.kort(p.titel, 30), k=len(p.organisaties)),
                p.omvang,
                b.getal(p.omvang),
            )
            for p in over[:TOP]
        ]
    )
    kolommen = [_("Pattern"), _("Signals"), _("Organisations"), _("Signals per organisation")]
    titel = _("Patterns that cross organisations")
    return Grafiek("organisatieoverstijgend", titel, kolommen, rijen, "balken", figuur, {1, 2})


def _per_org(p: Patroon) -> str:
    return ", ".join(f"{o} {n}" for o, n in sorted(p.organisaties.items(), key=lambda x: -x[1]))


def _telling(b: Bronnen, naam: str, titel: str, kop: str, telling: dict[str, int]) -> Grafiek:
    paren = sorted(telling.items(), key=lambda x: (-x[1], x[0]))
    rijen: list[list[Cel]] = [[k, n] for k, n in paren]
    figuur = grafieken.balkdiagram([(k, n, b.getal(n)) for k, n in paren[:TOP]])
    return Grafiek(naam, titel, [kop, b._("Bottlenecks")], rijen, "balken", figuur, {1})


def vastgelopen_eigenaar(b: Bronnen) -> Grafiek:
    _ = b._
    geen = _("(no owner)")
    per = {
        (geen if k == "(geen eigenaar)" else k): n for k, n in b.vastgelopen.per_eigenaar.items()
    }
    return _telling(b, "vastgelopen-eigenaar", _("Stuck bottlenecks by owner"), _("Owner"), per)


def vastgelopen_niveau(b: Bronnen) -> Grafiek:
    _ = b._
    titel = _("Stuck bottlenecks by escalation level")
    per = b.vastgelopen.per_niveau
    return _telling(b, "vastgelopen-niveau", titel, _("Escalation level"), per)


def vastgelopen(b: Bronnen) -> Grafiek:
    _ = b._
    lijst = b.vastgelopen.knelpunten
    rijen: list[list[Cel]] = [
        [
            Verwijzing(r.knelpunt.titel, f"/knelpunten/{r.knelpunt.id}"),
            r.knelpunt.eigenaar.label if r.knelpunt.eigenaar else _("(no owner)"),
            r.niveau,
            r.dagen_zonder_voortgang,
        ]
        for r in lijst
    ]
    dagen = _("{n} days")
    figuur = grafieken.balkdiagram(
        [
            (
                r.knelpunt.titel,
                r.dagen_zonder_voortgang,
                dagen.format(n=b.getal(r.dagen_zonder_voortgang)),
            )
            for r in lijst[:TOP]
        ]
    )
    kolommen = [_("Bottleneck"), _("Owner"), _("Escalation level"), _("Days without progress")]
    return Grafiek("vastgelopen", _("Stuck bottlenecks"), kolommen, rijen, "balken", figuur, {3})


def terugkoppeling(b: Bronnen) -> Grafiek:
    _ = b._
    c = b.cijfers
    maten = [
        (
            _("Signals whose reporters got feedback"),
            c.signalen_met_terugkoppeling,
            c.aandeel_met_terugkoppeling,
        ),
        (
            _("Reporters reached by e-mail"),
            c.melders_per_email_bereikt,
            c.aandeel_per_email_bereikt,
        ),
    ]
    rijen: list[list[Cel]] = [[m, n, c.signalen, round(a * 100, 1)] for m, n, a in maten]
    figuur = grafieken.balkdiagram(
        [(m, a * 100, b.getal(round(a * 100, 1)) + "%") for m, _n, a in maten], maximum=100.0
    )
    kolommen = [_("Measure"), _("Signals"), _("Of all signals"), _("Share (%)")]
    titel = _("Share of reporters who got feedback")
    return Grafiek("terugkoppeling", titel, kolommen, rijen, "balken", figuur, {1, 2, 3})


STAPPEN = (
    ("mediaan_dagen_signaal_tot_knelpunt", N_("From first signal to bottleneck")),
    ("mediaan_dagen_knelpunt_tot_eigenaar", N_("From bottleneck to accepted owner")),
    ("mediaan_dagen_eigenaar_tot_oplossing", N_("From owner to solution")),
)


def doorlooptijden(b: Bronnen) -> Grafiek:
    _ = b._
    stappen = [(_(tekst), getattr(b.cijfers, veld)) for veld, tekst in STAPPEN]
    rijen: list[list[Cel]] = [[stap, dagen] for stap, dagen in stappen]
    figuur = grafieken.balkdiagram(
        [
            (s, d or 0.0, _("{n} days").format(n=b.getal(d)) if d is not None else "–")
            for s, d in stappen
        ]
    )
    kolommen = [_("Step"), _("Median days")]
    titel = _("Median days per step of the lifecycle")
    return Grafiek("doorlooptijden", titel, kolommen, rijen, "balken", figuur, {1})


def knelpunten_status(b: Bronnen) -> Grafiek:
    _ = b._
    per = {_(label(s, "knelpuntstatus")): n for s, n in b.cijfers.knelpunten_per_status.items()}
    return _telling(b, "knelpunten-status", _("Bottlenecks by status"), _("Status"), per)


GRAFIEKEN: dict[str, Callable[[Bronnen], Grafiek]] = {
    "volume-brontype": volume_brontype,
    "volume-kanaal": volume_kanaal,
    "waarschuwingen": waarschuwingen,
    "organisatieoverstijgend": organisatieoverstijgend,
    "vastgelopen": vastgelopen,
    "vastgelopen-eigenaar": vastgelopen_eigenaar,
    "vastgelopen-niveau": vastgelopen_niveau,
    "terugkoppeling": terugkoppeling,
    "doorlooptijden": doorlooptijden,
    "knelpunten-status": knelpunten_status,
}
