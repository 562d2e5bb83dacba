# SPDX-License-Identifier: EUPL-1.2
"""Patterns from signal vectors: communities in a nearest-neighbour graph.

vectors → k nearest neighbours (cosine) → fuzzy graph → modularity communities (Louvain)
→ communities below the minimum size are not patterns → a signal outside a pattern joins
one only when it is truly close: its nearest centroid is alike enough *and* that pattern
holds the plurality of its own neighbours → near-identical centroids merge. Large corpora
are clustered on a sample and the rest joins the nearest centroid (as a new signal
does), which keeps a million signals inside minutes and memory.

Why not density clustering on a PCA-reduced space (until December 2026): on real text a
few directions carry the register (letters, call notes, chat) rather than the problem,
and density in a space of 10 to 40 such directions is one connected blob with thin
bridges; which of "one big" or "many" groups HDBSCAN then picks flips with the number of
dimensions and the minimum size. Neighbours are judged in the full space, and the graph
is normalised per neighbourhood, so there is no reduction to get wrong (ADR 0004).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp
from sklearn.decomposition import PCA

from hartslag.analyse.graph import fuzzy_graph, louvain, nearest_neighbours
from hartslag.analyse.representatie import Vectoren, normalise

ONTOEGEWEZEN = -1


@dataclass(frozen=True)
class Clusterinstellingen:
    min_omvang: int = 0  # 0: chosen from the corpus size
    buren: int = 30  # k of the nearest-neighbour graph (15 to 80 measured: docs/analyse.md)
    dimensies: int = 0  # 0: neighbours in the representation's own space; else PCA first
    steekproef: int = 12_000
    # cosine to a centroid for a signal outside a pattern (or a new signal) to join it
    toewijzen_vanaf: float = 0.35
    samenvoegen_vanaf: float = 0.92  # centroids this alike are one pattern
    resolutie: float = 1.0  # modularity resolution: 1 is Newman's null model
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
    if not dimensies or x.shape[1] <= dimensies or x.shape[0] <= dimensies:
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


def _communities(
    xs: np.ndarray, inst: Clusterinstellingen, minimum: int
) -> tuple[np.ndarray, np.ndarray]:
    """Community per row of the sample (communities below ``minimum`` are unassigned),
    and each row's nearest neighbours (for the step that lets close signals join)."""
    # a small corpus gets fewer neighbours (at most a third of it): with 30 of 40 signals
    # as neighbours every signal would be linked to every topic
    idx, sim = nearest_neighbours(xs, min(inst.buren, max(5, len(xs) // 3)))
    groep = louvain(fuzzy_graph(idx, sim), inst.resolutie, inst.seed)
    omvang = np.bincount(groep)
    groot = np.flatnonzero(omvang >= minimum)
    nieuw = np.full(len(omvang), ONTOEGEWEZEN)
    nieuw[groot] = np.arange(len(groot))
    return np.asarray(nieuw[groep]), idx


def _join_close(
    labels: np.ndarray, idx: np.ndarray, x: Vectoren, c: Vectoren, drempel: float
) -> np.ndarray:
    """A signal outside every pattern joins the nearest one when it is truly close: at
    least ``drempel`` alike to its centroid, and that pattern holds the plurality of its
    nearest neighbours (a one-off complaint that shares a few words with a pattern stays
    out; a straggler in the middle of a pattern comes in)."""
    result = labels.copy()
    buiten = np.flatnonzero(labels == ONTOEGEWEZEN)
    if not len(buiten) or not c.shape[0]:
        return result
    dichtst, sim = nearest(x[buiten], c)
    for i, k, s in zip(buiten.tolist(), dichtst.tolist(), sim.tolist(), strict=True):
        buren = [int(b) for b in labels[idx[i]] if b != ONTOEGEWEZEN]
        if s >= drempel and buren and Counter(buren).most_common(1)[0][0] == k:
            result[i] = k
    return result


def _empty(n: int, d: int) -> Clustering:
    return Clustering(
        np.full(n, ONTOEGEWEZEN, dtype=np.int64),
        np.zeros((0, d), np.float32),
        np.zeros(n, np.float32),
    )


def cluster(x: Vectoren, instellingen: Clusterinstellingen | None = None) -> Clustering:
    """Cluster L2-normalised vectors; deterministic for a given seed."""
    inst = instellingen or Clusterinstellingen()
    n = x.shape[0]
    if n < 2 * inst.minimum(n) or n < 4:
        return _empty(n, x.shape[1])
    rng = np.random.default_rng(inst.seed)
    steekproef = (
        np.sort(rng.choice(n, inst.steekproef, replace=False))
        if n > inst.steekproef
        else np.arange(n)
    )
    minimum = inst.minimum(len(steekproef))
    sample_labels, buren = _communities(
        reduce(x[steekproef], inst.dimensies, inst.seed), inst, minimum
    )
    k = int(sample_labels.max()) + 1
    if k == 0:
        return _empty(n, x.shape[1])
    c = centroids(x[steekproef], sample_labels, k)
    sample_labels = _join_close(sample_labels, buren, x[steekproef], c, inst.toewijzen_vanaf)
    c = centroids(x[steekproef], sample_labels, k)
    sample_labels = _merge_close(sample_labels, c, inst.samenvoegen_vanaf)
    k = int(sample_labels.max()) + 1
    c = centroids(x[steekproef], sample_labels, k)
    idx, sim = nearest(x, c)
    labels = np.where(sim >= inst.toewijzen_vanaf, idx, ONTOEGEWEZEN)
    labels[steekproef] = sample_labels
    c = centroids(x, labels, k)
    sim = own_similarity(x, c, labels)
    return Clustering(labels.astype(np.int64), c, sim.astype(np.float32))
