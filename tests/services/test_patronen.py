# SPDX-License-Identifier: EUPL-1.2
"""Moving several signals to another pattern at once: all or none, recorded, and the
patterns' sizes follow their members."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import Engine, text

from hartslag.domein.fouten import GeenToegang, NietGevonden, OngeldigeInvoer
from hartslag.domein.vocabulaire import Rol
from hartslag.domein.zoekfilter import Pagina
from hartslag.services import beheer, knelpunten, patronen
from hartslag.services.analyseren import run_analysis
from hartslag.services.context import Context
from hartslag.services.knelpunten import NieuwKnelpunt
from tests.afspraken import record_agreement
from tests.services.analysedata import actor, store


def test_moving_signals_is_all_or_nothing_and_sizes_follow(
    ctx: Context, organisaties: dict[str, int]
) -> None:
    ctx = replace(ctx, netwerkeigenaar="UWV")  # UWV decides on shared network patterns
    uwv, gem = actor(organisaties, "UWV"), actor(organisaties, "GEM-UTR")
    ww = store(ctx, uwv, "ww", 16)
    toeslag = store(ctx, uwv, "toeslag", 12) + store(ctx, gem, "toeslag", 12)
    run_analysis(ctx, "test", peildatum=date(2026, 3, 31))
    record_agreement(ctx, "GEM-UTR", "UWV")  # UWV sees GEM-UTR's counts
    van = patronen.analysis_of(ctx, [ww[0]])[ww[0]].patroon_id
    naar = patronen.analysis_of(ctx, [toeslag[0]])[toeslag[0]].patroon_id
    assert van and naar and van != naar
    voor_van, voor_naar = (patronen.get_patroon(ctx, uwv, i) for i in (van, naar))

    with pytest.raises(NietGevonden):  # GEM-UTR's signal: UWV may not move it
        patronen.move_signalen(ctx, uwv, [ww[0], toeslag[-1]], naar, "fout")
    assert patronen.analysis_of(ctx, [ww[0]])[ww[0]].patroon_id == van
    with pytest.raises(GeenToegang):
        patronen.move_signalen(ctx, actor(organisaties, "UWV", Rol.FRONTLINIE), ww[:1], naar)

    patronen.move_signalen(ctx, uwv, [ww[0], ww[1], ww[0]], naar, "hoort bij toeslag")
    assert {patronen.analysis_of(ctx, [s])[s].patroon_id for s in ww[:2]} == {naar}
    na_van, na_naar = (patronen.get_patroon(ctx, uwv, i) for i in (van, naar))
    assert na_van.omvang == voor_van.omvang - 2 and na_naar.omvang == voor_naar.omvang + 2
    assert na_naar.organisaties["UWV"] == voor_naar.organisaties["UWV"] + 2
    assert na_naar.organisaties["GEM-UTR"] == voor_naar.organisaties["GEM-UTR"]
    verplaatst = [
        g for g in beheer.audit_trail(ctx, "UWV", None, 500) if g.onderwerp_type == "signaal"
        and g.reden == "hoort bij toeslag"
    ]  # fmt: skip
    assert len(verplaatst) == 2

    patronen.move_signalen(ctx, uwv, [ww[2]], None)  # out of every pattern
    assert patronen.analysis_of(ctx, [ww[2]])[ww[2]].patroon_id is None
    assert patronen.get_patroon(ctx, uwv, van).omvang == voor_van.omvang - 3
    with pytest.raises(NietGevonden):
        patronen.move_signalen(ctx, uwv, [uuid.uuid4()], naar)


def test_a_bottleneck_made_from_a_pattern_links_its_own_organisations_signals(
    ctx: Context, organisaties: dict[str, int], engine: Engine
) -> None:
    uwv, gem = actor(organisaties, "UWV"), actor(organisaties, "GEM-UTR")
    store(ctx, uwv, "ww", 16)
    store(ctx, uwv, "toeslag", 12)
    store(ctx, gem, "toeslag", 12)
    run_analysis(ctx, "test", peildatum=date(2026, 3, 31))
    record_agreement(ctx, "GEM-UTR", "UWV")
    netwerk = next(p for p in patronen.list_patronen(ctx, uwv) if p.organisatieoverstijgend)
    eigen, totaal = patronen.patroon_signalen(ctx, uwv, netwerk.id, Pagina(1, 1000))
    assert totaal > 0 and eigen

    maker = actor(organisaties, "UWV", Rol.BEHEERDER)
    nieuw = NieuwKnelpunt(titel="Terugvordering", omschrijving="Uit het patroon",
                          patronen=(str(netwerk.id), "en de brieven erover"))  # fmt: skip
    k = knelpunten.create_knelpunt(ctx, maker, nieuw)
    assert knelpunten.get_figures(ctx, maker, k.id).aantal_signalen == totaal

    with engine.connect() as c:
        voor = c.execute(text("SELECT count(*) FROM knelpunt")).scalar_one()
    onbekend = NieuwKnelpunt(titel="X", omschrijving="Y", patronen=(str(uuid.uuid4()),))
    with pytest.raises(OngeldigeInvoer) as fout:
        knelpunten.create_knelpunt(ctx, maker, onbekend)
    assert fout.value.velden[0].veld == "patronen[0]"
    with engine.connect() as c:
        assert c.execute(text("SELECT count(*) FROM knelpunt")).scalar_one() == voor
