# SPDX-License-Identifier: EUPL-1.2
"""Use cases on vectors: similar signals and patterns for a signal or a draft text ("this
is known"), and placing a new signal in its nearest pattern as soon as its vector exists.
"""

from __future__ import annotations

import uuid
from collections import OrderedDict
from dataclasses import dataclass
from datetime import timedelta
from typing import TYPE_CHECKING

from hartslag.domein.actor import Actor
from hartslag.domein.fouten import NietGevonden, OngeldigeInvoer
from hartslag.domein.patroon import NETWERK, Patroon
from hartslag.domein.rechten import Actie, vereis
from hartslag.domein.signaal import Signaal
from hartslag.services import zicht
from hartslag.services.analyseren import vector_key
from hartslag.services.context import Context
from hartslag.services.poorten import Analyserun, UnitOfWork

if TYPE_CHECKING:  # numpy and scikit-learn are imported where they are used: a web
    # worker that shows a form with this module's results need not carry them
    import numpy as np

    from hartslag.analyse.pijplijn import Signaalgegevens
    from hartslag.analyse.representatie import Representatie

HERHAAL_VENSTER = timedelta(days=90)
_MODELLEN: OrderedDict[uuid.UUID, Representatie] = OrderedDict()


@dataclass(frozen=True)
class Vergelijkbaar:
    signalen: list[tuple[Signaal, float]]
    patronen: list[tuple[Patroon, float]]


def _run_for(uow: UnitOfWork, organisatie: str) -> Analyserun | None:
    """The network analysis if there is one, else the organisation's own."""
    return uow.analyses.latest_run(NETWERK) or uow.analyses.latest_run(organisatie)


def _model(uow: UnitOfWork, run: Analyserun) -> Representatie:
    """The representation of a run, loaded once per run and kept for the next signal."""
    from hartslag.analyse.representatie import Lexicaal, Semantisch

    if run.id not in _MODELLEN:
        if run.representatie == "semantisch":
            _MODELLEN[run.id] = Semantisch()
        else:
            _MODELLEN[run.id] = Lexicaal.load(uow.analyses.model(run.id) or b"")
        while len(_MODELLEN) > 4:
            _MODELLEN.popitem(last=False)
    return _MODELLEN[run.id]


def _vector(uow: UnitOfWork, run: Analyserun, signaal_id: uuid.UUID, tekst: str) -> np.ndarray:
    import numpy as np

    sleutel = vector_key(run.representatie, run.bereik)
    opgeslagen = uow.analyses.vectors(sleutel, [signaal_id]).get(signaal_id)
    ruw = (
        np.frombuffer(opgeslagen, dtype=np.float32)
        if opgeslagen is not None
        else _model(uow, run).vectors([tekst])[0]
    )
    return np.asarray(run.to_space(ruw)[0])


def similar(
    ctx: Context,
    actor: Actor,
    *,
    signaal_id: uuid.UUID | None = None,
    tekst: str | None = None,
    aantal: int = 10,
) -> Vergelijkbaar:
    """The signals of the actor's organisation and the patterns most like a stored signal
    or a draft text."""
    import numpy as np

    from hartslag.analyse.gelijkenis import most_similar

    vereis(actor.rol, Actie.SIGNAAL_LEZEN)
    with ctx.uow(schrijven=False) as uow:
        if signaal_id is not None:
            eigen = uow.signalen.get(actor.organisatie_id, signaal_id)
            if eigen is None:
                raise NietGevonden(
                    f"Signaal {signaal_id} bestaat niet (of hoort bij een andere organisatie)."
                )
            tekst = f"{eigen.titel}. {eigen.tekst}"
        if not tekst or not tekst.strip():
            raise OngeldigeInvoer("Geef een signaal of een tekst (tekst) om mee te vergelijken.")
        run = _run_for(uow, actor.organisatie)
        if run is None:
            return Vergelijkbaar([], [])
        v = _vector(uow, run, signaal_id or uuid.UUID(int=0), tekst)
        opgeslagen = [
            (i, b)
            for i, b in uow.analyses.organisation_vectors(
                vector_key(run.representatie, run.bereik), actor.organisatie_id
            )
            if i != signaal_id
        ]
        kandidaten = [i for i, _ in opgeslagen]
        m = (
            run.to_space(np.vstack([np.frombuffer(b, dtype=np.float32) for _, b in opgeslagen]))
            if opgeslagen
            else np.zeros((0, v.shape[0]), dtype=np.float32)
        )
        treffers = most_similar(v, m, aantal, drempel=0.2)
        signalen = [
            (s, round(t.gelijkenis, 3))
            for t in treffers
            if (s := uow.signalen.get(actor.organisatie_id, kandidaten[t.index]))
        ]
        gezien = zicht.sight(ctx, uow, actor.organisatie)  # others' counts: by agreement
        zichtbaar = {p.id: p for p in zicht.visible_patterns(uow, gezien, [run.bereik])}
        cent = [
            (pid, np.frombuffer(b, dtype=np.float32))
            for pid, b in uow.analyses.centroids(run.bereik)
            if pid in zichtbaar
        ]
        patronen = []
        if cent:
            c = np.vstack([b for _, b in cent])
            patronen = [
                (zichtbaar[cent[t.index][0]], round(t.gelijkenis, 3))
                for t in most_similar(v, c, 3, drempel=0.2)
            ]
    return Vergelijkbaar(signalen, patronen)


