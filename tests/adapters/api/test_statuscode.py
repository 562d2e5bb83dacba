# SPDX-License-Identifier: EUPL-1.2
"""The loop closes for every reporter: registration hands out the status code (response,
confirmation e-mail), and the public lookup answers from "ontvangen" on; a signal closed
without a bottleneck gets feedback too, and closing needs a reason."""

from __future__ import annotations

import uuid
from typing import Any

import httpx
import pytest

from hartslag.adapters.api import terugkoppelingen as api_module
from hartslag.domein.actor import Actor
from hartslag.domein.vocabulaire import Rol
from hartslag.services import berichten, signaalbeheer
from hartslag.services.context import Context
from hartslag.services.statuscodes import statuscode_for
from tests.adapters.api.helpers import SIGNALEN, assert_problem, create, signaal
from tests.adapters.api.test_knelpunten import new_knelpunt
from tests.conftest import bearer


@pytest.fixture(autouse=True)
def fresh_limiter() -> None:
    api_module.begrenzer._verzoeken.clear()


def lookup(api: httpx.Client, code: str) -> dict[str, Any]:
    r = api.get(f"/api/v1/status/{code}")
    assert r.status_code == 200, r.text
    result: dict[str, Any] = r.json()
    return result


def close(api: httpx.Client, token: str, id: str, **body: Any) -> httpx.Response:
    return api.patch(f"{SIGNALEN}/{id}", json={"status": "gesloten", **body}, headers=bearer(token))


def test_registration_returns_the_status_code_the_lookup_accepts(
    api: httpx.Client, ctx: Context, tokens: dict[str, str], organisaties: dict[str, int]
) -> None:
    s = create(api, tokens["frontlinie"])
    code = s["statuscode"]
    assert code.startswith(s["referentie"] + "-") and len(code) == len(s["referentie"]) + 11
    assert s["_links"]["status"]["href"] == f"/api/v1/status/{code}"
    assert lookup(api, code) == {
        "referentie": s["referentie"],
        "status": "ontvangen",
        "terugkoppeling": None,
        "bijgewerktOp": None,
    }
    assert lookup(api, code.lower())["status"] == "ontvangen"  # as typed over the phone
    # the frontline can hand it over again later
    gelezen = api.get(f"{SIGNALEN}/{s['id']}", headers=bearer(tokens["frontlinie"])).json()
    lijst = api.get(SIGNALEN, headers=bearer(tokens["frontlinie"])).json()["signalen"]
    assert gelezen["statuscode"] == code and [x["statuscode"] for x in lijst] == [code]
    actor = Actor(organisaties["UWV"], "UWV", Rol.ANALIST, "analist")
    opgeslagen = signaalbeheer.get_signaal(ctx, actor, uuid.UUID(s["id"]))
    assert statuscode_for(ctx, opgeslagen) == code  # for the page shown after registering


def test_a_retried_registration_returns_the_same_status_code(
    api: httpx.Client, tokens: dict[str, str]
) -> None:
    headers = {**bearer(tokens["frontlinie"]), "Idempotency-Key": "poging-1"}
    eerste = api.post(SIGNALEN, json=signaal(), headers=headers).json()
    tweede = api.post(SIGNALEN, json=signaal(), headers=headers)
    assert tweede.headers["Idempotent-Replayed"] == "true"
    assert tweede.json()["statuscode"] == eerste["statuscode"]


def test_the_status_code_is_mailed_when_the_reporter_left_an_address(
    api: httpx.Client, ctx: Context, tokens: dict[str, str]
) -> None:
    met = create(api, tokens["frontlinie"], contact={"email": "melder@example.nl"})
    create(api, tokens["frontlinie"], contact={"telefoon": "0612345678"})
    (bericht,) = berichten.list_berichten(ctx, "UWV", None)
    assert bericht.soort == "ontvangstbevestiging" and bericht.status == "wachtend"
    assert met["statuscode"] in bericht.tekst and "melder@example.nl" not in bericht.tekst
    historie = api.get(f"{SIGNALEN}/{met['id']}/historie", headers=bearer(tokens["analist"]))
    (registratie,) = historie.json()["gebeurtenissen"]
    assert registratie["na"]["ontvangstbevestiging"] is True


def test_closing_a_signal_needs_a_reason_and_changes_nothing_without_one(
    api: httpx.Client, tokens: dict[str, str]
) -> None:
    s = create(api, tokens["frontlinie"])
    for body in ({}, {"reden": "   "}):
        problem = assert_problem(
            close(api, tokens["analist"], s["id"], **body), 400, "ongeldige-invoer"
        )
        assert [p["name"] for p in problem["invalidParams"]] == ["reden"]
        assert "reden" in problem["detail"]
    assert (
        api.get(f"{SIGNALEN}/{s['id']}", headers=bearer(tokens["analist"])).json()["status"]
        == "nieuw"
    )
    historie = api.get(f"{SIGNALEN}/{s['id']}/historie", headers=bearer(tokens["analist"])).json()
    assert [g["actie"] for g in historie["gebeurtenissen"]] == ["signaal.geregistreerd"]
    assert api.get("/api/v1/terugkoppelingen", headers=bearer(tokens["analist"])).json() == {
        "terugkoppelingen": []
    }


def test_a_signal_closed_without_a_bottleneck_gets_feedback_to_its_reporter(
    api: httpx.Client, ctx: Context, tokens: dict[str, str]
) -> None:
    s = create(api, tokens["frontlinie"], contact={"email": "melder@example.nl"})
    code = s["statuscode"]
    api.patch(
        f"{SIGNALEN}/{s['id']}", json={"status": "getriageerd"}, headers=bearer(tokens["analist"])
    ).raise_for_status()
    assert lookup(api, code)["status"] == "in-behandeling"
    r = close(api, tokens["analist"], s["id"], reden="De uitkering is alsnog uitbetaald")
    assert r.status_code == 200 and r.json()["status"] == "gesloten"
    (concept,) = api.get("/api/v1/terugkoppelingen", headers=bearer(tokens["analist"])).json()[
        "terugkoppelingen"
    ]
    assert (concept["signaalId"], concept["knelpuntId"], concept["mijlpaal"]) == (
        s["id"],
        None,
        "gesloten",
    )
    assert "alsnog uitbetaald" in concept["tekst"]
    wacht = lookup(api, code)  # closed, but its feedback is not approved yet
    assert (wacht["status"], wacht["terugkoppeling"]) == ("in-behandeling", None)
    goed = api.post(
        f"/api/v1/terugkoppelingen/{concept['id']}/goedkeuring", headers=bearer(tokens["analist"])
    )
    assert goed.json()["emailsInWachtrij"] == 1
    body = lookup(api, code)
    assert body["status"] == "afgerond" and "alsnog uitbetaald" in body["terugkoppeling"]
    soorten = sorted(b.soort for b in berichten.list_berichten(ctx, "UWV", None))
    assert soorten == ["ontvangstbevestiging", "terugkoppeling"]


def test_a_signal_on_a_bottleneck_hears_through_the_bottleneck_instead(
    api: httpx.Client, tokens: dict[str, str]
) -> None:
    s = create(api, tokens["frontlinie"])
    new_knelpunt(api, tokens["analist"], signaalIds=[s["id"]])
    close(api, tokens["analist"], s["id"], reden="Valt onder het knelpunt").raise_for_status()
    lijst = api.get("/api/v1/terugkoppelingen", headers=bearer(tokens["analist"])).json()
    assert lijst["terugkoppelingen"] == []
    assert lookup(api, s["statuscode"])["status"] == "in-behandeling"
