# SPDX-License-Identifier: EUPL-1.2
"""A dossier a partner keeps in its own installation, in Chromium: listed apart from the
organisation's own dossiers, marked as owned elsewhere, its shared part on a read-only
page; an offer to the organisation shows on both."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from playwright.sync_api import Page, expect

from hartslag.domein.vocabulaire import Rol
from hartslag.services.context import Context
from hartslag.services.uitwisselingpoorten import GedeeldGegeven, Partner
from tests.adapters.web.conftest import toegankelijk

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
