# SPDX-License-Identifier: EUPL-1.2
from __future__ import annotations

import pytest
from sqlalchemy import Engine, select

from hartslag.adapters.opslag import tabellen as t
from hartslag.domein.fouten import (
    AccountGeblokkeerd,
    Conflict,
    NietGeauthenticeerd,
    OngeldigeInvoer,
)
from hartslag.domein.vocabulaire import Rol
from hartslag.services import accounts
from hartslag.services.context import Context
from tests.conftest import FixedClock

WACHTWOORD = "paard batterij nietje"


@pytest.fixture
def analist(ctx: Context, organisaties: dict[str, int]) -> accounts.Gebruiker:
    return accounts.create_account(ctx, "UWV", "A.Jansen@UWV.example.com", Rol.ANALIST, WACHTWOORD)


def test_account_gets_a_role_name_and_a_normalised_address(analist: accounts.Gebruiker) -> None:
    assert analist.naam == "analist-1"
    assert analist.email == "a.jansen@uwv.example.com"
    assert analist.wachtwoord_hash.startswith("$argon2id$")


def test_second_account_with_the_same_address_is_a_conflict(
    ctx: Context, analist: accounts.Gebruiker
) -> None:
    with pytest.raises(Conflict):
        accounts.create_account(
            ctx, "GEM-UTR", "a.jansen@uwv.example.com", Rol.BEHEERDER, WACHTWOORD
        )


@pytest.mark.parametrize(
    ("email", "wachtwoord"), [("geen-adres", WACHTWOORD), ("b@uwv.example.com", "kort")]
)
def test_bad_address_or_short_password_is_refused(
    ctx: Context, organisaties: dict[str, int], email: str, wachtwoord: str
) -> None:
    with pytest.raises(OngeldigeInvoer):
        accounts.create_account(ctx, "UWV", email, Rol.ANALIST, wachtwoord)


def test_login_opens_a_session_that_names_the_actor(
    ctx: Context, analist: accounts.Gebruiker
) -> None:
    sessie = accounts.log_in(ctx, " A.JANSEN@uwv.example.com ", WACHTWOORD)
    gebruiker = accounts.session_user(ctx, sessie.token)
    assert gebruiker is not None
    assert gebruiker.actor.label == "analist-1@UWV"
    assert gebruiker.actor.rol is Rol.ANALIST


def test_session_is_stored_only_as_a_hash(
    ctx: Context, engine: Engine, analist: accounts.Gebruiker
) -> None:
    sessie = accounts.log_in(ctx, analist.email, WACHTWOORD)
    with engine.connect() as c:
        opgeslagen = c.execute(select(t.websessie.c.id)).scalars().all()
    assert opgeslagen and sessie.token not in opgeslagen


def test_wrong_password_and_unknown_address_give_the_same_answer(
    ctx: Context, analist: accounts.Gebruiker
) -> None:
    with pytest.raises(NietGeauthenticeerd) as fout_wachtwoord:
        accounts.log_in(ctx, analist.email, "verkeerd wachtwoord!")
    with pytest.raises(NietGeauthenticeerd) as fout_adres:
        accounts.log_in(ctx, "niemand@uwv.example.com", WACHTWOORD)
    assert fout_wachtwoord.value.detail == fout_adres.value.detail


def test_account_locks_after_repeated_failures_and_unlocks_later(
    ctx: Context, clock: FixedClock, analist: accounts.Gebruiker
) -> None:
    for _ in range(ctx.inlog_max_pogingen):
        with pytest.raises(NietGeauthenticeerd):
            accounts.log_in(ctx, analist.email, "verkeerd wachtwoord!")
    with pytest.raises(AccountGeblokkeerd):
        accounts.log_in(ctx, analist.email, WACHTWOORD)  # even the right password
    clock.advance(minutes=ctx.blokkeer_minuten + 1)
    assert accounts.log_in(ctx, analist.email, WACHTWOORD).token


def test_a_success_resets_the_failure_count(ctx: Context, analist: accounts.Gebruiker) -> None:
    for _ in range(ctx.inlog_max_pogingen - 1):
        with pytest.raises(NietGeauthenticeerd):
            accounts.log_in(ctx, analist.email, "verkeerd wachtwoord!")
    accounts.log_in(ctx, analist.email, WACHTWOORD)
    with pytest.raises(NietGeauthenticeerd):
        accounts.log_in(ctx, analist.email, "verkeerd wachtwoord!")
    assert accounts.log_in(ctx, analist.email, WACHTWOORD).token


def test_session_expires(ctx: Context, clock: FixedClock, analist: accounts.Gebruiker) -> None:
    sessie = accounts.log_in(ctx, analist.email, WACHTWOORD)
    clock.advance(hours=ctx.sessie_uren, seconds=1)
    assert accounts.session_user(ctx, sessie.token) is None


def test_disabling_ends_sessions_and_refuses_login(
    ctx: Context, analist: accounts.Gebruiker
) -> None:
    sessie = accounts.log_in(ctx, analist.email, WACHTWOORD)
    accounts.disable_account(ctx, "UWV", analist.email)
    assert accounts.session_user(ctx, sessie.token) is None
    with pytest.raises(NietGeauthenticeerd):
        accounts.log_in(ctx, analist.email, WACHTWOORD)


def test_logout_ends_the_session(ctx: Context, analist: accounts.Gebruiker) -> None:
    sessie = accounts.log_in(ctx, analist.email, WACHTWOORD)
    accounts.log_out(ctx, sessie.token)
    assert accounts.session_user(ctx, sessie.token) is None


def test_audit_trail_records_account_events_without_the_address(
    ctx: Context, engine: Engine, analist: accounts.Gebruiker
) -> None:
    accounts.log_in(ctx, analist.email, WACHTWOORD)
    for _ in range(ctx.inlog_max_pogingen):
        with pytest.raises(NietGeauthenticeerd):
            accounts.log_in(ctx, analist.email, "verkeerd wachtwoord!")
    with engine.connect() as c:
        rijen = c.execute(select(t.gebeurtenis)).mappings().all()
    acties = [r["actie"] for r in rijen]
    assert {"account.aangemaakt", "account.ingelogd", "account.geblokkeerd"} <= set(acties)
    assert "jansen" not in repr([dict(r) for r in rijen]).lower()
