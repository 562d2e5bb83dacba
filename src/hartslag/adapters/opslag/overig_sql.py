# SPDX-License-Identifier: EUPL-1.2
"""The smaller stores: organisations, accounts and tokens, contact vault rows, idempotency
records and import runs (the audit trail: `auditketen_sql`)."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Select, bindparam, insert, select, update
from sqlalchemy.exc import IntegrityError

from hartslag.adapters.opslag import tabellen as t
from hartslag.adapters.opslag.gelezen import Gelezen
from hartslag.adapters.opslag.privacy_sql import privacy_choices
from hartslag.domein.actor import Actor
from hartslag.domein.fouten import GelijktijdigVerzoek
from hartslag.domein.vocabulaire import Rol
from hartslag.services.poorten import (
    IdempotentAntwoord,
    ImportVoortgang,
    Tokeninfo,
    VersleuteldContact,
)


def _tokens() -> Select[Any]:
    tk, a = t.apitoken, t.account
    return (
        select(tk, a.c.naam, a.c.rol, a.c.organisatie_id, t.organisatie.c.code)
        .join(a, a.c.id == tk.c.account_id)
        .join(t.organisatie, t.organisatie.c.id == a.c.organisatie_id)
    )


# Read on every API request: built once (see the audit chain's statements). With
# the organisation's OIN and privacy choices, which the request's transaction would read
# next (`gelezen`).
_i = t.organisatie_instelling
_TOKEN = (
    _tokens()
    .add_columns(
        t.organisatie.c.oin,
        _i.c.organisatie_id.label("i_organisatie"),
        _i.c.originelen_bewaren,
        _i.c.contact_dagen,
        _i.c.origineel_dagen,
        _i.c.signaal_dagen,
    )
    .outerjoin(_i, _i.c.organisatie_id == t.account.c.organisatie_id)
    .where(t.apitoken.c.token_hash == bindparam("token_hash"))
)


class SqlOrganisaties:
    def __init__(self, connection: Connection) -> None:
        self._c = connection

    def add(self, code: str, naam: str, now: datetime) -> int:
        q = insert(t.organisatie).values(code=code, naam=naam, aangemaakt_op=now)
        return int(self._c.execute(q.returning(t.organisatie.c.id)).scalar_one())

    def get_id(self, code: str) -> int | None:
        q = select(t.organisatie.c.id).where(t.organisatie.c.code == code)
        value: int | None = self._c.execute(q).scalar()
        return value

    def all(self) -> list[tuple[int, str, str]]:
        q = select(t.organisatie.c.id, t.organisatie.c.code, t.organisatie.c.naam)
        return [(r.id, r.code, r.naam) for r in self._c.execute(q.order_by(t.organisatie.c.code))]


class SqlAccounts:
    def __init__(self, connection: Connection, gelezen: Gelezen | None = None) -> None:
        self._c = connection
        self._gelezen = gelezen or Gelezen()

    def add_token(
        self,
        organisatie_id: int,
        naam: str,
        rol: Rol,
        token_hash: str,
        now: datetime,
        verloopt_op: datetime | None = None,
    ) -> int:
        a = t.account
        account_id = self._c.execute(
            select(a.c.id).where(a.c.organisatie_id == organisatie_id, a.c.naam == naam)
        ).scalar()
        if account_id is None:
            account_id = self._c.execute(
                insert(a)
                .values(organisatie_id=organisatie_id, naam=naam, rol=rol.value, aangemaakt_op=now)
                .returning(a.c.id)
            ).scalar_one()
        else:
            self._c.execute(update(a).where(a.c.id == account_id).values(rol=rol.value))
        return int(
            self._c.execute(
                insert(t.apitoken)
                .values(
                    account_id=account_id,
                    token_hash=token_hash,
                    aangemaakt_op=now,
                    verloopt_op=verloopt_op,
                )
                .returning(t.apitoken.c.id)
            ).scalar_one()
        )

    def actor_for_token(self, token_hash: str) -> Actor | None:
        gevonden = self.token_info(token_hash)
        if gevonden is None or gevonden[0].ingetrokken_op is not None:
            return None
        return gevonden[1]

    def token_info(self, token_hash: str) -> tuple[Tokeninfo, Actor] | None:
        row = self._c.execute(_TOKEN, {"token_hash": token_hash}).first()
        if row is None:
            return None
        actor = Actor(row.organisatie_id, row.code, Rol(row.rol), row.naam)
        self._gelezen.oin[row.organisatie_id] = row.oin
        self._gelezen.keuzes[row.organisatie_id] = (
            None if row.i_organisatie is None else privacy_choices(row)
        )
        return _tokeninfo(row), actor

    def tokens(self, organisatie_id: int) -> list[Tokeninfo]:
        q = _tokens().where(t.account.c.organisatie_id == organisatie_id)
        return [_tokeninfo(r) for r in self._c.execute(q.order_by(t.apitoken.c.id))]

    def revoke_token(self, token_id: int, now: datetime) -> None:
        tk = t.apitoken
        self._c.execute(update(tk).where(tk.c.id == token_id).values(ingetrokken_op=now))

    def mark_used(self, token_id: int, now: datetime) -> None:
        tk = t.apitoken
        self._c.execute(update(tk).where(tk.c.id == token_id).values(laatst_gebruikt_op=now))


def _tokeninfo(row: Any) -> Tokeninfo:
    return Tokeninfo(
        id=row.id,
        organisatie_id=row.organisatie_id,
        account=row.naam,
        rol=Rol(row.rol),
        aangemaakt_op=row.aangemaakt_op,
        verloopt_op=row.verloopt_op,
        ingetrokken_op=row.ingetrokken_op,
        laatst_gebruikt_op=row.laatst_gebruikt_op,
    )


class SqlContacten:
    def __init__(self, connection: Connection) -> None:
        self._c = connection

    def add(self, c: VersleuteldContact) -> None:
        self._c.execute(insert(t.contactgegevens).values(**c.__dict__))

    def get(self, organisatie_id: int, contact_id: uuid.UUID) -> VersleuteldContact | None:
        k = t.contactgegevens
        row = self._c.execute(
            select(k).where(k.c.id == contact_id, k.c.organisatie_id == organisatie_id)
        ).first()
        return VersleuteldContact(**row._asdict()) if row else None


class SqlIdempotentie:
    def __init__(self, connection: Connection) -> None:
        self._c = connection

    def get(self, organisatie_id: int, sleutel: str) -> IdempotentAntwoord | None:
        i = t.idempotentie
        row = self._c.execute(
            select(i).where(i.c.organisatie_id == organisatie_id, i.c.sleutel == sleutel)
        ).first()
        if row is None:
            return None
        return IdempotentAntwoord(row.verzoek_hash, row.status, row.resource_id, row.antwoord)

    def add(
        self, organisatie_id: int, sleutel: str, antwoord: IdempotentAntwoord, now: datetime
    ) -> None:
        statement = insert(t.idempotentie).values(
            organisatie_id=organisatie_id,
            sleutel=sleutel,
            verzoek_hash=antwoord.verzoek_hash,
            status=antwoord.status,
            resource_id=antwoord.resource_id,
            antwoord=antwoord.antwoord,
            aangemaakt_op=now,
        )
        try:
            self._c.execute(statement)
        except IntegrityError as exc:
            raise GelijktijdigVerzoek(
                "Een gelijktijdig verzoek gebruikte dezelfde sleutel."
            ) from exc


class SqlImportRuns:
    def __init__(self, connection: Connection) -> None:
        self._c = connection

    def find_unfinished(self, organisatie_id: int, bestandshash: str) -> ImportVoortgang | None:
        r = t.importrun
        row = self._c.execute(
            select(r)
            .where(
                r.c.organisatie_id == organisatie_id,
                r.c.bestandshash == bestandshash,
                r.c.status.in_(("bezig", "afgebroken")),
            )
            .order_by(r.c.gestart_op.desc())
        ).first()
        if row is None:
            return None
        return ImportVoortgang(
            id=row.id,
            organisatie_id=row.organisatie_id,
            bestandsnaam=row.bestandsnaam,
            bestandshash=row.bestandshash,
            status=row.status,
            laatste_rij=row.laatste_rij,
            opgeslagen=row.opgeslagen,
            dubbel=row.dubbel,
            fouten=row.fouten,
        )

    def add(self, v: ImportVoortgang, actor: str, now: datetime) -> None:
        self._c.execute(
            insert(t.importrun).values(
                **v.__dict__, gestart_door=actor, gestart_op=now, bijgewerkt_op=now
            )
        )

    def save(self, v: ImportVoortgang, now: datetime) -> None:
        r = t.importrun
        self._c.execute(
            update(r)
            .where(r.c.id == v.id)
            .values(
                status=v.status,
                laatste_rij=v.laatste_rij,
                opgeslagen=v.opgeslagen,
                dubbel=v.dubbel,
                fouten=v.fouten,
                bijgewerkt_op=now,
            )
        )
