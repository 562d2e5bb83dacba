# SPDX-License-Identifier: EUPL-1.2
"""What `hartslag serve` wires (`bootstrap`): worker processes built by an app factory,
each with its own context and follow-up bus, and the scheduler apart from them."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn

from hartslag.adapters.opslag.database import make_engine, upgrade
from hartslag.bootstrap import intake_threads, planner, server_app, worker_count
from hartslag.config import Settings
from hartslag.domein.vocabulaire import Rol
from hartslag.services import beheer
from hartslag.services.context import Context
from tests.conftest import bearer


def test_one_worker_per_core_unless_configured(settings: Settings) -> None:
    assert worker_count(settings) == (os.cpu_count() or 1)
    assert worker_count(settings.model_copy(update={"workers": 3})) == 3


def test_a_worker_builds_its_own_application_from_the_settings(
    settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HARTSLAG_DATABASE_URL", settings.database_url)
    monkeypatch.setenv("HARTSLAG_SECRET_KEY", settings.secret_key.get_secret_value())
    eerste, tweede = server_app(), server_app()
    ctx: Context = eerste.state.context
    assert ctx is not tweede.state.context and ctx.bus is not None
    with ctx.uow(schrijven=False) as uow:  # on the database the settings name
        assert uow.organisaties.all() == []
    assert "/health/ready" in eerste.openapi()["paths"]


def test_the_intake_takes_one_thread_on_sqlite_and_two_on_postgresql(settings: Settings) -> None:
    """One writer at a time on SQLite; on PostgreSQL one thread computes while the other
    waits for the database, and never more than ``HARTSLAG_THREADS``."""
    assert intake_threads(settings.model_copy(update={"threads": 4}), True) == 1
    assert intake_threads(settings.model_copy(update={"threads": 4}), False) == 2
    assert intake_threads(settings.model_copy(update={"threads": 1}), False) == 1


def test_a_worker_does_blocking_work_in_at_most_the_configured_threads(
    settings: Settings, monkeypatch: pytest.MonkeyPatch, ctx: Context, organisaties: dict[str, int]
) -> None:
    """Past ``HARTSLAG_THREADS`` concurrent requests wait on the event loop instead of
    contending for the GIL and the database in more threads (issue 12); the intake has
    threads of its own, so it is not held up by them."""
    token = beheer.create_token(ctx, "UWV", Rol.FRONTLINIE)
    monkeypatch.setenv("HARTSLAG_DATABASE_URL", settings.database_url)
    monkeypatch.setenv("HARTSLAG_SECRET_KEY", settings.secret_key.get_secret_value())
    monkeypatch.setenv("HARTSLAG_THREADS", "2")
    api = server_app()
    bezig, hoogste, slot = 0, 0, threading.Lock()
    loslaten = threading.Event()

    @api.get("/_test/bezet")
    def bezet() -> dict[str, int]:  # a plain function: FastAPI runs it in a thread
        nonlocal bezig, hoogste
        with slot:
            bezig += 1
            hoogste = max(hoogste, bezig)
        loslaten.wait(60)
        with slot:
            bezig -= 1
        return {}

    api.router.routes.insert(0, api.router.routes.pop())  # before the pages' catch-all
    aangekomen = 0

    async def geteld(scope: Any, receive: Any, send: Any) -> None:
        nonlocal aangekomen
        if scope["type"] == "http" and scope["path"] == "/_test/bezet":
            aangekomen += 1
        await api(scope, receive, send)

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        poort = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(geteld, port=poort, log_level="error"))
    draad = threading.Thread(target=server.run, daemon=True)
    draad.start()
    try:
        _wait_for(lambda: server.started)
        basis = f"http://127.0.0.1:{poort}"
        httpx.get(f"{basis}/_opwarmen", timeout=30)  # FastAPI builds its routes (conftest)
        antwoorden: list[int] = []
        vragers = [
            threading.Thread(
                target=lambda: antwoorden.append(
                    httpx.get(f"{basis}/_test/bezet", timeout=60).status_code
                )
            )
            for _ in range(5)
        ]
        for v in vragers:
            v.start()
        _wait_for(lambda: aangekomen == 5 and hoogste == 2)
        time.sleep(0.5)  # a third thread, were there one, would have started by now
        assert (hoogste, bezig) == (2, 2)  # two at work, three waiting their turn
        signaal = {"tekst": "Brief is onduidelijk.", "brontype": "klacht",
                   "meldertype": "burger", "kanaal": "telefoon"}  # fmt: skip
        intake = httpx.post(
            f"{basis}/api/v1/signalen", json=signaal, headers=bearer(token), timeout=30
        )
        assert intake.status_code == 201, intake.text  # while both threads are taken
        loslaten.set()
        for v in vragers:
            v.join(60)
        assert antwoorden == [200] * 5 and hoogste == 2 and bezig == 0
    finally:
        loslaten.set()
        server.should_exit = True
        draad.join(10)


def _wait_for(voorwaarde: Callable[[], bool], seconden: float = 30) -> None:
    einde = time.monotonic() + seconden
    while not voorwaarde():
        assert time.monotonic() < einde, "timed out"
        time.sleep(0.01)


def test_the_scheduler_is_built_apart_from_the_workers(settings: Settings) -> None:
    p = planner(settings.model_copy(update={"scheduler_interval_seconds": 0}))
    p.start()  # interval 0: it does not run
    p.stop()
    assert p.ctx.bus is not None


LEAN = ("numpy", "scipy", "sklearn", "pyarrow", "openpyxl", "alembic")


def run_worker_script(tmp_path: Path, regels: str) -> str:
    """Run ``regels`` in a fresh Python process (a worker starts from nothing) on a demo
    database of its own; what it printed."""
    db = f"sqlite:///{tmp_path / 'werker.db'}"
    env = {**os.environ, "HARTSLAG_DEMO": "true", "HARTSLAG_DATABASE_URL": db}
    upgrade(make_engine(db))
    script = (
        "import gc, sys, warnings\n"
        "warnings.simplefilter('ignore')\n"
        "from starlette.testclient import TestClient\n"
        "from hartslag.bootstrap import server_app\n"
    ) + regels
    uit = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120
    )
    assert uit.returncode == 0, uit.stderr
    return uit.stdout


def test_a_worker_serves_pages_and_the_api_without_the_analysis_libraries(
    tmp_path: Path,
) -> None:
    """A web worker stays small: the analysis and file libraries are loaded only where
    they are used (the planner's placing child, the CLI), not to serve requests."""
    uit = run_worker_script(
        tmp_path,
        "client = TestClient(server_app())\n"
        "assert client.get('/health').status_code == 200\n"
        "assert client.get('/inloggen').status_code == 200\n"
        "assert client.get('/api/v1/signalen').status_code == 401\n"
        f"print(','.join(m for m in {LEAN!r} if m in sys.modules))\n",
    )
    assert uit.strip() == ""


def test_a_started_worker_keeps_its_startup_objects_out_of_the_collectors_walks(
    tmp_path: Path,
) -> None:
    """A full garbage collection walks every tracked object: a started worker has moved
    what it built to start into the permanent generation, so such a walk is short."""
    uit = run_worker_script(
        tmp_path,
        "app = server_app()\n"
        "print(gc.get_freeze_count())\n"
        "with TestClient(app) as client:\n"
        "    assert client.get('/health').status_code == 200\n"
        "    print(gc.get_freeze_count(), len(gc.get_objects()))\n",
    )
    voor, (bevroren, gevolgd) = uit.split("\n")[0], uit.split("\n")[1].split()
    assert int(voor) == 0
    assert int(bevroren) > 50_000 > int(gevolgd)  # most of the objects, out of sight
