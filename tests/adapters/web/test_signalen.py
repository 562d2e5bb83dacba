# SPDX-License-Identifier: EUPL-1.2
"""/signalen and /signalen/{id} in Chromium and over plain HTTP: search, filters, sorting
and paging in a bookmarkable address; the detail with its history; changing status with a
reason and only the allowed transitions; the original text only for the roles that may,
each view recorded; another organisation's signal is a 404 page."""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

from playwright.sync_api import Page, expect

from hartslag.domein.gebeurtenis import Handeling
from hartslag.domein.vocabulaire import Kanaal, Rol, Signaalstatus
from hartslag.services import patronen, privacyinstellingen, signaalbeheer
from hartslag.services.analyseren import run_analysis
from hartslag.services.context import Context
from tests.adapters.web.conftest import screenshot, toegankelijk
from tests.adapters.web.formulieren import actor, client, log_in, signaal, token
from tests.services.analysedata import store, store_repeats

NAAM = "Pieter de Vries"
TEKST = f"Meneer {NAAM} belde over zijn WW-uitkering: de betaling is weer te laat."


def _historie(ctx: Context, organisaties: dict[str, int], signaal_id: uuid.UUID) -> list[str]:
    wie = actor(organisaties, "UWV", Rol.ANALIST)
    return [str(g.actie) for g in signaalbeheer.historie(ctx, wie, signaal_id)]


def test_keyboard_registration_is_found_by_search_its_history_shown_and_status_looked_up(
    ingelogd: Callable[[Rol], Page], site: str, webaccounts: dict[Rol, str]
) -> None:
    """The issue's walk: register with the keyboard, find it back, open its history, and
    look up its status with the code, as the reporter would (no login)."""
    page = ingelogd(Rol.FRONTLINIE)
    page.goto(f"{site}/signalen/nieuw")
    page.keyboard.type("Toeslag: de terugvordering van de huurtoeslag is onbegrijpelijk.")
    for waarde in ("vraag", "burger", "balie"):
        page.keyboard.press("Tab")
        page.keyboard.type(waarde)
    page.keyboard.press("Control+Enter")
    referentie = page.locator("#referentie").inner_text()
    statuscode = page.locator("#statuscode").inner_text()

    log_in(page, site, webaccounts[Rol.ANALIST])
    page.goto(f"{site}/signalen")
    page.get_by_label("Zoeken in de tekst").fill("terugvordering huurtoeslag")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/signalen\?zoek=terugvordering\+huurtoeslag$"))
    expect(page.locator(".hs-aantal")).to_have_text("1 signaal gevonden")
    page.get_by_role("link", name=referentie).click()
    expect(page.get_by_role("heading", level=1)).to_contain_text(
        "terugvordering van de huurtoeslag"
    )
    historie = page.locator("table", has=page.get_by_role("columnheader", name="Wanneer"))
    expect(historie.locator("tbody tr")).to_have_count(1)
    expect(historie).to_contain_text("Geregistreerd")
    expect(historie).to_contain_text("frontlinie-1@UWV")
    expect(historie).to_contain_text("registratie via balie")

    page.context.clear_cookies()
    page.goto(f"{site}/status")
    expect(page.locator("#statuscode")).to_be_focused()
    page.keyboard.type(statuscode)
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=2)).to_have_text(f"Uw melding {referentie}")
    expect(page.locator(".hs-statusregel")).to_have_text("Status: ontvangen")


