# SPDX-License-Identifier: EUPL-1.2
"""Load benchmark: intake at a fixed offered rate, against `hartslag serve` and a minimal
baseline, on SQLite and PostgreSQL.

    .venv/bin/python benchmarks/load.py [--rates 100,250,500] [--duration 20] [--quick]
                                        [--repeats 3]
                                        [--workers N] [--databases sqlite,postgresql]

For each database (a fresh one each, PostgreSQL at HARTSLAG_BENCH_POSTGRES_URL, default the
local server) and each server (`hartslag serve` with HARTSLAG_WORKERS=N, and the baseline
`load_baseline.py`: a minimal FastAPI endpoint storing the same row with the same driver,
served by uvicorn with the same N workers) it offers each rate of
``POST /api/v1/signalen`` for ``--duration`` seconds, open-loop: request i is sent at
start + i/rate whatever happened to the ones before (an asyncio client over loopback,
aiohttp). Latency is counted from the moment a request was due, so a server that falls
behind is not flattered by a client that waits for it. Each request has a timeout
(``--timeout``, default 5 s); the number of requests is rate x duration, so the run is
bounded in count and time.

Every (database, server) block runs ``--repeats`` times (default 3, each on a fresh
database and server, Hartslag and the baseline taking turns); the final table gives the
median of each figure. Printed per run: offered and achieved rate (2xx answers per
second of the run), errors (non-2xx answers, timeouts and connection failures), p50/p99
latency of the answered requests, and the server's resident memory: the peak of the sum
over its process tree (the `serve` process and its workers), sampled every 100 ms. Then
a check that four concurrent 100 MB unauthenticated POSTs leave the server under 600 MB
(with the server's idle memory before them), and the CPU time one registration costs the
server (median of the repeats): sequential requests against one worker, the process's
user + system time from /proc divided by their number (the database server's own CPU not
counted).

The machine is usually shared: the load average at the start of each run is printed next
to its figures. The client runs on the same machine and takes CPU from the server too.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import os
import statistics
import subprocess
import sys
import threading
import time
import timeit
from collections import Counter
from collections.abc import AsyncIterator, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import aiohttp
import httpx
from sqlalchemy import text

sys.path.insert(0, str(Path(__file__).parent))
from databanken import fresh_database, postgres_available
from hartslag.adapters.opslag.database import make_engine
from intake import _memory_mib, _process_tree, free_port

SECRET = "benchmark-geheim-met-voldoende-lengte"
BIN = Path(sys.executable).parent
PAD = "/api/v1/signalen"
MB = 1024 * 1024


@dataclass
class Uitkomst:
    server: str
    database: str
    aangeboden: int
    bereikt: float
    fouten: int
    p50: float
    p99: float
    geheugen: float
    belasting: float
    client_cpu: float = float("nan")  # the load client's own CPU, % of one core


def _body(i: int) -> dict[str, object]:
    return {
        "tekst": f"Klant belt over de brief over terugvordering van de toeslag (melding {i}).",
        "brontype": "klacht",
        "meldertype": "burger",
        "kanaal": "telefoon",
    }


class Geheugenmeter:
    """The peak resident memory (MiB) of a process tree, sampled in a thread."""

    def __init__(self, pid: int) -> None:
        self.pid, self.piek, self._stop = pid, 0.0, threading.Event()
        self._draad = threading.Thread(target=self._meet, daemon=True)

    def _meet(self) -> None:
        boom, tik = _process_tree(self.pid), 0
        while not self._stop.wait(0.1):
            tik += 1
            if tik % 10 == 0:  # the workers' pids once a second: walking /proc costs CPU
                boom = _process_tree(self.pid)
            self.piek = max(self.piek, _memory_mib(boom))

    def __enter__(self) -> Geheugenmeter:
        self.piek = _memory_mib(_process_tree(self.pid))
        self._draad.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._stop.set()
        self._draad.join()


def _env(url: str, workers: int) -> dict[str, str]:
    return {
        **os.environ,
        "HARTSLAG_DATABASE_URL": url,
        "HARTSLAG_SECRET_KEY": SECRET,
        "HARTSLAG_WORKERS": str(workers),
        "HARTSLAG_ANALYSIS_INTERVAL_HOURS": "0",  # no analysis run in the middle
        "PYTHONPATH": os.pathsep.join([str(Path(__file__).parent), *sys.path]),
    }


def _token(env: dict[str, str]) -> str:
    hartslag = str(BIN / "hartslag")
    subprocess.run(
        [hartslag, "organisation", "create", "LOAD", "--name", "Load"],
        env=env,
        check=True,
        capture_output=True,
    )
    return subprocess.run(
        [hartslag, "token", "create", "--organisation", "LOAD", "--role", "frontlinie"],
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()


@contextmanager
def _server(soort: str, url: str, workers: int) -> Iterator[tuple[subprocess.Popen[bytes], str]]:
    """A running server (`hartslag` or `baseline`) on a free loopback port, and its token."""
    env, port = _env(url, workers), free_port()
    if soort == "hartslag":
        token = _token(env)
        argv = [str(BIN / "hartslag"), "serve", "--port", str(port)]
    else:
        token = ""
        with make_engine(url).begin() as c:
            c.execute(
                text(
                    "INSERT INTO organisatie (id, code, naam, aangemaakt_op) "
                    "VALUES (1, 'B', 'B', CURRENT_TIMESTAMP)"
                )
            )
        argv = [sys.executable, "-m", "uvicorn", "load_baseline:app", "--factory"]
        argv += ["--port", str(port), "--workers", str(workers), "--log-level", "warning"]
    proces = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL)
    basis = f"http://127.0.0.1:{port}"
    try:
        _wait_until_up(basis, token, proces)
        yield proces, token
    finally:
        proces.terminate()
        try:
            proces.wait(30)
        except subprocess.TimeoutExpired:
            proces.kill()


def _wait_until_up(basis: str, token: str, proces: subprocess.Popen[bytes]) -> None:
    """Until the server answers (a busy machine may take a minute to start two workers),
    then a warm-up: every worker has its connections and code loaded."""
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    einde = time.monotonic() + 300
    with httpx.Client(base_url=basis, timeout=30) as client:
        while True:
            if proces.poll() is not None or time.monotonic() > einde:
                raise RuntimeError("de server startte niet")
            try:
                client.post(PAD, json=_body(-1), headers=headers)
                break
            except httpx.TransportError:
                time.sleep(0.2)
        for i in range(100):
            client.post(PAD, json=_body(-2 - i), headers=headers)


async def _offer(
    basis: str, token: str, rate: int, duur: float, timeout: float
) -> dict[str, object]:
    """Offer ``rate`` requests/s for ``duur`` seconds, open-loop (aiohttp: a lighter client
    than httpx, so that the client is not what limits the rate)."""
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    latenties: list[float] = []
    soorten: Counter[str] = Counter()
    laatste = 0.0
    verbinder = aiohttp.TCPConnector(limit=1000)
    async with aiohttp.ClientSession(
        basis, connector=verbinder, timeout=aiohttp.ClientTimeout(total=timeout)
    ) as sessie:
        start = time.perf_counter() + 0.2

        async def een(i: int) -> None:
            nonlocal laatste
            gepland = start + i / rate
            await asyncio.sleep(max(0.0, gepland - time.perf_counter()))
            try:
                async with sessie.post(PAD, json=_body(i), headers=headers) as r:
                    await r.read()
                    klaar = time.perf_counter()
                    if 200 <= r.status < 300:
                        latenties.append((klaar - gepland) * 1000)
                        laatste = max(laatste, klaar)
                    else:
                        soorten[str(r.status)] += 1
            except TimeoutError:
                soorten["timeout"] += 1
            except aiohttp.ClientError as e:
                soorten[type(e).__name__] += 1

        await asyncio.gather(*(een(i) for i in range(int(rate * duur))))
    verstreken = max(duur, laatste - start) if latenties else duur
    return {"latenties": latenties, "soorten": soorten, "bereikt": len(latenties) / verstreken}


@contextmanager
def _without_gc() -> Iterator[None]:
    """The client's own garbage collector off while it measures: with thousands of
    requests in flight a full collection stopped it for 40 ms, the requests due meanwhile
    then left in one burst and counted that pause as the server's latency."""
    gc.collect()
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _load() -> float:
    return os.getloadavg()[0]


