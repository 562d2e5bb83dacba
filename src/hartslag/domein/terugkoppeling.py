# SPDX-License-Identifier: EUPL-1.2
"""Closing the loop (terugkoppeling): a feedback message per milestone, in plain Dutch,
reviewed by a person before it goes to reporters and professionals."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from hartslag.domein.knelpunt import Knelpunt, Knelpuntstatus


class Terugkoppelingstatus(StrEnum):
    CONCEPT = "concept"
    GOEDGEKEURD = "goedgekeurd"


MIJLPALEN = frozenset({Knelpuntstatus.OPGELOST, Knelpuntstatus.NIET_OPGELOST})


@dataclass(frozen=True)
class Terugkoppeling:
    id: uuid.UUID
    knelpunt_id: uuid.UUID
    organisatie: str
    mijlpaal: Knelpuntstatus
    tekst: str
    aangemaakt_op: datetime
    status: Terugkoppelingstatus = Terugkoppelingstatus.CONCEPT
    beoordeeld_door: str | None = None
    beoordeeld_op: datetime | None = None


def draft_text(k: Knelpunt) -> str:
    """A first version in plain language; a person reviews and may rewrite it."""
    if k.status == Knelpuntstatus.OPGELOST:
        gedaan = k.besluiten[-1].omschrijving if k.besluiten else "de oorzaak is aangepakt"
        return (
            f'U meldde ons een probleem. Wij hoorden meer mensen hierover: "{k.titel}". '
            f"Wat wij deden: {gedaan}. Dank u wel voor uw melding: zo kunnen wij het "
            "beter doen."
        )
    reden = k.niet_opgelost_reden or "het is niet gelukt"
    return (
        f'U meldde ons een probleem. Wij hoorden meer mensen hierover: "{k.titel}". '
        f"Wij hebben dit onderzocht, maar kunnen het nu niet oplossen. De reden: {reden}. "
        "Dank u wel voor uw melding: wij blijven opletten."
    )


class PubliekeStatus(StrEnum):
    """What the reporter sees in a status lookup: nothing internal."""

    ONTVANGEN = "ontvangen"
    IN_BEHANDELING = "in-behandeling"
    AFGEROND = "afgerond"


def public_status(k: Knelpunt | None, goedgekeurd: bool) -> PubliekeStatus:
    if k is None:
        return PubliekeStatus.ONTVANGEN
    if not k.is_open and goedgekeurd:
        return PubliekeStatus.AFGEROND
    return PubliekeStatus.IN_BEHANDELING
