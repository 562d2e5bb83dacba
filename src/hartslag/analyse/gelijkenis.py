# SPDX-License-Identifier: EUPL-1.2
"""Nearest neighbours in vector space: assign a new signal to its pattern, and find the
signals and patterns most like a signal or a draft text ("this is known")."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class Treffer:
    index: int
    gelijkenis: float


def assign(vector: np.ndarray, centroiden: np.ndarray, drempel: float) -> Treffer | None:
    """The nearest pattern centroid if it is at least ``drempel`` alike, else None."""
    if centroiden.shape[0] == 0:
        return None
    s = centroiden @ vector
    i = int(s.argmax())
    return Treffer(i, float(s[i])) if s[i] >= drempel else None


def most_similar(
    vector: np.ndarray,
    matrix: np.ndarray,
    aantal: int = 10,
    drempel: float = 0.0,
    uitsluiten: int | None = None,
) -> list[Treffer]:
    """The ``aantal`` rows of ``matrix`` most like ``vector`` (cosine), best first."""
    if matrix.shape[0] == 0:
        return []
    s = matrix @ vector
    if uitsluiten is not None:
        s[uitsluiten] = -np.inf
    k = min(aantal, matrix.shape[0])
    kandidaten = np.argpartition(-s, k - 1)[:k]
    geordend = kandidaten[np.argsort(-s[kandidaten], kind="stable")]
    return [Treffer(int(i), float(s[i])) for i in geordend if s[i] >= drempel]
