# SPDX-License-Identifier: EUPL-1.2
"""The personal-data sweep: one person's name, BSN, phone number, e-mail address and IBAN
written into every free-text field of every endpoint and command that takes text (and the
web forms that take text). After that no table, export, audit record, answer, page or log
line holds any of it; and after ``hartslag subject erase`` nothing links a record to her."""

from __future__ import annotations

import json
import logging
import uuid
from datetime import date
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import Engine, text

from hartslag.config import Settings
from hartslag.services import privacyinstellingen
from hartslag.services.analyseren import run_analysis
from hartslag.services.context import Context
from hartslag.services.uitwisselingpoorten import GedeeldGegeven
from tests.conftest import Server
from tests.flows.dekking import (
    NIET_VRIJ_API,
    api_text_fields,
    cli_not_free,
    cli_text_options,
)
from tests.flows.persoonsgegevens import (
    BSN,
    EMAIL,
    IBAN,
    NAAM,
    PII,
    SPOREN,
    TELEFOON,
    database_hits,
    her_pseudonyms,
    text_hits,
)
from tests.flows.verzoeken import Opdrachten, Verzoeken
from tests.flows.webformulieren import fill_web_forms
from tests.services.analysedata import actor, store

API = "/api/v1"
KORT = f"mevrouw {NAAM} {TELEFOON}"  # for fields of at most 100 characters
MEDEWERKER = "Piet Medewerker"


def _signalen(v: Verzoeken, tokens: dict[str, str]) -> str:
    nieuw = {"brontype": "klacht", "meldertype": "burger", "kanaal": "telefoon"}
    eigen = v(
        "POST", f"{API}/signalen", tokens["frontlinie"], status=201,
        json={
            **nieuw, "tekst": PII, "titel": PII, "melderId": BSN,
            "contact": {"naam": f"mevrouw {NAAM}", "email": EMAIL, "telefoon": TELEFOON},
            "themas": ["toeslag"], "levensgebeurtenis": "verhuizing", "regelgeving": ["Awb"],
            "externeReferentie": PII,  # pseudonymised with keyed pseudonyms
        },
    )["id"]  # fmt: skip
    v("POST", f"{API}/signalen", tokens["ander"], json={**nieuw, "tekst": PII}, status=201)
    v("POST", f"{API}/signalen/_zoek", tokens["analist"], json={"melderId": BSN})
    v("POST", f"{API}/signalen/_vergelijkbaar", tokens["frontlinie"], json={"tekst": PII})
    v("GET", f"{API}/signalen", tokens["analist"], params={"zoek": KORT, "thema": "toeslag"})
    v(
        "PATCH", f"{API}/signalen/{{id}}", tokens["analist"], id=eigen,
        json={
            "titel": PII, "reden": PII, "themas": ["toeslag", "ww"],
            "levensgebeurtenis": "verhuizing", "regelgeving": ["Awb"],
        },
    )  # fmt: skip
    for wat in ("contactgegevens", "origineel"):
        v("GET", f"{API}/signalen/{{id}}/{wat}", tokens["analist"], id=eigen, params={"doel": PII})
    return str(eigen)


def _patronen(v: Verzoeken, tokens: dict[str, str], ctx: Context, orgs: dict[str, int]) -> None:
    uwv = actor(orgs, "UWV")
    store(ctx, uwv, "ww", 20)
    store(ctx, uwv, "toeslag", 3, seed=4, themas=False)
    store(ctx, uwv, "toeslag", 16)
    run_analysis(ctx, "test", peildatum=date(2026, 3, 31))
    run_analysis(ctx, "test", organisatie="UWV", peildatum=date(2026, 3, 31))
    alle = v("GET", f"{API}/patronen", tokens["analist"])["patronen"]
    p, q = [x["id"] for x in alle if x["bereik"] == "UWV"][:2]
    a = tokens["analist"]
    v("PATCH", f"{API}/patronen/{{id}}", a, id=p, json={"titel": PII, "reden": PII})
    leden = [s["id"] for s in v("GET", f"{API}/patronen/{{id}}/signalen", a, id=p)["signalen"]]
    splitsing = {"signalen": leden[:2], "titel": PII, "reden": PII}
    v("POST", f"{API}/patronen/{{id}}/splitsingen", a, id=p, json=splitsing, status=201)
    v(
        "POST",
        f"{API}/patronen/{{id}}/samenvoegingen",
        a,
        id=p,
        json={"patronen": [q], "reden": PII},
    )
    keuze = {"patroon": p, "reden": PII}
    v("PUT", f"{API}/signalen/{{id}}/patroon", a, id=leden[2], json=keuze, status=204)
    voorstel = v("GET", f"{API}/themasuggesties", a)["voorstellen"][0]["signaal"]["id"]
    acceptatie = {"themas": ["toeslag"], "reden": PII}
    v("POST", f"{API}/signalen/{{id}}/themasuggesties/acceptatie", a, id=voorstel, json=acceptatie)


