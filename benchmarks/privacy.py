# SPDX-License-Identifier: EUPL-1.2
"""Benchmark personal-data detection: Hartslag vs deduce (vs Presidio), in one run.

Run: .venv/bin/python benchmarks/privacy.py [--runs 5]

Prints, for each system side by side: on nl-signalen-dev's `pii.jsonl` (written outside
Hartslag; see `privacydev.py`) the recall per type and the share of keep phrases kept;
on `corpus/privacy` per entity type precision, recall and F1, span-level, matched by
overlap with type mapping (exact-span F1 as a second figure); and texts per second on
each set (median of several runs, one process, one core), with the targets and whether
they are met. deduce is optional (`pip install deduce`, in the `bench` extra); if it is
not installed, or Presidio cannot run offline, the output says why.
"""

from __future__ import annotations

import argparse
import json
import logging
import re
import statistics
import tempfile
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from hartslag.privacy import EntiteitType, pseudonymise
from privacydev import DevScore, load_dev_set, print_dev, score_dev

CORPUS_DIR = Path(__file__).resolve().parents[1] / "corpus" / "privacy"
CORPUS = CORPUS_DIR / "notities.jsonl"
HELD_OUT = CORPUS_DIR / "handgeschreven.txt"
_MARKUP = re.compile(r"\[\[([A-Z]+):(.*?)\]\]", re.DOTALL)
TYPES = [t.value for t in EntiteitType]
# (minimum precision, minimum recall) per type.
TARGETS: dict[str, tuple[float, float]] = {
    "BSN": (0.97, 0.99), "IBAN": (0.97, 0.99), "EMAIL": (0.97, 0.99), "TELEFOON": (0.97, 0.99),
    "PERSOON": (0.90, 0.95), "ADRES": (0.90, 0.95),
}  # fmt: skip
SPEED_TARGET = 500.0

# deduce tag -> our types; the first type gets a prediction that matches nothing.
DEDUCE_TAGS: dict[str, tuple[str, ...]] = {
    "persoon": ("PERSOON",), "patient": ("PERSOON",), "locatie": ("ADRES", "POSTCODE"),
    "datum": ("GEBOORTEDATUM",), "telefoonnummer": ("TELEFOON",), "emailadres": ("EMAIL",),
    "bsn": ("BSN",), "id": ("KLANTNUMMER", "DOSSIERNUMMER", "IBAN"),
    "patientnummer": ("KLANTNUMMER", "DOSSIERNUMMER"),
}  # fmt: skip

Span = tuple[int, int, tuple[str, ...]]  # start, end, the types it may stand for
Detector = Callable[[str], list[Span]]


@dataclass
class Counts:
    tp_gold: int = 0
    gold: int = 0
    tp_pred: int = 0
    pred: int = 0

    def precision(self) -> float | None:
        return self.tp_pred / self.pred if self.pred else None

    def recall(self) -> float | None:
        return self.tp_gold / self.gold if self.gold else None

    def f1(self) -> float | None:
        p, r = self.precision(), self.recall()
        return 2 * p * r / (p + r) if p and r else (0.0 if p is not None and r else None)


@dataclass
class Result:
    name: str
    overlap: dict[str, Counts] = field(default_factory=dict)
    exact: dict[str, Counts] = field(default_factory=dict)
    speed: float | None = None
    dev_speed: float | None = None
    load_seconds: float | None = None
    note: str = ""


def load_corpus() -> list[dict[str, object]]:
    with CORPUS.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines]


def load_held_out() -> list[dict[str, object]]:
    """The hand-written notes: "[[TYPE:text]]" markup becomes labelled spans."""
    blocks = HELD_OUT.read_text(encoding="utf-8").split("\n---\n")[1:]
    rows: list[dict[str, object]] = []
    for number, block in enumerate(blocks, start=1):
        text, spans, position = "", [], 0
        for match in _MARKUP.finditer(block):
            text += block[position : match.start()]
            spans.append({"type": match.group(1), "start": len(text),
                          "end": len(text) + len(match.group(2))})  # fmt: skip
            text += match.group(2)
            position = match.end()
        text += block[position:]
        rows.append({"id": f"h{number:02d}", "tekst": text.strip("\n"), "entiteiten": spans})
    return rows


def _matches(a: tuple[int, int], b: tuple[int, int], exact: bool) -> bool:
    return a == b if exact else a[0] < b[1] and b[0] < a[1]


def _score_text(gold: list[tuple[int, int, str]], pred: list[Span], exact: bool,
                counts: dict[str, Counts]) -> None:  # fmt: skip
    for start, end, kind in gold:
        counts[kind].gold += 1
        hit = any(kind in t and _matches((start, end), (s, e), exact) for s, e, t in pred)
        counts[kind].tp_gold += hit
    for start, end, kinds in pred:
        matched = [g for g in gold if g[2] in kinds and _matches((start, end), g[:2], exact)]
        kind = matched[0][2] if matched else kinds[0]
        counts[kind].pred += 1
        counts[kind].tp_pred += bool(matched)


