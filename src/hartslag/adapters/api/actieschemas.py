# SPDX-License-Identifier: EUPL-1.2
"""Request and response bodies of a bottleneck's actions."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from pydantic import Field

from hartslag.domein.actiepunt import Actiepunt, Actiestatus
from hartslag.services.invoer import Schema


class ActieNieuw(Schema):
    omschrijving: str = Field(min_length=1, max_length=2000)
    eigenaar: str = Field(min_length=1, max_length=200)
    deadline: date | None = None


class ActieOvergang(Schema):
    status: Actiestatus = Field(description="gestart, afgerond of geannuleerd")
    resultaat: str | None = Field(
        None, min_length=1, max_length=4000, description="Verplicht bij afgerond"
    )
    reden: str | None = Field(
        None, min_length=1, max_length=2000, description="Verplicht bij geannuleerd"
    )


class ActieWeergave(Schema):
    id: uuid.UUID
    omschrijving: str
    eigenaar: str
    deadline: date | None
    status: Actiestatus
    gereed: bool = Field(description="Afgerond (status afgerond)")
    bron: str | None
    organisatie: str | None = Field(description="De organisatie die de actie toevoegde")
    gestart_op: datetime | None
    afgesloten_op: datetime | None = Field(description="Afgerond of geannuleerd op")
    afgesloten_door: str | None
    resultaat: str | None
    annuleringsreden: str | None


def actie_weergave(a: Actiepunt) -> ActieWeergave:
    return ActieWeergave(
        id=a.id,
        omschrijving=a.omschrijving,
        eigenaar=a.eigenaar,
        deadline=a.deadline,
        status=a.status,
        gereed=a.gereed,
        bron=a.bron,
        organisatie=a.organisatie,
        gestart_op=a.gestart_op,
        afgesloten_op=a.afgesloten_op,
        afgesloten_door=a.afgesloten_door,
        resultaat=a.resultaat,
        annuleringsreden=a.annuleringsreden,
    )
