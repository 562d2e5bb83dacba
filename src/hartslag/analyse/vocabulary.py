# SPDX-License-Identifier: EUPL-1.2
"""The terms a TF-IDF representation keeps, chosen from the corpus's own document
frequencies, so that a corpus of any size or uniformity has a vocabulary.

scikit-learn's ``min_df``/``max_df`` are bounds that fail on a small or uniform corpus
("After pruning, no terms remain") and on one without a single term ("empty
vocabulary"). Here the counts are taken once, unpruned, and the bounds are a preference:
terms in at least ``min_df`` texts and at most a ``max_df`` share of them say most about
a text; when no term meets them (a dozen near-identical signals: every word is in every
text) every term is kept, as the only description there is. A corpus without a single
term (placeholders, punctuation, empty texts) gets one placeholder term that no text
contains, so every text has the zero vector and nothing downstream needs a special case.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction.text import CountVectorizer

GEEN_TERM = "\x00"  # no analyzer yields it: words are letters, n-grams are 2+ characters

Analyzer = Callable[[str], list[str]] | str


@dataclass(frozen=True)
class Termen:
    vocabulary: dict[str, int]
    idf: np.ndarray  # float32, one weight per term (smooth idf, as scikit-learn's)
    counts: sp.csr_matrix  # texts × terms, the raw counts of the corpus it was fitted on


def counter(
    analyzer: Analyzer, ngram_range: tuple[int, int], vocabulary: dict[str, int] | None = None
) -> CountVectorizer:
    return CountVectorizer(
        analyzer=analyzer, ngram_range=ngram_range, vocabulary=vocabulary, dtype=np.float32
    )


def select_terms(df: np.ndarray, n: int, min_df: int, max_df: float) -> np.ndarray:
    """Indexes of the terms to keep: within the bounds, or all of them when none is."""
    binnen = (df >= min_df) & (df <= max_df * n)
    return np.flatnonzero(binnen if binnen.any() else df > 0)


def fit_terms(
    analyzer: Analyzer,
    teksten: Sequence[str],
    *,
    ngram_range: tuple[int, int] = (1, 1),
    min_df: int = 1,
    max_df: float = 1.0,
    max_features: int | None = None,
) -> Termen:
    """The terms of ``teksten`` (see the module's docstring), their idf and counts."""
    n = len(teksten)
    teller = counter(analyzer, ngram_range)
    analyse = teller.build_analyzer()
    if not any(analyse(t) for t in teksten):
        return Termen(
            {GEEN_TERM: 0}, np.ones(1, np.float32), sp.csr_matrix((n, 1), dtype=np.float32)
        )
    x = sp.csr_matrix(teller.fit_transform(teksten))  # unpruned: never empty here
    df = np.bincount(x.indices, minlength=x.shape[1])
    houden = select_terms(df, n, min_df, max_df)
    if max_features is not None and len(houden) > max_features:
        frequentie = np.asarray(x[:, houden].sum(axis=0)).ravel()
        houden = np.sort(houden[np.argsort(-frequentie, kind="stable")[:max_features]])
    namen = teller.get_feature_names_out()[houden]
    idf = np.log((1.0 + n) / (1.0 + df[houden])) + 1.0
    return Termen(
        {str(t): i for i, t in enumerate(namen)},
        idf.astype(np.float32),
        sp.csr_matrix(x[:, houden]),
    )


def tfidf(tellingen: sp.spmatrix, idf: np.ndarray) -> sp.csr_matrix:
    """Sublinear TF-IDF, rows L2-normalised (as scikit-learn's, with our own weights)."""
    tf = sp.csr_matrix(tellingen, dtype=np.float32)
    tf.data = 1.0 + np.log(tf.data)
    x = tf @ sp.diags(idf)
    norm = np.sqrt(np.asarray(x.multiply(x).sum(axis=1))).ravel()
    norm[norm == 0] = 1.0
    return sp.csr_matrix(sp.diags(1.0 / norm) @ x)
