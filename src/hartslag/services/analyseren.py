# SPDX-License-Identifier: EUPL-1.2
"""Use case: run the analysis (patterns, identities, repeat contacts, early warning, theme
suggestions) over the signals received up to a reference date, and store the result."""

from __future__ import annotations

import time
import uuid
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING

from hartslag.domein.fouten import NietGevonden, OngeldigeInvoer
from hartslag.domein.gebeurtenis import Gebeurtenis, Handeling
from hartslag.domein.patroon import NETWERK
from hartslag.services.context import Context
from hartslag.services.poorten import Analyserun

if TYPE_CHECKING:  # numpy, SciPy, scikit-learn: imported where a run needs them, so that
    # a process that only asks `analysis_due` or `vector_key` (a web worker, the planner)
    # does not carry them
    import numpy as np

    from hartslag.analyse.pijplijn import Resultaat, Signaalgegevens

Voortgang = Callable[[str, int, int], None]
MIN_GELABELD = 30  # labelled signals an organisation needs before themes are suggested
# The theme model learns from at most this many of the most recent labelled signals per
# organisation: more adds little to a linear text model but costs minutes per run, and
# recent labels follow the taxonomy as it is now.
MAX_GELABELD = 10_000


@dataclass(frozen=True)
class Analyseuitkomst:
    run_id: uuid.UUID
    bereik: str
    peildatum: date
    signalen: int
    patronen: int
    organisatieoverstijgend: int
    herhaalcontacten: int
    waarschuwingen: int
    themasuggesties: int
    seconden: float


def _noop(stap: str, gedaan: int, totaal: int) -> None:
    return None


def vector_key(naam: str, bereik: str) -> str:
    """Lexical vectors live in the space of one scope's latest run; semantic ones are fixed."""
    return f"{naam}:{bereik}" if naam == "lexicaal" else naam


def run_analysis(
    ctx: Context,
    actor: str,
    organisatie: str | None = None,
    vanaf: date | None = None,
    peildatum: date | None = None,
    voortgang: Voortgang = _noop,
    seed: int = 0,
) -> Analyseuitkomst:
    """Analyse every signal (of ``organisatie``, or of all: the network view) received
    on or before ``peildatum`` (default: today) and from ``vanaf`` on."""
    from hartslag.analyse.pijplijn import analyse
    from hartslag.analyse.representatie import representatie

    begin, gestart = time.perf_counter(), ctx.clock.now()
    peil = peildatum or gestart.date()
    bereik = organisatie or NETWERK
    tot = datetime(peil.year, peil.month, peil.day, tzinfo=UTC) + timedelta(days=1)
    van = datetime(vanaf.year, vanaf.month, vanaf.day, tzinfo=UTC) if vanaf else None
    with ctx.uow(schrijven=False) as uow:
        org_id = uow.organisaties.get_id(organisatie) if organisatie else None
        if organisatie and org_id is None:
            raise NietGevonden(f"Organisatie '{organisatie}' bestaat niet.")
        voortgang("laden", 0, 0)
        signalen = uow.analyses.signals(org_id, van, tot)
        vorige = uow.analyses.previous(bereik)
    if not signalen:
        raise OngeldigeInvoer("Er zijn geen signalen om te analyseren in deze periode.")
    naam = ctx.analyse_representatie
    rep = representatie(naam, seed)
    vectoren = ensure_vectors(ctx, signalen, voortgang) if naam == "semantisch" else None
    resultaat = analyse(
        signalen,
        bereik=bereik,
        peildatum=peil,
        representatie=rep,
        vectoren=vectoren,
        vorige=vorige,
        seed=seed,
        voortgang=voortgang,
    )
    voortgang("themas", 0, len(signalen))
    suggesties = suggest_themes(signalen, resultaat.vectoren if naam == "semantisch" else None)
    run = Analyserun(
        uuid.uuid4(),
        bereik,
        peil,
        naam,
        gestart,
        ctx.clock.now(),
        actor,
        len(signalen),
        len(resultaat.patronen),
        resultaat.model or None,
        resultaat.midden.tobytes() if resultaat.midden is not None else None,
    )
    voortgang("opslaan", 0, len(signalen))
    _store(ctx, run, resultaat, signalen, suggesties, naam)
    return Analyseuitkomst(
        run.id,
        bereik,
        peil,
        len(signalen),
        len(resultaat.patronen),
        sum(p.organisatieoverstijgend for p in resultaat.patronen),
        len(resultaat.herhaalcontacten),
        len(resultaat.waarschuwingen),
        sum(len(v) for v in suggesties.values()),
        round(time.perf_counter() - begin, 2),
    )


