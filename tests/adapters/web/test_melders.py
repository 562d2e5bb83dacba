# SPDX-License-Identifier: EUPL-1.2
"""The public pages for reporters, without login: /status shows status and approved
feedback and nothing else, the same message for a wrong and an unknown code, and it is
rate-limited together with the API's lookup; /jullie-zeiden-wij-deden/{organisatie}."""

from __future__ import annotations

import httpx
import pytest
from playwright.sync_api import Page, expect

from hartslag.adapters.api import terugkoppelingen as api_status
from hartslag.domein.vocabulaire import Rol
from hartslag.domein.zoekfilter import Pagina, SignaalFilter, Sorteerkolom, Sortering
from hartslag.services import signaalbeheer
from hartslag.services.context import Context
from hartslag.services.terugkoppelingen import status_reference
from tests.adapters.api.test_publiek import PERSOON, Scenario, build
from tests.adapters.web.conftest import screenshot, toegankelijk
from tests.adapters.web.formulieren import actor, signaal, token
from tests.conftest import FixedClock

WAARSCHUWING = "Geen melding met deze statuscode"


@pytest.fixture(autouse=True)
def fresh_limiter() -> None:
    api_status.begrenzer._verzoeken.clear()


def _look_up(c: httpx.Client, code: str) -> httpx.Response:
    return c.post("/status", data={"csrf": token(c.get("/status").text), "statuscode": code})


def test_reporter_sees_status_and_what_was_done_and_nothing_else(
    site: str, page: Page, ctx: Context, organisaties: dict[str, int], scenario: Scenario
) -> None:
    uwv = actor(organisaties, "UWV", Rol.ANALIST)
    oudste = Sortering(Sorteerkolom.ONTVANGEN, aflopend=False)
    (s1,), _ = signaalbeheer.list_signalen(ctx, uwv, SignaalFilter(), Pagina(1, 1), oudste)
    page.goto(f"{site}/status")
    expect(page.get_by_role("heading", level=1)).to_have_text("Uw melding volgen")
    toegankelijk(page)
    page.fill("#statuscode", status_reference(ctx, s1.referentie).lower())
    page.get_by_role("button", name="Status tonen").click()
    expect(page.locator(".hs-statusregel")).to_have_text("Status: afgerond")
    expect(page.locator(".hs-terugkoppeling")).to_contain_text("Handmatige controle afgeschaft")
    main = page.locator("main")
    for geheim in ("melder@example.nl", "Jansen", "123456782", s1.tekst[:20], str(s1.id)):
        expect(main).not_to_contain_text(geheim)
    toegankelijk(page)
    screenshot(page, "status")


def test_a_wrong_code_and_an_unknown_code_get_the_same_answer(
    site: str, ctx: Context, organisaties: dict[str, int]
) -> None:
    s = signaalbeheer.get_signaal(
        ctx,
        actor(organisaties, "UWV", Rol.ANALIST),
        signaal(ctx, actor(organisaties, "UWV", Rol.FRONTLINIE), "De WW is te laat betaald."),
    )
    echt = status_reference(ctx, s.referentie)
    fout = echt[:-1] + ("A" if echt[-1] != "A" else "B")
    onbekend = status_reference(ctx, "HS-2026-999999")
    with httpx.Client(base_url=site) as c:
        antwoorden = [_look_up(c, code) for code in (fout, onbekend, s.referentie, "onzin")]
        goed = _look_up(c, echt)
    assert {r.status_code for r in antwoorden} == {404}
    assert all(WAARSCHUWING in r.text for r in antwoorden)
    meldingen = {r.text.split('role="alert"')[1].split("</div>")[0] for r in antwoorden}
    assert len(meldingen) == 1
    assert goed.status_code == 200 and "Status: <strong" in goed.text
    assert "no-store" in goed.headers["cache-control"]


def test_status_lookups_are_rate_limited_together_with_the_api(site: str) -> None:
    with httpx.Client(base_url=site) as c:
        for _ in range(10):
            c.get("/api/v1/status/HS-2026-000001-AAAAAAAAAA")
        pogingen = [_look_up(c, "HS-2026-000001-AAAAAAAAAA") for _ in range(11)]
    assert [r.status_code for r in pogingen] == [404] * 10 + [429]
    assert "U heeft te vaak gezocht" in pogingen[-1].text


def test_status_needs_the_form_of_this_site(site: str) -> None:
    with httpx.Client(base_url=site) as c:
        r = c.post("/status", data={"statuscode": "HS-2026-000001-AAAAAAAAAA"})
    assert r.status_code == 403


@pytest.fixture
def scenario(ctx: Context, clock: FixedClock, organisaties: dict[str, int]) -> Scenario:
    """test_publiek's known scenario: UWV resolved one bottleneck (two signals, feedback
    approved), did not resolve another; the municipality resolved one of its own."""
    return build(ctx, clock, organisaties)


def test_you_said_we_did_shows_what_the_organisation_solved_in_public_words(
    site: str, page: Page, scenario: Scenario
) -> None:
    page.goto(f"{site}/jullie-zeiden-wij-deden/UWV")
    expect(page.get_by_role("heading", level=1)).to_have_text("Jullie zeiden, wij deden")
    items = page.locator(".hs-wijdeden__item")
    expect(items).to_have_count(1)
    expect(items).to_contain_text("WW-uitkering komt te laat")
    expect(items).to_contain_text("Handmatige controle afgeschaft")
    expect(items).to_contain_text("Op basis van 2 meldingen")
    expect(page.locator("main")).not_to_contain_text("Jansen")
    expect(page.locator("main")).not_to_contain_text("Bijstand duurt te lang")  # GEM-UTR's
    toegankelijk(page)
    screenshot(page, "jullie-zeiden-wij-deden")
    antwoord = page.goto(f"{site}/jullie-zeiden-wij-deden/BESTAAT-NIET")
    assert antwoord is not None and antwoord.status == 404
    assert PERSOON not in page.content()
