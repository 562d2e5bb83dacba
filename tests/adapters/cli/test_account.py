# SPDX-License-Identifier: EUPL-1.2
from __future__ import annotations

from hartslag.services import accounts
from hartslag.services.context import Context
from tests.adapters.cli.conftest import Cli


def test_account_create_reads_the_password_from_stdin_and_can_log_in(
    cli: Cli, ctx: Context
) -> None:
    uitkomst = cli(
        "account",
        "create",
        "--organisation",
        "UWV",
        "--email",
        "kcc@uwv.example.com",
        "--role",
        "frontlinie",
        "--password-stdin",
        input="een lang wachtwoord\n",
    )
    assert uitkomst.exit_code == 0, uitkomst.output
    assert "frontlinie-1" in uitkomst.output
    assert accounts.log_in(ctx, "kcc@uwv.example.com", "een lang wachtwoord").token


def test_account_create_refuses_an_unknown_role_and_a_short_password(cli: Cli) -> None:
    rol = cli(
        "account",
        "create",
        "--organisation",
        "UWV",
        "--email",
        "x@uwv.example.com",
        "--role",
        "baas",
        "--password-stdin",
        input="een lang wachtwoord\n",
    )
    kort = cli(
        "account",
        "create",
        "--organisation",
        "UWV",
        "--email",
        "x@uwv.example.com",
        "--role",
        "analist",
        "--password-stdin",
        input="kort\n",
    )
    assert rol.exit_code == 2 and "onbekende rol" in rol.output
    assert kort.exit_code == 2 and "minstens" in kort.output


def test_account_list_and_disable(cli: Cli, ctx: Context) -> None:
    cli(
        "account",
        "create",
        "--organisation",
        "UWV",
        "--email",
        "a@uwv.example.com",
        "--role",
        "analist",
        "--password-stdin",
        input="een lang wachtwoord\n",
    )
    lijst = cli("account", "list", "--organisation", "UWV")
    assert "a@uwv.example.com\tanalist-1\tanalist\tactief" in lijst.output
    uit = cli("account", "disable", "--organisation", "UWV", "--email", "a@uwv.example.com")
    assert uit.exit_code == 0
    assert "uitgeschakeld" in cli("account", "list", "--organisation", "UWV").output
    ander = cli("account", "disable", "--organisation", "GEM-UTR", "--email", "a@uwv.example.com")
    assert ander.exit_code == 1
