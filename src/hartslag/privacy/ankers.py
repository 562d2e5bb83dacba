# SPDX-License-Identifier: EUPL-1.2
"""Run a keyword-led pattern only where its keyword occurs.

Python's `re` tries a pattern that starts with a list of words ("klantnummer|dossier|...")
at every position of the text, which costs more than the rest of the detector. When every
match must start with one of a few fixed words (the pattern's *anchors*), `str.find`
locates those words in a fraction of the time and the pattern is tried only there.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache


@lru_cache(maxsize=4)
def _lowered(text: str) -> str:
    """`text.lower()`, once per text for the several detectors that ask in a row."""
    return text.lower()


def anchor_positions(text: str, anchors: tuple[str, ...]) -> list[int] | None:
    """Sorted start offsets of the lower-case `anchors` in `text`, ignoring case.

    None when lower-casing changes the length of the text (a few rare characters such
    as "İ"), so offsets in the lower-cased copy would not be offsets in `text`.
    """
    lowered = _lowered(text)
    if len(lowered) != len(text):
        return None
    positions: set[int] = set()
    for anchor in anchors:
        position = lowered.find(anchor)
        while position != -1:
            positions.add(position)
            position = lowered.find(anchor, position + 1)
    return sorted(positions)


def anchored_finditer(
    pattern: re.Pattern[str],
    text: str,
    anchors: tuple[str, ...],
    positions: list[int] | None = None,
) -> Iterator[re.Match[str]]:
    """The matches `pattern.finditer(text)` gives, provided every match of `pattern`
    starts with one of `anchors` (lower case, matched ignoring case).

    `positions` may pass `anchor_positions(text, more)` for a superset `more` of `anchors`,
    computed once for several patterns.
    """
    if positions is None:
        positions = anchor_positions(text, anchors)
    if positions is None:
        yield from pattern.finditer(text)
        return
    resume = 0
    for position in positions:
        if position < resume:
            continue
        match = pattern.match(text, position)
        if match is not None:
            yield match
            resume = max(match.end(), position + 1)
