# SPDX-License-Identifier: EUPL-1.2
"""/netwerkbeeld and /uitwisseling: a pattern that only the combination with a partner's
shared signals shows, with counts per organisation and no partner text; the register of
data flows and its CSV; the administrator offers a dead letter again, others cannot."""

from __future__ import annotations

import random
import uuid
from datetime import timedelta

from playwright.sync_api import Page, expect

from hartslag.domein.uitwisseling import Gebeurtenistype, Richting
from hartslag.domein.vocabulaire import Rol
from hartslag.services import uitwisselingbeheer
from hartslag.services.context import Context
from hartslag.services.uitwisselingpoorten import (
    ONBESTELBAAR,
    GedeeldGegeven,
    UitgaandeGebeurtenis,
)
from tests.adapters.web.conftest import screenshot, toegankelijk
from tests.adapters.web.test_start import log_in_as
from tests.analyse.synthetisch import tekst
from tests.services.analysedata import START, store
from tests.services.analysedata import actor as actor_of

OIN_UWV = "00000001003214345000"
OIN_AMS = "00000001002564440000"
PARTNERTEKST = "Uniek partnerwoord dat nooit in een pagina mag staan"


def _partner(ctx: Context, uwv: int) -> int:
    uitwisselingbeheer.set_oin(ctx, uwv, OIN_UWV, "test")
    uitwisselingbeheer.add_partner(
        ctx, uwv, "GEM-AMS", "Gemeente Amsterdam", OIN_AMS, "http://127.0.0.1:9/x", "test"
    )
    for richting in (Richting.UITGAAND, Richting.INKOMEND):
        uitwisselingbeheer.add_afspraak(
            ctx, uwv, "test", code="DA-7", partner="GEM-AMS", richting=richting,
            gebeurtenistypen=frozenset({Gebeurtenistype.SIGNAAL_GEDEELD}),
            themas=frozenset({"*"}), velden=frozenset({"tekst", "themas", "kanaal"}),
            grondslag="Convenant 2026", doel="Patronen over organisaties heen",
            geldig_vanaf=ctx.clock.now() - timedelta(days=1), geldig_tot=None,
        )  # fmt: skip
    with ctx.uow(schrijven=False) as uow:
        partner = uow.partners.get(uwv, "GEM-AMS")
    assert partner is not None and partner.id is not None
    return partner.id


def _shared(ctx: Context, uwv: int, partner_id: int, aantal: int) -> None:
    """Signals GEM-AMS shared with UWV, as the receiver stores them."""
    rng = random.Random(5)
    with ctx.uow() as uow:
        for i in range(aantal):
            uow.postvakken.put_gedeeld(
                GedeeldGegeven(
                    uwv, partner_id, "signaal", str(uuid.uuid4()), "DA-7",
                    {
                        "tekst": f"{tekst(rng, 'toeslag')} {PARTNERTEKST if i == 0 else ''}",
                        "themas": ["toeslag"], "kanaal": "email", "brontype": "klacht",
                        "ontvangenOp": (START + timedelta(days=i)).isoformat(),
                    },
                    ctx.clock.now(),
                )
            )  # fmt: skip
        uow.commit()


def _dead_letter(ctx: Context, uwv: int, partner_id: int) -> uuid.UUID:
    g = UitgaandeGebeurtenis(
        uuid.uuid4(), uwv, partner_id, "DA-7", "nl.overheid.signalen.signaal-gedeeld",
        str(uuid.uuid4()), {"data": {}}, ctx.clock.now(), status=ONBESTELBAAR, pogingen=8,
        laatste_fout="HTTP 503 van de partner",
    )  # fmt: skip
    with ctx.uow() as uow:
        uow.postvakken.add_uitgaand(g)
        uow.commit()
    return g.id


