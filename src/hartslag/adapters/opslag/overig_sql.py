# SPDX-License-Identifier: EUPL-1.2
"""The smaller stores: organisations, accounts and tokens, audit trail, contact vault rows,
idempotency records and import runs."""

from __future__ import annotations

import random
import uuid
from collections.abc import Iterator, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Select, and_, bindparam, func, insert, or_, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.exc import IntegrityError

from hartslag.adapters.opslag import tabellen as t
from hartslag.adapters.opslag.gelezen import Gelezen
from hartslag.adapters.opslag.privacy_sql import privacy_choices
from hartslag.domein.actor import Actor
from hartslag.domein.fouten import GelijktijdigVerzoek
from hartslag.domein.gebeurtenis import BEGIN_VAN_KETEN, Gebeurtenis, chain_hash
from hartslag.domein.vocabulaire import Rol
from hartslag.services.poorten import (
    IdempotentAntwoord,
    ImportVoortgang,
    Ketenkop,
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


# Read on every API request: built once (see the audit-chain statements below). With
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


def _gebeurtenis(row: object) -> Gebeurtenis:
    return Gebeurtenis(
        id=row.id,  # type: ignore[attr-defined]
        tijdstip=row.tijdstip,  # type: ignore[attr-defined]
        actor=row.actor,  # type: ignore[attr-defined]
        actie=row.actie,  # type: ignore[attr-defined]
        onderwerp_type=row.onderwerp_type,  # type: ignore[attr-defined]
        onderwerp_id=row.onderwerp_id,  # type: ignore[attr-defined]
        organisatie_id=row.organisatie_id,  # type: ignore[attr-defined]
        reden=row.reden,  # type: ignore[attr-defined]
        voor=row.voor,  # type: ignore[attr-defined]
        na=row.na,  # type: ignore[attr-defined]
        vorige_hash=row.vorige_hash,  # type: ignore[attr-defined]
        hash=row.hash,  # type: ignore[attr-defined]
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
