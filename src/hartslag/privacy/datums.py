# SPDX-License-Identifier: EUPL-1.2
"""Dates of birth: a date counts only when the words around it say it is one.

Ordinary dates ("op 12-03-2024 gebeld") are not personal data on their own and stay in
the text; a date right after "geboren op", "geb." or "geboortedatum" is replaced.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from hartslag.privacy.ankers import anchor_positions, anchored_finditer
from hartslag.privacy.entiteiten import EntiteitType, Kandidaat

MONTHS: dict[str, int] = {
    "januari": 1, "jan": 1, "februari": 2, "feb": 2, "febr": 2, "maart": 3, "mrt": 3,
    "april": 4, "apr": 4, "mei": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7,
    "augustus": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9, "oktober": 10,
    "okt": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip

_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
_NUMERIC = r"\d{1,2}[-/.]\d{1,2}[-/.](?:\d{4}|['’]?\d{2})"
_ISO = r"\d{4}-\d{2}-\d{2}"
_YEAR = r"(?:\d{4}|['’]\d{2})"  # 1985, '85
_WRITTEN = rf"\d{{1,2}}\s(?:{_MONTH_NAMES})\.?\s{_YEAR}"
DATE_PATTERN = rf"(?:{_ISO}|{_NUMERIC}|{_WRITTEN})"

_BIRTH_DATE = re.compile(
    r"(?:geboortedatum|geboren|geb(?:\.|\b)(?:\s?datum\b)?|d\.o\.b\.?|dob\b)"
    rf"[^\d\n]{{0,22}}?\b(?P<date>{DATE_PATTERN})(?![\d-])",
    re.IGNORECASE,
)
_BIRTH_DATE_ANCHORS = ("geb", "d.o.b", "dob")
# The word after the date: "Hij is op 4 juni 1961 geboren".
_DATE_BEFORE_BORN = re.compile(rf"(?<![\d-])(?P<date>{DATE_PATTERN})[ \t]+(?=geboren\b)", re.I)
_PARTS_NUMERIC = re.compile(r"(\d{1,4})[-/.](\d{1,2})[-/.]['’]?(\d{2,4})")
_PARTS_WRITTEN = re.compile(
    rf"(\d{{1,2}})\s({_MONTH_NAMES})\.?\s['’]?(\d{{4}}|\d{{2}})", re.IGNORECASE
)
# A date inside brackets: "(03-04-1985)", "(ex-partner, 3 apr. '85)", "(BSN ..., 3-4-1985)".
_BRACKETED = re.compile(
    rf"\((?P<inside>[^()\n]{{0,60}}?)(?P<date>{DATE_PATTERN})(?![\d-])[^()\n]{{0,30}}\)", re.I
)


def _make_date(year: int, month: int, day: int) -> date | None:
    if year < 100:
        year += 1900 if year > 30 else 2000
    try:
        return date(year, month, day)
    except ValueError:
        return None


def parse_date(value: str) -> date | None:
    """The date written in `value` (Dutch day-month-year, ISO, or "12 maart 1985")."""
    text = value.strip()
    written = _PARTS_WRITTEN.fullmatch(text)
    if written:
        month = MONTHS[written.group(2).lower()]
        return _make_date(int(written.group(3)), month, int(written.group(1)))
    numeric = _PARTS_NUMERIC.fullmatch(text)
    if not numeric:
        return None
    first, second, third = (int(numeric.group(i)) for i in (1, 2, 3))
    if len(numeric.group(1)) == 4:
        return _make_date(first, second, third)
    return _make_date(third, second, first)


def find_birth_dates(text: str) -> Iterator[Kandidaat]:
    """Dates introduced as a date of birth, or followed by "geboren"."""
    matches = list(anchored_finditer(_BIRTH_DATE, text, _BIRTH_DATE_ANCHORS))
    for born in anchor_positions(text, ("geboren",)) or ():
        window = max(0, born - 30)
        matches.extend(
            m for m in _DATE_BEFORE_BORN.finditer(text, window, born + 7) if m.end() == born
        )
    for match in matches:
        if parse_date(match.group("date")) is None:
            continue
        start, end = match.span("date")
        yield Kandidaat(EntiteitType.GEBOORTEDATUM, start, end, text[start:end], priority=60)


def find_dates_in_brackets(text: str, name_ends: list[int]) -> Iterator[Kandidaat]:
    """Dates in brackets right after a person's name: "J. de Vries (3-4-1985)".

    A date written in brackets behind a name, alone or beside other details of that
    person ("(BSN ..., 3-4-1985)", "(ex-partner, 3 apr. '85)"), says when they were born.
    """
    if "(" not in text or not name_ends:
        return
    ends = set(name_ends)
    for match in _BRACKETED.finditer(text):
        before = match.start()
        while before > 0 and text[before - 1] in " \t":
            before -= 1
        if before not in ends or parse_date(match.group("date")) is None:
            continue
        start, end = match.span("date")
        yield Kandidaat(EntiteitType.GEBOORTEDATUM, start, end, text[start:end], priority=60)
