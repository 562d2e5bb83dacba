# SPDX-License-Identifier: EUPL-1.2
"""Fresh, migrated databases for the benchmarks: SQLite in a temporary folder, or a new
PostgreSQL database (at HARTSLAG_BENCH_POSTGRES_URL, default the local server) that is
dropped afterwards."""

from __future__ import annotations

import os
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import create_engine, text

from hartslag.adapters.opslag.database import make_engine, upgrade

PG_URL = os.environ.get(
    "HARTSLAG_BENCH_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
)


@contextmanager
def fresh_database(kind: str) -> Iterator[str]:
    """The URL of a new database of `kind` (sqlite or postgresql), gone afterwards."""
    if kind == "sqlite":
        with tempfile.TemporaryDirectory() as tmp:
            url = f"sqlite:///{tmp}/bench.db"
            upgrade(make_engine(url))
            yield url
        return
    name = f"hartslag_bench_{uuid.uuid4().hex[:8]}"
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.execute(text(f'CREATE DATABASE "{name}"'))
    url = PG_URL.rsplit("/", 1)[0] + "/" + name
    try:
        engine = make_engine(url)
        upgrade(engine)
        engine.dispose()
        yield url
    finally:
        with admin.connect() as c:
            c.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def postgres_available() -> bool:
    try:
        with create_engine(PG_URL).connect() as c:
            c.execute(text("SELECT 1"))
        return True
    except Exception:
        return False
