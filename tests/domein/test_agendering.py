# SPDX-License-Identifier: EUPL-1.2
"""Agenda moments as pure rules: the default calendar, checks, which reminder is due."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from hartslag.domein.agendering import (
    AANTAL_STANDAARD,
    Agenderingsmoment,
    check_moment,
    default_moments,
    reminder_to_send,
)
from hartslag.domein.fouten import OngeldigeInvoer

MOMENT = Agenderingsmoment(
    uuid.uuid4(), "UWV", "Voorjaarsnota 2027", date(2027, 6, 1), date(2027, 3, 23), (14, 3)
)


def test_prinsjesdag_is_the_third_tuesday_of_september() -> None:
    for jaar, dag in ((2026, 15), (2027, 21), (2028, 19), (2029, 18)):
        ids = [uuid.uuid4() for _ in range(AANTAL_STANDAARD)]
        prinsjesdag = {m.naam: m.datum for m in default_moments("X", jaar, ids)}
        assert prinsjesdag[f"Prinsjesdag / Miljoenennota {jaar}"] == date(jaar, 9, dag)


def test_every_default_moment_passes_its_own_check() -> None:
    ids = [uuid.uuid4() for _ in range(AANTAL_STANDAARD)]
    momenten = default_moments("GEM-UTR", 2027, ids)
    assert [m.id for m in momenten] == ids
    for m in momenten:
        check_moment(m)
        assert m.indiendeadline < m.datum and m.organisatie == "GEM-UTR"


@pytest.mark.parametrize(
    ("wijziging", "fout"),
    [
        ({"naam": " "}, "naam"),
        ({"indiendeadline": date(2027, 6, 2)}, "vóór of op de datum"),
        ({"herinneringen": (14, -1)}, "0 tot en met 365"),
        ({"herinneringen": (3, 3)}, "één keer"),
    ],
)
def test_a_bad_moment_is_refused_with_the_reason(wijziging: dict[str, object], fout: str) -> None:
    with pytest.raises(OngeldigeInvoer, match=fout):
        check_moment(replace(MOMENT, **wijziging))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("dag", "verstuurd", "verwacht"),
    [
        (date(2027, 3, 8), frozenset(), (None, [])),  # 15 days left
        (date(2027, 3, 9), frozenset(), (14, [14])),
        (date(2027, 3, 9), frozenset({14}), (None, [])),
        (date(2027, 3, 21), frozenset(), (3, [14, 3])),  # scheduler was off: one, not two
        (date(2027, 3, 21), frozenset({14}), (3, [3])),
        (date(2027, 3, 23), frozenset({14, 3}), (None, [])),
        (date(2027, 3, 24), frozenset(), (None, [])),  # deadline passed
    ],
)
def test_the_reminder_to_send_is_the_most_urgent_one_due(
    dag: date, verstuurd: frozenset[int], verwacht: tuple[int | None, list[int]]
) -> None:
    now = datetime(dag.year, dag.month, dag.day, 9, tzinfo=UTC)
    assert reminder_to_send(MOMENT, now, verstuurd) == verwacht
