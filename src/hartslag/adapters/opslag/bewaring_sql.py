# SPDX-License-Identifier: EUPL-1.2
"""Retention (what has expired, and deleting it) and the data-subject stores (finding a
person's signals through keyed pseudonyms, and erasing what is linked to them)."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import ColumnElement, Connection, Select, delete, func, or_, select, update

from hartslag.adapters.opslag import tabellen as t
from hartslag.domein.privacybeleid import Bron, Gegevenssoort
from hartslag.services.privacypoorten import Herkomst, Treffer

_AFGEROND = ("verzonden", "gebounced", "mislukt")  # outbox messages that are done


def _expired_where(
    soort: Gegevenssoort, organisatie_id: int, vandaag: date, grens: datetime
) -> tuple[Any, ColumnElement[bool]]:
    """The key column and the condition of expired records of `soort`.

    Vault records expire at the date they were sealed with, or earlier when the
    organisation has since shortened the period (`grens`): a shorter period applies to
    what is already stored, a longer one does not revive it.
    """
    if soort is Gegevenssoort.SIGNAAL:
        s = t.signaal
        return s.c.id, (s.c.organisatie_id == organisatie_id) & (s.c.ontvangen_op < grens)
    tabel = t.contactgegevens if soort is Gegevenssoort.CONTACT else t.origineel
    sleutel = tabel.c.id if soort is Gegevenssoort.CONTACT else tabel.c.signaal_id
    verlopen = or_(tabel.c.bewaren_tot < vandaag, tabel.c.aangemaakt_op < grens)
    return sleutel, (tabel.c.organisatie_id == organisatie_id) & verlopen


def _chunks(ids: Sequence[uuid.UUID], size: int = 500) -> list[list[uuid.UUID]]:
    return [list(ids[i : i + size]) for i in range(0, len(ids), size)]


class SqlBewaring:
    def __init__(self, connection: Connection) -> None:
        self._c = connection

    def count_expired(
        self, soort: Gegevenssoort, organisatie_id: int, vandaag: date, grens: datetime
    ) -> int:
        sleutel, waar = _expired_where(soort, organisatie_id, vandaag, grens)
        return int(self._c.execute(select(func.count(sleutel)).where(waar)).scalar_one())

    def expired(
        self, soort: Gegevenssoort, organisatie_id: int, vandaag: date, grens: datetime, limit: int
    ) -> list[uuid.UUID]:
        sleutel, waar = _expired_where(soort, organisatie_id, vandaag, grens)
        q: Select[Any] = select(sleutel).where(waar).order_by(sleutel).limit(limit)
        return list(self._c.execute(q).scalars())

    def delete(self, soort: Gegevenssoort, ids: Sequence[uuid.UUID]) -> int:
        """Delete these records. A signal takes its contact details, its outbox messages,
        its original, themes and pseudonym links (cascade) and its search entry along."""
        aantal = 0
        for deel in _chunks(ids):
            if soort is Gegevenssoort.CONTACT:
                aantal += self._delete(t.contactgegevens.c.id, deel)
            elif soort is Gegevenssoort.ORIGINEEL:
                aantal += self._delete(t.origineel.c.signaal_id, deel)
            else:
                aantal += self._delete_signals(deel)
        return aantal

    def _delete(self, kolom: Any, ids: list[uuid.UUID]) -> int:
        return int(self._c.execute(delete(kolom.table).where(kolom.in_(ids))).rowcount)

    def _delete_signals(self, ids: list[uuid.UUID]) -> int:
        s = t.signaal
        contacten = [
            c
            for c in self._c.execute(select(s.c.contact_id).where(s.c.id.in_(ids))).scalars()
            if c is not None
        ]
        self._delete(t.bericht.c.signaal_id, ids)
        aantal = self._delete(s.c.id, ids)
        if contacten:
            self._delete(t.contactgegevens.c.id, contacten)
        return aantal

    def delete_sent_messages(self, organisatie: str, grens: datetime, dry_run: bool) -> int:
        """Outbox messages that are done (sent, bounced, failed) and older than `grens`:
        they hold a copy of the recipient's address."""
        b = t.bericht
        waar = (
            (b.c.organisatie == organisatie)
            & b.c.status.in_(_AFGEROND)
            & (b.c.aangemaakt_op < grens)
        )
        if dry_run:
            return int(self._c.execute(select(func.count()).where(waar)).scalar_one())
        return int(self._c.execute(delete(b).where(waar)).rowcount)