def _dossier(signaal_id: str) -> dict[str, Any]:
    tekst = {"titel": PII, "omschrijving": PII, "knellendMechanisme": PII, "gevraagdBesluit": PII}
    lijsten = {"getroffenGroepen": [PII], "patronen": [PII], "alternatieven": [PII]}
    casussen = [{"titel": PII, "verhaal": PII}, {"titel": PII, "signaalId": signaal_id}]
    return {**tekst, **lijsten, "casussen": casussen, "betrokkenOrganisaties": ["GEM-UTR"]}


def _knelpunt(v: Verzoeken, tokens: dict[str, str], signaal_id: str) -> str:
    b, ander = tokens["beheerder"], tokens["ander"]
    nieuw = {**_dossier(signaal_id), "lagen": ["organisatie"], "signaalIds": [signaal_id]}
    k = v("POST", f"{API}/knelpunten", b, json=nieuw, status=201)["id"]
    pad = f"{API}/knelpunten/{{id}}"
    v("PATCH", pad, b, id=k, json={**_dossier(signaal_id), "reden": PII})
    v("POST", f"{pad}/overgangen", b, id=k, json={"status": "in-analyse", "reden": PII})
    eigenaar = {"organisatie": "GEM-UTR", "team": "Team Schulden", "persoon": MEDEWERKER}
    v("POST", f"{pad}/eigenaarschap", b, id=k, json={"eigenaar": eigenaar, "reden": PII})
    v("POST", f"{pad}/eigenaarschap/weigering", ander, id=k, json={"reden": PII})
    eigenaar = {"organisatie": "GEM-UTR", "team": "Team Schulden"}
    v("POST", f"{pad}/eigenaarschap", b, id=k, json={"eigenaar": eigenaar, "reden": PII})
    v("POST", f"{pad}/eigenaarschap/acceptatie", ander, id=k, json={"reden": PII})
    v("POST", f"{pad}/besluiten", b, id=k, json={"omschrijving": PII, "motivering": PII})
    actie = {"omschrijving": PII, "eigenaar": "Team WW", "deadline": "2026-04-01"}
    v("POST", f"{pad}/acties", b, id=k, json=actie)
    dossier = v("POST", f"{pad}/acties", b, id=k, json={**actie, "deadline": None})
    eerste, tweede = (a["id"] for a in dossier["acties"][-2:])
    stap = f"{pad}/acties/{{actieId}}/overgangen"
    for actie_id, body in (
        (eerste, {"status": "gestart"}),
        (eerste, {"status": "afgerond", "resultaat": PII}),
        (tweede, {"status": "geannuleerd", "reden": PII}),
    ):
        v("POST", stap, b, id=k, actieId=actie_id, json=body)
    v("POST", f"{pad}/signalen", b, id=k, json={"signaalIds": [signaal_id]})
    vertrek = {"persoon": MEDEWERKER, "reden": PII}
    v("POST", f"{API}/knelpunten/vertrokken-medewerkers", b, json=vertrek)
    return str(k)


