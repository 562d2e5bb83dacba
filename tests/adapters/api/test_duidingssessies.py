# SPDX-License-Identifier: EUPL-1.2
"""The duidingssessies resource over HTTP: plan, prepare, change, record; agreed actions
become dossier actions; isolation, audit and no personal data in cases and conclusions."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from tests.adapters.api.helpers import assert_problem, create
from tests.adapters.api.test_knelpunten import KNELPUNTEN, new_knelpunt
from tests.afspraken import agree_over_api
from tests.conftest import bearer

SESSIES = "/api/v1/duidingssessies"
PERSOONLIJK = "Mevrouw Jansen (BSN 123456782, 06-12345678) kon haar huur niet betalen."


def new_sessie(api: httpx.Client, token: str, **extra: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "titel": "Casuïstiekoverleg WW-betalingen",
        "datum": "2026-03-16T10:00:00",
        "deelnemers": [
            {"organisatie": "UWV", "naam": "api-analist", "rol": "signaalcoördinator"},
            {"organisatie": "GEM-UTR", "rol": "wijkteam"},
            {"organisatie": "Schuldhulpmaatje", "soort": "maatschappelijke-partner"},
            {"organisatie": "Cliëntenraad UWV", "soort": "ervaringsdeskundige"},
        ],
    }
    body.update(extra)
    r = api.post(SESSIES, json=body, headers=bearer(token))
    assert r.status_code == 201, r.text
    result: dict[str, Any] = r.json()
    return result


def test_session_is_prepared_from_the_dossier_and_recorded_into_dossier_actions(
    api: httpx.Client, tokens: dict[str, str]
) -> None:
    ids = [
        create(api, tokens["frontlinie"], ontvangenOp=f"2026-0{m}-10T10:00:00+00:00")["id"]
        for m in (1, 2)
    ]
    k = new_knelpunt(
        api,
        tokens["analist"],
        signaalIds=ids,
        gevraagdBesluit="Schaf de handmatige controle af",
        casussen=[{"titel": "Huur niet betaald", "verhaal": "Uitkering drie weken te laat."}],
    )
    s = new_sessie(api, tokens["analist"], knelpuntIds=[k["id"]])
    assert s["status"] == "gepland" and s["knelpuntIds"] == [k["id"]]
    assert {d["soort"] for d in s["deelnemers"]} == {
        "publieke-organisatie",
        "maatschappelijke-partner",
        "ervaringsdeskundige",
    }

    agenda = api.get(f"{SESSIES}/{s['id']}/agenda", headers=bearer(tokens["analist"])).json()
    (punt,) = agenda["punten"]
    assert punt["cijfers"]["aantalSignalen"] == 2
    assert punt["cijfers"]["perMaand"] == {"2026-01": 1, "2026-02": 1}
    assert punt["casussen"][0]["titel"] == "Huur niet betaald"
    assert punt["vraag"] == "Schaf de handmatige controle af"

    r = api.patch(
        f"{SESSIES}/{s['id']}",
        json={
            "conclusies": ["De controle bij elke wijziging vertraagt de eerste betaling."],
            "afspraken": [
                {
                    "knelpuntId": k["id"],
                    "omschrijving": "Werkinstructie WW-12 herzien",
                    "eigenaar": "Team WW",
                    "deadline": "2026-04-30",
                }
            ],
        },
        headers=bearer(tokens["analist"]),
    )
    assert r.status_code == 200, r.text
    assert r.json()["afspraken"][0]["actieId"] is None  # a draft, not yet on the dossier

    r = api.post(f"{SESSIES}/{s['id']}/vastlegging", headers=bearer(tokens["analist"]))
    assert r.status_code == 200, r.text
    vast = r.json()
    assert vast["status"] == "vastgelegd" and vast["vastgelegdDoor"] == "api-analist@UWV"
    actie_id = vast["afspraken"][0]["actieId"]

    dossier = api.get(f"{KNELPUNTEN}/{k['id']}", headers=bearer(tokens["analist"])).json()
    (actie,) = dossier["acties"]
    assert actie == {
        "id": actie_id,
        "omschrijving": "Werkinstructie WW-12 herzien",
        "eigenaar": "Team WW",
        "deadline": "2026-04-30",
        "status": "open",
        "gereed": False,
        "bron": f"duidingssessie:{s['id']}",
        "organisatie": "UWV",
        "gestartOp": None,
        "afgeslotenOp": None,
        "afgeslotenDoor": None,
        "resultaat": None,
        "annuleringsreden": None,
    }
    historie = api.get(f"{KNELPUNTEN}/{k['id']}/historie", headers=bearer(tokens["manager"]))
    acties = [g["actie"] for g in historie.json()["gebeurtenissen"]]
    assert "knelpunt.actie-toegevoegd" in acties and "knelpunt.besproken" in acties
    meldingen = api.get("/api/v1/notificaties", headers=bearer(tokens["frontlinie"])).json()
    assert "besproken in duidingssessie" in meldingen["notificaties"][0]["tekst"]


def test_session_history_records_who_planned_changed_and_recorded_it(
    api: httpx.Client, tokens: dict[str, str]
) -> None:
    k = new_knelpunt(api, tokens["analist"])
    s = new_sessie(api, tokens["analist"], knelpuntIds=[k["id"]])
    api.patch(
        f"{SESSIES}/{s['id']}",
        json={"conclusies": ["Knelt in de uitvoering"], "reden": "na de sessie"},
        headers=bearer(tokens["manager"]),
    ).raise_for_status()
    api.post(
        f"{SESSIES}/{s['id']}/vastlegging", headers=bearer(tokens["manager"])
    ).raise_for_status()
    historie = api.get(f"{SESSIES}/{s['id']}/historie", headers=bearer(tokens["manager"])).json()
    assert [(g["actie"], g["actor"]) for g in historie["gebeurtenissen"]] == [
        ("duidingssessie.gepland", "api-analist@UWV"),
        ("duidingssessie.gewijzigd", "api-manager@UWV"),
        ("duidingssessie.vastgelegd", "api-manager@UWV"),
    ]
    assert historie["gebeurtenissen"][1]["reden"] == "na de sessie"


def test_recorded_session_is_not_changed_or_recorded_again(
    api: httpx.Client, tokens: dict[str, str]
) -> None:
    k = new_knelpunt(api, tokens["analist"])
    s = new_sessie(api, tokens["analist"], knelpuntIds=[k["id"]], conclusies=["Knelt"])
    pad = f"{SESSIES}/{s['id']}"
    api.post(f"{pad}/vastlegging", headers=bearer(tokens["analist"])).raise_for_status()
    body = assert_problem(
        api.patch(pad, json={"titel": "anders"}, headers=bearer(tokens["analist"])),
        409,
        "duidingssessie-vastgelegd",
    )
    assert "vervolgsessie" in body["detail"]
    assert_problem(
        api.post(f"{pad}/vastlegging", headers=bearer(tokens["analist"])),
        409,
        "duidingssessie-vastgelegd",
    )
    assert api.get(pad, headers=bearer(tokens["analist"])).json()["titel"] == s["titel"]


def test_recording_needs_participants_bottlenecks_and_a_conclusion(
    api: httpx.Client, tokens: dict[str, str]
) -> None:
    s = new_sessie(api, tokens["analist"], deelnemers=[])
    body = assert_problem(
        api.post(f"{SESSIES}/{s['id']}/vastlegging", headers=bearer(tokens["analist"])),
        400,
        "ongeldige-invoer",
    )
    assert all(w in body["detail"] for w in ("deelnemers", "knelpuntIds", "conclusies"))


def test_agreement_on_a_bottleneck_not_discussed_is_refused(
    api: httpx.Client, tokens: dict[str, str]
) -> None:
    besproken = new_knelpunt(api, tokens["analist"], titel="besproken")
    ander = new_knelpunt(api, tokens["analist"], titel="ander")
    s = new_sessie(api, tokens["analist"], knelpuntIds=[besproken["id"]])
    r = api.patch(
        f"{SESSIES}/{s['id']}",
        json={"afspraken": [{"knelpuntId": ander["id"], "omschrijving": "x", "eigenaar": "y"}]},
        headers=bearer(tokens["analist"]),
    )
    assert "op de agenda" in assert_problem(r, 400, "ongeldige-invoer")["detail"]


def test_a_session_discusses_only_bottlenecks_the_organisation_is_involved_in(
    api: httpx.Client, tokens: dict[str, str]
) -> None:
    van_ander = new_knelpunt(api, tokens["ander"])
    r = api.post(
        SESSIES,
        json={"titel": "x", "datum": "2026-03-16T10:00:00Z", "knelpuntIds": [van_ander["id"]]},
        headers=bearer(tokens["analist"]),
    )
    assert_problem(r, 400, "ongeldige-invoer")
    gedeeld = new_knelpunt(api, tokens["ander"], betrokkenOrganisaties=["UWV"])
    r = api.post(
        SESSIES,
        json={"titel": "x", "datum": "2026-03-16T10:00:00Z", "knelpuntIds": [gedeeld["id"]]},
        headers=bearer(tokens["analist"]),
    )
    assert_problem(r, 400, "ongeldige-invoer")  # involved, but no agreement shows it
    agree_over_api(api, tokens["ander"], "UWV", typen=("knelpunt-gedeeld",))
    new_sessie(api, tokens["analist"], knelpuntIds=[gedeeld["id"]])


@pytest.mark.parametrize(
    ("method", "suffix", "body"),
    [
        ("GET", "", None),
        ("PATCH", "", {"titel": "x"}),
        ("GET", "/agenda", None),
        ("POST", "/vastlegging", None),
        ("GET", "/historie", None),
    ],
)
def test_other_organisations_session_is_not_found(
    api: httpx.Client,
    tokens: dict[str, str],
    method: str,
    suffix: str,
    body: dict[str, str] | None,
) -> None:
    k = new_knelpunt(api, tokens["ander"])
    s = new_sessie(api, tokens["ander"], knelpuntIds=[k["id"]], conclusies=["c"])
    r = api.request(
        method, f"{SESSIES}/{s['id']}{suffix}", json=body, headers=bearer(tokens["beheerder"])
    )
    assert_problem(r, 404, "niet-gevonden")
    assert api.get(SESSIES, headers=bearer(tokens["beheerder"])).json()["totaal"] == 0
    eigen = api.get(f"{SESSIES}/{s['id']}", headers=bearer(tokens["ander"])).json()
    assert eigen["status"] == "gepland" and eigen["titel"] == s["titel"]


def test_cases_and_conclusions_hold_no_personal_data(
    api: httpx.Client, tokens: dict[str, str]
) -> None:
    signaal = create(api, tokens["frontlinie"], tekst=PERSOONLIJK)
    k = new_knelpunt(api, tokens["analist"])
    s = new_sessie(
        api,
        tokens["analist"],
        knelpuntIds=[k["id"]],
        besprokenCasussen=[
            {"titel": "Uit het signaal", "signaalId": signaal["id"]},
            {"titel": "Verteld", "verhaal": PERSOONLIJK},
        ],
        conclusies=[PERSOONLIJK],
    )
    agenda = api.get(f"{SESSIES}/{s['id']}/agenda", headers=bearer(tokens["analist"]))
    tekst = agenda.text + str(s)
    for gegeven in ("Jansen", "123456782", "06-12345678"):
        assert gegeven not in tekst
    assert "huur niet betalen" in s["besprokenCasussen"][0]["verhaal"]


def test_sessions_are_listed_by_bottleneck_and_status_and_frontline_cannot_plan(
    api: httpx.Client, tokens: dict[str, str]
) -> None:
    a = new_knelpunt(api, tokens["analist"], titel="a")
    b = new_knelpunt(api, tokens["analist"], titel="b")
    over_a = new_sessie(api, tokens["analist"], titel="over a", knelpuntIds=[a["id"]])
    new_sessie(api, tokens["analist"], titel="over b", knelpuntIds=[b["id"]], conclusies=["c"])
    r = api.get(SESSIES, params={"knelpuntId": a["id"]}, headers=bearer(tokens["frontlinie"]))
    assert [s["id"] for s in r.json()["duidingssessies"]] == [over_a["id"]]
    r = api.get(SESSIES, params={"status": "vastgelegd"}, headers=bearer(tokens["analist"]))
    assert r.json()["totaal"] == 0
    r = api.post(
        SESSIES, json={"titel": "x", "datum": "2026-03-16"}, headers=bearer(tokens["frontlinie"])
    )
    assert_problem(r, 403, "geen-toegang")


def test_invalid_session_input_lists_every_field(api: httpx.Client, tokens: dict[str, str]) -> None:
    r = api.post(
        SESSIES,
        json={"titel": "", "datum": "morgen", "deelnemers": [{"soort": "burgemeester"}]},
        headers=bearer(tokens["analist"]),
    )
    body = assert_problem(r, 400, "ongeldige-invoer")
    assert {p["name"] for p in body["invalidParams"]} == {
        "titel",
        "datum",
        "deelnemers.0.organisatie",
        "deelnemers.0.soort",
    }


def test_openapi_describes_sessions_and_agenda_moments_in_dutch_camel_case(
    api: httpx.Client,
) -> None:
    doc = api.get("/api/v1/openapi.json").json()
    assert {
        "/api/v1/duidingssessies",
        "/api/v1/duidingssessies/{id}",
        "/api/v1/duidingssessies/{id}/agenda",
        "/api/v1/duidingssessies/{id}/vastlegging",
        "/api/v1/duidingssessies/{id}/historie",
        "/api/v1/agenderingsmomenten",
        "/api/v1/agenderingsmomenten/{id}",
        "/api/v1/agenderingsmomenten/standaardkalender",
        "/api/v1/agenderingsmomenten/herinneringen",
    } <= set(doc["paths"])
    schemas = doc["components"]["schemas"]
    assert {"knelpuntIds", "besprokenCasussen", "afspraken"} <= set(
        schemas["SessieNieuw"]["properties"]
    )
    assert {"indiendeadline", "herinneringen", "emailadressen"} <= set(
        schemas["MomentNieuw"]["properties"]
    )
    patch = doc["paths"]["/api/v1/duidingssessies/{id}"]["patch"]["responses"]
    assert "application/problem+json" in patch["409"]["content"] and "422" not in patch
