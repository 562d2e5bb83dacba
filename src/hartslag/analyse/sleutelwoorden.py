# SPDX-License-Identifier: EUPL-1.2
"""Class-based TF-IDF (BERTopic's c-TF-IDF): the words that set one pattern apart, and a
title made of them."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from itertools import pairwise

import numpy as np

from hartslag.analyse.tekst import Stammer, woorden


class Herkomst:
    """Which organisations' texts a term (stem or stem bigram) and a surface word were
    read in: enough to tell one organisation from "at least two"."""

    def __init__(self) -> None:
        self._eerste: dict[str, str] = {}
        self.gedeeld: set[str] = set()

    def seen(self, term: str, organisatie: str) -> None:
        eerste = self._eerste.setdefault(term, organisatie)
        if eerste != organisatie:
            self.gedeeld.add(term)


def _count(
    teksten: Sequence[str],
    leden: np.ndarray,
    st: Stammer,
    organisaties: Sequence[str] | None,
    herkomst: Herkomst,
) -> Counter[str]:
    teller: Counter[str] = Counter()
    for i in leden:
        tekst = teksten[int(i)]
        woorden_ = woorden(tekst)
        stammen = [st.stem(w) for w in woorden_]
        st.remember(woorden_, stammen)
        termen = stammen + [f"{a} {b}" for a, b in pairwise(stammen)]
        teller.update(termen)
        if organisaties is not None:
            org = organisaties[int(i)]
            for term in set(termen) | {f"={w}" for w in woorden_}:
                herkomst.seen(term, org)
    return teller


def ctfidf(
    teksten: Sequence[str],
    labels: np.ndarray,
    k: int,
    aantal: int = 8,
    stammer: Stammer | None = None,
    per_cluster: int = 400,
    seed: int = 0,
    organisaties: Sequence[str] | None = None,
) -> list[list[str]]:
    """Top ``aantal`` keywords per cluster 0..k-1. Each class is one document; the weight
    of term t in class c is tf(t, c) · log(1 + A / f(t)), A the mean class length and f(t)
    the term's frequency over all classes. At most ``per_cluster`` texts per class are read,
    so keywords stay cheap for a million signals.

    With ``organisaties`` (each text's organisation), a cluster holding signals of more
    than one organisation gets only terms, and shows only words, read in the texts of at
    least two organisations: its title never shows a word that only another
    organisation wrote. A cluster of one organisation's signals keeps all its words."""
    st = stammer or Stammer()
    rng = np.random.default_rng(seed)
    herkomst = Herkomst()
    tellingen: list[Counter[str]] = []
    eigen: list[bool] = []  # the cluster holds one organisation's signals only
    for label in range(k):
        leden = np.flatnonzero(labels == label)
        eigen.append(organisaties is None or len({organisaties[int(i)] for i in leden}) <= 1)
        if len(leden) > per_cluster:
            leden = np.sort(rng.choice(leden, per_cluster, replace=False))
        tellingen.append(_count(teksten, leden, st, organisaties, herkomst))
    totaal: Counter[str] = Counter()
    for teller in tellingen:
        totaal.update(teller)
    gemiddeld = max(1.0, sum(totaal.values()) / max(k, 1))
    result = []
    for teller, alleen_eigen in zip(tellingen, eigen, strict=True):
        lengte = max(1, sum(teller.values()))
        scores = {
            term: (n / lengte) * np.log(1 + gemiddeld / totaal[term])
            for term, n in teller.items()
            if (n >= 2 or len(teller) < 20) and (alleen_eigen or term in herkomst.gedeeld)
        }
        beste = sorted(scores, key=lambda t: (-scores[t], t))
        result.append(_distinct(_shown(st, beste, None if alleen_eigen else herkomst), aantal))
    return result


def _shown(st: Stammer, termen: list[str], herkomst: Herkomst | None) -> list[str]:
    """Terms as readable words; with ``herkomst``, only those whose every word was read in
    the texts of two organisations or more."""
    if herkomst is None:
        return st.vormen(termen)
    toegestaan = {w[1:] for w in herkomst.gedeeld if w.startswith("=")}
    vormen = st.vormen(termen, toegestaan)
    return [v for v in vormen if all(w in toegestaan for w in v.split(" "))]


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
