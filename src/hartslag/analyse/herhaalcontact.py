# SPDX-License-Identifier: EUPL-1.2
"""Repeat contacts (herhaalcontacten): the same person (keyed pseudonym) raising the same
problem again within a window. Repeated contact is itself a sign something was not solved.

"The same problem" is the same pattern, or (when patterns differ or are missing) texts
that are more alike than signals about different problems are. That bar is measured in
the run itself: the cosine that nine in ten pairs of signals in *different* patterns stay
below, so at most about one in ten pairs about different problems passes it, whatever the
representation (a cosine means something else in every one of them). A problem split over
two patterns, or a reporter who writes once and calls once, still counts. Without two
patterns to compare, the run's random pairs give the bar. The first contact of a chain is
not a repeat, every later one is.
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


ALIKE_QUANTILE = 0.9  # share of pairs about different problems that stays below the bar
MIN_NULL_PAIRS = 200  # fewer pairs in different patterns: use random pairs instead


def alike_threshold(
    vectoren: np.ndarray,
    patronen: Sequence[object | None] | None = None,
    kwantiel: float = ALIKE_QUANTILE,
    paren: int = 20_000,
) -> float:
    """The cosine that ``kwantiel`` of pairs of rows in different patterns stay below
    (a seeded sample); of any two different rows when ``patronen`` cannot tell."""
    n = vectoren.shape[0]
    if n < 2:
        return 1.0
    rng = np.random.default_rng(0)
    a, b = rng.integers(0, n, paren), rng.integers(0, n, paren)
    kies = a != b
    if patronen is not None:
        nummer: dict[object, int] = {}
        p = np.array([-1 if x is None else nummer.setdefault(x, len(nummer)) for x in patronen])
        anders = kies & (p[a] >= 0) & (p[b] >= 0) & (p[a] != p[b])
        if anders.sum() >= MIN_NULL_PAIRS:
            kies = anders
    cos = np.einsum("ij,ij->i", vectoren[a[kies]], vectoren[b[kies]])
    return float(np.quantile(cos, kwantiel)) if len(cos) else 1.0


def repeat_contacts(
    contacten: Sequence[Contact],
    vectoren: np.ndarray | None = None,
    venster: timedelta = timedelta(days=90),
    gelijkenis: float | None = None,
) -> dict[uuid.UUID, uuid.UUID]:
    """Map each repeat contact's signal id to the earlier signal it repeats. Texts count as
    alike from ``gelijkenis`` (cosine); by default from ``alike_threshold`` over the
    contacts' patterns."""
    if vectoren is not None and gelijkenis is None:
        patronen: list[object | None] = [None] * vectoren.shape[0]
        for c in contacten:
            patronen[c.index] = c.patroon
        gelijkenis = alike_threshold(vectoren, patronen)
    per_melder: dict[str, list[Contact]] = defaultdict(list)
    for c in contacten:
        if c.melder:
            per_melder[c.melder].append(c)
    herhaald: dict[uuid.UUID, uuid.UUID] = {}
    for reeks in per_melder.values():
        herhaald |= _chain(sorted(reeks, key=lambda c: c.ontvangen_op), vectoren, venster,
                           gelijkenis or 1.0)  # fmt: skip
    return herhaald


def _chain(
    reeks: list[Contact], vectoren: np.ndarray | None, venster: timedelta, drempel: float
) -> dict[uuid.UUID, uuid.UUID]:
    """One reporter's contacts in time order: each later one that repeats an earlier one."""
    herhaald: dict[uuid.UUID, uuid.UUID] = {}
    for i, later in enumerate(reeks[1:], start=1):
        for eerder in reversed(reeks[:i]):
            if later.ontvangen_op - eerder.ontvangen_op > venster:
                break
            if _same_problem(eerder, later, vectoren, drempel):
                herhaald[later.signaal_id] = eerder.signaal_id
                break
    return herhaald


def _same_problem(a: Contact, b: Contact, v: np.ndarray | None, drempel: float) -> bool:
    if a.patroon is not None and a.patroon == b.patroon:
        return True
    if v is None:
        return False
    return float(v[a.index] @ v[b.index]) >= drempel
