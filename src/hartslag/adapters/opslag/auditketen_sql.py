# SPDX-License-Identifier: EUPL-1.2
"""The audit trail: append-only records on the strands of each organisation's hash chain."""

from __future__ import annotations

import random
from collections.abc import Iterator, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, and_, bindparam, func, insert, or_, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert

from hartslag.adapters.opslag import tabellen as t
from hartslag.domein.gebeurtenis import BEGIN_VAN_KETEN, Gebeurtenis, chain_hash
from hartslag.services.poorten import Ketenkop


def _gebeurtenis(row: Any) -> Gebeurtenis:
    return Gebeurtenis(
        id=row.id,
        tijdstip=row.tijdstip,
        actor=row.actor,
        actie=row.actie,
        onderwerp_type=row.onderwerp_type,
        onderwerp_id=row.onderwerp_id,
        organisatie_id=row.organisatie_id,
        reden=row.reden,
        voor=row.voor,
        na=row.na,
        vorige_hash=row.vorige_hash,
        hash=row.hash,
    )


STRENGEN = range(8)  # strands per organisation's audit chain (PostgreSQL)

# The statements of every registration, built once: SQLAlchemy then finds their compiled
# form by identity instead of building and hashing a new statement per request (issue 12).
_k = t.auditketen
_KOP = select(_k.c.streng, _k.c.laatste_hash, _k.c.aantal).where(
    _k.c.sleutel == bindparam("sleutel")
)
_KOP_SQLITE = _KOP.where(_k.c.streng == 0)
_KOP_VRIJ = _KOP.order_by(_k.c.streng).limit(1).with_for_update(skip_locked=True)
_STRENGEN = select(func.count()).select_from(_k).where(_k.c.sleutel == bindparam("sleutel"))
_KOP_WACHT = _KOP.where(_k.c.streng == bindparam("streng")).with_for_update()
_NIEUWE_GEBEURTENISSEN = insert(t.gebeurtenis).returning(
    t.gebeurtenis.c.id, sort_by_parameter_order=True
)
_KOP_BIJWERKEN = (
    update(_k)
    .where(_k.c.sleutel == bindparam("b_sleutel"), _k.c.streng == bindparam("b_streng"))
    .values(
        laatste_id=bindparam("b_id"),
        laatste_hash=bindparam("b_hash"),
        aantal=bindparam("b_aantal"),
    )
)

# One record: inserted, and made its strand's head, in one statement (PostgreSQL).
_g = t.gebeurtenis
_EEN = (
    insert(_g)
    .values({c.name: bindparam(f"g_{c.name}") for c in _g.c if c.name != "id"})
    .returning(_g.c.id)
    .cte("nieuw")
)
_EEN_GEBEURTENIS = (
    update(_k)
    .where(_k.c.sleutel == bindparam("b_sleutel"), _k.c.streng == bindparam("b_streng"))
    .values(
        laatste_id=select(_EEN.c.id).scalar_subquery(),
        laatste_hash=bindparam("b_hash"),
        aantal=bindparam("b_aantal"),
    )
)


