# SPDX-License-Identifier: EUPL-1.2
"""Follow-through on a bottleneck: its target date (streefdatum) and the actions that
ran past their due date. Missing a date counts as stalling for escalation
(``domein.opschaling``). Pure: callers pass ``now`` or the date of today."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from hartslag.domein.actiepunt import Actiepunt, is_overdue
from hartslag.domein.knelpunt import Knelpunt

STANDAARD_STREEFDAGEN = 90  # days from creation to solution, unless the route says otherwise


def default_target(aangemaakt_op: datetime, streefdagen: int) -> date:
    """The target date a new dossier gets from its escalation route."""
    return aangemaakt_op.date() + timedelta(days=streefdagen)


def is_past_target(k: Knelpunt, vandaag: date) -> bool:
    """Open after its target date."""
    return k.is_open and k.streefdatum is not None and k.streefdatum < vandaag


def days_past_target(k: Knelpunt, vandaag: date) -> int | None:
    if not is_past_target(k, vandaag):
        return None
    assert k.streefdatum is not None
    return (vandaag - k.streefdatum).days


def overdue_actions(k: Knelpunt, vandaag: date) -> tuple[Actiepunt, ...]:
    """Actions still open or started after their due date (of an open dossier)."""
    if not k.is_open:
        return ()
    return tuple(a for a in k.acties if is_overdue(a, vandaag))


def overdue_since(k: Knelpunt, now: datetime) -> datetime | None:
    """When the dossier first ran late: the start of the day after the earliest date it
    missed (its target date, or the due date of an action still running), or None."""
    vandaag = now.date()
    gemist = [a.deadline for a in overdue_actions(k, vandaag) if a.deadline is not None]
    if is_past_target(k, vandaag) and k.streefdatum is not None:
        gemist.append(k.streefdatum)
    if not gemist:
        return None
    return datetime.combine(min(gemist) + timedelta(days=1), time(), UTC)


def is_late(k: Knelpunt, vandaag: date) -> bool:
    return is_past_target(k, vandaag) or bool(overdue_actions(k, vandaag))
