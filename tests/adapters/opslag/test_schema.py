# SPDX-License-Identifier: EUPL-1.2
"""The migrated schema: matches the table model, and the audit trail cannot be changed."""

from datetime import UTC, datetime

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, delete, insert, text, update
from sqlalchemy.exc import DBAPIError

from hartslag.adapters.opslag.database import downgrade, is_current, upgrade
from hartslag.adapters.opslag.tabellen import gebeurtenis, metadata


def _not_full_text(obj: object, name: str | None, type_: str, *_: object) -> bool:
    """Full-text objects are made by hand-written DDL, outside the table model."""
    return not (name or "").startswith(
        ("signaal_fts", "signaal_zoektekst", "zoekvector", "ix_signaal_zoekvector")
    )


def test_migrations_produce_exactly_the_table_model(engine: Engine) -> None:
    with engine.connect() as c:
        migration = MigrationContext.configure(c, opts={"include_object": _not_full_text})
        verschillen = compare_metadata(migration, metadata)
    assert verschillen == []
    assert is_current(engine)


def test_downgrade_and_upgrade_round_trip(engine: Engine) -> None:
    downgrade(engine, "base")
    assert not is_current(engine)
    upgrade(engine)
    assert is_current(engine)


def _event(engine: Engine) -> int:
    with engine.begin() as c:
        return int(
            c.execute(
                insert(gebeurtenis)
                .values(tijdstip=datetime.now(UTC), actor="test", actie="x", onderwerp_type="t")
                .returning(gebeurtenis.c.id)
            ).scalar_one()
        )


def test_database_refuses_to_update_an_audit_record(engine: Engine) -> None:
    event_id = _event(engine)
    with pytest.raises(DBAPIError, match="append-only"), engine.begin() as c:
        c.execute(update(gebeurtenis).where(gebeurtenis.c.id == event_id).values(actor="ander"))
    with engine.connect() as c:
        assert c.execute(text("SELECT actor FROM gebeurtenis")).scalar() == "test"


def test_database_refuses_to_delete_an_audit_record(engine: Engine) -> None:
    _event(engine)
    with pytest.raises(DBAPIError, match="append-only"), engine.begin() as c:
        c.execute(delete(gebeurtenis))
    with engine.connect() as c:
        assert c.execute(text("SELECT count(*) FROM gebeurtenis")).scalar() == 1
