# SPDX-License-Identifier: EUPL-1.2
from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import numpy as np

from hartslag.analyse.herhaalcontact import Contact, repeat_contacts

T0 = datetime(2026, 2, 2, 10, tzinfo=UTC)
P, Q = uuid.UUID(int=1), uuid.UUID(int=2)


def _c(i: int, melder: str | None, dagen: int, patroon: uuid.UUID | None) -> Contact:
    return Contact(uuid.UUID(int=100 + i), melder, T0 + timedelta(days=dagen), patroon, i)


def test_the_same_person_on_the_same_problem_within_the_window_is_a_repeat() -> None:
    contacten = [
        _c(0, "m1", 0, P),
        _c(1, "m1", 10, P),
        _c(2, "m1", 30, P),  # a chain of three
        _c(3, "m2", 0, P),
        _c(4, "m2", 5, Q),  # another problem: no repeat
        _c(5, "m3", 0, P),
        _c(6, "m3", 200, P),  # outside the window
        _c(7, None, 0, P),
        _c(8, None, 1, P),  # unknown reporters
    ]
    assert repeat_contacts(contacten) == {
        uuid.UUID(int=101): uuid.UUID(int=100),
        uuid.UUID(int=102): uuid.UUID(int=101),
    }


def test_alike_texts_count_when_the_pattern_is_missing() -> None:
    v = np.array([[1.0, 0.0], [0.96, 0.28], [0.0, 1.0]], dtype=np.float32)
    contacten = [_c(0, "m", 0, None), _c(1, "m", 3, None), _c(2, "m", 4, None)]
    assert repeat_contacts(contacten, v) == {uuid.UUID(int=101): uuid.UUID(int=100)}


def _background(rng: np.random.Generator) -> tuple[np.ndarray, list[uuid.UUID]]:
    """Three patterns of 40 signals each around the axes, so the run's bars are those of
    texts about different problems (cosines near 0)."""
    r = uuid.UUID(int=3)
    rijen, patronen = [], []
    for as_, p in ((0, P), (1, Q), (2, r)):
        for _ in range(40):
            v = np.eye(3)[as_] + rng.normal(0, 0.05, 3)
            rijen.append(v / np.linalg.norm(v))
            patronen.append(p)
    return np.asarray(rijen, dtype=np.float32), patronen


def test_a_text_close_to_the_other_contacts_pattern_is_a_repeat_across_patterns() -> None:
    """A letter in pattern P and a call note in pattern Q that shares no words with the
    letter (cosine 0) but reads like P's problem (cosine 0.6 to P's centroid): a repeat.
    A note as far from P as from the letter is not one, and without the centroids the
    two texts alone never match."""
    achtergrond, patronen = _background(np.random.default_rng(0))
    brief = np.array([0.8, -0.6, 0.0])  # in P
    notitie = np.array([0.6, 0.8, 0.0])  # in Q, near P's centroid too
    ander = np.array([0.0, 0.8, 0.6])  # in Q, far from P and from the letter
    v = np.vstack([achtergrond, brief, notitie, ander]).astype(np.float32)
    n = len(achtergrond)
    centroiden = {p: np.eye(3, dtype=np.float32)[k] for k, p in enumerate((P, Q, uuid.UUID(int=3)))}
    contacten = [
        *(Contact(uuid.UUID(int=1000 + i), None, T0, p, i) for i, p in enumerate(patronen)),
        _c(n, "m1", 0, P),  # the letter
        _c(n + 1, "m1", 4, Q),  # the call note about the same problem
        Contact(uuid.UUID(int=200), "m2", T0, P, n),  # the same letter, another person
        Contact(uuid.UUID(int=201), "m2", T0 + timedelta(days=4), Q, n + 2),  # another problem
    ]
    assert repeat_contacts(contacten, v, centroiden=centroiden) == {
        uuid.UUID(int=100 + n + 1): uuid.UUID(int=100 + n)
    }
    assert repeat_contacts(contacten, v) == {}