def run(soort: str, database: str, rates: list[int], duur: float, workers: int,
        timeout: float) -> list[Uitkomst]:  # fmt: skip
    uitkomsten = []
    with fresh_database(database) as url, _server(soort, url, workers) as (proces, token):
        basis = f"http://127.0.0.1:{_port_of(proces)}"
        for rate in rates:
            belasting = _load()
            with Geheugenmeter(proces.pid) as meter:
                cpu_voor, klok_voor = time.process_time(), time.perf_counter()
                with _without_gc():
                    r = asyncio.run(_offer(basis, token, rate, duur, timeout))
                client = (time.process_time() - cpu_voor) / (time.perf_counter() - klok_voor)
            latenties = sorted(r["latenties"])  # type: ignore[arg-type]
            soorten: Counter[str] = r["soorten"]  # type: ignore[assignment]
            p50 = statistics.median(latenties) if latenties else float("nan")
            p99 = latenties[int(0.99 * (len(latenties) - 1))] if latenties else float("nan")
            uitkomsten.append(
                Uitkomst(soort, database, rate, float(r["bereikt"]),  # type: ignore[arg-type]
                         sum(soorten.values()), p50, p99, meter.piek, belasting,
                         client * 100)
            )  # fmt: skip
            print(_regel(uitkomsten[-1]), flush=True)
            if soorten:  # which errors: HTTP status codes, timeouts, connection failures
                print("  errors: " + ", ".join(f"{k} x{n}" for k, n in soorten.items()))
            time.sleep(2)  # let the queue drain before the next rate
    return uitkomsten


