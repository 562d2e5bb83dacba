# SPDX-License-Identifier: EUPL-1.2
"""Engine creation and schema migration for SQLite and PostgreSQL."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event, text

from hartslag.adapters.opslag import zoekwoorden

if TYPE_CHECKING:  # Alembic (~10 MB) is imported where a migration is read: not in a worker
    from alembic.config import Config

MIGRATIES = Path(__file__).parent / "migraties"
SQLITE_CACHE_KIB = 64 * 1024
SQLITE_BUSY_MS = 10_000  # how long a writer waits for the write lock


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    # NORMAL: a commit writes its frames to the write-ahead log without waiting for the
    # disk. What a write unit committed is made durable right after, outside the write
    # lock, by `WalSync` (one fsync of the log): a signal that got its 201 survives a
    # power cut, as with FULL, but the next writer need not wait for the disk (issue 12).
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_MS}")
    # Up to 64 MiB of pages (SQLite's default is 2 MiB), taken only as used: a bulk
    # import inserts into six indexes, two in random order (the UUID, the content hash),
    # which with the default cache re-reads their pages (docs/benchmarks.md).
    cursor.execute(f"PRAGMA cache_size=-{SQLITE_CACHE_KIB}")
    cursor.close()
    zoekwoorden.register(dbapi_connection)


class WalSync:
    """Makes what was committed to a SQLite database durable: one fsync of its
    write-ahead log (``<database>-wal``), called after the commit and before the caller
    answers. With ``synchronous=NORMAL`` SQLite writes a commit's frames to the log but
    does not wait for the disk; with this after every committed write unit, a commit is as
    durable as with ``synchronous=FULL``, but the fsync happens after the write lock is
    given back, so the next writer goes on meanwhile and concurrent writers' fsyncs are
    combined by the file system (group commit). SQLite itself syncs the log before every
    checkpoint and the database after it, so nothing committed depends on this file alone
    once it is gone."""

    def __init__(self, database: str) -> None:
        self.pad = f"{database}-wal"
        self.aantal = 0  # fsyncs done (what the tests look at)

    def sync(self) -> None:
        try:
            fd = os.open(self.pad, os.O_RDONLY)
        except FileNotFoundError:  # checkpointed into the database (synced) and removed
            return
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        self.aantal += 1


def wal_sync(engine: Engine) -> WalSync | None:
    """The log to sync after a commit on ``engine``: SQLite files only."""
    database = engine.url.database
    if engine.dialect.name != "sqlite" or not database or database == ":memory:":
        return None
    if database.startswith("file:"):
        return None  # URI filenames (in-memory test databases): no log file of their own
    return WalSync(database)


def _sqlite_begin(connection: Any) -> None:
    immediate = connection.get_execution_options().get("schrijven", False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def make_engine(url: str, **kwargs: Any) -> Engine:
    """An engine with Hartslag's connection settings (WAL and foreign keys on SQLite)."""
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url.removeprefix("postgresql://")
    if url.startswith("sqlite"):
        # The driver's own transaction handling is switched off so that we can begin write
        # transactions with BEGIN IMMEDIATE: they take the write lock up front and wait for
        # it (busy_timeout), instead of failing when a read upgrades to a write.
        engine = create_engine(
            url, connect_args={"check_same_thread": False, "isolation_level": None}, **kwargs
        )
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    return create_engine(url, pool_pre_ping=True, **kwargs)


def _alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIES))
    return config


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the schema to ``revision`` (the newest by default)."""
    from alembic import command

    config = _alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
    _sync(engine)
    _forget_remembered(engine)


def downgrade(engine: Engine, revision: str) -> None:
    from alembic import command

    config = _alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, revision)
    _sync(engine)
    _forget_remembered(engine)


def _sync(engine: Engine) -> None:
    log = wal_sync(engine)
    if log is not None:
        log.sync()


def _forget_remembered(engine: Engine) -> None:
    from hartslag.adapters.opslag.signalen_sql import forget_year_offsets  # late: no cycle

    forget_year_offsets(engine)


def is_current(engine: Engine) -> bool:
    """Whether the database is migrated to the newest revision."""
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision() == head


PROBE_SECONDS = 2.0


def check_writable(engine: Engine, timeout: float = PROBE_SECONDS) -> None:
    """Raise unless the database takes a write within ``timeout`` seconds: on SQLite the
    write lock (``BEGIN IMMEDIATE``), on PostgreSQL a transaction that is not read-only on a
    server that is not a standby. Nothing is written; the transaction is rolled back."""
    with engine.connect() as connection:
        if connection.dialect.name == "sqlite":
            driver = connection.connection.driver_connection  # outside any transaction
            assert driver is not None
            driver.execute(f"PRAGMA busy_timeout={int(timeout * 1000)}")
            try:
                with connection.execution_options(schrijven=True).begin():
                    pass  # BEGIN IMMEDIATE took the write lock; rolled back unused
            finally:
                driver.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_MS}")
            return
        with connection.begin() as transaction:
            connection.exec_driver_sql(f"SET LOCAL statement_timeout = {int(timeout * 1000)}")
            schrijfbaar = connection.exec_driver_sql(
                "SELECT current_setting('transaction_read_only') = 'off' "
                "AND NOT pg_is_in_recovery()"
            ).scalar()
            transaction.rollback()
        if not schrijfbaar:
            raise RuntimeError("de database is alleen-lezen")


def ping(engine: Engine) -> None:
    with engine.connect() as connection:
        connection.execute(text("SELECT 1"))
