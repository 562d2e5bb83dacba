# SPDX-License-Identifier: EUPL-1.2
"""Agreements govern the shared installation too: organisations of one installation see
each other's counts, patterns and dossiers only as far as an agreement the giving side
recorded allows (docs/uitwisseling.md, "One installation")."""

from __future__ import annotations

import uuid
from datetime import date

import pytest

from hartslag.domein.fouten import NietGevonden, OngeldigeInvoer
from hartslag.domein.gebeurtenis import Handeling
from hartslag.domein.uitwisseling import Gebeurtenistype, Richting
from hartslag.domein.vocabulaire import Rol
from hartslag.services import beheer, gegevensstromen, knelpunten, patronen, uitwisselingbeheer
from hartslag.services.analyseren import run_analysis
from hartslag.services.context import Context
from hartslag.services.knelpunten import NieuwKnelpunt
from tests.afspraken import record_agreement
from tests.conftest import FixedClock
from tests.services.analysedata import actor, store

PEIL = date(2026, 3, 31)


@pytest.fixture
def patroondata(ctx: Context, organisaties: dict[str, int]) -> dict[str, uuid.UUID]:
    """UWV and GEM-UTR both write about toeslag; only GEM-UTR about afval."""
    uwv, gem = actor(organisaties, "UWV"), actor(organisaties, "GEM-UTR")
    store(ctx, uwv, "ww", 20)
    toeslag = store(ctx, uwv, "toeslag", 14)
    store(ctx, gem, "toeslag", 14)
    afval = store(ctx, gem, "afval", 20)
    run_analysis(ctx, "test", peildatum=PEIL)
    ids = {
        naam: patronen.analysis_of(ctx, [s[0]])[s[0]].patroon_id
        for naam, s in (("toeslag", toeslag), ("afval", afval))
    }
    assert all(ids.values())
    return {k: v for k, v in ids.items() if v}


def _counts(ctx: Context, organisaties: dict[str, int]) -> dict[uuid.UUID, dict[str, int]]:
    return {p.id: p.organisaties for p in patronen.list_patronen(ctx, actor(organisaties, "UWV"))}


def test_without_an_agreement_no_count_and_no_pattern_of_the_other_organisation(
    ctx: Context, organisaties: dict[str, int], patroondata: dict[str, uuid.UUID]
) -> None:
    uwv = actor(organisaties, "UWV")
    zicht = _counts(ctx, organisaties)
    assert zicht[patroondata["toeslag"]] == {"UWV": 14}
    assert patroondata["afval"] not in zicht
    toeslag = patronen.get_patroon(ctx, uwv, patroondata["toeslag"])
    assert toeslag.omvang == 14 and not toeslag.organisatieoverstijgend
    assert toeslag.brontypes == {} and toeslag.reeks == []  # mixed figures left out
    with pytest.raises(NietGevonden):
        patronen.get_patroon(ctx, uwv, patroondata["afval"])
    # The analysis itself still ran over the whole installation.
    gem = actor(organisaties, "GEM-UTR")
    assert patronen.get_patroon(ctx, gem, patroondata["afval"]).omvang == 20


def test_an_agreement_shows_the_counts_of_its_themes_only(
    ctx: Context, organisaties: dict[str, int], patroondata: dict[str, uuid.UUID]
) -> None:
    record_agreement(ctx, "GEM-UTR", "UWV", themas=("toeslag",))
    zicht = _counts(ctx, organisaties)
    assert zicht[patroondata["toeslag"]] == {"GEM-UTR": 14, "UWV": 14}
    assert patroondata["afval"] not in zicht  # the afval theme is not agreed
    toeslag = patronen.get_patroon(ctx, actor(organisaties, "UWV"), patroondata["toeslag"])
    assert toeslag.organisatieoverstijgend and toeslag.omvang == 28
    # The agreement goes one way: GEM-UTR does not see UWV's counts.
    gem = patronen.get_patroon(ctx, actor(organisaties, "GEM-UTR"), patroondata["toeslag"])
    assert gem.organisaties == {"GEM-UTR": 14}

    record_agreement(ctx, "GEM-UTR", "UWV", themas=("afval",), code="TEST-AFVAL")
    zicht = _counts(ctx, organisaties)
    assert zicht[patroondata["afval"]] == {"GEM-UTR": 20}  # a pattern of GEM-UTR's only


def test_an_agreement_for_other_event_types_shows_nothing(
    ctx: Context, organisaties: dict[str, int], patroondata: dict[str, uuid.UUID]
) -> None:
    record_agreement(ctx, "GEM-UTR", "UWV", typen=(Gebeurtenistype.KNELPUNT_GEDEELD,))
    assert _counts(ctx, organisaties)[patroondata["toeslag"]] == {"UWV": 14}


