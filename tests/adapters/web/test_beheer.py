# SPDX-License-Identifier: EUPL-1.2
"""/beheer in Chromium: accounts, themes, escalation route, privacy settings; /api/v1/docs."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

import httpx
from playwright.sync_api import Page, expect

from hartslag.domein.actor import Actor
from hartslag.domein.vocabulaire import Rol
from hartslag.services import accounts, opschaling, privacyinstellingen
from hartslag.services.context import Context
from tests.adapters.web.conftest import WACHTWOORD, screenshot, toegankelijk


def test_administrator_creates_an_account_that_can_log_in(
    ingelogd: Callable[[Rol], Page], ctx: Context
) -> None:
    page = ingelogd(Rol.BEHEERDER)
    page.get_by_role("link", name="Beheer").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Beheer")
    toegankelijk(page)
    screenshot(page, "beheer")
    page.fill("#nieuw-email", "nieuw@uwv.example.com")
    page.select_option("#nieuw-rol", "eigenaar")
    page.fill("#nieuw-wachtwoord", "nog een lang wachtwoord")
    page.get_by_role("button", name="Account aanmaken").click()
    expect(page.get_by_role("status")).to_have_text("Opgeslagen.")
    expect(page.get_by_role("row", name=re.compile("nieuw@uwv.example.com"))).to_contain_text(
        "eigenaar"
    )
    assert accounts.log_in(ctx, "nieuw@uwv.example.com", "nog een lang wachtwoord").token


def test_a_short_password_gets_the_form_again_with_the_reason(
    ingelogd: Callable[[Rol], Page],
) -> None:
    page = ingelogd(Rol.BEHEERDER)
    page.get_by_role("link", name="Beheer").click()
    page.fill("#nieuw-email", "kort@uwv.example.com")
    page.fill("#nieuw-wachtwoord", "kort")
    page.locator("#nieuw-wachtwoord").evaluate("e => e.removeAttribute('minlength')")
    page.get_by_role("button", name="Account aanmaken").click()
    expect(page.get_by_role("alert")).to_contain_text("minstens 12 tekens")
    expect(page.locator("#nieuw-email")).to_have_value("kort@uwv.example.com")


def test_disabling_an_account_ends_its_login(
    ingelogd: Callable[[Rol], Page], ctx: Context, webaccounts: dict[Rol, str]
) -> None:
    sessie = accounts.log_in(ctx, webaccounts[Rol.ANALIST], WACHTWOORD)
    page = ingelogd(Rol.BEHEERDER)
    page.get_by_role("link", name="Beheer").click()
    page.get_by_role("button", name=f"Uitschakelen {webaccounts[Rol.ANALIST]}").click()
    expect(page.get_by_role("row", name=re.compile(webaccounts[Rol.ANALIST]))).to_contain_text(
        "uitgeschakeld"
    )
    assert accounts.session_user(ctx, sessie.token) is None


def test_escalation_route_and_privacy_settings_are_saved(
    ingelogd: Callable[[Rol], Page], ctx: Context, organisaties: dict[str, int]
) -> None:
    page = ingelogd(Rol.BEHEERDER)
    beheerder = Actor(organisaties["UWV"], "UWV", Rol.BEHEERDER, "test")
    eerder = opschaling.get_route(ctx, beheerder)
    opschaling.set_route(ctx, beheerder, replace(eerder, streefdagen=45))  # set through the API
    page.get_by_role("link", name="Beheer").click()
    page.fill("input[name=niveau-0-dagen]", "7")
    page.fill("input[name=niveau-4-dagen]", "30")  # no longer the last level
    page.fill("input[name=niveau-5-naam]", "Tweede Kamer")
    page.fill("input[name=niveau-5-dagen]", "0")
    page.get_by_role("button", name="Route opslaan").click()
    expect(page.get_by_role("status")).to_have_text("Opgeslagen.")
    route = opschaling.get_route(ctx, beheerder)
    assert route.niveaus[0].dagen == 7 and route.niveaus[-1].naam == "Tweede Kamer"
    assert route.streefdagen == 45  # the page has no field for it and leaves it alone
    page.check("#originelen")
    page.fill("#contact_dagen", "180")
    page.get_by_role("button", name="Privacy-instellingen opslaan").click()
    expect(page.get_by_role("status")).to_have_text("Opgeslagen.")
    instellingen = privacyinstellingen.show_settings(ctx, "UWV")
    assert instellingen.originelen_bewaren and instellingen.contact_dagen == 180


def test_a_retention_period_out_of_range_is_refused_with_a_reason(
    ingelogd: Callable[[Rol], Page], ctx: Context
) -> None:
    page = ingelogd(Rol.BEHEERDER)
    page.get_by_role("link", name="Beheer").click()
    page.fill("#contact_dagen", "0")
    page.get_by_role("button", name="Privacy-instellingen opslaan").click()
    expect(page.locator("#fout-privacy")).to_contain_text("0 dagen kan niet")
    assert privacyinstellingen.show_settings(ctx, "UWV").contact_dagen != 0


def test_only_administrators_see_administration(
    ingelogd: Callable[[Rol], Page], site: str, webaccounts: dict[Rol, str]
) -> None:
    page = ingelogd(Rol.MANAGER)
    expect(page.get_by_role("link", name="Beheer")).to_have_count(0)
    page.goto(f"{site}/beheer")
    expect(page.get_by_role("heading", level=1)).to_have_text("Geen toegang")
    with httpx.Client(base_url=site) as client:
        client.cookies.update({c["name"]: c["value"] for c in page.context.cookies()})
        formulier = client.get("/").text
        csrf = re.search(r'name="csrf" value="([^"]+)"', formulier)
        assert csrf is not None
        antwoord = client.post(
            "/beheer/accounts",
            data={
                "csrf": csrf.group(1),
                "email": "x@uwv.example.com",
                "rol": "beheerder",
                "wachtwoord": "een lang wachtwoord",
            },
        )
    assert antwoord.status_code == 403


def test_api_reference_is_served_from_this_host(site: str, page: Page) -> None:
    fouten: list[str] = []
    page.on("console", lambda m: fouten.append(m.text) if m.type == "error" else None)
    hosts: set[str] = set()
    page.on("request", lambda r: hosts.add(r.url.split("/")[2]))
    page.goto(f"{site}/api/v1/docs")
    # The 1.7 MB bundle can take a while to parse on a busy machine.
    expect(page.locator(".swagger-ui .info .title")).to_contain_text("Hartslag API", timeout=60_000)
    expect(page.get_by_text("/api/v1/signalen").first).to_be_visible()
    assert hosts == {site.split("/")[2]}
    assert not [f for f in fouten if "Content Security Policy" in f], fouten
    screenshot(page, "api-docs")
