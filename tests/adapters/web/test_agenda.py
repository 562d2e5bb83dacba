# SPDX-License-Identifier: EUPL-1.2
"""The agenda-moment calendar in Chromium: the default calendar, editing a moment, aiming a
bottleneck at it from its dossier, and a removal refused while a bottleneck targets it."""

from __future__ import annotations

from collections.abc import Callable

from playwright.sync_api import Page, expect

from hartslag.domein.vocabulaire import Rol
from hartslag.services import agendering, knelpunten
from hartslag.services.context import Context
from hartslag.services.knelpunten import NieuwKnelpunt
from tests.adapters.web.conftest import screenshot, toegankelijk
from tests.adapters.web.knelpunthulp import actor


def test_edit_an_agenda_moment_and_aim_a_bottleneck_at_it(
    ingelogd: Callable[[Rol], Page], site: str, ctx: Context
) -> None:
    k = knelpunten.create_knelpunt(
        ctx, actor(ctx, "UWV", Rol.ANALIST), NieuwKnelpunt("Bezwaren blijven liggen", "x")
    )
    page = ingelogd(Rol.ANALIST)
    page.goto(f"{site}/agenda")
    expect(page.locator(".hs-leeg")).to_contain_text("Geen agenderingsmomenten")
    page.fill("#jaar", "2026")
    page.get_by_role("button", name="Standaardmomenten toevoegen").click()
    expect(page.locator(".hs-melding")).to_contain_text("standaardmomenten van dat jaar")
    expect(page.locator(".hs-kalender__moment")).to_have_count(5)
    page.get_by_role("link", name="Staat van de Uitvoering 2026").click()
    expect(page.locator("#wijzig-indiendeadline")).to_have_value("2026-03-23")

    # A deadline after the moment itself is refused, with the service's message.
    page.fill("#wijzig-indiendeadline", "2026-07-01")
    page.get_by_role("button", name="Agenderingsmoment opslaan").click()
    expect(page.locator("#fout-wijzigen")).to_contain_text("moet vóór of op de datum")
    expect(page.locator("#wijzig-indiendeadline")).to_have_value("2026-07-01")
    page.fill("#wijzig-naam", "Staat van de Uitvoering 2026 (ministerie SZW)")
    page.fill("#wijzig-indiendeadline", "2026-04-10")
    page.fill("#wijzig-herinneringen", "21, 7, 1")
    page.get_by_role("button", name="Agenderingsmoment opslaan").click()
    expect(page.locator(".hs-melding")).to_contain_text("opgeslagen")
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Staat van de Uitvoering 2026 (ministerie SZW)"
    )
    expect(page.locator(".hs-gegevens")).to_contain_text("10 apr 2026")
    expect(page.locator(".hs-gegevens")).to_contain_text("21, 7, 1")
    toegankelijk(page)

    # Aim the bottleneck at it from the dossier page.
    page.goto(f"{site}/knelpunten/{k.id}")
    page.select_option(
        "#moment",
        label="Staat van de Uitvoering 2026 (ministerie SZW) (indienen uiterlijk 10 apr 2026)",
    )
    page.get_by_role("button", name="Agenderingsmoment opslaan").click()
    expect(page.locator("#agendering")).to_contain_text("Indienen uiterlijk: 10 apr 2026")
    page.goto(f"{site}/agenda")
    moment = page.locator(".hs-kalender__moment", has_text="ministerie SZW")
    expect(moment).to_contain_text("Bezwaren blijven liggen")
    expect(moment).to_contain_text("nog 39 dagen")  # the test clock says 2 March 2026
    screenshot(page, "agenda")
    toegankelijk(page)

    # Removing it is refused while the bottleneck targets it.
    moment.get_by_role("link").first.click()
    page.get_by_role("button", name="Agenderingsmoment verwijderen").click()
    expect(page.locator("#fout-verwijderen")).to_contain_text("Bezwaren blijven liggen")
    gericht = agendering.list_momenten(ctx, actor(ctx, "UWV", Rol.ANALIST))
    assert [len(m.knelpunten) for m in gericht if "SZW" in m.moment.naam] == [1]


def test_frontline_reads_the_calendar_but_gets_no_forms(
    ingelogd: Callable[[Rol], Page], site: str, ctx: Context
) -> None:
    agendering.add_default_calendar(ctx, actor(ctx, "UWV", Rol.BEHEERDER), 2026)
    page = ingelogd(Rol.FRONTLINIE)
    page.goto(f"{site}/agenda")
    expect(page.locator(".hs-kalender__moment")).to_have_count(5)
    expect(page.locator("form[action='/agenda/nieuw']")).to_have_count(0)
    page.get_by_role("link", name="Voorjaarsnota 2026").click()
    expect(page.get_by_role("button", name="Agenderingsmoment opslaan")).to_have_count(0)
    toegankelijk(page)
