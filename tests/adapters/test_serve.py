# SPDX-License-Identifier: EUPL-1.2
"""What `hartslag serve` wires (`bootstrap`): worker processes built by an app factory,
each with its own context and follow-up bus, and the scheduler apart from them."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from hartslag.adapters.opslag.database import make_engine, upgrade
from hartslag.bootstrap import planner, server_app, worker_count
from hartslag.config import Settings
from hartslag.services.context import Context


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


def test_the_scheduler_is_built_apart_from_the_workers(settings: Settings) -> None:
    p = planner(settings.model_copy(update={"scheduler_interval_seconds": 0}))
    p.start()  # interval 0: it does not run
    p.stop()
    assert p.ctx.bus is not None


LEAN = ("numpy", "scipy", "sklearn", "pyarrow", "openpyxl", "alembic")


def test_a_worker_serves_pages_and_the_api_without_the_analysis_libraries(
    tmp_path: Path,
) -> None:
    """A web worker stays small: the analysis and file libraries are loaded only where
    they are used (the planner's placing child, the CLI), not to serve requests."""
    db = f"sqlite:///{tmp_path / 'lean.db'}"
    env = {**os.environ, "HARTSLAG_DEMO": "true", "HARTSLAG_DATABASE_URL": db}
    upgrade(make_engine(db))
    script = (
        "import sys, warnings\n"
        "warnings.simplefilter('ignore')\n"
        "from starlette.testclient import TestClient\n"
        "from hartslag.bootstrap import server_app\n"
        "client = TestClient(server_app())\n"
        "assert client.get('/health').status_code == 200\n"
        "assert client.get('/inloggen').status_code == 200\n"
        "assert client.get('/api/v1/signalen').status_code == 401\n"
        f"print(','.join(m for m in {LEAN!r} if m in sys.modules))\n"
    )
    uit = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120
    )
    assert uit.returncode == 0, uit.stderr
    assert uit.stdout.strip() == ""
