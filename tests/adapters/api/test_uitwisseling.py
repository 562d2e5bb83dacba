# SPDX-License-Identifier: EUPL-1.2
"""Managing the exchange over the API: only a beheerder, only the own organisation, bad
input as problems; and the webhook's answers to what is not an event."""

from __future__ import annotations

import httpx

from tests.conftest import bearer

OIN = "00000001003214345000"
PARTNER = {"code": "GEM-UTR", "naam": "Gemeente Utrecht", "oin": "00000001002220647000"}
AFSPRAAK = {
    "code": "DA-1",
    "partner": "GEM-UTR",
    "richting": "uitgaand",
    "gebeurtenistypen": ["nl.overheid.signalen.signaal-gedeeld"],
    "themas": ["toeslagen"],
    "velden": ["tekst", "themas"],
    "grondslag": "art. 3 convenant",
    "doel": "patronen over organisaties heen",
    "geldigVanaf": "2026-03-01T00:00:00Z",
}


def test_only_a_beheerder_manages_the_exchange(api: httpx.Client, tokens: dict[str, str]) -> None:
    for rol in ("analist", "manager", "frontlinie"):
        antwoord = api.put(
            "/api/v1/uitwisseling/oin", json={"oin": OIN}, headers=bearer(tokens[rol])
        )
        assert antwoord.status_code == 403, rol
        assert api.get("/api/v1/partners", headers=bearer(tokens[rol])).status_code == 403


def test_partner_agreement_and_outbox_through_the_api(
    api: httpx.Client, tokens: dict[str, str]
) -> None:
    b = bearer(tokens["beheerder"])
    assert api.put("/api/v1/uitwisseling/oin", json={"oin": OIN}, headers=b).status_code == 204
    aangemaakt = api.post("/api/v1/partners", json=PARTNER, headers=b)
    assert aangemaakt.status_code == 201
    geheim = aangemaakt.json()["geheim"]
    assert geheim.startswith("whsec_")
    (partner,) = api.get("/api/v1/partners", headers=b).json()
    assert partner["oin"] == PARTNER["oin"] and geheim not in str(partner)
    nieuw = api.post("/api/v1/partners/GEM-UTR/sleutels", json={}, headers=b).json()["geheim"]
    assert nieuw != geheim
    afspraak = api.post("/api/v1/deelafspraken", json=AFSPRAAK, headers=b)
    assert afspraak.status_code == 201, afspraak.text
    signaal = {"tekst": "Vraag over toeslag", "brontype": "vraag", "meldertype": "burger",
               "kanaal": "telefoon", "themas": ["toeslagen"]}  # fmt: skip
    assert api.post("/api/v1/signalen", json=signaal, headers=b).status_code == 201
    (uit,) = api.get("/api/v1/uitwisseling/uitgaand", headers=b).json()
    assert (uit["status"], uit["afspraak"], uit["pogingen"]) == ("wachtend", "DA-1", 0)
    assert api.get("/api/v1/uitwisseling/onbestelbaar", headers=b).json() == []
    assert api.get("/api/v1/uitwisseling/inkomend", headers=b).json() == []
    eind = api.post(f"/api/v1/deelafspraken/{afspraak.json()['id']}/beeindiging", headers=b)
    assert eind.status_code == 204
    assert api.post("/api/v1/signalen", json=signaal, headers=b).status_code == 201
    assert len(api.get("/api/v1/uitwisseling/uitgaand", headers=b).json()) == 1
    ander = bearer(tokens["ander"])
    assert api.get("/api/v1/partners", headers=ander).json() == []
    assert api.get("/api/v1/deelafspraken", headers=ander).json() == []


def test_bad_partners_and_agreements_are_problems(
    api: httpx.Client, tokens: dict[str, str]
) -> None:
    b = bearer(tokens["beheerder"])
    fout = api.post("/api/v1/partners", json={**PARTNER, "oin": "123"}, headers=b)
    assert fout.status_code == 400
    assert fout.json()["invalidParams"][0]["name"] == "oin"
    assert api.post("/api/v1/partners", json=PARTNER, headers=b).status_code == 201
    assert api.post("/api/v1/partners", json=PARTNER, headers=b).status_code == 409
    slecht = {**AFSPRAAK, "velden": ["melderPseudoniem"], "geldigTot": "2026-01-01T00:00:00Z"}
    antwoord = api.post("/api/v1/deelafspraken", json=slecht, headers=b)
    assert antwoord.status_code == 400
    assert "melderPseudoniem" in antwoord.json()["detail"]
    assert "geldigTot" in antwoord.json()["detail"]
    onbekend = api.post("/api/v1/deelafspraken", json={**AFSPRAAK, "partner": "SVB"}, headers=b)
    assert onbekend.status_code == 404


def test_the_webhook_answers_problems_to_what_is_no_event(
    api: httpx.Client, organisaties: dict[str, int]
) -> None:
    pad = "/api/v1/organisaties/UWV/gebeurtenissen"
    kop = {"content-type": "application/cloudevents+json"}
    geen_json = api.post(pad, content=b"geen json", headers=kop)
    assert geen_json.status_code == 400
    assert geen_json.json()["type"].endswith("/ongeldige-gebeurtenis")
    onbekend = api.post(pad, json={"source": "urn:nld:oin:00000001002220647000:systeem:hartslag"})
    assert onbekend.status_code == 401
    assert onbekend.json()["type"].endswith("/ongeldige-handtekening")
    elders = api.post("/api/v1/organisaties/BESTAAT-NIET/gebeurtenissen", json={}, headers=kop)
    assert elders.status_code == 404
    assert api.post("/api/v1/partners", json=PARTNER).status_code == 401  # a token still needed
