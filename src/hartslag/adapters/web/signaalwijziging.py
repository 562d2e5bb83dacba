# SPDX-License-Identifier: EUPL-1.2
"""The change form on /signalen/{id}: what was changed compared with the signal as it is
(a merge patch, as ``PATCH /api/v1/signalen/{id}`` takes), checked for form and length.
Whether the change is allowed (role, status transition) is the service's decision."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, TypeVar

from starlette.datastructures import FormData

from hartslag.adapters.web.labels import N_
from hartslag.domein.signaal import Impact, Signaal, normalise_themas
from hartslag.domein.vocabulaire import (
    Bereik,
    Impactdomein,
    Impactsoort,
    Polariteit,
    Signaalstatus,
)

VELDEN = ("status", "titel", "polariteit", "bereik", "themas", "levensgebeurtenis")
VELDEN_LIJST = ("regelgeving",)
MAXIMA = {"titel": 300, "levensgebeurtenis": 200, "reden": 2000}
ONGELDIG = N_("Choose one of the values in the list.")
TE_LANG = N_("This is too long.")
TE_VEEL = N_("At most 20, separated by commas.")
REDEN_NODIG = N_("Say why you change this signal (it is kept in its history).")
NIETS = N_("Nothing was changed: the values are the same as before.")
E = TypeVar("E", bound=StrEnum)


@dataclass
class Wijziging:
    waarden: dict[str, Any]  # as typed, to show the form again
    wijzigingen: dict[str, Any] = field(default_factory=dict)
    reden: str = ""
    fouten: dict[str, str] = field(default_factory=dict)  # field -> untranslated message


def current_values(s: Signaal) -> dict[str, Any]:
    """The form's values for the signal as it is."""
    return {
        "status": "",
        "titel": s.titel or "",
        "polariteit": s.polariteit.value if s.polariteit else "",
        "bereik": s.bereik.value if s.bereik else "",
        "themas": ", ".join(s.themas),
        "levensgebeurtenis": s.levensgebeurtenis or "",
        "regelgeving": ", ".join(s.regelgeving),
        "impact": [i.domein.value for i in s.impact],
        "reden": "",
    }


def _list(tekst: str) -> tuple[str, ...]:
    return tuple(deel.strip() for deel in tekst.split(",") if deel.strip())


def _choice(w: Wijziging, veld: str, soort: type[E], huidig: E | None) -> None:
    waarde = w.waarden[veld]
    if waarde and waarde not in {v.value for v in soort}:
        w.fouten[veld] = ONGELDIG
        return
    nieuw = soort(waarde) if waarde else None
    if nieuw != huidig and (nieuw is not None or veld != "status"):
        w.wijzigingen[veld] = nieuw


def _texts(w: Wijziging, s: Signaal) -> None:
    for veld in ("titel", "levensgebeurtenis", "reden"):
        if len(w.waarden[veld]) > MAXIMA[veld]:
            w.fouten[veld] = TE_LANG
    if w.waarden["titel"] and w.waarden["titel"] != (s.titel or ""):
        w.wijzigingen["titel"] = w.waarden["titel"]
    if (w.waarden["levensgebeurtenis"] or None) != s.levensgebeurtenis:
        w.wijzigingen["levensgebeurtenis"] = w.waarden["levensgebeurtenis"] or None
    themas = normalise_themas(_list(w.waarden["themas"]))
    regelgeving = _list(w.waarden["regelgeving"])
    for veld, lijst in (("themas", themas), ("regelgeving", regelgeving)):
        if len(lijst) > 20 or any(len(deel) > 200 for deel in lijst):
            w.fouten[veld] = TE_VEEL
    if themas != normalise_themas(s.themas):
        w.wijzigingen["themas"] = themas
    if regelgeving != s.regelgeving:
        w.wijzigingen["regelgeving"] = regelgeving


def _impact(w: Wijziging, s: Signaal, gekozen: list[str]) -> None:
    bestaand = {i.domein.value: i.soort for i in s.impact}
    geldig = [d for d in Impactdomein if d.value in gekozen]
    if len(geldig) != len(set(gekozen)):
        w.fouten["impact"] = ONGELDIG
    impact = tuple(Impact(d, bestaand.get(d.value, Impactsoort.DIRECT)) for d in geldig)
    if {i.domein for i in impact} != {i.domein for i in s.impact}:
        w.wijzigingen["impact"] = impact


def read(form: FormData, s: Signaal) -> Wijziging:
    waarden: dict[str, Any] = {
        veld: str(form.get(veld) or "").strip() for veld in (*VELDEN, *VELDEN_LIJST, "reden")
    }
    waarden["impact"] = [str(v) for v in form.getlist("impact")]
    w = Wijziging(waarden=waarden, reden=waarden["reden"])
    _choice(w, "status", Signaalstatus, s.status)
    _choice(w, "polariteit", Polariteit, s.polariteit)
    _choice(w, "bereik", Bereik, s.bereik)
    _texts(w, s)
    _impact(w, s, waarden["impact"])
    if not w.reden:
        w.fouten["reden"] = REDEN_NODIG
    if not w.fouten and not w.wijzigingen:
        w.fouten["formulier"] = NIETS
    return w
