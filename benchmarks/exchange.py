# SPDX-License-Identifier: EUPL-1.2
"""Exchange benchmark: events delivered per second from one Hartslag to another over
loopback, and the latency of one delivery (signed POST, verified, applied and committed
by the receiver), next to a plain HTTP POST of the same bodies to a minimal receiver
(the practical limit of this machine's HTTP stack).

    .venv/bin/python benchmarks/exchange.py [--events 2000] [--receiver sqlite|postgresql]

The sender runs in this process on SQLite; the receiver is `hartslag serve` in a child
process on its own database. Delivery as `hartslag exchange deliver` runs it (eight
deliveries at once); the plain POSTs go one after another. Target (issue 14): at least
1,000 events/s and at least 25% of the plain-POST rate.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

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
    def __init__(self) -> None:
        super().__init__()
        self.ms: list[float] = []

    def post(self, url: str, headers: dict[str, str], body: bytes) -> None:
        t = time.perf_counter()
        super().post(url, headers, body)
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
    for _ in range(200):
        try:
            httpx.get(f"http://127.0.0.1:{port}/health", timeout=1)
            return
        except httpx.TransportError:
            time.sleep(0.05)
    raise RuntimeError("receiver did not start")


def _quantiles(ms: list[float]) -> tuple[float, float]:
    q = statistics.quantiles(ms, n=100)
    return q[49], q[98]


def exchange(sender: str, receiver: str, n: int, port: int) -> tuple[float, float, float, list]:
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
    wie = Actor(org_a, "UWV", Rol.ANALIST, "bench")
    for i in range(n):
        tekst = f"Klant {i} belt: brief over terugvordering toeslag is onbegrijpelijk."
        invoer = SignaalInvoer(
            tekst, Brontype.KLACHT, Meldertype.BURGER, Kanaal.TELEFOON, themas=("toeslagen",)
        )
        register_signaal(a, wie, invoer)
    env = {
        **os.environ,
        "HARTSLAG_DATABASE_URL": receiver,
        "HARTSLAG_SECRET_KEY": SECRET,
        "HARTSLAG_SCHEDULER_INTERVAL_SECONDS": "0",
        "HARTSLAG_ANALYSIS_INTERVAL_HOURS": "0",
    }
    server = subprocess.Popen(
        [HARTSLAG, "serve", "--port", str(port)], env=env, stdout=subprocess.DEVNULL
    )
    try:
        _wait(port)
        with a.uow(schrijven=False) as uow:
            bodies = [body_of(g) for g in uow.postvakken.uitgaand(org_a, None)]
        afleveraar = TimedAfleveraar()
        start = time.perf_counter()
        while bezorging.deliver_due(a, afleveraar).afgeleverd:
            pass
        duur = time.perf_counter() - start
        afleveraar.close()
    finally:
        server.terminate()
        server.wait(10)
    with b.uow(schrijven=False) as uow:
        assert len(uow.postvakken.inkomend(org_b)) == n, "not every event was applied"
    p50, p99 = _quantiles(afleveraar.ms)
    return n / duur, p50, p99, bodies


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
    parser.add_argument("--events", type=int, default=2000)
    parser.add_argument("--receiver", choices=("sqlite", "postgresql"), default="sqlite")
    args = parser.parse_args()
    with fresh_database("sqlite") as sender, fresh_database(args.receiver) as receiver:
        rate, p50, p99, bodies = exchange(sender, receiver, args.events, free_port())
    base_rate, base_p50, base_p99 = plain(bodies, free_port())
    print(f"{args.events} events, sender SQLite, receiver {args.receiver}")
    print("eight deliveries at once; the plain POSTs one after another")
    print(f"{'':28} {'events/s':>9} {'p50 ms':>8} {'p99 ms':>8}")
    print(f"{'Hartslag to Hartslag':28} {rate:9.0f} {p50:8.2f} {p99:8.2f}")
    print(f"{'plain POST, minimal server':28} {base_rate:9.0f} {base_p50:8.2f} {base_p99:8.2f}")
    print(f"share of the plain-POST rate: {rate / base_rate:.0%}")


if __name__ == "__main__":
    main()
