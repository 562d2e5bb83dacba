# SPDX-License-Identifier: EUPL-1.2
"""The demo-data generator: reproducible, realistic, and honest about its ground truth."""

from __future__ import annotations

import datetime
import itertools
import json
import random
import re
from collections import Counter, defaultdict
from pathlib import Path
from zoneinfo import ZoneInfo

import phonenumbers
import pytest
from stdnum import iban as stdnum_iban
from stdnum.nl import bsn as stdnum_bsn

from hartslag.demo import DemoDataset, generate, write_grondwaarheid, write_signalen
from hartslag.demo.problemen import CATALOGUS
from hartslag.demo.ruis import RUIS
from hartslag.demo.tekst import BEKENDE_SLOTS
from hartslag.demo.template import slot_names
from hartslag.domein.vocabulaire import (
    Bereik,
    Brontype,
    Impactdomein,
    Impactsoort,
    Kanaal,
    Meldertype,
    Polariteit,
)
from hartslag.services.invoer import SignaalNieuw

END = datetime.date(2026, 10, 31)
NL = ZoneInfo("Europe/Amsterdam")
API_ATTRIBUTEN = {
    "organisatie", "externeReferentie", "ontvangenOp", "brontype", "meldertype", "kanaal",
    "gevraagd", "polariteit", "impact", "bereik", "themas", "levensgebeurtenis",
    "regelgeving", "titel", "tekst", "melderId", "contact",
}  # fmt: skip
BSN_IN_TEKST = re.compile(r"(?<![\d.])(\d{9}|\d{4}\.\d{2}\.\d{3})(?![\d.])")
IBAN_IN_TEKST = re.compile(r"\bNL\d{2} ?[A-Z]{4}(?: ?\d{4}){2} ?\d{2}\b")
ZIN = re.compile(r"(?<=[.!?])\s+|\n+")


@pytest.fixture(scope="module")
def dataset() -> DemoDataset:
    return generate(seed=42, end=END)


def _lokale_dag(signaal: dict[str, object]) -> datetime.date:
    moment = signaal["ontvangenOp"]
    assert isinstance(moment, datetime.datetime)
    return moment.astimezone(NL).date()


def _per_probleem(dataset: DemoDataset) -> dict[str | None, list[dict[str, object]]]:
    groepen: dict[str | None, list[dict[str, object]]] = defaultdict(list)
    for signaal, waarheid in zip(dataset.signalen, dataset.grondwaarheid, strict=True):
        probleem = waarheid["probleem"]
        groepen[probleem if isinstance(probleem, str) else None].append(signaal)
    return groepen


def test_same_seed_gives_the_same_dataset_and_another_seed_a_different_one() -> None:
    eerste = generate(seed=7, scale=0.1)
    tweede = generate(seed=7, scale=0.1)
    ander = generate(seed=8, scale=0.1)
    assert eerste.signalen == tweede.signalen
    assert eerste.grondwaarheid == tweede.grondwaarheid
    assert [s["tekst"] for s in eerste.signalen] != [s["tekst"] for s in ander.signalen]


def test_scale_multiplies_the_volume(dataset: DemoDataset) -> None:
    klein = generate(seed=42, end=END, scale=0.1)
    assert 0.07 < len(klein.signalen) / len(dataset.signalen) < 0.13


def test_full_scale_gives_about_six_thousand_signals_with_some_noise(
    dataset: DemoDataset,
) -> None:
    assert 5000 <= len(dataset.signalen) <= 7000
    ruis = sum(w["probleem"] is None for w in dataset.grondwaarheid)
    assert 0.12 <= ruis / len(dataset.signalen) <= 0.18


def test_every_vocabulary_value_occurs(dataset: DemoDataset) -> None:
    signalen = dataset.signalen
    for veld, enum in (
        ("brontype", Brontype), ("meldertype", Meldertype), ("kanaal", Kanaal),
        ("polariteit", Polariteit), ("bereik", Bereik),
    ):  # fmt: skip
        assert {s[veld] for s in signalen} == {lid.value for lid in enum}, veld
    impact = [i for s in signalen for i in s["impact"]]  # type: ignore[attr-defined]
    assert {i["domein"] for i in impact} == {lid.value for lid in Impactdomein}
    assert {i["soort"] for i in impact} == {lid.value for lid in Impactsoort}


