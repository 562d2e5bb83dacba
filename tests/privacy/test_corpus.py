# SPDX-License-Identifier: EUPL-1.2
"""Guard the quality targets on the labelled corpus so a regression fails the build."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from hartslag.privacy import pseudonymise

CORPUS = Path(__file__).resolve().parents[2] / "corpus" / "privacy" / "notities.jsonl"
# type: (minimum precision, minimum recall), overlap match.
TARGETS = {
    "BSN": (0.97, 0.99), "IBAN": (0.97, 0.99), "EMAIL": (0.97, 0.99), "TELEFOON": (0.97, 0.99),
    "PERSOON": (0.90, 0.95), "ADRES": (0.90, 0.95),
}  # fmt: skip


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


@pytest.fixture(scope="module")
def scores() -> dict[str, tuple[float, float]]:
    rows = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines()]
    counts = {kind: [0, 0, 0, 0] for kind in TARGETS}  # tp_pred, pred, tp_gold, gold
    for row in rows:
        gold = [((e["start"], e["end"]), e["type"]) for e in row["entiteiten"]]
        pred = [((e.start, e.end), e.type.value) for e in pseudonymise(row["tekst"]).entities]
        for span, kind in pred:
            if kind in counts:
                counts[kind][1] += 1
                counts[kind][0] += any(k == kind and _overlaps(span, g) for g, k in gold)
        for span, kind in gold:
            if kind in counts:
                counts[kind][3] += 1
                counts[kind][2] += any(k == kind and _overlaps(span, p) for p, k in pred)
    return {k: (c[0] / max(c[1], 1), c[2] / max(c[3], 1)) for k, c in counts.items()}


def test_corpus_has_at_least_400_labelled_texts() -> None:
    assert len(CORPUS.read_text(encoding="utf-8").splitlines()) >= 400


@pytest.mark.parametrize("kind", list(TARGETS))
def test_detection_meets_precision_and_recall_targets_on_the_corpus(
    kind: str, scores: dict[str, tuple[float, float]]
) -> None:
    precision, recall = scores[kind]
    min_precision, min_recall = TARGETS[kind]
    assert precision >= min_precision, f"{kind} precision {precision:.3f} < {min_precision}"
    assert recall >= min_recall, f"{kind} recall {recall:.3f} < {min_recall}"
