# SPDX-License-Identifier: EUPL-1.2
"""Repeat contacts (herhaalcontacten): the same person (keyed pseudonym) raising the same
problem again within a window. Repeated contact is itself a sign something was not solved.

"The same problem" is the same pattern, or (when patterns differ or are missing) texts
that are alike: more alike than nine in ten pairs of signals of the same run. That bar is
relative on purpose: a cosine means something else in every representation (a letter and
a call note about the same problem share few words but the same embedding direction), and
a problem split over two patterns, or a reporter who writes once and calls once, must
still count. The first contact of a chain is not a repeat, every later one is.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

import numpy as np


@dataclass(frozen=True)
class Contact:
    signaal_id: uuid.UUID
    melder: str | None  # keyed pseudonym; None when the reporter is unknown
    ontvangen_op: datetime
    patroon: uuid.UUID | None
    index: int  # row in the vector matrix


ALIKE_QUANTILE = 0.9  # "alike": more than this share of pairs of the run's signals


def alike_threshold(
    vectoren: np.ndarray, kwantiel: float = ALIKE_QUANTILE, paren: int = 20_000
) -> float:
    """The cosine that ``kwantiel`` of random pairs of rows stay below (seeded sample)."""
    n = vectoren.shape[0]
    if n < 2:
        return 1.0
    rng = np.random.default_rng(0)
    a, b = rng.integers(0, n, paren), rng.integers(0, n, paren)
    verschillend = a != b
    cos = np.einsum("ij,ij->i", vectoren[a[verschillend]], vectoren[b[verschillend]])
    return float(np.quantile(cos, kwantiel)) if len(cos) else 1.0


def repeat_contacts(
    contacten: Sequence[Contact],
    vectoren: np.ndarray | None = None,
    venster: timedelta = timedelta(days=90),
    gelijkenis: float | None = None,
) -> dict[uuid.UUID, uuid.UUID]:
    """Map each repeat contact's signal id to the earlier signal it repeats. Texts count as
    alike from ``gelijkenis`` (cosine); by default from ``alike_threshold``."""
    if vectoren is not None and gelijkenis is None:
        gelijkenis = alike_threshold(vectoren)
    per_melder: dict[str, list[Contact]] = defaultdict(list)
    for c in contacten:
        if c.melder:
            per_melder[c.melder].append(c)
    herhaald: dict[uuid.UUID, uuid.UUID] = {}
    for reeks in per_melder.values():
        if len(reeks) < 2:
            continue
        reeks.sort(key=lambda c: c.ontvangen_op)
        for i, later in enumerate(reeks[1:], start=1):
            for eerder in reversed(reeks[:i]):
                if later.ontvangen_op - eerder.ontvangen_op > venster:
                    break
                if _same_problem(eerder, later, vectoren, gelijkenis or 1.0):
                    herhaald[later.signaal_id] = eerder.signaal_id
                    break
    return herhaald


def _same_problem(a: Contact, b: Contact, v: np.ndarray | None, drempel: float) -> bool:
    if a.patroon is not None and a.patroon == b.patroon:
        return True
    if v is None:
        return False
    return float(v[a.index] @ v[b.index]) >= drempel
