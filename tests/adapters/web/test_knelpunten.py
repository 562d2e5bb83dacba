# SPDX-License-Identifier: EUPL-1.2
"""Bottleneck pages in Chromium: the list and its views, creating a dossier, walking it
through its workflow with reasons, a transfer accepted by another organisation, and the
bottleneck letter as PDF and DOCX."""

from __future__ import annotations

import html
import io
import re
import uuid
from collections.abc import Callable
from pathlib import Path

from docx import Document
from playwright.sync_api import Page, expect
from pypdf import PdfReader

from hartslag.domein.knelpunt import Casus, Eigenaar, Knelpuntstatus, Laag
from hartslag.domein.vocabulaire import Impactdomein, Rol
from hartslag.services import eigenaarschap, knelpunten
from hartslag.services.context import Context
from hartslag.services.knelpunten import NieuwKnelpunt
from tests.adapters.web.conftest import screenshot, toegankelijk
from tests.adapters.web.knelpunthulp import UUID, account, actor, dossier_id, log_in, post_form
from tests.conftest import FixedClock

K = Knelpuntstatus


def stappen(page: Page) -> list[str]:
    """The next steps the dossier page offers, as their labels."""
    return page.locator("#workflow input[name=naar] + label").all_inner_texts()


def zet_stap(page: Page, naar: str, reden: str) -> None:
    page.locator("#workflow").get_by_label(naar, exact=True).check()
    page.locator("#reden-overgang").fill(reden)
    page.get_by_role("button", name="Status wijzigen").click()


def test_walk_a_bottleneck_through_its_workflow_with_reasons(
    ingelogd: Callable[[Rol], Page], site: str, ctx: Context
) -> None:
    page = ingelogd(Rol.MANAGER)
    page.goto(f"{site}/knelpunten")
    page.get_by_role("link", name="Nieuw knelpunt").click()
    toegankelijk(page)
    page.fill("#titel", "Eerste WW-betaling komt weken te laat")
    page.fill("#omschrijving", "Mensen wachten na ontslag vaak zes weken op hun eerste WW.")
    page.fill("#knellend_mechanisme", "Handmatige toets op het arbeidsverleden")
    page.get_by_label("systeem", exact=True).check()
    page.get_by_role("button", name="Knelpunt aanmaken").click()
    expect(page).to_have_url(re.compile(rf"/knelpunten/{UUID}\?gelukt=aangemaakt"))
    expect(page.locator(".hs-melding")).to_contain_text("Het dossier is aangemaakt")
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Eerste WW-betaling komt weken te laat"
    )
    kid = dossier_id(page)
    # Only the steps the workflow table and the role allow are offered.
    assert stappen(page) == ["in analyse", "niet opgelost"]

    # Every step needs a reason: without one the service refuses and nothing changes.
    page.locator("#workflow").get_by_label("in analyse", exact=True).check()
    page.get_by_role("button", name="Status wijzigen").click()
    expect(page.locator("#fout-overgang")).to_contain_text("Geef bij elke statusovergang een reden")
    assert (
        knelpunten.get_knelpunt(ctx, actor(ctx, "UWV", Rol.MANAGER), uuid.UUID(kid)).status
        == K.NIEUW
    )

    zet_stap(page, "in analyse", "Patroon van 40 signalen bevestigd")
    expect(page.locator(".hs-kenmerken .hs-status")).to_have_text("in analyse")
    expect(page.locator("#workflow")).to_contain_text("In behandeling’ kan zodra een eigenaar")
    assert "in behandeling" not in stappen(page)
    zet_stap(page, "geagendeerd", "Op de agenda van het MT")

    # An owner accepts; then "in behandeling" is offered.
    page.locator("#eigenaar summary").click()
    page.select_option("#overdracht-organisatie", "UWV")
    page.fill("#overdracht-team", "Team WW")
    page.fill("#reden-overdracht", "Team WW beheert de eerste betaling")
    page.get_by_role("button", name="Eigenaarschap aanbieden").click()
    expect(page.locator("#eigenaar")).to_contain_text("Aangeboden aan Team WW (UWV)")
    page.get_by_role("button", name="Eigenaarschap accepteren").click()
    expect(page.locator(".hs-kenmerken")).to_contain_text("Team WW (UWV)")
    assert stappen(page) == ["in analyse", "in behandeling", "niet opgelost"]
    zet_stap(page, "in behandeling", "Team WW start de aanpak")
    zet_stap(page, "opgelost", "Automatische toets live sinds 1 maart")
    expect(page.locator(".hs-kenmerken .hs-status")).to_have_text("opgelost")
    expect(page.locator(".hs-stappen__stap--nu")).to_contain_text("opgelost")
    assert stappen(page) == ["in analyse"]  # reopening is the only way on
    historie = page.locator("#historie")
    for reden in ("Patroon van 40 signalen bevestigd", "Automatische toets live sinds 1 maart"):
        expect(historie).to_contain_text(reden)
    expect(historie).to_contain_text("status: in-behandeling → opgelost")
    toegankelijk(page)

    # A step the page does not offer, posted by hand, is refused by the service.
    antwoord = post_form(page, f"/knelpunten/{kid}/overgang", {"naar": "nieuw", "reden": "x"})
    assert antwoord.status == 409
    assert "kan niet naar 'nieuw'" in html.unescape(antwoord.text())
    k = knelpunten.get_knelpunt(ctx, actor(ctx, "UWV", Rol.MANAGER), uuid.UUID(kid))
    assert k.status == K.OPGELOST