def test_filters_sorting_and_paging_live_in_the_address(
    ingelogd: Callable[[Rol], Page], site: str, ctx: Context, organisaties: dict[str, int]
) -> None:
    wie = actor(organisaties, "UWV", Rol.FRONTLINIE)
    for i in range(28):
        kanaal = Kanaal.EMAIL if i % 4 else Kanaal.BRIEF
        signaal(ctx, wie, f"Bericht nummer {i} over de WW-uitkering.", kanaal=kanaal)
    page = ingelogd(Rol.ANALIST)
    page.goto(f"{site}/signalen?kanaal=email")
    expect(page.locator(".hs-aantal")).to_have_text("21 signalen gevonden")
    expect(page.locator("details.hs-filters")).to_have_attribute("open", "")
    expect(page.locator("#kanaal")).to_have_value("email")
    toegankelijk(page)
    screenshot(page, "signalen")
    page.set_viewport_size({"width": 390, "height": 844})
    toegankelijk(page)  # the table scrolls sideways on a phone: still usable by keyboard
    page.set_viewport_size({"width": 1280, "height": 800})

    page.get_by_role("link", name="Referentie").click()
    expect(page).to_have_url(re.compile(r"kanaal=email&sorteer=referentie$"))
    kop = page.get_by_role("columnheader", name="Referentie")
    expect(kop).to_have_attribute("aria-sort", "ascending")
    rijen = page.locator("tbody tr td:first-child")
    expect(rijen).to_have_count(21)
    referenties = rijen.all_inner_texts()
    assert referenties == sorted(referenties)
    page.get_by_role("link", name="Referentie").click()
    expect(kop).to_have_attribute("aria-sort", "descending")
    assert rijen.all_inner_texts() == sorted(referenties, reverse=True)

    page.goto(f"{site}/signalen")
    expect(page.locator(".hs-aantal")).to_contain_text("28 signalen gevonden · pagina 1 van 2")
    expect(page.locator("tbody tr")).to_have_count(25)
    page.get_by_role("link", name="Volgende pagina").click()
    expect(page).to_have_url(re.compile(r"/signalen\?pagina=2$"))
    expect(page.locator("tbody tr")).to_have_count(3)


def test_a_filter_value_that_means_nothing_gets_a_dutch_message(
    site: str, webaccounts: dict[Rol, str]
) -> None:
    with client(site, webaccounts[Rol.ANALIST]) as c:
        r = c.get("/signalen", params={"vanaf": "gisteren", "kanaal": "duif", "tot": ""})
    assert r.status_code == 400
    assert "Geen geldige datum; gebruik de vorm jjjj-mm-dd." in r.text
    assert "Kies een van de waarden uit de lijst." in r.text
    assert 'value="gisteren"' in r.text


def test_analyst_changes_status_with_a_reason_from_the_allowed_transitions(
    ingelogd: Callable[[Rol], Page], site: str, ctx: Context, organisaties: dict[str, int]
) -> None:
    sid = signaal(ctx, actor(organisaties, "UWV", Rol.FRONTLINIE), TEKST)
    page = ingelogd(Rol.ANALIST)
    page.goto(f"{site}/signalen/{sid}")
    opties = page.locator("#status option")
    expect(opties).to_have_text(["Laten staan: nieuw", "getriageerd", "gekoppeld", "gesloten"])
    toegankelijk(page)
    screenshot(page, "signaal")

    page.select_option("#status", "getriageerd")
    page.get_by_role("button", name="Wijziging opslaan").click()
    expect(page.locator("#reden-fout")).to_have_text(
        "Geef aan waarom u dit signaal wijzigt (dat wordt bewaard in de historie)."
    )
    page.fill("#themas", "WW, Betaling")
    page.fill("#reden", "Eerste beoordeling: hoort bij de WW-betalingen.")
    page.get_by_role("button", name="Wijziging opslaan").click()
    expect(page.get_by_role("status")).to_contain_text("De wijziging is opgeslagen")
    expect(page.locator(".hs-kenmerken")).to_contain_text("Status: getriageerd")
    historie = page.locator("table", has=page.get_by_role("columnheader", name="Wanneer"))
    expect(historie).to_contain_text("status: nieuw → getriageerd")
    expect(historie).to_contain_text("thema's: – → betaling, ww")
    expect(historie).to_contain_text("Eerste beoordeling")
    expect(page.locator("#status option")).to_have_text(
        ["Laten staan: getriageerd", "nieuw", "gekoppeld", "gesloten"]
    )