def test_an_ended_agreement_hides_again_and_both_trails_record_it(
    ctx: Context,
    clock: FixedClock,
    organisaties: dict[str, int],
    patroondata: dict[str, uuid.UUID],
) -> None:
    afspraak = record_agreement(ctx, "GEM-UTR", "UWV")
    assert afspraak.lokaal and afspraak.richting is Richting.UITGAAND
    assert set(_counts(ctx, organisaties)[patroondata["toeslag"]]) == {"GEM-UTR", "UWV"}
    clock.advance(days=1)
    uitwisselingbeheer.end_afspraak(ctx, organisaties["GEM-UTR"], afspraak.id, "test")
    assert _counts(ctx, organisaties)[patroondata["toeslag"]] == {"UWV": 14}
    assert patroondata["afval"] not in _counts(ctx, organisaties)
    for code in ("GEM-UTR", "UWV"):
        acties = [
            g.actie
            for g in beheer.audit_trail(ctx, code, None, 500)
            if g.onderwerp_id == str(afspraak.id)
        ]
        assert sorted(acties) == sorted(
            [Handeling.DEELAFSPRAAK_VASTGELEGD, Handeling.DEELAFSPRAAK_BEEINDIGD]
        ), code


def test_a_dossier_shows_to_an_involved_organisation_only_under_an_agreement(
    ctx: Context, clock: FixedClock, organisaties: dict[str, int]
) -> None:
    uwv = actor(organisaties, "UWV", Rol.BEHEERDER)
    gem = actor(organisaties, "GEM-UTR")
    nieuw = NieuwKnelpunt("WW te laat", "Betalingen te laat", betrokken_organisaties=("GEM-UTR",))
    k = knelpunten.create_knelpunt(ctx, uwv, nieuw)
    with pytest.raises(NietGevonden):
        knelpunten.get_knelpunt(ctx, gem, k.id)
    assert knelpunten.list_knelpunten(ctx, gem) == []
    # Pattern counts are not dossiers.
    record_agreement(ctx, "UWV", "GEM-UTR", typen=(Gebeurtenistype.PATROON_GEDEELD,))
    assert knelpunten.list_knelpunten(ctx, gem) == []
    afspraak = record_agreement(
        ctx, "UWV", "GEM-UTR", typen=(Gebeurtenistype.KNELPUNT_GEDEELD,), code="TEST-DOSSIER"
    )
    assert knelpunten.get_knelpunt(ctx, gem, k.id).titel == "WW te laat"
    assert [d.id for d in knelpunten.list_knelpunten(ctx, gem)] == [k.id]
    clock.advance(hours=1)
    uitwisselingbeheer.end_afspraak(ctx, organisaties["UWV"], afspraak.id, "test")
    with pytest.raises(NietGevonden):
        knelpunten.get_knelpunt(ctx, gem, k.id)
    # An organisation not named on the dossier never sees it, agreement or not.
    rtd = {"GEM-RTD": beheer.create_organisatie(ctx, "GEM-RTD", "Gemeente Rotterdam")}
    record_agreement(ctx, "UWV", "GEM-RTD", code="TEST-RTD")
    with pytest.raises(NietGevonden):
        knelpunten.get_knelpunt(ctx, actor(rtd, "GEM-RTD"), k.id)


def test_the_register_lists_local_agreements_on_both_sides_and_nothing_travels(
    ctx: Context, organisaties: dict[str, int]
) -> None:
    uitwisselingbeheer.set_oin(ctx, organisaties["GEM-UTR"], "00000001002220647000", "test")
    afspraak = record_agreement(ctx, "GEM-UTR", "UWV", themas=("toeslag",))
    store(ctx, actor(organisaties, "GEM-UTR"), "toeslag", 1)
    with ctx.uow(schrijven=False) as uow:
        assert uow.postvakken.uitgaand(organisaties["GEM-UTR"], None) == []
    beheerder = {c: actor(organisaties, c, Rol.BEHEERDER) for c in ("GEM-UTR", "UWV")}
    gegeven = gegevensstromen.data_flows(ctx, beheerder["GEM-UTR"])
    gezien = gegevensstromen.data_flows(ctx, beheerder["UWV"])
    assert {(r.partner, r.richting, r.afspraak, r.lokaal) for r in gegeven} == {
        ("UWV", "uitgaand", afspraak.code, True)
    }
    assert {(r.partner, r.richting, r.afspraak, r.lokaal) for r in gezien} == {
        ("GEM-UTR", "inkomend", afspraak.code, True)
    }
    assert len(gegeven) == len(afspraak.gebeurtenistypen) == len(gezien)


def test_a_local_agreement_is_recorded_by_the_giving_side_with_another_organisation(
    ctx: Context, organisaties: dict[str, int]
) -> None:
    with pytest.raises(OngeldigeInvoer, match="gevende organisatie"):
        uitwisselingbeheer.add_afspraak(
            ctx,
            organisaties["UWV"],
            "test",
            code="X",
            partner="GEM-UTR",
            richting=Richting.INKOMEND,
            gebeurtenistypen=frozenset({Gebeurtenistype.PATROON_GEDEELD}),
            themas=frozenset({"*"}),
            velden=frozenset(),
            grondslag="g",
            doel="d",
            geldig_vanaf=ctx.clock.now(),
            geldig_tot=None,
        )
    with pytest.raises(OngeldigeInvoer, match="andere organisatie"):
        record_agreement(ctx, "UWV", "UWV")
    with pytest.raises(NietGevonden):
        record_agreement(ctx, "UWV", "ONBEKEND")
