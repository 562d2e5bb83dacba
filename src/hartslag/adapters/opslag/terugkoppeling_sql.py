# SPDX-License-Identifier: EUPL-1.2
"""Stores for feedback messages, the e-mail outbox and professionals' notifications."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import Connection, insert, or_, select, update
from sqlalchemy.exc import IntegrityError

from hartslag.adapters.opslag import tabellen as t
from hartslag.adapters.opslag.dossiers import from_json, to_json
from hartslag.domein.terugkoppeling import Terugkoppeling
from hartslag.services.poorten import Bericht


class SqlTerugkoppelingen:
    def __init__(self, connection: Connection) -> None:
        self._c = connection

    def add(self, tk: Terugkoppeling) -> None:
        self._c.execute(
            insert(t.terugkoppeling).values(
                id=tk.id,
                knelpunt_id=tk.knelpunt_id,
                organisatie=tk.organisatie,
                status=tk.status.value,
                inhoud=to_json(tk, Terugkoppeling),
                signaal_id=tk.signaal_id,
            )
        )

    def save(self, tk: Terugkoppeling) -> None:
        r = t.terugkoppeling
        self._c.execute(
            update(r)
            .where(r.c.id == tk.id)
            .values(status=tk.status.value, inhoud=to_json(tk, Terugkoppeling))
        )

    def get(self, terugkoppeling_id: uuid.UUID) -> Terugkoppeling | None:
        r = t.terugkoppeling
        inhoud = self._c.execute(select(r.c.inhoud).where(r.c.id == terugkoppeling_id)).scalar()
        return from_json(inhoud, Terugkoppeling) if inhoud is not None else None

    def for_organisatie(self, organisatie: str) -> list[Terugkoppeling]:
        r = t.terugkoppeling
        q = select(r.c.inhoud).where(r.c.organisatie == organisatie)
        rows = [from_json(i, Terugkoppeling) for i in self._c.execute(q).scalars()]
        return sorted(rows, key=lambda tk: tk.aangemaakt_op, reverse=True)

    def for_knelpunt(self, knelpunt_id: uuid.UUID) -> list[Terugkoppeling]:
        r = t.terugkoppeling
        q = select(r.c.inhoud).where(r.c.knelpunt_id == knelpunt_id)
        rows = [from_json(i, Terugkoppeling) for i in self._c.execute(q).scalars()]
        return sorted(rows, key=lambda tk: tk.aangemaakt_op)

    def for_signaal(self, signaal_id: uuid.UUID) -> list[Terugkoppeling]:
        r = t.terugkoppeling
        q = select(r.c.inhoud).where(r.c.signaal_id == signaal_id)
        rows = [from_json(i, Terugkoppeling) for i in self._c.execute(q).scalars()]
        return sorted(rows, key=lambda tk: tk.aangemaakt_op)


def _bericht(row: object) -> Bericht:
    velden = row._asdict()  # type: ignore[attr-defined]
    velden.pop("geclaimd_tot", None)
    return Bericht(**velden)


class SqlBerichten:
    """The outbox. A message is claimed before it is sent, so two workers never send it."""

    def __init__(self, connection: Connection) -> None:
        self._c = connection

    def add(self, b: Bericht) -> bool:
        if self._c.execute(select(t.bericht.c.id).where(t.bericht.c.sleutel == b.sleutel)).first():
            return False
        waarden = dict(b.__dict__)
        waarden["volgende_poging_op"] = b.volgende_poging_op or b.aangemaakt_op
        try:
            with self._c.begin_nested():
                self._c.execute(insert(t.bericht).values(**waarden))
        except IntegrityError:
            return False  # a concurrent transaction queued the same message first
        return True

    def due(self, now: datetime, limit: int) -> list[Bericht]:
        b = t.bericht
        q = (
            select(b)
            .where(
                or_(
                    (b.c.status == "wachtend") & (b.c.volgende_poging_op <= now),
                    (b.c.status == "bezig") & (b.c.geclaimd_tot < now),
                )
            )
            .order_by(b.c.volgende_poging_op, b.c.id)
            .limit(limit)
        )
        return [_bericht(r) for r in self._c.execute(q)]

    def claim(self, bericht_id: uuid.UUID, now: datetime, tot: datetime) -> bool:
        b = t.bericht
        result = self._c.execute(
            update(b)
            .where(
                b.c.id == bericht_id,
                or_(
                    (b.c.status == "wachtend") & (b.c.volgende_poging_op <= now),
                    (b.c.status == "bezig") & (b.c.geclaimd_tot < now),
                ),
            )
            .values(status="bezig", geclaimd_tot=tot)
        )
        return result.rowcount == 1

    def save(self, bericht: Bericht) -> None:
        b = t.bericht
        self._c.execute(
            update(b)
            .where(b.c.id == bericht.id)
            .values(
                status=bericht.status,
                pogingen=bericht.pogingen,
                volgende_poging_op=bericht.volgende_poging_op,
                laatste_fout=bericht.laatste_fout,
                verzonden_op=bericht.verzonden_op,
                geclaimd_tot=None,
            )
        )

    def get(self, bericht_id: uuid.UUID) -> Bericht | None:
        row = self._c.execute(select(t.bericht).where(t.bericht.c.id == bericht_id)).first()
        return _bericht(row) if row else None

    def list(self, organisatie: str | None, status: str | None) -> list[Bericht]:
        b = t.bericht
        q = select(b).order_by(b.c.aangemaakt_op, b.c.id)
        if organisatie is not None:
            q = q.where(b.c.organisatie == organisatie)
        if status is not None:
            q = q.where(b.c.status == status)
        return [_bericht(r) for r in self._c.execute(q)]

    def signals_reached(self, organisatie: str) -> set[uuid.UUID]:
        b = t.bericht
        q = select(b.c.signaal_id).where(
            b.c.organisatie == organisatie,
            b.c.soort == "terugkoppeling",  # not the intake confirmation: what was done
            b.c.status == "verzonden",
            b.c.signaal_id.is_not(None),
        )
        return set(self._c.execute(q).scalars())


class SqlNotificaties:
    def __init__(self, connection: Connection) -> None:
        self._c = connection

    def add(self, ontvanger: str, knelpunt_id: uuid.UUID | None, tekst: str, now: datetime) -> None:
        self._c.execute(
            insert(t.notificatie).values(
                ontvanger=ontvanger, knelpunt_id=knelpunt_id, tekst=tekst, aangemaakt_op=now
            )
        )

    def for_recipient(
        self, ontvanger: str, limit: int
    ) -> list[tuple[datetime, uuid.UUID | None, str]]:
        n = t.notificatie
        q = (
            select(n.c.aangemaakt_op, n.c.knelpunt_id, n.c.tekst)
            .where(n.c.ontvanger == ontvanger)
            .order_by(n.c.id.desc())
            .limit(limit)
        )
        return [(r.aangemaakt_op, r.knelpunt_id, r.tekst) for r in self._c.execute(q)]
