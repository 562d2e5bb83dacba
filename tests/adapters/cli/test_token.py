# SPDX-License-Identifier: EUPL-1.2
"""API tokens: list, revoke, expiry and last use; revoked and expired tokens get 401."""

from __future__ import annotations

from datetime import datetime, timedelta

import httpx

from hartslag.domein.vocabulaire import Rol
from hartslag.services import beheer
from hartslag.services.context import Context
from tests.adapters.cli.conftest import Cli
from tests.conftest import FixedClock, bearer


def test_token_list_shows_tokens_without_the_token(cli: Cli) -> None:
    token = cli("token", "create", "--organisation", "UWV", "--role", "analist").output.strip()
    cli("token", "create", "--organisation", "UWV", "--role", "manager", "--expires-in-days", "30")
    lijst = cli("token", "list", "--organisation", "UWV").output
    assert "api-analist\tanalist" in lijst and "api-manager\tmanager" in lijst
    manager = next(r.split("\t") for r in lijst.splitlines() if "api-manager" in r)
    aangemaakt, verloopt = (datetime.strptime(manager[i], "%Y-%m-%d %H:%M") for i in (3, 4))
    assert verloopt - aangemaakt == timedelta(days=30)
    assert token not in lijst


def test_revoked_token_gets_a_clear_401(cli: Cli, api: httpx.Client, ctx: Context) -> None:
    token = beheer.create_token(ctx, "UWV", Rol.ANALIST)
    assert api.get("/api/v1/signalen", headers=bearer(token)).status_code == 200
    nummer = beheer.list_tokens(ctx, "UWV")[0].id
    uitkomst = cli("token", "revoke", str(nummer), "--organisation", "UWV")
    assert uitkomst.exit_code == 0, uitkomst.output
    antwoord = api.get("/api/v1/signalen", headers=bearer(token))
    assert antwoord.status_code == 401
    assert "Dit API-token is ingetrokken op " in antwoord.json()["detail"]  # the CLI's clock
    assert cli("token", "revoke", str(nummer), "--organisation", "UWV").exit_code == 1
    assert cli("token", "revoke", str(nummer), "--organisation", "GEM-UTR").exit_code == 1


def test_expired_token_gets_a_clear_401(
    api: httpx.Client, ctx: Context, clock: FixedClock, organisaties: dict[str, int]
) -> None:
    token = beheer.create_token(ctx, "UWV", Rol.ANALIST, geldig_dagen=7)
    assert api.get("/api/v1/signalen", headers=bearer(token)).status_code == 200
    clock.advance(days=7)
    antwoord = api.get("/api/v1/signalen", headers=bearer(token))
    assert antwoord.status_code == 401
    assert "verlopen op 2026-03-09" in antwoord.json()["detail"]


def test_last_use_is_recorded(
    api: httpx.Client, ctx: Context, clock: FixedClock, organisaties: dict[str, int]
) -> None:
    token = beheer.create_token(ctx, "UWV", Rol.ANALIST)
    assert beheer.list_tokens(ctx, "UWV")[0].laatst_gebruikt_op is None
    api.get("/api/v1/signalen", headers=bearer(token))
    assert beheer.list_tokens(ctx, "UWV")[0].laatst_gebruikt_op == clock.now()
    clock.advance(hours=1)
    api.get("/api/v1/signalen", headers=bearer(token))
    assert beheer.list_tokens(ctx, "UWV")[0].laatst_gebruikt_op == clock.now()


def test_the_intake_checks_its_token_in_its_own_call(
    cli: Cli, api: httpx.Client, ctx: Context
) -> None:
    """POST /signalen checks the token in the registration's own thread-pool call, not in a
    dependency: a revoked or unknown token still gets its 401 and stores nothing."""
    melder = beheer.create_token(ctx, "UWV", Rol.FRONTLINIE)
    lezer = beheer.create_token(ctx, "UWV", Rol.ANALIST)
    body = {"tekst": "Brief over de toeslag is onduidelijk.", "brontype": "klacht",
            "meldertype": "burger", "kanaal": "telefoon"}  # fmt: skip
    assert api.post("/api/v1/signalen", json=body, headers=bearer(melder)).status_code == 201
    nummer = next(t.id for t in beheer.list_tokens(ctx, "UWV") if t.rol is Rol.FRONTLINIE)
    assert cli("token", "revoke", str(nummer), "--organisation", "UWV").exit_code == 0
    ingetrokken = api.post("/api/v1/signalen", json=body, headers=bearer(melder))
    assert ingetrokken.status_code == 401
    assert "ingetrokken" in ingetrokken.json()["detail"]
    onbekend = api.post("/api/v1/signalen", json=body, headers=bearer("hs_onbekend"))
    assert onbekend.status_code == 401 and "onbekend" in onbekend.json()["detail"]
    lijst = api.get("/api/v1/signalen", headers=bearer(lezer)).json()
    assert lijst["totaal"] == 1
