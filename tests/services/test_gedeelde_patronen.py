# SPDX-License-Identifier: EUPL-1.2
"""What is shared stays shared: a network pattern holding another organisation's signals
is decided on by the analysis or the named network owner only, and its automatic title
and keywords show no word that only one other organisation wrote."""

from __future__ import annotations

import random
import uuid
from dataclasses import replace
from datetime import date

import pytest

from hartslag.domein.fouten import GeenToegang
from hartslag.domein.patroon import NETWERK, Patroon, Patroonstatus
from hartslag.services import beheer, patronen
from hartslag.services.analyseren import run_analysis
from hartslag.services.context import Context
from tests.afspraken import record_agreement
from tests.analyse.synthetisch import tekst
from tests.services.analysedata import actor, store

PEIL = date(2026, 3, 31)
EIGEN_WOORDEN = ("zwerfkattenbeleid", "gemeentewerf")  # only GEM-UTR writes these


def _gem_toeslag(n: int) -> list[str]:
    rng = random.Random("gem-toeslag")
    eigen = " Zwerfkattenbeleid bij de gemeentewerf, zwerfkattenbeleid."
    return [tekst(rng, "toeslag") + eigen for _ in range(n)]


@pytest.fixture
def gedeeld(ctx: Context, organisaties: dict[str, int]) -> dict[str, list[uuid.UUID]]:
    uwv, gem = actor(organisaties, "UWV"), actor(organisaties, "GEM-UTR")
    ids = {
        "ww": store(ctx, uwv, "ww", 20),
        "toeslag_uwv": store(ctx, uwv, "toeslag", 14),
        "toeslag_gem": store(ctx, gem, "toeslag", 14, teksten=_gem_toeslag(14)),
        "afval": store(ctx, gem, "afval", 20),
    }
    run_analysis(ctx, "test", peildatum=PEIL)
    # Both show each other their counts of the theme they share (a local agreement).
    record_agreement(ctx, "UWV", "GEM-UTR", themas=("toeslag",))
    record_agreement(ctx, "GEM-UTR", "UWV", themas=("toeslag",))
    return ids


def _pattern(ctx: Context, organisaties: dict[str, int], signaal: uuid.UUID) -> Patroon:
    pid = patronen.analysis_of(ctx, [signaal])[signaal].patroon_id
    assert pid is not None
    return patronen.get_patroon(ctx, actor(organisaties, "UWV"), pid)


def test_a_shared_title_shows_no_word_only_another_organisation_wrote(
    ctx: Context, organisaties: dict[str, int], gedeeld: dict[str, list[uuid.UUID]]
) -> None:
    toeslag = _pattern(ctx, organisaties, gedeeld["toeslag_uwv"][0])
    assert toeslag.bereik == NETWERK and set(toeslag.organisaties) == {"UWV", "GEM-UTR"}
    assert toeslag.sleutelwoorden  # the shared words remain
    for p in patronen.list_patronen(ctx, actor(organisaties, "UWV")):
        zichtbaar = " ".join([p.titel, *p.sleutelwoorden]).lower()
        assert not any(w in zichtbaar for w in EIGEN_WOORDEN), zichtbaar
    # GEM-UTR's own patterns may show its own words: its run is its own.
    run_analysis(ctx, "test", organisatie="GEM-UTR", peildatum=PEIL)
    eigen = [
        p
        for p in patronen.list_patronen(ctx, actor(organisaties, "GEM-UTR"))
        if p.bereik == "GEM-UTR"
    ]
    assert any(w in " ".join(p.sleutelwoorden) for p in eigen for w in EIGEN_WOORDEN), [
        (p.titel, p.sleutelwoorden) for p in eigen
    ]


def _history(ctx: Context, organisatie: str) -> int:
    return sum(1 for g in beheer.audit_trail(ctx, organisatie, None, 500) if "patroon" in g.actie)


