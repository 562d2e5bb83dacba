# SPDX-License-Identifier: EUPL-1.2
"""Pseudonym links of free text outside a signal: how subject access and erasure find a
person mentioned in a dossier, a session, a feedback text or a reason in the audit trail."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from sqlalchemy import Connection, delete, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from hartslag.adapters.opslag import tabellen as t
from hartslag.services.privacypoorten import Onderwerp, Tekstkoppeling, Vermelding


class SqlVermeldingen:
    def __init__(self, connection: Connection) -> None:
        self._c = connection

    def add(
        self, organisatie_id: int, onderwerp: Onderwerp, koppelingen: Sequence[Tekstkoppeling]
    ) -> None:
        """Store the links; a link already there (the same person in the same field of the
        same record) is kept once."""
        if not koppelingen:
            return
        rijen = [
            {
                "organisatie_id": organisatie_id,
                "onderwerp_type": onderwerp[0],
                "onderwerp_id": onderwerp[1],
                "veld": veld,
                "soort": soort,
                "pseudoniem": pseudoniem,
            }
            for veld, soort, pseudoniem in sorted(set(koppelingen))
        ]
        upsert = pg_insert if self._c.dialect.name == "postgresql" else sqlite_insert
        self._c.execute(upsert(t.tekst_pseudoniem).on_conflict_do_nothing(), rijen)

    def find(self, organisatie_id: int, pseudoniemen: Sequence[str]) -> list[Vermelding]:
        """The records of the organisation whose free text carries one of `pseudoniemen`."""
        tp = t.tekst_pseudoniem
        q = (
            select(tp.c.onderwerp_type, tp.c.onderwerp_id, tp.c.veld)
            .where(tp.c.organisatie_id == organisatie_id, tp.c.pseudoniem.in_(list(pseudoniemen)))
            .distinct()
        )
        velden: dict[tuple[str, str], set[str]] = defaultdict(set)
        for soort, ident, veld in self._c.execute(q):
            velden[(soort, ident)].add(veld)
        return [
            Vermelding(soort, ident, tuple(sorted(v)))
            for (soort, ident), v in sorted(velden.items())
        ]

    def unlink(self, organisatie_id: int, pseudoniemen: Sequence[str]) -> int:
        tp = t.tekst_pseudoniem
        q = delete(tp).where(
            tp.c.organisatie_id == organisatie_id, tp.c.pseudoniem.in_(list(pseudoniemen))
        )
        return int(self._c.execute(q).rowcount)

    def forget_subjects(self, onderwerp_type: str, ids: Sequence[str]) -> int:
        """Drop every link of these records (they were deleted)."""
        tp = t.tekst_pseudoniem
        aantal = 0
        for i in range(0, len(ids), 500):
            q = delete(tp).where(
                tp.c.onderwerp_type == onderwerp_type, tp.c.onderwerp_id.in_(list(ids[i : i + 500]))
            )
            aantal += int(self._c.execute(q).rowcount)
        return aantal
