# SPDX-License-Identifier: EUPL-1.2
"""The start page shows each role what needs it today, from data made through the
services: counts that link on, and the items behind them."""

from __future__ import annotations

import re

from playwright.sync_api import Page, expect

from hartslag.domein.vocabulaire import Rol
from hartslag.services.context import Context
from tests.adapters.web.conftest import WACHTWOORD, screenshot, toegankelijk
from tests.adapters.web.gegevens import analysed_corpus, dossiers
from tests.conftest import FixedClock


def log_in_as(page: Page, site: str, email: str) -> None:
    """A fresh session for another account (the previous one is forgotten)."""
    page.context.clear_cookies()
    page.goto(f"{site}/inloggen")
    page.fill("#email", email)
    page.fill("#wachtwoord", WACHTWOORD)
    page.click("button[type=submit]")
    expect(page).to_have_url(f"{site}/")


def tegel(page: Page, naam: str) -> str:
    return page.locator(f"#tegel-{naam} .hs-tegel__getal").inner_text()


def test_each_role_sees_what_needs_it_today(
    site: str,
    page: Page,
    webaccounts: dict[Rol, str],
    ctx: Context,
    clock: FixedClock,
) -> None:
    corpus = analysed_corpus(ctx)
    d = dossiers(ctx, clock)

    log_in_as(page, site, webaccounts[Rol.ANALIST])
    expect(page.get_by_role("heading", level=1)).to_have_text("Wat vandaag uw aandacht vraagt")
    assert tegel(page, "ongetriageerd") == str(corpus.uwv + 2)  # nothing triaged yet
    assert int(tegel(page, "waarschuwingen")) >= 1
    expect(page.locator("#waarschuwingen ~ ul .hs-lijst__item").first).to_contain_text("signalen")
    assert tegel(page, "concepten") == "1"
    expect(page.locator("#terugkoppeling ~ ul").first).to_contain_text("Lange wachttijd balie")
    expect(page.get_by_role("link", name="Signaal registreren")).to_be_visible()
    toegankelijk(page)
    screenshot(page, "start-analist")

    log_in_as(page, site, webaccounts[Rol.MANAGER])
    assert tegel(page, "vastgelopen") == "2"  # the two open dossiers, 20 days still
    vastgelopen = page.locator("#vastgelopen-tabel")
    expect(vastgelopen).to_contain_text("Late WW-betalingen")
    expect(vastgelopen.locator("tbody tr").first).to_contain_text("20")
    assert tegel(page, "besluiten") == "1"
    expect(page.locator("#besluiten ~ ul").first).to_contain_text(
        "Extra capaciteit voor de betaalstraat"
    )
    expect(page.get_by_role("link", name="Late WW-betalingen").first).to_have_attribute(
        "href", f"/knelpunten/{d.eigen}"
    )
    toegankelijk(page)
    screenshot(page, "start-manager")

    log_in_as(page, site, webaccounts[Rol.EIGENAAR])
    assert tegel(page, "eigen-knelpunten") == "1"
    expect(page.locator("#eigen-tabel")).to_contain_text("Team WW")
    expect(page.locator("#tegel-vastgelopen")).to_have_count(0)  # the manager's part
    toegankelijk(page)
    screenshot(page, "start-eigenaar")

    log_in_as(page, site, webaccounts[Rol.FRONTLINIE])
    assert tegel(page, "signalen") == str(corpus.uwv + 2)
    expect(page.locator("#recent ~ div table tbody tr")).to_have_count(5)
    expect(page.locator("#notificaties ~ ul").first).to_contain_text("nieuwe eigenaar")
    for andermans in ("ongetriageerd", "waarschuwingen", "concepten", "vastgelopen"):
        expect(page.locator(f"#tegel-{andermans}")).to_have_count(0)
    toegankelijk(page)
    screenshot(page, "start-frontlinie")

    log_in_as(page, site, webaccounts[Rol.BEHEERDER])
    assert tegel(page, "accounts") == "5"  # UWV's five web accounts
    expect(page.locator("#privacy")).to_be_visible()
    toegankelijk(page)
    screenshot(page, "start-beheerder")

    log_in_as(page, site, webaccounts[Rol.PARTNER])
    assert tegel(page, "gedeeld") == "1"
    expect(page.locator("#gedeeld ~ ul").first).to_contain_text("Toeslag en gemeente")
    expect(page.locator("body")).not_to_contain_text("Late WW-betalingen")
    toegankelijk(page)
    screenshot(page, "start-partner")


def test_english_start_page_and_links_lead_on(
    site: str, page: Page, webaccounts: dict[Rol, str], ctx: Context, clock: FixedClock
) -> None:
    dossiers(ctx, clock)
    log_in_as(page, site, webaccounts[Rol.MANAGER])
    page.get_by_role("button", name="English").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("What needs you today")
    expect(page.locator("#tegel-vastgelopen")).to_contain_text("stuck bottlenecks")
    page.locator("#tegel-vastgelopen a").click()
    expect(page).to_have_url(re.compile(r"/#vastgelopen$"))
    expect(page.locator("#vastgelopen")).to_be_in_viewport()
