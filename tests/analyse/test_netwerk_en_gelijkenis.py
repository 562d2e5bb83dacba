# SPDX-License-Identifier: EUPL-1.2
from __future__ import annotations

from datetime import date

import numpy as np

from hartslag.analyse.clustering import Clusterinstellingen
from hartslag.analyse.gelijkenis import assign, most_similar
from hartslag.analyse.netwerk import is_cross_organisation, rank_score
from hartslag.analyse.pijplijn import analyse
from hartslag.analyse.representatie import Lexicaal
from tests.analyse.synthetisch import signalen


def test_patterns_across_organisations_are_flagged_and_ranked_by_breadth() -> None:
    assert not is_cross_organisation({"UWV": 40})
    assert is_cross_organisation({"UWV": 3, "SVB": 1})
    assert rank_score({"UWV": 40}) == 0
    assert rank_score({"UWV": 9, "SVB": 9, "DUO": 9}) > rank_score({"UWV": 25, "SVB": 2})


def test_analysis_flags_cross_organisation_patterns() -> None:
    eigen, _ = signalen(per_onderwerp=25, onderwerpen=("afval",), organisaties=("GEM-UTR",))
    gedeeld, _ = signalen(
        per_onderwerp=25, onderwerpen=("toeslag",), organisaties=("UWV", "SVB", "GEM-UTR"), seed=2
    )
    r = analyse(
        eigen + gedeeld,
        bereik="*",
        peildatum=date(2026, 4, 30),
        representatie=Lexicaal(dimensies=30),
        instellingen=Clusterinstellingen(min_omvang=8),
    )
    flags = {p.organisatieoverstijgend: p for p in r.patronen}
    assert set(flags) == {True, False}
    assert set(flags[True].organisaties) == {"UWV", "SVB", "GEM-UTR"}
    assert flags[True].score > flags[False].score == 0
    assert flags[True].sleutelwoorden and flags[True].titel


def test_a_new_signal_is_assigned_to_its_nearest_pattern_or_left_alone() -> None:
    c = np.array([[1.0, 0.0], [0.0, 1.0]], dtype=np.float32)
    treffer = assign(np.array([0.9, 0.1], dtype=np.float32), c, 0.5)
    assert treffer is not None and treffer.index == 0
    assert assign(np.array([0.7, 0.7], dtype=np.float32) * 0.5, c, 0.5) is None


def test_most_similar_orders_best_first_and_can_skip_itself() -> None:
    m = np.eye(4, dtype=np.float32)
    m[1] = [0.8, 0.6, 0, 0]
    treffers = most_similar(m[0], m, aantal=3, uitsluiten=0)
    assert [t.index for t in treffers][:1] == [1]
    assert all(t.index != 0 for t in treffers)