class SqlBetrokkenen:
    def __init__(self, connection: Connection) -> None:
        self._c = connection

    def find(self, organisatie_id: int, pseudoniemen: Sequence[str]) -> list[Treffer]:
        """Signals whose reporter id, contact details or text carry one of `pseudoniemen`."""
        s, k = t.signaal, t.signaal_pseudoniem
        herkomst: dict[uuid.UUID, set[Herkomst]] = defaultdict(set)
        q = select(s.c.id).where(
            s.c.organisatie_id == organisatie_id, s.c.melder_pseudoniem.in_(list(pseudoniemen))
        )
        for signaal_id in self._c.execute(q).scalars():
            herkomst[signaal_id].add(Herkomst.MELDER)
        q = (
            select(k.c.signaal_id, k.c.bron)
            .join(s, s.c.id == k.c.signaal_id)
            .where(s.c.organisatie_id == organisatie_id, k.c.pseudoniem.in_(list(pseudoniemen)))
        )
        for signaal_id, bron in self._c.execute(q):
            soort = Herkomst.CONTACT if bron == Bron.CONTACT else Herkomst.TEKST
            herkomst[signaal_id].add(soort)
        return self._treffers(herkomst)

    def _treffers(self, herkomst: dict[uuid.UUID, set[Herkomst]]) -> list[Treffer]:
        s, o = t.signaal, t.origineel
        treffers: list[Treffer] = []
        for deel in _chunks(sorted(herkomst)):
            q = (
                select(s.c.id, s.c.contact_id, o.c.signaal_id.label("origineel"))
                .outerjoin(o, o.c.signaal_id == s.c.id)
                .where(s.c.id.in_(deel))
                .order_by(s.c.ontvangen_op, s.c.id)
            )
            treffers.extend(
                Treffer(r.id, frozenset(herkomst[r.id]), r.contact_id, r.origineel is not None)
                for r in self._c.execute(q)
            )
        return treffers

    def unlink(self, signaal_id: uuid.UUID, pseudoniemen: Sequence[str] | None) -> int:
        k = t.signaal_pseudoniem
        q = delete(k).where(k.c.signaal_id == signaal_id)
        if pseudoniemen is not None:
            q = q.where(k.c.pseudoniem.in_(list(pseudoniemen)))
        return int(self._c.execute(q).rowcount)

    def reference_of(self, signaal_id: uuid.UUID) -> str | None:
        s = t.signaal
        q = select(s.c.externe_referentie).where(s.c.id == signaal_id)
        waarde: str | None = self._c.execute(q).scalar()
        return waarde

    def set_reference(self, signaal_id: uuid.UUID, referentie: str) -> int:
        s = t.signaal
        q = update(s).where(s.c.id == signaal_id).values(externe_referentie=referentie)
        return int(self._c.execute(q).rowcount)

    def forget_reporter(self, signaal_id: uuid.UUID) -> int:
        s = t.signaal
        q = (
            update(s)
            .where(s.c.id == signaal_id, s.c.melder_pseudoniem.is_not(None))
            .values(melder_pseudoniem=None)
        )
        return int(self._c.execute(q).rowcount)

    def delete_contact(self, contact_id: uuid.UUID) -> int:
        k = t.contactgegevens
        return int(self._c.execute(delete(k).where(k.c.id == contact_id)).rowcount)

    def delete_original(self, signaal_id: uuid.UUID) -> int:
        o = t.origineel
        return int(self._c.execute(delete(o).where(o.c.signaal_id == signaal_id)).rowcount)

    def delete_messages(self, signaal_id: uuid.UUID) -> int:
        b = t.bericht
        return int(self._c.execute(delete(b).where(b.c.signaal_id == signaal_id)).rowcount)
