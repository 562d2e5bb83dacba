# SPDX-License-Identifier: EUPL-1.2
"""Exchange benchmark: events delivered per second from one Hartslag to another over
loopback, in batches (CloudEvents batch mode, the default) and one event per request, and
the end-to-end latency of an event (from its outbox write at the sender to its inbox row,
applied, at the receiver) while signals keep coming in; next to a plain HTTP POST of the
same bodies to a minimal receiver (the practical limit of this machine's HTTP stack).

    .venv/bin/python benchmarks/exchange.py [--events 2000] [--single 300] [--batch 100]
        [--rate 200] [--seconds 5] [--receiver sqlite|postgresql]

The sender runs in this process on SQLite; the receiver is `hartslag serve` in a child
process on its own database. Delivery as `hartslag exchange deliver` runs it (eight
requests at once); the plain POSTs go one after another. The receiver runs one worker
process per core, or HARTSLAG_BENCH_WORKERS. Target (issue 14): at least
1,000 events/s and at least 25% of the plain-POST rate.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx

sys.path.insert(0, str(Path(__file__).parent))
from databanken import fresh_database
from hartslag.adapters.opslag.database import make_engine
from hartslag.adapters.uitwisseling.webhook import HttpAfleveraar
from hartslag.bootstrap import bootstrap
from hartslag.config import Settings
from hartslag.domein.actor import Actor
from hartslag.domein.signaal import SignaalInvoer
from hartslag.domein.uitwisseling import Gebeurtenistype, Richting
from hartslag.domein.vocabulaire import Brontype, Kanaal, Meldertype, Rol
from hartslag.services import beheer, bezorging, uitwisselingbeheer
from hartslag.services.bezorging import body_of
from hartslag.services.context import Context
from hartslag.services.registratie import register_signaal
from intake import HARTSLAG, SECRET, free_port

OIN_A, OIN_B = "00000001003214345000", "00000001002220647000"
MINIMAL = """
import uvicorn
async def app(scope, receive, send):
    if scope["type"] != "http":
        return
    while (await receive()).get("more_body"):
        pass
    await send({"type": "http.response.start", "status": 200, "headers": []})
    await send({"type": "http.response.body", "body": b"{}"})
