# SPDX-License-Identifier: EUPL-1.2
"""SQLite writers of every process take turns through a lock file next to the database
(`schrijfbeurt`): a writer waits for the turn and gets it as soon as it is free, instead
of sleeping in SQLite's busy handler while the lock stands free."""

from __future__ import annotations

import subprocess
import sys
import threading
import time

import pytest
from sqlalchemy import Engine, text

from hartslag.adapters.opslag import schrijfbeurt
from hartslag.adapters.opslag.eenheid import SqlUnitOfWorkFactory

HOUD_VAST = """
import sys, time
from hartslag.adapters.opslag.schrijfbeurt import Schrijfbeurt
beurt = Schrijfbeurt(sys.argv[1])
beurt.neem(5)
print("vast", flush=True)
time.sleep(float(sys.argv[2]))
beurt.geef()
"""


@pytest.fixture
def bestand(engine: Engine) -> str:
    if engine.dialect.name != "sqlite":
        pytest.skip("PostgreSQL has no single write lock")
    assert engine.url.database
    return engine.url.database


def test_another_process_waits_for_the_turn_and_gets_it_when_freed(bestand: str) -> None:
    houder = subprocess.Popen(
        [sys.executable, "-c", HOUD_VAST, bestand, "1.0"], stdout=subprocess.PIPE, text=True
    )
    try:
        assert houder.stdout is not None and houder.stdout.readline().strip() == "vast"
        beurt = schrijfbeurt.voor(bestand)
        assert beurt is not None
        with pytest.raises(TimeoutError, match="database is locked"):
            beurt.neem(0.1)
        start = time.monotonic()
        beurt.neem(10)  # the holder lets go after a second
        gewacht = time.monotonic() - start
        beurt.geef()
    finally:
        houder.wait(10)
    assert 0.3 < gewacht < 5


def test_a_write_unit_waits_for_the_turn_and_a_read_unit_does_not(
    engine: Engine, bestand: str
) -> None:
    factory = SqlUnitOfWorkFactory(engine)
    ander = schrijfbeurt.Schrijfbeurt(bestand)  # its own open file: a lock of its own
    ander.neem(1)
    geschreven = threading.Event()

    def schrijf() -> None:
        with factory() as uow:
            uow.connection.execute(text("SELECT 1"))
            uow.commit()
        geschreven.set()

    draad = threading.Thread(target=schrijf)
    draad.start()
    try:
        with factory(schrijven=False) as uow:  # reading needs no turn
            assert uow.connection.execute(text("SELECT 1")).scalar() == 1
        assert not geschreven.wait(0.3)  # the writer waits for the turn
    finally:
        ander.geef()
    assert geschreven.wait(5)
    draad.join()


def test_the_turn_is_given_back_after_a_write_unit_inside_a_read_unit(
    engine: Engine, bestand: str
) -> None:
    factory = SqlUnitOfWorkFactory(engine)
    with factory(schrijven=False) as buiten:  # a read unit around a write unit
        with factory() as binnen:
            binnen.commit()
        assert buiten.connection.execute(text("SELECT 1")).scalar() == 1
    ander = schrijfbeurt.Schrijfbeurt(bestand)
    ander.neem(0.5)  # free again: the factory gave its turn back
    ander.geef()


def test_an_in_memory_database_has_no_turn() -> None:
    assert schrijfbeurt.voor(":memory:") is None
    assert schrijfbeurt.voor("") is None
