# SPDX-License-Identifier: EUPL-1.2
"""``hartslag organisation``, ``token`` and configuration errors."""

from __future__ import annotations

from typer.testing import CliRunner

from hartslag.adapters.cli.main import app
from hartslag.services.beheer import authenticate, hash_token
from hartslag.services.context import Context
from tests.adapters.cli.conftest import Cli


def test_token_is_printed_once_and_stored_hashed(cli: Cli, ctx: Context) -> None:
    result = cli("token", "create", "--organisation", "UWV", "--role", "analist")
    token = result.output.strip()
    assert result.exit_code == 0 and token.startswith("hs_")
    actor = authenticate(ctx, token)
    assert (actor.organisatie, actor.rol.value) == ("UWV", "analist")
    with ctx.uow(schrijven=False) as uow:
        conn = uow.connection  # type: ignore[attr-defined]
        opgeslagen = conn.exec_driver_sql("SELECT token_hash FROM apitoken").scalars().all()
    assert opgeslagen == [hash_token(token)] and token not in opgeslagen


def test_unknown_role_and_duplicate_organisation_are_refused(cli: Cli) -> None:
    result = cli("token", "create", "--organisation", "UWV", "--role", "koning")
    assert result.exit_code == 2 and "analist" in result.output
    result = cli("organisation", "create", "UWV", "--name", "Nogmaals")
    assert result.exit_code == 1 and "bestaat al" in result.output
    result = cli("organisation", "create", "kleine letters", "--name", "X")
    assert result.exit_code == 2 and "hoofdletters" in result.output
    assert "GEM-UTR" in cli("organisation", "list").output


def test_placeholder_secret_is_refused_outside_demo_mode() -> None:
    result = CliRunner().invoke(
        app, ["organisation", "list"], env={"HARTSLAG_SECRET_KEY": "", "HARTSLAG_DEMO": "false"}
    )
    assert result.exit_code == 2 and "HARTSLAG_SECRET_KEY" in result.output
