# SPDX-License-Identifier: EUPL-1.2
"""Communities in a nearest-neighbour graph: who is close to whom, then which groups are
more tightly knit than chance.

Each signal links to its ``k`` nearest neighbours (cosine) with a fuzzy weight that is
scaled to its own neighbourhood, as UMAP builds its graph: the nearest neighbour weighs
1 and the weights fall off so that they sum to log2(k). A dense region and a sparse one
get links of the same strength, so a topic written about in many words is as much a
group as one written about tersely, and no global distance threshold is needed.

Groups are found by maximising modularity (Louvain: local moves, then the groups become
nodes, repeated). Modularity compares the links inside a group with what the degrees
alone would give, so "everything in one group" scores zero: it is chosen only when
there is no structure, and two problems that are linked less than chance predicts are
never one group. Deterministic for a seed.
"""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp


def nearest_neighbours(x: np.ndarray, k: int, batch: int = 2048) -> tuple[np.ndarray, np.ndarray]:
    """Indices and cosines of the ``k`` nearest other rows of L2-normalised ``x``, best
    first, computed exactly in batches (bounded memory)."""
    n = x.shape[0]
    k = max(1, min(k, n - 1))
    idx = np.empty((n, k), dtype=np.int64)
    sim = np.empty((n, k), dtype=np.float32)
    for start in range(0, n, batch):
        s = x[start : start + batch] @ x.T
        rijen = np.arange(s.shape[0])
        s[rijen, rijen + start] = -np.inf
        kandidaten = np.argpartition(-s, k - 1, axis=1)[:, :k]
        waarden = np.take_along_axis(s, kandidaten, axis=1)
        orde = np.argsort(-waarden, axis=1, kind="stable")
        idx[start : start + batch] = np.take_along_axis(kandidaten, orde, axis=1)
        sim[start : start + batch] = np.take_along_axis(waarden, orde, axis=1)
    return idx, sim


def fuzzy_graph(idx: np.ndarray, sim: np.ndarray) -> sp.csr_matrix:
    """The symmetric weighted kNN graph (UMAP's fuzzy union): per row, weight
    exp(-(d - d_nearest) / sigma) with sigma chosen so the weights sum to log2(k)."""
    n, k = idx.shape
    d = 1.0 - sim.astype(np.float64)
    rho = d[:, :1]
    doel = np.log2(max(k, 2))
    laag, hoog, sigma = np.zeros((n, 1)), np.full((n, 1), np.inf), np.ones((n, 1))
    for _ in range(64):  # bisection per row, all rows at once
        som = np.exp(-np.maximum(d - rho, 0.0) / sigma).sum(axis=1, keepdims=True)
        te_groot = som > doel
        hoog = np.where(te_groot, sigma, hoog)
        laag = np.where(te_groot, laag, sigma)
        sigma = np.where(np.isinf(hoog), sigma * 2.0, (laag + hoog) / 2.0)
    w = np.exp(-np.maximum(d - rho, 0.0) / np.maximum(sigma, 1e-12))
    rijen = np.repeat(np.arange(n), k)
    g = sp.csr_matrix((w.ravel(), (rijen, idx.ravel())), shape=(n, n))
    sym = g + g.T - g.multiply(g.T)
    sym.setdiag(0)
    sym.eliminate_zeros()
    return sp.csr_matrix(sym)


def _local_moves(
    g: sp.csr_matrix, zelf: np.ndarray, resolutie: float, m2: float, rng: np.random.Generator
) -> np.ndarray:
    """Move nodes one at a time to the neighbouring group that raises modularity most,
    until no move helps. ``zelf`` holds each node's self-loop weight (its inner links
    once it stands for a group)."""
    n = g.shape[0]
    groep = np.arange(n)
    graad = np.asarray(g.sum(axis=1)).ravel() + zelf
    totaal = graad.copy()
    indptr, indices, data = g.indptr, g.indices, g.data
    for _ in range(100):
        verplaatst = 0
        for i in rng.permutation(n).tolist():
            eigen = int(groep[i])
            banden: dict[int, float] = {}
            for j, w in zip(
                indices[indptr[i] : indptr[i + 1]].tolist(),
                data[indptr[i] : indptr[i + 1]].tolist(),
                strict=True,
            ):
                c = int(groep[j])
                banden[c] = banden.get(c, 0.0) + w
            totaal[eigen] -= graad[i]
            beste = eigen
            winst = banden.get(eigen, 0.0) - resolutie * graad[i] * totaal[eigen] / m2
            for c, w in banden.items():
                kandidaat = w - resolutie * graad[i] * totaal[c] / m2
                if kandidaat > winst + 1e-12:
                    beste, winst = c, kandidaat
            totaal[beste] += graad[i]
            if beste != eigen:
                groep[i] = beste
                verplaatst += 1
        if not verplaatst:
            break
    return groep


def louvain(g: sp.csr_matrix, resolutie: float = 1.0, seed: int = 0) -> np.ndarray:
    """A group label 0..c-1 per node that (locally) maximises modularity."""
    n = g.shape[0]
    if n == 0:
        return np.zeros(0, dtype=np.int64)
    m2 = float(g.sum())
    if m2 <= 0:
        return np.arange(n, dtype=np.int64)
    rng = np.random.default_rng(seed)
    lid = np.arange(n)
    huidig = sp.csr_matrix(g, dtype=np.float64)
    zelf = np.zeros(n)
    while True:
        groep = _local_moves(huidig, zelf, resolutie, m2, rng)
        uniek, groep = np.unique(groep, return_inverse=True)
        lid = groep[lid]
        if len(uniek) == huidig.shape[0]:
            return np.asarray(lid, dtype=np.int64)
        p = sp.csr_matrix(
            (np.ones(len(groep)), (np.arange(len(groep)), groep)),
            shape=(len(groep), len(uniek)),
        )
        samen = sp.csr_matrix(p.T @ huidig @ p)
        zelf = p.T @ zelf + samen.diagonal()
        samen.setdiag(0)
        samen.eliminate_zeros()
        huidig = samen


def modularity(g: sp.csr_matrix, labels: np.ndarray, resolutie: float = 1.0) -> float:
    """Newman's modularity of a partition (for tests and diagnostics)."""
    m2 = float(g.sum())
    if m2 <= 0:
        return 0.0
    graad = np.asarray(g.sum(axis=1)).ravel()
    coo = g.tocoo()
    binnen = float(coo.data[labels[coo.row] == labels[coo.col]].sum())
    per_groep = np.bincount(labels, weights=graad)
    return binnen / m2 - resolutie * float(np.sum((per_groep / m2) ** 2))