def test_a_transition_the_workflow_does_not_allow_is_refused_when_posted_by_hand(
    site: str, webaccounts: dict[Rol, str], ctx: Context, organisaties: dict[str, int]
) -> None:
    analist = actor(organisaties, "UWV", Rol.ANALIST)
    sid = signaal(ctx, analist, TEKST)
    signaalbeheer.change_status(ctx, analist, sid, Signaalstatus.GESLOTEN, "afgehandeld")
    with client(site, webaccounts[Rol.ANALIST]) as c:
        pagina = c.get(f"/signalen/{sid}").text
        assert '<option value="gekoppeld"' not in pagina
        r = c.post(
            f"/signalen/{sid}",
            data={"csrf": token(pagina), "status": "gekoppeld", "reden": "toch koppelen"},
        )
    assert r.status_code == 409
    assert "Een signaal met status &#39;gesloten&#39; kan niet naar &#39;gekoppeld&#39;" in r.text
    assert signaalbeheer.get_signaal(ctx, analist, sid).status == Signaalstatus.GESLOTEN


def test_analyst_reads_the_original_for_a_purpose_and_the_view_is_recorded(
    ingelogd: Callable[[Rol], Page], site: str, ctx: Context, organisaties: dict[str, int]
) -> None:
    privacyinstellingen.change_settings(ctx, "UWV", originelen_bewaren=True)
    sid = signaal(ctx, actor(organisaties, "UWV", Rol.FRONTLINIE), TEKST)
    page = ingelogd(Rol.ANALIST)
    page.goto(f"{site}/signalen/{sid}")
    expect(page.locator(".hs-tekst").first).not_to_contain_text(NAAM)
    page.fill("#doel", "zaak terugvinden voor het bezwaar")
    page.get_by_role("button", name="Origineel tonen").click()
    expect(page.locator("#origineel")).to_contain_text(NAAM)
    toegankelijk(page)
    historie = page.locator("table", has=page.get_by_role("columnheader", name="Wanneer"))
    expect(historie).to_contain_text("Oorspronkelijke tekst ingezien")
    expect(historie).to_contain_text("zaak terugvinden voor het bezwaar")
    assert _historie(ctx, organisaties, sid).count(Handeling.ORIGINEEL_GELEZEN) == 1


def test_frontline_gets_neither_original_nor_change_form_and_crafted_posts_are_refused(
    ingelogd: Callable[[Rol], Page],
    site: str,
    webaccounts: dict[Rol, str],
    ctx: Context,
    organisaties: dict[str, int],
) -> None:
    privacyinstellingen.change_settings(ctx, "UWV", originelen_bewaren=True)
    sid = signaal(ctx, actor(organisaties, "UWV", Rol.FRONTLINIE), TEKST)
    page = ingelogd(Rol.FRONTLINIE)
    page.goto(f"{site}/signalen/{sid}")
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    for kop in ("Oorspronkelijke tekst", "Classificatie of status wijzigen", "Historie"):
        expect(page.get_by_role("heading", name=kop)).to_have_count(0)
    expect(page.locator("form[action$='/origineel'], #status, #reden")).to_have_count(0)
    toegankelijk(page)

    with client(site, webaccounts[Rol.FRONTLINIE]) as c:
        csrf = token(c.get(f"/signalen/{sid}").text)
        wijzig = c.post(
            f"/signalen/{sid}", data={"csrf": csrf, "status": "gesloten", "reden": "zelf dicht"}
        )
        inzien = c.post(f"/signalen/{sid}/origineel", data={"csrf": csrf, "doel": "nieuwsgierig"})
    for r in (wijzig, inzien):
        assert r.status_code == 403 and "Geen toegang" in r.text
        assert NAAM not in r.text
    analist = actor(organisaties, "UWV", Rol.ANALIST)
    assert signaalbeheer.get_signaal(ctx, analist, sid).status == Signaalstatus.NIEUW
    assert _historie(ctx, organisaties, sid) == [Handeling.SIGNAAL_GEREGISTREERD]


