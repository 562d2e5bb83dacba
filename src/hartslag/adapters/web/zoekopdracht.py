# SPDX-License-Identifier: EUPL-1.2
"""The search form of /signalen as a query string: read leniently (an empty field is no
filter, a stale page number is page 1), with a message in the visitor's language for a
value that cannot mean anything, and written back for the sort and paging links."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from typing import TypeVar
from urllib.parse import urlencode

from starlette.datastructures import QueryParams

from hartslag.adapters.web.labels import N_
from hartslag.adapters.web.sjablonen import TIJDZONE
from hartslag.domein.vocabulaire import Brontype, Kanaal, Meldertype, Signaalstatus
from hartslag.domein.zoekfilter import Pagina, SignaalFilter, Sorteerkolom, Sortering

PAGINAGROOTTE = 25
KEUZES: dict[str, type[StrEnum]] = {
    "brontype": Brontype,
    "meldertype": Meldertype,
    "kanaal": Kanaal,
    "status": Signaalstatus,
}
VELDEN = ("zoek", *KEUZES, "thema", "vanaf", "tot")
ONGELDIGE_KEUZE = N_("Choose one of the values in the list.")
ONGELDIGE_DATUM = N_("Not a valid date; use the format yyyy-mm-dd.")
DATUMVOLGORDE = N_("The end date is before the start date.")
TE_LANG = {
    "zoek": N_("The search text is too long: at most 200 characters."),
    "thema": N_("The theme is too long: at most 100 characters."),
}
E = TypeVar("E", bound=StrEnum)


@dataclass
class Zoekopdracht:
    waarden: dict[str, str]
    filter: SignaalFilter
    sortering: Sortering
    pagina: Pagina
    fouten: dict[str, str] = field(default_factory=dict)  # field -> untranslated message

    def url(self, **anders: str | int) -> str:
        """This search with some parameters changed (empty ones left out)."""
        params: dict[str, str | int] = {k: v for k, v in self.waarden.items() if v}
        params["sorteer"] = sort_param(self.sortering)
        params["pagina"] = self.pagina.nummer
        params.update(anders)
        if params.get("sorteer") == sort_param(Sortering()):
            params.pop("sorteer")
        if params.get("pagina") == 1:
            params.pop("pagina")
        return "/signalen" + ("?" + urlencode(params) if params else "")

    def sort_url(self, kolom: str) -> str:
        """Sort by ``kolom``; again on the same column reverses the order."""
        huidige = self.sortering.kolom.value == kolom
        aflopend = not self.sortering.aflopend if huidige else kolom == "ontvangen"
        return self.url(sorteer=("-" if aflopend else "") + kolom, pagina=1)


def sort_param(s: Sortering) -> str:
    return ("-" if s.aflopend else "") + s.kolom.value


def _sortering(waarde: str) -> Sortering:
    kolom = waarde.removeprefix("-")
    if kolom not in {k.value for k in Sorteerkolom}:
        return Sortering()
    return Sortering(Sorteerkolom(kolom), waarde.startswith("-"))


def _keuze(waarde: str, soort: type[E]) -> E | None:
    return soort(waarde) if waarde in {v.value for v in soort} else None


def _datum(waarde: str) -> date | None:
    try:
        return date.fromisoformat(waarde) if waarde else None
    except ValueError:
        return None


def _begin(dag: date) -> datetime:
    return datetime.combine(dag, time.min, tzinfo=TIJDZONE)


def _page(waarde: str) -> int:
    return int(waarde) if waarde.isdigit() and 0 < int(waarde) < 100_000 else 1


def read(params: QueryParams) -> Zoekopdracht:
    waarden = {veld: (params.get(veld) or "").strip() for veld in VELDEN}
    fouten: dict[str, str] = {
        veld: ONGELDIGE_KEUZE
        for veld, soort in KEUZES.items()
        if waarden[veld] and _keuze(waarden[veld], soort) is None
    }
    for veld, maximum in (("zoek", 200), ("thema", 100)):
        if len(waarden[veld]) > maximum:
            fouten[veld] = TE_LANG[veld]
    vanaf, tot = _datum(waarden["vanaf"]), _datum(waarden["tot"])
    for veld, dag in (("vanaf", vanaf), ("tot", tot)):
        if waarden[veld] and dag is None:
            fouten[veld] = ONGELDIGE_DATUM
    if vanaf and tot and tot < vanaf:
        fouten["tot"] = DATUMVOLGORDE
    filter = SignaalFilter(
        brontype=_keuze(waarden["brontype"], Brontype),
        meldertype=_keuze(waarden["meldertype"], Meldertype),
        kanaal=_keuze(waarden["kanaal"], Kanaal),
        status=_keuze(waarden["status"], Signaalstatus),
        thema=waarden["thema"].lower() or None,
        ontvangen_vanaf=_begin(vanaf) if vanaf else None,
        ontvangen_tot=_begin(tot + timedelta(days=1)) if tot else None,
        zoek=waarden["zoek"] or None,
    )
    return Zoekopdracht(
        waarden=waarden,
        filter=filter,
        sortering=_sortering((params.get("sorteer") or "").strip()),
        pagina=Pagina(_page((params.get("pagina") or "").strip()), PAGINAGROOTTE),
        fouten=fouten,
    )