def _sessie(v: Verzoeken, tokens: dict[str, str], k: str) -> None:
    deelnemers = [
        {"organisatie": PII, "naam": MEDEWERKER, "rol": PII},
        {"organisatie": "Cliëntenraad", "naam": PII, "rol": PII, "soort": "ervaringsdeskundige"},
    ]
    inhoud = {
        "titel": PII, "deelnemers": deelnemers, "knelpuntIds": [k],
        "besprokenCasussen": [{"titel": PII, "verhaal": PII}], "conclusies": [PII],
        "afspraken": [{"knelpuntId": k, "omschrijving": PII, "eigenaar": "Team WW"}],
    }  # fmt: skip
    b = tokens["beheerder"]
    nieuw = {**inhoud, "datum": "2026-03-16T10:00:00"}
    s = v("POST", f"{API}/duidingssessies", b, json=nieuw, status=201)["id"]
    v("PATCH", f"{API}/duidingssessies/{{id}}", b, id=s, json={**inhoud, "reden": PII})
    v("GET", f"{API}/duidingssessies/{{id}}/agenda", b, id=s)
    v("POST", f"{API}/duidingssessies/{{id}}/vastlegging", b, id=s)


def _agenda(v: Verzoeken, tokens: dict[str, str], k: str) -> None:
    b = tokens["beheerder"]
    moment = {"naam": PII, "datum": "2026-09-15", "indiendeadline": "2026-08-01"}
    nieuw = {**moment, "omschrijving": PII, "emailadressen": ["beleid@uwv.example"]}
    m = v("POST", f"{API}/agenderingsmomenten", b, json=nieuw, status=201)["id"]
    wijziging = {"naam": f"{PII} (herzien)", "omschrijving": PII}
    v("PATCH", f"{API}/agenderingsmomenten/{{id}}", b, id=m, json=wijziging)
    v("POST", f"{API}/agenderingsmomenten/standaardkalender", b, json={"jaar": 2026})
    richting = {"agenderingsmomentId": m, "reden": PII}
    v("PATCH", f"{API}/knelpunten/{{id}}", b, id=k, json=richting)
    weg = v("POST", f"{API}/agenderingsmomenten", b, json={**moment, "naam": KORT}, status=201)
    v("DELETE", f"{API}/agenderingsmomenten/{{id}}", b, id=weg["id"], status=204)
    leden = [{"naam": MEDEWERKER, "email": "piet@uwv.example"}]
    niveaus = [{"naam": KORT, "dagen": 14, "leden": leden}, {"naam": "directie", "dagen": 30}]
    v("PUT", f"{API}/opschalingsroute", b, json={"niveaus": niveaus})


def _afsluiten(v: Verzoeken, tokens: dict[str, str], k: str, signaal_id: str) -> str:
    """Solve one dossier and close another without a solution: both write feedback drafts
    from the dossier's text, one is rewritten, both are approved (and mailed to her)."""
    b = tokens["beheerder"]
    pad = f"{API}/knelpunten/{{id}}/overgangen"
    v("POST", pad, b, id=k, json={"status": "in-behandeling", "reden": PII})
    v("POST", pad, b, id=k, json={"status": "opgelost", "reden": PII})
    ander = v("POST", f"{API}/knelpunten", b, json=_dossier(signaal_id), status=201)
    v("POST", pad, b, id=ander["id"], json={"status": "niet-opgelost", "reden": PII})
    concepten = v("GET", f"{API}/terugkoppelingen", b)["terugkoppelingen"]
    assert len(concepten) == 2
    tk = concepten[0]["id"]
    v("PATCH", f"{API}/terugkoppelingen/{{id}}", b, id=tk, json={"tekst": PII})
    for concept in concepten:
        v("POST", f"{API}/terugkoppelingen/{{id}}/goedkeuring", b, id=concept["id"])
    teksten = {"titel": PII, "jullieZeiden": PII, "wijDeden": PII}
    eigenaar = tokens["ander"]  # GEM-UTR owns the dossier and publishes first
    tekst = v("POST", f"{API}/publieke-teksten", eigenaar, json={"knelpuntId": k, **teksten},
              status=201)  # fmt: skip
    v("PATCH", f"{API}/publieke-teksten/{{id}}", eigenaar, id=tekst["id"], json=teksten)
    for stap in ("goedkeuring", "publicatie"):
        v("POST", f"{API}/publieke-teksten/{{id}}/{stap}", eigenaar, id=tekst["id"])
    v("GET", f"{API}/organisaties/GEM-UTR/jullie-zeiden-wij-deden", b)
    v("GET", f"{API}/knelpunten/{{id}}/brief", b, id=k, params={"formaat": "html"})
    v("GET", f"{API}/knelpunten/{{id}}/historie", b, id=k)
    v("GET", f"{API}/organisaties/UWV/jullie-zeiden-wij-deden", b)
    v("GET", f"{API}/notificaties", tokens["frontlinie"])
    return str(tekst["id"])


