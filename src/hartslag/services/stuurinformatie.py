# SPDX-License-Identifier: EUPL-1.2
"""The heartbeat in figures for management: signal volume per week, by source type or by
channel, for the actor's own organisation. (The feedback share and the median days per
lifecycle step are :func:`hartslag.services.publiek.management_figures`.)"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from hartslag.domein.actor import Actor
from hartslag.domein.fouten import OngeldigeInvoer
from hartslag.domein.rechten import Actie, vereis
from hartslag.services.context import Context
from hartslag.services.poorten import Indeling

INDELINGEN: tuple[Indeling, ...] = ("brontype", "kanaal")
WEKEN = (13, 26, 52)  # the periods the dashboard offers


@dataclass(frozen=True)
class Weekvolume:
    """Counts per ISO week (Mondays, oldest first) for each value of one vocabulary
    (e.g. each channel), values with the most signals first; values without a signal in
    the period are left out."""

    indeling: Indeling
    weken: list[date]
    per_waarde: dict[str, list[int]]

    @property
    def totalen(self) -> list[int]:
        return [sum(kolom) for kolom in zip(*self.per_waarde.values(), strict=True)] or [
            0 for _ in self.weken
        ]


def week_of(dag: date) -> date:
    """The Monday of ``dag``'s ISO week (as the analysis counts its weekly series)."""
    return dag - timedelta(days=dag.weekday())


def weekly_volume(ctx: Context, actor: Actor, indeling: Indeling, weken: int = 26) -> Weekvolume:
    """The last ``weken`` weeks up to and including the current one."""
    vereis(actor.rol, Actie.STUURINFORMATIE_LEZEN)
    if indeling not in INDELINGEN:
        raise OngeldigeInvoer(f"Indeling '{indeling}' bestaat niet: kies brontype of kanaal.")
    if not 1 <= weken <= 104:
        raise OngeldigeInvoer("Kies een periode van 1 tot en met 104 weken (weken).")
    laatste = week_of(ctx.clock.now().astimezone(UTC).date())
    starts = [laatste - timedelta(weeks=w) for w in range(weken - 1, -1, -1)]
    vanaf = datetime.combine(starts[0], time(), tzinfo=UTC)
    with ctx.uow(schrijven=False) as uow:
        rijen = uow.signalen.daily_counts(actor.organisatie_id, indeling, vanaf)
    index = {start: i for i, start in enumerate(starts)}
    per_waarde: dict[str, list[int]] = defaultdict(lambda: [0] * weken)
    for dag, waarde, aantal in rijen:
        i = index.get(week_of(dag))
        if i is not None:  # a signal received in the future (a wrong date) is not counted
            per_waarde[waarde][i] += aantal
    volgorde = sorted(per_waarde.items(), key=lambda kv: (-sum(kv[1]), kv[0]))
    return Weekvolume(indeling, starts, dict(volgorde))
