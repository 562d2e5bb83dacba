# SPDX-License-Identifier: EUPL-1.2
"""The public status lookup: no login, rate-limited, and it gives nothing away."""

from __future__ import annotations

import httpx
import pytest

from hartslag.adapters.api import terugkoppelingen as api_module
from hartslag.services.context import Context
from hartslag.services.terugkoppelingen import status_reference
from tests.adapters.api.helpers import assert_problem, create
from tests.adapters.api.test_knelpunten import move, new_knelpunt
from tests.conftest import bearer


@pytest.fixture(autouse=True)
def fresh_limiter() -> None:
    api_module.begrenzer._verzoeken.clear()


def test_reporter_sees_status_and_approved_feedback_only(
    api: httpx.Client, ctx: Context, tokens: dict[str, str]
) -> None:
    s = create(api, tokens["frontlinie"], contact={"email": "melder@example.nl"})
    code = status_reference(ctx, s["referentie"])
    r = api.get(f"/api/v1/status/{code}")
    assert r.status_code == 200 and r.json() == {
        "referentie": s["referentie"],
        "status": "ontvangen",
        "terugkoppeling": None,
        "bijgewerktOp": None,
    }
    k = new_knelpunt(api, tokens["analist"], signaalIds=[s["id"]])
    assert api.get(f"/api/v1/status/{code}").json()["status"] == "in-behandeling"
    move(
        api, tokens["beheerder"], k["id"], "niet-opgelost", reden="de wet staat het niet toe"
    ).raise_for_status()
    (concept,) = api.get("/api/v1/terugkoppelingen", headers=bearer(tokens["analist"])).json()[
        "terugkoppelingen"
    ]
    assert "de wet staat het niet toe" in concept["tekst"]
    assert api.get(f"/api/v1/status/{code}").json()["terugkoppeling"] is None  # not reviewed yet
    goed = api.post(
        f"/api/v1/terugkoppelingen/{concept['id']}/goedkeuring", headers=bearer(tokens["analist"])
    )
    assert goed.json()["emailsInWachtrij"] == 1
    body = api.get(f"/api/v1/status/{code}").json()
    assert body["status"] == "afgerond" and "de wet staat het niet toe" in body["terugkoppeling"]
    assert set(body) == {"referentie", "status", "terugkoppeling", "bijgewerktOp"}
    assert "melder@example.nl" not in api.get(f"/api/v1/status/{code}").text


def test_wrong_code_and_unknown_reference_look_the_same(
    api: httpx.Client, ctx: Context, tokens: dict[str, str]
) -> None:
    s = create(api, tokens["frontlinie"])
    echte = status_reference(ctx, s["referentie"])
    fout = echte[:-1] + ("A" if echte[-1] != "A" else "B")
    onbekend = status_reference(ctx, "HS-2026-999999")
    antwoorden = []
    for code in (fout, onbekend, s["referentie"], "onzin"):
        r = api.get(f"/api/v1/status/{code}")
        antwoorden.append((r.status_code, r.json()["detail"]))
        assert_problem(r, 404, "niet-gevonden")
    assert len(set(antwoorden)) == 1


def test_status_lookup_is_rate_limited(api: httpx.Client) -> None:
    for _ in range(20):
        api.get("/api/v1/status/HS-2026-000001-AAAAAAAAAA")
    r = api.get("/api/v1/status/HS-2026-000001-AAAAAAAAAA")
    assert_problem(r, 429, "te-veel-verzoeken")