class SqlGebeurtenissen:
    """The audit trail. Insert-only here; the database's triggers refuse anything else."""

    def __init__(self, connection: Connection) -> None:
        self._c = connection

    def add(self, g: Gebeurtenis) -> None:
        """Append ``g`` to a strand of its organisation's chain (`_head`). The strand's
        head row is locked until the transaction ends, so each strand stays a line."""
        self.add_many([g])

    def add_many(self, gebeurtenissen: Sequence[Gebeurtenis]) -> None:
        """Append records of one organisation to one strand of its chain, in order: the
        head is read and written once, the records inserted in one statement."""
        if not gebeurtenissen:
            return
        sleutel = gebeurtenissen[0].organisatie_id or 0
        assert all((g.organisatie_id or 0) == sleutel for g in gebeurtenissen)
        kop = self._head(sleutel)
        rijen, vorige = [], kop.laatste_hash
        for g in gebeurtenissen:
            nieuw = chain_hash(vorige, g)
            rijen.append(
                {
                    "tijdstip": g.tijdstip,
                    "actor": g.actor,
                    "organisatie_id": g.organisatie_id,
                    "actie": str(g.actie),
                    "onderwerp_type": g.onderwerp_type,
                    "onderwerp_id": g.onderwerp_id,
                    "reden": g.reden,
                    "voor": g.voor,
                    "na": g.na,
                    "vorige_hash": vorige,
                    "hash": nieuw,
                    "streng": kop.streng,
                }
            )
            vorige = nieuw
        nieuwe_kop = {
            "b_sleutel": sleutel,
            "b_streng": kop.streng,
            "b_hash": vorige,
            "b_aantal": kop.aantal + len(rijen),
        }
        if len(rijen) == 1 and self._c.dialect.name == "postgresql":
            # One record (every registration): inserted and made the head in one round trip.
            rij = {f"g_{k}": v for k, v in rijen[0].items()}
            self._c.execute(_EEN_GEBEURTENIS, {**rij, **nieuwe_kop})
            return
        ids = self._c.execute(_NIEUWE_GEBEURTENISSEN, rijen).scalars().all()
        self._c.execute(_KOP_BIJWERKEN, {**nieuwe_kop, "b_id": ids[-1]})

    def _head(self, sleutel: int) -> Any:
        """The locked head of the strand the next record goes on. SQLite has one writer at
        a time: always strand 0. PostgreSQL: the first strand no other transaction holds
        (SKIP LOCKED), so concurrent registrations of one organisation do not queue on one
        hot row (issue 12); only when all are held does it wait for one."""
        k, waarden = t.auditketen, {"sleutel": sleutel}
        leeg = {"sleutel": sleutel, "laatste_id": None, "laatste_hash": BEGIN_VAN_KETEN}
        if self._c.dialect.name == "sqlite":  # the write lock is held: no one else writes
            gevonden = self._c.execute(_KOP_SQLITE, waarden).first()
            if gevonden is None:
                self._c.execute(insert(k).values(**leeg, streng=0, aantal=0))
                gevonden = self._c.execute(_KOP_SQLITE, waarden).one()
            return gevonden
        gevonden = self._c.execute(_KOP_VRIJ, waarden).first()
        if gevonden is None and self._c.execute(_STRENGEN, waarden).scalar_one() < len(STRENGEN):
            # The organisation's first records: create its strands. Only then: an INSERT
            # ... ON CONFLICT on strands that exist waits for every transaction holding
            # one, which under load made all registrations queue here (issue 12).
            alle = pg_insert(k).values([{**leeg, "streng": s, "aantal": 0} for s in STRENGEN])
            self._c.execute(alle.on_conflict_do_nothing(index_elements=["sleutel", "streng"]))
            gevonden = self._c.execute(_KOP_VRIJ, waarden).first()
        if gevonden is None:  # every strand is held: wait for one
            gevonden = self._c.execute(
                _KOP_WACHT, {**waarden, "streng": random.choice(STRENGEN)}
            ).one()
        return gevonden

    def chain(self, sleutel: int, streng: int = 0) -> Iterator[Gebeurtenis]:
        """Every record of one strand of one chain (0: of no organisation), in the order
        it was written."""
        g = t.gebeurtenis
        conditie = g.c.organisatie_id.is_(None) if sleutel == 0 else g.c.organisatie_id == sleutel
        q = (
            select(g)
            .where(conditie, g.c.streng == streng)
            .order_by(g.c.id)
            .execution_options(yield_per=5000)
        )
        for row in self._c.execute(q):
            yield _gebeurtenis(row)

    def chain_heads(self) -> list[Ketenkop]:
        k = t.auditketen
        q = select(k).order_by(k.c.sleutel, k.c.streng)
        return [
            Ketenkop(r.sleutel, r.laatste_id, r.laatste_hash, r.aantal, r.streng)
            for r in self._c.execute(q)
        ]

    def for_subject(
        self, onderwerpen: Sequence[tuple[str, str]], organisatie_id: int | None
    ) -> list[Gebeurtenis]:
        g = t.gebeurtenis
        match = or_(
            *(
                and_(g.c.onderwerp_type == soort, g.c.onderwerp_id == id_)
                for soort, id_ in onderwerpen
            )
        )
        q = select(g).where(match)
        if organisatie_id is not None:
            q = q.where(g.c.organisatie_id == organisatie_id)
        return [_gebeurtenis(r) for r in self._c.execute(q.order_by(g.c.id))]

    def list(
        self, organisatie_id: int | None, since: datetime | None, limit: int
    ) -> list[Gebeurtenis]:
        g = t.gebeurtenis
        q = select(g)
        if organisatie_id is not None:
            q = q.where(g.c.organisatie_id == organisatie_id)
        if since is not None:
            q = q.where(g.c.tijdstip >= since)
        rows = self._c.execute(q.order_by(g.c.id.desc()).limit(limit)).all()
        return [_gebeurtenis(r) for r in reversed(rows)]
