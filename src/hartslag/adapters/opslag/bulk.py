# SPDX-License-Identifier: EUPL-1.2
"""Fast bulk insertion of signal rows, one path per database.

SQLite: the driver's ``executemany`` with values already in SQLAlchemy's storage format
(the ORM's per-row type processing would cost more than the insert itself), then the new
rows go into the full-text index in one statement per batch (a per-row trigger is three
times slower). PostgreSQL: ``COPY``, the practical limit of the server.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection

from hartslag.adapters.opslag.tabellen import signaal
from hartslag.services.poorten import GecodeerdSignaal, NieuwSignaalRij

SIGNAAL_KOLOMMEN = [c.name for c in signaal.c if c.name != "zoekvector"]
_JSON = {"impact", "regelgeving"}


def to_row(rij: NieuwSignaalRij, organisatie_id: int) -> dict[str, Any]:
    s = rij.signaal
    return {
        "id": s.id,
        "referentie": s.referentie,
        "organisatie_id": organisatie_id,
        "ontvangen_op": s.ontvangen_op,
        "geregistreerd_op": s.geregistreerd_op,
        "geregistreerd_door": s.geregistreerd_door,
        "brontype": s.brontype.value,
        "meldertype": s.meldertype.value,
        "kanaal": s.kanaal.value,
        "gevraagd": s.gevraagd,
        "polariteit": s.polariteit.value if s.polariteit else None,
        "impact": [{"domein": i.domein.value, "soort": i.soort.value} for i in s.impact],
        "bereik": s.bereik.value if s.bereik else None,
        "levensgebeurtenis": s.levensgebeurtenis,
        "regelgeving": list(s.regelgeving),
        "titel": s.titel or "",
        "tekst": s.tekst,
        "status": s.status.value,
        "externe_referentie": s.externe_referentie,
        "inhoudshash": rij.inhoudshash,
        "melder_pseudoniem": rij.melder_pseudoniem,
        "contact_id": rij.contact_id,
        "importrun_id": rij.importrun_id,
    }


def _tijd(waarde: datetime) -> str:
    return waarde.astimezone(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")


_laatste_registratie: tuple[datetime | None, str] = (None, "")


def _registratietijd(waarde: datetime) -> str:
    """`_tijd` of the registration time, which a bulk import shares across its rows."""
    global _laatste_registratie
    if _laatste_registratie[0] != waarde:
        _laatste_registratie = (waarde, _tijd(waarde))
    return _laatste_registratie[1]


def _json(waarde: list[Any]) -> str:
    return json.dumps(waarde) if waarde else "[]"


def _uuid(waarde: Any) -> str | None:
    return waarde.hex if waarde is not None else None


def _sqlite_encode(rij: NieuwSignaalRij, organisatie_id: int) -> tuple[Any, ...]:
    """The SQLite tuple straight from the domain object: the hot path of a bulk import
    (positional, in the order of SIGNAAL_KOLOMMEN, checked below)."""
    s = rij.signaal
    return (
        s.id.hex,
        s.referentie,
        organisatie_id,
        _tijd(s.ontvangen_op),
        _registratietijd(s.geregistreerd_op),
        s.geregistreerd_door,
        s.brontype.value,
        s.meldertype.value,
        s.kanaal.value,
        int(s.gevraagd),
        s.polariteit.value if s.polariteit else None,
        _json([{"domein": i.domein.value, "soort": i.soort.value} for i in s.impact]),
        s.bereik.value if s.bereik else None,
        s.levensgebeurtenis,
        _json(list(s.regelgeving)),
        s.titel or "",
        s.tekst,
        s.status.value,
        s.externe_referentie,
        rij.inhoudshash,
        rij.melder_pseudoniem,
        _uuid(rij.contact_id),
        _uuid(rij.importrun_id),
    )


def _postgresql_rij(r: dict[str, Any]) -> tuple[Any, ...]:
    return tuple(_json(r[k]) if k in _JSON else r[k] for k in SIGNAAL_KOLOMMEN)


assert SIGNAAL_KOLOMMEN == [
    "id",
    "referentie",
    "organisatie_id",
    "ontvangen_op",
    "geregistreerd_op",
    "geregistreerd_door",
    "brontype",
    "meldertype",
    "kanaal",
    "gevraagd",
    "polariteit",
    "impact",
    "bereik",
    "levensgebeurtenis",
    "regelgeving",
    "titel",
    "tekst",
    "status",
    "externe_referentie",
    "inhoudshash",
    "melder_pseudoniem",
    "contact_id",
    "importrun_id",
], "the positional SQLite encoder must follow the table's column order"
_REFERENTIE = SIGNAAL_KOLOMMEN.index("referentie")
_CONTACT = SIGNAAL_KOLOMMEN.index("contact_id")


@dataclass(frozen=True)
class RijCodering:
    """Turns a signal row into the tuple the driver inserts. Plain data, so it can be sent
    to worker processes that prepare rows in parallel during a bulk import."""

    dialect: str
    organisatie_id: int

    def encode(self, rij: NieuwSignaalRij) -> GecodeerdSignaal:
        if self.dialect == "postgresql":
            waarden = _postgresql_rij(to_row(rij, self.organisatie_id))
        else:
            waarden = _sqlite_encode(rij, self.organisatie_id)
        signaal_id = waarden[0]
        return GecodeerdSignaal(
            waarden,
            tuple((signaal_id, t) for t in dict.fromkeys(rij.signaal.themas)),
            tuple((signaal_id, *k) for k in rij.koppelingen),
        )

    def complete(
        self, rij: tuple[Any, ...], referentie: str, contact_id: uuid.UUID | None
    ) -> tuple[Any, ...]:
        """Fill in what only the writer knows: the reference and the sealed contact."""
        if contact_id is None:
            return (*rij[:_REFERENTIE], referentie, *rij[_REFERENTIE + 1 :])
        waarden = list(rij)
        waarden[_REFERENTIE] = referentie
        waarden[_CONTACT] = contact_id if self.dialect == "postgresql" else contact_id.hex
        return tuple(waarden)


Themas = Sequence[tuple[Any, str]]  # encoded signal id, theme
Koppelingen = Sequence[tuple[Any, str, str, str]]  # encoded signal id, type, source, pseudonym
_KOPPELING_KOLOMMEN = "signaal_id, soort, bron, pseudoniem"


def _sqlite(
    c: Connection,
    rijen: Sequence[tuple[Any, ...]],
    themas: Themas,
    koppelingen: Koppelingen,
) -> None:
    cursor = c.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        laatste = cursor.execute("SELECT coalesce(max(rowid), 0) FROM signaal").fetchone()[0]
        plekken = ", ".join("?" * len(SIGNAAL_KOLOMMEN))
        cursor.executemany(
            f"INSERT INTO signaal ({', '.join(SIGNAAL_KOLOMMEN)}) VALUES ({plekken})",
            rijen,
        )
        # The caller holds the write lock (BEGIN IMMEDIATE), so every row above `laatste`
        # is one of ours: index them in one statement (zoekwoorden.py).
        cursor.execute(
            "INSERT INTO signaal_zoektekst(rowid, woorden) SELECT rowid, "
            "nl_stammen(coalesce(titel, '') || ' ' || tekst) FROM signaal WHERE rowid > ?",
            (laatste,),
        )
        if themas:
            cursor.executemany(
                "INSERT INTO signaal_thema (signaal_id, thema) VALUES (?, ?)", themas
            )
        if koppelingen:
            cursor.executemany(
                f"INSERT INTO signaal_pseudoniem ({_KOPPELING_KOLOMMEN}) VALUES (?, ?, ?, ?)",
                koppelingen,
            )
    finally:
        cursor.close()


WEINIG = 8  # rows up to which PostgreSQL gets INSERT rather than COPY


def _postgresql(
    c: Connection,
    rijen: Sequence[tuple[Any, ...]],
    themas: Themas,
    koppelingen: Koppelingen,
) -> None:
    cursor = c.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        _pg_rows(cursor, "signaal", ", ".join(SIGNAAL_KOLOMMEN), rijen)
        _pg_rows(cursor, "signaal_thema", "signaal_id, thema", themas)
        _pg_rows(cursor, "signaal_pseudoniem", _KOPPELING_KOLOMMEN, koppelingen)
    finally:
        cursor.close()


def _pg_rows(cursor: Any, tabel: str, kolommen: str, rijen: Sequence[tuple[Any, ...]]) -> None:
    """COPY for a batch; for a few rows (one registration) a plain INSERT, which saves
    COPY's extra round trip and protocol switch (issue 12)."""
    if not rijen:
        return
    if len(rijen) <= WEINIG:
        plekken = ", ".join(["%s"] * len(rijen[0]))
        sql = f"INSERT INTO {tabel} ({kolommen}) VALUES ({plekken})"
        if len(rijen) == 1:  # executemany enters and leaves pipeline mode: a sync more
            cursor.execute(sql, rijen[0])
        else:
            cursor.executemany(sql, rijen)
        return
    with cursor.copy(f"COPY {tabel} ({kolommen}) FROM STDIN") as copy:
        for rij in rijen:
            copy.write_row(rij)


