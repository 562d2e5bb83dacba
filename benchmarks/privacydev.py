# SPDX-License-Identifier: EUPL-1.2
"""Scoring on nl-signalen-dev's `pii.jsonl`, a labelled PII set written outside Hartslag.

Each line is `{"text", "pii": [{"type", "value"}], "keep": [...]}` (see the set's README):
every occurrence of a value must be replaced, every keep phrase must come through. So a
value counts as found when each of its occurrences is wholly covered by replaced spans
("R"), as typed when those spans carry the matching type ("typed"), and as touched when
each occurrence is at least partly replaced ("part": deduce often replaces only the
digits of an IBAN or a case number). A keep phrase is
kept when no replaced span touches any of its occurrences outside the labelled values.
Spans that touch no labelled value are counted too: the set labels every value, so they
are false alarms or (rarely) personal data the set did not label.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

SHARED = Path(os.environ.get("HARTSLAG_SHARED_DATA", Path(__file__).parents[2] / "shared" / "data"))
if not SHARED.exists():
    SHARED = Path("/work/shared/data")
DEV_SET = SHARED / "nl-signalen-dev" / "pii.jsonl"

# The set's types -> ours (an address may be replaced as a postcode, a case number as
# either of our two number types).
DEV_TYPES: dict[str, tuple[str, ...]] = {
    "naam": ("PERSOON",), "bsn": ("BSN",), "iban": ("IBAN",), "email": ("EMAIL",),
    "telefoon": ("TELEFOON",), "adres": ("ADRES", "POSTCODE"),
    "geboortedatum": ("GEBOORTEDATUM",), "kenteken": ("KENTEKEN",),
    "klantnummer": ("KLANTNUMMER", "DOSSIERNUMMER"),
}  # fmt: skip
# Targets on the development set: minimum recall per type, minimum kept share.
DEV_TARGETS: dict[str, float] = {
    "bsn": 0.99, "iban": 0.99, "email": 0.99, "telefoon": 0.99, "naam": 0.95,
    "geboortedatum": 0.95, "klantnummer": 0.95, "adres": 0.95, "kenteken": 0.95,
}  # fmt: skip
KEEP_TARGET = 0.97

Span = tuple[int, int, tuple[str, ...]]
Detector = Callable[[str], list[Span]]


@dataclass
class DevScore:
    name: str
    values: dict[str, int] = field(default_factory=dict)
    replaced: dict[str, int] = field(default_factory=dict)
    typed: dict[str, int] = field(default_factory=dict)
    touched: dict[str, int] = field(default_factory=dict)
    keep: int = 0
    kept: int = 0
    outside: int = 0  # replaced spans that touch no labelled value


def load_dev_set(path: Path = DEV_SET) -> list[dict[str, object]] | None:
    if not path.exists():
        return None
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines]


def _occurrences(text: str, value: str) -> list[tuple[int, int]]:
    found, position = [], text.find(value)
    while position != -1:
        found.append((position, position + len(value)))
        position = text.find(value, position + 1)
    return found


def _covered(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """Whether the union of `spans` covers start..end wholly."""
    position = start
    for a, b in sorted(spans):
        if a <= position < b:
            position = b
    return position >= end


def _touches(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _score_values(
    row: dict[str, object], pred: list[Span], score: DevScore
) -> list[tuple[int, int]]:
    text = str(row["text"])
    spans = [(s, e) for s, e, _ in pred]
    gold: list[tuple[int, int]] = []
    for item in row["pii"]:  # type: ignore[attr-defined]
        kind, value = str(item["type"]), str(item["value"])
        places = _occurrences(text, value)
        gold.extend(places)
        typed = [(s, e) for s, e, t in pred if set(t) & set(DEV_TYPES[kind])]
        score.values[kind] = score.values.get(kind, 0) + 1
        score.replaced[kind] = score.replaced.get(kind, 0) + all(
            _covered(*p, spans) for p in places
        )
        score.typed[kind] = score.typed.get(kind, 0) + all(_covered(*p, typed) for p in places)
        touched = all(any(_touches(p, q) for q in spans) for p in places)
        score.touched[kind] = score.touched.get(kind, 0) + touched
    return gold


def score_dev(name: str, detector: Detector, rows: list[dict[str, object]]) -> DevScore:
    score = DevScore(name)
    for row in rows:
        text = str(row["text"])
        pred = detector(text)
        gold = _score_values(row, pred, score)
        spans = [(s, e) for s, e, _ in pred]
        score.outside += sum(not any(_touches(s, g) for g in gold) for s in spans)
        for phrase in row["keep"]:  # type: ignore[attr-defined]
            places = [p for p in _occurrences(text, str(phrase))
                      if not any(_touches(p, g) for g in gold)]  # fmt: skip
            score.keep += 1
            score.kept += not any(_touches(p, s) for p in places for s in spans)
    return score


def _ratio(part: int, whole: int) -> str:
    return f"{part / whole:.3f}" if whole else "    -"


def _cells(score: DevScore, kind: str) -> str:
    n = score.values.get(kind, 0)
    return (
        f"{_ratio(score.replaced.get(kind, 0), n):>10} {_ratio(score.typed.get(kind, 0), n):>5} "
        f"{_ratio(score.touched.get(kind, 0), n):>5}"
    )


def _met(score: DevScore, kind: str) -> str:
    found = min(score.replaced.get(kind, 0), score.typed.get(kind, 0))
    return "met" if found >= DEV_TARGETS[kind] * score.values.get(kind, 0) else "NOT met"


def print_dev(scores: list[DevScore], rows: list[dict[str, object]]) -> None:
    empty = sum(not row["pii"] for row in rows)
    first = scores[0]
    print(f"nl-signalen-dev pii.jsonl: {len(rows)} texts ({empty} without personal data), "
          f"{sum(first.values.values())} labelled values, {first.keep} keep phrases.")  # fmt: skip
    print("R: every occurrence wholly replaced; typed: by a placeholder of its type "
          "(naam=PERSOON, adres=ADRES/POSTCODE,\nklantnummer=KLANTNUMMER/DOSSIERNUMMER); "
          "part: every occurrence at least partly replaced.")  # fmt: skip
    head = f"{'type':<14}{'n':>5}  " + "  ".join(
        f"{s.name[:8] + ' R':>10} {'typed':>5} {'part':>5}" for s in scores
    )
    print(head + "  target (Hartslag R and typed)")
    print("-" * (len(head) + 30))
    for kind in DEV_TYPES:
        cells = "  ".join(_cells(s, kind) for s in scores)
        print(f"{kind:<14}{first.values.get(kind, 0):>5}  {cells}  "
              f">= {DEV_TARGETS[kind]:.2f} {_met(first, kind)}")  # fmt: skip
    blank = f"{'':>5} {'':>5}"
    kept = "  ".join(f"{_ratio(s.kept, s.keep):>10} {blank}" for s in scores)
    met = "met" if first.kept >= KEEP_TARGET * first.keep else "NOT met"
    print(f"{'kept phrases':<14}{first.keep:>5}  {kept}  >= {KEEP_TARGET:.2f} {met}")
    outside = "  ".join(f"{s.outside:>10} {blank}" for s in scores)
    print(f"{'spans off labels':<19}  {outside}  (replaced spans touching no labelled value)")
    print()
