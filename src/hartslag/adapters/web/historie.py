# SPDX-License-Identifier: EUPL-1.2
"""A signal's audit trail as people read it: what happened in words, who, when, why, and
for a change the values before and after."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from hartslag.adapters.web.labels import N_, label
from hartslag.domein.gebeurtenis import Gebeurtenis, Handeling

HANDELINGEN: dict[str, str] = {
    Handeling.SIGNAAL_GEREGISTREERD: N_("Registered"),
    Handeling.SIGNAAL_GEWIJZIGD: N_("Classification changed"),
    Handeling.SIGNAAL_STATUS_GEWIJZIGD: N_("Status changed"),
    Handeling.CONTACT_GELEZEN: N_("Contact details viewed"),
    Handeling.ORIGINEEL_GELEZEN: N_("Original text viewed"),
    Handeling.PATROON_GEWIJZIGD: N_("Placed in another pattern"),
    Handeling.THEMASUGGESTIE_GEACCEPTEERD: N_("Theme suggestion accepted"),
    Handeling.SIGNAAL_PERSOONSGEGEVENS_GEWIST: N_("Personal data erased"),
    Handeling.IMPORT_GESTART: N_("Import started"),
    Handeling.IMPORT_BATCH_OPGESLAGEN: N_("Imported"),
    Handeling.IMPORT_VOLTOOID: N_("Import completed"),
    Handeling.IMPORT_AFGEBROKEN: N_("Import stopped by an error"),
}
VELDNAMEN = {
    "status": N_("status"),
    "titel": N_("title"),
    "brontype": N_("source type"),
    "meldertype": N_("reporter type"),
    "kanaal": N_("channel"),
    "polariteit": N_("polarity"),
    "impact": N_("impact"),
    "bereik": N_("reach"),
    "themas": N_("themes"),
    "levensgebeurtenis": N_("life event"),
    "regelgeving": N_("regulations"),
}
SOORTEN = {"status": "signaalstatus", "impact": "impact"}  # vocabulary of a field's values


@dataclass(frozen=True)
class Regel:
    tijdstip: datetime
    wie: str
    wat: str
    reden: str | None
    wijzigingen: list[tuple[str, str, str]]  # field, before, after


def _value(veld: str, waarde: Any, vertaal: Callable[[str], str]) -> str:
    if waarde is None or waarde == [] or waarde == "":
        return "–"
    if isinstance(waarde, list):
        return ", ".join(_value(veld, w, vertaal) for w in waarde)
    if isinstance(waarde, dict):
        return vertaal(label(waarde.get("domein", ""), "impact"))
    if isinstance(waarde, bool):
        return vertaal(N_("yes") if waarde else N_("no"))
    return vertaal(label(waarde, SOORTEN.get(veld, veld)))


def describe(g: Gebeurtenis, vertaal: Callable[[str], str]) -> Regel:
    wijzigingen = []
    if g.voor is not None:
        for veld in sorted(set(g.voor) | set(g.na or {})):
            wijzigingen.append(
                (
                    vertaal(VELDNAMEN.get(veld, veld)),
                    _value(veld, g.voor.get(veld), vertaal),
                    _value(veld, (g.na or {}).get(veld), vertaal),
                )
            )
    wat = HANDELINGEN.get(str(g.actie))
    return Regel(
        tijdstip=g.tijdstip,
        wie=g.actor,
        wat=vertaal(wat) if wat else str(g.actie),
        reden=g.reden,
        wijzigingen=wijzigingen,
    )
