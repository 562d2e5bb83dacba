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
