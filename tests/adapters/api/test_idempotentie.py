# SPDX-License-Identifier: EUPL-1.2
"""Idempotency-Key: a retry returns the first result and stores nothing new."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import httpx

from tests.adapters.api.helpers import SIGNALEN, assert_problem, signaal
from tests.conftest import bearer


def _post(api: httpx.Client, token: str, key: str, **extra: object) -> httpx.Response:
    headers = {**bearer(token), "Idempotency-Key": key}
    return api.post(SIGNALEN, json=signaal(**extra), headers=headers)


def _totaal(api: httpx.Client, token: str) -> int:
    return int(api.get(SIGNALEN, headers=bearer(token)).json()["totaal"])


def test_retry_with_same_key_returns_first_result_and_stores_once(
    api: httpx.Client, tokens: dict[str, str]
) -> None:
    eerste = _post(api, tokens["frontlinie"], "sleutel-1")
    tweede = _post(api, tokens["frontlinie"], "sleutel-1")
    assert eerste.status_code == tweede.status_code == 201
    assert eerste.json() == tweede.json()
    assert eerste.headers["location"] == tweede.headers["location"]
    assert tweede.headers.get("idempotent-replayed") == "true"
    assert _totaal(api, tokens["analist"]) == 1


def test_same_key_with_different_body_is_a_conflict(
    api: httpx.Client, tokens: dict[str, str]
) -> None:
    _post(api, tokens["frontlinie"], "sleutel-2")
    r = _post(api, tokens["frontlinie"], "sleutel-2", tekst="iets anders")
    assert_problem(r, 409, "idempotentie-conflict")
    assert _totaal(api, tokens["analist"]) == 1


def test_keys_are_per_organisation(api: httpx.Client, tokens: dict[str, str]) -> None:
    a = _post(api, tokens["frontlinie"], "gedeeld")
    b = _post(api, tokens["ander"], "gedeeld")
    assert a.status_code == b.status_code == 201 and a.json()["id"] != b.json()["id"]


def test_concurrent_retries_store_one_signal(api: httpx.Client, tokens: dict[str, str]) -> None:
    base = str(api.base_url)

    def post(_: int) -> httpx.Response:
        with httpx.Client(base_url=base, timeout=20) as client:
            return _post(client, tokens["frontlinie"], "race")

    with ThreadPoolExecutor(6) as pool:
        antwoorden = list(pool.map(post, range(6)))
    assert {r.status_code for r in antwoorden} == {201}
    assert len({r.json()["id"] for r in antwoorden}) == 1
    assert _totaal(api, tokens["analist"]) == 1