def test_role_without_the_step_is_refused_when_it_posts_it_anyway(
    ingelogd: Callable[[Rol], Page], site: str, ctx: Context
) -> None:
    k = knelpunten.create_knelpunt(
        ctx, actor(ctx, "UWV", Rol.ANALIST), NieuwKnelpunt("Toeslag te laat", "Omschrijving")
    )
    page = ingelogd(Rol.FRONTLINIE)
    page.goto(f"{site}/knelpunten/{k.id}")
    expect(page.locator("#workflow")).to_contain_text("Alleen de organisatie")
    assert stappen(page) == []
    expect(page.get_by_role("link", name="Nieuw knelpunt")).to_have_count(0)
    antwoord = post_form(page, f"/knelpunten/{k.id}/overgang", {"naar": "in-analyse", "reden": "x"})
    assert antwoord.status == 403
    assert knelpunten.get_knelpunt(ctx, actor(ctx, "UWV", Rol.ANALIST), k.id).status == K.NIEUW
    nieuw = page.goto(f"{site}/knelpunten/nieuw")
    assert nieuw is not None and nieuw.status == 403


def test_list_by_state_owner_and_days_stuck_with_filters_and_views(
    ingelogd: Callable[[Rol], Page], site: str, ctx: Context, clock: FixedClock
) -> None:
    a = actor(ctx, "UWV", Rol.MANAGER)
    stil = knelpunten.create_knelpunt(ctx, a, NieuwKnelpunt("Bezwaren blijven liggen", "x"))
    clock.advance(days=20)
    eigen = knelpunten.create_knelpunt(ctx, a, NieuwKnelpunt("Aanvraag WIA onduidelijk", "y"))
    eigenaarschap.transfer_owner(ctx, a, eigen.id, Eigenaar("UWV", "Team WIA"), "WIA")
    eigenaarschap.accept_transfer(ctx, a, eigen.id, None)
    knelpunten.transition_knelpunt(ctx, a, eigen.id, K.IN_ANALYSE, "analyse")
    clock.advance(days=3)
    page = ingelogd(Rol.ANALIST)
    page.goto(f"{site}/knelpunten")
    rijen = page.locator("#knelpunten tbody tr")
    expect(rijen).to_have_count(2)
    # Most stuck first, with owner and days without progress.
    expect(rijen.nth(0)).to_contain_text("Bezwaren blijven liggen")
    expect(rijen.nth(0)).to_contain_text("Geen eigenaar")
    expect(rijen.nth(0).locator("td").nth(3)).to_have_text("23")
    expect(rijen.nth(1)).to_contain_text("Team WIA (UWV)")
    screenshot(page, "knelpunten")
    page.get_by_role("link", name="Knelpunt (sorteren)").click()
    expect(rijen.nth(0)).to_contain_text("Aanvraag WIA onduidelijk")
    page.select_option("#filter-status", "in-analyse")
    page.get_by_role("button", name="Tonen").click()
    expect(rijen).to_have_count(1)
    expect(page).to_have_url(re.compile(r"status=in-analyse.*sorteer=titel"))
    page.select_option("#filter-status", label="Alle statussen")
    page.select_option("#filter-eigenaar", "-")
    page.get_by_role("button", name="Tonen").click()
    expect(rijen).to_have_count(1)
    expect(rijen.nth(0)).to_contain_text("Bezwaren blijven liggen")
    toegankelijk(page)

    page.get_by_role("link", name="Zonder eigenaar").click()
    expect(page.get_by_role("link", name="Zonder eigenaar")).to_have_attribute(
        "aria-current", "page"
    )
    expect(rijen).to_have_count(1)
    page.get_by_role("link", name="Vastgelopen").click()
    expect(page.locator("#filter-dagen")).to_have_value("14")
    expect(rijen).to_have_count(1)
    expect(page.locator(".hs-samenvatting")).to_contain_text("team")
    page.fill("#filter-dagen", "0")
    page.get_by_role("button", name="Tonen").click()
    expect(rijen).to_have_count(2)
    toegankelijk(page)
    rijen.nth(0).get_by_role("link").click()
    expect(page).to_have_url(f"{site}/knelpunten/{stil.id}")