def _publiek(run: Opdrachten, v: Verzoeken, tokens: dict[str, str], k: str, eigen: str) -> None:
    """UWV writes, publishes and withdraws its own public text beside the owner's (the
    owner's text ``eigen`` is published); then the owner withdraws its text too."""
    org = ("--organisation", "UWV")
    teksten = ("--title", PII, "--you-said", PII, "--we-did", PII)
    t = run("public-text", "draft", k, *org, *teksten).output.split()[0]
    run("public-text", "edit", t, *org, *teksten)
    for stap in ("approve", "publish"):
        run("public-text", stap, t, *org)
    run("public-text", "withdraw", t, *org, "--reason", PII)
    v("POST", f"{API}/publieke-teksten/{{id}}/intrekking", tokens["ander"], id=eigen,
      json={"reden": PII})  # fmt: skip


def _uitwisseling(v: Verzoeken, tokens: dict[str, str], k: str, signaal_id: str) -> None:
    """A partner, its key and subscription, an agreement whose legal basis and purpose
    hold her data, and the dossier shared under it: only pseudonymised text goes out."""
    b = tokens["beheerder"]
    v("PUT", f"{API}/uitwisseling/oin", b, json={"oin": "00000001003214345000"}, status=204)
    haak = "http://127.0.0.1:9/gebeurtenissen"  # nobody listens: the events wait in the outbox
    partner = {"code": "GEM-AMS", "naam": "Gemeente Amsterdam", "oin": "00000001002564440000"}
    v("POST", f"{API}/partners", b, json={**partner, "webhookUrl": haak}, status=201)
    v("POST", f"{API}/partners/{{code}}/sleutels", b, code="GEM-AMS", json={}, status=201)
    v("PUT", f"{API}/partners/{{code}}/abonnement", b, code="GEM-AMS", json={"webhookUrl": haak},
      status=204)  # fmt: skip
    afspraak = {
        "code": "SCHULDEN-2026", "partner": "GEM-AMS", "richting": "uitgaand",
        "gebeurtenistypen": ["nl.overheid.signalen.knelpunt-gedeeld",
                             "nl.overheid.signalen.signaal-ingetrokken"],
        "themas": ["*"], "velden": ["titel", "beschrijving", "status"],
        "grondslag": PII, "doel": PII, "geldigVanaf": "2026-01-01T00:00:00Z",
    }  # fmt: skip
    v("POST", f"{API}/deelafspraken", b, json=afspraak, status=201)
    v("POST", f"{API}/uitwisseling/delingen", b, json={"soort": "knelpunt", "id": k})
    v("POST", f"{API}/uitwisseling/intrekkingen", b, json={"signaal": signaal_id})
    v("GET", f"{API}/deelafspraken", b)
    v("GET", f"{API}/uitwisseling/uitgaand", b)


def _gedeelde_knelpunten(
    run: Opdrachten, v: Verzoeken, tokens: dict[str, str], ctx: Context, uwv: int
) -> None:
    """GEM-AMS offers UWV four of its dossiers; UWV declines and accepts them through the
    API and the CLI with her data in the reason. What goes back is pseudonymised."""
    b = tokens["beheerder"]
    afspraak = {
        "code": "ANTWOORDEN-2026", "partner": "GEM-AMS", "richting": "uitgaand",
        "gebeurtenistypen": ["nl.overheid.signalen.knelpunt-eigenaarschap-geaccepteerd",
                             "nl.overheid.signalen.knelpunt-eigenaarschap-geweigerd"],
        "themas": ["*"], "velden": ["reden"], "grondslag": "art. 4", "doel": "eigenaarschap",
        "geldigVanaf": "2026-01-01T00:00:00Z",
    }  # fmt: skip
    v("POST", f"{API}/deelafspraken", b, json=afspraak, status=201)
    dossiers = [str(uuid.uuid4()) for _ in range(4)]
    with ctx.uow() as uow:
        partner = uow.partners.get(uwv, "GEM-AMS")
        assert partner is not None and partner.id is not None
        for k in dossiers:
            data = {"titel": "Schulden", "eigenaarOrganisatie": "GEM-AMS",
                    "voorgesteldeEigenaar": "UWV", "versie": 2}  # fmt: skip
            uow.postvakken.put_gedeeld(
                GedeeldGegeven(
                    uwv, partner.id, "knelpunt", k, "SCHULDEN-2026", data, ctx.clock.now()
                )
            )
        uow.commit()
    pad = f"{API}/uitwisseling/knelpunten/{{id}}/eigenaarschap"
    v("POST", f"{pad}/weigering", b, id=dossiers[0], json={"reden": PII})
    v("POST", f"{pad}/acceptatie", b, id=dossiers[1], json={"reden": PII})
    v("GET", f"{API}/uitwisseling/knelpunten", b)
    org = ("--organisation", "UWV")
    run("exchange", "bottleneck", "decline", dossiers[2], *org, "--reason", PII)
    run("exchange", "bottleneck", "accept", dossiers[3], *org, "--reason", PII)
    run("exchange", "bottleneck", "list", *org)
    run("exchange", "bottleneck", "show", dossiers[0], *org)


