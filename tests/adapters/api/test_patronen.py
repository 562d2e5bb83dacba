# SPDX-License-Identifier: EUPL-1.2
"""The analysis resources over HTTP: patterns, alerts, similar signals, theme suggestions;
and tenant isolation on every one of them."""

from __future__ import annotations

from datetime import date
from typing import Any

import httpx
import pytest

from hartslag.services.analyseren import run_analysis
from hartslag.services.context import Context
from tests.adapters.api.helpers import SIGNALEN, assert_problem, create
from tests.conftest import bearer
from tests.services.analysedata import actor, store

API = "/api/v1"
PEIL = date(2026, 3, 31)


@pytest.fixture
def geanalyseerd(
    ctx: Context, organisaties: dict[str, int], tokens: dict[str, str]
) -> dict[str, Any]:
    uwv, gem = actor(organisaties, "UWV"), actor(organisaties, "GEM-UTR")
    ids = {
        "ww": store(ctx, uwv, "ww", 20),
        "open": store(ctx, uwv, "toeslag", 3, seed=4, themas=False),
        "toeslag": store(ctx, uwv, "toeslag", 16),
        "afval": store(ctx, gem, "afval", 20),
    }
    run_analysis(ctx, "test", peildatum=PEIL)
    run_analysis(ctx, "test", organisatie="UWV", peildatum=PEIL)
    return {"ids": ids}


def _netwerk(api: httpx.Client, token: str) -> list[dict[str, Any]]:
    r = api.get(f"{API}/patronen", headers=bearer(token))
    assert r.status_code == 200, r.text
    return [p for p in r.json()["patronen"] if p["bereik"] == "*"]


def test_patterns_carry_keywords_series_and_their_own_signals(
    api: httpx.Client, tokens: dict[str, str], geanalyseerd: dict[str, Any]
) -> None:
    patronen = _netwerk(api, tokens["analist"])
    assert {p["omvang"] for p in patronen} >= {20}
    p = patronen[0]
    assert p["sleutelwoorden"] and p["reeks"] and p["organisaties"] == {"UWV": p["omvang"]}
    detail = api.get(p["_links"]["self"]["href"], headers=bearer(tokens["frontlinie"])).json()
    assert detail["id"] == p["id"]
    leden = api.get(f"{API}/patronen/{p['id']}/signalen", headers=bearer(tokens["analist"]))
    assert leden.json()["totaal"] == p["omvang"]
    signaal = leden.json()["signalen"][0]
    assert signaal["patroon"]["id"] == p["id"] and signaal["herhaalcontact"] is False
    eigen = api.get(f"{SIGNALEN}/{signaal['id']}", headers=bearer(tokens["analist"])).json()
    assert eigen["patroon"]["id"] == p["id"]


def test_people_rename_and_move_through_the_api(
    api: httpx.Client, tokens: dict[str, str], geanalyseerd: dict[str, Any]
) -> None:
    p, q = _netwerk(api, tokens["analist"])[:2]
    r = api.patch(
        f"{API}/patronen/{p['id']}",
        json={"titel": "Nieuwe naam", "bevestigd": True},
        headers=bearer(tokens["analist"]),
    )
    assert r.status_code == 200 and r.json()["titelHandmatig"] and r.json()["status"] == "bevestigd"
    assert_problem(
        api.patch(
            f"{API}/patronen/{p['id']}", json={"titel": "x"}, headers=bearer(tokens["frontlinie"])
        ),
        403,
        "geen-toegang",
    )
    lid = api.get(f"{API}/patronen/{p['id']}/signalen", headers=bearer(tokens["analist"])).json()[
        "signalen"
    ][0]["id"]
    r = api.put(
        f"{SIGNALEN}/{lid}/patroon", json={"patroon": q["id"]}, headers=bearer(tokens["analist"])
    )
    assert r.status_code == 204
    assert (
        api.get(f"{SIGNALEN}/{lid}", headers=bearer(tokens["analist"])).json()["patroon"]["id"]
        == q["id"]
    )


def test_similar_signals_for_a_draft_text_and_theme_suggestions(
    api: httpx.Client, tokens: dict[str, str], geanalyseerd: dict[str, Any]
) -> None:
    r = api.post(
        f"{SIGNALEN}/_vergelijkbaar",
        json={"tekst": "WW-uitkering te laat betaald"},
        headers=bearer(tokens["frontlinie"]),
    )
    assert r.status_code == 200, r.text
    assert r.json()["signalen"] and r.json()["patronen"]
    rij = api.get(f"{API}/themasuggesties", headers=bearer(tokens["analist"])).json()
    assert len(rij["voorstellen"]) == 3
    eerste = rij["voorstellen"][0]
    sid = eerste["signaal"]["id"]
    r = api.post(
        f"{SIGNALEN}/{sid}/themasuggesties/acceptatie",
        json={"themas": [eerste["suggesties"][0]["thema"]]},
        headers=bearer(tokens["analist"]),
    )
    assert r.status_code == 200 and r.json()["themas"] == [eerste["suggesties"][0]["thema"]]
    assert api.get(f"{API}/waarschuwingen", headers=bearer(tokens["analist"])).status_code == 200


