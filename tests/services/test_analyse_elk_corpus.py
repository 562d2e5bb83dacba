# SPDX-License-Identifier: EUPL-1.2
"""`hartslag analyse` works on any corpus, however small or uniform: one or two signals,
a dozen (near-)identical ones, texts of placeholders or punctuation only, one
organisation or two writing the same, labelled signals without a word."""

from __future__ import annotations

from datetime import date

import pytest

from hartslag.domein.fouten import OngeldigeInvoer
from hartslag.services import patronen
from hartslag.services.analyseren import run_analysis
from hartslag.services.context import Context
from tests.afspraken import record_agreement
from tests.services.analysedata import actor, store

PEIL = date(2026, 3, 31)
ZIN = "Mijn WW-uitkering is te laat betaald door UWV."
GEVALLEN = {
    "een": [ZIN],
    "twee": [ZIN, "De container in onze straat is niet geleegd."],
    "twaalf-gelijk": [ZIN] * 12,
    "twaalf-bijna-gelijk": [f"{ZIN} Zaak {i}." for i in range(12)],
    "vijfentwintig-gelijk": [ZIN] * 25,
    "plaatshouders": ["[PERSOON-1]", "[PERSOON-2] [BSN]", "[PERSOON-1] @iemand"] * 4,
    "zonder-woorden": ["...", "?", "!!", "123", "- -", "12-03-2026"] * 2,
    "gemengd": ["[PERSOON-1]", "...", ZIN, "ok"] * 3,
}


@pytest.mark.parametrize("geval", sorted(GEVALLEN))
def test_a_small_or_uniform_corpus_gives_a_run(
    ctx: Context, organisaties: dict[str, int], geval: str
) -> None:
    uwv = actor(organisaties, "UWV")
    teksten = GEVALLEN[geval]
    store(ctx, uwv, "ww", len(teksten), teksten=teksten, themas=False)
    for organisatie in (None, "UWV"):  # the network run and the organisation's own
        uitkomst = run_analysis(ctx, "test", organisatie=organisatie, peildatum=PEIL)
        assert uitkomst.signalen == len(teksten)
        lijst = patronen.list_patronen(ctx, uwv)
        assert sum(p.omvang for p in lijst if p.bereik == (organisatie or "*")) <= len(teksten)
        assert all(p.titel and len(p.sleutelwoorden) <= 8 for p in lijst)


def test_identical_signals_form_one_pattern(ctx: Context, organisaties: dict[str, int]) -> None:
    # A pattern needs ten signals or more, and a corpus twice that (clustering.py).
    store(ctx, actor(organisaties, "UWV"), "ww", 25, teksten=[ZIN] * 25, themas=False)
    run_analysis(ctx, "test", peildatum=PEIL)
    (p,) = patronen.list_patronen(ctx, actor(organisaties, "UWV"))
    assert p.omvang == 25 and "betaald" in p.sleutelwoorden


def test_two_organisations_writing_the_same_text_share_its_words(
    ctx: Context, organisaties: dict[str, int]
) -> None:
    for code in ("UWV", "GEM-UTR"):
        store(ctx, actor(organisaties, code), "ww", 12, teksten=[ZIN] * 12, themas=False)
    uitkomst = run_analysis(ctx, "test", peildatum=PEIL)
    assert uitkomst.organisatieoverstijgend == 1
    record_agreement(ctx, "UWV", "GEM-UTR")  # UWV shows GEM-UTR its counts
    (p,) = patronen.list_patronen(ctx, actor(organisaties, "GEM-UTR"))
    assert p.organisaties == {"GEM-UTR": 12, "UWV": 12} and "betaald" in p.sleutelwoorden


def test_themes_are_learnt_from_labelled_signals_without_a_single_word(
    ctx: Context, organisaties: dict[str, int]
) -> None:
    uwv = actor(organisaties, "UWV")
    store(ctx, uwv, "ww", 20, teksten=["[PERSOON-1]"] * 20)
    store(ctx, uwv, "toeslag", 20, teksten=["..."] * 20)
    store(ctx, uwv, "digid", 5, teksten=["[BSN]"] * 5, themas=False)
    uitkomst = run_analysis(ctx, "test", peildatum=PEIL)
    assert uitkomst.signalen == 45 and uitkomst.themasuggesties == 5 * 2  # both themes


def test_no_signals_in_the_period_is_a_clear_error(
    ctx: Context, organisaties: dict[str, int]
) -> None:
    with pytest.raises(OngeldigeInvoer, match="geen signalen"):
        run_analysis(ctx, "test", peildatum=PEIL)
