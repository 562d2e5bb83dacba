# SPDX-License-Identifier: EUPL-1.2
"""Stores for sensemaking sessions, agenda moments and the reminders sent for them."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import Connection, delete, insert, select, update
from sqlalchemy.exc import IntegrityError

from hartslag.adapters.opslag import tabellen as t
from hartslag.adapters.opslag.dossiers import from_json, to_json
from hartslag.domein.agendering import Agenderingsmoment
from hartslag.domein.duiding import Duidingssessie


class SqlDuidingssessies:
    def __init__(self, connection: Connection) -> None:
        self._c = connection

    def add(self, sessie: Duidingssessie) -> None:
        self._c.execute(
            insert(t.duidingssessie).values(
                id=sessie.id,
                organisatie=sessie.organisatie,
                datum=sessie.datum,
                inhoud=to_json(sessie, Duidingssessie),
            )
        )

    def save(self, sessie: Duidingssessie) -> None:
        d = t.duidingssessie
        self._c.execute(
            update(d)
            .where(d.c.id == sessie.id)
            .values(datum=sessie.datum, inhoud=to_json(sessie, Duidingssessie))
        )

    def get(self, sessie_id: uuid.UUID) -> Duidingssessie | None:
        d = t.duidingssessie
        inhoud = self._c.execute(select(d.c.inhoud).where(d.c.id == sessie_id)).scalar()
        return from_json(inhoud, Duidingssessie) if inhoud is not None else None

    def list(self, organisatie: str) -> list[Duidingssessie]:
        d = t.duidingssessie
        q = select(d.c.inhoud).where(d.c.organisatie == organisatie).order_by(d.c.datum.desc())
        return [from_json(i, Duidingssessie) for i in self._c.execute(q).scalars()]


class SqlAgenderingsmomenten:
    def __init__(self, connection: Connection) -> None:
        self._c = connection

    def add(self, m: Agenderingsmoment) -> None:
        self._c.execute(
            insert(t.agenderingsmoment).values(
                id=m.id,
                organisatie=m.organisatie,
                indiendeadline=m.indiendeadline,
                inhoud=to_json(m, Agenderingsmoment),
            )
        )

    def save(self, m: Agenderingsmoment) -> None:
        a = t.agenderingsmoment
        self._c.execute(
            update(a)
            .where(a.c.id == m.id)
            .values(indiendeadline=m.indiendeadline, inhoud=to_json(m, Agenderingsmoment))
        )

    def get(self, moment_id: uuid.UUID) -> Agenderingsmoment | None:
        a = t.agenderingsmoment
        inhoud = self._c.execute(select(a.c.inhoud).where(a.c.id == moment_id)).scalar()
        return from_json(inhoud, Agenderingsmoment) if inhoud is not None else None

    def list(self, organisatie: str | None) -> list[Agenderingsmoment]:
        a = t.agenderingsmoment
        q = select(a.c.inhoud).order_by(a.c.indiendeadline, a.c.id)
        if organisatie is not None:
            q = q.where(a.c.organisatie == organisatie)
        return [from_json(i, Agenderingsmoment) for i in self._c.execute(q).scalars()]

    def delete(self, moment_id: uuid.UUID) -> None:
        a = t.agenderingsmoment
        self._c.execute(delete(a).where(a.c.id == moment_id))

    def mark_reminded(
        self, moment_id: uuid.UUID, knelpunt_id: uuid.UUID, dagen: int, now: datetime
    ) -> bool:
        """Record that this reminder went out; False when it was recorded before (also by
        a concurrent transaction), so the caller does not send it again."""
        h = t.agendaherinnering
        bestaat = select(h.c.dagen).where(
            h.c.agenderingsmoment_id == moment_id,
            h.c.knelpunt_id == knelpunt_id,
            h.c.dagen == dagen,
        )
        if self._c.execute(bestaat).first():
            return False
        try:
            with self._c.begin_nested():
                self._c.execute(
                    insert(h).values(
                        agenderingsmoment_id=moment_id,
                        knelpunt_id=knelpunt_id,
                        dagen=dagen,
                        verstuurd_op=now,
                    )
                )
        except IntegrityError:
            return False
        return True

    def reminded(self, moment_id: uuid.UUID, knelpunt_id: uuid.UUID) -> frozenset[int]:
        h = t.agendaherinnering
        q = select(h.c.dagen).where(
            h.c.agenderingsmoment_id == moment_id, h.c.knelpunt_id == knelpunt_id
        )
        return frozenset(self._c.execute(q).scalars())
