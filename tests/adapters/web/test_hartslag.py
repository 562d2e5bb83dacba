# SPDX-License-Identifier: EUPL-1.2
"""The heartbeat dashboard: every chart an SVG with its table and CSV, the tables holding
the CSV's figures, the figures those of the data, and only for the roles that may see it."""

from __future__ import annotations

import csv
import io
import re

from playwright.sync_api import Locator, Page, expect

from hartslag.adapters.web.dashboard import GRAFIEKEN
from hartslag.domein.vocabulaire import Rol
from hartslag.services.context import Context
from tests.adapters.web.conftest import screenshot, toegankelijk
from tests.adapters.web.gegevens import analysed_corpus, dossiers
from tests.adapters.web.test_start import log_in_as
from tests.conftest import FixedClock


def _csv(page: Page, site: str, naam: str) -> list[list[str]]:
    antwoord = page.request.get(f"{site}/hartslag/{naam}.csv")
    assert antwoord.status == 200, naam
    assert antwoord.headers["content-type"].startswith("text/csv")
    assert f'filename="hartslag-{naam}.csv"' in antwoord.headers["content-disposition"]
    return list(csv.reader(io.StringIO(antwoord.text())))


def _cel(cel: Locator) -> str:
    """A cell as the CSV writes it: a date as its ISO form, a Dutch number back to digits."""
    tijd = cel.locator("time")
    if tijd.count():
        return tijd.get_attribute("datetime") or ""
    tekst = " ".join((cel.text_content() or "").split())
    if re.fullmatch(r"-?[\d.]+(,\d+)?", tekst):
        return tekst.replace(".", "").replace(",", ".")
    return "" if tekst == "–" else tekst


def _tabel(page: Page, naam: str) -> list[list[str]]:
    tabel = page.locator(f"table[data-grafiek='{naam}']")
    kop = [" ".join((c.text_content() or "").split()) for c in tabel.locator("thead th").all()]
    rijen = [
        [_cel(c) for c in rij.locator("th, td").all()] for rij in tabel.locator("tbody tr").all()
    ]
    return [kop, *rijen]


def test_dashboard_tables_hold_the_csv_figures_and_the_data(
    site: str, page: Page, webaccounts: dict[Rol, str], ctx: Context, clock: FixedClock
) -> None:
    corpus = analysed_corpus(ctx)
    dossiers(ctx, clock, stil_dagen=0)
    log_in_as(page, site, webaccounts[Rol.MANAGER])
    page.get_by_role("link", name="Hartslag", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("De hartslag van UWV")
    assert page.locator("[style]").count() == 0  # the CSP allows no inline style
    for naam in GRAFIEKEN:
        blok = page.locator(f"section[aria-labelledby='kop-{naam}']")
        expect(blok.locator(f"a[href^='/hartslag/{naam}.csv']")).to_have_count(1)
        gegevens = _csv(page, site, naam)
        if len(gegevens) > 1:
            expect(blok.locator("svg[role=img]").first).to_be_attached()
            assert _tabel(page, naam) == gegevens, naam
    kanaal = _csv(page, site, "volume-kanaal")
    assert sum(int(r[-1]) for r in kanaal[1:]) == corpus.uwv + 2  # every UWV signal, once
    assert len(kanaal) == 1 + 26 and kanaal[-1][0] == "2026-03-02"  # 26 weeks up to today
    telefoon = kanaal[0].index("telefoon")
    assert sum(int(r[telefoon]) for r in kanaal[1:]) >= 2  # the frontline's two calls
    stappen = dict(_csv(page, site, "doorlooptijden")[1:])
    assert stappen["Van knelpunt tot geaccepteerde eigenaar"] == "0"
    page.locator("section[aria-labelledby='kop-waarschuwingen'] summary").click()
    expect(page.locator("table[data-grafiek='waarschuwingen']")).to_contain_text("Nieuw patroon")
    toegankelijk(page)
    screenshot(page, "hartslag")


def test_period_choice_and_english_csv_headers(
    site: str, page: Page, webaccounts: dict[Rol, str], ctx: Context, clock: FixedClock
) -> None:
    dossiers(ctx, clock, stil_dagen=0)
    log_in_as(page, site, webaccounts[Rol.ANALIST])
    page.goto(f"{site}/hartslag")
    page.select_option("#weken", "13")
    page.get_by_role("button", name="Tonen").click()
    expect(page).to_have_url(f"{site}/hartslag?weken=13")
    expect(page.locator("table[data-grafiek='volume-brontype'] tbody tr")).to_have_count(13)
    page.get_by_role("button", name="English").click()
    assert _csv(page, site, "volume-brontype")[0] == ["Week (Monday)", "conversation", "Total"]
    ongeldig = page.request.get(f"{site}/hartslag?weken=500")
    assert ongeldig.status == 400 and "104" in ongeldig.text()


def test_frontline_and_partner_get_no_dashboard(
    site: str, page: Page, webaccounts: dict[Rol, str]
) -> None:
    for rol in (Rol.FRONTLINIE, Rol.PARTNER, Rol.EIGENAAR):
        log_in_as(page, site, webaccounts[rol])
        expect(page.get_by_role("link", name="Hartslag", exact=True)).to_have_count(0)
        assert page.request.get(f"{site}/hartslag").status == 403
        assert page.request.get(f"{site}/hartslag/terugkoppeling.csv").status == 403
