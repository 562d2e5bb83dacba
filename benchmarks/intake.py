# SPDX-License-Identifier: EUPL-1.2
"""Intake benchmark: bulk import vs the plain database driver, and the API over loopback.

    .venv/bin/python benchmarks/intake.py [--rows 100000] [--repeat 3] [--million]

Prints one table per run, SQLite and PostgreSQL side by side (PostgreSQL when one answers
at HARTSLAG_BENCH_POSTGRES_URL, default the local server). Figures are medians of
``--repeat`` runs, each on a fresh database. ``--million`` also imports 1,000,000 rows in
a child process and reports its peak memory (target: under 1 GiB).

The import runs with the worker processes ``hartslag import`` would choose for the file
(`default_workers`: from 20,000 rows on, one per core, at most four), so the figure is
what a user gets; ``HARTSLAG_BENCH_WORKERS`` sets another number (1: in one process).
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path

import httpx
from sqlalchemy import text

sys.path.insert(0, str(Path(__file__).parent))
from databanken import fresh_database, postgres_available
from hartslag.adapters.bestanden import count_rows, file_fingerprint, read_rows
from hartslag.adapters.cli.gedeeld import cli_actor
from hartslag.adapters.cli.importeren import default_workers
from hartslag.adapters.opslag.bulk import SIGNAAL_KOLOMMEN
from hartslag.adapters.opslag.database import make_engine
from hartslag.bootstrap import bootstrap
from hartslag.config import Settings
from hartslag.services import beheer
from hartslag.services.importeren import import_rows
from hartslag.services.voorbereiding import ImportRij
from werkbestanden import write_csv

SECRET = "benchmark-geheim-met-voldoende-lengte"
HARTSLAG = str(Path(sys.executable).parent / "hartslag")


def workers_for(path: Path) -> int:
    """The worker processes `hartslag import` would use for `path` (or
    HARTSLAG_BENCH_WORKERS)."""
    chosen = os.environ.get("HARTSLAG_BENCH_WORKERS")
    return int(chosen) if chosen else default_workers(count_rows(path))


def _workers_text(werkers: int) -> str:
    return "in one process" if werkers <= 1 else f"with {werkers} worker processes"


def hartslag_import(url: str, path: Path, werkers: int | None = None) -> float:
    """Signals per second through Hartslag's import (file reading included), with
    `werkers` (default: the worker processes the CLI would use for this file now)."""
    ctx = bootstrap(Settings(database_url=url, secret_key=SECRET))  # type: ignore[arg-type]
    beheer.create_organisatie(ctx, "BENCH", "Benchmark")
    actor = cli_actor(ctx, "BENCH")
    start = time.perf_counter()
    rijen = (ImportRij(r.nummer, dict(r.velden), r.fout) for r in read_rows(path))
    uitkomst = import_rows(
        ctx,
        actor,
        rijen,
        bestandsnaam=path.name,
        bestandshash=file_fingerprint(path),
        rapport=lambda f: None,
        werkers=workers_for(path) if werkers is None else werkers,
    )
    duur = time.perf_counter() - start
    assert uitkomst.fouten == 0 and uitkomst.opgeslagen > 0
    return uitkomst.opgeslagen / duur


def plain_rows(path: Path) -> list[tuple[object, ...]]:
    """The same rows as the driver wants them (prepared before the clock starts), with
    the values Hartslag stores in its indexed columns: a content hash per row and a
    pseudonym where the row names its reporter (inserting these costs the database more
    than inserting nothing there)."""
    nu = datetime.now(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")
    rows = []
    with path.open(encoding="utf-8", newline="") as f:
        for i, r in enumerate(csv.DictReader(f, delimiter=";")):
            waarden = {k: None for k in SIGNAAL_KOLOMMEN}
            waarden.update(
                id=uuid.uuid4().hex,
                referentie=f"HS-2026-{i:07d}",
                organisatie_id=1,
                ontvangen_op=datetime.fromisoformat(r["ontvangenOp"])
                .astimezone(UTC)
                .replace(tzinfo=None)
                .isoformat(" ", "microseconds"),
                geregistreerd_op=nu,
                geregistreerd_door="bench",
                brontype=r["brontype"],
                meldertype=r["meldertype"],
                kanaal=r["kanaal"],
                gevraagd=0,
                impact="[]",
                regelgeving="[]",
                titel=r["tekst"][:80],
                tekst=r["tekst"],
                status="nieuw",
                externe_referentie=r["externeReferentie"],
                inhoudshash=hashlib.sha256("\x1f".join(r.values()).encode()).hexdigest(),
                melder_pseudoniem=hashlib.sha256(r["melderId"].encode()).hexdigest()
                if r["melderId"]
                else None,
            )
            rows.append(tuple(waarden[k] for k in SIGNAAL_KOLOMMEN))
    return rows


def plain_driver(url: str, rows: list[tuple[object, ...]], batch: int = 5000) -> float:
    """executemany (SQLite, plus the full-text index per batch) or COPY (PostgreSQL)."""
    engine = make_engine(url)
    with engine.begin() as c:
        c.execute(
            text(
                "INSERT INTO organisatie (id, code, naam, aangemaakt_op) "
                "VALUES (1, 'B', 'B', CURRENT_TIMESTAMP)"
            )
        )
    raw = engine.raw_connection()
    cursor = raw.cursor()
    kolommen = ", ".join(SIGNAAL_KOLOMMEN)
    start = time.perf_counter()
    if url.startswith("sqlite"):
        sql = f"INSERT INTO signaal ({kolommen}) VALUES ({', '.join('?' * len(SIGNAAL_KOLOMMEN))})"
        for i in range(0, len(rows), batch):
            cursor.execute("BEGIN IMMEDIATE")
            cursor.executemany(sql, rows[i : i + batch])
            cursor.execute(
                "INSERT INTO signaal_fts(rowid, titel, tekst) SELECT rowid, titel, "
                "tekst FROM signaal WHERE rowid > ?",
                (i,),
            )
            cursor.execute("COMMIT")
    else:
        pg_rows = [
            tuple(
                uuid.UUID(v) if k == "id" else (bool(v) if k == "gevraagd" else v)
                for k, v in zip(SIGNAAL_KOLOMMEN, r, strict=True)
            )
            for r in rows
        ]
        start = time.perf_counter()
        for i in range(0, len(pg_rows), batch):
            with cursor.copy(f"COPY signaal ({kolommen}) FROM STDIN") as copy:  # type: ignore[attr-defined]
                for r in pg_rows[i : i + batch]:
                    copy.write_row(r)
            raw.commit()
    duur = time.perf_counter() - start
    raw.close()
    engine.dispose()
    return len(rows) / duur


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def api_latency(url: str, requests: int, clients: int) -> tuple[float, float, float]:
    """p50 and p99 latency (ms) of sequential POSTs, and requests/s with ``clients``."""
    env = {**os.environ, "HARTSLAG_DATABASE_URL": url, "HARTSLAG_SECRET_KEY": SECRET}
    subprocess.run(
        [HARTSLAG, "organisation", "create", "API", "--name", "API"],
        env=env,
        check=True,
        capture_output=True,
    )
    token = subprocess.run(
        [HARTSLAG, "token", "create", "--organisation", "API", "--role", "frontlinie"],
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    port = free_port()
    server = subprocess.Popen(
        [HARTSLAG, "serve", "--port", str(port)], env=env, stdout=subprocess.DEVNULL
    )
    base = f"http://127.0.0.1:{port}"
    headers = {"Authorization": f"Bearer {token}"}
    body = {
        "tekst": "Klant belt: brief over terugvordering toeslag is onbegrijpelijk.",
        "brontype": "klacht",
        "meldertype": "burger",
        "kanaal": "telefoon",
        "themas": ["toeslagen"],
        "melderId": "123456782",
    }
    try:
        with httpx.Client(base_url=base, timeout=30) as client:
            for _ in range(100):
                try:
                    client.get("/health")
                    break
                except httpx.TransportError:
                    time.sleep(0.1)
            for _ in range(50):  # warm-up
                client.post("/api/v1/signalen", json=body, headers=headers)
            latencies = []
            for _ in range(requests):
                t = time.perf_counter()
                r = client.post("/api/v1/signalen", json=body, headers=headers)
                latencies.append((time.perf_counter() - t) * 1000)
                assert r.status_code == 201, r.text
        from concurrent.futures import ThreadPoolExecutor

        def burst(n: int) -> None:
            with httpx.Client(base_url=base, timeout=30) as c:
                for _ in range(n):
                    assert c.post("/api/v1/signalen", json=body, headers=headers).status_code == 201

        start = time.perf_counter()
        with ThreadPoolExecutor(clients) as pool:
            list(pool.map(burst, [requests // clients] * clients))
        throughput = (requests // clients * clients) / (time.perf_counter() - start)
    finally:
        server.terminate()
        server.wait(10)
    q = statistics.quantiles(latencies, n=100)
    return statistics.median(latencies), q[98], throughput


def _process_tree(root: int) -> list[int]:
    """`root` and every process descending from it (Linux /proc)."""
    ouders: dict[int, int] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            velden = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:  # the process ended meanwhile
            continue
        ouders[int(stat.parent.name)] = int(velden[1])
    boom, rand = [root], [root]
    while rand:
        rand = [pid for pid, ouder in ouders.items() if ouder in rand]
        boom += rand
    return boom


def _memory_mib(pids: list[int], veld: str = "VmRSS") -> float:
    """The sum of a /proc status field (VmRSS: resident now, VmHWM: peak) over `pids`."""
    totaal = 0
    for pid in pids:
        try:
            regels = Path(f"/proc/{pid}/status").read_text().splitlines()
        except OSError:
            continue
        totaal += sum(int(r.split()[1]) for r in regels if r.startswith(f"{veld}:"))
    return totaal / 1024


def million(tmp: Path) -> tuple[float, float, float]:
    """Import 1,000,000 rows with `hartslag import` in a child process: its own peak
    memory and the peak of its whole process tree (it, the worker server and the
    workers, sampled every 0.2 s; shared pages count in each process), in MiB, and
    signals/s."""
    path = write_csv(tmp / "miljoen.csv", 1_000_000)
    url = f"sqlite:///{tmp}/miljoen.db"
    env = {**os.environ, "HARTSLAG_DATABASE_URL": url, "HARTSLAG_SECRET_KEY": SECRET}
    subprocess.run([HARTSLAG, "db", "upgrade"], env=env, check=True, capture_output=True)
    subprocess.run(
        [HARTSLAG, "organisation", "create", "M", "--name", "M"],
        env=env,
        check=True,
        capture_output=True,
    )
    start = time.perf_counter()
    proces = subprocess.Popen(
        [HARTSLAG, "import", str(path), "--organisation", "M"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    eigen = boom = 0.0
    while proces.poll() is None:
        eigen = max(eigen, _memory_mib([proces.pid], "VmHWM"))
        boom = max(boom, _memory_mib(_process_tree(proces.pid)))
        time.sleep(0.2)
    duur = time.perf_counter() - start
    assert proces.returncode == 0, f"the import ended with exit code {proces.returncode}"
    return eigen, boom, 1_000_000 / duur


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--api-requests", type=int, default=2000)
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--million", action="store_true")
    args = parser.parse_args()
    kinds = ["sqlite"] + (["postgresql"] if postgres_available() else [])
    with tempfile.TemporaryDirectory() as tmp:
        path = write_csv(Path(tmp) / "signalen.csv", args.rows)
        werkers, load = workers_for(path), os.getloadavg()[0]
        plain = plain_rows(path)
        results = {}
        for kind in kinds:
            imports, plains = [], []
            for _ in range(args.repeat):
                with fresh_database(kind) as url:
                    imports.append(hartslag_import(url, path, werkers))
                with fresh_database(kind) as url:
                    plains.append(plain_driver(url, plain))
            with fresh_database(kind) as url:
                p50, p99, rps = api_latency(url, args.api_requests, args.clients)
            results[kind] = (statistics.median(imports), statistics.median(plains), p50, p99, rps)
        wie = (
            "(HARTSLAG_BENCH_WORKERS)"
            if os.environ.get("HARTSLAG_BENCH_WORKERS")
            else "as `hartslag import` chooses"
        )
        print(
            f"\nIntake benchmark: {args.rows:,} CSV rows, medians of {args.repeat} runs, "
            f"import {_workers_text(werkers)} {wie} "
            f"(load average {load:.1f} on {os.cpu_count()} cores); API: {args.api_requests} "
            f"POSTs sequential, then {args.clients} clients; load average at the end "
            f"{os.getloadavg()[0]:.1f}\n"
        )
        print(
            "| database | Hartslag import (signals/s) | plain driver (signals/s) | share "
            "| API p50 (ms) | API p99 (ms) | API throughput (req/s) |"
        )
        print("|---|---:|---:|---:|---:|---:|---:|")
        for kind, (imp, pla, p50, p99, rps) in results.items():
            driver = "executemany" if kind == "sqlite" else "COPY"
            print(
                f"| {kind} | {imp:,.0f} | {pla:,.0f} ({driver}) | {imp / pla:.0%} "
                f"| {p50:.1f} | {p99:.1f} | {rps:,.0f} |"
            )
        print(
            "\nTargets: import >= 30% of the plain driver on each database and >= 10,000 "
            "signals/s on SQLite; API p50 < 15 ms."
        )
        for kind, (imp, pla, p50, _, _) in results.items():
            checks = [imp / pla >= 0.30, p50 < 15] + ([imp >= 10_000] if kind == "sqlite" else [])
            print(f"  {kind}: {'met' if all(checks) else 'NOT met'}")
        if args.million:
            eigen, boom, rate = million(Path(tmp))
            print(
                f"\n1,000,000-row import (SQLite, `hartslag import` in a child process): "
                f"peak RSS {eigen:,.0f} MiB in the importing process, {boom:,.0f} MiB in its "
                f"process tree with the workers (target < 1,024 MiB: "
                f"{'met' if boom < 1024 else 'NOT met'}), {rate:,.0f} signals/s"
            )


if __name__ == "__main__":
    main()
