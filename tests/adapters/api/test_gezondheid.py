# SPDX-License-Identifier: EUPL-1.2
"""Readiness tells the truth: it fails (503 problem) while the database takes no write,
and is ready again once it does."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

import httpx
from sqlalchemy import Engine, create_engine, text

from tests.adapters.api.helpers import assert_problem


@contextmanager
def _no_writes(engine: Engine) -> Iterator[None]:
    """SQLite: another process holds the write lock. PostgreSQL: the database is read-only
    (as a standby or a full disk would make it)."""
    if engine.dialect.name == "sqlite":
        ander = sqlite3.connect(str(engine.url.database), isolation_level=None)
        ander.execute("BEGIN IMMEDIATE")
        try:
            yield
        finally:
            ander.execute("ROLLBACK")
            ander.close()
        return
    beheer = create_engine(engine.url.set(database="postgres"), isolation_level="AUTOCOMMIT")
    naam = engine.url.database
    with beheer.connect() as c:
        c.execute(text(f'ALTER DATABASE "{naam}" SET default_transaction_read_only = on'))
    engine.dispose()  # new connections are read-only
    try:
        yield
    finally:
        with beheer.connect() as c:
            c.execute(text(f'ALTER DATABASE "{naam}" RESET default_transaction_read_only'))
        beheer.dispose()
        engine.dispose()


def test_readiness_fails_while_the_database_takes_no_write(
    api: httpx.Client, engine: Engine
) -> None:
    assert api.get("/health/ready").status_code == 200
    with _no_writes(engine):
        r = api.get("/health/ready")
        body = assert_problem(r, 503, "niet-gereed")
        assert "wijzigingen" in body["detail"]
        assert api.get("/health").status_code == 200  # alive, only not ready
    assert api.get("/health/ready").status_code == 200
