# SPDX-License-Identifier: EUPL-1.2
"""The action workflow table and its guards: pure and fast."""

from __future__ import annotations

import itertools
import uuid
from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from hartslag.domein.actiepunt import (
    ACTIE_OVERGANGEN,
    Actiepunt,
    Actiestatus,
    is_overdue,
    move_actie,
)
from hartslag.domein.fouten import OngeldigeInvoer
from hartslag.domein.workflow import OngeldigeOvergang

NOW = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)


def actie(**extra: object) -> Actiepunt:
    a = Actiepunt(uuid.uuid4(), "Werkinstructie aanpassen", "Team WW", date(2026, 3, 10))
    return replace(a, **extra)  # type: ignore[arg-type]


@pytest.mark.parametrize(("van", "naar"), list(itertools.product(Actiestatus, repeat=2)))
def test_every_pair_of_action_statuses_is_allowed_or_refused_by_the_table(
    van: Actiestatus, naar: Actiestatus
) -> None:
    a = actie(status=van)
    if naar in ACTIE_OVERGANGEN[van]:
        na = move_actie(a, naar, door="x@UWV", now=NOW, resultaat="klaar", reden="vervalt")
        assert na.status == naar
    else:
        with pytest.raises(OngeldigeOvergang):
            move_actie(a, naar, door="x@UWV", now=NOW, resultaat="klaar", reden="vervalt")


def test_completing_needs_a_result_and_records_who_and_when() -> None:
    with pytest.raises(OngeldigeInvoer) as fout:
        move_actie(actie(), Actiestatus.AFGEROND, door="x@UWV", now=NOW, resultaat="  ")
    assert [v.veld for v in fout.value.velden] == ["resultaat"]
    klaar = move_actie(actie(), Actiestatus.AFGEROND, door="x@UWV", now=NOW, resultaat="gedaan")
    assert (klaar.afgesloten_door, klaar.afgesloten_op, klaar.resultaat) == ("x@UWV", NOW, "gedaan")
    assert klaar.gereed and not klaar.is_lopend


def test_cancelling_needs_a_reason() -> None:
    with pytest.raises(OngeldigeInvoer) as fout:
        move_actie(actie(), Actiestatus.GEANNULEERD, door="x@UWV", now=NOW)
    assert [v.veld for v in fout.value.velden] == ["reden"]
    weg = move_actie(actie(), Actiestatus.GEANNULEERD, door="x@UWV", now=NOW, reden="dubbel")
    assert weg.annuleringsreden == "dubbel" and not weg.gereed and not weg.is_lopend


def test_an_action_is_overdue_only_while_running_after_its_due_date() -> None:
    a = actie()
    assert not is_overdue(a, date(2026, 3, 10))
    assert is_overdue(a, date(2026, 3, 11))
    assert is_overdue(replace(a, status=Actiestatus.GESTART), date(2026, 3, 11))
    assert not is_overdue(replace(a, status=Actiestatus.AFGEROND), date(2026, 3, 11))
    assert not is_overdue(replace(a, status=Actiestatus.GEANNULEERD), date(2026, 3, 11))
    assert not is_overdue(replace(a, deadline=None), date(2027, 1, 1))