def evaluate(name: str, detector: Detector, corpus: list[dict[str, object]], runs: int) -> Result:
    result = Result(name, {t: Counts() for t in TYPES}, {t: Counts() for t in TYPES})
    texts = [str(row["tekst"]) for row in corpus]
    for row, text in zip(corpus, texts, strict=True):
        entities = row["entiteiten"]
        assert isinstance(entities, list)
        gold = [(int(e["start"]), int(e["end"]), str(e["type"])) for e in entities]
        pred = [span for span in detector(text) if span[2][0] in TYPES]
        _score_text(gold, pred, False, result.overlap)
        _score_text(gold, pred, True, result.exact)
    result.speed = _speed(detector, texts, runs) if runs else None
    return result


def _speed(detector: Detector, texts: list[str], runs: int) -> float:
    """Texts per second of this process's CPU time (one thread, so one core), median of
    `runs`: on a machine shared with other work, wall-clock time measures the others too."""
    rates = []
    for _ in range(runs):
        start = time.process_time()
        for text in texts:
            detector(text)
        rates.append(len(texts) / (time.process_time() - start))
    return statistics.median(rates)


def hartslag_detector(text: str) -> list[Span]:
    return [(e.start, e.end, (e.type.value,)) for e in pseudonymise(text).entities]


def deduce_system() -> tuple[Detector | None, float | None, str]:
    try:
        import deduce  # type: ignore[import-not-found,import-untyped,unused-ignore]
    except ImportError:
        return None, None, "not available: deduce is not installed (pip install deduce)"
    start = time.perf_counter()
    model = deduce.Deduce()
    load = time.perf_counter() - start

    def detect(text: str) -> list[Span]:
        doc = model.deidentify(text)
        # Every annotation is replaced; those of other kinds (age, institution, url)
        # get no type of ours.
        return [
            (a.start_char, a.end_char, DEDUCE_TAGS.get(a.tag.split("+")[0], ("",)))
            for a in doc.annotations
        ]

    return detect, load, f"deduce {getattr(deduce, '__version__', '')} (medical-text rules)"


def presidio_system() -> tuple[Detector | None, float | None, str]:
    """Presidio's pattern recognisers on a blank Dutch spaCy pipeline.

    Its default engine downloads a spaCy model at start-up, which cannot work offline, and
    no Dutch NER model is on PyPI: without one Presidio finds no names or addresses, so
    only its e-mail, IBAN, phone and date recognisers take part.
    """
    try:
        import spacy  # type: ignore[import-not-found,unused-ignore]
        from presidio_analyzer import (  # type: ignore[import-not-found,unused-ignore]
            AnalyzerEngine,
            RecognizerRegistry,
        )
        from presidio_analyzer.nlp_engine import (  # type: ignore[import-not-found,unused-ignore]
            NlpEngineProvider,
        )
        from presidio_analyzer.predefined_recognizers import (  # type: ignore[import-not-found,unused-ignore]
            DateRecognizer,
            EmailRecognizer,
            IbanRecognizer,
            PhoneRecognizer,
        )
    except ImportError:
        return None, None, "not available: presidio-analyzer is not installed"
    logging.getLogger().setLevel(logging.WARNING)  # deduce leaves the root logger at DEBUG
    logging.getLogger("presidio-analyzer").setLevel(logging.WARNING)
    start = time.perf_counter()
    model_dir = Path(tempfile.mkdtemp()) / "nl_blank"
    spacy.blank("nl").to_disk(model_dir)
    config = {
        "nlp_engine_name": "spacy",
        "models": [{"lang_code": "nl", "model_name": str(model_dir)}],
    }
    nlp_engine = NlpEngineProvider(nlp_configuration=config).create_engine()
    registry = RecognizerRegistry(supported_languages=["nl"])
    for recognizer in (EmailRecognizer(supported_language="nl"),
                       IbanRecognizer(supported_language="nl"),
                       PhoneRecognizer(supported_language="nl", supported_regions=("NL",)),
                       DateRecognizer(supported_language="nl")):  # fmt: skip
        registry.add_recognizer(recognizer)
    engine = AnalyzerEngine(registry=registry, nlp_engine=nlp_engine, supported_languages=["nl"])
    load = time.perf_counter() - start

    def detect(text: str) -> list[Span]:
        found = engine.analyze(text=text, language="nl")
        return [(r.start, r.end, PRESIDIO_TYPES[r.entity_type]) for r in found
                if r.entity_type in PRESIDIO_TYPES]  # fmt: skip

    return detect, load, "presidio: patterns only, no Dutch NER model offline"


