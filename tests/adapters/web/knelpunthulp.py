# SPDX-License-Identifier: EUPL-1.2
"""Helpers for the browser tests of dossiers, sessions and the agenda: log in as any
account, set up dossiers through the ordinary use cases, and post a form by hand."""

from __future__ import annotations

import re

from playwright.sync_api import APIResponse, Page, expect

from hartslag.domein.actor import Actor
from hartslag.domein.vocabulaire import Rol
from hartslag.services import accounts, beheer
from hartslag.services.context import Context
from tests.adapters.web.conftest import WACHTWOORD

UUID = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"


def log_in(page: Page, site: str, email: str) -> Page:
    """Log in through the form (logging out first if someone is)."""
    page.goto(f"{site}/inloggen")
    uitloggen = page.get_by_role("button", name="Uitloggen")
    if uitloggen.count():
        uitloggen.click()
        page.goto(f"{site}/inloggen")
    page.fill("#email", email)
    page.fill("#wachtwoord", WACHTWOORD)
    page.click("button[type=submit]")
    expect(page).to_have_url(f"{site}/")
    return page


def account(ctx: Context, organisatie: str, rol: Rol) -> tuple[str, Actor]:
    """A web account (e-mail) and the same person as a service actor."""
    email = f"{rol.value}-extra@{organisatie.lower()}.example.com"
    accounts.create_account(ctx, organisatie, email, rol, WACHTWOORD)
    gebruiker = next(g for g in accounts.list_accounts(ctx, organisatie) if g.email == email)
    return email, gebruiker.actor


def actor(ctx: Context, organisatie: str, rol: Rol) -> Actor:
    """A service actor, for setting up what a test needs (not a web account)."""
    return Actor(beheer.get_organisatie_id(ctx, organisatie), organisatie, rol, "opzet-1")


def post_form(page: Page, pad: str, velden: dict[str, str]) -> APIResponse:
    """Post a form as the logged-in visitor would, with the page's CSRF token: a crafted
    request that a page never offered."""
    csrf = page.locator("input[name=csrf]").first.get_attribute("value")
    assert csrf
    base = re.match(r"https?://[^/]+", page.url)
    assert base
    return page.request.post(base.group(0) + pad, form={"csrf": csrf, **velden}, max_redirects=0)


def dossier_id(page: Page) -> str:
    gevonden = re.search(rf"/knelpunten/({UUID})", page.url)
    assert gevonden, page.url
    return gevonden.group(1)
