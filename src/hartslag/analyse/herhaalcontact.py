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

Texts of one person in two channels (a letter, then a call note) share few words once
register words weigh little, so the two texts are also read against each other's
*pattern*: a contact as close to the other contact's pattern centroid as nine in ten
signals stay below for patterns that are not their own is about that pattern's problem.
A centroid holds all of a problem's words, whichever channel wrote them, so a short call
note that names one of them is near it where it is far from the one letter it repeats.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Mapping, Sequence
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


def centroid_threshold(
    vectoren: np.ndarray,
    patronen: Sequence[object | None],
    centroiden: Mapping[object, np.ndarray],
    kwantiel: float = ALIKE_QUANTILE,
    paren: int = 20_000,
) -> float:
    """The cosine that ``kwantiel`` of (signal, centroid of a pattern not its own) pairs stay
    below (a seeded sample of signals in a pattern); 1.0 with fewer than two patterns."""
    sleutels = list(centroiden)
    rijen = [i for i, p in enumerate(patronen) if p is not None and p in centroiden]
    if len(sleutels) < 2 or not rijen:
        return 1.0
    c = _unit(np.stack([centroiden[k] for k in sleutels]))
    eigen = {k: j for j, k in enumerate(sleutels)}
    rng = np.random.default_rng(0)
    i = np.asarray(rijen)[rng.integers(0, len(rijen), paren)]
    # a random pattern other than the row's own: draw from the others, shift past it
    own = np.array([eigen[patronen[int(r)]] for r in i])
    k = rng.integers(0, len(sleutels) - 1, paren)
    k = k + (k >= own)
    cos = np.einsum("ij,ij->i", vectoren[i], c[k])
    return float(np.quantile(cos, kwantiel))


def _unit(m: np.ndarray) -> np.ndarray:
    norm = np.linalg.norm(m, axis=1, keepdims=True)
    return np.asarray(m / np.where(norm > 0, norm, 1.0), dtype=np.float32)


@dataclass(frozen=True)
class _Maat:
    """What "about the same problem" is measured with in one run."""

    vectoren: np.ndarray | None
    drempel: float  # text to text
    centroiden: Mapping[object, np.ndarray]  # unit length
    centroid_drempel: float  # text to the other contact's pattern


def repeat_contacts(
    contacten: Sequence[Contact],
    vectoren: np.ndarray | None = None,
    venster: timedelta = timedelta(days=90),
    gelijkenis: float | None = None,
    centroiden: Mapping[object, np.ndarray] | None = None,
) -> dict[uuid.UUID, uuid.UUID]:
    """Map each repeat contact's signal id to the earlier signal it repeats. Texts count as
    alike from ``gelijkenis`` (cosine); by default from ``alike_threshold`` over the
    contacts' patterns. With ``centroiden`` (pattern id to centroid) a text also counts as
    about the other contact's problem from ``centroid_threshold``."""
    patronen: list[object | None] = [None] * (0 if vectoren is None else vectoren.shape[0])
    for c in contacten:
        if vectoren is not None:
            patronen[c.index] = c.patroon
    if vectoren is not None and gelijkenis is None:
        gelijkenis = alike_threshold(vectoren, patronen)
    eenheid: dict[object, np.ndarray] = {}
    centroid_drempel = 1.0
    if vectoren is not None and centroiden:
        sleutels = list(centroiden)
        rijen = _unit(np.stack([centroiden[k] for k in sleutels]))
        eenheid = dict(zip(sleutels, rijen, strict=True))
        centroid_drempel = centroid_threshold(vectoren, patronen, eenheid)
    maat = _Maat(vectoren, gelijkenis or 1.0, eenheid, centroid_drempel)
    per_melder: dict[str, list[Contact]] = defaultdict(list)
    for c in contacten:
        if c.melder:
            per_melder[c.melder].append(c)
    herhaald: dict[uuid.UUID, uuid.UUID] = {}
    for reeks in per_melder.values():
        herhaald |= _chain(sorted(reeks, key=lambda c: c.ontvangen_op), maat, venster)
    return herhaald


def _chain(reeks: list[Contact], maat: _Maat, venster: timedelta) -> dict[uuid.UUID, uuid.UUID]:
    """One reporter's contacts in time order: each later one that repeats an earlier one."""
    herhaald: dict[uuid.UUID, uuid.UUID] = {}
    for i, later in enumerate(reeks[1:], start=1):
        for eerder in reversed(reeks[:i]):
            if later.ontvangen_op - eerder.ontvangen_op > venster:
                break
            if _same_problem(eerder, later, maat):
                herhaald[later.signaal_id] = eerder.signaal_id
                break
    return herhaald


def _same_problem(a: Contact, b: Contact, maat: _Maat) -> bool:
    if a.patroon is not None and a.patroon == b.patroon:
        return True
    v = maat.vectoren
    if v is None:
        return False
    if float(v[a.index] @ v[b.index]) >= maat.drempel:
        return True
    return any(
        p is not None and p in maat.centroiden
        and float(v[tekst.index] @ maat.centroiden[p]) >= maat.centroid_drempel
        for tekst, p in ((a, b.patroon), (b, a.patroon))
    )  # fmt: skip
