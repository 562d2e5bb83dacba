# SPDX-License-Identifier: EUPL-1.2
"""A keyword-led pattern tried only at its keywords finds what a full scan finds."""

from __future__ import annotations

import re

from hartslag.privacy.ankers import anchor_positions, anchored_finditer

PATTERN = re.compile(r"\b(?:klant|dossier)\s?(?:nummer|nr)\s*:?\s*(?P<value>\d+)", re.IGNORECASE)
ANCHORS = ("klant", "dossier")


def spans(matches: object) -> list[tuple[int, int]]:
    return [m.span() for m in matches]  # type: ignore[attr-defined]


def test_anchored_search_equals_a_full_scan() -> None:
    text = "Klantnummer 123, dossiernr: 456; KLANT NR 789, deelklantnummer 1, dossier nummer 2."
    assert spans(anchored_finditer(PATTERN, text, ANCHORS)) == spans(PATTERN.finditer(text))
    assert len(spans(PATTERN.finditer(text))) == 4


def test_anchor_positions_are_sorted_and_ignore_case() -> None:
    assert anchor_positions("Dossier, klant, KLANT", ANCHORS) == [0, 9, 16]


def test_text_whose_length_changes_when_lower_cased_falls_back_to_a_full_scan() -> None:
    text = "İstanbul: klantnummer 123"
    assert anchor_positions(text, ANCHORS) is None
    assert spans(anchored_finditer(PATTERN, text, ANCHORS)) == spans(PATTERN.finditer(text))
