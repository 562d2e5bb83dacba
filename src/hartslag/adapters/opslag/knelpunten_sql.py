# SPDX-License-Identifier: EUPL-1.2
"""Stores for bottlenecks (dossier, links, followers, departed staff) and escalation
routes."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import Connection, delete, insert, select, update

from hartslag.adapters.opslag import tabellen as t
from hartslag.adapters.opslag.dossiers import from_json, to_json
from hartslag.domein.knelpunt import AFGEROND, Knelpunt
from hartslag.domein.opschaling import Opschalingsniveau, Opschalingsroute
from hartslag.domein.opvolging import STANDAARD_STREEFDAGEN
from hartslag.services.poorten import GekoppeldSignaal


class SqlKnelpunten:
    def __init__(self, connection: Connection) -> None:
        self._c = connection

    def _values(self, k: Knelpunt) -> dict[str, object]:
        return {
            "titel": k.titel,
            "status": k.status.value,
            "eigenaar_organisatie": k.eigenaar.organisatie if k.eigenaar else None,
            "laatste_voortgang_op": k.laatste_voortgang_op,
            "dossier": to_json(k, Knelpunt),
        }

    def _sync_organisaties(self, k: Knelpunt) -> None:
        ko = t.knelpunt_organisatie
        self._c.execute(delete(ko).where(ko.c.knelpunt_id == k.id))
        self._c.execute(
            insert(ko), [{"knelpunt_id": k.id, "organisatie": o} for o in sorted(k.organisaties)]
        )

    def add(self, k: Knelpunt, organisatie_id: int) -> None:
        self._c.execute(
            insert(t.knelpunt).values(
                id=k.id,
                organisatie_id=organisatie_id,
                aangemaakt_op=k.aangemaakt_op,
                **self._values(k),
            )
        )
        self._sync_organisaties(k)

    def save(self, k: Knelpunt) -> None:
        self._c.execute(update(t.knelpunt).where(t.knelpunt.c.id == k.id).values(**self._values(k)))
        self._sync_organisaties(k)

    def get(self, knelpunt_id: uuid.UUID) -> Knelpunt | None:
        dossier = self._c.execute(
            select(t.knelpunt.c.dossier).where(t.knelpunt.c.id == knelpunt_id)
        ).scalar()
        return from_json(dossier, Knelpunt) if dossier is not None else None

    def visible_to(self, organisatie: str) -> list[Knelpunt]:
        ko = t.knelpunt_organisatie
        q = (
            select(t.knelpunt.c.dossier)
            .join(ko, ko.c.knelpunt_id == t.knelpunt.c.id)
            .where(ko.c.organisatie == organisatie)
            .order_by(t.knelpunt.c.aangemaakt_op.desc(), t.knelpunt.c.id)
        )
        return [from_json(d, Knelpunt) for d in self._c.execute(q).scalars()]

    def all_open(self) -> list[Knelpunt]:
        q = select(t.knelpunt.c.dossier).where(
            t.knelpunt.c.status.not_in([s.value for s in AFGEROND])
        )
        return [
            from_json(d, Knelpunt) for d in self._c.execute(q.order_by(t.knelpunt.c.id)).scalars()
        ]

    def link(self, knelpunt_id: uuid.UUID, signaal_ids: Sequence[uuid.UUID], now: datetime) -> int:
        ks = t.knelpunt_signaal
        bestaand = set(
            self._c.execute(
                select(ks.c.signaal_id).where(ks.c.knelpunt_id == knelpunt_id)
            ).scalars()
        )
        nieuw = [s for s in dict.fromkeys(signaal_ids) if s not in bestaand]
        if nieuw:
            self._c.execute(
                insert(ks),
                [{"knelpunt_id": knelpunt_id, "signaal_id": s, "gekoppeld_op": now} for s in nieuw],
            )
        return len(nieuw)

    def linked(self, knelpunt_id: uuid.UUID) -> list[GekoppeldSignaal]:
        s, ks, o = t.signaal, t.knelpunt_signaal, t.organisatie
        q = (
            select(
                s.c.id,
                s.c.referentie,
                o.c.code,
                s.c.ontvangen_op,
                s.c.geregistreerd_door,
                s.c.contact_id,
                s.c.bereik,
            )
            .join(ks, ks.c.signaal_id == s.c.id)
            .join(o, o.c.id == s.c.organisatie_id)
            .where(ks.c.knelpunt_id == knelpunt_id)
            .order_by(s.c.ontvangen_op)
        )
        return [GekoppeldSignaal(*r) for r in self._c.execute(q)]

    def for_signaal(self, signaal_id: uuid.UUID) -> list[Knelpunt]:
        ks = t.knelpunt_signaal
        q = (
            select(t.knelpunt.c.dossier)
            .join(ks, ks.c.knelpunt_id == t.knelpunt.c.id)
            .where(ks.c.signaal_id == signaal_id)
        )
        return [from_json(d, Knelpunt) for d in self._c.execute(q).scalars()]

    def add_volger(self, knelpunt_id: uuid.UUID, volger: str) -> bool:
        v = t.knelpunt_volger
        if self._c.execute(
            select(v.c.volger).where(v.c.knelpunt_id == knelpunt_id, v.c.volger == volger)
        ).first():
            return False
        self._c.execute(insert(v).values(knelpunt_id=knelpunt_id, volger=volger))
        return True

    def volgers(self, knelpunt_id: uuid.UUID) -> list[str]:
        v = t.knelpunt_volger
        q = select(v.c.volger).where(v.c.knelpunt_id == knelpunt_id).order_by(v.c.volger)
        return list(self._c.execute(q).scalars())

    def add_vertrokken(self, organisatie: str, persoon: str, now: datetime) -> None:
        v = t.vertrokken_medewerker
        if not self._c.execute(
            select(v.c.persoon).where(v.c.organisatie == organisatie, v.c.persoon == persoon)
        ).first():
            self._c.execute(insert(v).values(organisatie=organisatie, persoon=persoon, sinds=now))

    def vertrokken(self) -> frozenset[tuple[str, str]]:
        v = t.vertrokken_medewerker
        return frozenset((r.organisatie, r.persoon) for r in self._c.execute(select(v)))


class SqlOpschalingsroutes:
    def __init__(self, connection: Connection) -> None:
        self._c = connection

    def get(self, organisatie: str) -> Opschalingsroute | None:
        r = t.opschalingsroute
        row = self._c.execute(
            select(r.c.niveaus, r.c.streefdagen).where(r.c.organisatie == organisatie)
        ).first()
        if row is None:
            return None
        return Opschalingsroute(
            organisatie,
            from_json(row.niveaus, tuple[Opschalingsniveau, ...]),
            row.streefdagen or STANDAARD_STREEFDAGEN,
        )

    def save(self, route: Opschalingsroute, now: datetime) -> None:
        r = t.opschalingsroute
        niveaus = to_json(route.niveaus, tuple[Opschalingsniveau, ...])
        self._c.execute(delete(r).where(r.c.organisatie == route.organisatie))
        self._c.execute(
            insert(r).values(
                organisatie=route.organisatie,
                niveaus=niveaus,
                bijgewerkt_op=now,
                streefdagen=route.streefdagen,
            )
        )
