# SPDX-License-Identifier: EUPL-1.2
"""Stores of the exchange: partners, secrets, agreements, outbox, inbox, shared data."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, and_, bindparam, func, insert, or_, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import IntegrityError

from hartslag.adapters.opslag import tabellen as t
from hartslag.adapters.opslag import uitwisseling_tabellen as u
from hartslag.adapters.opslag.gelezen import Gelezen
from hartslag.domein.uitwisseling import Deelafspraak, Gebeurtenistype, Richting
from hartslag.services.uitwisselingpoorten import (
    AFGELEVERD,
    WACHTEND,
    GedeeldGegeven,
    InkomendeGebeurtenis,
    Partner,
    Partnersleutel,
    UitgaandeGebeurtenis,
    Volume,
)


def _afspraak(r: Any) -> Deelafspraak:
    return Deelafspraak(
        id=r.id,
        code=r.code,
        partner=r.partner,
        richting=Richting(r.richting),
        gebeurtenistypen=frozenset(Gebeurtenistype(g) for g in r.gebeurtenistypen),
        themas=frozenset(r.themas),
        velden=frozenset(r.velden),
        grondslag=r.grondslag,
        doel=r.doel,
        geldig_vanaf=r.geldig_vanaf,
        geldig_tot=r.geldig_tot,
        lokaal=r.partner_organisatie_id is not None,
    )


# Read on every registration: built once (see auditketen_sql).
_OIN = select(t.organisatie.c.oin).where(t.organisatie.c.id == bindparam("organisatie_id"))


class SqlPartners:
    def __init__(self, connection: Connection, gelezen: Gelezen | None = None) -> None:
        self._c = connection
        self._gelezen = gelezen or Gelezen()

    def oin(self, organisatie_id: int) -> str | None:
        if organisatie_id in self._gelezen.oin:
            return self._gelezen.oin[organisatie_id]
        value: str | None = self._c.execute(_OIN, {"organisatie_id": organisatie_id}).scalar()
        return value

    def set_oin(self, organisatie_id: int, oin: str) -> None:
        self._gelezen.oin.pop(organisatie_id, None)
        q = update(t.organisatie).where(t.organisatie.c.id == organisatie_id).values(oin=oin)
        self._c.execute(q)

    def add(self, p: Partner) -> int:
        waarden = {k: v for k, v in p.__dict__.items() if k != "id"}
        q = insert(u.partner).values(**waarden).returning(u.partner.c.id)
        p.id = int(self._c.execute(q).scalar_one())
        return p.id

    def save(self, p: Partner) -> None:
        waarden = {k: v for k, v in p.__dict__.items() if k != "id"}
        self._c.execute(update(u.partner).where(u.partner.c.id == p.id).values(**waarden))

    def _one(self, *voorwaarden: Any) -> Partner | None:
        r = self._c.execute(select(u.partner).where(*voorwaarden)).first()
        return Partner(**r._asdict()) if r else None

    def get(self, organisatie_id: int, code: str) -> Partner | None:
        return self._one(u.partner.c.organisatie_id == organisatie_id, u.partner.c.code == code)

    def by_oin(self, organisatie_id: int, oin: str) -> Partner | None:
        return self._one(u.partner.c.organisatie_id == organisatie_id, u.partner.c.oin == oin)

    def by_id(self, partner_id: int) -> Partner | None:
        return self._one(u.partner.c.id == partner_id)

    def all(self, organisatie_id: int) -> list[Partner]:
        q = select(u.partner).where(u.partner.c.organisatie_id == organisatie_id)
        return [Partner(**r._asdict()) for r in self._c.execute(q.order_by(u.partner.c.code))]

    def add_sleutel(self, partner_id: int, sleutel: Partnersleutel) -> None:
        self._c.execute(insert(u.partnersleutel).values(partner_id=partner_id, **sleutel.__dict__))

    def sleutels(self, partner_id: int) -> list[Partnersleutel]:
        s = u.partnersleutel
        q = select(s).where(s.c.partner_id == partner_id).order_by(s.c.versie.desc())
        rijen = [r._asdict() for r in self._c.execute(q)]
        return [Partnersleutel(**{k: v for k, v in r.items() if k != "partner_id"}) for r in rijen]

    def expire_sleutels(self, partner_id: int, tot: datetime) -> None:
        s = u.partnersleutel
        self._c.execute(
            update(s)
            .where(
                s.c.partner_id == partner_id, or_(s.c.geldig_tot.is_(None), s.c.geldig_tot > tot)
            )
            .values(geldig_tot=tot)
        )

    def add_afspraak(
        self, a: Deelafspraak, organisatie_id: int, partner_id: int, lokaal: bool = False
    ) -> None:
        self._c.execute(
            insert(u.deelafspraak).values(
                id=a.id,
                organisatie_id=organisatie_id,
                partner_id=None if lokaal else partner_id,
                partner_organisatie_id=partner_id if lokaal else None,
                code=a.code,
                richting=a.richting.value,
                gebeurtenistypen=sorted(g.value for g in a.gebeurtenistypen),
                themas=sorted(a.themas),
                velden=sorted(a.velden),
                grondslag=a.grondslag,
                doel=a.doel,
                geldig_vanaf=a.geldig_vanaf,
                geldig_tot=a.geldig_tot,
                aangemaakt_op=a.geldig_vanaf,
            )
        )

    def afspraken(self, organisatie_id: int) -> list[Deelafspraak]:
        d, o = u.deelafspraak, t.organisatie.c
        q = (
            select(d, func.coalesce(u.partner.c.code, o.code).label("partner"))
            .outerjoin(u.partner, u.partner.c.id == d.c.partner_id)
            .outerjoin(t.organisatie, o.id == d.c.partner_organisatie_id)
            .where(d.c.organisatie_id == organisatie_id)
            .order_by(d.c.code, d.c.richting)
        )
        return [_afspraak(r) for r in self._c.execute(q)]

    def lokale_afspraken(self, partner_organisatie_id: int) -> list[tuple[str, Deelafspraak]]:
        d = u.deelafspraak
        gever, partner = t.organisatie.alias("gever"), t.organisatie.alias("partner")
        q = (
            select(d, gever.c.code.label("gever"), partner.c.code.label("partner"))
            .join(gever, gever.c.id == d.c.organisatie_id)
            .join(partner, partner.c.id == d.c.partner_organisatie_id)
            .where(d.c.partner_organisatie_id == partner_organisatie_id)
            .order_by(gever.c.code, d.c.code)
        )
        return [(r.gever, _afspraak(r)) for r in self._c.execute(q)]

    def end_afspraak(self, afspraak_id: uuid.UUID, tot: datetime) -> None:
        d = u.deelafspraak
        self._c.execute(update(d).where(d.c.id == afspraak_id).values(geldig_tot=tot))


def _uitgaand(r: Any) -> UitgaandeGebeurtenis:
    return UitgaandeGebeurtenis(**r._asdict())


class SqlPostvakken:
    """Outbox, inbox and shared data. An outgoing event is claimed before it is sent, so
    two workers never send it at the same time."""

    def __init__(self, connection: Connection) -> None:
        self._c = connection

    def add_uitgaand(self, g: UitgaandeGebeurtenis) -> None:
        waarden = dict(g.__dict__)
        waarden["volgende_poging_op"] = g.volgende_poging_op or g.aangemaakt_op
        self._c.execute(insert(u.uitgaande_gebeurtenis).values(**waarden))

    def _klaar(self, now: datetime) -> Any:
        o = u.uitgaande_gebeurtenis.c
        return and_(
            o.status == WACHTEND,
            o.volgende_poging_op <= now,
            or_(o.geclaimd_tot.is_(None), o.geclaimd_tot < now),
        )

    def due(self, now: datetime, limit: int) -> list[UitgaandeGebeurtenis]:
        o = u.uitgaande_gebeurtenis
        q = select(o).where(self._klaar(now)).order_by(o.c.aangemaakt_op, o.c.id).limit(limit)
        return [_uitgaand(r) for r in self._c.execute(q)]

    def claim(self, gebeurtenis_id: uuid.UUID, now: datetime, tot: datetime) -> bool:
        o = u.uitgaande_gebeurtenis
        q = update(o).where(o.c.id == gebeurtenis_id, self._klaar(now)).values(geclaimd_tot=tot)
        return self._c.execute(q).rowcount == 1

    def claim_many(
        self, gebeurtenis_ids: Sequence[uuid.UUID], now: datetime, tot: datetime
    ) -> set[uuid.UUID]:
        if not gebeurtenis_ids:
            return set()
        o = u.uitgaande_gebeurtenis
        q = (
            update(o)
            .where(o.c.id.in_(gebeurtenis_ids), self._klaar(now))
            .values(geclaimd_tot=tot)
            .returning(o.c.id)
        )
        return set(self._c.execute(q).scalars())

    def mark_afgeleverd(self, gebeurtenis_ids: Sequence[uuid.UUID], now: datetime) -> None:
        o = u.uitgaande_gebeurtenis
        self._c.execute(
            update(o)
            .where(o.c.id.in_(gebeurtenis_ids))
            .values(
                status=AFGELEVERD,
                pogingen=o.c.pogingen + 1,
                laatste_fout=None,
                afgeleverd_op=now,
                geclaimd_tot=None,
            )
        )

    def save_uitgaand(self, g: UitgaandeGebeurtenis) -> None:
        o = u.uitgaande_gebeurtenis
        self._c.execute(
            update(o)
            .where(o.c.id == g.id)
            .values(
                status=g.status,
                pogingen=g.pogingen,
                volgende_poging_op=g.volgende_poging_op,
                laatste_fout=g.laatste_fout,
                afgeleverd_op=g.afgeleverd_op,
                geclaimd_tot=None,
            )
        )

    def get_uitgaand(self, gebeurtenis_id: uuid.UUID) -> UitgaandeGebeurtenis | None:
        o = u.uitgaande_gebeurtenis
        r = self._c.execute(select(o).where(o.c.id == gebeurtenis_id)).first()
        return _uitgaand(r) if r else None

    def uitgaand(self, organisatie_id: int, status: str | None) -> list[UitgaandeGebeurtenis]:
        o = u.uitgaande_gebeurtenis
        q = select(o).where(o.c.organisatie_id == organisatie_id)
        if status is not None:
            q = q.where(o.c.status == status)
        return [_uitgaand(r) for r in self._c.execute(q.order_by(o.c.aangemaakt_op, o.c.id))]

    def verzonden_onderwerpen(self, organisatie_id: int, type: str) -> set[tuple[int, str]]:
        o = u.uitgaande_gebeurtenis.c
        q = select(o.partner_id, o.onderwerp).where(
            o.organisatie_id == organisatie_id, o.type == type
        )
        return {(r.partner_id, r.onderwerp) for r in self._c.execute(q.distinct())}

    def uitgaand_over(self, organisatie_id: int, onderwerp: str) -> bool:
        o = u.uitgaande_gebeurtenis.c
        q = select(o.id).where(o.organisatie_id == organisatie_id, o.onderwerp == onderwerp)
        return self._c.execute(q.limit(1)).first() is not None

    def add_inkomend(self, g: InkomendeGebeurtenis) -> bool:
        try:
            with self._c.begin_nested():
                self._c.execute(insert(u.inkomende_gebeurtenis).values(**g.__dict__))
        except IntegrityError:
            return False  # received before (or by a concurrent request)
        return True

    def add_inkomend_many(self, gebeurtenissen: Sequence[InkomendeGebeurtenis]) -> set[str]:
        if not gebeurtenissen:
            return set()
        i = u.inkomende_gebeurtenis
        invoegen = pg_insert if self._c.dialect.name == "postgresql" else sqlite_insert
        q = (
            invoegen(i)
            .on_conflict_do_nothing(index_elements=[i.c.organisatie_id, i.c.bron, i.c.id])
            .returning(i.c.id)
        )
        return set(self._c.execute(q, [dict(g.__dict__) for g in gebeurtenissen]).scalars())

    def inkomend(self, organisatie_id: int) -> list[InkomendeGebeurtenis]:
        i = u.inkomende_gebeurtenis
        q = select(i).where(i.c.organisatie_id == organisatie_id).order_by(i.c.ontvangen_op)
        return [InkomendeGebeurtenis(**r._asdict()) for r in self._c.execute(q)]

    def volumes(self, organisatie_id: int) -> list[Volume]:
        o, i = u.uitgaande_gebeurtenis.c, u.inkomende_gebeurtenis.c
        uit = (
            select(o.partner_id, o.afspraak, o.type, o.status, func.count())
            .where(o.organisatie_id == organisatie_id)
            .group_by(o.partner_id, o.afspraak, o.type, o.status)
        )
        ink = (
            select(i.partner_id, i.afspraak, i.type, func.count())
            .where(i.organisatie_id == organisatie_id)
            .group_by(i.partner_id, i.afspraak, i.type)
        )
        rijen = [Volume(p, a, ty, "uitgaand", st, n) for p, a, ty, st, n in self._c.execute(uit)]
        rijen += [
            Volume(p, a, ty, "inkomend", "ontvangen", n) for p, a, ty, n in self._c.execute(ink)
        ]
        return rijen

    def get_gedeeld(
        self, organisatie_id: int, partner_id: int, soort: str, onderwerp: str
    ) -> GedeeldGegeven | None:
        g = u.gedeeld_gegeven.c
        q = select(u.gedeeld_gegeven).where(
            g.organisatie_id == organisatie_id,
            g.partner_id == partner_id,
            g.soort == soort,
            g.onderwerp == onderwerp,
        )
        r = self._c.execute(q).first()
        return GedeeldGegeven(**r._asdict()) if r else None

    def get_gedeeld_many(
        self, organisatie_id: int, partner_id: int, sleutels: set[tuple[str, str]]
    ) -> dict[tuple[str, str], GedeeldGegeven]:
        if not sleutels:
            return {}
        g = u.gedeeld_gegeven
        q = select(g).where(
            g.c.organisatie_id == organisatie_id,
            g.c.partner_id == partner_id,
            g.c.onderwerp.in_(sorted({onderwerp for _, onderwerp in sleutels})),
        )
        rijen = [GedeeldGegeven(**r._asdict()) for r in self._c.execute(q)]
        return {(r.soort, r.onderwerp): r for r in rijen if (r.soort, r.onderwerp) in sleutels}

    def put_gedeeld(self, gegeven: GedeeldGegeven) -> None:
        self.put_gedeeld_many([gegeven])

    def put_gedeeld_many(self, gegevens: Sequence[GedeeldGegeven]) -> None:
        """Insert, or replace a state that is not newer: one atomic statement (executed for
        many rows at once), so two events about one subject applied at once leave the
        newest."""
        if gegevens:
            self._c.execute(self._upsert(), [dict(g.__dict__) for g in gegevens])

    def _upsert(self) -> Any:
        g = u.gedeeld_gegeven
        invoegen = pg_insert if self._c.dialect.name == "postgresql" else sqlite_insert
        q = invoegen(g)
        nieuw = q.excluded
        return q.on_conflict_do_update(
            index_elements=[g.c.organisatie_id, g.c.partner_id, g.c.soort, g.c.onderwerp],
            set_={
                "afspraak": nieuw.afspraak,
                "gegevens": nieuw.gegevens,
                "bijgewerkt_op": nieuw.bijgewerkt_op,
                "ingetrokken": nieuw.ingetrokken,
            },
            where=g.c.bijgewerkt_op <= nieuw.bijgewerkt_op,
        )

    def gedeeld(self, organisatie_id: int, soort: str | None) -> list[GedeeldGegeven]:
        g = u.gedeeld_gegeven
        q = select(g).where(g.c.organisatie_id == organisatie_id)
        if soort is not None:
            q = q.where(g.c.soort == soort)
        q = q.order_by(g.c.partner_id, g.c.soort, g.c.onderwerp)
        return [GedeeldGegeven(**r._asdict()) for r in self._c.execute(q)]
