# SPDX-License-Identifier: EUPL-1.2
"""Web benchmark: every page on the full demo data (SQLite), next to the plain JSON API call
for the same data, measured in the same run over loopback.

    .venv/bin/python benchmarks/web.py [--requests 40] [--fresh]

Loads the demo (`hartslag demo load`) into a SQLite file under `.benchmarks-data/web/`
(kept between runs; `--fresh` loads it again), starts `hartslag serve` on a free port, logs
in through the login form as an administrator of the demo's first organisation (the
role that may open every page), and fetches each page and its API counterpart
alternately, ``--requests`` times each after a warm-up. Prints p50 and p95 per page in
milliseconds, the API call's p50 and p95, and the ratio of the medians. Targets (issue
10): p95 < 300 ms per page, and no page more than 3x its API call.
"""

from __future__ import annotations

import argparse
import os
import re
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).parents[1]
DATA = ROOT / ".benchmarks-data" / "web"
HARTSLAG = str(Path(sys.executable).parent / "hartslag")
EMAIL = "bench-beheerder@bd.example.com"
WACHTWOORD = "benchmark wachtwoord web"
ENV = {
    **os.environ,
    "HARTSLAG_DEMO": "true",
    "HARTSLAG_ANALYSIS_INTERVAL_HOURS": "0",
    "HARTSLAG_SCHEDULER_INTERVAL_SECONDS": "0",
    "HARTSLAG_STATUS_RATE_LIMIT": "100000",  # the benchmark is one client asking often
}


def run(*args: str, db: Path, invoer: str | None = None) -> str:
    env = {**ENV, "HARTSLAG_DATABASE_URL": f"sqlite:///{db}"}
    klaar = subprocess.run(
        [HARTSLAG, *args], env=env, input=invoer, capture_output=True, text=True, check=True
    )
    return klaar.stdout


