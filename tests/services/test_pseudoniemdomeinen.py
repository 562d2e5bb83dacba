# SPDX-License-Identifier: EUPL-1.2
"""Organisations that share a pseudonymisation domain (HARTSLAG_PSEUDONYM_DOMAINS): one
reporter pseudonym for one person across them, repeat contacts found across them without
showing the other organisation's text, subject access and erasure that still find
everything of the person in the asking organisation, from before and after it joined."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date, timedelta

import pytest
from sqlalchemy import Engine, text

from hartslag.config import ConfigurationError, Settings, parse_pseudonym_domains
from hartslag.domein.fouten import NietGevonden
from hartslag.domein.zoekfilter import Pagina, SignaalFilter
from hartslag.services import beheer, signaalbeheer
from hartslag.services.analyseren import run_analysis
from hartslag.services.betrokkenen import erase_subject, find_subject, identificaties
from hartslag.services.context import Context
from tests.services.analysedata import START, actor, store
from tests.services.persoonsgegevens import beheerder, register

BSN = "123456782"
KETEN = {"UWV": "keten", "GEM-UTR": "keten"}


def _melder(engine: Engine, signaal_id: uuid.UUID) -> str | None:
    with engine.connect() as c:
        rij = c.execute(
            text("SELECT melder_pseudoniem FROM signaal WHERE id IN (:a, :b)"),
            {"a": signaal_id.hex, "b": str(signaal_id)},
        ).first()
    assert rij is not None
    return rij[0]  # type: ignore[no-any-return]


def test_the_setting_is_parsed_and_a_malformed_one_refused() -> None:
    assert parse_pseudonym_domains("keten=CAK, SVB ,CJIB; gem=GEM-A,GEM-B") == {
        "CAK": "keten",
        "SVB": "keten",
        "CJIB": "keten",
        "GEM-A": "gem",
        "GEM-B": "gem",
    }
    assert parse_pseudonym_domains("") == {}
    for fout in ("keten=CAK", "CAK,SVB", "=CAK,SVB", "a=CAK,SVB;b=SVB,KVK"):
        with pytest.raises(ConfigurationError):
            parse_pseudonym_domains(fout)
    with pytest.raises(ValueError, match="two domains"):  # refused at start
        Settings(demo=True, pseudonym_domains="a=CAK,SVB;b=SVB,KVK")


def test_one_person_has_one_reporter_pseudonym_in_the_domain_and_none_shared_outside(
    ctx: Context, organisaties: dict[str, int], engine: Engine
) -> None:
    gewoon = {
        code: register(ctx, beheerder(organisaties[code], code), melderId=BSN)
        for code in ("UWV", "GEM-UTR")
    }
    assert _melder(engine, gewoon["UWV"]) != _melder(engine, gewoon["GEM-UTR"])
    buiten = beheer.create_organisatie(ctx, "CJIB", "Centraal Justitieel Incassobureau")
    ketenctx = replace(ctx, pseudoniemdomeinen=KETEN)
    samen = {
        code: register(ketenctx, beheerder(oid, code), melderId=BSN)
        for code, oid in (*organisaties.items(), ("CJIB", buiten))
    }
    assert _melder(engine, samen["UWV"]) == _melder(engine, samen["GEM-UTR"])
    assert _melder(engine, samen["CJIB"]) not in {_melder(engine, samen["UWV"]), None}
    # the domain's pseudonym is not an organisation's own: nothing from before matches it
    assert _melder(engine, samen["UWV"]) not in {
        _melder(engine, gewoon["UWV"]),
        _melder(engine, gewoon["GEM-UTR"]),
    }
    # a search by reporter id in the domain finds the signals since it was set up
    gevonden, _ = signaalbeheer.search_by_melder(
        ketenctx, beheerder(organisaties["UWV"]), BSN, SignaalFilter(), Pagina(1, 50)
    )  # fmt: skip
    assert [s.id for s in gevonden] == [samen["UWV"]]


def test_subject_access_and_erasure_find_the_persons_signals_from_before_and_after_joining(
    ctx: Context, organisaties: dict[str, int], engine: Engine
) -> None:
    gem = beheerder(organisaties["GEM-UTR"], "GEM-UTR")
    uwv = beheerder(organisaties["UWV"])
    voor = register(ctx, gem, melderId=BSN)  # before the domain was set up
    ketenctx = replace(ctx, pseudoniemdomeinen=KETEN)
    na = register(ketenctx, gem, melderId=BSN)
    elders = register(ketenctx, uwv, melderId=BSN)
    ids = identificaties(bsn=BSN)
    assert {g.treffer.signaal_id for g in find_subject(ketenctx, gem, ids).signalen} == {voor, na}
    # each organisation answers for its own records: UWV's search never returns GEM-UTR's
    assert {g.treffer.signaal_id for g in find_subject(ketenctx, uwv, ids).signalen} == {elders}
    assert erase_subject(ketenctx, gem, ids).signalen == 2
    assert _melder(engine, voor) is None and _melder(engine, na) is None
    assert _melder(engine, elders) is not None  # another organisation's record stays


def test_a_repeat_contact_across_organisations_of_a_domain_shows_where_not_what(
    ctx: Context, organisaties: dict[str, int]
) -> None:
    ketenctx = replace(ctx, pseudoniemdomeinen=KETEN)
    uwv, gem = actor(organisaties, "UWV"), actor(organisaties, "GEM-UTR")
    store(ketenctx, uwv, "ww", 24)
    store(ketenctx, uwv, "toeslag", 14)
    store(ketenctx, gem, "toeslag", 14)
    store(ketenctx, gem, "afval", 24)
    dag = START + timedelta(days=70)
    [eerst] = store(ketenctx, uwv, "toeslag", 1, seed=9, melder=BSN, dagen=1, start=dag)
    [daarna] = store(
        ketenctx, gem, "toeslag", 1, seed=9, melder=BSN, dagen=1, start=dag + timedelta(days=6)
    )
    run_analysis(ketenctx, "test", peildatum=date(2026, 3, 31))
    bij_gem = signaalbeheer.repeat_contacts(ketenctx, gem, daarna)
    assert bij_gem.eerder is None and bij_gem.later == []  # UWV's signal is not shown...
    assert [(o, op.date()) for o, op in bij_gem.elders] == [("UWV", dag.date())]  # ...where
    bij_uwv = signaalbeheer.repeat_contacts(ketenctx, uwv, eerst)
    assert [o for o, _ in bij_uwv.elders] == ["GEM-UTR"]
    with pytest.raises(NietGevonden):
        signaalbeheer.get_signaal(ketenctx, gem, eerst)


def test_without_a_domain_no_repeat_contact_crosses_organisations(
    ctx: Context, organisaties: dict[str, int]
) -> None:
    uwv, gem = actor(organisaties, "UWV"), actor(organisaties, "GEM-UTR")
    store(ctx, uwv, "toeslag", 14)
    store(ctx, gem, "toeslag", 14)
    store(ctx, uwv, "ww", 24)
    dag = START + timedelta(days=70)
    store(ctx, uwv, "toeslag", 1, seed=9, melder=BSN, dagen=1, start=dag)
    [daarna] = store(
        ctx, gem, "toeslag", 1, seed=9, melder=BSN, dagen=1, start=dag + timedelta(days=6)
    )
    run_analysis(ctx, "test", peildatum=date(2026, 3, 31))
    bij_gem = signaalbeheer.repeat_contacts(ctx, gem, daarna)
    assert (bij_gem.eerder, bij_gem.later, bij_gem.elders) == (None, [], [])
