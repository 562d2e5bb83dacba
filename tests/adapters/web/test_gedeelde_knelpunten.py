# SPDX-License-Identifier: EUPL-1.2
"""A dossier a partner keeps in its own installation, in Chromium: listed apart from the
organisation's own dossiers, marked as owned elsewhere, its shared part on a read-only
page; an offer to the organisation shows on both."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from playwright.sync_api import Page, expect

from hartslag.domein.uitwisseling import TYPE_PREFIX, Gebeurtenistype
from hartslag.domein.vocabulaire import Rol
from hartslag.services.context import Context
from hartslag.services.uitwisselingpoorten import GedeeldGegeven, Partner
from tests.adapters.web.conftest import toegankelijk
from tests.afspraken import record_agreement

KNELPUNT = str(uuid.uuid4())


def _shared(ctx: Context, organisaties: dict[str, int], **gegevens: Any) -> None:
    """What SVB's installation sent UWV about one of its dossiers (as the receiver keeps it)."""
    uwv = organisaties["UWV"]
    with ctx.uow() as uow:
        partner = uow.partners.get(uwv, "SVB")
        if partner is None:
            nu = ctx.clock.now()
            partner = Partner(uwv, "SVB", "SVB", "00000001003300000001", None, True, nu)
            partner.id = uow.partners.add(partner)
        assert partner.id is not None
        data = {
            "titel": "AOW-gat na verhuizing",
            "beschrijving": "[PERSOON-1] kreeg twee maanden geen AOW",
            "status": "in-analyse",
            "eigenaarOrganisatie": "SVB",
            "voorgesteldeEigenaar": None,
            "betrokkenOrganisaties": ["SVB", "UWV"],
            "aantalSignalen": 5,
            "signalenPerOrganisatie": {"SVB": 3, "UWV": 2},
            "versie": 2,
            **gegevens,
        }
        uow.postvakken.put_gedeeld(
            GedeeldGegeven(uwv, partner.id, "knelpunt", KNELPUNT, "DA-1", data, ctx.clock.now())
        )
        uow.commit()


def test_a_partners_dossier_is_shown_as_owned_elsewhere(
    ingelogd: Callable[[Rol], Page], site: str, ctx: Context, organisaties: dict[str, int]
) -> None:
    _shared(ctx, organisaties)
    page = ingelogd(Rol.ANALIST)
    page.goto(f"{site}/knelpunten")
    rij = page.locator("#gedeelde-knelpunten tbody tr")
    expect(rij).to_have_count(1)
    expect(rij).to_contain_text("SVB (eigendom elders)")
    expect(page.locator("#knelpunten")).to_have_count(0)  # not one of its own dossiers
    rij.get_by_role("link", name="AOW-gat na verhuizing").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("AOW-gat na verhuizing")
    expect(page.locator("#eigendom")).to_contain_text("Eigendom elders: SVB is eigenaar.")
    expect(page.locator("#signalen")).to_contain_text("Gekoppelde signalen: 5")
    expect(page.locator(".hs-tekst")).to_have_text("[PERSOON-1] kreeg twee maanden geen AOW")
    expect(page.locator("main form")).to_have_count(0)  # read-only: nothing to change here
    toegankelijk(page)

    _shared(ctx, organisaties, voorgesteldeEigenaar="UWV", versie=3)
    page.reload()
    expect(page.locator("#aanbod")).to_contain_text("SVB biedt uw organisatie het eigenaarschap")
    page.goto(f"{site}/knelpunten")
    expect(page.locator("#gedeelde-knelpunten")).to_contain_text("Aangeboden aan uw organisatie")
    assert page.goto(f"{site}/knelpunten/gedeeld/{uuid.uuid4()}").status == 404  # type: ignore[union-attr]


def test_the_offered_organisation_answers_on_the_page(
    ingelogd: Callable[[Rol], Page], site: str, ctx: Context, organisaties: dict[str, int]
) -> None:
    """Declining needs a reason; without an agreement to send the answer the page says so
    and nothing is queued; with one the answer is queued for SVB once, and the page shows
    it instead of the form."""
    _shared(ctx, organisaties, voorgesteldeEigenaar="UWV", versie=3)
    page = ingelogd(Rol.ANALIST)
    page.goto(f"{site}/knelpunten/gedeeld/{KNELPUNT}")
    expect(page.locator("#antwoord form")).to_have_count(1)
    toegankelijk(page)

    page.get_by_role("button", name="Weigeren").click()  # no reason
    expect(page.locator("#fout-antwoord")).to_contain_text("waarom u het eigenaarschap weigert")
    page.fill("#reden-antwoord", "Wij voeren de AOW niet uit")
    page.get_by_role("button", name="Eigenaarschap accepteren").click()  # no agreement yet
    expect(page.locator("#fout-antwoord")).to_contain_text("Geen geldige uitgaande deelafspraak")
    expect(page.locator("#reden-antwoord")).to_have_value("Wij voeren de AOW niet uit")
    assert _queued(ctx, organisaties) == []

    with ctx.uow() as uow:  # an OIN and an agreement: what the exchange needs to send
        uow.partners.set_oin(organisaties["UWV"], "00000001003214345000")
        uow.commit()
    record_agreement(
        ctx,
        "UWV",
        "SVB",
        typen={
            Gebeurtenistype.KNELPUNT_EIGENAARSCHAP_GEACCEPTEERD,
            Gebeurtenistype.KNELPUNT_EIGENAARSCHAP_GEWEIGERD,
        },
        code="DA-ANTWOORD",
    )
    page.get_by_role("button", name="Eigenaarschap accepteren").click()
    expect(page.locator(".hs-melding")).to_contain_text("U hebt het eigenaarschap geaccepteerd")
    expect(page.locator("#aanbod")).to_contain_text("SVB maakt u eigenaar zodra uw antwoord")
    expect(page.locator("#antwoord")).to_have_count(0)  # answered: no form again
    assert _queued(ctx, organisaties) == ["knelpunt-eigenaarschap-geaccepteerd"]
    page.reload()  # a reload does not post again (303 after the answer)
    assert _queued(ctx, organisaties) == ["knelpunt-eigenaarschap-geaccepteerd"]


def _queued(ctx: Context, organisaties: dict[str, int]) -> list[str]:
    with ctx.uow(schrijven=False) as uow:
        return [
            g.type.removeprefix(TYPE_PREFIX)
            for g in uow.postvakken.uitgaand(organisaties["UWV"], None)
            if g.onderwerp == KNELPUNT
        ]
