# SPDX-License-Identifier: EUPL-1.2
"""Web accounts and web sessions on SQLAlchemy Core."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Select, delete, func, insert, select, update

from hartslag.adapters.opslag import tabellen as t
from hartslag.domein.vocabulaire import Rol
from hartslag.services.accountpoorten import Gebruiker

_a = t.account


def _select() -> Select[Any]:
    return (
        select(_a, t.organisatie.c.code.label("organisatie_code"))
        .join(t.organisatie, t.organisatie.c.id == _a.c.organisatie_id)
        .where(_a.c.email.is_not(None))
    )


def _gebruiker(row: Any) -> Gebruiker:
    return Gebruiker(
        id=row.id,
        organisatie_id=row.organisatie_id,
        organisatie=row.organisatie_code,
        naam=row.naam,
        email=row.email,
        rol=Rol(row.rol),
        actief=row.actief,
        mislukte_pogingen=row.mislukte_pogingen,
        geblokkeerd_tot=row.geblokkeerd_tot,
        taal=row.taal,
        wachtwoord_hash=row.wachtwoord_hash or "",
    )


class SqlGebruikers:
    def __init__(self, connection: Connection) -> None:
        self._c = connection

    def add(
        self,
        organisatie_id: int,
        naam: str,
        email: str,
        rol: Rol,
        wachtwoord_hash: str,
        now: datetime,
    ) -> int:
        q = insert(_a).values(
            organisatie_id=organisatie_id,
            naam=naam,
            email=email,
            rol=rol.value,
            wachtwoord_hash=wachtwoord_hash,
            aangemaakt_op=now,
        )
        return int(self._c.execute(q.returning(_a.c.id)).scalar_one())

    def get_by_email(self, email: str) -> Gebruiker | None:
        row = self._c.execute(_select().where(_a.c.email == email)).first()
        return None if row is None else _gebruiker(row)

    def get(self, account_id: int) -> Gebruiker | None:
        row = self._c.execute(_select().where(_a.c.id == account_id)).first()
        return None if row is None else _gebruiker(row)

    def name_taken(self, organisatie_id: int, naam: str) -> bool:
        q = select(func.count()).where(_a.c.organisatie_id == organisatie_id, _a.c.naam == naam)
        return bool(self._c.execute(q).scalar_one())

    def of_organisatie(self, organisatie_id: int) -> list[Gebruiker]:
        q = _select().where(_a.c.organisatie_id == organisatie_id).order_by(_a.c.email)
        return [_gebruiker(r) for r in self._c.execute(q)]

    def save_login_state(
        self, account_id: int, mislukte_pogingen: int, geblokkeerd_tot: datetime | None
    ) -> None:
        self._c.execute(
            update(_a)
            .where(_a.c.id == account_id)
            .values(mislukte_pogingen=mislukte_pogingen, geblokkeerd_tot=geblokkeerd_tot)
        )

    def set_actief(self, account_id: int, actief: bool) -> None:
        self._c.execute(update(_a).where(_a.c.id == account_id).values(actief=actief))

    def set_taal(self, account_id: int, taal: str) -> None:
        self._c.execute(update(_a).where(_a.c.id == account_id).values(taal=taal))

    def set_wachtwoord(self, account_id: int, wachtwoord_hash: str) -> None:
        self._c.execute(
            update(_a).where(_a.c.id == account_id).values(wachtwoord_hash=wachtwoord_hash)
        )


class SqlWebsessies:
    def __init__(self, connection: Connection) -> None:
        self._c = connection

    def add(self, sessie_hash: str, account_id: int, now: datetime, verloopt: datetime) -> None:
        self._c.execute(
            insert(t.websessie).values(
                id=sessie_hash, account_id=account_id, aangemaakt_op=now, verloopt_op=verloopt
            )
        )
        # Expired sessions of this account go with every new login: the table stays small.
        self._c.execute(
            delete(t.websessie).where(
                t.websessie.c.account_id == account_id, t.websessie.c.verloopt_op <= now
            )
        )

    def account_of(self, sessie_hash: str, now: datetime) -> int | None:
        s = t.websessie
        q = select(s.c.account_id).where(s.c.id == sessie_hash, s.c.verloopt_op > now)
        value: int | None = self._c.execute(q).scalar()
        return value

    def remove(self, sessie_hash: str) -> None:
        self._c.execute(delete(t.websessie).where(t.websessie.c.id == sessie_hash))

    def remove_for_account(self, account_id: int) -> None:
        self._c.execute(delete(t.websessie).where(t.websessie.c.account_id == account_id))