def test_channels_sources_and_polarity_have_realistic_proportions(dataset: DemoDataset) -> None:
    kanalen = Counter(s["kanaal"] for s in dataset.signalen).most_common()
    assert {kanalen[0][0], kanalen[1][0]} == {"telefoon", "webformulier"}
    gevraagd = sum(bool(s["gevraagd"]) for s in dataset.signalen) / len(dataset.signalen)
    assert 0.02 < gevraagd < 0.15
    polariteit = Counter(s["polariteit"] for s in dataset.signalen)
    assert polariteit["negatief"] > len(dataset.signalen) / 2
    assert polariteit["positief"] > 50 and polariteit["neutraal"] > 50


def test_at_least_five_organisations_all_have_signals(dataset: DemoDataset) -> None:
    codes = [org.code for org in dataset.organisaties]
    assert len(codes) >= 5 and len(set(codes)) == len(codes)
    assert {"BD", "DT", "UWV", "DUO", "GEM-UTR"} <= set(codes)
    per_organisatie = Counter(s["organisatie"] for s in dataset.signalen)
    assert all(per_organisatie[code] >= 100 for code in codes)


def test_signals_span_eighteen_months_up_to_the_end(dataset: DemoDataset) -> None:
    dagen = [_lokale_dag(s) for s in dataset.signalen]
    assert min(dagen) >= dataset.start and max(dagen) <= END
    assert dataset.start == datetime.date(2025, 5, 1)
    maanden = {(dag.year, dag.month) for dag in dagen}
    assert len(maanden) == 18


def test_volume_follows_weekdays_and_seasons(dataset: DemoDataset) -> None:
    dagen = [(s["organisatie"], _lokale_dag(s)) for s in dataset.signalen]
    weekdagen = Counter(dag.weekday() for _, dag in dagen)
    assert weekdagen[6] < 0.02 * len(dagen)
    assert weekdagen[5] < weekdagen[4] < weekdagen[0]

    kalendermaanden = Counter(month for _, month in {(d.year, d.month) for _, d in dagen})

    def aantal(code: str, maanden: set[int]) -> float:
        """Signals per calendar month of the period, in the given months of the year."""
        telling = sum(1 for org, dag in dagen if org == code and dag.month in maanden)
        return telling / sum(kalendermaanden[maand] for maand in maanden)

    # The tax-return season at the Belastingdienst, the academic year's start at DUO,
    # January at Toeslagen.
    assert aantal("BD", {3, 4, 5}) > 1.3 * aantal("BD", {6, 7, 8})
    assert aantal("DUO", {8, 9}) > 1.3 * aantal("DUO", {4, 5})
    assert aantal("DT", {1}) > 1.3 * aantal("DT", {6})