def test_create_form_keeps_what_was_typed_and_says_what_is_missing(
    ingelogd: Callable[[Rol], Page], site: str
) -> None:
    page = ingelogd(Rol.ANALIST)
    page.goto(f"{site}/knelpunten/nieuw")
    page.fill("#omschrijving", "Zonder titel")
    page.get_by_label("netwerk", exact=True).check()
    page.get_by_role("button", name="Knelpunt aanmaken").click()
    expect(page.get_by_role("alert")).to_contain_text("heeft een titel en een omschrijving")
    expect(page.locator("#omschrijving")).to_have_value("Zonder titel")
    expect(page.get_by_label("netwerk", exact=True)).to_be_checked()
    toegankelijk(page)


def test_transfer_to_another_organisation_is_accepted_on_its_own_dossier_page(
    ingelogd: Callable[[Rol], Page], site: str, ctx: Context, webaccounts: dict[Rol, str]
) -> None:
    k = knelpunten.create_knelpunt(
        ctx,
        actor(ctx, "UWV", Rol.ANALIST),
        NieuwKnelpunt(
            "Kostendelersnorm straft mantelzorg", "Inwonende kinderen verliezen bijstand"
        ),
    )
    page = ingelogd(Rol.MANAGER)
    page.goto(f"{site}/knelpunten/{k.id}")

    def bied_aan(reden: str) -> None:
        page.locator("#eigenaar summary").click()
        page.select_option("#overdracht-organisatie", "GEM-UTR")
        page.fill("#overdracht-team", "Wijkteam Noord")
        page.fill("#reden-overdracht", reden)
        page.get_by_role("button", name="Eigenaarschap aanbieden").click()
        expect(page.locator(".hs-melding")).to_contain_text("Het eigenaarschap is aangeboden")

    bied_aan("De gemeente gaat over de bijstand")
    # The receiving side declines (with a reason) on its own dossier page ...
    log_in(page, site, webaccounts[Rol.PARTNER])
    page.goto(f"{site}/knelpunten")
    expect(page.locator("#knelpunten")).to_contain_text("Aangeboden aan uw organisatie")
    page.get_by_role("link", name="Kostendelersnorm straft mantelzorg").click()
    page.get_by_role("button", name="Weigeren").click()
    expect(page.locator("#fout-acceptatie")).to_contain_text("waarom u het eigenaarschap weigert")
    page.fill("#reden-acceptatie", "Eerst afstemmen met de wijkteams")
    page.get_by_role("button", name="Weigeren").click()
    expect(page).to_have_url(f"{site}/knelpunten?gelukt=geweigerd")
    expect(page.locator(".hs-melding")).to_contain_text("U hebt het eigenaarschap geweigerd")
    expect(page.locator("#knelpunten")).to_have_count(0)  # no longer involved
    # ... and accepts a second offer.
    log_in(page, site, webaccounts[Rol.MANAGER])
    page.goto(f"{site}/knelpunten/{k.id}")
    bied_aan("Afgestemd met de wijkteams")
    log_in(page, site, webaccounts[Rol.PARTNER])
    page.goto(f"{site}/knelpunten/{k.id}")
    expect(page.locator("#eigenaar")).to_contain_text("Aangeboden aan Wijkteam Noord (GEM-UTR)")
    page.fill("#reden-acceptatie", "Wijkteam Noord pakt het op")
    page.get_by_role("button", name="Eigenaarschap accepteren").click()
    expect(page.locator(".hs-melding")).to_contain_text("U hebt het eigenaarschap")
    expect(page.locator(".hs-kenmerken")).to_contain_text("Wijkteam Noord (GEM-UTR)")
    # A partner sees the shared dossier, not its audit trail, and steers nothing.
    expect(page.locator("#historie")).to_contain_text("Uw rol ziet de historie van dossiers niet")
    assert stappen(page) == []
    toegankelijk(page)
    # The receiving organisation's manager now steers it.
    email, gemeente = account(ctx, "GEM-UTR", Rol.MANAGER)
    log_in(page, site, email)
    page.goto(f"{site}/knelpunten/{k.id}")
    assert stappen(page) == ["in analyse", "niet opgelost"]
    geschiedenis = [g.actie for g in knelpunten.historie(ctx, gemeente, k.id)]
    assert geschiedenis[-4:] == [
        "eigenaarschap.aangeboden",
        "eigenaarschap.geweigerd",
        "eigenaarschap.aangeboden",
        "eigenaarschap.geaccepteerd",
    ]


