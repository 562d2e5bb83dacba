# SPDX-License-Identifier: EUPL-1.2
"""Early warning on daily counts: an expected level that follows weekday and volume, a
negative-binomial test on the last days, a minimum-count guard, and a cumulative sum
(CUSUM) for slow build-ups.

Without history (not one signal before the window, in all the series holds: a problem
that did not exist) the plug-in rate says nothing, and the guard would make a new problem
wait for its sixth signal. There the question is whether the problem exists at all,
answered by the posterior predictive of a Gamma–Poisson model: a Jeffreys prior on the
entity's share of the reference volume, updated by the whole empty history, so the
uncertainty of a rate seen as zero is part of the test (three signals in a week after
eight empty weeks pass at p < 0.001; never fewer than three, as two may be one person's
repeat contact). The evidence is the baseline the other tests use, so a longer empty past
does not make one signal an alarm. A quiet spell of an old problem keeps the guard.

Volume-aware: the expected count is the entity's share of a reference volume (e.g. all
other signals of the same organisations) in the trailing baseline, times the reference
volume now. The reference carries the weekday rhythm, holidays and seasons, so a busy
Monday or January does not look like a rise. Without a reference the entity's own
weekday profile is used.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

import numpy as np
from scipy.stats import nbinom, poisson


@dataclass(frozen=True)
class Drempels:
    basis_dagen: int = 56  # trailing baseline, ending before the window tested
    min_basis_dagen: int = 28
    vensters: tuple[int, ...] = (7, 3)  # windows tested, in days
    alfa: float = 0.001  # one-sided tail probability for an alarm
    min_aantal: int = 6  # the guard: never alarm on fewer signals than this in a window
    min_verhouding: float = 1.8  # ...nor when the window is less than this × expected
    # a problem never seen before: its posterior predictive decides (see the module), from
    # three signals on: two may be one person's repeat contact, which says nothing yet
    min_nieuw: int = 3
    cusum_k: float = 0.75  # allowance in standard deviations per day
    cusum_h: float = 9.0  # decision interval
    cusum_dagen: int = 42
    interval: float = 0.9  # the range shown in the explanation ("verwacht 12 (8–17)")


@dataclass(frozen=True)
class Uitkomst:
    alarm: bool
    soort: str  # "piek" | "opbouw" | ""
    venster: int
    waargenomen: int
    verwacht: float
    ondergrens: int
    bovengrens: int
    begin: int | None  # index of the day the rise began
    p: float = 1.0
    details: dict[str, float] = field(default_factory=dict)


def weekday_reference(aantallen: np.ndarray, start: date, tot: int) -> np.ndarray:
    """A reference series from the entity's own weekday profile (days before ``tot``)."""
    dagen = np.arange(len(aantallen))
    weekdag = (dagen + start.weekday()) % 7
    profiel = np.ones(7)
    if tot > 0:
        for w in range(7):
            sel = weekdag[:tot] == w
            profiel[w] = aantallen[:tot][sel].mean() if sel.any() else 0.0
        if profiel.sum() == 0:
            profiel[:] = 1.0
    profiel = profiel + 1e-3 * profiel.mean() + 1e-9
    return np.asarray(profiel[weekdag], dtype=np.float64)


def _dispersie(hist: np.ndarray, ref: np.ndarray, rate: float, blok: int) -> float:
    """Variance-to-mean ratio of block counts around the volume-aware expectation."""
    n = len(hist) // blok
    if n < 3:
        return 1.0
    h = hist[-n * blok :].reshape(n, blok).sum(axis=1)
    r = ref[-n * blok :].reshape(n, blok).sum(axis=1) * rate
    if r.sum() <= 0:
        return 1.0
    phi = float(np.sum((h - r) ** 2 / np.maximum(r, 0.5)) / max(n - 1, 1))
    return float(min(max(phi, 1.0), 10.0))


def _distributie(mu: float, phi: float):  # type: ignore[no-untyped-def]
    mu = max(mu, 0.05)
    if phi <= 1.05:
        return poisson(mu)
    r = mu / (phi - 1.0)
    return nbinom(r, r / (r + mu))


def _new_entity(waargenomen: int, basis_ref: float, venster_ref: float) -> tuple[float, float]:
    """(p, expected) for an entity never seen before the window: the posterior predictive
    of its count in the window, a negative binomial with r = 1/2 (Jeffreys prior
    Gamma(1/2, 0) after zero events in ``basis_ref`` of reference volume) and mean
    r × venster_ref / basis_ref."""
    r = 0.5
    kans = basis_ref / (basis_ref + venster_ref)
    return float(nbinom(r, kans).sf(waargenomen - 1)), r * venster_ref / basis_ref