uvicorn.run(app, host="127.0.0.1", port=%d, log_level="warning", access_log=False)
"""


class TimedAfleveraar(HttpAfleveraar):
    """Delivers as usual and times every request (one event or a batch)."""

    def __init__(self) -> None:
        super().__init__(timeout=60)  # a loaded machine answers slowly; a timeout retries
        self.ms: list[float] = []

    def post(self, url: str, headers: dict[str, str], body: bytes) -> None:
        t = time.perf_counter()
        super().post(url, headers, body)
        self.ms.append((time.perf_counter() - t) * 1000)

    def post_batch(self, url: str, headers: dict[str, str], body: bytes) -> list[dict[str, Any]]:
        t = time.perf_counter()
        try:
            return super().post_batch(url, headers, body)
        finally:
            self.ms.append((time.perf_counter() - t) * 1000)


def _ctx(url: str) -> Context:
    settings = Settings(database_url=url, secret_key=SECRET)  # type: ignore[arg-type]
    return bootstrap(settings, engine=make_engine(url))


def _agreement(ctx: Context, org: int, partner: str, richting: Richting) -> None:
    uitwisselingbeheer.add_afspraak(
        ctx,
        org,
        "bench",
        code="DA-BENCH",
        partner=partner,
        richting=richting,
        gebeurtenistypen=frozenset({Gebeurtenistype.SIGNAAL_GEDEELD}),
        themas=frozenset({"*"}),
        velden=frozenset({"tekst", "titel", "themas", "kanaal"}),
        grondslag="benchmark",
        doel="benchmark",
        geldig_vanaf=datetime(2026, 1, 1, tzinfo=UTC),
        geldig_tot=None,
    )


def _wait(port: int) -> None:
    einde = time.monotonic() + 180  # a busy shared machine starts the workers slowly
    while time.monotonic() < einde:
        try:
            httpx.get(f"http://127.0.0.1:{port}/health", timeout=2).raise_for_status()
            return
        except httpx.HTTPError:
            time.sleep(0.2)
    raise RuntimeError("receiver did not start")


def _quantiles(ms: list[float]) -> tuple[float, float]:
    q = statistics.quantiles(ms, n=100)
    return q[49], q[98]


@dataclass
class Kant:
    ctx: Context
    org: int


def _pair(sender: str, receiver: str, port: int) -> tuple[Kant, Kant]:
    a, b = _ctx(sender), _ctx(receiver)
    org_a = beheer.create_organisatie(a, "UWV", "UWV")
    org_b = beheer.create_organisatie(b, "GEM-UTR", "Gemeente Utrecht")
    uitwisselingbeheer.set_oin(a, org_a, OIN_A, "bench")
    uitwisselingbeheer.set_oin(b, org_b, OIN_B, "bench")
    url = f"http://127.0.0.1:{port}/api/v1/organisaties/GEM-UTR/gebeurtenissen"
    geheim = uitwisselingbeheer.add_partner(a, org_a, "GEM-UTR", "GEM", OIN_B, url, "bench")
    uitwisselingbeheer.add_partner(b, org_b, "UWV", "UWV", OIN_A, None, "bench", geheim)
    _agreement(a, org_a, "GEM-UTR", Richting.UITGAAND)
    _agreement(b, org_b, "UWV", Richting.INKOMEND)
    return Kant(a, org_a), Kant(b, org_b)


def _register(a: Kant, n: int, interval: float = 0.0) -> None:
    """``n`` signals, each queued for the partner in its own transaction; ``interval``:
    seconds between them (a steady stream), or as fast as they go."""
    wie = Actor(a.org, "UWV", Rol.ANALIST, "bench")
    begin = time.perf_counter()
    for i in range(n):
        if interval and (wacht := begin + i * interval - time.perf_counter()) > 0:
            time.sleep(wacht)
        tekst = f"Klant {i} belt: brief over terugvordering toeslag is onbegrijpelijk."
        invoer = SignaalInvoer(
            tekst, Brontype.KLACHT, Meldertype.BURGER, Kanaal.TELEFOON, themas=("toeslagen",)
        )
        register_signaal(a.ctx, wie, invoer)


def _drain(ctx: Context, afleveraar: TimedAfleveraar) -> float:
    start = time.perf_counter()
    while bezorging.deliver_due(ctx, afleveraar).afgeleverd:
        pass
    return time.perf_counter() - start


def _steady(a: Kant, rate: int, seconds: float, afleveraar: TimedAfleveraar) -> datetime:
    """Signals at ``rate`` per second for ``seconds`` while delivery runs without pause
    (as a planner that never sleeps would); returns when the stream began."""
    begin = datetime.now(UTC)
    schrijver = threading.Thread(target=_register, args=(a, int(rate * seconds), 1 / rate))
    schrijver.start()
    while schrijver.is_alive():
        if not bezorging.deliver_due(a.ctx, afleveraar).afgeleverd:
            time.sleep(0.005)
    schrijver.join()
    _drain(a.ctx, afleveraar)
    return begin


def _end_to_end(a: Kant, b: Kant, sinds: datetime) -> list[float]:
    """Per event since ``sinds``: ms from the outbox write to the inbox row."""
    with a.ctx.uow(schrijven=False) as uow:
        geschreven = {
            str(g.id): g.aangemaakt_op
            for g in uow.postvakken.uitgaand(a.org, None)
            if g.aangemaakt_op >= sinds
        }
    with b.ctx.uow(schrijven=False) as uow:
        ontvangen = {g.id: g.ontvangen_op for g in uow.postvakken.inkomend(b.org)}
    return [(ontvangen[i] - t).total_seconds() * 1000 for i, t in geschreven.items()]


@dataclass
class Uitslag:
    rates: dict[str, tuple[float, float, float]]  # events/s, p50 and p99 ms per request
    e2e: tuple[float, float]  # p50 and p99 ms, outbox write to applied
    bodies: list[bytes]


def exchange(sender: str, receiver: str, args: argparse.Namespace, port: int) -> Uitslag:
    a, b = _pair(sender, receiver, port)
    env = {
        **os.environ,
        "HARTSLAG_DATABASE_URL": receiver,
        "HARTSLAG_SECRET_KEY": SECRET,
        "HARTSLAG_SCHEDULER_INTERVAL_SECONDS": "0",
        "HARTSLAG_ANALYSIS_INTERVAL_HOURS": "0",
        "HARTSLAG_WORKERS": os.environ.get("HARTSLAG_BENCH_WORKERS", str(os.cpu_count() or 1)),
    }
    server = subprocess.Popen(
        [HARTSLAG, "serve", "--port", str(port)], env=env, stdout=subprocess.DEVNULL
    )
    rates = {}
    try:
        _wait(port)
        for naam, grootte, n in (("los", 1, args.single), ("batch", args.batch, args.events)):
            _register(a, n)
            with a.ctx.uow(schrijven=False) as uow:
                bodies = [body_of(g) for g in uow.postvakken.uitgaand(a.org, "wachtend")]
            afleveraar = TimedAfleveraar()
            duur = _drain(replace(a.ctx, uitwisseling_batch=grootte), afleveraar)
            afleveraar.close()
            rates[naam] = (n / duur, *_quantiles(afleveraar.ms))
        afleveraar = TimedAfleveraar()
        a.ctx = replace(a.ctx, uitwisseling_batch=args.batch)
        sinds = _steady(a, args.rate, args.seconds, afleveraar)
        afleveraar.close()
    finally:
        server.terminate()
        server.wait(10)
    totaal = args.single + args.events + int(args.rate * args.seconds)
    with b.ctx.uow(schrijven=False) as uow:
        ontvangen = len(uow.postvakken.inkomend(b.org))
    if ontvangen != totaal:
        with a.ctx.uow(schrijven=False) as uow:
            fouten = {g.laatste_fout for g in uow.postvakken.uitgaand(a.org, "wachtend")}
        raise SystemExit(f"{ontvangen} of {totaal} events applied; errors: {fouten}")
    return Uitslag(rates, _quantiles(_end_to_end(a, b, sinds)), bodies)


def plain(bodies: list[bytes], port: int) -> tuple[float, float, float]:
    server = subprocess.Popen([sys.executable, "-c", MINIMAL % port])
    try:
        _wait(port)
        ms = []
        with httpx.Client(timeout=10) as c:
            start = time.perf_counter()
            for body in bodies:
                t = time.perf_counter()
                c.post(
                    f"http://127.0.0.1:{port}/",
                    content=body,
                    headers={"content-type": "application/cloudevents+json"},
                )
                ms.append((time.perf_counter() - t) * 1000)
            duur = time.perf_counter() - start
    finally:
        server.terminate()
        server.wait(10)
    p50, p99 = _quantiles(ms)
    return len(bodies) / duur, p50, p99


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--events", type=int, default=2000, help="events sent in batches")
    parser.add_argument("--single", type=int, default=300, help="events sent one by one")
    parser.add_argument("--batch", type=int, default=100, help="events per batch")
    parser.add_argument("--rate", type=int, default=200, help="signals/s in the stream")
    parser.add_argument("--seconds", type=float, default=5, help="length of the stream")
    parser.add_argument("--receiver", choices=("sqlite", "postgresql"), default="sqlite")
    args = parser.parse_args()
    last = os.getloadavg()[0]
    with fresh_database("sqlite") as sender, fresh_database(args.receiver) as receiver:
        uitslag = exchange(sender, receiver, args, free_port())
    base_rate, base_p50, base_p99 = plain(uitslag.bodies, free_port())
    werkers = os.environ.get("HARTSLAG_BENCH_WORKERS", str(os.cpu_count() or 1))
    print(
        f"sender SQLite, receiver {args.receiver} ({werkers} worker processes); "
        f"load average {last:.2f} before, {os.getloadavg()[0]:.2f} after"
    )
    print("eight requests at once; the plain POSTs one after another")
    print(f"{'':40} {'events':>6} {'events/s':>9} {'p50 ms':>8} {'p99 ms':>8}  (per request)")
    rijen = [
        (f"Hartslag to Hartslag, batches of {args.batch}", args.events, *uitslag.rates["batch"]),
        ("Hartslag to Hartslag, one per request", args.single, *uitslag.rates["los"]),
        ("plain POST, minimal server", args.events, base_rate, base_p50, base_p99),
    ]
    for naam, n, rate, p50, p99 in rijen:
        print(f"{naam:40} {n:6} {rate:9.0f} {p50:8.2f} {p99:8.2f}")
    for naam in ("batch", "los"):
        print(f"share of the plain-POST rate ({naam}): {uitslag.rates[naam][0] / base_rate:.0%}")
    p50, p99 = uitslag.e2e
    print(
        f"end to end (outbox write to applied), {args.rate} signals/s for {args.seconds:g} s "
        f"with delivery running: p50 {p50:.1f} ms, p99 {p99:.1f} ms"
    )


if __name__ == "__main__":
    main()
