# SPDX-License-Identifier: EUPL-1.2
"""Stores for public texts (the "jullie zeiden, wij deden" page) and the sender of an
organisation's e-mails."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import Connection, insert, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import IntegrityError

from hartslag.adapters.opslag import tabellen as t
from hartslag.adapters.opslag.dossiers import from_json, to_json
from hartslag.domein.fouten import Conflict
from hartslag.domein.publicatie import Publicatiestatus, PubliekeTekst
from hartslag.services.communication_ports import Afzenderinstelling


class SqlPubliekeTeksten:
    def __init__(self, connection: Connection) -> None:
        self._c = connection

    def add(self, p: PubliekeTekst) -> None:
        try:
            with self._c.begin_nested():
                self._c.execute(
                    insert(t.publieke_tekst).values(
                        id=p.id,
                        knelpunt_id=p.knelpunt_id,
                        organisatie=p.organisatie,
                        status=p.status.value,
                        inhoud=to_json(p, PubliekeTekst),
                    )
                )
        except IntegrityError:  # a concurrent request wrote this organisation's text first
            raise Conflict(
                "Uw organisatie heeft al een publieke tekst voor dit knelpunt; wijzig die."
            ) from None

    def save(self, p: PubliekeTekst) -> None:
        r = t.publieke_tekst
        self._c.execute(
            update(r)
            .where(r.c.id == p.id)
            .values(status=p.status.value, inhoud=to_json(p, PubliekeTekst))
        )

    def get(self, tekst_id: uuid.UUID) -> PubliekeTekst | None:
        r = t.publieke_tekst
        inhoud = self._c.execute(select(r.c.inhoud).where(r.c.id == tekst_id)).scalar()
        return from_json(inhoud, PubliekeTekst) if inhoud is not None else None

    def for_knelpunt(self, knelpunt_id: uuid.UUID) -> list[PubliekeTekst]:
        r = t.publieke_tekst
        q = select(r.c.inhoud).where(r.c.knelpunt_id == knelpunt_id).order_by(r.c.organisatie)
        return [from_json(i, PubliekeTekst) for i in self._c.execute(q).scalars()]

    def of_organisatie(
        self, organisatie: str, status: Publicatiestatus | None
    ) -> list[PubliekeTekst]:
        r = t.publieke_tekst
        q = select(r.c.inhoud).where(r.c.organisatie == organisatie)
        if status is not None:
            q = q.where(r.c.status == status.value)
        rijen = [from_json(i, PubliekeTekst) for i in self._c.execute(q).scalars()]
        return sorted(rijen, key=lambda p: (p.aangemaakt_op, str(p.id)))


class SqlAfzenders:
    def __init__(self, connection: Connection) -> None:
        self._c = connection

    def get(self, organisatie: str) -> Afzenderinstelling | None:
        o, a = t.organisatie, t.organisatie_afzender
        row = self._c.execute(
            select(o.c.id, o.c.naam, a.c.weergavenaam, a.c.email)
            .outerjoin(a, a.c.organisatie_id == o.c.id)
            .where(o.c.code == organisatie)
        ).first()
        return Afzenderinstelling(*row) if row else None

    def save(
        self, organisatie_id: int, weergavenaam: str | None, email: str | None, now: datetime
    ) -> None:
        waarden = {"weergavenaam": weergavenaam, "email": email, "gewijzigd_op": now}
        upsert = pg_insert if self._c.dialect.name == "postgresql" else sqlite_insert
        self._c.execute(
            upsert(t.organisatie_afzender)
            .values(organisatie_id=organisatie_id, **waarden)
            .on_conflict_do_update(index_elements=["organisatie_id"], set_=waarden)
        )
