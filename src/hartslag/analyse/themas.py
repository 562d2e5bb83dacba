# SPDX-License-Identifier: EUPL-1.2
"""Theme classification: suggestions with a confidence, from a linear model trained on the
themes analysts gave. Below the threshold it asks a person; the review queue shows the
least certain first.

Features: TF-IDF on Dutch stems (uni- and bigrams) and on character n-grams, optionally
joined with semantic vectors; a logistic regression (one-vs-rest when signals carry
several themes) with balanced class weights, so small themes are not drowned.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction.text import CountVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.multiclass import OneVsRestClassifier
from sklearn.preprocessing import MultiLabelBinarizer

from hartslag.analyse.tekst import Stammer
from hartslag.analyse.vocabulary import counter, fit_terms, tfidf

DREMPEL = 0.5


@dataclass(frozen=True)
class Suggestie:
    themas: tuple[tuple[str, float], ...]  # (theme, probability), best first
    zekerheid: float  # probability of the best theme
    vraag_mens: bool  # below the threshold: a person decides


class Themamodel:
    def __init__(
        self, taal: str = "dutch", c: float = 8.0, drempel: float = DREMPEL, seed: int = 0
    ) -> None:
        self.stammer = Stammer(taal)
        self.c = c
        self.drempel = drempel
        self.seed = seed
        self._woord: CountVectorizer | None = None
        self._teken: CountVectorizer | None = None
        self._idf: tuple[np.ndarray, np.ndarray] = (np.ones(1), np.ones(1))
        self._meerlabel = False
        self._mlb = MultiLabelBinarizer()
        self._model: LogisticRegression | OneVsRestClassifier | None = None
        self.klassen: list[str] = []

    def _analyse(self, tekst: str) -> list[str]:
        s = self.stammer.stammen(tekst)
        return s + [f"{a} {b}" for a, b in pairwise(s)]

    def _fit_features(self, teksten: Sequence[str]) -> list[sp.csr_matrix]:
        """Learn the terms (every stem, character n-grams in two texts or more, as far as
        the corpus has them: vocabulary.py) and return the training texts' features."""
        woord = fit_terms(self._analyse, teksten, max_features=80_000)
        teken = fit_terms("char_wb", teksten, ngram_range=(2, 5), min_df=2, max_features=150_000)
        self._woord = counter(self._analyse, (1, 1), woord.vocabulary)
        self._teken = counter("char_wb", (2, 5), teken.vocabulary)
        self._idf = (woord.idf, teken.idf)
        return [tfidf(woord.counts, woord.idf), tfidf(teken.counts, teken.idf)]

    def _features(
        self, teksten: Sequence[str], vectoren: np.ndarray | None, fit: bool
    ) -> sp.csr_matrix:
        if fit:
            delen = self._fit_features(teksten)
        else:
            assert self._woord is not None and self._teken is not None
            delen = [
                tfidf(self._woord.transform(teksten), self._idf[0]),
                tfidf(self._teken.transform(teksten), self._idf[1]),
            ]
        if vectoren is not None:
            delen.append(sp.csr_matrix(vectoren * 1.5))
        return sp.hstack(delen, format="csr")

    def fit(
        self,
        teksten: Sequence[str],
        labels: Sequence[Sequence[str]],
        vectoren: np.ndarray | None = None,
    ) -> Themamodel:
        x = self._features(teksten, vectoren, fit=True)
        self._meerlabel = any(len(lab) != 1 for lab in labels)
        lr = LogisticRegression(
            C=self.c, max_iter=3000, class_weight="balanced", random_state=self.seed
        )
        if self._meerlabel:
            y = self._mlb.fit_transform(labels)
            self._model = OneVsRestClassifier(lr).fit(x, y)
            self.klassen = list(self._mlb.classes_)
        else:
            self._model = lr.fit(x, [lab[0] for lab in labels])
            self.klassen = [str(k) for k in lr.classes_]
        return self

    def probabilities(
        self, teksten: Sequence[str], vectoren: np.ndarray | None = None, batch: int = 5000
    ) -> np.ndarray:
        """Per text the probability of each theme in ``klassen``. Texts are featurised in
        batches: the character n-grams of a hundred thousand texts take gigabytes."""
        if self._model is None:
            raise RuntimeError("Themamodel.fit must run first")
        delen = [
            self._model.predict_proba(
                self._features(
                    teksten[start : start + batch],
                    vectoren[start : start + batch] if vectoren is not None else None,
                    False,
                )
            )
            for start in range(0, len(teksten), batch)
        ]
        return np.vstack(delen) if delen else np.zeros((0, len(self.klassen)))

    def predict(self, teksten: Sequence[str], vectoren: np.ndarray | None = None) -> list[str]:
        p = self.probabilities(teksten, vectoren)
        return [self.klassen[i] for i in p.argmax(axis=1)]

    def suggest(
        self, teksten: Sequence[str], vectoren: np.ndarray | None = None, aantal: int = 3
    ) -> list[Suggestie]:
        p = self.probabilities(teksten, vectoren)
        result = []
        for rij in p:
            volgorde = np.argsort(-rij)[:aantal]
            themas = tuple((self.klassen[i], round(float(rij[i]), 3)) for i in volgorde)
            zekerheid = themas[0][1] if themas else 0.0
            result.append(Suggestie(themas, zekerheid, zekerheid < self.drempel))
        return result


def review_queue(suggesties: Sequence[Suggestie]) -> list[int]:
    """Indexes of the suggestions in review order: uncertain first."""
    return sorted(range(len(suggesties)), key=lambda i: (suggesties[i].zekerheid, i))