def _opdrachten(run: Opdrachten, v: Verzoeken, tokens: dict[str, str], map_: Path) -> None:
    org = ("--organisation", "UWV")
    nieuw = {"titel": "Wachttijd", "omschrijving": "Wachttijd te lang", "lagen": ["organisatie"]}
    k = v("POST", f"{API}/knelpunten", tokens["beheerder"], json=nieuw, status=201)["id"]
    run("knelpunt", "transition", k, "in-analyse", *org, "--reason", PII)
    acties = []
    for _ in range(2):
        uit = run("knelpunt", "action", "add", k, *org, "--description", PII,
                  "--owner", "Team WW", "--deadline", "2026-05-01")  # fmt: skip
        acties.append(uit.output.split()[1])
    run("knelpunt", "action", "start", k, acties[0], *org)
    run("knelpunt", "action", "complete", k, acties[0], *org, "--result", PII)
    run("knelpunt", "action", "cancel", k, acties[1], *org, "--reason", PII)
    run("knelpunt", "action", "list", k, *org)
    run("knelpunt", "transfer", k, *org, "--to", "GEM-UTR", "--team", "Team Schulden",
        "--person", MEDEWERKER, "--reason", PII)  # fmt: skip
    uit = run("agenda", "add", *org, "--name", PII, "--date", "2026-10-01",
              "--deadline", "2026-09-01", "--description", PII, "--email", "b@uwv.example")  # fmt: skip
    m = uit.output.split()[0]
    run("agenda", "edit", m, *org, "--name", f"{PII} (2)", "--description", PII)
    run("agenda", "target", k, m, *org, "--reason", PII)
    deelnemers = ("--participant", f"UWV;{MEDEWERKER};{PII}", "--partner", f"{PII};Jan Partner;{PII}",
                  "--expert", f"Cliëntenraad;{PII};{PII}")  # fmt: skip
    uit = run("session", "create", *org, "--title", PII, "--date", "2026-03-20T10:00",
              "--bottleneck", k, *deelnemers)  # fmt: skip
    s = uit.output.split()[-1]
    run("session", "update", s, *org, "--title", PII, "--conclusion", PII,
        "--action", f"{k};{PII};Team WW", *deelnemers)  # fmt: skip
    run("session", "show", s, *org)
    bestand = map_ / f"mevrouw {NAAM} {BSN}.jsonl"
    rij = {"tekst": PII, "brontype": "klacht", "meldertype": "burger", "kanaal": "brief"}
    bestand.write_text(json.dumps(rij) + "\n", encoding="utf-8")
    run("import", str(bestand), *org, bewaar=False)  # names her file: her own screen
    for formaat in ("csv", "jsonl"):
        run("export", *org, "--format", formaat)
    run("export", *org, "--format", "csv", "--zoek", KORT)
    run("exchange", "agreement", "add", "SCHULDEN-IN", *org, "--partner", "GEM-AMS",
        "--direction", "inkomend", "--type", "knelpunt-gedeeld", "--theme", "*",
        "--field", "titel", "--basis", PII, "--purpose", PII)  # fmt: skip
    run("exchange", "agreement", "list", *org)
    for code in ("UWV", "GEM-UTR"):
        run("audit", "--organisation", code, "--json", "--limit", "100000")
        run("knelpunt", "list", "--organisation", code)
        run("feedback", "list", "--organisation", code)


