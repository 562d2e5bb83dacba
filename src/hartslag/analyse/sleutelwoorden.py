# SPDX-License-Identifier: EUPL-1.2
"""Class-based TF-IDF (BERTopic's c-TF-IDF): the words that set one pattern apart, and a
title made of them."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from itertools import pairwise

import numpy as np

from hartslag.analyse.tekst import Stammer


def ctfidf(
    teksten: Sequence[str],
    labels: np.ndarray,
    k: int,
    aantal: int = 8,
    stammer: Stammer | None = None,
    per_cluster: int = 400,
    seed: int = 0,
) -> list[list[str]]:
    """Top ``aantal`` keywords per cluster 0..k-1. Each class is one document; the weight
    of term t in class c is tf(t, c) · log(1 + A / f(t)), A the mean class length and f(t)
    the term's frequency over all classes. At most ``per_cluster`` texts per class are read,
    so keywords stay cheap for a million signals."""
    st = stammer or Stammer()
    rng = np.random.default_rng(seed)
    tellingen: list[Counter[str]] = []
    for label in range(k):
        leden = np.flatnonzero(labels == label)
        if len(leden) > per_cluster:
            leden = np.sort(rng.choice(leden, per_cluster, replace=False))
        teller: Counter[str] = Counter()
        for i in leden:
            stammen = st.stammen(teksten[int(i)])
            teller.update(stammen)
            teller.update(f"{a} {b}" for a, b in pairwise(stammen))
        tellingen.append(teller)
    totaal: Counter[str] = Counter()
    for teller in tellingen:
        totaal.update(teller)
    gemiddeld = max(1.0, sum(totaal.values()) / max(k, 1))
    result = []
    for teller in tellingen:
        lengte = max(1, sum(teller.values()))
        scores = {
            term: (n / lengte) * np.log(1 + gemiddeld / totaal[term])
            for term, n in teller.items()
            if n >= 2 or len(teller) < 20
        }
        beste = sorted(scores, key=lambda t: (-scores[t], t))
        result.append(_distinct(st.vormen(beste), aantal))
    return result


def _distinct(termen: list[str], aantal: int) -> list[str]:
    """Drop a word already covered by a chosen bigram and vice versa, keep order."""
    gekozen: list[str] = []
    for term in termen:
        delen = set(term.split())
        if any(delen <= set(g.split()) or set(g.split()) <= delen for g in gekozen):
            continue
        gekozen.append(term)
        if len(gekozen) == aantal:
            break
    return gekozen


def titel(sleutelwoorden: Sequence[str]) -> str:
    """A readable generated title: 'Terugvordering, toeslag en inkomen'."""
    woorden = list(sleutelwoorden[:3])
    if not woorden:
        return "Patroon zonder kenmerkende woorden"
    tekst = woorden[0] if len(woorden) == 1 else ", ".join(woorden[:-1]) + " en " + woorden[-1]
    return tekst[0].upper() + tekst[1:]
