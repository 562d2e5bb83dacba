# SPDX-License-Identifier: EUPL-1.2
"""Sensemaking sessions (duidingssessies, casuïstiekbesprekingen)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True)
class Deelnemer:
    naam: str
    organisatie: str
    rol: str | None = None  # e.g. "maatschappelijk partner", "beleid", "uitvoering"


@dataclass(frozen=True)
class Afspraak:
    """An agreed action; recording the session makes it an action on the dossier."""

    knelpunt_id: uuid.UUID
    omschrijving: str
    eigenaar: str
    deadline: date | None = None


@dataclass(frozen=True)
class Duidingssessie:
    id: uuid.UUID
    organisatie: str
    titel: str
    datum: datetime
    deelnemers: tuple[Deelnemer, ...]
    knelpunten: tuple[uuid.UUID, ...]
    aangemaakt_door: str
    besproken_casussen: tuple[str, ...] = ()
    conclusies: tuple[str, ...] = ()
    afspraken: tuple[Afspraak, ...] = ()
    vastgelegd_op: datetime | None = None
