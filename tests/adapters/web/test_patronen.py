# SPDX-License-Identifier: EUPL-1.2
"""/patronen and /patronen/{id}: what a pattern shows, and what an analyst decides about
it (rename, confirm, merge, split, move, turn into a bottleneck) with the keyboard and
forms only; the frontline sees no such actions and a crafted request is refused."""

from __future__ import annotations

import re
from dataclasses import replace

from playwright.sync_api import Page, expect

from hartslag.domein.gebeurtenis import Handeling
from hartslag.domein.patroon import Patroonstatus
from hartslag.domein.vocabulaire import Rol
from hartslag.services import beheer, knelpunten, patronen
from hartslag.services.context import Context
from tests.adapters.web.conftest import screenshot, toegankelijk
from tests.adapters.web.gegevens import analysed_corpus, pattern_of, web_actor
from tests.adapters.web.test_start import log_in_as
from tests.afspraken import record_agreement
from tests.conftest import Server


def _csrf(page: Page) -> str:
    token = page.locator("input[name=csrf]").first.get_attribute("value")
    assert token
    return token


def test_analyst_renames_a_pattern_and_turns_it_into_a_bottleneck(
    site: str, page: Page, webaccounts: dict[Rol, str], ctx: Context, server: Server
) -> None:
    corpus = analysed_corpus(ctx)
    server.app.state.context = replace(ctx, netwerkeigenaar="UWV")  # decides on shared ones
    toeslag = pattern_of(ctx, corpus.toeslag_uwv[0])
    log_in_as(page, site, webaccounts[Rol.ANALIST])
    page.get_by_role("link", name="Patronen", exact=True).click()
    rij = page.locator("tbody tr", has=page.get_by_role("link", name=toeslag.titel))
    expect(rij).to_contain_text("organisatieoverstijgend")
    expect(rij).to_contain_text(f"GEM-UTR {toeslag.organisaties['GEM-UTR']}")
    expect(rij.locator("svg.hs-sparkline")).to_have_attribute("role", "img")
    toegankelijk(page)
    screenshot(page, "patronen")

    rij.get_by_role("link", name=toeslag.titel).click()
    expect(page).to_have_url(f"{site}/patronen/{toeslag.id}")
    eigen = toeslag.organisaties["UWV"]
    expect(page.locator("#omvang")).to_have_text(str(toeslag.omvang))
    expect(page.locator("#organisaties")).to_contain_text(f"UWV: {eigen} signalen")
    expect(page.locator("#sleutelwoorden")).to_contain_text(toeslag.sleutelwoorden[0])
    expect(page.locator("#patroonsignalen tbody tr")).to_have_count(eigen)  # only UWV's own
    toegankelijk(page)
    screenshot(page, "patroon")

    page.locator("#titel").fill("Terugvordering toeslag")
    page.locator("#bevestigd").check()
    page.locator("#reden-wijzig").fill("duidelijker voor het team")
    page.locator("#reden-wijzig").press("Enter")
    expect(page.get_by_role("status")).to_contain_text("Het patroon is opgeslagen.")
    expect(page.get_by_role("heading", level=1)).to_have_text("Terugvordering toeslag")
    expect(page.locator("#status")).to_contain_text("bevestigd")

    page.locator("#knelpunt_titel").fill("Terugvordering toeslag treft gezinnen")
    page.get_by_role("button", name="Maak het knelpuntdossier").click()
    expect(page.get_by_role("status")).to_contain_text("Het knelpuntdossier is gemaakt")
    expect(page.locator("#dossiers")).to_contain_text("Terugvordering toeslag treft gezinnen")

    analist = web_actor(ctx, "UWV", Rol.ANALIST)
    p = patronen.get_patroon(ctx, analist, toeslag.id)
    assert p.titel == "Terugvordering toeslag" and p.status == Patroonstatus.BEVESTIGD
    (k,) = knelpunten.list_knelpunten(ctx, analist)
    assert k.patronen == (str(toeslag.id),) and k.titel == "Terugvordering toeslag treft gezinnen"
    expect(page.get_by_role("link", name="Open het dossier")).to_have_attribute(
        "href", f"/knelpunten/{k.id}"
    )
    historie = beheer.audit_trail(ctx, "UWV", None, 100)
    assert any(g.actie == Handeling.PATROON_GEWIJZIGD and g.reden for g in historie)


