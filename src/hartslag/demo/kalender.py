# SPDX-License-Identifier: EUPL-1.2
"""Dates and times: the demo period, weekday and holiday effects, office hours, UTC."""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from random import Random

# Monday first: fewer signals on Friday, few on Saturday, almost none on Sunday.
WEEKDAG = (1.2, 1.05, 1.0, 1.0, 0.85, 0.22, 0.07)
FEESTDAG = 0.12
KERSTWEEK = 0.45
ZOMERVAKANTIE = 0.8

# Channels that are staffed on weekdays only; their signals move to a weekday.
KANTOORKANALEN = frozenset(
    {"telefoon", "balie", "brief", "persoonlijk", "intern-systeem", "overig"}
)

# Local hours of the day and their weights, per kind of channel.
_UREN_KANTOOR = (8, 9, 10, 11, 12, 13, 14, 15, 16)
_GEWICHT_KANTOOR = (5, 10, 11, 9, 6, 8, 8, 7, 4)
_UREN_CHAT = (8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19)
_GEWICHT_CHAT = (3, 7, 8, 8, 7, 7, 7, 6, 6, 4, 3, 2)
_UREN_ONLINE = tuple(range(24))
_GEWICHT_ONLINE = (1, 0.5, 0.3, 0.2, 0.2, 0.4, 1, 3, 5, 7, 8, 8, 7, 7, 7, 6, 6, 6, 5, 7, 8, 8, 6, 3)


def months_back(end: datetime.date, months: int) -> datetime.date:
    """The first day of a period of `months` months that ends on `end` (inclusive)."""
    month_index = end.year * 12 + end.month - 1 - months
    year, month = divmod(month_index, 12)
    month += 1
    day = min(end.day, _days_in_month(year, month))
    return datetime.date(year, month, day) + datetime.timedelta(days=1)


def _days_in_month(year: int, month: int) -> int:
    following = datetime.date(year + month // 12, month % 12 + 1, 1)
    return (following - datetime.timedelta(days=1)).day


def days_between(start: datetime.date, end: datetime.date) -> list[datetime.date]:
    return [start + datetime.timedelta(days=i) for i in range((end - start).days + 1)]


def _easter(year: int) -> datetime.date:
    """Gregorian Easter Sunday (anonymous algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month, day = divmod(h + ell - 7 * m + 114, 31)
    return datetime.date(year, month, day + 1)


def feestdagen(year: int) -> frozenset[datetime.date]:
    """Dutch public holidays on which offices are closed."""
    pasen = _easter(year)
    koningsdag = datetime.date(year, 4, 27)
    if koningsdag.weekday() == 6:
        koningsdag = datetime.date(year, 4, 26)
    return frozenset(
        {
            datetime.date(year, 1, 1),
            pasen + datetime.timedelta(days=1),
            koningsdag,
            pasen + datetime.timedelta(days=39),
            pasen + datetime.timedelta(days=50),
            datetime.date(year, 12, 25),
            datetime.date(year, 12, 26),
        }
    )


def day_factor(day: datetime.date, holidays: frozenset[datetime.date]) -> float:
    """How busy a day is compared with an ordinary Wednesday."""
    factor = WEEKDAG[day.weekday()]
    if day in holidays:
        factor = min(factor, FEESTDAG)
    elif (day.month == 12 and day.day >= 24) or (day.month == 1 and day.day <= 2):
        factor *= KERSTWEEK
    elif (day.month == 7 and day.day >= 15) or day.month == 8:
        factor *= ZOMERVAKANTIE
    return factor


def holidays_for(days: Sequence[datetime.date]) -> frozenset[datetime.date]:
    years = sorted({day.year for day in days})
    return frozenset().union(*(feestdagen(year) for year in years))


def to_office_day(day: datetime.date, holidays: frozenset[datetime.date]) -> datetime.date:
    """Move a weekend or holiday to the next working day (the post is opened on Monday)."""
    while day.weekday() >= 5 or day in holidays:
        day += datetime.timedelta(days=1)
    return day


def _utc_offset_hours(moment: datetime.datetime) -> int:
    """Europe/Amsterdam: UTC+2 from the last Sunday of March to the last of October."""

    def last_sunday(month: int) -> datetime.datetime:
        day = datetime.datetime(moment.year, month, 31)
        return day - datetime.timedelta(days=(day.weekday() + 1) % 7)

    summer_start = last_sunday(3).replace(hour=2)
    summer_end = last_sunday(10).replace(hour=3)
    return 2 if summer_start <= moment < summer_end else 1


def moment_on(day: datetime.date, kanaal: str, rng: Random) -> datetime.datetime:
    """A plausible local time on `day` for `kanaal`, returned as an aware UTC datetime."""
    if kanaal in KANTOORKANALEN:
        hour = rng.choices(_UREN_KANTOOR, weights=_GEWICHT_KANTOOR)[0]
    elif kanaal == "chat":
        hour = rng.choices(_UREN_CHAT, weights=_GEWICHT_CHAT)[0]
    else:
        hour = rng.choices(_UREN_ONLINE, weights=_GEWICHT_ONLINE)[0]
    local = datetime.datetime(
        day.year, day.month, day.day, hour, rng.randrange(60), rng.randrange(60)
    )
    utc = local - datetime.timedelta(hours=_utc_offset_hours(local))
    return utc.replace(tzinfo=datetime.UTC)
