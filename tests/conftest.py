# SPDX-License-Identifier: EUPL-1.2
"""Shared fixtures: every database test runs on SQLite and on PostgreSQL.

PostgreSQL is used when ``HARTSLAG_TEST_POSTGRES_URL`` names a server (``.ci/run`` and
``make test`` set it when one is reachable); each test gets a fresh database cloned from a
migrated template, and each SQLite test a copy of a migrated file. The API tests talk HTTP
over loopback to a real uvicorn server.
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
import uvicorn
from sqlalchemy import Engine, create_engine, text

from hartslag.adapters.api.app import create_app
from hartslag.adapters.opslag.database import make_engine, upgrade
from hartslag.bootstrap import bootstrap
from hartslag.config import Settings
from hartslag.domein.vocabulaire import Rol
from hartslag.services import beheer
from hartslag.services.context import Context

POSTGRES_URL = os.environ.get("HARTSLAG_TEST_POSTGRES_URL")
BACKENDS = ["sqlite", "postgresql"]


class FixedClock:
    """Time is the only thing the tests fake: it moves only when told to."""

    def __init__(self, now: datetime) -> None:
        self.current = now

    def now(self) -> datetime:
        return self.current

    def advance(self, **delta: float) -> None:
        self.current += timedelta(**delta)


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.db"
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine)
    engine.dispose()
    return path


def _admin_engine() -> Engine:
    assert POSTGRES_URL is not None
    return create_engine(POSTGRES_URL, isolation_level="AUTOCOMMIT")


def _pg_url(name: str) -> str:
    assert POSTGRES_URL is not None
    base = POSTGRES_URL.rsplit("/", 1)[0]
    return f"{base}/{name}"


@pytest.fixture(scope="session")
def postgres_template() -> Iterator[str]:
    if POSTGRES_URL is None:
        pytest.skip("PostgreSQL: set HARTSLAG_TEST_POSTGRES_URL to run these tests there too")
    name = f"hartslag_tpl_{uuid.uuid4().hex[:10]}"
    admin = _admin_engine()
    with admin.connect() as c:
        c.execute(text(f'CREATE DATABASE "{name}"'))
    engine = make_engine(_pg_url(name))
    upgrade(engine)
    engine.dispose()
    yield name
    with admin.connect() as c:
        c.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture(params=BACKENDS)
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A freshly migrated, empty database of each kind."""
    if request.param == "sqlite":
        template: Path = request.getfixturevalue("sqlite_template")
        shutil.copy(template, tmp_path / "hartslag.db")
        yield f"sqlite:///{tmp_path / 'hartslag.db'}"
        return
    template_name: str = request.getfixturevalue("postgres_template")
    name = f"hartslag_t_{uuid.uuid4().hex[:12]}"
    admin = _admin_engine()
    with admin.connect() as c:
        c.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{template_name}"'))
    yield _pg_url(name)
    with admin.connect() as c:
        c.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture
def settings(database_url: str) -> Settings:
    return Settings(
        database_url=database_url,
        secret_key="test-geheim-met-voldoende-lengte",  # type: ignore[arg-type]
        demo=False,
    )


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(datetime(2026, 3, 2, 9, 30, tzinfo=UTC))


@pytest.fixture
def engine(settings: Settings) -> Iterator[Engine]:
    engine = make_engine(settings.database_url)
    yield engine
    engine.dispose()


@pytest.fixture
def ctx(settings: Settings, engine: Engine, clock: FixedClock) -> Context:
    # Follow-up work (a new signal placed in its pattern) runs right after each commit, in
    # the same thread, so that tests see its result deterministically. `serve` runs it in a
    # background thread (tests/services/test_nawerk.py covers that path).
    return bootstrap(settings, engine=engine, clock=clock, follow_up_in_background=False)


@pytest.fixture
def organisaties(ctx: Context) -> dict[str, int]:
    return {
        "UWV": beheer.create_organisatie(
            ctx, "UWV", "Uitvoeringsinstituut Werknemersverzekeringen"
        ),
        "GEM-UTR": beheer.create_organisatie(ctx, "GEM-UTR", "Gemeente Utrecht"),
    }


class Server:
    """One uvicorn server on a loopback port per session; each test plugs in its context."""

    def __init__(self) -> None:
        self.app = create_app(None)  # type: ignore[arg-type]
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        config = uvicorn.Config(self.app, host="127.0.0.1", port=self.port, log_level="error")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def start(self) -> None:
        self.thread.start()
        deadline = time.monotonic() + 10
        while not self.server.started:
            if time.monotonic() > deadline:
                raise RuntimeError("test server did not start")
            time.sleep(0.01)
        # FastAPI builds each route's state on the first request that looks at it, inside
        # `warnings.catch_warnings`, which is not thread-safe: done later in the server's
        # thread while pytest (or another server) changes the warning filters, it can lose
        # the filters and turn a warning FastAPI meant to silence into a 500. A request
        # to a path no route has walks every route now, while the test waits for it.
        for pad in ("/api/v1/_opwarmen", "/_opwarmen"):
            httpx.get(f"http://127.0.0.1:{self.port}{pad}", timeout=30)

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(5)


@pytest.fixture(scope="session")
def server() -> Iterator[Server]:
    s = Server()
    s.start()
    yield s
    s.stop()


@pytest.fixture
def api(server: Server, ctx: Context) -> Iterator[httpx.Client]:
    server.app.state.context = ctx
    # Idle connections are dropped by the client before the server's keep-alive (5 s) ends
    # them: a request on a connection the server is just closing fails otherwise.
    vers = httpx.Limits(keepalive_expiry=2)
    with httpx.Client(
        base_url=f"http://127.0.0.1:{server.port}", timeout=10, limits=vers
    ) as client:
        yield client


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


@pytest.fixture
def tokens(ctx: Context, organisaties: dict[str, int]) -> dict[str, str]:
    """Tokens for UWV (every role) and one for the other organisation."""
    result = {rol.value: beheer.create_token(ctx, "UWV", rol) for rol in Rol}
    result["ander"] = beheer.create_token(ctx, "GEM-UTR", Rol.BEHEERDER)
    return result
