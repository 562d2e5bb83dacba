# SPDX-License-Identifier: EUPL-1.2
"""Forms over plain HTTP (no browser): log in through the real form, read a page's CSRF
token, and register signals the way the pages' tests need them."""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import httpx
from playwright.sync_api import Page, expect

from hartslag.domein.actor import Actor
from hartslag.domein.signaal import SignaalInvoer
from hartslag.domein.vocabulaire import Brontype, Kanaal, Meldertype, Rol
from hartslag.services.context import Context
from hartslag.services.registratie import register_signaal
from tests.adapters.web.conftest import WACHTWOORD


def token(html: str, naam: str = "csrf") -> str:
    gevonden = re.search(rf'name="{naam}" value="([^"]+)"', html)
    assert gevonden is not None, f"no {naam} field on the page"
    return gevonden.group(1)


@contextmanager
def client(site: str, email: str) -> Iterator[httpx.Client]:
    """An HTTP client logged in through the login form."""
    with httpx.Client(base_url=site, timeout=30, limits=httpx.Limits(keepalive_expiry=2)) as c:
        r = c.post(
            "/inloggen",
            data={
                "csrf": token(c.get("/inloggen").text),
                "email": email,
                "wachtwoord": WACHTWOORD,
            },
        )
        assert r.status_code == 303, r.text
        yield c


def log_in(page: Page, site: str, email: str) -> None:
    """Log in on ``page`` (after logging out whoever was logged in)."""
    page.context.clear_cookies()
    page.goto(f"{site}/inloggen")
    page.fill("#email", email)
    page.fill("#wachtwoord", WACHTWOORD)
    page.click("button[type=submit]")
    expect(page.locator(".hs-gebruiker")).to_be_visible()


def actor(organisaties: dict[str, int], code: str, rol: Rol, naam: str = "tester") -> Actor:
    return Actor(organisaties[code], code, rol, naam)


def signaal(
    ctx: Context,
    wie: Actor,
    tekst: str,
    *,
    kanaal: Kanaal = Kanaal.TELEFOON,
    brontype: Brontype = Brontype.KLACHT,
) -> uuid.UUID:
    invoer = SignaalInvoer(tekst, brontype, Meldertype.BURGER, kanaal)
    return register_signaal(ctx, wie, invoer).signaal_id
