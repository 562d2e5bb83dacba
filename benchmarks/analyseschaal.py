# SPDX-License-Identifier: EUPL-1.2
"""Scale of a whole analysis run as ``hartslag analyse`` does it: the signals and their
stored vectors read from the database, the pipeline, theme suggestions, and patterns,
assignments, repeat contacts and alerts written back.

    .venv/bin/python benchmarks/analyseschaal.py [--signals 100000,1000000] [--database sqlite]

The database is filled first (not timed: the demo's signals repeated, each with a stored
384-dimensional vector lifted from the lexical space with noise, so there is structure to
find); the run is then timed in a process of its own, so its peak memory is its own.
"""

from __future__ import annotations

import argparse
import hashlib
import resource
import sys
import time
import uuid
from concurrent.futures import ProcessPoolExecutor
from datetime import UTC, date, datetime
from multiprocessing import get_context
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).parent))
import analysedata
from databanken import fresh_database

SEED = 42
SECRET = "benchmark-geheim-met-voldoende-lengte"
BATCH = 20_000


def lifted_vectors(teksten: list[str], n: int, seed: int = SEED) -> np.ndarray:
    """``n`` 384-dimensional unit vectors: the lexical vectors of ``teksten`` rotated into
    384 dimensions, repeated with a little noise (row i belongs to text i % len)."""
    from hartslag.analyse.representatie import Lexicaal, normalise

    basis = Lexicaal().fit(teksten)
    rng = np.random.default_rng(seed)
    q, _ = np.linalg.qr(rng.standard_normal((384, basis.shape[1])))
    basis = normalise(basis @ q.T.astype(np.float32))
    x = np.empty((n, 384), dtype=np.float32)
    for start in range(0, n, len(basis)):
        m = min(n - start, len(basis))
        x[start : start + m] = basis[:m] + rng.standard_normal((m, 384)).astype(np.float32) * 0.01
    return normalise(x)


def fill(url: str, n: int) -> dict[str, Any]:
    """``n`` signals of eight organisations with themes, reporter pseudonyms and stored
    semantic vectors, written with the plain driver in batches."""
    from hartslag.adapters.opslag import tabellen as t
    from hartslag.adapters.opslag.database import make_engine

    ds, d = analysedata.demo(SEED)
    bron: list[dict[str, Any]] = d.signalen  # type: ignore[attr-defined]
    x = lifted_vectors(ds.teksten, n)
    engine = make_engine(url)
    codes = sorted({str(s["organisatie"]) for s in bron})
    nu = datetime.now(UTC)
    with engine.begin() as c:
        for i, code in enumerate(codes, start=1):
            c.execute(t.organisatie.insert().values(id=i, code=code, naam=code, aangemaakt_op=nu))
    org_id = {code: i for i, code in enumerate(codes, start=1)}
    for start in range(0, n, BATCH):
        signalen, themas, vectoren = [], [], []
        for i in range(start, min(n, start + BATCH)):
            s = bron[i % len(bron)]
            sid = uuid.UUID(int=i + 1)
            melder = s["melderId"]
            signalen.append(
                {
                    "id": sid,
                    "referentie": f"HS-2026-{i:07d}",
                    "organisatie_id": org_id[str(s["organisatie"])],
                    "ontvangen_op": s["ontvangenOp"],
                    "geregistreerd_op": nu,
                    "geregistreerd_door": "benchmark",
                    "brontype": str(s["brontype"]),
                    "meldertype": str(s["meldertype"]),
                    "kanaal": str(s["kanaal"]),
                    "gevraagd": False,
                    "impact": [],
                    "regelgeving": [],
                    "titel": str(s["titel"]),
                    "tekst": str(s["tekst"]),
                    "status": "nieuw",
                    "melder_pseudoniem": _pseudonym(f"{melder}-{i // len(bron)}")
                    if melder
                    else None,
                    "inhoudshash": f"{i:064x}",
                }
            )
            if i % 3:  # a third without themes: those get suggestions
                themas += [{"signaal_id": sid, "thema": th} for th in s["themas"]]
            vectoren.append(
                {
                    "signaal_id": sid,
                    "representatie": "semantisch",
                    "vector": x[i].tobytes(),
                    "aangemaakt_op": nu,
                }
            )
        with engine.begin() as c:
            c.execute(t.signaal.insert(), signalen)
            if themas:
                c.execute(t.signaal_thema.insert(), themas)
            c.execute(t.signaal_vector.insert(), vectoren)
    engine.dispose()
    return {"signalen": n, "organisaties": len(codes), "peildatum": d.end}  # type: ignore[attr-defined]


