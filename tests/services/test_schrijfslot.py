# SPDX-License-Identifier: EUPL-1.2
"""Issue 12: after a fuzz run SQLite refused every write for minutes ("database is locked
[BEGIN IMMEDIATE]") while reads and readiness said all was well. The cause: registering
a signal pseudonymised its text inside the write transaction, and on SQLite that holds
the database's only write lock; a long text (pseudonymising 600 kB of words takes
minutes) kept every other writer out, each failing after the busy timeout. The
pseudonymisation now runs before the write transaction."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import Engine

from hartslag.adapters.opslag.database import check_writable
from hartslag.services import registratie
from hartslag.services.context import Context
from tests.services.persoonsgegevens import beheerder, register


def test_pseudonymising_a_new_signal_does_not_hold_the_write_lock(
    ctx: Context, engine: Engine, organisaties: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    tijdens: list[str] = []
    echt = registratie.protect

    def observed(*args: Any, **kwargs: Any) -> Any:
        try:
            check_writable(engine, timeout=0.2)  # another writer, while this one works
            tijdens.append("schrijfbaar")
        except Exception as exc:
            tijdens.append(type(exc).__name__)
        return echt(*args, **kwargs)

    monkeypatch.setattr(registratie, "protect", observed)
    register(ctx, beheerder(organisaties["UWV"]), externeReferentie="X-1", melderId="123456782")
    assert tijdens == ["schrijfbaar"]