IDENTIFICATIE = ("--bsn", BSN, "--phone", TELEFOON, "--email", EMAIL, "--iban", IBAN,
                 "--name", NAAM, "--name", f"mevrouw {NAAM}")  # fmt: skip


def _assert_every_text_field_was_covered(v: Verzoeken, run: Opdrachten) -> None:
    velden, met_body = api_text_fields()
    assert met_body - v.aangeroepen == set(), "operations with a body the sweep did not call"
    assert set(NIET_VRIJ_API) - velden == set(), "stale entries in NIET_VRIJ_API"
    assert velden - v.gedekt - set(NIET_VRIJ_API) == set(), "free text without her data"
    opties = {o for o in cli_text_options() if not cli_not_free(o)}
    assert opties - run.gedekt == set(), "command options that take text without her data"


def test_personal_data_in_every_free_text_field_is_pseudonymised_and_erasable(
    api: httpx.Client,
    tokens: dict[str, str],
    ctx: Context,
    organisaties: dict[str, int],
    engine: Engine,
    settings: Settings,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
    server: Server,
) -> None:
    caplog.set_level(logging.DEBUG)
    privacyinstellingen.change_settings(ctx, "UWV", originelen_bewaren=True)
    v, run = Verzoeken(api), Opdrachten(settings, tmp_path)
    signaal_id = _signalen(v, tokens)
    _patronen(v, tokens, ctx, organisaties)
    k = _knelpunt(v, tokens, signaal_id)
    _sessie(v, tokens, k)
    _agenda(v, tokens, k)
    publiek = _afsluiten(v, tokens, k, signaal_id)
    _uitwisseling(v, tokens, k, signaal_id)
    _gedeelde_knelpunten(run, v, tokens, ctx, organisaties["UWV"])
    _opdrachten(run, v, tokens, tmp_path)
    _publiek(run, v, tokens, k, publiek)
    paginas = fill_web_forms(f"http://127.0.0.1:{server.port}", ctx)

    assert database_hits(engine, ["[BSN-1]", "[PERSOON-1]"])  # the text is there, replaced
    assert database_hits(engine, SPOREN) == []
    log = "\n".join(
        r.getMessage() for r in caplog.records if not r.name.startswith(("httpx", "httpcore"))
    )  # every log line but the test client's own
    uitvoer = [*v.antwoorden, *run.uitvoer, *paginas, ("log", log)]
    assert [h for bron, inhoud in uitvoer for h in text_hits(bron, inhoud)] == []

    with engine.connect() as c:
        historie = c.execute(text("SELECT id, reden, voor, na FROM gebeurtenis ORDER BY id")).all()
    sleutel = ctx.pseudoniem_sleutel
    haar = her_pseudonyms(sleutel, "UWV") | her_pseudonyms(sleutel, "GEM-UTR")
    assert "tekst_pseudoniem.pseudoniem" in database_hits(engine, haar)
    for code in ("UWV", "GEM-UTR"):
        gevonden = run("subject", "find", "--organisation", code, *IDENTIFICATIE)
        assert "vermeldingen gevonden" in gevonden.output and " 0 andere" not in gevonden.output
        inzage = tmp_path / f"inzage-{code}.json"  # holds her data: for her eyes only
        run("subject", "export", "--organisation", code, *IDENTIFICATIE, "-o", str(inzage))
        document = json.loads(inzage.read_text(encoding="utf-8"))
        assert document["vermeldingen"] and all(m["velden"] for m in document["vermeldingen"])
        run("subject", "erase", "--organisation", code, *IDENTIFICATIE, "--yes")
    assert database_hits(engine, haar) == []
    for code in ("UWV", "GEM-UTR"):
        leeg = run("subject", "find", "--organisation", code, *IDENTIFICATIE).output
        assert "0 signalen en 0 andere vermeldingen" in leeg
    assert database_hits(engine, SPOREN) == []
    with engine.connect() as c:  # erasure added records and edited none
        na = c.execute(text("SELECT id, reden, voor, na FROM gebeurtenis ORDER BY id")).all()
    assert na[: len(historie)] == historie and len(na) > len(historie)
    _assert_every_text_field_was_covered(v, run)