def insert_encoded(
    c: Connection,
    rijen: Sequence[tuple[Any, ...]],
    themas: Themas,
    koppelingen: Koppelingen = (),
) -> None:
    """Insert encoded signal rows, their theme rows and their pseudonym-link rows (each
    link once), all as :class:`RijCodering` encodes them."""
    uniek = list(dict.fromkeys(koppelingen))
    if c.dialect.name == "postgresql":
        _postgresql(c, rijen, themas, uniek)
    else:
        _sqlite(c, rijen, themas, uniek)


_SLEUTELKOLOMMEN = frozenset({"externe_referentie", "inhoudshash"})


def existing_values(
    c: Connection, organisatie_id: int, kolom: str, waarden: Sequence[str]
) -> set[str]:
    """Which of `waarden` the organisation's signals hold in `kolom` (an external reference
    or content hash), asked with the whole list as one parameter: an IN list of thousands
    of bound parameters cost more to build than the lookup itself."""
    assert kolom in _SLEUTELKOLOMMEN, kolom
    if c.dialect.name == "postgresql":
        sql = f"SELECT {kolom} FROM signaal WHERE organisatie_id = %s AND {kolom} = ANY(%s)"
        parameters: tuple[Any, ...] = (organisatie_id, list(waarden))
    else:
        sql = (
            f"SELECT {kolom} FROM signaal WHERE organisatie_id = ? "
            f"AND {kolom} IN (SELECT value FROM json_each(?))"
        )
        parameters = (organisatie_id, json.dumps(list(waarden)))
    cursor = c.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.execute(sql, parameters)
        return {rij[0] for rij in cursor.fetchall()}
    finally:
        cursor.close()