def prepare(fresh: bool) -> Path:
    db = DATA / "demo.db"
    if fresh or not db.exists():
        DATA.mkdir(parents=True, exist_ok=True)
        for bestand in DATA.glob("demo.db*"):
            bestand.unlink()
        print("demo laden (eenmalig, enkele minuten) ...", file=sys.stderr)
        run("demo", "load", "--ground-truth", str(DATA / "grondwaarheid.json"), db=db)
    run("db", "upgrade", db=db)
    if EMAIL not in run("account", "list", "--organisation", "BD", db=db):
        run(
            "account",
            "create",
            "--organisation",
            "BD",
            "--email",
            EMAIL,
            "--role",
            "beheerder",
            "--password-stdin",
            db=db,
            invoer=WACHTWOORD + "\n",
        )
    return db


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def serve(db: Path, port: int) -> subprocess.Popen[bytes]:
    env = {**ENV, "HARTSLAG_DATABASE_URL": f"sqlite:///{db}"}
    proces = subprocess.Popen(
        [HARTSLAG, "serve", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 300  # a busy machine starts slowly
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/health", timeout=1).status_code == 200:
                return proces
        except httpx.HTTPError:
            time.sleep(0.2)
    proces.kill()
    raise SystemExit("hartslag serve did not start")


def log_in(client: httpx.Client) -> None:
    formulier = client.get("/inloggen").text
    csrf = re.search(r'name="csrf" value="([^"]+)"', formulier)
    assert csrf is not None
    antwoord = client.post(
        "/inloggen",
        data={"csrf": csrf.group(1), "email": EMAIL, "wachtwoord": WACHTWOORD},
    )
    if antwoord.status_code != 303:
        raise SystemExit(f"login failed: {antwoord.status_code}")


def token(db: Path) -> str:
    return run(
        "token",
        "create",
        "--organisation",
        "BD",
        "--role",
        "beheerder",
        "--name",
        "bench-web",
        db=db,
    ).strip()


def first_id(api: httpx.Client, pad: str, veld: str = "id") -> str | None:
    antwoord = api.get(pad, params={"paginaGrootte": 1})
    if antwoord.status_code != 200:
        return None
    data = antwoord.json()
    items = data.get("_embedded", data).get("items") if isinstance(data, dict) else data
    if items is None and isinstance(data, dict):
        items = next((v for v in data.values() if isinstance(v, list)), [])
    return str(items[0][veld]) if items else None


def new_session(api: httpx.Client, knelpunt: str) -> str:
    """The demo gives the first organisation no sensemaking session: plan one (once)."""
    sessie = {
        "titel": "Duiding terugvorderingen",
        "datum": "2026-12-10T10:00:00",
        "deelnemers": [{"organisatie": "BD", "rol": "uitvoering"}],
        "knelpuntIds": [knelpunt],
        "conclusies": ["De brief moet eenvoudiger."],
    }
    antwoord = api.post("/api/v1/duidingssessies", json=sessie)
    antwoord.raise_for_status()
    return str(antwoord.json()["id"])


def pairs(api: httpx.Client) -> list[tuple[str, str, str]]:
    """(name, page path, API path) for every page, with ids from the demo data. A page
    path ``POST /status`` is the status lookup form sent with a real status code."""
    signaal = first_id(api, "/api/v1/signalen") or "0"
    statuscode = first_id(api, "/api/v1/signalen", "statuscode") or "0"
    patroon = first_id(api, "/api/v1/patronen") or "0"
    knelpunt = first_id(api, "/api/v1/knelpunten") or "0"
    sessie = first_id(api, "/api/v1/duidingssessies") or new_session(api, knelpunt)
    return [
        ("start", "/", "/api/v1/stuurinformatie"),
        ("signalen/nieuw", "/signalen/nieuw", "/api/v1/openapi.json"),
        ("signalen", "/signalen", "/api/v1/signalen"),
        ("signalen?zoek", "/signalen?zoek=toeslag", "/api/v1/signalen?zoek=toeslag"),
        (
            "signalen/{id}",
            f"/signalen/{signaal}",
            f"/api/v1/signalen/{signaal} + /api/v1/signalen/{signaal}/historie",
        ),
        ("hartslag", "/hartslag", "/api/v1/stuurinformatie"),
        ("patronen", "/patronen", "/api/v1/patronen"),
        ("patronen/{id}", f"/patronen/{patroon}", f"/api/v1/patronen/{patroon}/signalen"),
        ("knelpunten", "/knelpunten", "/api/v1/knelpunten"),
        (
            "knelpunten/{id}",
            f"/knelpunten/{knelpunt}",
            f"/api/v1/knelpunten/{knelpunt} + /api/v1/knelpunten/{knelpunt}/historie",
        ),
        ("duidingssessies", "/duidingssessies", "/api/v1/duidingssessies"),
        (
            "duidingssessies/{id}",
            f"/duidingssessies/{sessie}",
            f"/api/v1/duidingssessies/{sessie}/agenda + /api/v1/knelpunten"
            f" + /api/v1/duidingssessies/{sessie}/historie",
        ),
        ("agenda", "/agenda", "/api/v1/agenderingsmomenten"),
        ("import", "/import", "/health/ready"),
        ("beheer", "/beheer", "/api/v1/opschalingsroute"),
        ("netwerkbeeld", "/netwerkbeeld", "/api/v1/netwerkbeeld"),
        ("uitwisseling", "/uitwisseling", "/api/v1/uitwisseling/gegevensstromen"),
        ("status (form)", "/status", "/health"),
        ("status (lookup)", f"POST /status {statuscode}", f"/api/v1/status/{statuscode}"),
        (
            "jullie-zeiden-wij-deden",
            "/jullie-zeiden-wij-deden/BD",
            "/api/v1/organisaties/BD/jullie-zeiden-wij-deden",
        ),
        ("toegankelijkheid", "/toegankelijkheid", "/health"),
    ]


def timed(client: httpx.Client, pad: str) -> tuple[float, int]:
    """Milliseconds and status of one page; ``POST /status CODE`` sends the lookup form
    (its CSRF token read once from the form, as a browser would); ``A + B`` are the API
    calls a client makes for the data one page shows, one after the other."""
    if " + " in pad:
        delen = [timed(client, deel) for deel in pad.split(" + ")]
        return sum(ms for ms, _ in delen), max(status for _, status in delen)
    if pad.startswith("POST /status "):
        if not hasattr(client, "_csrf"):
            gevonden = re.search(r'name="csrf" value="([^"]+)"', client.get("/status").text)
            client._csrf = gevonden.group(1) if gevonden else ""  # type: ignore[attr-defined]
        formulier = {"csrf": client._csrf, "statuscode": pad.split()[-1]}  # type: ignore[attr-defined]
        begin = time.perf_counter()
        antwoord = client.post("/status", data=formulier)
    else:
        begin = time.perf_counter()
        antwoord = client.get(pad)
    return (time.perf_counter() - begin) * 1000, antwoord.status_code


def pct(waarden: list[float], p: float) -> float:
    return statistics.quantiles(waarden, n=100, method="inclusive")[int(p) - 1]


def measure(
    web: httpx.Client, api: httpx.Client, pagina: str, apipad: str, n: int
) -> dict[str, object]:
    for _ in range(3):
        timed(web, pagina)
        timed(api, apipad)
    p, a = [], []
    status = 200
    for _ in range(n):
        ms, status = timed(web, pagina)
        p.append(ms)
        a.append(timed(api, apipad)[0])
    return {
        "status": status,
        "p50": statistics.median(p),
        "p95": pct(p, 95),
        "a50": statistics.median(a),
        "a95": pct(a, 95),
    }


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=40)
    parser.add_argument("--fresh", action="store_true")
    args = parser.parse_args()
    db = prepare(args.fresh)
    port = free_port()
    proces = serve(db, port)
    basis = f"http://127.0.0.1:{port}"
    try:
        with (
            httpx.Client(base_url=basis, timeout=30) as web,
            httpx.Client(
                base_url=basis, timeout=30, headers={"Authorization": f"Bearer {token(db)}"}
            ) as api,
        ):
            log_in(web)
            print(
                f"{'page':<26}{'p50 ms':>8}{'p95 ms':>8}   {'API p50':>8}{'API p95':>8}"
                f"{'x API':>7}   met"
            )
            for naam, pagina, apipad in pairs(api):
                r = measure(web, api, pagina, apipad, args.requests)
                if r["status"] != 200:
                    print(f"{naam:<26}  HTTP {r['status']}: page missing or failing")
                    continue
                ratio = float(r["p50"]) / max(float(r["a50"]), 0.001)  # type: ignore[arg-type]
                gehaald = float(r["p95"]) < 300 and ratio <= 3  # type: ignore[arg-type]
                print(
                    f"{naam:<26}{r['p50']:>8.1f}{r['p95']:>8.1f}   {r['a50']:>8.1f}"
                    f"{r['a95']:>8.1f}{ratio:>7.1f}   {'yes' if gehaald else 'NO'}"
                )
    finally:
        proces.terminate()
        proces.wait(10)
    return 0


if __name__ == "__main__":
    sys.exit(main())
