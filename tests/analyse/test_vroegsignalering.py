# SPDX-License-Identifier: EUPL-1.2
from __future__ import annotations

from datetime import date

import numpy as np

from hartslag.analyse.vroegsignalering import alarm_days, detect, episodes

START = date(2025, 1, 6)  # a Monday
WEEKDAG = np.array([1.4, 1.2, 1.1, 1.0, 0.9, 0.25, 0.15])


def _volume(dagen: int, rng: np.random.Generator, seizoen: float = 0.5) -> np.ndarray:
    d = np.arange(dagen)
    mu = 200 * WEEKDAG[d % 7] * (1 + seizoen * np.sin(2 * np.pi * d / 365))
    return rng.poisson(mu)


def test_spike_detector_fires_within_days_of_a_planted_spike() -> None:
    rng = np.random.default_rng(7)
    volume = _volume(400, rng)
    patroon = rng.binomial(volume, 0.02)
    patroon[350:] += rng.poisson(6 * WEEKDAG[np.arange(350, 400) % 7])
    dagen = alarm_days(patroon, volume - patroon, START, vanaf=300)
    assert dagen and dagen[0] - 350 <= 3
    assert all(d >= 350 for d in dagen)


def test_spike_detector_stays_quiet_on_seasonal_noise() -> None:
    rng = np.random.default_rng(11)
    volume = _volume(730, rng, seizoen=0.8)
    patroon = rng.binomial(volume, 0.03)
    assert episodes(alarm_days(patroon, volume - patroon, START, vanaf=60)) == []


def test_weekday_rhythm_alone_raises_nothing() -> None:
    rng = np.random.default_rng(3)
    reeks = rng.poisson(20 * WEEKDAG[np.arange(300) % 7])
    assert alarm_days(reeks, None, START, vanaf=60) == []


def test_a_slow_build_up_is_caught_by_the_cumulative_sum_and_dated() -> None:
    rng = np.random.default_rng(5)
    volume = _volume(300, rng, seizoen=0)
    kans = np.full(300, 0.02)
    kans[220:] = np.linspace(0.02, 0.05, 80)
    patroon = rng.binomial(volume, kans)
    dagen = alarm_days(patroon, volume - patroon, START, vanaf=150)
    assert dagen and 225 <= dagen[0] <= 290
    u = detect(patroon, dagen[0], volume - patroon, START)
    assert u.begin is not None and 200 <= u.begin <= dagen[0]


def test_the_minimum_count_guard_keeps_tiny_series_quiet() -> None:
    reeks = np.zeros(120, dtype=int)
    reeks[-1] = 3  # from nothing to three: improbable, but too few to mean anything
    assert not detect(reeks, 119, None, START).alarm


def test_a_problem_never_seen_before_is_alerted_from_its_third_signal() -> None:
    """A new problem (nothing before, in all the series holds) is judged by the posterior
    predictive of a rate seen as zero, not by the guard of six: three signals in a few days
    raise an alert, two never do (they may be one person contacting twice), and an old
    problem after a quiet spell keeps the guard."""
    rng = np.random.default_rng(2)
    volume = _volume(260, rng, seizoen=0)
    nieuw = np.zeros(260, dtype=int)
    nieuw[[240, 241, 242]] = 1
    u = detect(nieuw, 242, volume - nieuw, START)
    assert u.alarm and u.waargenomen == 3 and u.verwacht < 0.2
    assert episodes(alarm_days(nieuw, volume - nieuw, START, vanaf=200)) == [242]
    twee = nieuw.copy()
    twee[242] = 0
    assert alarm_days(twee, volume - twee, START, vanaf=200) == []
    oud = nieuw.copy()
    oud[[20, 90]] = 1  # seen before, then quiet for five months: not new
    assert alarm_days(oud, volume - oud, START, vanaf=200) == []
    # an organisation's own first signals (no reference volume) are no new problem
    assert not detect(nieuw, 242, None, START).alarm
