# SPDX-License-Identifier: EUPL-1.2
"""Reference numbers: unique within their year under concurrent intake, with no row that
every insert must lock (PostgreSQL), and continuing where a database migrated from the
counter row stopped."""

from __future__ import annotations

import multiprocessing
import threading

import pytest
from sqlalchemy import Engine, event, insert, text

from hartslag.adapters.opslag.database import downgrade, upgrade
from hartslag.adapters.opslag.eenheid import SqlUnitOfWorkFactory
from hartslag.adapters.opslag.signalen_sql import BLOK
from hartslag.adapters.opslag.tabellen import referentieteller
from hartslag.domein.signaal import referentie_voor
from hartslag.services.context import Context
from tests.services.persoonsgegevens import beheerder, register


def _take(engine: Engine, jaar: int, aantal: int) -> list[int]:
    with SqlUnitOfWorkFactory(engine)() as uow:
        nummers = list(uow.signalen.next_references(jaar, aantal))
        uow.commit()
    return nummers


def test_concurrent_writers_get_unique_numbers_per_year_starting_at_one(engine: Engine) -> None:
    gevonden: list[int] = []
    fouten: list[BaseException] = []

    def schrijver() -> None:
        try:
            for aantal in (1, 3, 1, 5):
                gevonden.extend(_take(engine, 2026, aantal))
        except BaseException as exc:  # pragma: no cover - reported below
            fouten.append(exc)

    draden = [threading.Thread(target=schrijver) for _ in range(6)]
    for d in draden:
        d.start()
    for d in draden:
        d.join()
    assert fouten == []
    assert len(gevonden) == len(set(gevonden)) == 60 and min(gevonden) >= 1
    assert _take(engine, 2027, 1) == [1]  # a new year starts again at one
    assert referentie_voor(2027, 1) == "HS-2027-000001"


def test_no_writer_waits_for_another_ones_number(engine: Engine) -> None:
    """PostgreSQL: while one transaction holds its number uncommitted, another gets the
    next one at once (the old counter row made it wait for the first to commit)."""
    if engine.dialect.name != "postgresql":
        pytest.skip("SQLite lets one writer in at a time by design")
    _take(engine, 2026, 1)  # the year's offset exists
    factory = SqlUnitOfWorkFactory(engine)
    with factory() as eerste:
        (a,) = eerste.signalen.next_references(2026, 1)
        with factory() as tweede:
            tweede.connection.exec_driver_sql("SET LOCAL lock_timeout = '1s'")
            (b,) = tweede.signalen.next_references(2026, 1)
            tweede.commit()
        eerste.commit()
    assert b == a + 1


def test_an_offset_written_by_a_transaction_that_rolled_back_is_not_remembered(
    engine: Engine,
) -> None:
    """PostgreSQL remembers a year's committed offset per engine: one this transaction
    wrote itself, and then rolled back, must not be, or the next year's first numbers
    would start past one (or collide with another process's)."""
    factory = SqlUnitOfWorkFactory(engine)
    with factory() as uow:
        uow.signalen.next_references(2031, 1)  # writes the offset
        uow.signalen.next_references(2031, 1)  # reads it back, uncommitted
        # no commit: rolled back
    assert _take(engine, 2031, 2) == [1, 2]
    assert _take(engine, 2031, 1) == [3]  # the committed offset, remembered or read


def test_numbering_continues_after_the_migration(
    engine: Engine, ctx: Context, organisaties: dict[str, int]
) -> None:
    downgrade(engine, "0007")
    with engine.begin() as c:
        c.execute(insert(referentieteller).values(jaar=2026, laatste=41))
    upgrade(engine)
    engine.dispose()  # PostgreSQL caches the plans of the old table shape per connection
    signaal_id = register(ctx, beheerder(organisaties["UWV"]))
    with ctx.uow(schrijven=False) as uow:
        s = uow.signalen.get(organisaties["UWV"], signaal_id)
    assert s is not None and s.referentie == "HS-2026-000042"
    assert min(_take(engine, 2026, 2)) > 42  # (PostgreSQL: past the process's stock)


def test_downgrade_keeps_every_number_handed_out(engine: Engine) -> None:
    _take(engine, 2026, 7)
    downgrade(engine, "0007")
    with engine.connect() as c:
        laatste = c.execute(text("SELECT laatste FROM referentieteller WHERE jaar = 2026")).scalar()
    assert laatste is not None and laatste >= 7
    upgrade(engine)
    assert min(_take(engine, 2026, 1)) > 7


def test_single_numbers_come_from_a_stock_drawn_a_block_at_a_time(engine: Engine) -> None:
    """PostgreSQL: one round trip to the sequence per ``BLOK`` single registrations."""
    if engine.dialect.name != "postgresql":
        pytest.skip("SQLite counts up the year's row")
    _take(engine, 2034, 1)
    getrokken: list[str] = []

    def noteer(*args: object) -> None:
        if "nextval" in str(args[2]):
            getrokken.append(str(args[2]))

    event.listen(engine, "before_cursor_execute", noteer)
    try:
        nummers = [n for _ in range(2 * BLOK) for n in _take(engine, 2034, 1)]
    finally:
        event.remove(engine, "before_cursor_execute", noteer)
    assert nummers == list(range(2, 2 * BLOK + 2))
    assert len(getrokken) == 2


def test_values_drawn_before_a_years_offset_are_no_numbers_of_that_year(engine: Engine) -> None:
    assert _take(engine, 2032, 1) == [1]  # PostgreSQL: leaves a stock drawn in 2032
    assert _take(engine, 2033, 2) == [1, 2]  # the new year's offset, drawn after the stock
    assert _take(engine, 2033, 1) == [3]


def _stocks_in_child() -> int:
    from hartslag.adapters.opslag import signalen_sql

    return len(signalen_sql._VOORRAAD)


def test_a_forked_child_does_not_inherit_the_stock(engine: Engine) -> None:
    """A forked process (the import's workers) handing out the parent's stock would give
    numbers the parent gives too."""
    if engine.dialect.name != "postgresql":
        pytest.skip("SQLite counts up the year's row")
    from hartslag.adapters.opslag import signalen_sql

    _take(engine, 2035, 1)
    assert len(signalen_sql._VOORRAAD) >= 1
    with multiprocessing.get_context("fork").Pool(1) as pool:
        assert pool.apply(_stocks_in_child) == 0
