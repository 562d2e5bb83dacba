# SPDX-License-Identifier: EUPL-1.2
"""The analysis store: runs, patterns and their signals, identity changes, alerts,
vectors and theme suggestions."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

import numpy as np
from sqlalchemy import ColumnElement, Connection, delete, insert, select, update

from hartslag.adapters.opslag import tabellen as t
from hartslag.analyse.pijplijn import Resultaat, Signaalgegevens, Vorige
from hartslag.domein.patroon import (
    Mutatie,
    Onderwerpsoort,
    Patroon,
    Patroonstatus,
    Waarschuwing,
    Waarschuwingsoort,
)
from hartslag.services.poorten import Analyserun, SignaalAnalyse

ZICHTBAAR = (Patroonstatus.ACTIEF.value, Patroonstatus.BEVESTIGD.value)
_BATCH = 5000


def _chunks(rijen: Sequence[Any], n: int = _BATCH) -> list[Sequence[Any]]:
    return [rijen[i : i + n] for i in range(0, len(rijen), n)]


def _patroon(row: Any) -> Patroon:
    return Patroon(
        id=row.id,
        bereik=row.bereik,
        titel=row.titel,
        status=Patroonstatus(row.status),
        sleutelwoorden=list(row.sleutelwoorden),
        omvang=row.omvang,
        eerst_gezien=row.eerst_gezien,
        laatst_gezien=row.laatst_gezien,
        organisaties=dict(row.organisaties),
        brontypes=dict(row.brontypes),
        kanalen=dict(row.kanalen),
        reeks=[(date.fromisoformat(d), n) for d, n in row.reeks],
        representanten=[uuid.UUID(r) for r in row.representanten],
        herhaalcontacten=row.herhaalcontacten,
        organisatieoverstijgend=row.organisatieoverstijgend,
        score=row.score,
        titel_handmatig=row.titel_handmatig,
        samengevoegd_in=row.samengevoegd_in,
        bijgewerkt_op=row.bijgewerkt_op,
    )


def _values(p: Patroon) -> dict[str, Any]:
    return {
        "bereik": p.bereik,
        "status": p.status.value,
        "titel": p.titel[:300],
        "titel_handmatig": p.titel_handmatig,
        "sleutelwoorden": p.sleutelwoorden,
        "omvang": p.omvang,
        "eerst_gezien": p.eerst_gezien,
        "laatst_gezien": p.laatst_gezien,
        "organisaties": p.organisaties,
        "brontypes": p.brontypes,
        "kanalen": p.kanalen,
        "reeks": [[d.isoformat(), n] for d, n in p.reeks],
        "representanten": [str(r) for r in p.representanten],
        "herhaalcontacten": p.herhaalcontacten,
        "organisatieoverstijgend": p.organisatieoverstijgend,
        "score": float(p.score),
        "samengevoegd_in": p.samengevoegd_in,
        "bijgewerkt_op": p.bijgewerkt_op,
    }


class SqlAnalyses:
    def __init__(self, connection: Connection) -> None:
        self._c = connection

    # --- input of a run -------------------------------------------------------------
    def signals(
        self,
        organisatie_id: int | None,
        vanaf: datetime | None,
        tot: datetime | None,
        ids: Sequence[uuid.UUID] | None = None,
    ) -> list[Signaalgegevens]:
        s = t.signaal.c
        conds: list[ColumnElement[bool]] = [] if ids is None else [s.id.in_(list(ids))]
        if organisatie_id is not None:
            conds.append(s.organisatie_id == organisatie_id)
        if vanaf is not None:
            conds.append(s.ontvangen_op >= vanaf)
        if tot is not None:
            conds.append(s.ontvangen_op < tot)
        themas: dict[uuid.UUID, list[str]] = defaultdict(list)
        tq = (
            select(t.signaal_thema.c.signaal_id, t.signaal_thema.c.thema)
            .join(t.signaal, t.signaal.c.id == t.signaal_thema.c.signaal_id)
            .where(*conds)
        )
        for sid, thema in self._c.execute(tq):
            themas[sid].append(thema)
        q = (
            select(
                s.id,
                t.organisatie.c.code,
                s.ontvangen_op,
                s.titel,
                s.tekst,
                s.brontype,
                s.kanaal,
                s.melder_pseudoniem,
            )
            .join(t.organisatie, t.organisatie.c.id == s.organisatie_id)
            .where(*conds)
            .order_by(s.ontvangen_op, s.id)
        )
        return [
            Signaalgegevens(
                r.id,
                r.code,
                r.ontvangen_op,
                _tekst(r.titel, r.tekst),
                r.brontype,
                r.kanaal,
                tuple(sorted(themas.get(r.id, ()))),
                r.melder_pseudoniem,
            )
            for r in self._c.execute(q)
        ]

    def vectors(self, representatie: str, ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, bytes]:
        v = t.signaal_vector.c
        result: dict[uuid.UUID, bytes] = {}
        for deel in _chunks(list(ids)):
            q = select(v.signaal_id, v.vector).where(
                v.representatie == representatie, v.signaal_id.in_(list(deel))
            )
            result.update({r.signaal_id: r.vector for r in self._c.execute(q)})
        return result

    def organisation_vectors(
        self, representatie: str, organisatie_id: int
    ) -> list[tuple[uuid.UUID, bytes]]:
        v, s = t.signaal_vector.c, t.signaal.c
        q = (
            select(v.signaal_id, v.vector)
            .join(t.signaal, s.id == v.signaal_id)
            .where(v.representatie == representatie, s.organisatie_id == organisatie_id)
            .order_by(v.signaal_id)
        )
        return [(r.signaal_id, r.vector) for r in self._c.execute(q)]

    def add_vectors(
        self, representatie: str, rijen: Sequence[tuple[uuid.UUID, bytes]], now: datetime
    ) -> None:
        v = t.signaal_vector
        for deel in _chunks(list(rijen)):
            ids = [i for i, _ in deel]
            self._c.execute(
                delete(v).where(v.c.representatie == representatie, v.c.signaal_id.in_(ids))
            )
            self._c.execute(
                insert(v),
                [
                    {
                        "signaal_id": i,
                        "representatie": representatie,
                        "vector": b,
                        "aangemaakt_op": now,
                    }
                    for i, b in deel
                ],
            )

    def previous(self, bereik: str) -> Vorige:
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
        rijen = [_waarschuwing_row(w, run.id) for w in resultaat.waarschuwingen]
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
            waarden = _values(patroon) | {
                "centroide": resultaat.centroiden[patroon.id].astype(np.float32).tobytes()
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
        handmatig_leeg = [
            sid for sid, pid in self.previous(bereik).handmatig.items() if pid is None
        ]
        self._c.execute(delete(ps).where(ps.c.bereik == bereik))
        rijen = [
            {
                "bereik": bereik,
                "signaal_id": sid,
                "patroon_id": tw.patroon_id,
                "gelijkenis": tw.gelijkenis,
                "handmatig": tw.handmatig,
                "herhaalcontact_van": resultaat.herhaalcontacten.get(sid),
            }
            for sid, tw in resultaat.toewijzingen.items()
        ]
        toegewezen = set(resultaat.toewijzingen)
        rijen += [
            {
                "bereik": bereik,
                "signaal_id": sid,
                "patroon_id": None,
                "gelijkenis": 0.0,
                "handmatig": sid in handmatig_leeg,
                "herhaalcontact_van": van,
            }
            for sid, van in resultaat.herhaalcontacten.items()
            if sid not in toegewezen
        ]
        rijen += [
            {
                "bereik": bereik,
                "signaal_id": sid,
                "patroon_id": None,
                "gelijkenis": 0.0,
                "handmatig": True,
                "herhaalcontact_van": None,
            }
            for sid in handmatig_leeg
            if sid not in toegewezen and sid not in resultaat.herhaalcontacten
        ]
        for deel in _chunks(rijen):
            self._c.execute(insert(ps), list(deel))

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

    def patronen(self, bereiken: Sequence[str], organisatie: str) -> list[Patroon]:
        p = t.patroon.c
        q = select(t.patroon).where(p.bereik.in_(list(bereiken)), p.status.in_(ZICHTBAAR))
        result = [_patroon(r) for r in self._c.execute(q)]
        return [x for x in result if x.bereik == organisatie or organisatie in x.organisaties]

    def get_patroon(self, patroon_id: uuid.UUID) -> Patroon | None:
        r = self._c.execute(select(t.patroon).where(t.patroon.c.id == patroon_id)).first()
        return _patroon(r) if r is not None else None

    def add_patroon(self, patroon: Patroon) -> None:
        self._c.execute(insert(t.patroon).values(id=patroon.id, **_values(patroon)))

    def save_patroon(self, patroon: Patroon) -> None:
        self._c.execute(
            update(t.patroon).where(t.patroon.c.id == patroon.id).values(**_values(patroon))
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
        for deel in _chunks(list(ids)):
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
                        r.patroon_id, r.titel, r.herhaalcontact_van is not None, r.handmatig
                    )
        return result

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
        result = [_waarschuwing(r) for r in self._c.execute(q)]
        return [x for x in result if organisatie in x.organisaties]

    # --- theme suggestions ----------------------------------------------------------
    def set_suggestions(
        self,
        organisatie_id: int,
        rijen: Sequence[tuple[uuid.UUID, str, float, int]],
        now: datetime,
    ) -> None:
        ts, s = t.themasuggestie, t.signaal.c
        eigen = select(s.id).where(s.organisatie_id == organisatie_id)
        self._c.execute(delete(ts).where(ts.c.signaal_id.in_(eigen)))
        waarden = [
            {"signaal_id": i, "thema": th, "zekerheid": z, "rang": r, "aangemaakt_op": now}
            for i, th, z, r in rijen
        ]
        for deel in _chunks(waarden):
            self._c.execute(insert(ts), list(deel))

    def suggestions(
        self, organisatie_id: int, signaal_id: uuid.UUID | None, limit: int
    ) -> list[tuple[uuid.UUID, str, float]]:
        ts, s = t.themasuggestie.c, t.signaal.c
        q = (
            select(ts.signaal_id, ts.thema, ts.zekerheid)
            .join(t.signaal, s.id == ts.signaal_id)
            .where(s.organisatie_id == organisatie_id)
        )
        if signaal_id is not None:
            q = q.where(ts.signaal_id == signaal_id).order_by(ts.rang)
        else:
            q = q.where(ts.rang == 0).order_by(ts.zekerheid, ts.signaal_id).limit(limit)
        return [(r.signaal_id, r.thema, r.zekerheid) for r in self._c.execute(q)]

    def clear_suggestions(self, signaal_id: uuid.UUID) -> None:
        ts = t.themasuggestie
        self._c.execute(delete(ts).where(ts.c.signaal_id == signaal_id))


def _tekst(titel: str | None, tekst: str) -> str:
    if titel and not tekst.startswith(titel.rstrip("…")):
        return f"{titel}. {tekst}"
    return tekst


def _waarschuwing_row(w: Waarschuwing, run_id: uuid.UUID) -> dict[str, Any]:
    return {
        "id": w.id,
        "run_id": run_id,
        "bereik": w.bereik,
        "soort": w.soort.value,
        "onderwerp_soort": w.onderwerp_soort.value,
        "onderwerp": w.onderwerp[:200],
        "patroon_id": w.patroon_id,
        "peildatum": w.peildatum,
        "begin_stijging": w.begin_stijging,
        "waargenomen": w.waargenomen,
        "verwacht": float(w.verwacht),
        "ondergrens": w.ondergrens,
        "bovengrens": w.bovengrens,
        "uitleg": w.uitleg,
        "organisaties": w.organisaties,
    }


def _waarschuwing(r: Any) -> Waarschuwing:
    return Waarschuwing(
        r.id,
        r.bereik,
        Waarschuwingsoort(r.soort),
        Onderwerpsoort(r.onderwerp_soort),
        r.onderwerp,
        r.peildatum,
        r.begin_stijging,
        r.waargenomen,
        r.verwacht,
        r.ondergrens,
        r.bovengrens,
        r.uitleg,
        list(r.organisaties),
        r.patroon_id,
    )
