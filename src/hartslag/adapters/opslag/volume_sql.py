# SPDX-License-Identifier: EUPL-1.2
"""Signal volume per day, counted in the database (the dashboard's weekly charts)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import ColumnElement, Connection, Date, cast, func, select

from hartslag.adapters.opslag.tabellen import signaal
from hartslag.services.poorten import Indeling


def daily_counts(
    c: Connection, organisatie_id: int, indeling: Indeling, vanaf: datetime
) -> list[tuple[date, str, int]]:
    """(UTC day, value, count) of the organisation's signals received from ``vanaf``."""
    kolom = signaal.c.brontype if indeling == "brontype" else signaal.c.kanaal
    dag: ColumnElement[Any]
    if c.dialect.name == "postgresql":
        dag = cast(func.timezone("UTC", signaal.c.ontvangen_op), Date)
    else:
        dag = func.date(signaal.c.ontvangen_op)  # SQLite keeps naive UTC as ISO text
    q = (
        select(dag.label("dag"), kolom.label("waarde"), func.count().label("aantal"))
        .where(signaal.c.organisatie_id == organisatie_id, signaal.c.ontvangen_op >= vanaf)
        .group_by(dag, kolom)
    )
    return [
        (r.dag if isinstance(r.dag, date) else date.fromisoformat(r.dag), r.waarde, r.aantal)
        for r in c.execute(q)
    ]
