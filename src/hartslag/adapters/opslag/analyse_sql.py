# SPDX-License-Identifier: EUPL-1.2
"""The analysis store: runs, patterns and their signals, identity changes, alerts,
vectors and theme suggestions."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Collection, Iterator, Sequence
from datetime import datetime
from itertools import islice
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, func, insert, select, update

from hartslag.adapters.opslag import tabellen as t
from hartslag.adapters.opslag.analyse_invoer_sql import SqlAnalyseInvoer, chunks
from hartslag.adapters.opslag.analyse_rijen import (
    patroon_from_row,
    patroon_values,
    waarschuwing_from_row,
    waarschuwing_values,
)
from hartslag.domein.patroon import (
    NETWERK,
    Mutatie,
    Patroon,
    Patroonstatus,
    Waarschuwing,
)
from hartslag.services.poorten import Analyserun, SignaalAnalyse

if TYPE_CHECKING:  # the analysis pipeline loads scikit-learn: only when a run needs it
    from hartslag.analyse.pijplijn import Resultaat, Vorige

ZICHTBAAR = (Patroonstatus.ACTIEF.value, Patroonstatus.BEVESTIGD.value)
_BATCH = 5000


class SqlAnalyses(SqlAnalyseInvoer):
    """Runs, patterns, assignments, identity changes and alerts."""

    def previous(self, bereik: str) -> Vorige:
        from hartslag.analyse.pijplijn import Vorige

        ps, p = t.patroon_signaal.c, t.patroon.c
        status = dict(
            self._c.execute(
                select(p.id, p.status).where(p.bereik == bereik, p.status.in_(ZICHTBAAR))
            ).all()
        )
        leden: dict[uuid.UUID, set[uuid.UUID]] = defaultdict(set)
        handmatig: dict[uuid.UUID, uuid.UUID | None] = {}
        q = select(ps.signaal_id, ps.patroon_id, ps.handmatig).where(ps.bereik == bereik)
        for sid, pid, door_mens in self._c.execute(q):
            if pid in status:
                leden[pid].add(sid)
            if door_mens:
                handmatig[sid] = pid
        vergrendeld = frozenset(i for i, s in status.items() if s == Patroonstatus.BEVESTIGD)
        return Vorige({k: frozenset(v) for k, v in leden.items()}, vergrendeld, handmatig)

    # --- storing a run --------------------------------------------------------------
    def save_run(self, run: Analyserun, resultaat: Resultaat, now: datetime) -> None:
        self._c.execute(
            insert(t.analyserun).values(
                id=run.id,
                bereik=run.bereik,
                peildatum=run.peildatum,
                representatie=run.representatie,
                gestart_op=run.gestart_op,
                voltooid_op=run.voltooid_op,
                gestart_door=run.gestart_door,
                aantal_signalen=run.aantal_signalen,
                aantal_patronen=run.aantal_patronen,
                model=run.model,
                midden=run.midden,
            )
        )
        self._save_patterns(run.bereik, resultaat, now)
        self._save_assignments(run.bereik, resultaat)
        for m in resultaat.mutaties:
            self.add_mutatie(run.bereik, m, f"analyse:{run.id}", now, run.id)
        self._c.execute(delete(t.waarschuwing).where(t.waarschuwing.c.bereik == run.bereik))
        rijen = [waarschuwing_values(w, run.id) for w in resultaat.waarschuwingen]
        if rijen:
            self._c.execute(insert(t.waarschuwing), rijen)

    def _save_patterns(self, bereik: str, resultaat: Resultaat, now: datetime) -> None:
        p = t.patroon.c
        bestaand = {r.id: r for r in self._c.execute(select(t.patroon).where(p.bereik == bereik))}
        nieuw_ids = set()
        for patroon in resultaat.patronen:
            nieuw_ids.add(patroon.id)
            oud = bestaand.get(patroon.id)
            patroon.bijgewerkt_op = now
            if oud is not None and oud.titel_handmatig:
                patroon.titel, patroon.titel_handmatig = oud.titel, True
            if oud is not None and oud.status == Patroonstatus.BEVESTIGD:
                patroon.status = Patroonstatus.BEVESTIGD
            waarden = patroon_values(patroon) | {
                "centroide": resultaat.centroiden[patroon.id].astype("float32").tobytes()
            }
            if oud is None:
                self._c.execute(insert(t.patroon).values(id=patroon.id, **waarden))
            else:
                self._c.execute(update(t.patroon).where(p.id == patroon.id).values(**waarden))
        samengevoegd = {
            m.van[0]: m.naar[0] for m in resultaat.mutaties if m.soort == "samengevoegd" and m.naar
        }
        for pid, oud in bestaand.items():
            if pid in nieuw_ids or oud.status not in ZICHTBAAR:
                continue
            waarden = {"status": Patroonstatus.OPGEHEVEN.value, "bijgewerkt_op": now}
            if pid in samengevoegd:
                waarden = {
                    "status": Patroonstatus.SAMENGEVOEGD.value,
                    "samengevoegd_in": samengevoegd[pid],
                    "bijgewerkt_op": now,
                }
            self._c.execute(update(t.patroon).where(p.id == pid).values(**waarden))

    def _save_assignments(self, bereik: str, resultaat: Resultaat) -> None:
        ps = t.patroon_signaal
        handmatig_leeg = {
            sid for sid, pid in self.previous(bereik).handmatig.items() if pid is None
        }
        self._c.execute(delete(ps).where(ps.c.bereik == bereik))
        rijen = _assignment_rows(bereik, resultaat, handmatig_leeg)
        while deel := list(islice(rijen, _BATCH)):
            self._c.execute(insert(ps), deel)

    def add_mutatie(
        self,
        bereik: str,
        mutatie: Mutatie,
        actor: str,
        now: datetime,
        run_id: uuid.UUID | None = None,
    ) -> None:
        self._c.execute(
            insert(t.patroon_mutatie).values(
                bereik=bereik,
                run_id=run_id,
                soort=mutatie.soort.value,
                van=[str(i) for i in mutatie.van],
                naar=[str(i) for i in mutatie.naar],
                actor=actor,
                tijdstip=now,
                toelichting=mutatie.toelichting or None,
            )
        )

    # --- reading --------------------------------------------------------------------
    def latest_run(self, bereik: str) -> Analyserun | None:
        kolommen = [c for c in t.analyserun.c if c.name != "model"]  # the model: see model()
        r = self._c.execute(
            select(*kolommen)
            .where(t.analyserun.c.bereik == bereik)
            .order_by(t.analyserun.c.voltooid_op.desc())
            .limit(1)
        ).first()
        if r is None:
            return None
        return Analyserun(
            r.id,
            r.bereik,
            r.peildatum,
            r.representatie,
            r.gestart_op,
            r.voltooid_op,
            r.gestart_door,
            r.aantal_signalen,
            r.aantal_patronen,
            None,
            r.midden,
        )

    def model(self, run_id: uuid.UUID) -> bytes | None:
        q = select(t.analyserun.c.model).where(t.analyserun.c.id == run_id)
        value: bytes | None = self._c.execute(q).scalar()
        return value

    def centroids(self, bereik: str) -> list[tuple[uuid.UUID, bytes]]:
        p = t.patroon.c
        q = (
            select(p.id, p.centroide)
            .where(p.bereik == bereik, p.status.in_(ZICHTBAAR), p.centroide.is_not(None))
            .order_by(p.id)
        )
        return [(r.id, r.centroide) for r in self._c.execute(q)]

    def patronen(
        self, bereiken: Sequence[str], organisatie: str, ook_van: Collection[str] = ()
    ) -> list[Patroon]:
        p = t.patroon.c
        q = select(t.patroon).where(p.bereik.in_(list(bereiken)), p.status.in_(ZICHTBAAR))
        result = [patroon_from_row(r) for r in self._c.execute(q)]
        wie = {organisatie, *ook_van}
        return [x for x in result if x.bereik == organisatie or wie & set(x.organisaties)]

    def counts_by_theme(self, organisatie_id: int, themas: Collection[str]) -> dict[uuid.UUID, int]:
        ps, s, st = t.patroon_signaal.c, t.signaal.c, t.signaal_thema.c
        q = (
            select(ps.patroon_id, func.count(func.distinct(ps.signaal_id)))
            .join(t.signaal, s.id == ps.signaal_id)
            .join(t.signaal_thema, st.signaal_id == ps.signaal_id)
            .where(
                ps.bereik == NETWERK,
                ps.patroon_id.is_not(None),
                s.organisatie_id == organisatie_id,
                st.thema.in_(sorted(themas)),
            )
            .group_by(ps.patroon_id)
        )
        return {r[0]: int(r[1]) for r in self._c.execute(q)}

    def get_patroon(self, patroon_id: uuid.UUID) -> Patroon | None:
        r = self._c.execute(select(t.patroon).where(t.patroon.c.id == patroon_id)).first()
        return patroon_from_row(r) if r is not None else None

    def add_patroon(self, patroon: Patroon) -> None:
        self._c.execute(insert(t.patroon).values(id=patroon.id, **patroon_values(patroon)))

    def save_patroon(self, patroon: Patroon) -> None:
        self._c.execute(
            update(t.patroon).where(t.patroon.c.id == patroon.id).values(**patroon_values(patroon))
        )

    def members(self, patroon_id: uuid.UUID, organisatie_id: int | None) -> list[uuid.UUID]:
        ps, s = t.patroon_signaal.c, t.signaal.c
        q = (
            select(ps.signaal_id)
            .join(t.signaal, s.id == ps.signaal_id)
            .where(ps.patroon_id == patroon_id)
        )
        if organisatie_id is not None:
            q = q.where(s.organisatie_id == organisatie_id)
        return list(self._c.execute(q.order_by(s.ontvangen_op.desc(), s.id)).scalars())

    def for_signals(self, ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, SignaalAnalyse]:
        ps, p = t.patroon_signaal.c, t.patroon.c
        result: dict[uuid.UUID, SignaalAnalyse] = {}
        for deel in chunks(list(ids)):
            q = (
                select(
                    ps.signaal_id,
                    ps.bereik,
                    ps.patroon_id,
                    p.titel,
                    ps.herhaalcontact_van,
                    ps.handmatig,
                )
                .outerjoin(t.patroon, p.id == ps.patroon_id)
                .where(ps.signaal_id.in_(list(deel)))
                .order_by(ps.bereik)  # "*" (the network) sorts first and wins
            )
            for r in self._c.execute(q):
                if r.signaal_id not in result:
                    result[r.signaal_id] = SignaalAnalyse(
                        r.patroon_id,
                        r.titel,
                        r.herhaalcontact_van is not None,
                        r.handmatig,
                        r.herhaalcontact_van,
                    )
        return result

    def repeats_of(self, signaal_id: uuid.UUID) -> list[uuid.UUID]:
        ps = t.patroon_signaal.c
        q = select(ps.signaal_id).where(ps.herhaalcontact_van == signaal_id).distinct()
        return sorted(self._c.execute(q).scalars(), key=str)

    def assign(
        self,
        bereik: str,
        signaal_id: uuid.UUID,
        patroon_id: uuid.UUID | None,
        gelijkenis: float,
        handmatig: bool,
        herhaalcontact_van: uuid.UUID | None = None,
    ) -> None:
        ps = t.patroon_signaal
        bestaand = self._c.execute(
            select(ps.c.herhaalcontact_van).where(
                ps.c.bereik == bereik, ps.c.signaal_id == signaal_id
            )
        ).first()
        if bestaand is not None:
            herhaalcontact_van = herhaalcontact_van or bestaand.herhaalcontact_van
        self._c.execute(delete(ps).where(ps.c.bereik == bereik, ps.c.signaal_id == signaal_id))
        self._c.execute(
            insert(ps).values(
                bereik=bereik,
                signaal_id=signaal_id,
                patroon_id=patroon_id,
                gelijkenis=gelijkenis,
                handmatig=handmatig,
                herhaalcontact_van=herhaalcontact_van,
            )
        )

    def waarschuwingen(self, bereiken: Sequence[str], organisatie: str) -> list[Waarschuwing]:
        w = t.waarschuwing.c
        q = (
            select(t.waarschuwing)
            .where(w.bereik.in_(list(bereiken)))
            .order_by(w.peildatum.desc(), w.waargenomen.desc())
        )
        result = [waarschuwing_from_row(r) for r in self._c.execute(q)]
        return [x for x in result if organisatie in x.organisaties]


def _assignment_rows(
    bereik: str, resultaat: Resultaat, handmatig_leeg: set[uuid.UUID]
) -> Iterator[dict[str, Any]]:
    """One row per signal in a pattern, per repeat contact outside one, and per signal a
    person took out of every pattern; generated, not listed: a run may hold millions."""
    herhaal = resultaat.herhaalcontacten
    for sid, tw in resultaat.toewijzingen.items():
        yield _assignment(bereik, sid, tw.patroon_id, tw.gelijkenis, tw.handmatig, herhaal.get(sid))
    toegewezen = resultaat.toewijzingen
    for sid, van in herhaal.items():
        if sid not in toegewezen:
            yield _assignment(bereik, sid, None, 0.0, sid in handmatig_leeg, van)
    for sid in handmatig_leeg:
        if sid not in toegewezen and sid not in herhaal:
            yield _assignment(bereik, sid, None, 0.0, True, None)


def _assignment(
    bereik: str,
    sid: uuid.UUID,
    patroon_id: uuid.UUID | None,
    gelijkenis: float,
    handmatig: bool,
    herhaalcontact_van: uuid.UUID | None,
) -> dict[str, Any]:
    return {
        "bereik": bereik,
        "signaal_id": sid,
        "patroon_id": patroon_id,
        "gelijkenis": gelijkenis,
        "handmatig": handmatig,
        "herhaalcontact_van": herhaalcontact_van,
    }