def test_catalogue_holds_at_least_thirty_problems_and_exactly_one_spike(
    dataset: DemoDataset,
) -> None:
    ids = [p["id"] for p in dataset.problemen]
    assert len(ids) >= 30 and len(set(ids)) == len(ids)
    assert all(re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", str(i)) for i in ids)
    pieken = [p for p in dataset.problemen if p["piek"]]
    assert len(pieken) == 1 and isinstance(pieken[0]["startdatum"], datetime.date)
    assert all(p["startdatum"] is None for p in dataset.problemen if not p["piek"])
    gebruikt = {w["probleem"] for w in dataset.grondwaarheid} - {None}
    assert gebruikt == set(ids)


def test_cross_organisation_problems_occur_at_several_organisations(
    dataset: DemoDataset,
) -> None:
    organisaties: dict[object, set[object]] = defaultdict(set)
    for signaal, waarheid in zip(dataset.signalen, dataset.grondwaarheid, strict=True):
        organisaties[waarheid["probleem"]].add(signaal["organisatie"])
    overstijgend = [p["id"] for p in dataset.problemen if p["organisatieoverstijgend"]]
    assert len([p for p in overstijgend if len(organisaties[p]) >= 2]) >= 3
    assert "kostendelersnorm-inwonende-kinderen" in overstijgend


def test_spike_problem_surges_in_the_last_month(dataset: DemoDataset) -> None:
    piek = next(p for p in dataset.problemen if p["piek"])
    start = piek["startdatum"]
    assert isinstance(start, datetime.date)
    dagen = [_lokale_dag(s) for s in _per_probleem(dataset)[str(piek["id"])]]
    assert min(dagen) >= start
    laatste_maand = END - datetime.timedelta(days=30)
    recent = sum(dag > laatste_maand for dag in dagen)
    eerder = len(dagen) - recent
    maanden_ervoor = (laatste_maand - start).days / 30
    assert eerder > 0, "the spike problem should start small before it surges"
    assert recent >= 4 * (eerder / maanden_ervoor)


def test_repeat_contacts_point_to_an_earlier_signal_of_the_same_reporter_and_problem(
    dataset: DemoDataset,
) -> None:
    index = {
        (s["organisatie"], s["externeReferentie"]): (s, w)
        for s, w in zip(dataset.signalen, dataset.grondwaarheid, strict=True)
    }
    herhalingen = [w for w in dataset.grondwaarheid if w["herhaalcontactVan"] is not None]
    assert len(herhalingen) >= 200
    for waarheid in herhalingen:
        signaal, _ = index[(waarheid["organisatie"], waarheid["externeReferentie"])]
        eerder, eerder_waarheid = index[(waarheid["organisatie"], waarheid["herhaalcontactVan"])]
        assert signaal["melderId"] is not None
        assert eerder["melderId"] == signaal["melderId"]
        assert eerder_waarheid["probleem"] == waarheid["probleem"] is not None
        tussen = signaal["ontvangenOp"] - eerder["ontvangenOp"]  # type: ignore[operator]
        assert datetime.timedelta(0) < tussen <= datetime.timedelta(days=75)


def test_same_reporter_without_repeat_mark_is_always_about_another_problem(
    dataset: DemoDataset,
) -> None:
    per_melder: dict[tuple[object, object], list[dict[str, object]]] = defaultdict(list)
    for signaal, waarheid in zip(dataset.signalen, dataset.grondwaarheid, strict=True):
        if signaal["melderId"] is not None and waarheid["probleem"] is not None:
            per_melder[(signaal["organisatie"], signaal["melderId"])].append(waarheid)
    meerdere_problemen = 0
    for contacten in per_melder.values():
        problemen = Counter(w["probleem"] for w in contacten)
        meerdere_problemen += len(problemen) > 1
        for probleem, aantal in problemen.items():
            eigen = [w for w in contacten if w["probleem"] == probleem]
            assert sum(w["herhaalcontactVan"] is None for w in eigen) == 1, probleem
            assert len(eigen) == aantal
    assert meerdere_problemen >= 20


def test_external_references_are_unique_per_organisation(dataset: DemoDataset) -> None:
    sleutels = [(s["organisatie"], s["externeReferentie"]) for s in dataset.signalen]
    assert len(set(sleutels)) == len(sleutels)
    assert all(str(ref).startswith(f"DEMO-{org}-") for org, ref in sleutels)


def test_texts_of_one_problem_are_varied(dataset: DemoDataset) -> None:
    rng = random.Random(0)
    for probleem, signalen in _per_probleem(dataset).items():
        if probleem is None:
            continue
        teksten = [str(s["tekst"]) for s in signalen]
        assert len(set(teksten)) / len(teksten) > 0.95, probleem
        zinnen = [{z.strip().lower() for z in ZIN.split(t) if len(z.split()) >= 6} for t in teksten]
        paren = [rng.sample(range(len(zinnen)), 2) for _ in range(400)]
        gedeeld = sum(bool(zinnen[a] & zinnen[b]) for a, b in paren) / len(paren)
        assert gedeeld < 0.12, (probleem, gedeeld)
        meest = Counter(z for zs in zinnen for z in zs).most_common(1)[0][1]
        assert meest / len(teksten) < 0.2, probleem


def test_titles_are_short_and_texts_dutch(dataset: DemoDataset) -> None:
    for signaal in dataset.signalen:
        assert 0 < len(str(signaal["titel"])) <= 80
        assert 10 < len(str(signaal["tekst"])) < 20000
    woorden = Counter(w for s in dataset.signalen for w in str(s["tekst"]).lower().split())
    assert {"de", "het", "een", "en"} <= {w for w, _ in woorden.most_common(30)}


def test_bsns_ibans_and_phone_numbers_are_valid(dataset: DemoDataset) -> None:
    bsns = [b for s in dataset.signalen for b in BSN_IN_TEKST.findall(str(s["tekst"]))]
    melder_ids = [str(s["melderId"]) for s in dataset.signalen]
    bsns += [m for m in melder_ids if re.fullmatch(r"\d{9}", m)]
    assert len(bsns) > 500
    assert all(stdnum_bsn.is_valid(b) for b in bsns)
    ibans = [i for s in dataset.signalen for i in IBAN_IN_TEKST.findall(str(s["tekst"]))]
    assert len(ibans) > 50 and all(stdnum_iban.is_valid(i) for i in ibans)
    contacten = [s["contact"] for s in dataset.signalen if s["contact"]]
    assert 0.03 < len(contacten) / len(dataset.signalen) < 0.3
    for contact in contacten:
        assert isinstance(contact, dict) and contact
        assert set(contact) <= {"naam", "email", "telefoon"}
        if "telefoon" in contact:
            assert phonenumbers.is_valid_number(phonenumbers.parse(contact["telefoon"], "NL"))
        if "email" in contact:
            assert re.fullmatch(r"[a-z0-9._]+@[a-z0-9.]+\.[a-z]+", contact["email"])


def test_about_forty_percent_of_texts_carry_personal_data(dataset: DemoDataset) -> None:
    persoonlijk = re.compile(
        r"(?<![\d.])\d{9}(?![\d.])|\d{4}\.\d{2}\.\d{3}|\bNL\d{2} ?[A-Z]{4}|@[a-z0-9-]+\.[a-z]"
        r"|\b06[- ]?\d|\+31|\b\d{4} [A-Z]{2}\b|\b(?:mevrouw|meneer|dhr\.|mevr\.|mw\.) [A-Z]\."
        r"|\d{1,2}[-/]\d{1,2}[-/](?:19|20)\d\d"
    )
    aandeel = sum(bool(persoonlijk.search(str(s["tekst"]))) for s in dataset.signalen) / len(
        dataset.signalen
    )
    assert 0.3 < aandeel < 0.55


def test_signals_use_the_api_attribute_names_and_keep_the_ground_truth_apart(
    dataset: DemoDataset,
) -> None:
    probleem_ids = [str(p["id"]) for p in dataset.problemen]
    for signaal in dataset.signalen:
        assert set(signaal) == API_ATTRIBUTEN
        moment = signaal["ontvangenOp"]
        assert isinstance(moment, datetime.datetime)
        assert moment.utcoffset() == datetime.timedelta(0)
        assert isinstance(signaal["gevraagd"], bool)
        themas = signaal["themas"]
        assert isinstance(themas, list) and themas and all(t == t.lower() for t in themas)
        tekst = f"{signaal['titel']} {signaal['tekst']}"
        assert not any(pid in tekst for pid in probleem_ids)
    assert len(dataset.grondwaarheid) == len(dataset.signalen)
    for signaal, waarheid in zip(dataset.signalen, dataset.grondwaarheid, strict=True):
        assert set(waarheid) == {
            "organisatie", "externeReferentie", "probleem", "herhaalcontactVan"
        }  # fmt: skip
        assert waarheid["externeReferentie"] == signaal["externeReferentie"]


def test_every_signal_passes_the_intake_schema(dataset: DemoDataset) -> None:
    for signaal in dataset.signalen:
        SignaalNieuw.model_validate({k: v for k, v in signaal.items() if k != "organisatie"})


def test_ground_truth_is_written_to_its_own_json_file(dataset: DemoDataset, tmp_path: Path) -> None:
    waarheid_pad, signalen_pad = tmp_path / "grondwaarheid.json", tmp_path / "signalen.jsonl"
    write_grondwaarheid(dataset, waarheid_pad)
    write_signalen(dataset, signalen_pad)
    inhoud = json.loads(waarheid_pad.read_text(encoding="utf-8"))
    assert inhoud["grondwaarheid"] == dataset.grondwaarheid
    piek = next(p for p in inhoud["problemen"] if p["piek"])
    assert datetime.date.fromisoformat(piek["startdatum"]) < END
    regels = signalen_pad.read_text(encoding="utf-8").splitlines()
    assert len(regels) == len(dataset.signalen)
    assert "probleem" not in json.loads(regels[0])


def test_every_catalogue_template_parses_and_uses_known_slots() -> None:
    velden = ("onderwerpen", "ik", "zij", "wij", "details", "gevolgen", "wensen")
    for probleem in (*CATALOGUS, *RUIS):
        eigen = {naam.split(":")[0] for naam in probleem.slots}
        templates = itertools.chain.from_iterable(getattr(probleem, v) for v in velden)
        for template in itertools.chain(templates, *probleem.slots.values()):
            onbekend = slot_names(template) - BEKENDE_SLOTS - eigen
            assert not onbekend, (probleem.id, template, onbekend)
        # A slot given per organisation ("naam:CODE") needs a value at every organisation.
        for naam in eigen - set(probleem.slots):
            for code in probleem.organisaties:
                assert f"{naam}:{code}" in probleem.slots, (probleem.id, naam, code)
