# SPDX-License-Identifier: EUPL-1.2
"""An action on a bottleneck dossier, and its small workflow as data: open → gestart →
afgerond (with a result) | geannuleerd (with a reason). Pure: callers pass ``now``."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import date, datetime
from enum import StrEnum

from hartslag.domein.fouten import OngeldigeInvoer, VeldFout
from hartslag.domein.workflow import OngeldigeOvergang


class Actiestatus(StrEnum):
    OPEN = "open"
    GESTART = "gestart"
    AFGEROND = "afgerond"
    GEANNULEERD = "geannuleerd"


LOPEND = frozenset({Actiestatus.OPEN, Actiestatus.GESTART})

ACTIE_OVERGANGEN: dict[Actiestatus, frozenset[Actiestatus]] = {
    Actiestatus.OPEN: frozenset(
        {Actiestatus.GESTART, Actiestatus.AFGEROND, Actiestatus.GEANNULEERD}
    ),
    Actiestatus.GESTART: frozenset({Actiestatus.AFGEROND, Actiestatus.GEANNULEERD}),
    Actiestatus.AFGEROND: frozenset(),
    Actiestatus.GEANNULEERD: frozenset(),
}


@dataclass(frozen=True)
class Actiepunt:
    """An action on the dossier, with its own owner and due date."""

    id: uuid.UUID
    omschrijving: str
    eigenaar: str
    deadline: date | None = None
    bron: str | None = None  # e.g. "duidingssessie:<id>"
    status: Actiestatus = Actiestatus.OPEN
    organisatie: str | None = None  # the organisation that added it
    gestart_op: datetime | None = None
    afgesloten_op: datetime | None = None  # completed or cancelled
    afgesloten_door: str | None = None
    resultaat: str | None = None
    annuleringsreden: str | None = None

    @property
    def gereed(self) -> bool:
        return self.status == Actiestatus.AFGEROND

    @property
    def is_lopend(self) -> bool:
        return self.status in LOPEND


def is_overdue(a: Actiepunt, vandaag: date) -> bool:
    """Still running after its due date."""
    return a.is_lopend and a.deadline is not None and a.deadline < vandaag


def can_move_actie(van: Actiestatus, naar: Actiestatus) -> bool:
    return naar in ACTIE_OVERGANGEN[van]


def move_actie(
    a: Actiepunt,
    naar: Actiestatus,
    *,
    door: str,
    now: datetime,
    resultaat: str | None = None,
    reden: str | None = None,
) -> Actiepunt:
    """The action after moving to ``naar``, or a clear error why it may not."""
    if not can_move_actie(a.status, naar):
        mogelijk = ", ".join(sorted(ACTIE_OVERGANGEN[a.status])) or "geen (de actie is klaar)"
        raise OngeldigeOvergang(
            f"Een actie met status '{a.status}' kan niet naar '{naar}'. Mogelijk: {mogelijk}."
        )
    if naar == Actiestatus.GESTART:
        return replace(a, status=naar, gestart_op=now)
    if naar == Actiestatus.AFGEROND:
        if not (resultaat or "").strip():
            raise OngeldigeInvoer(
                "Geef bij het afronden van een actie het resultaat op (resultaat).",
                velden=[VeldFout("resultaat", "verplicht bij afronden")],
            )
        return replace(a, status=naar, afgesloten_op=now, afgesloten_door=door, resultaat=resultaat)
    if not (reden or "").strip():
        raise OngeldigeInvoer(
            "Geef bij het annuleren van een actie een reden op (reden).",
            velden=[VeldFout("reden", "verplicht bij annuleren")],
        )
    return replace(a, status=naar, afgesloten_op=now, afgesloten_door=door, annuleringsreden=reden)
