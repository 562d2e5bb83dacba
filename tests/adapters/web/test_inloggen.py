# SPDX-License-Identifier: EUPL-1.2
"""Logging in and out in Chromium, the session cookie, CSRF, lock-out and the language."""

from __future__ import annotations

import re
from collections.abc import Callable

import httpx
from playwright.sync_api import Page, expect

from hartslag.domein.vocabulaire import Rol
from tests.adapters.web.conftest import WACHTWOORD, screenshot, toegankelijk


def test_login_with_the_keyboard_lands_on_the_start_page(
    site: str, page: Page, webaccounts: dict[Rol, str]
) -> None:
    page.goto(f"{site}/")
    expect(page).to_have_url(re.compile(r"/inloggen\?volgende=/$"))
    expect(page.locator("#email")).to_be_focused()
    toegankelijk(page)
    screenshot(page, "inloggen")
    page.keyboard.type(webaccounts[Rol.ANALIST])
    page.keyboard.press("Tab")
    page.keyboard.type(WACHTWOORD)
    page.keyboard.press("Enter")
    expect(page).to_have_url(f"{site}/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Wat vandaag uw aandacht vraagt")
    expect(page.locator(".hs-gebruiker")).to_contain_text("analist-1")
    toegankelijk(page)


def test_wrong_password_shows_the_form_again_with_a_dutch_message(
    site: str, page: Page, webaccounts: dict[Rol, str]
) -> None:
    page.goto(f"{site}/inloggen")
    page.fill("#email", webaccounts[Rol.ANALIST])
    page.fill("#wachtwoord", "niet het goede wachtwoord")
    page.click("button[type=submit]")
    expect(page.get_by_role("alert")).to_contain_text(
        "Het e-mailadres of het wachtwoord klopt niet"
    )
    expect(page.locator("#email")).to_have_value(webaccounts[Rol.ANALIST])
    expect(page.locator("#wachtwoord")).to_be_focused()
    toegankelijk(page)


def test_account_locks_after_repeated_failures(
    site: str, page: Page, webaccounts: dict[Rol, str]
) -> None:
    for _ in range(5):
        page.goto(f"{site}/inloggen")
        page.fill("#email", webaccounts[Rol.MANAGER])
        page.fill("#wachtwoord", "niet het goede wachtwoord")
        page.click("button[type=submit]")
    page.fill("#wachtwoord", WACHTWOORD)
    page.click("button[type=submit]")
    expect(page.get_by_role("alert")).to_contain_text("tijdelijk geblokkeerd")


def test_session_cookie_is_httponly_and_samesite_lax(
    site: str, webaccounts: dict[Rol, str]
) -> None:
    with httpx.Client(base_url=site) as client:
        formulier = client.get("/inloggen").text
        csrf = re.search(r'name="csrf" value="([^"]+)"', formulier)
        assert csrf is not None
        antwoord = client.post(
            "/inloggen",
            data={
                "csrf": csrf.group(1),
                "email": webaccounts[Rol.ANALIST],
                "wachtwoord": WACHTWOORD,
            },
        )
    assert antwoord.status_code == 303
    cookie = next(
        c for c in antwoord.headers.get_list("set-cookie") if c.startswith("hartslag_sessie=")
    )
    assert "HttpOnly" in cookie and "SameSite=lax" in cookie
    assert "Secure" not in cookie  # plain HTTP on loopback; Secure is set behind HTTPS


def test_form_without_a_valid_csrf_token_is_refused_and_logs_no_one_in(
    site: str, webaccounts: dict[Rol, str]
) -> None:
    with httpx.Client(base_url=site) as client:
        client.get("/inloggen")
        zonder = client.post(
            "/inloggen", data={"email": webaccounts[Rol.ANALIST], "wachtwoord": WACHTWOORD}
        )
        vals = client.post(
            "/inloggen",
            data={"csrf": "vervalst", "email": webaccounts[Rol.ANALIST], "wachtwoord": WACHTWOORD},
        )
    for antwoord in (zonder, vals):
        assert antwoord.status_code == 403
        assert "Het formulier was verlopen" in antwoord.text
        assert "hartslag_sessie" not in antwoord.headers.get("set-cookie", "")


def test_csrf_token_of_another_visitor_does_not_work(
    site: str, webaccounts: dict[Rol, str]
) -> None:
    with httpx.Client(base_url=site) as aanvaller:
        token = re.search(r'name="csrf" value="([^"]+)"', aanvaller.get("/inloggen").text)
    assert token is not None
    with httpx.Client(base_url=site) as slachtoffer:
        slachtoffer.get("/inloggen")
        antwoord = slachtoffer.post(
            "/inloggen",
            data={
                "csrf": token.group(1),
                "email": webaccounts[Rol.ANALIST],
                "wachtwoord": WACHTWOORD,
            },
        )
    assert antwoord.status_code == 403


def test_logout_ends_the_session(ingelogd: Callable[[Rol], Page], site: str) -> None:
    page = ingelogd(Rol.FRONTLINIE)
    page.get_by_role("button", name="Uitloggen").click()
    expect(page).to_have_url(re.compile(r"/inloggen$"))
    page.goto(f"{site}/")
    expect(page).to_have_url(re.compile(r"/inloggen\?volgende=/$"))


def test_language_follows_the_browser_and_the_choice_is_remembered(
    ingelogd: Callable[[Rol], Page], site: str
) -> None:
    page = ingelogd(Rol.ANALIST)
    expect(page.locator("html")).to_have_attribute("lang", "nl")
    page.get_by_role("button", name="English").click()
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.get_by_role("heading", level=1)).to_have_text("What needs you today")
    expect(page.get_by_role("link", name="Bottlenecks").first).to_be_visible()
    page.goto(f"{site}/toegankelijkheid")
    expect(page.get_by_role("heading", level=1)).to_have_text("Accessibility statement")


def test_accept_language_chooses_english_for_visitors(site: str) -> None:
    with httpx.Client(base_url=site) as client:
        engels = client.get("/inloggen", headers={"Accept-Language": "en-GB,en;q=0.9"})
        nederlands = client.get("/inloggen", headers={"Accept-Language": "de-DE,nl;q=0.5"})
    assert '<html lang="en"' in engels.text and "Log in" in engels.text
    assert '<html lang="nl"' in nederlands.text and "Inloggen" in nederlands.text


def test_root_with_accept_json_answers_the_api_way(site: str) -> None:
    with httpx.Client(base_url=site) as client:
        antwoord = client.get("/", headers={"Accept": "application/json"})
        onbekend = client.get("/api/v1/bestaat-niet")
    assert antwoord.status_code == 404
    assert antwoord.headers["content-type"] == "application/problem+json"
    assert onbekend.headers["content-type"] == "application/problem+json"


def test_pages_carry_a_strict_content_security_policy(site: str) -> None:
    with httpx.Client(base_url=site) as client:
        csp = client.get("/inloggen").headers["content-security-policy"]
    assert "unsafe-inline" not in csp and "default-src 'self'" in csp


def test_accessibility_statement_is_public_and_accessible(site: str, page: Page) -> None:
    page.goto(f"{site}/toegankelijkheid")
    expect(page.get_by_role("heading", level=1)).to_have_text("Toegankelijkheidsverklaring")
    toegankelijk(page)
    screenshot(page, "toegankelijkheid")
