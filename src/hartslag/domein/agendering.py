# SPDX-License-Identifier: EUPL-1.2
"""Agenda moments (agenderingsmomenten): decision moments to time a bottleneck letter for,
each with its submission deadline and reminders before it."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from hartslag.domein.fouten import OngeldigeInvoer


@dataclass(frozen=True)
class Agenderingsmoment:
    id: uuid.UUID
    organisatie: str
    naam: str
    datum: date
    indiendeadline: date
    herinneringen: tuple[int, ...] = (14, 3)  # days before the deadline
    omschrijving: str | None = None


def check_moment(m: Agenderingsmoment) -> None:
    if not m.naam.strip():
        raise OngeldigeInvoer("Geef het agenderingsmoment een naam.")
    if m.indiendeadline > m.datum:
        raise OngeldigeInvoer("De indiendeadline ligt vóór of op de datum van het moment.")
    if any(d < 0 for d in m.herinneringen):
        raise OngeldigeInvoer("Herinneringen zijn een aantal dagen vóór de deadline (≥ 0).")


def _standaard(jaar: int) -> list[tuple[str, date, int, str]]:
    """(name, decision date, weeks before it to submit, description)."""
    derde_dinsdag_sept = date(jaar, 9, 15) + timedelta(days=(1 - date(jaar, 9, 15).weekday()) % 7)
    return [
        (
            "Voorjaarsnota",
            date(jaar, 6, 1),
            10,
            "Bijstelling van de rijksbegroting in het voorjaar.",
        ),
        (
            "Prinsjesdag / Miljoenennota",
            derde_dinsdag_sept,
            16,
            "Rijksbegroting voor het volgende jaar.",
        ),
        (
            "Staat van de Uitvoering",
            date(jaar, 6, 15),
            12,
            "Jaarlijkse rapportage over knelpunten in de uitvoering.",
        ),
        (
            "Gemeentelijke begrotingscyclus (kadernota)",
            date(jaar, 7, 1),
            8,
            "Kadernota en begroting van de gemeente.",
        ),
    ]


def default_moments(
    organisatie: str, jaar: int, nieuw_id: list[uuid.UUID]
) -> list[Agenderingsmoment]:
    """The default calendar for ``jaar``; ids are handed in (the domain draws no randomness)."""
    return [
        Agenderingsmoment(
            id=nieuw_id[i],
            organisatie=organisatie,
            naam=naam,
            datum=datum,
            indiendeadline=datum - timedelta(weeks=weken),
            omschrijving=omschrijving,
        )
        for i, (naam, datum, weken, omschrijving) in enumerate(_standaard(jaar))
    ]


def reminders_due(m: Agenderingsmoment, now: datetime) -> list[int]:
    """The reminders (days before the deadline) whose moment has come and the deadline not
    passed; the caller sends each once."""
    resterend = (m.indiendeadline - now.date()).days
    return [d for d in m.herinneringen if 0 <= resterend <= d]