def test_another_organisations_signal_is_a_404_page(
    ingelogd: Callable[[Rol], Page],
    site: str,
    webaccounts: dict[Rol, str],
    ctx: Context,
    organisaties: dict[str, int],
) -> None:
    sid = signaal(ctx, actor(organisaties, "GEM-UTR", Rol.FRONTLINIE), "Container niet geleegd.")
    page = ingelogd(Rol.BEHEERDER)
    antwoord = page.goto(f"{site}/signalen/{sid}")
    assert antwoord is not None and antwoord.status == 404
    expect(page.get_by_role("heading", level=1)).to_have_text("Pagina niet gevonden")
    expect(page.locator("main")).not_to_contain_text("Container")
    toegankelijk(page)
    with client(site, webaccounts[Rol.BEHEERDER]) as c:
        csrf = token(c.get("/signalen").text)
        for pad in (f"/signalen/{sid}", f"/signalen/{sid}/origineel"):
            r = c.post(pad, data={"csrf": csrf, "status": "gesloten", "reden": "x", "doel": "x y"})
            assert r.status_code == 404 and "Container" not in r.text
        assert c.get(f"/signalen/nieuw/{sid}").status_code == 404


def test_detail_shows_the_pattern_and_the_repeat_contacts_around_a_signal(
    site: str, webaccounts: dict[Rol, str], ctx: Context, organisaties: dict[str, int]
) -> None:
    uwv = actor(organisaties, "UWV", Rol.ANALIST)
    store(ctx, uwv, "ww", 24)
    store(ctx, uwv, "toeslag", 14)
    herhaald = store_repeats(ctx, uwv, "123456782")
    run_analysis(ctx, "test", peildatum=date(2026, 3, 31))
    eerste, tweede, derde = sorted(
        (signaalbeheer.get_signaal(ctx, uwv, i) for i in herhaald), key=lambda s: s.ontvangen_op
    )
    patroon = patronen.analysis_of(ctx, [tweede.id])[tweede.id]
    with client(site, webaccounts[Rol.FRONTLINIE]) as c:
        html = c.get(f"/signalen/{tweede.id}").text
    assert f'href="/patronen/{patroon.patroon_id}"' in html
    assert "Herhaalt een eerder contact van dezelfde melder:" in html
    assert f'<a class="utrecht-link" href="/signalen/{eerste.id}">{eerste.referentie}</a>' in html
    assert f'<a class="utrecht-link" href="/signalen/{derde.id}">{derde.referentie}</a>' in html
    assert "123456782" not in html


def test_a_repeat_at_another_organisation_of_the_domain_shows_where_but_not_what(
    site: str, webaccounts: dict[Rol, str], ctx: Context, organisaties: dict[str, int]
) -> None:
    keten = replace(ctx, pseudoniemdomeinen={"UWV": "keten", "GEM-UTR": "keten"})
    uwv, gem = actor(organisaties, "UWV", Rol.ANALIST), actor(organisaties, "GEM-UTR", Rol.ANALIST)
    store(keten, uwv, "ww", 24)
    store(keten, uwv, "toeslag", 14)
    store(keten, gem, "toeslag", 14)
    store(keten, gem, "afval", 24)
    dag = datetime(2026, 3, 16, 9, tzinfo=UTC)
    [eerst] = store(keten, uwv, "toeslag", 1, seed=9, melder="123456782", dagen=1, start=dag)
    [daarna] = store(
        keten, gem, "toeslag", 1, seed=9, melder="123456782", dagen=1, start=dag + timedelta(days=6)
    )
    run_analysis(keten, "test", peildatum=date(2026, 3, 31))
    elders = signaalbeheer.get_signaal(keten, gem, daarna)
    with client(site, webaccounts[Rol.FRONTLINIE]) as c:
        html = c.get(f"/signalen/{eerst}").text
    assert "Dezelfde melder over hetzelfde probleem bij GEM-UTR (22 mrt 2026)" in html
    assert elders.tekst not in html and elders.referentie not in html
    assert str(daarna) not in html and "123456782" not in html
