# SPDX-License-Identifier: EUPL-1.2
"""Limits before work: authentication, size and media type are checked before a body is
read; invalid JSON names the line and column; reasons are Dutch; nothing is stored."""

from __future__ import annotations

from collections.abc import Iterator

import httpx

from hartslag.domein.zoekfilter import Pagina, SignaalFilter
from hartslag.services.context import Context
from tests.adapters.api.helpers import assert_problem
from tests.conftest import bearer

SIGNALEN = "/api/v1/signalen"
MIB = 1024 * 1024


def _stored(ctx: Context, organisaties: dict[str, int]) -> int:
    with ctx.uow(schrijven=False) as uow:
        return uow.signalen.search(organisaties["UWV"], SignaalFilter(), Pagina(1, 1))[1]


def _chunks(totaal: int) -> Iterator[bytes]:
    yield b'{"tekst": "'
    for _ in range(totaal // MIB):
        yield b"a" * MIB
    yield b'"}'


def test_unauthenticated_post_is_refused_before_its_body_is_read(
    api: httpx.Client, ctx: Context, organisaties: dict[str, int]
) -> None:
    antwoord = api.post(
        SIGNALEN, content=_chunks(20 * MIB), headers={"Content-Type": "application/json"}
    )
    assert_problem(antwoord, 401, "niet-geauthenticeerd")
    assert _stored(ctx, organisaties) == 0


def test_declared_large_body_gets_413(api: httpx.Client, tokens: dict[str, str]) -> None:
    antwoord = api.post(
        SIGNALEN,
        content=b"{" + b" " * (2 * MIB) + b"}",
        headers={**bearer(tokens["analist"]), "Content-Type": "application/json"},
    )
    assert_problem(antwoord, 413, "body-te-groot")


def test_streamed_body_that_grows_too_large_gets_413_and_stores_nothing(
    api: httpx.Client, tokens: dict[str, str], ctx: Context, organisaties: dict[str, int]
) -> None:
    antwoord = api.post(
        SIGNALEN,
        content=_chunks(3 * MIB),  # chunked: no Content-Length to check in advance
        headers={**bearer(tokens["analist"]), "Content-Type": "application/json"},
    )
    assert_problem(antwoord, 413, "body-te-groot")
    assert _stored(ctx, organisaties) == 0


def test_a_body_that_is_not_json_gets_415(api: httpx.Client, tokens: dict[str, str]) -> None:
    antwoord = api.post(
        SIGNALEN,
        content="tekst=hallo",
        headers={**bearer(tokens["analist"]), "Content-Type": "text/plain"},
    )
    assert_problem(antwoord, 415, "mediatype-niet-ondersteund")


def test_invalid_json_names_the_body_line_and_column(
    api: httpx.Client, tokens: dict[str, str]
) -> None:
    antwoord = api.post(
        SIGNALEN,
        content='{\n  "tekst": "Brief onduidelijk",\n  "brontype": \n}',
        headers={**bearer(tokens["analist"]), "Content-Type": "application/json"},
    )
    body = assert_problem(antwoord, 400, "ongeldige-invoer")
    (veld,) = body["invalidParams"]
    assert veld["name"] == "body"
    assert veld["reason"] == "ongeldige JSON op regel 4, kolom 1: hier wordt een waarde verwacht"


def test_reasons_are_dutch_never_the_library_text(
    api: httpx.Client, tokens: dict[str, str]
) -> None:
    antwoord = api.post(
        SIGNALEN,
        json={
            "tekst": 5,
            "brontype": "klacht",
            "meldertype": "burger",
            "kanaal": "telefoon",
            "gevraagd": "misschien",
        },
        headers=bearer(tokens["analist"]),
    )
    redenen = {
        v["name"]: v["reason"]
        for v in assert_problem(antwoord, 400, "ongeldige-invoer")["invalidParams"]
    }
    assert redenen["tekst"] == "moet een tekst zijn"
    assert redenen["gevraagd"] == "gebuik ja/nee (of true/false)".replace("gebuik", "gebruik")
    assert not any("Input should" in r for r in redenen.values())


def test_an_unknown_token_gets_401_before_what_is_wrong_with_the_body(
    api: httpx.Client, ctx: Context, organisaties: dict[str, int]
) -> None:
    onbekend = {**bearer("geen-echt-token"), "Content-Type": "application/json"}
    ongeldig = api.post(SIGNALEN, json={"tekst": None, "onzin": 1}, headers=onbekend)
    geen_json = api.post("/api/v1/knelpunten", content="{kapot", headers=onbekend)
    geen_bearer = api.post(SIGNALEN, json={"tekst": 3}, headers={"Authorization": "Basic eDp5"})
    for antwoord in (ongeldig, geen_json, geen_bearer):
        body = assert_problem(antwoord, 401, "niet-geauthenticeerd")
        assert "invalidParams" not in body
        assert antwoord.headers["WWW-Authenticate"].startswith("Bearer")
    assert _stored(ctx, organisaties) == 0


def test_a_valid_token_still_learns_what_is_wrong_with_the_body(
    api: httpx.Client, tokens: dict[str, str]
) -> None:
    antwoord = api.post(SIGNALEN, json={"tekst": None}, headers=bearer(tokens["analist"]))
    body = assert_problem(antwoord, 400, "ongeldige-invoer")
    assert "tekst" in [v["name"] for v in body["invalidParams"]]
