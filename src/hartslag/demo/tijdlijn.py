# SPDX-License-Identifier: EUPL-1.2
"""The demo period: which days exist, how busy each is for a problem, and office days."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from itertools import accumulate

from hartslag.demo.kalender import (
    KANTOORKANALEN,
    day_factor,
    days_between,
    holidays_for,
    months_back,
    to_office_day,
)
from hartslag.demo.organisaties import Profiel
from hartslag.demo.probleem import Probleem
from hartslag.demo.problemen import piek_gewicht


@dataclass
class Periode:
    """`months` months ending on `end` (inclusive), with cached daily weights."""

    end: datetime.date
    months: int
    start: datetime.date = field(init=False)
    dagen: list[datetime.date] = field(init=False)
    feestdagen: frozenset[datetime.date] = field(init=False)
    _dagfactor: list[float] = field(init=False)
    _cache: dict[tuple[str, str], list[float]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.start = months_back(self.end, self.months)
        self.dagen = days_between(self.start, self.end)
        self.feestdagen = holidays_for(self.dagen)
        self._dagfactor = [day_factor(dag, self.feestdagen) for dag in self.dagen]

    def gewichten(self, probleem: Probleem, profiel: Profiel) -> list[float]:
        """Cumulative daily weights for `probleem` at `profiel`, for ``cum_weights``."""
        sleutel = (probleem.id, profiel.code)
        if sleutel not in self._cache:
            self._cache[sleutel] = list(accumulate(self._dagelijks(probleem, profiel)))
        return self._cache[sleutel]

    def _dagelijks(self, probleem: Probleem, profiel: Profiel) -> list[float]:
        """Weekday and holiday effects, the season, a trend, and the spike's own course."""
        seizoen = probleem.seizoen or profiel.seizoen
        n = max(len(self.dagen) - 1, 1)
        gewichten = []
        for i, (dag, factor) in enumerate(zip(self.dagen, self._dagfactor, strict=True)):
            trend = 1.0 + (probleem.trend - 1.0) * i / n
            piek = piek_gewicht(dag, self.end) if probleem.piek else 1.0
            gewichten.append(factor * seizoen[dag.month - 1] * trend * piek)
        return gewichten

    def kantoordag(self, dag: datetime.date, kanaal: str, herhaling: bool) -> datetime.date | None:
        """Letters, calls and visits land on working days; None if that falls past the end
        for a repeat contact (a first contact moves back to the last working day)."""
        if kanaal not in KANTOORKANALEN:
            return dag
        dag = to_office_day(dag, self.feestdagen)
        if dag <= self.end:
            return dag
        if herhaling:
            return None
        dag = self.end
        while dag.weekday() >= 5 or dag in self.feestdagen:
            dag -= datetime.timedelta(days=1)
        return dag
