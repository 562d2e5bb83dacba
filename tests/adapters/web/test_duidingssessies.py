# SPDX-License-Identifier: EUPL-1.2
"""Sensemaking sessions in Chromium: plan one on a dossier, add participants, a conclusion
and an agreed action, record it, and find the action on the dossier."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime

from playwright.sync_api import Page, expect

from hartslag.domein.duiding import Deelnemer
from hartslag.domein.vocabulaire import Rol
from hartslag.services import duidingssessies, knelpunten
from hartslag.services.context import Context
from hartslag.services.duidingssessies import NieuweSessie
from hartslag.services.knelpunten import NieuwKnelpunt
from tests.adapters.web.conftest import screenshot, toegankelijk
from tests.adapters.web.knelpunthulp import UUID, actor, post_form


def test_plan_a_session_record_it_and_its_action_lands_on_the_dossier(
    ingelogd: Callable[[Rol], Page], site: str, ctx: Context
) -> None:
    k = knelpunten.create_knelpunt(
        ctx,
        actor(ctx, "UWV", Rol.ANALIST),
        NieuwKnelpunt("Eerste WW-betaling te laat", "Wachten op de eerste WW"),
    )
    page = ingelogd(Rol.ANALIST)
    page.goto(f"{site}/knelpunten/{k.id}")
    page.get_by_role("link", name="Een duidingssessie over dit knelpunt plannen").click()
    expect(page.get_by_label("Eerste WW-betaling te laat")).to_be_checked()
    page.fill("#titel", "Duiding WW-betalingen")
    page.get_by_role("button", name="Sessie plannen").click()
    expect(page.get_by_role("alert")).to_contain_text("Geef de datum van de sessie")
    page.fill("#datum", "2026-03-16")
    page.fill("#tijd", "14:00")
    toegankelijk(page)
    page.get_by_role("button", name="Sessie plannen").click()
    expect(page).to_have_url(re.compile(rf"/duidingssessies/{UUID}\?gelukt=gepland"))
    expect(page.locator(".hs-kenmerken").first).to_contain_text("16 mrt 2026, 14:00")
    expect(page.locator("#agenda")).to_contain_text("Eerste WW-betaling te laat")
    expect(page.locator("#agenda")).to_contain_text("Wat knelt hier, voor wie")

    # Recording without participants and conclusions is refused, with what is missing.
    page.get_by_role("button", name="Sessie vastleggen").click()
    expect(page.locator("#fout-vastlegging")).to_contain_text("Ontbreekt: deelnemers")

    page.locator("#deelnemers summary").click()
    page.fill("#deelnemer-organisatie", "UWV")
    page.fill("#deelnemer-rol", "uitvoering")
    page.get_by_role("button", name="Deelnemer toevoegen").click()
    page.locator("#deelnemers summary").click()
    page.fill("#deelnemer-organisatie", "Schuldhulpmaatje")
    page.select_option("#deelnemer-soort", "maatschappelijke-partner")
    page.get_by_role("button", name="Deelnemer toevoegen").click()
    expect(page.locator("#deelnemers tbody tr")).to_have_count(2)
    expect(page.locator("#deelnemers")).to_contain_text("maatschappelijke partner")
    page.fill("#conclusie", "De toets op het arbeidsverleden is de vertraging")
    page.get_by_role("button", name="Conclusie toevoegen").click()
    expect(page.locator("#conclusies li")).to_have_count(1)
    page.locator("#afspraken summary").click()
    page.fill("#afspraak-omschrijving", "Automatische toets uitwerken")
    page.fill("#afspraak-eigenaar", "Team WW")
    page.fill("#afspraak-deadline", "2026-04-30")
    page.get_by_role("button", name="Afgesproken actie toevoegen").click()
    expect(page.locator("#afspraken tbody tr")).to_have_count(1)
    toegankelijk(page)
    screenshot(page, "duidingssessie")

    page.get_by_role("button", name="Sessie vastleggen").click()
    expect(page.locator(".hs-melding")).to_contain_text("De sessie is vastgelegd")
    expect(page.get_by_role("button", name="Sessie vastleggen")).to_have_count(0)
    expect(page.get_by_role("button", name="Deelnemer toevoegen")).to_have_count(0)
    expect(page.locator("#historie")).to_contain_text("Sessie vastgelegd")

    page.goto(f"{site}/duidingssessies")
    rij = page.locator("#sessies tbody tr")
    expect(rij).to_have_count(1)
    expect(rij).to_contain_text("vastgelegd")
    screenshot(page, "duidingssessies")
    toegankelijk(page)

    page.goto(f"{site}/knelpunten/{k.id}")
    expect(page.locator("#acties")).to_contain_text("Automatische toets uitwerken")
    expect(page.locator("#acties")).to_contain_text("afgesproken in een duidingssessie")
    expect(page.locator("#sessies")).to_contain_text("Duiding WW-betalingen")
    expect(page.locator("#historie")).to_contain_text("Besproken in een duidingssessie")
    sessie = duidingssessies.list_sessies(ctx, actor(ctx, "UWV", Rol.ANALIST))[0]
    assert [d.organisatie for d in sessie.deelnemers] == ["UWV", "Schuldhulpmaatje"]
    assert sessie.afspraken[0].actie_id is not None


def test_recorded_session_refuses_a_change_posted_anyway(
    ingelogd: Callable[[Rol], Page], site: str, ctx: Context
) -> None:
    a = actor(ctx, "UWV", Rol.MANAGER)
    k = knelpunten.create_knelpunt(ctx, a, NieuwKnelpunt("Toeslag", "x"))
    s = duidingssessies.create_sessie(
        ctx,
        a,
        NieuweSessie(
            "Al besproken",
            datetime(2026, 3, 1, 10, tzinfo=UTC),
            (Deelnemer("UWV"),),
            (k.id,),
            conclusies=("klaar",),
        ),
    )
    duidingssessies.record_outcome(ctx, a, s.id)
    page = ingelogd(Rol.MANAGER)
    page.goto(f"{site}/duidingssessies/{s.id}")
    expect(page.locator("#vastlegging")).to_contain_text("wordt niet meer gewijzigd")
    antwoord = post_form(page, f"/duidingssessies/{s.id}/conclusies", {"conclusie": "later"})
    assert antwoord.status == 409
    assert duidingssessies.get_sessie(ctx, a, s.id).conclusies == ("klaar",)
