# SPDX-License-Identifier: EUPL-1.2
"""Validation at the edge, one test per defect the fuzzing found: each answered 500 (and
some stored what they could not read back) before; each is a clear 400 now, stores
nothing, and leaves every list answering 200."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from hartslag.services.context import Context
from tests.adapters.api.helpers import SIGNALEN, assert_problem, create, signaal
from tests.adapters.api.test_knelpunten import KNELPUNTEN, new_knelpunt
from tests.conftest import bearer

BSN = "123456782"  # passes the eleven test


def _json(body: dict[str, Any]) -> str:
    return json.dumps(body)  # \u escapes: a lone surrogate travels as JSON allows


def _lists_answer(api: httpx.Client, tokens: dict[str, str]) -> None:
    """Every organisation's lists still answer: nothing unreadable was stored."""
    for token in (tokens["beheerder"], tokens["ander"]):
        for pad in (KNELPUNTEN, f"{KNELPUNTEN}/vastgelopen", SIGNALEN, "/api/v1/stuurinformatie"):
            r = api.get(pad, headers=bearer(token))
            assert r.status_code == 200, (pad, r.text)


@pytest.mark.parametrize(
    "veld",
    [
        "titel",
        "omschrijving",
        "lagen",
        "impactdomeinen",
        "getroffenGroepen",
        "patronen",
        "casussen",
        "alternatieven",
        "betrokkenOrganisaties",
    ],
)
def test_null_for_a_required_bottleneck_field_is_refused_and_nothing_is_stored(
    api: httpx.Client, tokens: dict[str, str], veld: str
) -> None:
    token = tokens["beheerder"]
    k = new_knelpunt(api, token, betrokkenOrganisaties=["GEM-UTR"])
    pad = f"{KNELPUNTEN}/{k['id']}"
    r = api.patch(pad, json={veld: None, "gevraagdBesluit": "Nieuw besluit"}, headers=bearer(token))
    body = assert_problem(r, 400, "ongeldige-invoer")
    assert [p["name"] for p in body["invalidParams"]] == [veld]
    assert "null" in body["invalidParams"][0]["reason"]
    na = api.get(pad, headers=bearer(token)).json()
    assert na[veld] == k[veld] and na["gevraagdBesluit"] is None  # nothing was applied
    _lists_answer(api, tokens)


def test_null_for_a_nullable_bottleneck_field_empties_it(
    api: httpx.Client, tokens: dict[str, str]
) -> None:
    token = tokens["beheerder"]
    k = new_knelpunt(api, token)
    r = api.patch(
        f"{KNELPUNTEN}/{k['id']}", json={"knellendMechanisme": None}, headers=bearer(token)
    )
    assert r.status_code == 200, r.text
    assert r.json()["knellendMechanisme"] is None


@pytest.mark.parametrize("veld", ["titel", "status", "themas", "impact", "regelgeving"])
def test_null_for_a_required_signal_field_is_refused(
    api: httpx.Client, tokens: dict[str, str], veld: str
) -> None:
    s = create(api, tokens["beheerder"], titel="WW te laat")
    pad = f"{SIGNALEN}/{s['id']}"
    r = api.patch(pad, json={veld: None}, headers=bearer(tokens["analist"]))
    body = assert_problem(r, 400, "ongeldige-invoer")
    assert [p["name"] for p in body["invalidParams"]] == [veld]
    assert api.get(pad, headers=bearer(tokens["analist"])).json()["titel"] == "WW te laat"
    _lists_answer(api, tokens)


def test_null_in_other_patches_is_refused(api: httpx.Client, tokens: dict[str, str]) -> None:
    analist = bearer(tokens["analist"])
    moment = api.post(
        "/api/v1/agenderingsmomenten",
        json={"naam": "Stuurgroep", "datum": "2026-06-01", "indiendeadline": "2026-05-01"},
        headers=analist,
    ).json()
    r = api.patch(
        f"/api/v1/agenderingsmomenten/{moment['id']}", json={"naam": None}, headers=analist
    )
    assert_problem(r, 400, "ongeldige-invoer")
    r = api.patch(f"/api/v1/agenderingsmomenten/{moment['id']}", json={}, headers=analist)
    assert r.status_code == 200, r.text


