# SPDX-License-Identifier: EUPL-1.2
"""Agenda moments (agenderingsmomenten): decision moments to time a bottleneck letter for,
each with its submission deadline and reminders before it.

Every organisation keeps its own calendar. The defaults are the national budget cycle
(Voorjaarsnota, Prinsjesdag / Miljoenennota), the Staat van de Uitvoering and the municipal
budget cycle (kadernota, begroting); an organisation edits, adds and removes moments.
"""

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
    # Who must submit (e.g. the signal coordinator): reminders are e-mailed to them too.
    emailadressen: tuple[str, ...] = ()


def check_moment(m: Agenderingsmoment) -> None:
    if not m.naam.strip():
        raise OngeldigeInvoer("Geef het agenderingsmoment een naam.")
    if m.indiendeadline > m.datum:
        raise OngeldigeInvoer(
            f"De indiendeadline ({m.indiendeadline:%d-%m-%Y}) moet vóór of op de datum van het "
            f"moment ({m.datum:%d-%m-%Y}) liggen."
        )
    if any(d < 0 or d > 365 for d in m.herinneringen):
        raise OngeldigeInvoer(
            "Herinneringen zijn een aantal dagen vóór de indiendeadline (0 tot en met 365)."
        )
    if len(set(m.herinneringen)) != len(m.herinneringen):
        raise OngeldigeInvoer("Noem elke herinnering (aantal dagen) één keer.")


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
            "Kadernota (gemeentelijke begrotingscyclus)",
            date(jaar, 7, 1),
            8,
            "De gemeenteraad stelt de kaders voor de begroting van het volgende jaar vast.",
        ),
        (
            "Gemeentebegroting (gemeentelijke begrotingscyclus)",
            date(jaar, 11, 10),
            8,
            "De gemeenteraad stelt de begroting voor het volgende jaar vast.",
        ),
    ]


AANTAL_STANDAARD = len(_standaard(2000))


def default_moments(
    organisatie: str, jaar: int, nieuw_id: list[uuid.UUID]
) -> list[Agenderingsmoment]:
    """The default calendar for ``jaar`` (:data:`AANTAL_STANDAARD` moments); ids are handed
    in (the domain draws no randomness)."""
    return [
        Agenderingsmoment(
            id=nieuw_id[i],
            organisatie=organisatie,
            naam=f"{naam} {jaar}",
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


def reminder_to_send(
    m: Agenderingsmoment, now: datetime, verstuurd: frozenset[int]
) -> tuple[int | None, list[int]]:
    """The reminder to send now (the most urgent one due and not sent), and every due
    reminder it stands for: a scheduler that was off for a while sends one reminder, not
    a burst, and marks the earlier ones done."""
    open_ = [d for d in reminders_due(m, now) if d not in verstuurd]
    return (min(open_) if open_ else None), open_