def test_a_partner_cannot_rename_merge_split_or_fill_a_shared_network_pattern(
    ctx: Context, organisaties: dict[str, int], gedeeld: dict[str, list[uuid.UUID]]
) -> None:
    gem = actor(organisaties, "GEM-UTR")
    toeslag = _pattern(ctx, organisaties, gedeeld["toeslag_uwv"][0])
    afval = patronen.analysis_of(ctx, gedeeld["afval"][:1])[gedeeld["afval"][0]].patroon_id
    assert afval is not None
    voor = [_history(ctx, o) for o in ("UWV", "GEM-UTR")]
    pogingen = [
        lambda: patronen.change_patroon(ctx, gem, toeslag.id, titel="Kattenoverlast"),
        lambda: patronen.change_patroon(ctx, gem, toeslag.id, bevestigd=True),
        lambda: patronen.merge_patronen(ctx, gem, afval, [toeslag.id], "samen"),
        lambda: patronen.merge_patronen(ctx, gem, toeslag.id, [afval], "samen"),
        lambda: patronen.split_patroon(ctx, gem, toeslag.id, gedeeld["toeslag_gem"][:2], "Af"),
        lambda: patronen.move_signalen(ctx, gem, gedeeld["afval"][:1], toeslag.id, "erbij"),
    ]
    for poging in pogingen:
        with pytest.raises(GeenToegang, match="andere organisaties"):
            poging()
    na = patronen.get_patroon(ctx, actor(organisaties, "UWV"), toeslag.id)
    assert (na.titel, na.status, na.omvang) == (toeslag.titel, Patroonstatus.ACTIEF, toeslag.omvang)
    assert not na.titel_handmatig
    assert [_history(ctx, o) for o in ("UWV", "GEM-UTR")] == voor
    assert patronen.analysis_of(ctx, gedeeld["afval"][:1])[gedeeld["afval"][0]].patroon_id == afval
    # Taking one's own signal out of a shared pattern stays possible.
    patronen.move_signalen(ctx, gem, gedeeld["toeslag_gem"][:1], None, "hoort er niet bij")
    eruit = gedeeld["toeslag_gem"][0]
    assert patronen.analysis_of(ctx, [eruit])[eruit].patroon_id is None
    na = patronen.get_patroon(ctx, gem, toeslag.id)
    assert na.organisaties["GEM-UTR"] == toeslag.organisaties["GEM-UTR"] - 1


def test_an_organisation_decides_on_its_own_patterns_and_the_network_owner_on_shared_ones(
    ctx: Context, organisaties: dict[str, int], gedeeld: dict[str, list[uuid.UUID]]
) -> None:
    uwv, gem = actor(organisaties, "UWV"), actor(organisaties, "GEM-UTR")
    ww = _pattern(ctx, organisaties, gedeeld["ww"][0])
    assert ww.bereik == NETWERK and set(ww.organisaties) == {"UWV"}  # only UWV's signals
    assert patronen.may_decide(ctx, uwv, ww)
    assert patronen.change_patroon(ctx, uwv, ww.id, titel="Late WW").titel == "Late WW"
    toeslag = _pattern(ctx, organisaties, gedeeld["toeslag_uwv"][0])
    assert not patronen.may_decide(ctx, uwv, toeslag)
    with pytest.raises(GeenToegang):
        patronen.change_patroon(ctx, uwv, toeslag.id, titel="Toeslag")
    eigenaar = replace(ctx, netwerkeigenaar="GEM-UTR")
    assert patronen.may_decide(eigenaar, gem, toeslag)
    assert not patronen.may_decide(eigenaar, uwv, toeslag)
    hernoemd = patronen.change_patroon(eigenaar, gem, toeslag.id, titel="Toeslag terug")
    assert hernoemd.titel == "Toeslag terug" and hernoemd.titel_handmatig
    with pytest.raises(GeenToegang):  # the owner's frontline is no analyst
        patronen.change_patroon(
            eigenaar, actor(organisaties, "GEM-UTR", rol=gem.rol.FRONTLINIE), toeslag.id, titel="x"
        )