@pytest.mark.parametrize("teken", ["\u0000", "\u0007", "\u001b", "\u007f", "\u0085", "\ud800"])
def test_control_characters_are_refused_on_every_database(
    api: httpx.Client, tokens: dict[str, str], teken: str
) -> None:
    token = bearer(tokens["frontlinie"]) | {"Content-Type": "application/json"}
    r = api.post(SIGNALEN, content=_json(signaal(tekst=f"WW te laat{teken} echt")), headers=token)
    body = assert_problem(r, 400, "ongeldige-invoer")
    assert body["invalidParams"] == [
        {"name": "tekst", "reason": body["invalidParams"][0]["reason"]}
    ]
    assert "stuurteken" in body["invalidParams"][0]["reason"]
    r = api.post(SIGNALEN, content=_json(signaal(themas=["ww", f"x{teken}"])), headers=token)
    assert [p["name"] for p in assert_problem(r, 400, "ongeldige-invoer")["invalidParams"]] == [
        "themas.1"
    ]
    if teken != "\ud800":  # a URL carries UTF-8, which has no lone surrogates
        r = api.get(SIGNALEN, params={"zoek": f"a{teken}b"}, headers=bearer(tokens["analist"]))
        body = assert_problem(r, 400, "ongeldige-invoer")
        assert [p["name"] for p in body["invalidParams"]] == ["zoek"]
    lijst = api.get(SIGNALEN, headers=bearer(tokens["analist"])).json()
    assert lijst["totaal"] == 0


def test_tab_newline_and_carriage_return_are_free_text(
    api: httpx.Client, tokens: dict[str, str]
) -> None:
    s = create(api, tokens["frontlinie"], tekst="Regel een\r\nregel\ttwee")
    gelezen = api.get(f"{SIGNALEN}/{s['id']}", headers=bearer(tokens["analist"])).json()
    assert gelezen["tekst"] == "Regel een\r\nregel\ttwee"


def test_a_control_character_in_an_unknown_field_does_not_echo_its_name(
    api: httpx.Client, tokens: dict[str, str]
) -> None:
    r = api.post(
        SIGNALEN,
        json={**signaal(), f"Jansen {BSN}": "x\u0000"},
        headers=bearer(tokens["frontlinie"]),
    )
    body = assert_problem(r, 400, "ongeldige-invoer")
    assert BSN not in r.text and "Jansen" not in r.text
    assert body["invalidParams"][0]["name"] == "(veld)"


def test_unknown_field_names_are_not_echoed(api: httpx.Client, tokens: dict[str, str]) -> None:
    r = api.post(
        SIGNALEN,
        json={**signaal(), BSN: "x", "contact": {"jansen": "y"}},
        headers=bearer(tokens["frontlinie"]),
    )
    body = assert_problem(r, 400, "ongeldige-invoer")
    assert BSN not in r.text and "jansen" not in r.text
    assert sorted(p["name"] for p in body["invalidParams"]) == ["(verzoek)", "contact"]
    assert all("onbekend veld" in p["reason"] for p in body["invalidParams"])


@pytest.mark.parametrize("waarde", ["0.5", "1700000000", "gisteren", "2026-13-01"])
def test_query_dates_are_dates(api: httpx.Client, tokens: dict[str, str], waarde: str) -> None:
    r = api.get(SIGNALEN, params={"ontvangenVanaf": waarde}, headers=bearer(tokens["analist"]))
    body = assert_problem(r, 400, "ongeldige-invoer")
    assert [p["name"] for p in body["invalidParams"]] == ["ontvangenVanaf"]
    r = api.get(
        SIGNALEN, params={"ontvangenVanaf": "2026-03-01"}, headers=bearer(tokens["analist"])
    )
    assert r.status_code == 200, r.text


def test_a_number_is_no_time_of_receipt(api: httpx.Client, tokens: dict[str, str]) -> None:
    r = api.post(SIGNALEN, json=signaal(ontvangenOp=0.5), headers=bearer(tokens["frontlinie"]))
    assert [p["name"] for p in assert_problem(r, 400, "ongeldige-invoer")["invalidParams"]] == [
        "ontvangenOp"
    ]


@pytest.mark.parametrize(
    ("pad", "params"),
    [
        (SIGNALEN, {"pagina": "9223372036854775807"}),
        (SIGNALEN, {"pagina": "100001"}),
        (f"{KNELPUNTEN}/vastgelopen", {"minimaal_dagen": "9223372036854775807"}),
    ],
)
def test_integers_are_bounded(
    api: httpx.Client, tokens: dict[str, str], pad: str, params: dict[str, str]
) -> None:
    r = api.get(pad, params=params, headers=bearer(tokens["beheerder"]))
    body = assert_problem(r, 400, "ongeldige-invoer")
    assert body["invalidParams"][0]["reason"] == "te groot"


def test_a_huge_estimated_reach_is_refused(api: httpx.Client, tokens: dict[str, str]) -> None:
    k = new_knelpunt(api, tokens["beheerder"])
    r = api.patch(
        f"{KNELPUNTEN}/{k['id']}",
        json={"geschatBereik": 2**63},
        headers=bearer(tokens["beheerder"]),
    )
    assert_problem(r, 400, "ongeldige-invoer")
    _lists_answer(api, tokens)


