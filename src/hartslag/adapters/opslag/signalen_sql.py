# SPDX-License-Identifier: EUPL-1.2
"""The signal store on SQLAlchemy Core: rows <-> domain, search on SQLite and PostgreSQL."""

from __future__ import annotations

import os
import sqlite3
import threading
import uuid
import weakref
from collections import defaultdict, deque
from collections.abc import Iterator, Sequence
from datetime import date, datetime
from typing import Any

import psycopg
from sqlalchemy import (
    ColumnElement,
    Connection,
    Engine,
    Select,
    and_,
    bindparam,
    func,
    insert,
    literal_column,
    select,
    text,
    update,
)
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from hartslag.adapters.opslag.bulk import RijCodering, existing_values, insert_encoded, to_row
from hartslag.adapters.opslag.tabellen import organisatie, referentieteller, signaal, signaal_thema
from hartslag.adapters.opslag.volume_sql import daily_counts
from hartslag.adapters.opslag.zoekwoorden import fts5_query
from hartslag.domein.fouten import Conflict
from hartslag.domein.signaal import Impact, Signaal
from hartslag.domein.vocabulaire import (
    Bereik,
    Brontype,
    Impactdomein,
    Impactsoort,
    Kanaal,
    Meldertype,
    Polariteit,
    Signaalstatus,
)
from hartslag.domein.zoekfilter import Pagina, SignaalFilter, Sorteerkolom, Sortering
from hartslag.services.poorten import Indeling, NieuwSignaalRij

_SORTEERKOLOMMEN = {
    Sorteerkolom.ONTVANGEN: signaal.c.ontvangen_op,
    Sorteerkolom.REFERENTIE: signaal.c.referentie,
    Sorteerkolom.TITEL: signaal.c.titel,
    Sorteerkolom.BRONTYPE: signaal.c.brontype,
    Sorteerkolom.MELDERTYPE: signaal.c.meldertype,
    Sorteerkolom.KANAAL: signaal.c.kanaal,
    Sorteerkolom.STATUS: signaal.c.status,
}
_KOLOMMEN = [c for c in signaal.c if c.name != "zoekvector"]


def from_row(row: Any, code: str, themas: Sequence[str]) -> Signaal:
    return Signaal(
        id=row.id,
        referentie=row.referentie,
        organisatie=code,
        ontvangen_op=row.ontvangen_op,
        geregistreerd_op=row.geregistreerd_op,
        geregistreerd_door=row.geregistreerd_door,
        tekst=row.tekst,
        brontype=Brontype(row.brontype),
        meldertype=Meldertype(row.meldertype),
        kanaal=Kanaal(row.kanaal),
        gevraagd=row.gevraagd,
        polariteit=Polariteit(row.polariteit) if row.polariteit else None,
        impact=tuple(
            Impact(Impactdomein(i["domein"]), Impactsoort(i["soort"])) for i in row.impact
        ),
        bereik=Bereik(row.bereik) if row.bereik else None,
        themas=tuple(sorted(themas)),
        levensgebeurtenis=row.levensgebeurtenis,
        regelgeving=tuple(row.regelgeving),
        titel=row.titel,
        status=Signaalstatus(row.status),
        externe_referentie=row.externe_referentie,
        heeft_melder=row.melder_pseudoniem is not None,
        heeft_contact=row.contact_id is not None,
    )


# The reference-number statements of every registration, built once (see auditketen_sql).
_TELLER_SQLITE = (
    sqlite_insert(referentieteller)
    .values(jaar=bindparam("jaar"), laatste=bindparam("laatste"))
    .on_conflict_do_update(
        index_elements=[referentieteller.c.jaar],
        set_={"laatste": referentieteller.c.laatste + bindparam("erbij")},
    )
    .returning(referentieteller.c.laatste)
)
_VOLGNUMMERS = text(
    "SELECT nextval('signaal_volgnummer') - :basis FROM generate_series(1, :aantal)"
)
_JAARBASIS = select(referentieteller.c.basis).where(referentieteller.c.jaar == bindparam("jaar"))
# Per engine (one database), the year offsets read once committed (`_year_offset`).
_JAARBASES: weakref.WeakKeyDictionary[Engine, dict[int, int]] = weakref.WeakKeyDictionary()
# Per engine, sequence values this process drew ahead for single registrations
# (`_from_stock`), and the lock its threads take them under.
BLOK = 20
_VOORRAAD: weakref.WeakKeyDictionary[Engine, deque[int]] = weakref.WeakKeyDictionary()
_VOORRAAD_SLOT = threading.Lock()


