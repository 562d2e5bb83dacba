# SPDX-License-Identifier: EUPL-1.2
"""The space a run compares signals in: the representation's vectors, centred on the
corpus mean when the representation is anisotropic, with the directions that tell
channels and source types apart removed.

A letter, a call note and a chat message about the same problem differ in register
(salutations, shorthand, a standard closing line) far more than in content, and a
sentence embedding sees that first. The mean vector per channel (and per source type)
differs from the corpus mean almost only by register, because every channel carries
many problems; projecting those few directions out leaves what the signal is about.
A problem that really lives in one channel loses only its mean offset, not what sets
it apart from the other problems in that channel.

The space is a flat float32 array, so a run can store it and a later signal can be put
in the same space without knowing its channel: the mean (d values) followed by the
removed directions (r × d values, orthonormal rows).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import scipy.sparse as sp

MIN_GROEP = 10  # a channel with fewer signals says too little about its register


def register_directions(
    x: np.ndarray, groeperingen: Sequence[Sequence[str]], min_groep: int = MIN_GROEP
) -> np.ndarray:
    """Orthonormal rows spanning the offsets of each group's mean from the overall mean,
    for every grouping (e.g. channel, source type) of the rows of ``x``."""
    midden = x.mean(axis=0, dtype=np.float64)
    rijen = []
    for groepen in groeperingen:
        waarden, index = np.unique(np.asarray(groepen), return_inverse=True)
        if len(waarden) < 2:
            continue
        lid = sp.csr_matrix(
            (np.ones(len(index)), (index, np.arange(len(index)))), shape=(len(waarden), len(index))
        )
        omvang = np.asarray(lid.sum(axis=1)).ravel()
        gemiddeld = np.asarray(lid @ x, dtype=np.float64) / np.maximum(omvang, 1)[:, None]
        genoeg = omvang >= min_groep
        if genoeg.sum() >= 2:
            rijen.append(np.sqrt(omvang[genoeg])[:, None] * (gemiddeld[genoeg] - midden))
    if not rijen:
        return np.zeros((0, x.shape[1]), dtype=np.float32)
    _, waarden_s, basis = np.linalg.svd(np.vstack(rijen), full_matrices=False)
    houden = waarden_s > 1e-6 * max(float(waarden_s[0]), 1e-12)
    return np.asarray(basis[houden], dtype=np.float32)


def space_state(midden: np.ndarray | None, richtingen: np.ndarray, d: int) -> np.ndarray | None:
    """The flat array that stores a space (``None``: the representation's own space)."""
    if midden is None and not len(richtingen):
        return None
    m = np.zeros(d, dtype=np.float32) if midden is None else np.asarray(midden, np.float32)
    return np.concatenate([m, np.asarray(richtingen, np.float32).ravel()])


def to_space(
    x: np.ndarray, state: np.ndarray | None, *, copy: bool = True, batch: int = 100_000
) -> np.ndarray:
    """Rows of ``x`` in the stored space, L2-normalised, in batches to bound memory (in
    place when ``copy`` is false and ``x`` is float32). A state of exactly d values is a
    mean only (runs stored before register directions existed)."""
    x = np.array(x, dtype=np.float32, ndmin=2, copy=True if copy else None)
    d = x.shape[1]
    if state is None or not len(state):
        midden, richtingen = None, np.zeros((0, d), np.float32)
    else:
        midden, richtingen = state[:d], state[d:].reshape(-1, d)
    for start in range(0, x.shape[0], batch):
        deel = x[start : start + batch]
        if midden is not None:
            deel -= midden
        if len(richtingen):
            deel -= (deel @ richtingen.T) @ richtingen
        norm = np.linalg.norm(deel, axis=1, keepdims=True)
        norm[norm == 0] = 1.0
        deel /= norm
    return x
