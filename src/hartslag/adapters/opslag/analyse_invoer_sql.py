# SPDX-License-Identifier: EUPL-1.2
"""The analysis store, part one: what a run reads (signals, vectors) and the theme
suggestions it leaves. ``SqlAnalyses`` (``analyse_sql.py``) adds runs and patterns."""

from __future__ import annotations

import sys
import uuid
from collections import defaultdict
from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import ColumnElement, Connection, delete, func, insert, select

from hartslag.adapters.opslag import tabellen as t

if TYPE_CHECKING:  # the analysis pipeline loads scikit-learn: only when a run needs it
    import numpy as np

    from hartslag.analyse.pijplijn import Signaalgegevens

_BATCH = 5000


def chunks(rijen: Sequence[Any], n: int = _BATCH) -> list[Sequence[Any]]:
    return [rijen[i : i + n] for i in range(0, len(rijen), n)]


class SqlAnalyseInvoer:
    def __init__(self, connection: Connection) -> None:
        self._c = connection

    # --- input of a run -------------------------------------------------------------
    def signals(
        self,
        organisatie_id: int | None,
        vanaf: datetime | None,
        tot: datetime | None,
        ids: Sequence[uuid.UUID] | None = None,
    ) -> list[Signaalgegevens]:
        from hartslag.analyse.pijplijn import Signaalgegevens

        s = t.signaal.c
        conds: list[ColumnElement[bool]] = [] if ids is None else [s.id.in_(list(ids))]
        if organisatie_id is not None:
            conds.append(s.organisatie_id == organisatie_id)
        if vanaf is not None:
            conds.append(s.ontvangen_op >= vanaf)
        if tot is not None:
            conds.append(s.ontvangen_op < tot)
        themas: dict[uuid.UUID, list[str]] = defaultdict(list)
        tq = (
            select(t.signaal_thema.c.signaal_id, t.signaal_thema.c.thema)
            .join(t.signaal, t.signaal.c.id == t.signaal_thema.c.signaal_id)
            .where(*conds)
        )
        for sid, thema in self._c.execute(tq):
            themas[sid].append(thema)
        q = (
            select(
                s.id,
                t.organisatie.c.code,
                s.ontvangen_op,
                s.titel,
                s.tekst,
                s.brontype,
                s.kanaal,
                s.melder_pseudoniem,
            )
            .join(t.organisatie, t.organisatie.c.id == s.organisatie_id)
            .where(*conds)
            .order_by(s.ontvangen_op, s.id)
        )
        return [  # the few distinct codes interned: a run may hold a million signals
            Signaalgegevens(
                r.id,
                sys.intern(r.code),
                r.ontvangen_op,
                _tekst(r.titel, r.tekst),
                sys.intern(r.brontype),
                sys.intern(r.kanaal),
                tuple(sorted(themas.get(r.id, ()))),
                r.melder_pseudoniem,
            )
            for r in self._c.execute(q)
        ]

    def signals_registered_since(self, moment: datetime | None) -> int:
        s = t.signaal.c
        q = select(func.count()).select_from(t.signaal)
        if moment is not None:
            q = q.where(s.geregistreerd_op > moment)
        return int(self._c.execute(q).scalar_one())

    def unplaced_since(self, moment: datetime, limiet: int) -> list[tuple[uuid.UUID, datetime]]:
        s, v = t.signaal.c, t.signaal_vector.c
        if self._c.execute(select(t.analyserun.c.id).limit(1)).first() is None:
            return []  # no analysis yet: no pattern to place a signal in
        q = (
            select(s.id, s.geregistreerd_op)
            .where(
                s.geregistreerd_op >= moment,
                ~select(v.signaal_id).where(v.signaal_id == s.id).exists(),
            )
            .order_by(s.geregistreerd_op)
            .limit(limiet)
        )
        return [(r.id, r.geregistreerd_op) for r in self._c.execute(q)]

    def vectors(self, representatie: str, ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, bytes]:
        v = t.signaal_vector.c
        result: dict[uuid.UUID, bytes] = {}
        for deel in chunks(list(ids)):
            q = select(v.signaal_id, v.vector).where(
                v.representatie == representatie, v.signaal_id.in_(list(deel))
            )
            result.update({r.signaal_id: r.vector for r in self._c.execute(q)})
        return result

    def vector_matrix(
        self, representatie: str, ids: Sequence[uuid.UUID], dimensies: int
    ) -> tuple[np.ndarray, np.ndarray]:
        """Read straight into one matrix: a million vectors as bytes in a dict would take
        as much memory again as the matrix itself."""
        import numpy as np  # here: a web worker that reads no vectors does not load it

        v = t.signaal_vector.c
        rij_van = {sid: i for i, sid in enumerate(ids)}
        matrix = np.zeros((len(ids), dimensies), dtype=np.float32)
        gevonden = np.zeros(len(ids), dtype=bool)
        for deel in chunks(list(ids)):
            q = select(v.signaal_id, v.vector).where(
                v.representatie == representatie, v.signaal_id.in_(list(deel))
            )
            for sid, vector in self._c.execute(q):
                i = rij_van[sid]
                matrix[i] = np.frombuffer(vector, dtype=np.float32)
                gevonden[i] = True
        return matrix, gevonden

    def organisation_vectors(
        self, representatie: str, organisatie_id: int
    ) -> list[tuple[uuid.UUID, bytes]]:
        v, s = t.signaal_vector.c, t.signaal.c
        q = (
            select(v.signaal_id, v.vector)
            .join(t.signaal, s.id == v.signaal_id)
            .where(v.representatie == representatie, s.organisatie_id == organisatie_id)
            .order_by(v.signaal_id)
        )
        return [(r.signaal_id, r.vector) for r in self._c.execute(q)]

    def add_vectors(
        self, representatie: str, rijen: Sequence[tuple[uuid.UUID, bytes]], now: datetime
    ) -> None:
        v = t.signaal_vector
        for deel in chunks(list(rijen)):
            ids = [i for i, _ in deel]
            self._c.execute(
                delete(v).where(v.c.representatie == representatie, v.c.signaal_id.in_(ids))
            )
            self._c.execute(
                insert(v),
                [
                    {
                        "signaal_id": i,
                        "representatie": representatie,
                        "vector": b,
                        "aangemaakt_op": now,
                    }
                    for i, b in deel
                ],
            )

    # --- theme suggestions ----------------------------------------------------------
    def set_suggestions(
        self,
        organisatie_id: int,
        rijen: Sequence[tuple[uuid.UUID, str, float, int]],
        now: datetime,
    ) -> None:
        ts, s = t.themasuggestie, t.signaal.c
        eigen = select(s.id).where(s.organisatie_id == organisatie_id)
        self._c.execute(delete(ts).where(ts.c.signaal_id.in_(eigen)))
        waarden = [
            {"signaal_id": i, "thema": th, "zekerheid": z, "rang": r, "aangemaakt_op": now}
            for i, th, z, r in rijen
        ]
        for deel in chunks(waarden):
            self._c.execute(insert(ts), list(deel))

    def suggestions(
        self, organisatie_id: int, signaal_id: uuid.UUID | None, limit: int
    ) -> list[tuple[uuid.UUID, str, float]]:
        ts, s = t.themasuggestie.c, t.signaal.c
        q = (
            select(ts.signaal_id, ts.thema, ts.zekerheid)
            .join(t.signaal, s.id == ts.signaal_id)
            .where(s.organisatie_id == organisatie_id)
        )
        if signaal_id is not None:
            q = q.where(ts.signaal_id == signaal_id).order_by(ts.rang)
        else:
            q = q.where(ts.rang == 0).order_by(ts.zekerheid, ts.signaal_id).limit(limit)
        return [(r.signaal_id, r.thema, r.zekerheid) for r in self._c.execute(q)]

    def clear_suggestions(self, signaal_id: uuid.UUID) -> None:
        ts = t.themasuggestie
        self._c.execute(delete(ts).where(ts.c.signaal_id == signaal_id))


def _tekst(titel: str | None, tekst: str) -> str:
    if titel and not tekst.startswith(titel.rstrip("…")):
        return f"{titel}. {tekst}"
    return tekst
