# SPDX-License-Identifier: EUPL-1.2
"""What the NL API Design Rules ask of every response: problem+json, headers, no redirects."""

from __future__ import annotations

import uuid

import httpx
import pytest
from sqlalchemy import Engine, text

from tests.adapters.api.helpers import SIGNALEN, assert_problem, signaal
from tests.conftest import bearer

ONBEKEND = uuid.UUID("00000000-0000-4000-8000-000000000000")
ADR_HEADERS = {
    "api-version": "1.0.0",
    "cache-control": "no-store",
    "content-security-policy": "frame-ancestors 'none'",
    "strict-transport-security": "max-age=31536000",
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
}


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("GET", SIGNALEN),
        ("POST", SIGNALEN),
        ("GET", f"{SIGNALEN}/{ONBEKEND}"),
        ("POST", f"{SIGNALEN}/_zoek"),
        ("PATCH", f"{SIGNALEN}/{ONBEKEND}"),
        ("GET", f"{SIGNALEN}/{ONBEKEND}/historie"),
    ],
)
def test_every_endpoint_needs_a_token(
    api: httpx.Client, tokens: dict[str, str], method: str, path: str
) -> None:
    r = api.request(method, path, json=signaal())
    assert_problem(r, 401, "niet-geauthenticeerd")
    assert r.headers["www-authenticate"].startswith("Bearer")
    r = api.request(method, path, json=signaal(), headers=bearer("hs_onbekend"))
    assert_problem(r, 401, "niet-geauthenticeerd")


def test_invalid_input_is_400_listing_every_field(
    api: httpx.Client, tokens: dict[str, str]
) -> None:
    r = api.post(
        SIGNALEN,
        json={
            "tekst": "",
            "brontype": "roddel",
            "kanaal": "duif",
            "contact": {"email": "geen-adres"},
        },
        headers=bearer(tokens["frontlinie"]),
    )
    body = assert_problem(r, 400, "ongeldige-invoer")
    velden = {p["name"] for p in body["invalidParams"]}
    assert velden == {"tekst", "brontype", "meldertype", "kanaal", "contact.email"}
    assert "geen-adres" not in r.text


def test_body_that_is_not_json_is_a_clear_415(api: httpx.Client, tokens: dict[str, str]) -> None:
    r = api.post(
        SIGNALEN,
        content=b"tekst=hallo",
        headers={
            **bearer(tokens["frontlinie"]),
            "Content-Type": "application/x-www-form-urlencoded",
        },
    )
    body = assert_problem(r, 415, "mediatype-niet-ondersteund")
    assert "application/json" in body["detail"]


def test_invalid_query_values_are_400(api: httpx.Client, tokens: dict[str, str]) -> None:
    r = api.get(
        SIGNALEN, params={"kanaal": "duif", "paginaGrootte": 0}, headers=bearer(tokens["analist"])
    )
    body = assert_problem(r, 400, "ongeldige-invoer")
    assert {p["name"] for p in body["invalidParams"]} == {"kanaal", "paginaGrootte"}


def test_trailing_slash_is_404_not_a_redirect(api: httpx.Client, tokens: dict[str, str]) -> None:
    r = api.get(SIGNALEN + "/", headers=bearer(tokens["analist"]), follow_redirects=False)
    assert_problem(r, 404, "niet-gevonden")


def test_unknown_path_and_method_are_problems(api: httpx.Client, tokens: dict[str, str]) -> None:
    assert_problem(api.get("/api/v1/bestaat-niet"), 404, "niet-gevonden")
    assert_problem(
        api.delete(SIGNALEN, headers=bearer(tokens["analist"])), 405, "methode-niet-toegestaan"
    )


def test_every_response_carries_the_adr_headers(api: httpx.Client, tokens: dict[str, str]) -> None:
    for r in (
        api.get("/health"),
        api.get(SIGNALEN, headers=bearer(tokens["analist"])),
        api.get(SIGNALEN),
        api.get("/api/v1/openapi.json"),
    ):
        for naam, waarde in ADR_HEADERS.items():
            assert r.headers.get(naam) == waarde, (r.url, naam)


def test_cors_is_open_on_the_openapi_document_only(api: httpx.Client) -> None:
    doc = api.get("/api/v1/openapi.json", headers={"Origin": "https://elders.example"})
    assert doc.status_code == 200 and doc.headers["access-control-allow-origin"] == "*"
    preflight = api.options(
        "/api/v1/openapi.json",
        headers={"Origin": "https://elders.example", "Access-Control-Request-Method": "GET"},
    )
    assert preflight.headers["access-control-allow-origin"] == "*"
    assert "access-control-allow-origin" not in api.get("/health").headers


def test_openapi_document_describes_the_dutch_resources(api: httpx.Client) -> None:
    doc = api.get("/api/v1/openapi.json").json()
    assert doc["openapi"].startswith("3.")
    assert {
        "/api/v1/signalen",
        "/api/v1/signalen/{id}",
        "/api/v1/signalen/_zoek",
        "/api/v1/signalen/{id}/historie",
    } <= set(doc["paths"])
    schema = doc["components"]["schemas"]["SignaalNieuw"]["properties"]
    assert {"tekst", "brontype", "meldertype", "kanaal", "externeReferentie", "melderId"} <= set(
        schema
    )
    post = doc["paths"]["/api/v1/signalen"]["post"]
    assert "400" in post["responses"] and "422" not in post["responses"]


def test_health_and_readiness(api: httpx.Client) -> None:
    assert api.get("/health").json() == {"status": "ok"}
    ready = api.get("/health/ready")
    assert ready.status_code == 200 and ready.json()["database"] == "bereikbaar"


def test_unexpected_error_is_a_500_problem_and_logs_no_input(
    api: httpx.Client, tokens: dict[str, str], engine: Engine, caplog: pytest.LogCaptureFixture
) -> None:
    with engine.begin() as c:
        c.execute(text("ALTER TABLE signaal RENAME TO signaal_weg"))
    r = api.post(
        SIGNALEN,
        json=signaal(tekst="Mevrouw de Vries, BSN 123456782, belde"),
        headers=bearer(tokens["frontlinie"]),
    )
    body = assert_problem(r, 500, "interne-fout")
    assert "123456782" not in r.text and "Vries" not in r.text and "signaal" not in body["detail"]
    assert "onverwachte fout" in caplog.text
    assert "123456782" not in caplog.text and "Traceback" not in caplog.text
    assert r.headers["api-version"] == "1.0.0"


def test_readiness_shows_administrators_whether_their_audit_trail_is_whole(
    api: httpx.Client, tokens: dict[str, str]
) -> None:
    beheerder = api.get("/health/ready", headers=bearer(tokens["beheerder"])).json()
    analist = api.get("/health/ready", headers=bearer(tokens["analist"])).json()
    assert beheerder["auditketen"]["status"] == "heel"
    assert "auditketen" not in analist and "auditketen" not in api.get("/health/ready").json()
