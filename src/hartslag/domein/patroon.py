# SPDX-License-Identifier: EUPL-1.2
"""Patterns (patronen), early warnings (waarschuwingen) and what people decided about them."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

NETWERK = "*"  # the scope of an analysis over every organisation in the database


class Patroonstatus(StrEnum):
    ACTIEF = "actief"  # found by the latest analysis
    BEVESTIGD = "bevestigd"  # a person confirmed it: its members stay
    SAMENGEVOEGD = "samengevoegd"  # merged into another pattern
    OPGEHEVEN = "opgeheven"  # no longer found


class Mutatiesoort(StrEnum):
    NIEUW = "nieuw"
    SAMENGEVOEGD = "samengevoegd"
    GESPLITST = "gesplitst"
    OPGEHEVEN = "opgeheven"
    HERNOEMD = "hernoemd"
    BEVESTIGD = "bevestigd"
    VERPLAATST = "verplaatst"


class Waarschuwingsoort(StrEnum):
    PIEK = "piek"  # this week far above the expected level
    OPBOUW = "opbouw"  # a slow build-up (cumulative sum)
    NIEUW_PATROON = "nieuw-patroon"


class Onderwerpsoort(StrEnum):
    PATROON = "patroon"
    THEMA = "thema"
    ORGANISATIE = "organisatie"


@dataclass(frozen=True)
class Mutatie:
    """A recorded change of pattern identity: never silent."""

    soort: Mutatiesoort
    van: tuple[uuid.UUID, ...]
    naar: tuple[uuid.UUID, ...]
    toelichting: str = ""


@dataclass
class Patroon:
    id: uuid.UUID
    bereik: str
    titel: str
    status: Patroonstatus
    sleutelwoorden: list[str]
    omvang: int
    eerst_gezien: datetime | None
    laatst_gezien: datetime | None
    organisaties: dict[str, int]
    brontypes: dict[str, int]
    kanalen: dict[str, int]
    reeks: list[tuple[date, int]]
    representanten: list[uuid.UUID]
    herhaalcontacten: int = 0
    organisatieoverstijgend: bool = False
    score: float = 0.0
    titel_handmatig: bool = False
    samengevoegd_in: uuid.UUID | None = None
    bijgewerkt_op: datetime | None = None


@dataclass
class Waarschuwing:
    id: uuid.UUID
    bereik: str
    soort: Waarschuwingsoort
    onderwerp_soort: Onderwerpsoort
    onderwerp: str  # pattern id, theme or organisation code
    peildatum: date
    begin_stijging: date | None
    waargenomen: int
    verwacht: float
    ondergrens: int
    bovengrens: int
    uitleg: str
    organisaties: list[str] = field(default_factory=list)
    patroon_id: uuid.UUID | None = None


def decides_on(patroon: Patroon, organisatie: str, netwerkeigenaar: str | None) -> bool:
    """Whether ``organisatie`` owns the decisions on ``patroon`` (title, keywords, confirm,
    merge, split, moving signals in): a pattern of its own analysis, or a network pattern
    that holds only its own signals. A network pattern holding another organisation's
    signals belongs to the analysis over all organisations and to the named network owner
    (``HARTSLAG_NETWORK_PATTERN_OWNER``), no one else."""
    if patroon.bereik == organisatie:
        return True
    if patroon.bereik != NETWERK:
        return False
    gedeeld = any(o != organisatie for o in patroon.organisaties)
    return not gedeeld or organisatie == netwerkeigenaar