def medians(uitkomsten: list[Uitkomst]) -> list[Uitkomst]:
    """One row per (database, server, offered rate): the median of each figure over its
    runs (the load average: the highest at the start of any of them)."""
    groepen: dict[tuple[str, str, int], list[Uitkomst]] = {}
    for u in uitkomsten:
        groepen.setdefault((u.database, u.server, u.aangeboden), []).append(u)
    return [
        Uitkomst(
            server,
            database,
            aangeboden,
            statistics.median(u.bereikt for u in rij),
            round(statistics.median(u.fouten for u in rij)),
            statistics.median(u.p50 for u in rij),
            statistics.median(u.p99 for u in rij),
            statistics.median(u.geheugen for u in rij),
            max(u.belasting for u in rij),
            statistics.median(u.client_cpu for u in rij),
        )
        for (database, server, aangeboden), rij in groepen.items()
    ]


def _port_of(proces: subprocess.Popen[bytes]) -> str:
    argv = proces.args
    assert isinstance(argv, list)
    return str(argv[argv.index("--port") + 1])


KOP = (
    "| database | server | offered (req/s) | achieved (req/s) | errors | p50 (ms) | p99 (ms) "
    "| server RSS peak (MiB) | client CPU (% of a core) | load avg at start |\n"
    "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|"
)


def _regel(u: Uitkomst) -> str:
    return (
        f"| {u.database} | {u.server} | {u.aangeboden} | {u.bereikt:,.0f} | {u.fouten:,} "
        f"| {u.p50:,.0f} | {u.p99:,.0f} | {u.geheugen:,.0f} | {u.client_cpu:.0f} "
        f"| {u.belasting:.1f} |"
    )