def _pseudonym(melder: str) -> str:
    return hashlib.sha256(melder.encode()).hexdigest()


def run(url: str, representatie: str, peildatum: date) -> dict[str, Any]:
    """One ``hartslag analyse`` run (every organisation together), seconds per step and the
    peak memory of this process."""
    from hartslag.bootstrap import bootstrap
    from hartslag.config import Settings
    from hartslag.services.analyseren import run_analysis

    ctx = bootstrap(
        Settings(
            database_url=url,
            secret_key=SECRET,  # type: ignore[arg-type]
            analysis_representation=representatie,  # type: ignore[arg-type]
        )
    )
    stappen: dict[str, float] = {}
    piek: dict[str, float] = {}  # peak memory (MiB) at the end of each step
    huidig: list[Any] = [None, time.perf_counter()]

    def afsluiten(nu: float) -> None:
        if huidig[0] is not None:
            stap = str(huidig[0])
            stappen[stap] = stappen.get(stap, 0.0) + nu - float(huidig[1])
            piek[stap] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    def voortgang(stap: str, gedaan: int, totaal: int) -> None:
        if stap != huidig[0]:
            nu = time.perf_counter()
            afsluiten(nu)
            huidig[0], huidig[1] = stap, nu

    begin = time.perf_counter()
    uitkomst = run_analysis(ctx, "benchmark", peildatum=peildatum, voortgang=voortgang)
    einde = time.perf_counter()
    afsluiten(einde)
    return {
        "seconden": einde - begin,
        "stappen": {k: round(v, 1) for k, v in stappen.items()},
        "piek_na_stap": {k: round(v) for k, v in piek.items()},
        "patronen": uitkomst.patronen,
        "waarschuwingen": uitkomst.waarschuwingen,
        "themasuggesties": uitkomst.themasuggesties,
        "mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def measure(n: int, kind: str = "sqlite", representatie: str = "semantisch") -> dict[str, Any]:
    """Fill a fresh database of ``kind`` with ``n`` signals, then time one run in a process
    of its own; the run's figures (seconds, steps, peak MiB) and the filling time."""
    with fresh_database(kind) as url:
        begin = time.perf_counter()
        with ProcessPoolExecutor(1, mp_context=get_context("spawn")) as pool:
            gevuld = pool.submit(fill, url, n).result()
        vullen = time.perf_counter() - begin
        with ProcessPoolExecutor(1, mp_context=get_context("spawn")) as pool:
            uitkomst = pool.submit(run, url, representatie, gevuld["peildatum"]).result()
    return {**uitkomst, "vullen": round(vullen, 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--signals", default="100000", help="comma-separated sizes")
    parser.add_argument("--database", choices=["sqlite", "postgresql"], default="sqlite")
    parser.add_argument(
        "--representation", choices=["semantisch", "lexicaal"], default="semantisch"
    )
    args = parser.parse_args()
    print("| signals | database | run (s) | peak MiB | steps (s) |")
    print("|---:|---|---:|---:|---|")
    for n in (int(x) for x in args.signals.split(",")):
        r = measure(n, args.database, args.representation)
        stappen = ", ".join(f"{k} {v}" for k, v in r["stappen"].items() if v >= 0.1)
        print(f"| {n:,} | {args.database} | {r['seconden']:.0f} | {r['mib']:.0f} | {stappen} |")


if __name__ == "__main__":
    main()