def _ander_patroon(api: httpx.Client, tokens: dict[str, str]) -> str:
    r = api.get(f"{API}/patronen", headers=bearer(tokens["ander"]))
    return str(r.json()["patronen"][0]["id"])


PATROON_ENDPOINTS = [
    ("GET", "", None),
    ("PATCH", "", {"titel": "overgenomen"}),
    ("GET", "/signalen", None),
    ("POST", "/samenvoegingen", {"patronen": ["00000000-0000-4000-8000-000000000001"]}),
    ("POST", "/splitsingen", {"signalen": ["00000000-0000-4000-8000-000000000001"], "titel": "x"}),
]


@pytest.mark.parametrize(("method", "suffix", "body"), PATROON_ENDPOINTS)
def test_another_organisations_pattern_is_not_found(
    api: httpx.Client,
    tokens: dict[str, str],
    geanalyseerd: dict[str, Any],
    method: str,
    suffix: str,
    body: dict[str, Any] | None,
) -> None:
    ander = _ander_patroon(api, tokens)
    r = api.request(
        method, f"{API}/patronen/{ander}{suffix}", json=body, headers=bearer(tokens["beheerder"])
    )
    assert_problem(r, 404, "niet-gevonden")
    assert all(p["id"] != ander for p in _netwerk(api, tokens["beheerder"]))


SIGNAAL_ENDPOINTS = [
    ("GET", "/vergelijkbaar", None),
    ("GET", "/themasuggesties", None),
    ("POST", "/themasuggesties/acceptatie", {"themas": ["afval"]}),
    ("PUT", "/patroon", {"patroon": None}),
]


@pytest.mark.parametrize(("method", "suffix", "body"), SIGNAAL_ENDPOINTS)
def test_analysis_of_another_organisations_signal_is_not_found(
    api: httpx.Client,
    tokens: dict[str, str],
    geanalyseerd: dict[str, Any],
    method: str,
    suffix: str,
    body: dict[str, Any] | None,
) -> None:
    van_b = geanalyseerd["ids"]["afval"][0]
    r = api.request(
        method, f"{SIGNALEN}/{van_b}{suffix}", json=body, headers=bearer(tokens["beheerder"])
    )
    assert_problem(r, 404, "niet-gevonden")


def test_lists_of_alerts_suggestions_and_similar_show_only_own_data(
    api: httpx.Client,
    tokens: dict[str, str],
    geanalyseerd: dict[str, Any],
) -> None:
    r = api.post(
        f"{SIGNALEN}/_vergelijkbaar",
        json={"tekst": "container niet geleegd, kliko"},
        headers=bearer(tokens["beheerder"]),
    )
    assert {s["signaal"]["organisatie"] for s in r.json()["signalen"]} <= {"UWV"}
    assert all("GEM-UTR" not in p["patroon"]["organisaties"] for p in r.json()["patronen"])
    w = api.get(f"{API}/waarschuwingen", headers=bearer(tokens["ander"])).json()
    assert all(x["organisaties"] == ["GEM-UTR"] for x in w["waarschuwingen"])
    rij = api.get(f"{API}/themasuggesties", headers=bearer(tokens["ander"])).json()
    assert rij["voorstellen"] == []


def test_a_signal_registered_through_the_api_joins_its_pattern_after_the_response(
    api: httpx.Client, tokens: dict[str, str], geanalyseerd: dict[str, Any]
) -> None:
    import time

    nieuw = create(
        api,
        tokens["frontlinie"],
        tekst="WW-uitkering te laat betaald door UWV, "
        "uitkering UWV niet ontvangen en betaling WW vertraagd.",
    )
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        s = api.get(f"{SIGNALEN}/{nieuw['id']}", headers=bearer(tokens["analist"])).json()
        if s["patroon"] is not None:
            break
        time.sleep(0.1)
    ww = api.get(
        f"{SIGNALEN}/{geanalyseerd['ids']['ww'][0]}", headers=bearer(tokens["analist"])
    ).json()
    assert s["patroon"] is not None and s["patroon"]["id"] == ww["patroon"]["id"]