def test_analyst_moves_splits_and_merges_signals(
    site: str, page: Page, webaccounts: dict[Rol, str], ctx: Context, server: Server
) -> None:
    corpus = analysed_corpus(ctx)
    server.app.state.context = replace(ctx, netwerkeigenaar="UWV")  # decides on shared ones
    ww, toeslag = pattern_of(ctx, corpus.ww[0]), pattern_of(ctx, corpus.toeslag_uwv[0])
    digid = pattern_of(ctx, corpus.digid[0])
    log_in_as(page, site, webaccounts[Rol.ANALIST])
    page.goto(f"{site}/patronen/{ww.id}")
    vinkjes = page.locator("#patroonsignalen input[name=signalen]")
    verplaatst = [vinkjes.nth(i).get_attribute("value") for i in range(2)]
    vinkjes.nth(0).check()
    vinkjes.nth(1).check()
    page.select_option("#naar", str(toeslag.id))
    page.get_by_role("button", name="Verplaatsen").click()
    expect(page.get_by_role("status")).to_contain_text("De signalen zijn verplaatst.")
    expect(page.locator("#aantal")).to_contain_text(f"{ww.omvang - 2} signalen")
    for sid, a in patronen.analysis_of(ctx, [corpus.ww[0], *map(_uuid, verplaatst)]).items():
        assert a.patroon_id == (ww.id if sid == corpus.ww[0] else toeslag.id)

    vinkjes.nth(0).check()
    vinkjes.nth(1).check()
    vinkjes.nth(2).check()
    page.locator("#nieuwe_titel").fill("WW en huur")
    page.get_by_role("button", name="Splits af als nieuw patroon").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("WW en huur")
    expect(page.locator("#omvang")).to_have_text("3")
    toegankelijk(page)

    page.goto(f"{site}/patronen/{ww.id}")
    page.select_option("#ander", str(digid.id))
    page.get_by_role("button", name="Samenvoegen").click()
    expect(page.get_by_role("status")).to_contain_text("samengevoegd")
    expect(page.locator("#omvang")).to_have_text(str(ww.omvang - 5 + digid.omvang))
    expect(page.locator("#aantal")).to_contain_text(f"{ww.omvang - 5 + digid.omvang} signalen")
    page.goto(f"{site}/patronen/{digid.id}")
    expect(page.get_by_text("Dit patroon is samengevoegd in")).to_be_visible()


def test_invalid_input_shows_the_form_again_and_stores_nothing(
    site: str, page: Page, webaccounts: dict[Rol, str], ctx: Context
) -> None:
    corpus = analysed_corpus(ctx)
    ww = pattern_of(ctx, corpus.ww[0])
    voor = [p.id for p in patronen.list_patronen(ctx, web_actor(ctx, "UWV", Rol.ANALIST))]
    log_in_as(page, site, webaccounts[Rol.ANALIST])
    page.goto(f"{site}/patronen/{ww.id}")
    page.locator("#nieuwe_titel").fill("Zonder signalen")
    page.get_by_role("button", name="Splits af als nieuw patroon").click()
    expect(page.get_by_role("alert")).to_contain_text("Kies eerst een of meer signalen")
    expect(page.locator("#nieuwe_titel")).to_have_value("Zonder signalen")
    page.locator("#omschrijving").fill("")
    page.get_by_role("button", name="Maak het knelpuntdossier").click()
    expect(page.get_by_role("alert")).to_contain_text("titel en een omschrijving")
    toegankelijk(page)
    analist = web_actor(ctx, "UWV", Rol.ANALIST)
    assert knelpunten.list_knelpunten(ctx, analist) == []
    assert [p.id for p in patronen.list_patronen(ctx, analist)] == voor


def test_frontline_sees_no_actions_and_a_crafted_post_is_refused(
    site: str, page: Page, webaccounts: dict[Rol, str], ctx: Context
) -> None:
    corpus = analysed_corpus(ctx)
    ww = pattern_of(ctx, corpus.ww[0])
    log_in_as(page, site, webaccounts[Rol.FRONTLINIE])
    page.goto(f"{site}/patronen/{ww.id}")
    expect(page.get_by_role("heading", level=1)).to_have_text(ww.titel)
    expect(page.locator("#patroonsignalen tbody tr")).to_have_count(min(ww.omvang, 20))
    for formulier in ("#wijzig-patroon", "#voeg-samen", "#signaalkeuze", "#maak-knelpunt"):
        expect(page.locator(formulier)).to_have_count(0)
    expect(page.locator("input[name=signalen]")).to_have_count(0)
    toegankelijk(page)

    csrf = _csrf(page)  # a valid token of this session: only the role stands in the way
    pogingen = {
        "wijzigen": {"titel": "Gekaapt", "bevestigd": "ja"},
        "knelpunt": {"knelpunt_titel": "Gekaapt", "omschrijving": "Gekaapt"},
        "splitsen": {"signalen": str(corpus.ww[0]), "nieuwe_titel": "Gekaapt"},
        "verplaatsen": {"signalen": str(corpus.ww[0]), "naar": "geen"},
    }
    for actie, velden in pogingen.items():
        antwoord = page.request.post(
            f"{site}/patronen/{ww.id}/{actie}", form={"csrf": csrf, **velden}, max_redirects=0
        )
        assert antwoord.status == 403, actie
        assert "Geen toegang" in antwoord.text()
    analist = web_actor(ctx, "UWV", Rol.ANALIST)
    assert patronen.get_patroon(ctx, analist, ww.id).titel == ww.titel
    assert knelpunten.list_knelpunten(ctx, analist) == []
    assert patronen.analysis_of(ctx, [corpus.ww[0]])[corpus.ww[0]].patroon_id == ww.id