async def _groot(basis: str, grootte: int) -> int:
    async def stukken() -> AsyncIterator[bytes]:
        blok = b"x" * MB
        for _ in range(grootte // MB):
            yield blok

    async with httpx.AsyncClient(base_url=basis, timeout=60) as client:
        try:
            r = await client.post(
                PAD, content=stukken(), headers={"Content-Type": "application/json"}
            )
            return r.status_code
        except httpx.HTTPError:
            return 0  # the server closed the connection after answering 413


def body_limit(workers: int) -> tuple[list[int], float, float]:
    """Four concurrent unauthenticated 100 MB POSTs: their answers, the server's memory
    before and its peak meanwhile (MiB)."""
    with fresh_database("sqlite") as url, _server("hartslag", url, workers) as (proces, _):
        basis = f"http://127.0.0.1:{_port_of(proces)}"

        async def vier() -> list[int]:
            return list(await asyncio.gather(*(_groot(basis, 100 * MB) for _ in range(4))))

        voor = _memory_mib(_process_tree(proces.pid))
        with Geheugenmeter(proces.pid) as meter:
            codes = asyncio.run(vier())
        return codes, voor, meter.piek


def _cpu_seconds(pids: list[int]) -> float:
    totaal = 0
    for pid in pids:
        try:
            velden = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        totaal += int(velden[11]) + int(velden[12])  # utime, stime (clock ticks)
    return totaal / os.sysconf("SC_CLK_TCK")


def cpu_per_registration(database: str, aantal: int) -> tuple[float, float]:
    """Server CPU ms and wall ms per registration: ``aantal`` sequential requests to one
    worker, after the warm-up."""
    with fresh_database(database) as url, _server("hartslag", url, 1) as (proces, token):
        basis = f"http://127.0.0.1:{_port_of(proces)}"
        pids = _process_tree(proces.pid)
        headers = {"Authorization": f"Bearer {token}"}
        with httpx.Client(base_url=basis, timeout=30) as client:
            voor, begin = _cpu_seconds(pids), time.perf_counter()
            for i in range(aantal):
                client.post(PAD, json=_body(i), headers=headers).raise_for_status()
            cpu, wand = _cpu_seconds(pids) - voor, time.perf_counter() - begin
    return cpu / aantal * 1000, wand / aantal * 1000


def _speed_ms() -> float:
    """A pure-Python yardstick of the machine (one core), so that runs on different
    machines can be compared: the same registration cost 4.3 ms of server CPU on the
    2-core machine of one session and 10.5 ms on the next, both idle."""
    return min(timeit.repeat("sum(range(10**6))", number=1, repeat=5)) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rates", default="100,250,500")
    parser.add_argument("--duration", type=float, default=20.0)
    parser.add_argument("--timeout", type=float, default=5.0)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--databases", default="sqlite,postgresql")
    parser.add_argument("--servers", default="hartslag,baseline")
    parser.add_argument("--quick", action="store_true", help="3 s per rate: a smoke test")
    parser.add_argument(
        "--repeats", type=int, default=3, help="runs of every row; the table shows medians"
    )
    parser.add_argument("--skip-body-limit", action="store_true")
    parser.add_argument(
        "--cpu-requests", type=int, default=1000, help="CPU per registration: requests (0: skip)"
    )
    args = parser.parse_args()
    duur = 3.0 if args.quick else args.duration
    rates = [int(r) for r in args.rates.split(",")]
    databases = [d for d in args.databases.split(",") if d != "postgresql" or postgres_available()]
    print(f"{args.workers} workers, {duur:g} s per rate, timeout {args.timeout:g} s, "
          f"{os.cpu_count()} cores; load average {os.getloadavg()}; "
          f"machine speed: {_speed_ms():.1f} ms for sum(range(10**6)) (best of 5)")  # fmt: skip
    print(KOP, flush=True)
    uitkomsten = []
    for _ in range(args.repeats):  # Hartslag and the baseline alternate: noise hits both
        for database in databases:
            for soort in args.servers.split(","):
                uitkomsten += run(soort, database, rates, duur, args.workers, args.timeout)
    print(f"\nMedians over {args.repeats} run(s) of each row:\n" + KOP)
    for u in medians(uitkomsten):
        print(_regel(u))
    for database in databases if args.cpu_requests else []:
        metingen = [cpu_per_registration(database, args.cpu_requests) for _ in range(args.repeats)]
        cpu = statistics.median(m[0] for m in metingen)
        wand = statistics.median(m[1] for m in metingen)
        print(f"CPU per registration ({database}, {args.cpu_requests} sequential, 1 worker, "
              f"median of {args.repeats}): {cpu:.1f} ms server CPU, {wand:.1f} ms wall; "
              f"load avg {_load():.1f}")  # fmt: skip
    if not args.skip_body_limit:
        for workers in sorted({1, args.workers}):
            codes, voor, piek = body_limit(workers)
            oordeel = "under" if piek * MB < 600e6 else "NOT under"
            print(f"four concurrent unauthenticated 100 MB POSTs ({workers} workers): "
                  f"answers {codes}; server {voor:,.0f} MiB idle before, peak {piek:,.0f} MiB "
                  f"(+{piek - voor:,.0f}; {oordeel} 600 MB)")  # fmt: skip


if __name__ == "__main__":
    main()
