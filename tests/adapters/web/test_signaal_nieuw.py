# SPDX-License-Identifier: EUPL-1.2
"""The quick intake (/signalen/nieuw) in Chromium and over plain HTTP: the keyboard alone
registers a signal and shows its reference and status code; the choices are remembered;
invalid input comes back with Dutch messages; a form sent twice registers one signal; it
works without JavaScript; similar signals and patterns appear while typing."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

import pytest
from playwright.sync_api import Browser, Page, expect

from hartslag.domein.signaal import Signaal
from hartslag.domein.vocabulaire import Rol
from hartslag.domein.zoekfilter import Pagina, SignaalFilter
from hartslag.services import patronen, signaalbeheer
from hartslag.services.analyseren import run_analysis
from hartslag.services.context import Context
from hartslag.services.terugkoppelingen import status_reference
from tests.adapters.web.conftest import WACHTWOORD, screenshot, toegankelijk
from tests.adapters.web.formulieren import actor, client, token
from tests.services.analysedata import store

TEKST = "Mevrouw belde: haar WW-uitkering is voor de derde keer te laat betaald."
REFERENTIE = re.compile(r"^HS-2026-\d{6}$")


def _alle(ctx: Context, organisaties: dict[str, int]) -> list[Signaal]:
    wie = actor(organisaties, "UWV", Rol.ANALIST)
    return signaalbeheer.list_signalen(ctx, wie, SignaalFilter(), Pagina(1, 100))[0]


def test_keyboard_alone_registers_a_signal_and_shows_reference_and_status_code(
    ingelogd: Callable[[Rol], Page], site: str, ctx: Context, organisaties: dict[str, int]
) -> None:
    page = ingelogd(Rol.FRONTLINIE)
    page.goto(f"{site}/signalen/nieuw")
    expect(page.locator("#tekst")).to_be_focused()
    expect(page.locator("#vergelijkbaar")).to_have_attribute("aria-live", "polite")
    page.keyboard.type(TEKST)
    for waarde in ("klacht", "burger", "telefoon"):
        page.keyboard.press("Tab")
        page.keyboard.type(waarde)
    expect(page.locator("#kanaal")).to_have_value("telefoon")
    toegankelijk(page)
    screenshot(page, "signaal-nieuw")
    page.keyboard.press("Control+Enter")

    expect(page.get_by_role("heading", level=1)).to_have_text("Signaal geregistreerd")
    referentie = page.locator("#referentie").inner_text()
    assert REFERENTIE.match(referentie)
    expect(page.locator("#statuscode")).to_have_text(status_reference(ctx, referentie))
    toegankelijk(page)
    screenshot(page, "signaal-geregistreerd")
    (s,) = _alle(ctx, organisaties)
    assert s.referentie == referentie and s.kanaal == "telefoon" and s.brontype == "klacht"

    # The next one: Enter on the focused button; source, reporter and channel remembered.
    expect(page.get_by_role("link", name="Volgend signaal registreren")).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.locator("#tekst")).to_be_focused()
    expect(page.locator("#tekst")).to_have_value("")
    for veld, waarde in (("brontype", "klacht"), ("meldertype", "burger"), ("kanaal", "telefoon")):
        expect(page.locator(f"#{veld}")).to_have_value(waarde)


def test_invalid_input_comes_back_with_dutch_messages_and_the_values_typed(
    ingelogd: Callable[[Rol], Page], site: str, ctx: Context, organisaties: dict[str, int]
) -> None:
    page = ingelogd(Rol.FRONTLINIE)
    page.goto(f"{site}/signalen/nieuw")
    page.fill("#tekst", TEKST)
    page.select_option("#brontype", "klacht")
    page.locator("details summary").click()
    page.fill("#email", "geen-adres")
    page.get_by_role("button", name="Signaal opslaan").click()

    samenvatting = page.get_by_role("alert")
    expect(samenvatting).to_contain_text("Het signaal is nog niet opgeslagen")
    expect(samenvatting).to_contain_text("Melder: Kies een van de waarden.")
    expect(samenvatting).to_contain_text("Kanaal: Kies een van de waarden.")
    expect(samenvatting).to_contain_text("Dit is geen geldig e-mailadres")
    expect(page.locator("#tekst")).to_have_value(TEKST)
    expect(page.locator("#brontype")).to_have_value("klacht")
    expect(page.locator("#email")).to_have_value("geen-adres")
    expect(page.locator("#meldertype")).to_be_focused()
    expect(page.locator("#kanaal")).to_have_attribute("aria-invalid", "true")
    toegankelijk(page)
    assert _alle(ctx, organisaties) == []


def test_a_form_sent_twice_registers_one_signal(
    site: str, webaccounts: dict[Rol, str], ctx: Context, organisaties: dict[str, int]
) -> None:
    with client(site, webaccounts[Rol.FRONTLINIE]) as c:
        html = c.get("/signalen/nieuw").text
        velden = {
            "csrf": token(html),
            "sleutel": token(html, "sleutel"),
            "tekst": TEKST,
            "brontype": "klacht",
            "meldertype": "burger",
            "kanaal": "telefoon",
            "email": "",
        }
        eerste = c.post("/signalen/nieuw", data=velden)
        tweede = c.post("/signalen/nieuw", data=velden)
        assert eerste.status_code == tweede.status_code == 303
        assert eerste.headers["location"] == tweede.headers["location"]
        assert len(_alle(ctx, organisaties)) == 1
        anders = c.post("/signalen/nieuw", data={**velden, "tekst": "Iets heel anders gemeld."})
        assert anders.status_code == 409
        assert "al eens verstuurd met een andere inhoud" in anders.text
        assert token(anders.text, "sleutel") != velden["sleutel"]  # a new attempt
        assert "Iets heel anders gemeld." in anders.text
    assert len(_alle(ctx, organisaties)) == 1


def test_intake_works_without_javascript(
    chromium: Browser, site: str, webaccounts: dict[Rol, str], ctx: Context
) -> None:
    context = chromium.new_context(java_script_enabled=False, locale="nl-NL")
    try:
        page = context.new_page()
        page.goto(f"{site}/inloggen")
        page.fill("#email", webaccounts[Rol.FRONTLINIE])
        page.fill("#wachtwoord", WACHTWOORD)
        page.click("button[type=submit]")
        page.goto(f"{site}/signalen/nieuw")
        page.fill("#tekst", TEKST)
        for veld, waarde in (("brontype", "vraag"), ("meldertype", "burger"), ("kanaal", "balie")):
            page.select_option(f"#{veld}", waarde)
        page.get_by_role("button", name="Signaal opslaan").click()
        expect(page.get_by_role("heading", level=1)).to_have_text("Signaal geregistreerd")
        referentie = page.locator("#referentie").inner_text()
        expect(page.locator("#statuscode")).to_have_text(status_reference(ctx, referentie))
    finally:
        context.close()


@pytest.fixture
def geanalyseerd(ctx: Context, organisaties: dict[str, int]) -> None:
    uwv = actor(organisaties, "UWV", Rol.ANALIST, "test")
    store(ctx, uwv, "ww", 20)
    store(ctx, uwv, "afval", 20)
    run_analysis(ctx, "test", organisatie="UWV", peildatum=date(2026, 3, 31))


def test_similar_signals_appear_while_typing_and_the_signal_joins_the_chosen_pattern(
    ingelogd: Callable[[Rol], Page],
    site: str,
    ctx: Context,
    organisaties: dict[str, int],
    geanalyseerd: None,
) -> None:
    page = ingelogd(Rol.FRONTLINIE)
    page.goto(f"{site}/signalen/nieuw")
    page.keyboard.type("WW-uitkering te laat betaald, uitkering UWV niet ontvangen")
    bekend = page.locator("#vergelijkbaar")
    expect(bekend).to_contain_text("Dit is bekend.")
    knop = bekend.get_by_role("button", name="Opslaan en aan dit patroon toevoegen").first
    patroon_id = knop.get_attribute("value")
    expect(bekend.get_by_role("link").first).to_have_text(re.compile(r"HS-2026-\d{6}"))
    toegankelijk(page)
    screenshot(page, "signaal-nieuw-bekend")
    for veld, waarde in (("brontype", "klacht"), ("meldertype", "burger"), ("kanaal", "chat")):
        page.select_option(f"#{veld}", waarde)
    knop.click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Signaal geregistreerd")
    expect(page.get_by_text("Hoort bij patroon:")).to_be_visible()
    referentie = page.locator("#referentie").inner_text()
    (s,) = [s for s in _alle(ctx, organisaties) if s.referentie == referentie]
    analyse = patronen.analysis_of(ctx, [s.id])[s.id]
    assert str(analyse.patroon_id) == patroon_id and analyse.handmatig