def analysis_due(ctx: Context, interval: timedelta) -> bool:
    """Whether the periodic analysis of all organisations together should run: signals
    arrived since the latest run, and that run finished ``interval`` ago or longer."""
    with ctx.uow(schrijven=False) as uow:
        run = uow.analyses.latest_run(NETWERK)
        if run is not None and run.voltooid_op > ctx.clock.now() - interval:
            return False
        return uow.analyses.signals_registered_since(run.gestart_op if run else None) > 0


def _store(
    ctx: Context,
    run: Analyserun,
    resultaat: Resultaat,
    signalen: Sequence[Signaalgegevens],
    suggesties: dict[str, list[tuple[uuid.UUID, str, float, int]]],
    naam: str,
) -> None:
    now = ctx.clock.now()
    with ctx.uow() as uow:
        uow.analyses.save_run(run, resultaat, now)
        if naam == "lexicaal" and resultaat.ruw is not None:
            uow.analyses.add_vectors(
                vector_key(naam, run.bereik),
                [(s.id, resultaat.ruw[i].tobytes()) for i, s in enumerate(signalen)],
                now,
            )
        for code, rijen in suggesties.items():
            org_id = uow.organisaties.get_id(code)
            if org_id is not None:
                uow.analyses.set_suggestions(org_id, rijen, now)
        org_ids = {uow.organisaties.get_id(s.organisatie) for s in signalen}
        for org_id in sorted(i for i in org_ids if i is not None):
            uow.gebeurtenissen.add(
                Gebeurtenis(
                    now,
                    run.gestart_door,
                    Handeling.ANALYSE_UITGEVOERD,
                    "analyserun",
                    str(run.id),
                    org_id,
                    na={
                        "bereik": run.bereik,
                        "peildatum": run.peildatum.isoformat(),
                        "signalen": run.aantal_signalen,
                        "patronen": run.aantal_patronen,
                        "representatie": run.representatie,
                    },
                )
            )
        uow.commit()


def ensure_vectors(
    ctx: Context,
    signalen: Sequence[Signaalgegevens],
    voortgang: Voortgang = _noop,
    batch: int = 256,
) -> np.ndarray:
    """Semantic vectors of ``signalen``: stored ones are read, missing ones are embedded
    in batches (with progress) and stored."""
    import numpy as np

    from hartslag.analyse.representatie import Semantisch

    ids = [s.id for s in signalen]
    with ctx.uow(schrijven=False) as uow:
        x, gevonden = uow.analyses.vector_matrix("semantisch", ids, Semantisch.dimensies)
    ontbreekt = np.flatnonzero(~gevonden)
    model = Semantisch()
    for start in range(0, len(ontbreekt), batch):
        deel = ontbreekt[start : start + batch]
        v = model.vectors([signalen[i].tekst for i in deel])
        with ctx.uow() as uow:
            rijen = [(ids[i], v[k].tobytes()) for k, i in enumerate(deel)]
            uow.analyses.add_vectors("semantisch", rijen, ctx.clock.now())
            uow.commit()
        x[deel] = v
        voortgang("embedden", start + len(deel), len(ontbreekt))
    return x


def suggest_themes(
    signalen: Sequence[Signaalgegevens],
    vectoren: np.ndarray | None = None,
    max_gelabeld: int = MAX_GELABELD,
) -> dict[str, list[tuple[uuid.UUID, str, float, int]]]:
    """Per organisation: a model trained on the (most recent ``max_gelabeld``) signals
    analysts gave themes, suggesting the top three themes for each signal without one."""
    from hartslag.analyse.themas import Themamodel

    per_org: dict[str, list[int]] = defaultdict(list)
    for i, s in enumerate(signalen):
        per_org[s.organisatie].append(i)
    result: dict[str, list[tuple[uuid.UUID, str, float, int]]] = {}
    for code, rijen in per_org.items():
        gelabeld = _most_recent([i for i in rijen if signalen[i].themas], signalen, max_gelabeld)
        open_ = [i for i in rijen if not signalen[i].themas]
        themas = {t for i in gelabeld for t in signalen[i].themas}
        if len(gelabeld) < MIN_GELABELD or len(themas) < 2 or not open_:
            result[code] = []
            continue
        v = vectoren
        model = Themamodel().fit(
            [signalen[i].tekst for i in gelabeld],
            [signalen[i].themas for i in gelabeld],
            v[gelabeld] if v is not None else None,
        )
        uitkomst = model.suggest(
            [signalen[i].tekst for i in open_], v[open_] if v is not None else None
        )
        result[code] = [
            (signalen[i].id, thema, zekerheid, rang)
            for i, s in zip(open_, uitkomst, strict=True)
            for rang, (thema, zekerheid) in enumerate(s.themas)
        ]
    return result


def _most_recent(rijen: list[int], signalen: Sequence[Signaalgegevens], aantal: int) -> list[int]:
    if len(rijen) <= aantal:
        return rijen
    return sorted(rijen, key=lambda i: signalen[i].ontvangen_op)[-aantal:]