def test_a_local_time_that_does_not_exist_is_refused(
    api: httpx.Client, tokens: dict[str, str]
) -> None:
    token = bearer(tokens["frontlinie"])
    r = api.post(SIGNALEN, json=signaal(ontvangenOp="2026-03-29T02:30:00"), headers=token)
    body = assert_problem(r, 400, "ongeldige-invoer")
    assert [p["name"] for p in body["invalidParams"]] == ["ontvangenOp"]
    assert "bestaat niet" in body["invalidParams"][0]["reason"]
    # With a zone the same moment exists; an hour later in local time too.
    for tijd in ("2026-03-29T02:30:00+01:00", "2026-03-29T03:30:00"):
        assert api.post(SIGNALEN, json=signaal(ontvangenOp=tijd), headers=token).status_code == 201


def test_method_not_allowed_says_which_are(api: httpx.Client, tokens: dict[str, str]) -> None:
    r = api.delete(SIGNALEN, headers=bearer(tokens["analist"]))
    assert_problem(r, 405, "methode-niet-toegestaan")
    assert {m.strip() for m in r.headers["allow"].split(",")} == {"GET", "HEAD", "POST"}
    r = api.put("/api/v1/stuurinformatie", json={}, headers=bearer(tokens["analist"]))
    assert_problem(r, 405, "methode-niet-toegestaan")
    assert r.headers["allow"] == "GET, HEAD"


def test_refusals_of_shaped_rules_are_stated_in_the_document(api: httpx.Client) -> None:
    doc: dict[str, Any] = api.get("/api/v1/openapi.json").json()
    schemas = doc["components"]["schemas"]
    assert schemas["TerugkoppelingTekst"]["properties"]["tekst"]["minLength"] == 20
    assert schemas["Weigering"]["required"] == ["reden"]
    titel = schemas["KnelpuntWijziging"]["properties"]["titel"]
    assert titel["type"] == "string" and "default" not in titel
    assert "pattern" in schemas["SignaalNieuw"]["properties"]["tekst"]
    pagina = next(
        p for p in doc["paths"]["/api/v1/signalen"]["get"]["parameters"] if p["name"] == "pagina"
    )
    assert pagina["schema"]["maximum"] == 100_000


def test_an_external_reference_with_a_bsn_is_stored_pseudonymised_and_still_matches(
    api: httpx.Client, tokens: dict[str, str], ctx: Context
) -> None:
    token = bearer(tokens["frontlinie"])
    s = create(api, tokens["frontlinie"], externeReferentie=f"klant {BSN}")
    gelezen = api.get(f"{SIGNALEN}/{s['id']}", headers=bearer(tokens["analist"])).json()
    assert BSN not in str(gelezen)
    assert gelezen["externeReferentie"].startswith("klant [BSN-")
    historie = api.get(f"{SIGNALEN}/{s['id']}/historie", headers=bearer(tokens["analist"]))
    assert historie.status_code == 200 and BSN not in historie.text
    # The same reference again is recognised (without repeating it), another is not.
    r = api.post(SIGNALEN, json=signaal(externeReferentie=f"klant {BSN}"), headers=token)
    assert_problem(r, 409, "conflict")
    assert BSN not in r.text and "klant" not in r.json()["detail"]
    ander = create(api, tokens["frontlinie"], externeReferentie="klant 111222333")
    assert ander["id"] != s["id"]
    # Plain case numbers stay as they are.
    zaak = create(api, tokens["frontlinie"], externeReferentie="ZAAK-2026-0042")
    zaak_gelezen = api.get(f"{SIGNALEN}/{zaak['id']}", headers=bearer(tokens["analist"])).json()
    assert zaak_gelezen["externeReferentie"] == "ZAAK-2026-0042"


def test_rule_problems_do_not_repeat_what_was_sent(
    api: httpx.Client, tokens: dict[str, str]
) -> None:
    token = bearer(tokens["beheerder"])
    r = api.post(
        KNELPUNTEN,
        json={"titel": "t", "omschrijving": "o", "casussen": [{"titel": f"Jansen {BSN}"}]},
        headers=token,
    )
    assert "Casus 1" in assert_problem(r, 400, "ongeldige-invoer")["detail"]
    assert "Jansen" not in r.text and BSN not in r.text
    k = new_knelpunt(api, tokens["beheerder"])
    r = api.post(
        f"{KNELPUNTEN}/{k['id']}/eigenaarschap",
        json={"eigenaar": {"organisatie": "Jansen"}, "reden": "r"},
        headers=token,
    )
    assert_problem(r, 400, "ongeldige-invoer")
    assert "Jansen" not in r.text
