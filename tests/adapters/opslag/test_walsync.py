# SPDX-License-Identifier: EUPL-1.2
"""SQLite commits without waiting for the disk (``synchronous=NORMAL``) and every committed
write unit then syncs the write-ahead log, after its turn at the write lock and before the
caller goes on (`database.WalSync`): as durable as ``synchronous=FULL``, without the next
writer waiting for the disk (issue 12)."""

from __future__ import annotations

import fcntl
import os

import pytest
from sqlalchemy import Engine, create_engine, text

from hartslag.adapters.opslag.database import WalSync, make_engine, wal_sync
from hartslag.adapters.opslag.eenheid import SqlUnitOfWorkFactory


class TurnFreeAtSync(WalSync):
    """The real sync, noting whether the writers' turn was free when it ran."""

    def __init__(self, database: str) -> None:
        super().__init__(database)
        self.beurt_vrij: list[bool] = []

    def sync(self) -> None:
        fd = os.open(f"{self.pad.removesuffix('-wal')}-schrijfbeurt", os.O_RDWR | os.O_CREAT)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            fcntl.flock(fd, fcntl.LOCK_UN)
            self.beurt_vrij.append(True)
        except BlockingIOError:
            self.beurt_vrij.append(False)
        finally:
            os.close(fd)
        super().sync()


@pytest.fixture
def sqlite_engine(engine: Engine) -> Engine:
    if engine.dialect.name != "sqlite":
        pytest.skip("PostgreSQL makes its own commits durable")
    return engine


def _schrijf(factory: SqlUnitOfWorkFactory, commit: bool) -> None:
    with factory() as uow:
        uow.connection.execute(text("CREATE TABLE IF NOT EXISTS proef (x INTEGER)"))
        uow.connection.execute(text("INSERT INTO proef VALUES (1)"))
        if commit:
            uow.commit()


def test_a_committed_write_unit_syncs_the_log_after_its_turn(sqlite_engine: Engine) -> None:
    database = sqlite_engine.url.database
    assert database
    factory = SqlUnitOfWorkFactory(sqlite_engine)
    assert isinstance(factory.wal, WalSync)
    assert factory.wal.pad == f"{database}-wal"
    factory.wal = spion = TurnFreeAtSync(database)

    _schrijf(factory, commit=True)
    assert spion.aantal == 1  # the log existed and was synced
    assert spion.beurt_vrij == [True]  # after the turn was given back

    _schrijf(factory, commit=False)  # rolled back: nothing to make durable
    with factory(schrijven=False) as uow:
        assert uow.connection.execute(text("SELECT count(*) FROM proef")).scalar_one() == 1
    assert spion.aantal == 1

    with factory() as uow:  # a nested write unit commits and syncs on its own
        uow.connection.execute(text("INSERT INTO proef VALUES (2)"))
        uow.commit()
        _schrijf(factory, commit=True)
    assert spion.aantal == 3


def test_sqlite_commits_without_waiting_for_the_disk(sqlite_engine: Engine) -> None:
    with sqlite_engine.connect() as c:
        assert c.execute(text("PRAGMA journal_mode")).scalar_one() == "wal"
        assert c.execute(text("PRAGMA synchronous")).scalar_one() == 1  # NORMAL


def test_a_log_that_is_gone_needs_no_sync(tmp_path: os.PathLike[str]) -> None:
    wal = WalSync(os.path.join(tmp_path, "weg.db"))
    wal.sync()  # no log file: checkpointed into the database and removed
    assert wal.aantal == 0


def test_only_sqlite_files_have_a_log_to_sync() -> None:
    assert wal_sync(make_engine("sqlite:///:memory:")) is None
    assert wal_sync(create_engine("postgresql+psycopg://postgres@127.0.0.1:5432/x")) is None
    assert isinstance(wal_sync(make_engine("sqlite:////tmp/hartslag-x.db")), WalSync)
