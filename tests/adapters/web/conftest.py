# SPDX-License-Identifier: EUPL-1.2
"""Browser fixtures: Debian's Chromium driven by Playwright against the live test server.

Each test gets a fresh database (SQLite and PostgreSQL), the two organisations of the
shared fixtures, and one web account per role in UWV (``WACHTWOORD``). ``ingelogd(rol)``
returns a page logged in through the real login form. ``toegankelijk(page)`` runs axe-core
and fails on serious or critical violations; ``screenshot(page, naam)`` writes the page at
1280×800 and 390×844 to ``build/screenshots`` (or ``HARTSLAG_SCREENSHOTS``).
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, sync_playwright

from hartslag.domein.vocabulaire import Rol
from hartslag.services import accounts
from hartslag.services.context import Context
from tests.conftest import Server

CHROMIUM = Path("/usr/bin/chromium")
WACHTWOORD = "een lang demo wachtwoord"
SCHERMEN = {"breed": (1280, 800), "smal": (390, 844)}
SCREENSHOTS = Path(
    os.environ.get("HARTSLAG_SCREENSHOTS", Path(__file__).parents[3] / "build/screenshots")
)
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]


def email_van(rol: Rol) -> str:
    return f"{rol.value}@uwv.example.com"


@pytest.fixture(scope="session")
def chromium() -> Iterator[Browser]:
    if not CHROMIUM.exists():
        if os.environ.get("CI") == "true":
            pytest.fail("CI must install Debian's chromium (.ci/run does)")
        pytest.skip("browser tests need Debian's chromium: apt-get install chromium")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def webaccounts(ctx: Context, organisaties: dict[str, int]) -> dict[Rol, str]:
    """One web account per role in UWV; the partner account belongs to GEM-UTR."""
    result = {}
    for rol in Rol:
        organisatie = "GEM-UTR" if rol is Rol.PARTNER else "UWV"
        email = f"{rol.value}@{organisatie.lower()}.example.com"
        accounts.create_account(ctx, organisatie, email, rol, WACHTWOORD)
        result[rol] = email
    return result


@pytest.fixture
def site(server: Server, ctx: Context) -> str:
    server.app.state.context = ctx
    return f"http://127.0.0.1:{server.port}"


@pytest.fixture
def browsercontext(chromium: Browser) -> Iterator[BrowserContext]:
    context = chromium.new_context(viewport={"width": 1280, "height": 800}, locale="nl-NL")
    yield context
    context.close()


@pytest.fixture
def page(browsercontext: BrowserContext) -> Page:
    return browsercontext.new_page()


@pytest.fixture
def ingelogd(site: str, page: Page, webaccounts: dict[Rol, str]) -> Callable[[Rol], Page]:
    def login(rol: Rol) -> Page:
        p = page
        p.goto(f"{site}/inloggen")
        p.fill("#email", webaccounts[rol])
        p.fill("#wachtwoord", WACHTWOORD)
        p.click("button[type=submit]")
        p.wait_for_url(re.compile(r".*/$"))
        return p

    return login


def toegankelijk(page: Page) -> None:
    """axe-core on the page as it is now: no serious or critical violation."""
    from axe_playwright_python.sync_playwright import Axe

    resultaat = Axe().run(page)
    ernstig = [
        v for v in resultaat.response["violations"] if v.get("impact") in ("serious", "critical")
    ]
    beschrijving = "\n".join(
        f"{v['id']} ({v['impact']}): {v['help']} — {[n['target'] for n in v['nodes']][:3]}"
        for v in ernstig
    )
    assert not ernstig, f"axe-core on {page.url}:\n{beschrijving}"


def screenshot(page: Page, naam: str) -> None:
    """The page at desktop and phone size, for people to look at (not compared)."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    p = page
    for scherm, (breedte, hoogte) in SCHERMEN.items():
        p.set_viewport_size({"width": breedte, "height": hoogte})
        p.screenshot(path=str(SCREENSHOTS / f"{naam}-{scherm}.png"), full_page=True)
    p.set_viewport_size({"width": 1280, "height": 800})