def _forget_stock() -> None:
    _VOORRAAD.clear()


# A forked child (the import's workers) draws its own: the parent's stock stays the parent's.
os.register_at_fork(after_in_child=_forget_stock)


def forget_year_offsets(engine: Engine) -> None:
    """After a migration, which may renumber the offsets."""
    _JAARBASES.pop(engine, None)
    with _VOORRAAD_SLOT:
        _VOORRAAD.pop(engine, None)


class SqlSignalen:
    def __init__(self, connection: Connection) -> None:
        self._c = connection
        self._dialect = connection.dialect.name
        self._basis_geschreven = False

    def next_references(self, jaar: int, aantal: int) -> Sequence[int]:
        """Reserve ``aantal`` sequence numbers for ``jaar``, unique within the year (gaps
        are allowed: a rolled-back transaction loses its numbers on PostgreSQL).

        PostgreSQL draws them from the sequence ``signaal_volgnummer`` minus the year's
        offset, so concurrent inserts never wait for each other (a single one from this
        process's stock, `_from_stock`); SQLite, which lets one writer in at a time
        anyway, counts up the year's row (one upsert)."""
        if self._dialect == "postgresql":
            basis = self._year_offset(jaar)
            if aantal == 1:
                return [self._from_stock(basis)]
            nummers = self._c.execute(_VOLGNUMMERS, {"basis": basis, "aantal": aantal}).scalars()
            return sorted(int(n) for n in nummers)
        waarden = {"jaar": jaar, "laatste": aantal, "erbij": aantal}
        laatste = int(self._c.execute(_TELLER_SQLITE, waarden).scalar_one())
        return range(laatste - aantal + 1, laatste + 1)

    def _from_stock(self, basis: int) -> int:
        """One number (PostgreSQL) from the values this process drew from the sequence
        ahead, ``BLOK`` at a time: one round trip per twenty registrations instead of one
        each (issue 12). A value drawn before the year's offset is no number of that year
        and is dropped; the values a stopping process still holds are gaps, as are those
        of a rolled-back transaction."""
        with _VOORRAAD_SLOT:
            voorraad = _VOORRAAD.setdefault(self._c.engine, deque())
            while voorraad:
                ruw = voorraad.popleft()
                if ruw > basis:
                    return ruw - basis
        # Drawn now, after the offset was: every value is a number of the year.
        getrokken = self._c.execute(_VOLGNUMMERS, {"basis": 0, "aantal": BLOK}).scalars()
        eerste, *rest = sorted(int(n) for n in getrokken)
        with _VOORRAAD_SLOT:
            voorraad.extend(rest)
        return eerste - basis

    def _year_offset(self, jaar: int) -> int:
        """The offset of ``jaar`` (PostgreSQL): read, and written once by the year's first
        signal. The offset is a number drawn from the sequence, so every number drawn after
        reading it is larger: the year's numbers start at one or higher.

        An offset once committed never changes, so the engine remembers the ones it read
        (a round trip less per registration); one this transaction wrote itself is not
        remembered, as a rollback would take it away."""
        bekend = _JAARBASES.setdefault(self._c.engine, {})
        if jaar in bekend:
            return bekend[jaar]
        basis = self._c.execute(_JAARBASIS, {"jaar": jaar}).scalar_one_or_none()
        if basis is not None and not self._basis_geschreven:
            bekend[jaar] = int(basis)
        if basis is None:
            self._c.execute(
                pg_insert(referentieteller)
                .values(jaar=jaar, laatste=0, basis=text("nextval('signaal_volgnummer')"))
                .on_conflict_do_nothing(index_elements=[referentieteller.c.jaar])
            )
            self._basis_geschreven = True
            basis = self._c.execute(_JAARBASIS, {"jaar": jaar}).scalar_one()
        return int(basis)

    def add(self, rij: NieuwSignaalRij, organisatie_id: int) -> None:
        self.add_many([rij], organisatie_id)

    def add_many(self, rijen: Sequence[NieuwSignaalRij], organisatie_id: int) -> None:
        gecodeerd = [self.codering(organisatie_id).encode(r) for r in rijen]
        self.add_encoded(
            [g.rij for g in gecodeerd],
            [t for g in gecodeerd for t in g.themas],
            [k for g in gecodeerd for k in g.koppelingen],
        )

    def codering(self, organisatie_id: int) -> RijCodering:
        return RijCodering(self._dialect, organisatie_id)

    def add_encoded(
        self,
        rijen: Sequence[tuple[Any, ...]],
        themas: Sequence[tuple[Any, str]],
        koppelingen: Sequence[tuple[Any, str, str, str]] = (),
    ) -> None:
        if not rijen:
            return
        try:
            insert_encoded(self._c, rijen, themas, koppelingen)
        except (sqlite3.IntegrityError, psycopg.IntegrityError) as exc:
            raise Conflict(
                "Een signaal met dezelfde externe referentie of inhoud werd tegelijk "
                "opgeslagen. Probeer het opnieuw: het al opgeslagen signaal wordt herkend."
            ) from exc

    def existing_keys(
        self, organisatie_id: int, externe: Sequence[str], hashes: Sequence[str]
    ) -> tuple[set[str], set[str]]:
        return (
            existing_values(self._c, organisatie_id, "externe_referentie", externe)
            if externe
            else set(),
            existing_values(self._c, organisatie_id, "inhoudshash", hashes) if hashes else set(),
        )

    def external_ids(self, organisatie_id: int) -> dict[str, uuid.UUID]:
        q = select(signaal.c.externe_referentie, signaal.c.id).where(
            signaal.c.organisatie_id == organisatie_id, signaal.c.externe_referentie.is_not(None)
        )
        return {r.externe_referentie: r.id for r in self._c.execute(q)}

    def _select(self) -> Select[Any]:
        return select(*_KOLOMMEN, organisatie.c.code).join(
            organisatie, organisatie.c.id == signaal.c.organisatie_id
        )

    def _themas(self, ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, list[str]]:
        result: dict[uuid.UUID, list[str]] = defaultdict(list)
        if ids:
            q = select(signaal_thema).where(signaal_thema.c.signaal_id.in_(list(ids)))
            for row in self._c.execute(q):
                result[row.signaal_id].append(row.thema)
        return result

    def _to_domain(self, rows: Sequence[Any]) -> list[Signaal]:
        themas = self._themas([r.id for r in rows])
        return [from_row(r, r.code, themas.get(r.id, [])) for r in rows]

    def get(self, organisatie_id: int, signaal_id: uuid.UUID) -> Signaal | None:
        q = self._select().where(
            signaal.c.id == signaal_id, signaal.c.organisatie_id == organisatie_id
        )
        rows = self._c.execute(q).all()
        return self._to_domain(rows)[0] if rows else None

    def origins(self, ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, tuple[str, datetime]]:
        """Organisation code and date received of signals in any organisation: no text, no
        reference (a repeat contact at another organisation of a pseudonymisation domain)."""
        if not ids:
            return {}
        q = (
            select(signaal.c.id, organisatie.c.code, signaal.c.ontvangen_op)
            .join(organisatie, organisatie.c.id == signaal.c.organisatie_id)
            .where(signaal.c.id.in_(list(ids)))
        )
        return {r.id: (r.code, r.ontvangen_op) for r in self._c.execute(q)}

    def find_reference(self, referentie: str) -> tuple[uuid.UUID, int] | None:
        """A signal by its reference, in any organisation (for the public status lookup)."""
        row = self._c.execute(
            select(signaal.c.id, signaal.c.organisatie_id).where(signaal.c.referentie == referentie)
        ).first()
        return (row.id, row.organisatie_id) if row else None

    def get_contact_id(self, organisatie_id: int, signaal_id: uuid.UUID) -> uuid.UUID | None:
        q = select(signaal.c.contact_id).where(
            signaal.c.id == signaal_id, signaal.c.organisatie_id == organisatie_id
        )
        value: uuid.UUID | None = self._c.execute(q).scalar()
        return value

    def get_importrun_id(self, signaal_id: uuid.UUID) -> uuid.UUID | None:
        q = select(signaal.c.importrun_id).where(signaal.c.id == signaal_id)
        value: uuid.UUID | None = self._c.execute(q).scalar()
        return value

    def by_pseudonym(self, pseudoniem: str, vanaf: datetime, tot: datetime) -> list[uuid.UUID]:
        """Signals of one reporter (keyed pseudonym) received in [vanaf, tot], oldest first."""
        q = (
            select(signaal.c.id)
            .where(
                signaal.c.melder_pseudoniem == pseudoniem,
                signaal.c.ontvangen_op >= vanaf,
                signaal.c.ontvangen_op <= tot,
            )
            .order_by(signaal.c.ontvangen_op, signaal.c.id)
        )
        return list(self._c.execute(q).scalars())

    def theme_counts(self, organisatie_id: int) -> list[tuple[str, int]]:
        """Each theme the organisation's signals carry, with how many carry it."""
        st, sg = signaal_thema, signaal
        aantal = func.count().label("aantal")
        q = (
            select(st.c.thema, aantal)
            .join(sg, sg.c.id == st.c.signaal_id)
            .where(sg.c.organisatie_id == organisatie_id)
            .group_by(st.c.thema)
            .order_by(aantal.desc(), st.c.thema)
        )
        return [(r.thema, int(r.aantal)) for r in self._c.execute(q)]

    def update(self, s: Signaal) -> None:
        values = to_row(NieuwSignaalRij(s, None, None, None), 0)
        for key in (
            "id",
            "organisatie_id",
            "inhoudshash",
            "melder_pseudoniem",
            "contact_id",
            "importrun_id",
            "referentie",
            "geregistreerd_op",
            "geregistreerd_door",
        ):
            values.pop(key)
        self._c.execute(update(signaal).where(signaal.c.id == s.id).values(**values))
        self._c.execute(signaal_thema.delete().where(signaal_thema.c.signaal_id == s.id))
        if s.themas:
            self._c.execute(
                insert(signaal_thema), [{"signaal_id": s.id, "thema": t} for t in set(s.themas)]
            )

    def _conditions(self, organisatie_id: int, f: SignaalFilter) -> list[ColumnElement[bool]]:
        c = signaal.c
        conds: list[ColumnElement[bool]] = [c.organisatie_id == organisatie_id]
        for kolom, waarde in (
            (c.brontype, f.brontype),
            (c.meldertype, f.meldertype),
            (c.kanaal, f.kanaal),
            (c.status, f.status),
            (c.melder_pseudoniem, f.melder_pseudoniem),
        ):
            if waarde is not None:
                conds.append(kolom == str(waarde))
        if f.ontvangen_vanaf is not None:
            conds.append(c.ontvangen_op >= f.ontvangen_vanaf)
        if f.ontvangen_tot is not None:
            conds.append(c.ontvangen_op < f.ontvangen_tot)
        if f.thema is not None:
            conds.append(
                select(signaal_thema.c.signaal_id)
                .where(signaal_thema.c.signaal_id == c.id, signaal_thema.c.thema == f.thema)
                .exists()
            )
        if f.zoek:
            conds.append(self._fulltext(f.zoek))
        return conds

    def _fulltext(self, zoek: str) -> ColumnElement[bool]:
        if self._dialect == "postgresql":
            return literal_column("signaal.zoekvector").op("@@")(
                func.websearch_to_tsquery(text("'dutch'::regconfig"), zoek)
            )
        matches = text("SELECT rowid FROM signaal_fts WHERE signaal_fts MATCH :fts").bindparams(
            fts=fts5_query(zoek) or '""'
        )
        return literal_column("signaal.rowid").in_(matches)

    def search(
        self,
        organisatie_id: int,
        filter: SignaalFilter,
        pagina: Pagina,
        sortering: Sortering = Sortering(),
    ) -> tuple[list[Signaal], int]:
        where = and_(*self._conditions(organisatie_id, filter))
        totaal = self._c.execute(select(func.count()).select_from(signaal).where(where)).scalar()
        kolom = _SORTEERKOLOMMEN[sortering.kolom]
        q = (
            self._select()
            .where(where)
            .order_by(kolom.desc() if sortering.aflopend else kolom.asc(), signaal.c.id)
            .limit(pagina.grootte)
            .offset(pagina.offset)
        )
        return self._to_domain(self._c.execute(q).all()), int(totaal or 0)

    def stream(self, organisatie_id: int, filter: SignaalFilter) -> Iterator[Signaal]:
        """All matches in batches, oldest first, without holding them all in memory."""
        where = and_(*self._conditions(organisatie_id, filter))
        q = self._select().where(where).order_by(signaal.c.ontvangen_op, signaal.c.id)
        result = self._c.execution_options(yield_per=2000).execute(q)
        for batch in result.partitions():
            yield from self._to_domain(batch)

    def daily_counts(
        self, organisatie_id: int, indeling: Indeling, vanaf: datetime
    ) -> list[tuple[date, str, int]]:
        return daily_counts(self._c, organisatie_id, indeling, vanaf)