PRESIDIO_TYPES: dict[str, tuple[str, ...]] = {
    "PERSON": ("PERSOON",), "EMAIL_ADDRESS": ("EMAIL",), "PHONE_NUMBER": ("TELEFOON",),
    "IBAN_CODE": ("IBAN",), "LOCATION": ("ADRES", "POSTCODE"), "DATE_TIME": ("GEBOORTEDATUM",),
    "NL_BSN": ("BSN",),
}  # fmt: skip


def _fmt(value: float | None) -> str:
    return "   -" if value is None else f"{value:.3f}"


def _target_note(kind: str, counts: Counts) -> str:
    if kind not in TARGETS:
        return ""
    min_p, min_r = TARGETS[kind]
    p, r = counts.precision() or 0.0, counts.recall() or 0.0
    met = "met" if p >= min_p and r >= min_r else "NOT met"
    return f"P>={min_p:.2f} R>={min_r:.2f} {met}"


def print_scores(results: list[Result]) -> None:
    head = f"{'type':<14}{'n':>5}  " + "  ".join(
        f"{r.name[:8] + ' P':>10} {'R':>5} {'F1':>5} {'F1ex':>5}" for r in results
    )
    print(head + "  target (Hartslag)")
    print("-" * len(head) + "-" * 28)
    for kind in TYPES:
        gold = results[0].overlap[kind].gold
        cells = []
        for r in results:
            o, e = r.overlap[kind], r.exact[kind]
            cells.append(f"{_fmt(o.precision()):>10} {_fmt(o.recall()):>5} "
                         f"{_fmt(o.f1()):>5} {_fmt(e.f1()):>5}")  # fmt: skip
        print(f"{kind:<14}{gold:>5}  " + "  ".join(cells) + "  "
              + _target_note(kind, results[0].overlap[kind]))  # fmt: skip
    print()


def print_speed(results: list[Result], unavailable: list[str]) -> None:
    print("Speed in texts per CPU-second (one core), median of the runs: "
          "corpus/privacy | nl-signalen-dev")  # fmt: skip
    for r in results:
        slowest = min(r.speed or 0, r.dev_speed if r.dev_speed is not None else r.speed or 0)
        met = "met" if slowest >= SPEED_TARGET else "NOT met"
        load = f", load {r.load_seconds:.1f} s" if r.load_seconds is not None else ""
        target = f"  (target >= {SPEED_TARGET:.0f}: {met})" if r is results[0] else ""
        dev = f" | {r.dev_speed:6.0f}" if r.dev_speed is not None else ""
        print(f"{r.name:<10} {r.speed or 0:6.0f}{dev} texts/s{load}{target}  {r.note}")
    for line in unavailable:
        print(line)


def main(argv: Iterable[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="speed runs; the median is shown")
    args = parser.parse_args(list(argv) if argv is not None else None)
    corpus, held_out, dev = load_corpus(), load_held_out(), load_dev_set()
    # Hartslag is measured first, before the other systems load models and threads.
    results = [evaluate("Hartslag", hartslag_detector, corpus, args.runs)]
    results[0].load_seconds = 0.0
    held = [evaluate("Hartslag", hartslag_detector, held_out, 0)]
    dev_scores: list[DevScore] = []
    if dev is not None:
        dev_scores.append(score_dev("Hartslag", hartslag_detector, dev))
        results[0].dev_speed = _speed(hartslag_detector, [str(r["text"]) for r in dev], args.runs)
    unavailable = []
    for name, system in (("deduce", deduce_system), ("Presidio", presidio_system)):
        detector, load, note = system()
        if detector is None:
            unavailable.append(f"{name:<10} {note}")
            continue
        result = evaluate(name, detector, corpus, args.runs)
        result.load_seconds, result.note = load, note
        results.append(result)
        held.append(evaluate(name, detector, held_out, 0))
        if dev is not None:
            dev_scores.append(score_dev(name, detector, dev))
            result.dev_speed = _speed(detector, [str(r["text"]) for r in dev], args.runs)
    if dev is not None:
        print_dev(dev_scores, dev)
    else:
        print("nl-signalen-dev: not found (set HARTSLAG_SHARED_DATA to the folder holding it)\n")
    mean_length = statistics.mean(len(str(r["tekst"])) for r in corpus)
    print(f"Generated corpus: {len(corpus)} texts, mean {mean_length:.0f} characters.")
    print("Span-level. P/R/F1: overlap match with type mapping; F1ex: exact span match.")
    print_scores(results)
    print(f"Held-out hand-written notes ({len(held_out)} texts, not used for tuning):")
    print_scores(held)
    print_speed(results, unavailable)


if __name__ == "__main__":
    main()
