# SPDX-License-Identifier: EUPL-1.2
from __future__ import annotations

import numpy as np
from sklearn.metrics import normalized_mutual_info_score

from hartslag.analyse.clustering import Clusterinstellingen, cluster
from hartslag.analyse.representatie import Lexicaal
from tests.analyse.synthetisch import signalen


def test_known_clusters_are_recovered_on_small_synthetic_data() -> None:
    data, labels = signalen(per_onderwerp=30)
    x = Lexicaal(dimensies=40).fit([s.tekst for s in data])
    c = cluster(x, Clusterinstellingen(min_omvang=8))
    assert c.centroiden.shape[0] == 4
    assert normalized_mutual_info_score(labels, c.labels) > 0.9
    assert (c.labels < 0).mean() <= 0.1


def test_clustering_is_deterministic_for_a_seed() -> None:
    data, _ = signalen(per_onderwerp=20)
    x = Lexicaal(dimensies=30).fit([s.tekst for s in data])
    a = cluster(x, Clusterinstellingen(min_omvang=6, seed=3))
    b = cluster(x, Clusterinstellingen(min_omvang=6, seed=3))
    assert np.array_equal(a.labels, b.labels)


def test_too_few_signals_leave_everything_unassigned() -> None:
    data, _ = signalen(per_onderwerp=1)
    x = Lexicaal(dimensies=3).fit([s.tekst for s in data])
    assert (cluster(x).labels == -1).all()


def test_a_sample_clusters_large_corpora_and_the_rest_joins_the_nearest() -> None:
    data, labels = signalen(per_onderwerp=60)
    x = Lexicaal(dimensies=40).fit([s.tekst for s in data])
    c = cluster(x, Clusterinstellingen(min_omvang=8, steekproef=100))
    assert normalized_mutual_info_score(labels, c.labels) > 0.85
