# SPDX-License-Identifier: EUPL-1.2
"""Tenant isolation: organisation B's resources are 404 to A, on every endpoint."""

from __future__ import annotations

import httpx
import pytest

from tests.adapters.api.helpers import SIGNALEN, assert_problem, create
from tests.conftest import bearer

# Every endpoint that addresses one signal: (method, path suffix, json body, query).
ENDPOINTS = [
    ("GET", "", None, None),
    ("PATCH", "", {"status": "getriageerd"}, None),
    ("GET", "/historie", None, None),
    ("GET", "/contactgegevens", None, {"doel": "terugkoppeling"}),
]


@pytest.mark.parametrize(("method", "suffix", "body", "query"), ENDPOINTS)
def test_other_organisations_signal_is_not_found(
    api: httpx.Client,
    tokens: dict[str, str],
    method: str,
    suffix: str,
    body: dict[str, str] | None,
    query: dict[str, str] | None,
) -> None:
    van_b = create(api, tokens["ander"], contact={"email": "b@example.nl"}, melderId="123456782")
    r = api.request(
        method,
        f"{SIGNALEN}/{van_b['id']}{suffix}",
        json=body,
        params=query,
        headers=bearer(tokens["beheerder"]),
    )
    problem = assert_problem(r, 404, "niet-gevonden")
    assert "b@example.nl" not in r.text and van_b["referentie"] not in problem["detail"]
    # ...while B itself can reach it, and nothing changed.
    eigen = api.get(f"{SIGNALEN}/{van_b['id']}", headers=bearer(tokens["ander"])).json()
    assert eigen["status"] == "nieuw"


def test_lists_and_searches_show_only_own_signals(
    api: httpx.Client, tokens: dict[str, str]
) -> None:
    create(api, tokens["ander"], melderId="123456782", tekst="uniekwoord bij de gemeente")
    create(api, tokens["frontlinie"], tekst="iets bij UWV")
    lijst = api.get(SIGNALEN, headers=bearer(tokens["analist"]), params={"zoek": "uniekwoord"})
    assert lijst.json()["totaal"] == 0
    alle = api.get(SIGNALEN, headers=bearer(tokens["analist"])).json()
    assert {s["organisatie"] for s in alle["signalen"]} == {"UWV"} and alle["totaal"] == 1
    zoek = api.post(
        f"{SIGNALEN}/_zoek", json={"melderId": "123456782"}, headers=bearer(tokens["analist"])
    )
    assert zoek.json()["totaal"] == 0


def test_history_of_own_signal_holds_no_events_of_others(
    api: httpx.Client, tokens: dict[str, str]
) -> None:
    eigen = create(api, tokens["frontlinie"])
    create(api, tokens["ander"])
    historie = api.get(f"{SIGNALEN}/{eigen['id']}/historie", headers=bearer(tokens["analist"]))
    assert {g["onderwerpId"] for g in historie.json()["gebeurtenissen"]} == {eigen["id"]}
