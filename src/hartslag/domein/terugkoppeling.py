# SPDX-License-Identifier: EUPL-1.2
"""Closing the loop (terugkoppeling): a feedback message per milestone, in plain Dutch,
reviewed by a person before it goes to reporters and professionals.

A milestone is a bottleneck that was solved or not solved, or a signal closed without
one. Each organisation reviews the feedback to its own reporters: a bottleneck with
signals of three organisations gets three drafts."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from hartslag.domein.knelpunt import Knelpunt, Knelpuntstatus
from hartslag.domein.vocabulaire import Signaalstatus


class Terugkoppelingstatus(StrEnum):
    CONCEPT = "concept"
    GOEDGEKEURD = "goedgekeurd"


class Mijlpaal(StrEnum):
    """What the feedback is about."""

    OPGELOST = "opgelost"  # the bottleneck was solved
    NIET_OPGELOST = "niet-opgelost"  # the bottleneck could not be solved
    GESLOTEN = "gesloten"  # the signal was closed without a bottleneck


MIJLPALEN = frozenset({Knelpuntstatus.OPGELOST, Knelpuntstatus.NIET_OPGELOST})


@dataclass(frozen=True)
class Terugkoppeling:
    """Feedback of one organisation (``organisatie``) to its own reporters, about a
    bottleneck or, when a signal was closed without one, about that signal."""

    id: uuid.UUID
    knelpunt_id: uuid.UUID | None
    organisatie: str
    mijlpaal: Mijlpaal
    tekst: str
    aangemaakt_op: datetime
    status: Terugkoppelingstatus = Terugkoppelingstatus.CONCEPT
    beoordeeld_door: str | None = None
    beoordeeld_op: datetime | None = None
    signaal_id: uuid.UUID | None = None


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


def closed_signal_text(reden: str) -> str:
    """A first version for a signal closed without a bottleneck; a person reviews it."""
    return (
        "U deed een melding bij ons. Wij hebben uw melding bekeken en afgehandeld. "
        f"Wat wij ermee deden: {reden.strip().rstrip('.')}. Dank u wel voor uw melding: "
        "zo kunnen wij het beter doen."
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


def public_signal_status(status: Signaalstatus, goedgekeurd: bool) -> PubliekeStatus:
    """The status of a signal that is on no bottleneck: received until someone looks at
    it, done once it was closed and its feedback approved."""
    if status == Signaalstatus.NIEUW:
        return PubliekeStatus.ONTVANGEN
    if status == Signaalstatus.GESLOTEN and goedgekeurd:
        return PubliekeStatus.AFGEROND
    return PubliekeStatus.IN_BEHANDELING
