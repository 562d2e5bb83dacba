# SPDX-License-Identifier: EUPL-1.2
from __future__ import annotations

from sqlalchemy import Engine, text

from hartslag.adapters.opslag import tabellen as t
from hartslag.services.context import Context
from tests.adapters.cli.conftest import Cli
from tests.services.test_auditketen import _drop_triggers


def test_audit_verify_reports_a_whole_trail(cli: Cli) -> None:
    uitkomst = cli("audit", "verify")
    assert uitkomst.exit_code == 0, uitkomst.output
    assert "Audittrail heel: 2 records in" in uitkomst.output


def test_audit_verify_names_the_first_broken_record(cli: Cli, engine: Engine, ctx: Context) -> None:
    cli("organisation", "settings", "UWV", "--keep-originals")
    with engine.connect() as c:
        laatste = c.execute(text("SELECT max(id) FROM gebeurtenis")).scalar_one()
    _drop_triggers(engine)
    with engine.begin() as c:
        c.execute(t.gebeurtenis.update().where(t.gebeurtenis.c.id == laatste).values(reden="niets"))
    uitkomst = cli("audit", "verify", "--organisation", "UWV")
    assert uitkomst.exit_code == 1
    assert (
        f"GEBROKEN UWV: record {laatste}: de inhoud van dit record is gewijzigd" in uitkomst.output
    )


def test_audit_still_lists_the_trail(cli: Cli) -> None:
    assert "organisatie.aangemaakt" in cli("audit", "--organisation", "UWV").output
