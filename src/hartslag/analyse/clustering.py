# SPDX-License-Identifier: EUPL-1.2
"""Density clustering of signal vectors (the BERTopic recipe, without PyTorch).

vectors → reduce (PCA) → HDBSCAN → noise points close to a cluster join it → clusters too
close to each other merge. Large corpora are clustered on a sample and the rest joins
the nearest centroid, which keeps a million signals inside minutes and memory.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp
from sklearn.cluster import HDBSCAN
from sklearn.decomposition import PCA

from hartslag.analyse.representatie import Vectoren, normalise

ONTOEGEWEZEN = -1


@dataclass(frozen=True)
class Clusterinstellingen:
    min_omvang: int = 0  # 0: chosen from the corpus size
    dimensies: int = 40
    steekproef: int = 12_000
    # cosine to a centroid for a noise point (or a new signal) to join it; 0.35 rather than
    # 0.4: more signals in their pattern on every labelled set but Twitter (docs/analyse.md)
    toewijzen_vanaf: float = 0.35
    samenvoegen_vanaf: float = 0.92  # centroids this alike are one pattern
    seed: int = 0

    def minimum(self, n: int) -> int:
        if self.min_omvang:
            return self.min_omvang
        return int(max(10, min(60, round(n / 300))))


@dataclass(frozen=True)
class Clustering:
    labels: np.ndarray  # (n,) int, ONTOEGEWEZEN for unassigned
    centroiden: Vectoren  # (k, d) in the input space, L2-normalised
    gelijkenis: np.ndarray  # (n,) cosine to the own centroid (0 if unassigned)


def mean_vector(x: Vectoren, batch: int = 100_000) -> np.ndarray:
    totaal = np.zeros(x.shape[1], dtype=np.float64)
    for start in range(0, x.shape[0], batch):
        totaal += x[start : start + batch].sum(axis=0)
    return np.asarray(totaal / max(x.shape[0], 1), dtype=np.float32)


def center(x: Vectoren, midden: np.ndarray, batch: int = 100_000) -> Vectoren:
    """Subtract the corpus mean and renormalise, in place and in batches. Embeddings such as
    e5 are anisotropic (any two texts have cosine ~0.8); centred, cosine thresholds mean
    the same for every representation."""
    for start in range(0, x.shape[0], batch):
        deel = x[start : start + batch] - midden
        norm = np.linalg.norm(deel, axis=1, keepdims=True)
        norm[norm == 0] = 1.0
        x[start : start + batch] = deel / norm
    return x


def reduce(x: Vectoren, dimensies: int, seed: int) -> np.ndarray:
    if x.shape[1] <= dimensies or x.shape[0] <= dimensies:
        return x
    pca = PCA(n_components=dimensies, random_state=seed, svd_solver="randomized")
    return normalise(pca.fit_transform(x))


def centroids(x: Vectoren, labels: np.ndarray, k: int) -> Vectoren:
    """Normalised mean vector per label 0..k-1, in one sparse product (no per-label scans)."""
    geldig = np.flatnonzero(labels >= 0)
    lidmaatschap = sp.csr_matrix(
        (np.ones(len(geldig), dtype=np.float32), (labels[geldig], geldig)),
        shape=(k, x.shape[0]),
    )
    return normalise(np.asarray(lidmaatschap @ x))


def nearest(x: Vectoren, c: Vectoren, batch: int = 50_000) -> tuple[np.ndarray, np.ndarray]:
    """Index of and cosine to the nearest centroid, in batches to bound memory."""
    idx = np.empty(x.shape[0], dtype=np.int64)
    sim = np.empty(x.shape[0], dtype=np.float32)
    for start in range(0, x.shape[0], batch):
        s = x[start : start + batch] @ c.T
        idx[start : start + batch] = s.argmax(axis=1)
        sim[start : start + batch] = s.max(axis=1)
    return idx, sim


def own_similarity(x: Vectoren, c: Vectoren, labels: np.ndarray, batch: int = 50_000) -> np.ndarray:
    """Cosine of each row to its own centroid (0 when unassigned), in batches."""
    sim = np.zeros(x.shape[0], dtype=np.float32)
    for start in range(0, x.shape[0], batch):
        lab = labels[start : start + batch]
        rows = x[start : start + batch]
        s = np.einsum("ij,ij->i", rows, c[np.maximum(lab, 0)]) if c.shape[0] else 0.0
        sim[start : start + batch] = np.where(lab >= 0, s, 0.0)
    return sim


def _merge_close(labels: np.ndarray, c: Vectoren, drempel: float) -> np.ndarray:
    """Union clusters whose centroids are nearly identical; relabel 0..k-1."""
    k = c.shape[0]
    ouder = list(range(k))

    def wortel(i: int) -> int:
        while ouder[i] != i:
            ouder[i] = ouder[ouder[i]]
            i = ouder[i]
        return i

    s = c @ c.T
    for i, j in zip(*np.nonzero(np.triu(s, 1) >= drempel), strict=True):
        ouder[wortel(int(i))] = wortel(int(j))
    wortels = sorted({wortel(i) for i in range(k)})
    nieuw = {w: n for n, w in enumerate(wortels)}
    mapping = np.array([nieuw[wortel(i)] for i in range(k)] + [ONTOEGEWEZEN])
    return np.asarray(mapping[labels])  # index -1 maps to the appended ONTOEGEWEZEN


def cluster(x: Vectoren, instellingen: Clusterinstellingen | None = None) -> Clustering:
    """Cluster L2-normalised vectors; deterministic for a given seed."""
    inst = instellingen or Clusterinstellingen()
    n = x.shape[0]
    if n < 2 * inst.minimum(n) or n < 4:
        return Clustering(
            np.full(n, ONTOEGEWEZEN), np.zeros((0, x.shape[1]), np.float32), np.zeros(n, np.float32)
        )
    rng = np.random.default_rng(inst.seed)
    steekproef = (
        np.sort(rng.choice(n, inst.steekproef, replace=False))
        if n > inst.steekproef
        else np.arange(n)
    )
    xs = reduce(x[steekproef], inst.dimensies, inst.seed)
    hdb = HDBSCAN(
        min_cluster_size=inst.minimum(len(steekproef)),
        min_samples=max(2, inst.minimum(len(steekproef)) // 3),
        cluster_selection_method="eom",
        copy=True,
    )
    sample_labels = hdb.fit_predict(xs)
    k = int(sample_labels.max()) + 1
    if k == 0:
        return Clustering(
            np.full(n, ONTOEGEWEZEN), np.zeros((0, x.shape[1]), np.float32), np.zeros(n, np.float32)
        )
    c = centroids(x[steekproef], sample_labels, k)
    sample_labels = _merge_close(sample_labels, c, inst.samenvoegen_vanaf)
    k = int(sample_labels.max()) + 1
    c = centroids(x[steekproef], sample_labels, k)
    idx, sim = nearest(x, c)
    labels = np.where(sim >= inst.toewijzen_vanaf, idx, ONTOEGEWEZEN)
    labels[steekproef] = np.where(sample_labels >= 0, sample_labels, labels[steekproef])
    c = centroids(x, labels, k)
    sim = own_similarity(x, c, labels)
    return Clustering(labels.astype(np.int64), c, sim.astype(np.float32))