def _test_window(
    aantallen: np.ndarray, ref: np.ndarray, t: int, venster: int, d: Drempels, nieuw: bool = False
) -> Uitkomst | None:
    """``nieuw``: an entity never seen before the window is tested as a new problem (with
    a reference volume only: an organisation's own first signals are no problem)."""
    eind_basis = t - venster + 1
    begin_basis = max(0, eind_basis - d.basis_dagen)
    if eind_basis - begin_basis < d.min_basis_dagen:
        return None
    hist, hist_ref = aantallen[begin_basis:eind_basis], ref[begin_basis:eind_basis]
    rate = (hist.sum() + 0.5) / max(hist_ref.sum(), 1e-9)
    verwacht = float(rate * ref[eind_basis : t + 1].sum())
    waargenomen = int(aantallen[eind_basis : t + 1].sum())
    phi = _dispersie(hist, hist_ref, rate, venster)
    dist = _distributie(verwacht, phi)
    p = float(dist.sf(waargenomen - 1))
    staart = (1 - d.interval) / 2
    bewaakt = waargenomen >= d.min_aantal and waargenomen >= d.min_verhouding * verwacht
    if nieuw and aantallen[:eind_basis].sum() == 0 and hist_ref.sum() > 0:
        # never seen before the window: a new problem, not a quiet spell of an old one
        venster_ref = float(ref[eind_basis : t + 1].sum())
        p, verwacht = _new_entity(waargenomen, float(hist_ref.sum()), venster_ref)
        bewaakt = waargenomen >= d.min_nieuw
    return Uitkomst(
        alarm=p < d.alfa and bewaakt,
        soort="piek",
        venster=venster,
        waargenomen=waargenomen,
        verwacht=verwacht,
        ondergrens=int(dist.ppf(staart)),
        bovengrens=int(dist.ppf(1 - staart)),
        begin=None,
        p=p,
    )


def _cusum(aantallen: np.ndarray, ref: np.ndarray, t: int, d: Drempels) -> tuple[float, int | None]:
    """CUSUM of standardised daily excess over the last ``cusum_dagen`` days, against a
    baseline that ends where they start; returns the statistic and the day it left 0."""
    start = max(0, t - d.cusum_dagen + 1)
    basis_start = max(0, start - d.basis_dagen)
    if start - basis_start < d.min_basis_dagen:
        return 0.0, None
    hist, hist_ref = aantallen[basis_start:start], ref[basis_start:start]
    rate = (hist.sum() + 0.5) / max(hist_ref.sum(), 1e-9)
    phi = _dispersie(hist, hist_ref, rate, 7)
    s, begin = 0.0, None
    for i in range(start, t + 1):
        mu = max(rate * ref[i], 0.05)
        z = (aantallen[i] - mu) / np.sqrt(mu * phi)
        nieuw = max(0.0, s + z - d.cusum_k)
        if s == 0.0 and nieuw > 0:
            begin = i
        s = nieuw
        if s == 0.0:
            begin = None
    return s, begin


def detect(
    aantallen: np.ndarray,
    t: int,
    referentie: np.ndarray | None = None,
    start: date | None = None,
    drempels: Drempels | None = None,
) -> Uitkomst:
    """Test day index ``t`` of a daily count series (using only days up to ``t``)."""
    d = drempels or Drempels()
    a = np.asarray(aantallen, dtype=np.float64)
    ref = (
        np.asarray(referentie, dtype=np.float64)
        if referentie is not None
        else weekday_reference(a, start or date(2000, 1, 3), max(0, t - 6))
    )
    nieuw = referentie is not None
    resultaten = [r for v in d.vensters if (r := _test_window(a, ref, t, v, d, nieuw)) is not None]
    s, begin = _cusum(a, ref, t, d)
    if not resultaten:
        return Uitkomst(False, "", 7, int(a[max(0, t - 6) : t + 1].sum()), 0.0, 0, 0, None)
    piek = next((r for r in resultaten if r.alarm), None)
    week = resultaten[0]
    if piek is not None:
        return _with_begin(piek, begin, t)
    opbouw = s > d.cusum_h and week.waargenomen >= d.min_aantal and week.waargenomen > week.verwacht
    if opbouw:
        return _with_begin(
            Uitkomst(
                True,
                "opbouw",
                week.venster,
                week.waargenomen,
                week.verwacht,
                week.ondergrens,
                week.bovengrens,
                None,
                week.p,
                {"cusum": s},
            ),
            begin,
            t,
        )
    return week


def _with_begin(u: Uitkomst, begin: int | None, t: int) -> Uitkomst:
    b = begin if begin is not None else t - u.venster + 1
    return Uitkomst(
        u.alarm,
        u.soort,
        u.venster,
        u.waargenomen,
        u.verwacht,
        u.ondergrens,
        u.bovengrens,
        b,
        u.p,
        u.details,
    )


def alarm_days(
    aantallen: np.ndarray,
    referentie: np.ndarray | None = None,
    start: date | None = None,
    drempels: Drempels | None = None,
    vanaf: int = 0,
) -> list[int]:
    """Every day index from ``vanaf`` on which an alarm is raised (a replay, causal)."""
    return [
        t
        for t in range(vanaf, len(aantallen))
        if detect(aantallen, t, referentie, start, drempels).alarm
    ]


def episodes(dagen: list[int], rust: int = 14) -> list[int]:
    """The first day of each alarm episode: alarms after ``rust`` quiet days start anew."""
    eerste: list[int] = []
    vorige = -(10**9)
    for dag in dagen:
        if dag - vorige > rust:
            eerste.append(dag)
        vorige = dag
    return eerste


def day_index(start: date, dag: date) -> int:
    return (dag - start).days


def day_of(start: date, index: int) -> date:
    return start + timedelta(days=index)