def test_a_shared_pattern_offers_no_decisions_to_an_organisation_that_does_not_own_it(
    site: str, page: Page, webaccounts: dict[Rol, str], ctx: Context
) -> None:
    corpus = analysed_corpus(ctx)
    toeslag = pattern_of(ctx, corpus.toeslag_uwv[0])  # UWV's and GEM-UTR's signals
    assert set(toeslag.organisaties) == {"UWV", "GEM-UTR"}
    log_in_as(page, site, webaccounts[Rol.ANALIST])
    page.goto(f"{site}/patronen/{toeslag.id}")
    expect(page.locator("#gedeeld-patroon")).to_contain_text("ook signalen van andere")
    for formulier in ("#wijzig-patroon", "#voeg-samen", "#nieuwe_titel"):
        expect(page.locator(formulier)).to_have_count(0)
    expect(page.locator("#naar option[value=geen]")).to_have_count(1)  # own signals out
    expect(page.locator(f"#naar option[value='{toeslag.id}']")).to_have_count(0)
    toegankelijk(page)

    csrf = _csrf(page)
    pogingen = {
        "wijzigen": {"titel": "Gekaapt", "bevestigd": "ja"},
        "splitsen": {"signalen": str(corpus.toeslag_uwv[0]), "nieuwe_titel": "Gekaapt"},
    }
    for actie, velden in pogingen.items():
        antwoord = page.request.post(
            f"{site}/patronen/{toeslag.id}/{actie}", form={"csrf": csrf, **velden}
        )
        assert antwoord.status == 403, actie
        assert "bevat ook signalen van andere organisaties" in antwoord.text()
    ww = pattern_of(ctx, corpus.ww[0])  # the form says it in Dutch, and moves nothing
    page.goto(f"{site}/patronen/{ww.id}")
    gekozen = page.locator("#patroonsignalen input[name=signalen]").nth(0)
    gekozen.check()
    page.evaluate(
        "id => { const o = document.createElement('option'); o.value = id; o.text = 'x';"
        " document.querySelector('#naar').append(o); }",
        str(toeslag.id),
    )
    page.select_option("#naar", str(toeslag.id))
    page.get_by_role("button", name="Verplaatsen").click()
    expect(page.get_by_role("alert")).to_contain_text("Geen toegang: Dit patroon bevat ook")
    analist = web_actor(ctx, "UWV", Rol.ANALIST)
    na = patronen.get_patroon(ctx, analist, toeslag.id)
    assert (na.titel, na.status, na.omvang) == (toeslag.titel, toeslag.status, toeslag.omvang)
    signaal = _uuid(gekozen.get_attribute("value"))
    assert patronen.analysis_of(ctx, [signaal])[signaal].patroon_id == ww.id


def test_a_pattern_of_other_organisations_only_is_not_found_without_an_agreement(
    site: str, page: Page, webaccounts: dict[Rol, str], ctx: Context
) -> None:
    corpus = analysed_corpus(ctx, afspraken=False)
    ww = pattern_of(ctx, corpus.ww[0])  # UWV's signals only
    toeslag = patronen.analysis_of(ctx, corpus.toeslag_gem[:1])[corpus.toeslag_gem[0]]
    log_in_as(page, site, webaccounts[Rol.PARTNER])  # GEM-UTR
    page.goto(f"{site}/patronen")
    expect(page.get_by_role("link", name=ww.titel)).to_have_count(0)
    antwoord = page.goto(f"{site}/patronen/{ww.id}")
    assert antwoord is not None and antwoord.status == 404
    expect(page.get_by_role("heading", level=1)).to_have_text("Pagina niet gevonden")
    assert re.search(r"/patronen/[0-9a-f-]+$", page.url)
    # The shared pattern shows GEM-UTR its own count only: UWV recorded no agreement.
    page.goto(f"{site}/patronen/{toeslag.patroon_id}")
    expect(page.locator("#organisaties")).to_contain_text("GEM-UTR")
    expect(page.locator("#organisaties")).not_to_contain_text("UWV")

    record_agreement(ctx, "UWV", "GEM-UTR")  # now UWV shows GEM-UTR its patterns
    page.goto(f"{site}/patronen/{toeslag.patroon_id}")
    expect(page.locator("#organisaties")).to_contain_text("UWV")
    antwoord = page.goto(f"{site}/patronen/{ww.id}")
    assert antwoord is not None and antwoord.status == 200


def _uuid(waarde: str | None):  # type: ignore[no-untyped-def]
    import uuid

    assert waarde is not None
    return uuid.UUID(waarde)
