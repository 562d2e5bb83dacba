# SPDX-License-Identifier: EUPL-1.2
"""Run every detector over a text and keep one entity per stretch of text."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from hartslag.privacy.adressen import (
    find_contextual_addresses,
    find_postcodes,
    find_street_addresses,
)
from hartslag.privacy.contact import find_emails, find_phone_numbers, may_hold_email
from hartslag.privacy.datums import find_birth_dates, find_dates_in_brackets
from hartslag.privacy.entiteiten import EntiteitType, Kandidaat
from hartslag.privacy.namen import find_names
from hartslag.privacy.nummers import (
    find_bsns,
    find_ibans,
    find_licence_plates,
    find_reference_numbers,
)
from hartslag.privacy.personen import Naam

_PERSON_PRIORITY = 20

Detector = Callable[[str], Iterable[Kandidaat]]

# Every match of these holds a digit (a number, a date, a house number): a text without
# digits, as many complaints are, skips them all.
NUMBER_DETECTORS: tuple[Detector, ...] = (
    find_ibans,
    find_reference_numbers,
    find_street_addresses,
    find_contextual_addresses,
    find_postcodes,
    find_bsns,
    find_phone_numbers,
    find_licence_plates,
    find_birth_dates,
)
_DIGIT = re.compile(r"\d")  # the same digits as the detectors' \d


def resolve_overlaps(candidates: Iterable[Kandidaat]) -> list[Kandidaat]:
    """Non-overlapping candidates: higher priority first, then the longer span."""
    ranked = sorted(candidates, key=lambda c: (-c.priority, c.start - c.end, c.start))
    kept: list[Kandidaat] = []
    for candidate in ranked:
        if all(candidate.end <= k.start or candidate.start >= k.end for k in kept):
            kept.append(candidate)
    return sorted(kept, key=lambda c: c.start)


def detect(text: str) -> tuple[list[Kandidaat], dict[tuple[int, int], Naam]]:
    """All entities in `text` in order, and the person mentions by span."""
    candidates = list(find_emails(text)) if may_hold_email(text) else []
    names = {(n.start, n.end): n for n in find_names(text)}
    if _DIGIT.search(text):
        candidates.extend(c for detector in NUMBER_DETECTORS for c in detector(text))
        candidates.extend(find_dates_in_brackets(text, [end for _, end in names]))
    candidates.extend(
        Kandidaat(EntiteitType.PERSOON, s, e, text[s:e], _PERSON_PRIORITY) for s, e in names
    )
    return resolve_overlaps(candidates), names
