# SPDX-License-Identifier: EUPL-1.2
"""Sensemaking sessions (duidingssessies, casuïstiekbesprekingen).

A session is planned (``gepland``), prepared and changed while it is a draft, and then
recorded (``vastgelegd``): its conclusions are fixed and every agreed action becomes an
action on the dossier it belongs to. A recorded session is not edited again; a correction
is a new session or a new action on the dossier. Pure: callers pass ``now``.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import date, datetime
from enum import StrEnum

from hartslag.domein.fouten import Conflict, OngeldigeInvoer
from hartslag.domein.knelpunt import Casus


class Deelnemersoort(StrEnum):
    """Who takes part: a public organisation, a civil-society partner (maatschappelijke
    organisatie, belangenbehartiger) or someone with lived experience."""

    PUBLIEKE_ORGANISATIE = "publieke-organisatie"
    MAATSCHAPPELIJKE_PARTNER = "maatschappelijke-partner"
    ERVARINGSDESKUNDIGE = "ervaringsdeskundige"


class Sessiestatus(StrEnum):
    GEPLAND = "gepland"
    VASTGELEGD = "vastgelegd"


@dataclass(frozen=True)
class Deelnemer:
    """A participant: a person of an organisation, or the organisation as such (no name)."""

    organisatie: str
    naam: str | None = None
    rol: str | None = None  # e.g. "beleid", "uitvoering", "voorzitter"
    soort: Deelnemersoort = Deelnemersoort.PUBLIEKE_ORGANISATIE


@dataclass(frozen=True)
class Afspraak:
    """An agreed action; recording the session makes it an action on the dossier."""

    knelpunt_id: uuid.UUID
    omschrijving: str
    eigenaar: str
    deadline: date | None = None
    actie_id: uuid.UUID | None = None  # the dossier action, once recorded


@dataclass(frozen=True)
class Duidingssessie:
    id: uuid.UUID
    organisatie: str
    titel: str
    datum: datetime
    deelnemers: tuple[Deelnemer, ...]
    knelpunten: tuple[uuid.UUID, ...]
    aangemaakt_door: str
    besproken_casussen: tuple[Casus, ...] = ()
    conclusies: tuple[str, ...] = ()
    afspraken: tuple[Afspraak, ...] = ()
    vastgelegd_op: datetime | None = None
    vastgelegd_door: str | None = None

    @property
    def status(self) -> Sessiestatus:
        return Sessiestatus.GEPLAND if self.vastgelegd_op is None else Sessiestatus.VASTGELEGD


class SessieVastgelegd(Conflict):
    code = "duidingssessie-vastgelegd"
    titel = "Deze duidingssessie is al vastgelegd"


def check_sessie(s: Duidingssessie) -> None:
    """A clear error for the first thing that is wrong with the draft."""
    if not s.titel.strip():
        raise OngeldigeInvoer("Geef de duidingssessie een titel.")
    for d in s.deelnemers:
        if not d.organisatie.strip():
            raise OngeldigeInvoer(
                "Elke deelnemer hoort bij een organisatie (ook maatschappelijke partners, "
                "bijvoorbeeld 'Schuldhulpmaatje')."
            )
    if len(set(s.knelpunten)) != len(s.knelpunten):
        raise OngeldigeInvoer("Elk knelpunt staat één keer op de agenda.")
    for nummer, a in enumerate(s.afspraken, 1):
        if a.knelpunt_id not in s.knelpunten:
            raise OngeldigeInvoer(
                f"Afspraak {nummer} hoort bij knelpunt {a.knelpunt_id}, dat niet "
                "in deze sessie besproken wordt; zet het eerst op de agenda (knelpuntIds)."
            )
        if not a.omschrijving.strip() or not a.eigenaar.strip():
            raise OngeldigeInvoer("Een afspraak heeft een omschrijving en een eigenaar.")


def ensure_draft(s: Duidingssessie) -> None:
    """A recorded session is not edited again."""
    if s.vastgelegd_op is not None:
        raise SessieVastgelegd(
            f"De sessie '{s.titel}' is vastgelegd op {s.vastgelegd_op:%d-%m-%Y}; wijzig haar "
            "niet meer. Plan een vervolgsessie of voeg een actie toe aan het knelpunt."
        )


def change_sessie(s: Duidingssessie, **wijzigingen: object) -> Duidingssessie:
    """The draft with ``wijzigingen``, checked."""
    ensure_draft(s)
    nieuw = replace(s, **wijzigingen)  # type: ignore[arg-type]
    check_sessie(nieuw)
    return nieuw


def record_sessie(s: Duidingssessie, door: str, now: datetime) -> Duidingssessie:
    """Fix the conclusions and agreed actions. A session without participants, bottlenecks
    or conclusions has nothing to record."""
    ensure_draft(s)
    ontbreekt = [
        wat
        for wat, leeg in (
            ("deelnemers", not s.deelnemers),
            ("knelpuntIds", not s.knelpunten),
            ("conclusies", not any(c.strip() for c in s.conclusies)),
        )
        if leeg
    ]
    if ontbreekt:
        raise OngeldigeInvoer(
            "Een sessie vastleggen kan pas met deelnemers, besproken knelpunten en minstens "
            f"één conclusie. Ontbreekt: {', '.join(ontbreekt)}."
        )
    check_sessie(s)
    return replace(s, vastgelegd_op=now, vastgelegd_door=door)