def test_the_network_view_shows_a_pattern_only_the_combination_finds(
    site: str, page: Page, webaccounts: dict[Rol, str], ctx: Context, organisaties: dict[str, int]
) -> None:
    uwv = organisaties["UWV"]
    partner_id = _partner(ctx, uwv)
    store(ctx, actor_of(organisaties, "UWV"), "toeslag", 6, dagen=30)
    for onderwerp in ("ww", "digid", "afval"):
        store(ctx, actor_of(organisaties, "UWV"), onderwerp, 12, dagen=30)
    _shared(ctx, uwv, partner_id, 8)

    log_in_as(page, site, webaccounts[Rol.ANALIST])
    page.get_by_role("link", name="Netwerk", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Netwerkbeeld")
    rij = page.locator("#netwerkpatronen tbody tr").first  # crossing patterns come first
    expect(rij).to_contain_text("organisatieoverstijgend")
    expect(rij).to_contain_text("GEM-AMS 8")
    expect(rij).to_contain_text("UWV 6")
    expect(page.locator("main")).not_to_contain_text(PARTNERTEKST)
    page.locator("#overstijgend").check()
    page.get_by_role("button", name="Filter").click()
    expect(page.locator("#netwerkpatronen tbody tr")).to_have_count(1)
    toegankelijk(page)
    screenshot(page, "netwerkbeeld")

    # The analyst reads the register, but not the partners or the dead letters.
    page.get_by_role("link", name="Uitwisseling: partners, afspraken").click()
    expect(page.locator("#gegevensstromen")).to_contain_text("Convenant 2026")
    expect(page.locator("#gegevensstromen")).to_contain_text("inkomend")
    expect(page.locator("#onbestelbaar")).to_have_count(0)
    with page.expect_download() as download:
        page.get_by_role("link", name="Download het register (CSV)").click()
    csv = download.value.path().read_text(encoding="utf-8")
    assert csv.splitlines()[0].startswith("partner;richting;afspraak;grondslag")
    assert "GEM-AMS;uitgaand;DA-7;Convenant 2026" in csv


def test_the_administrator_offers_a_dead_letter_again(
    site: str, page: Page, webaccounts: dict[Rol, str], ctx: Context, organisaties: dict[str, int]
) -> None:
    uwv = organisaties["UWV"]
    dood = _dead_letter(ctx, uwv, _partner(ctx, uwv))

    log_in_as(page, site, webaccounts[Rol.ANALIST])
    status = page.request.post(f"{site}/uitwisseling/onbestelbaar/{dood}/heraanbieding", form={})
    assert status.status in (403, 400)  # no CSRF token, and not the role either
    page.context.clear_cookies()

    log_in_as(page, site, webaccounts[Rol.BEHEERDER])
    page.goto(f"{site}/uitwisseling")
    expect(page.locator("#onbestelbare")).to_contain_text("HTTP 503 van de partner")
    expect(page.get_by_role("heading", name="Partners")).to_be_visible()
    toegankelijk(page)
    screenshot(page, "uitwisseling")
    token = page.locator("#onbestelbare input[name=csrf]").first.get_attribute("value")
    page.get_by_role("button", name="Opnieuw aanbieden: GEM-AMS, signaal-gedeeld").click()
    expect(page.get_by_role("status")).to_contain_text("staat weer in de outbox")
    expect(page.locator("#onbestelbare")).to_have_count(0)
    expect(page.get_by_text("1 gebeurtenissen wachten in de outbox.")).to_be_visible()
    with ctx.uow(schrijven=False) as uow:
        g = uow.postvakken.get_uitgaand(dood)
    assert g is not None and g.status == "wachtend" and g.pogingen == 0

    # Offered again a second time (another tab, a reload): a clear refusal, no change.
    antwoord = page.request.post(
        f"{site}/uitwisseling/onbestelbaar/{dood}/heraanbieding", form={"csrf": token or ""}
    )
    assert antwoord.status == 409
    assert "niet op de lijst van onbestelbare" in antwoord.text()
