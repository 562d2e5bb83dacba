# SPDX-License-Identifier: EUPL-1.2
"""Target dates and overdue actions, and how they count as stalling for escalation."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

from hartslag.domein.actiepunt import Actiepunt, Actiestatus
from hartslag.domein.knelpunt import Knelpunt, Knelpuntstatus
from hartslag.domein.opschaling import default_route, next_level, stalled_since
from hartslag.domein.opvolging import (
    days_past_target,
    default_target,
    is_late,
    overdue_actions,
    overdue_since,
)

NOW = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)


def knelpunt(**extra: object) -> Knelpunt:
    k = Knelpunt(uuid.uuid4(), "UWV", "WW te laat", "Uitkering te laat", NOW, "a@UWV", NOW)
    return replace(k, **extra)  # type: ignore[arg-type]


def actie(deadline: date, status: Actiestatus = Actiestatus.OPEN) -> Actiepunt:
    return Actiepunt(uuid.uuid4(), "Werkinstructie", "Team WW", deadline, status=status)


def test_default_target_is_the_routes_days_after_creation() -> None:
    assert default_target(NOW, 90) == date(2026, 5, 31)
    assert default_route("UWV").streefdagen == 90


def test_past_target_counts_days_for_open_bottlenecks_only() -> None:
    k = knelpunt(streefdatum=date(2026, 3, 1))
    assert days_past_target(k, date(2026, 3, 1)) is None
    assert days_past_target(k, date(2026, 3, 4)) == 3
    assert days_past_target(replace(k, status=Knelpuntstatus.OPGELOST), date(2026, 3, 4)) is None
    assert days_past_target(replace(k, streefdatum=None), date(2030, 1, 1)) is None


def test_overdue_since_is_the_day_after_the_earliest_missed_date() -> None:
    k = knelpunt(
        streefdatum=date(2026, 3, 20),
        acties=(
            actie(date(2026, 3, 5)),
            actie(date(2026, 3, 3), Actiestatus.AFGEROND),  # done: not late
            actie(date(2026, 3, 8), Actiestatus.GESTART),
        ),
    )
    assert overdue_since(k, datetime(2026, 3, 5, 23, tzinfo=UTC)) is None
    now = datetime(2026, 3, 25, tzinfo=UTC)
    assert len(overdue_actions(k, now.date())) == 2 and is_late(k, now.date())
    assert overdue_since(k, now) == datetime(2026, 3, 6, tzinfo=UTC)


def test_activity_does_not_hide_a_missed_date_from_escalation() -> None:
    route = default_route("UWV")  # team: 14 days
    k = knelpunt(acties=(actie(date(2026, 3, 5)),))
    bezig = replace(k, laatste_voortgang_op=datetime(2026, 3, 19, tzinfo=UTC))  # edited
    now = datetime(2026, 3, 20, 12, tzinfo=UTC)  # 14 days after the missed due date
    assert stalled_since(bezig, now) == datetime(2026, 3, 6, tzinfo=UTC)
    assert next_level(bezig, route, now) == 1
    zonder = replace(bezig, acties=())
    assert next_level(zonder, route, now) is None  # one day without progress
    opgeschaald = replace(bezig, opschalingsniveau=1, opgeschaald_op=now)
    assert next_level(opgeschaald, route, now + timedelta(days=13)) is None
    assert next_level(opgeschaald, route, now + timedelta(days=14)) == 2