def test_letter_downloads_as_pdf_and_docx_with_the_dossier_title(
    ingelogd: Callable[[Rol], Page], site: str, ctx: Context
) -> None:
    a = actor(ctx, "UWV", Rol.MANAGER)
    k = knelpunten.create_knelpunt(
        ctx,
        a,
        NieuwKnelpunt(
            "Herbeoordeling WIA duurt te lang",
            "Mensen wachten maanden op een herbeoordeling en weten niet waar ze aan toe zijn.",
            knellend_mechanisme="Tekort aan verzekeringsartsen",
            lagen=(Laag.ORGANISATIE, Laag.SYSTEEM),
            impactdomeinen=(Impactdomein.DIENSTVERLENING,),
            getroffen_groepen=("WIA-gerechtigden",),
            geschat_bereik=12000,
            casussen=(Casus("Wachten op de arts", "Een man wacht acht maanden op zijn keuring."),),
            alternatieven=("Taakdelegatie naar arbeidsdeskundigen", "Voorrang bij wijziging"),
            gevraagd_besluit="Budget voor taakdelegatie",
        ),
    )
    eigenaarschap.transfer_owner(ctx, a, k.id, Eigenaar("UWV", "Team WIA"), "WIA-keuringen")
    eigenaarschap.accept_transfer(ctx, a, k.id, None)
    knelpunten.transition_knelpunt(ctx, a, k.id, K.IN_ANALYSE, "Wachttijden in kaart brengen")
    knelpunten.add_besluit(ctx, a, k.id, "Pilot taakdelegatie", "Kan binnen de huidige wet")
    knelpunten.add_actie(ctx, a, k.id, "Pilot opzetten in regio Utrecht", "Team WIA", None)
    page = ingelogd(Rol.EIGENAAR)
    page.goto(f"{site}/knelpunten/{k.id}")
    screenshot(page, "knelpunt")
    toegankelijk(page)
    with page.expect_download() as pdf:
        page.get_by_role("link", name="Downloaden als PDF").click()
    assert pdf.value.suggested_filename == f"knelpuntenbrief-{k.id}.pdf"
    inhoud = Path(pdf.value.path()).read_bytes()
    assert inhoud.startswith(b"%PDF")
    tekst = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(inhoud)).pages)
    assert "Herbeoordeling WIA duurt te lang" in tekst
    assert "Tekort aan verzekeringsartsen" in tekst
    assert "Taakdelegatie naar arbeidsdeskundigen" in tekst
    with page.expect_download() as docx:
        page.get_by_role("link", name="Downloaden als Word (DOCX)").click()
    alinea = [p.text for p in Document(docx.value.path()).paragraphs]
    assert "Herbeoordeling WIA duurt te lang" in alinea
    historie = knelpunten.historie(ctx, a, k.id)
    assert [g.na for g in historie if g.actie == "knelpuntenbrief.gemaakt"] == [
        {"formaat": "pdf"},
        {"formaat": "docx"},
    ]


def test_dossier_of_an_organisation_not_involved_is_not_found(
    ingelogd: Callable[[Rol], Page], site: str, ctx: Context
) -> None:
    k = knelpunten.create_knelpunt(
        ctx, actor(ctx, "GEM-UTR", Rol.MANAGER), NieuwKnelpunt("Alleen gemeente", "x")
    )
    page = ingelogd(Rol.BEHEERDER)
    antwoord = page.goto(f"{site}/knelpunten/{k.id}")
    assert antwoord is not None and antwoord.status == 404
    expect(page.get_by_role("heading", level=1)).to_have_text("Pagina niet gevonden")
    brief = page.goto(f"{site}/knelpunten/{k.id}/brief.pdf")
    assert brief is not None and brief.status == 404


def test_next_step_can_be_taken_with_the_keyboard_alone(
    ingelogd: Callable[[Rol], Page], site: str, ctx: Context
) -> None:
    a = actor(ctx, "UWV", Rol.ANALIST)
    k = knelpunten.create_knelpunt(ctx, a, NieuwKnelpunt("Toeslag te laat", "Omschrijving"))
    page = ingelogd(Rol.ANALIST)
    page.goto(f"{site}/knelpunten/{k.id}")
    keuze = page.locator("#naar-in-analyse")
    for _ in range(80):  # Tab through the page until the first step has the focus
        page.keyboard.press("Tab")
        if keuze.evaluate("e => e === document.activeElement"):
            break
    expect(keuze).to_be_focused()
    page.keyboard.press("Space")
    page.keyboard.press("Tab")
    expect(page.locator("#reden-overgang")).to_be_focused()
    page.keyboard.type("Signalen bevestigen het patroon")
    page.keyboard.press("Tab")
    expect(page.get_by_role("button", name="Status wijzigen")).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.locator(".hs-kenmerken .hs-status")).to_have_text("in analyse")
    assert knelpunten.get_knelpunt(ctx, a, k.id).status == K.IN_ANALYSE