def assign_new(ctx: Context, signaal_ids: list[uuid.UUID]) -> int:
    """Place new signals in their nearest pattern of the latest analysis (or leave them
    unassigned), mark repeat contacts, and store their vectors. Returns how many joined a
    pattern. The handler of `SignaalGeregistreerd` (`services.handlers`): it runs after the
    signals were committed, so intake never waits for it. A signal a person already put
    in a pattern keeps its place."""
    with ctx.uow(schrijven=False) as uow:  # most often there is nothing to do: no write
        handmatig = {i for i, a in uow.analyses.for_signals(signaal_ids).items() if a.handmatig}
        signalen = [
            s
            for s in uow.analyses.signals(None, None, None, ids=signaal_ids)
            if s.id not in handmatig
        ]
        bereiken = (NETWERK, *sorted({s.organisatie for s in signalen}))
        runs = [r for b in bereiken if (r := uow.analyses.latest_run(b)) is not None]
    if not signalen or not runs:
        return 0
    geplaatst = 0
    with ctx.uow() as uow:
        for run in runs:
            eigen = [s for s in signalen if run.bereik in (NETWERK, s.organisatie)]
            if eigen:
                geplaatst += _assign_in(ctx, uow, run, eigen)
        uow.commit()
    return geplaatst


def _assign_in(
    ctx: Context, uow: UnitOfWork, run: Analyserun, signalen: list[Signaalgegevens]
) -> int:
    import numpy as np

    from hartslag.analyse.clustering import Clusterinstellingen
    from hartslag.analyse.gelijkenis import assign

    toewijzen_vanaf = Clusterinstellingen().toewijzen_vanaf  # as in a run: one threshold
    cent = uow.analyses.centroids(run.bereik)
    c = np.vstack([np.frombuffer(b, dtype=np.float32) for _, b in cent]) if cent else None
    ruw = _model(uow, run).vectors([s.tekst for s in signalen])  # one call for the batch
    uow.analyses.add_vectors(
        vector_key(run.representatie, run.bereik),
        [(s.id, ruw[i].tobytes()) for i, s in enumerate(signalen)],
        ctx.clock.now(),
    )
    geplaatst = 0
    for i, s in enumerate(signalen):
        v = run.to_space(ruw[i])[0]
        treffer = assign(v, c, toewijzen_vanaf) if c is not None else None
        patroon_id = cent[treffer.index][0] if treffer else None
        herhaling = _earlier_contact(uow, s, patroon_id)
        if patroon_id is not None or herhaling is not None:
            gelijkenis = treffer.gelijkenis if treffer else 0.0
            uow.analyses.assign(run.bereik, s.id, patroon_id, gelijkenis, False, herhaling)
            geplaatst += patroon_id is not None
    return geplaatst


def _earlier_contact(
    uow: UnitOfWork, s: Signaalgegevens, patroon_id: uuid.UUID | None
) -> uuid.UUID | None:
    """The latest earlier signal of the same reporter in the same pattern, in the window."""
    if patroon_id is None or s.melder is None:
        return None
    eerder = uow.signalen.by_pseudonym(s.melder, s.ontvangen_op - HERHAAL_VENSTER, s.ontvangen_op)
    analyse = uow.analyses.for_signals([i for i in eerder if i != s.id])
    for i in reversed(eerder):
        if i in analyse and analyse[i].patroon_id == patroon_id:
            return i
    return None
