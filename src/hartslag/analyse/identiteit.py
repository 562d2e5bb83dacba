# SPDX-License-Identifier: EUPL-1.2
"""Stable pattern identities across runs: match old groups to new ones by overlap.

A new cluster keeps the id of the old pattern it is essentially the same group as
(Hungarian matching on Jaccard overlap). A new cluster that swallows most of another
old pattern records a merge; an old pattern whose members now also form an unmatched
cluster records a split. Nothing changes identity silently.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
from scipy.optimize import linear_sum_assignment

from hartslag.domein.patroon import Mutatie, Mutatiesoort


@dataclass(frozen=True)
class Koppeling:
    ids: list[uuid.UUID]  # one per new cluster
    mutaties: list[Mutatie]
    opgeheven: list[uuid.UUID]
    samengevoegd: dict[uuid.UUID, uuid.UUID]  # old id -> id it went into


def match(
    oud: dict[uuid.UUID, frozenset[uuid.UUID]],
    nieuw: Sequence[frozenset[uuid.UUID]],
    nieuw_id: Callable[[], uuid.UUID],
    drempel: float = 0.3,
    deel: float = 0.5,
) -> Koppeling:
    oude_ids = list(oud)
    overlap = np.array(
        [[len(oud[o] & n) for n in nieuw] for o in oude_ids], dtype=np.float64
    ).reshape(len(oude_ids), len(nieuw))
    oud_n = np.array([len(oud[o]) for o in oude_ids], dtype=np.float64).reshape(-1, 1)
    nieuw_n = np.array([len(n) for n in nieuw], dtype=np.float64).reshape(1, -1)
    jaccard = overlap / np.maximum(oud_n + nieuw_n - overlap, 1)
    rijen, kolommen = linear_sum_assignment(-jaccard) if overlap.size else ([], [])
    ids: list[uuid.UUID | None] = [None] * len(nieuw)
    gekoppeld: set[int] = set()
    for i, j in zip(rijen, kolommen, strict=True):
        if jaccard[i, j] >= drempel:
            ids[j] = oude_ids[i]
            gekoppeld.add(int(i))
    mutaties: list[Mutatie] = []
    samengevoegd: dict[uuid.UUID, uuid.UUID] = {}
    for i, o in enumerate(oude_ids):
        if i in gekoppeld or not len(nieuw):
            continue
        j = int(overlap[i].argmax())
        doel = ids[j]
        if overlap[i, j] >= deel * oud_n[i, 0] and doel is not None:
            samengevoegd[o] = doel
            mutaties.append(Mutatie(Mutatiesoort.SAMENGEVOEGD, (o, doel), (doel,)))
    for j in range(len(nieuw)):
        if ids[j] is not None:
            continue
        eigen = ids[j] = nieuw_id()
        herkomst = [(i, overlap[i, j]) for i in gekoppeld if overlap[i, j] >= deel * nieuw_n[0, j]]
        if herkomst:
            bron = oude_ids[herkomst[0][0]]
            bron_nieuw = ids[int(kolommen[list(rijen).index(herkomst[0][0])])]
            assert bron_nieuw is not None
            mutaties.append(Mutatie(Mutatiesoort.GESPLITST, (bron,), (bron_nieuw, eigen)))
        else:
            mutaties.append(Mutatie(Mutatiesoort.NIEUW, (), (eigen,)))
    opgeheven = [o for i, o in enumerate(oude_ids) if i not in gekoppeld and o not in samengevoegd]
    mutaties += [Mutatie(Mutatiesoort.OPGEHEVEN, (o,), ()) for o in opgeheven]
    definitief = [i for i in ids if i is not None]
    return Koppeling(definitief, mutaties, opgeheven, samengevoegd)
