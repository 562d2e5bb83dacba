# SPDX-License-Identifier: EUPL-1.2
"""Privacy settings per organisation, kept originals, and the vault's records as key
rotation sees them (contact details, originals, outbox addresses)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Table, bindparam, func, insert, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from hartslag.adapters.opslag import tabellen as t
from hartslag.adapters.opslag.gelezen import Gelezen
from hartslag.services.privacypoorten import (
    KluisRecord,
    Kluisvak,
    Privacykeuzes,
    VersleuteldOrigineel,
)

# Read on every registration: built once (see auditketen_sql).
_INSTELLING = select(t.organisatie_instelling).where(
    t.organisatie_instelling.c.organisatie_id == bindparam("organisatie_id")
)


def privacy_choices(row: Any) -> Privacykeuzes:
    return Privacykeuzes(
        originelen_bewaren=row.originelen_bewaren,
        contact_dagen=row.contact_dagen,
        origineel_dagen=row.origineel_dagen,
        signaal_dagen=row.signaal_dagen,
    )


class SqlInstellingen:
    def __init__(self, connection: Connection, gelezen: Gelezen | None = None) -> None:
        self._c = connection
        self._gelezen = gelezen or Gelezen()

    def get(self, organisatie_id: int) -> Privacykeuzes | None:
        if organisatie_id in self._gelezen.keuzes:
            return self._gelezen.keuzes[organisatie_id]
        row = self._c.execute(_INSTELLING, {"organisatie_id": organisatie_id}).first()
        return None if row is None else privacy_choices(row)

    def save(self, organisatie_id: int, keuzes: Privacykeuzes, now: datetime) -> None:
        self._gelezen.keuzes.pop(organisatie_id, None)
        waarden = {
            "originelen_bewaren": keuzes.originelen_bewaren,
            "contact_dagen": keuzes.contact_dagen,
            "origineel_dagen": keuzes.origineel_dagen,
            "signaal_dagen": keuzes.signaal_dagen,
            "gewijzigd_op": now,
        }
        upsert = pg_insert if self._c.dialect.name == "postgresql" else sqlite_insert
        self._c.execute(
            upsert(t.organisatie_instelling)
            .values(organisatie_id=organisatie_id, **waarden)
            .on_conflict_do_update(index_elements=["organisatie_id"], set_=waarden)
        )


class SqlOriginelen:
    def __init__(self, connection: Connection) -> None:
        self._c = connection

    def add_many(self, originelen: Sequence[VersleuteldOrigineel]) -> None:
        if originelen:
            self._c.execute(insert(t.origineel), [o.__dict__ for o in originelen])

    def get(self, organisatie_id: int, signaal_id: uuid.UUID) -> VersleuteldOrigineel | None:
        o = t.origineel
        row = self._c.execute(
            select(o).where(o.c.signaal_id == signaal_id, o.c.organisatie_id == organisatie_id)
        ).first()
        return VersleuteldOrigineel(**row._asdict()) if row else None


# Per vault table: the table, its key column and its organisation column (if any).
_VAKKEN: dict[Kluisvak, tuple[Table, str, str | None]] = {
    Kluisvak.CONTACT: (t.contactgegevens, "id", "organisatie_id"),
    Kluisvak.ORIGINEEL: (t.origineel, "signaal_id", "organisatie_id"),
    Kluisvak.BERICHT: (t.bericht, "id", None),
}
_BLOB = {Kluisvak.CONTACT: "versleuteld", Kluisvak.ORIGINEEL: "versleuteld"}


def _blob_column(vak: Kluisvak) -> str:
    return _BLOB.get(vak, "aan_versleuteld")


class SqlKluis:
    """Every encrypted record, by table, for re-encryption under a new key."""

    def __init__(self, connection: Connection) -> None:
        self._c = connection

    def versions(self) -> dict[Kluisvak, dict[int, int]]:
        result: dict[Kluisvak, dict[int, int]] = {}
        for vak, (tabel, _, _) in _VAKKEN.items():
            q = select(tabel.c.sleutelversie, func.count()).group_by(tabel.c.sleutelversie)
            result[vak] = {int(v): int(n) for v, n in self._c.execute(q)}
        return result

    def batch(
        self, vak: Kluisvak, na: uuid.UUID | None, behalve_versie: int, limit: int
    ) -> list[KluisRecord]:
        """Up to `limit` records not under `behalve_versie`, in key order after `na`."""
        tabel, sleutel, organisatie = _VAKKEN[vak]
        kolommen = [tabel.c[sleutel], tabel.c.sleutelversie, tabel.c[_blob_column(vak)]]
        if organisatie:
            kolommen.append(tabel.c[organisatie])
        q = select(*kolommen).where(tabel.c.sleutelversie != behalve_versie)
        if na is not None:
            q = q.where(tabel.c[sleutel] > na)
        rows = self._c.execute(q.order_by(tabel.c[sleutel]).limit(limit)).all()
        return [
            KluisRecord(vak, r[0], r[3] if organisatie else None, int(r[1]), bytes(r[2]))
            for r in rows
        ]

    def replace(self, oud: KluisRecord, sleutelversie: int, versleuteld: bytes) -> bool:
        """Store the re-encrypted record, unless it changed since it was read."""
        tabel, sleutel, _ = _VAKKEN[oud.vak]
        blob = tabel.c[_blob_column(oud.vak)]
        resultaat = self._c.execute(
            update(tabel)
            .where(
                tabel.c[sleutel] == oud.id,
                tabel.c.sleutelversie == oud.sleutelversie,
                blob == oud.versleuteld,
            )
            .values({"sleutelversie": sleutelversie, blob.name: versleuteld})
        )
        return resultaat.rowcount == 1
