# SPDX-License-Identifier: EUPL-1.2
"""The agenderingsmomenten resource over HTTP: the default calendar, editing, a bottleneck
targeting a moment, reminders through the outbox, and isolation."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from hartslag.services.context import Context
from tests.adapters.api.helpers import assert_problem
from tests.adapters.api.test_knelpunten import KNELPUNTEN, new_knelpunt
from tests.conftest import bearer

MOMENTEN = "/api/v1/agenderingsmomenten"


def new_moment(api: httpx.Client, token: str, **extra: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "naam": "Commissie Werk en Inkomen",
        "datum": "2026-04-02",
        "indiendeadline": "2026-03-12",
        "emailadressen": ["signaalcoordinator@uwv.example"],
    }
    body.update(extra)
    r = api.post(MOMENTEN, json=body, headers=bearer(token))
    assert r.status_code == 201, r.text
    result: dict[str, Any] = r.json()
    return result


def target(api: httpx.Client, token: str, knelpunt_id: str, moment_id: str | None) -> Any:
    return api.patch(
        f"{KNELPUNTEN}/{knelpunt_id}",
        json={"agenderingsmomentId": moment_id},
        headers=bearer(token),
    )


def test_default_calendar_has_the_national_and_municipal_moments_once(
    api: httpx.Client, tokens: dict[str, str]
) -> None:
    r = api.post(
        f"{MOMENTEN}/standaardkalender", json={"jaar": 2027}, headers=bearer(tokens["analist"])
    )
    assert r.status_code == 200, r.text
    momenten = {
        m["naam"]: (m["datum"], m["indiendeadline"]) for m in r.json()["agenderingsmomenten"]
    }
    assert momenten == {
        "Voorjaarsnota 2027": ("2027-06-01", "2027-03-23"),
        "Staat van de Uitvoering 2027": ("2027-06-15", "2027-03-23"),
        "Kadernota (gemeentelijke begrotingscyclus) 2027": ("2027-07-01", "2027-05-06"),
        "Prinsjesdag / Miljoenennota 2027": ("2027-09-21", "2027-06-01"),
        "Gemeentebegroting (gemeentelijke begrotingscyclus) 2027": ("2027-11-10", "2027-09-15"),
    }
    again = api.post(
        f"{MOMENTEN}/standaardkalender", json={"jaar": 2027}, headers=bearer(tokens["analist"])
    )
    assert again.json()["totaal"] == 0
    lijst = api.get(MOMENTEN, headers=bearer(tokens["frontlinie"])).json()
    deadlines = [m["indiendeadline"] for m in lijst["agenderingsmomenten"]]
    assert lijst["totaal"] == 5 and deadlines == sorted(deadlines)
    assert all(m["herinneringen"] == [14, 3] for m in lijst["agenderingsmomenten"])


def test_a_moment_is_edited_and_checked(api: httpx.Client, tokens: dict[str, str]) -> None:
    m = new_moment(api, tokens["analist"])
    pad = f"{MOMENTEN}/{m['id']}"
    r = api.patch(
        pad,
        json={"indiendeadline": "2026-03-05", "herinneringen": [3, 10, 21]},
        headers=bearer(tokens["manager"]),
    )
    assert r.status_code == 200, r.text
    assert r.json()["herinneringen"] == [21, 10, 3] and r.json()["indiendeadline"] == "2026-03-05"
    body = assert_problem(
        api.patch(pad, json={"indiendeadline": "2026-05-01"}, headers=bearer(tokens["analist"])),
        400,
        "ongeldige-invoer",
    )
    assert "02-04-2026" in body["detail"]
    r = api.post(
        MOMENTEN,
        json={
            "naam": "commissie werk en inkomen",
            "datum": "2026-05-01",
            "indiendeadline": "2026-04-01",
        },
        headers=bearer(tokens["analist"]),
    )
    assert_problem(r, 409, "conflict")
    assert_problem(
        api.patch(pad, json={"naam": "x"}, headers=bearer(tokens["frontlinie"])),
        403,
        "geen-toegang",
    )
    r = api.post(
        MOMENTEN,
        json={
            "naam": "x",
            "datum": "2026-05-01",
            "indiendeadline": "2026-04-01",
            "emailadressen": ["geen"],
        },
        headers=bearer(tokens["analist"]),
    )
    assert (
        assert_problem(r, 400, "ongeldige-invoer")["invalidParams"][0]["name"] == "emailadressen.0"
    )


def test_a_bottleneck_targets_a_moment_of_its_own_calendar(
    api: httpx.Client, tokens: dict[str, str]
) -> None:
    k = new_knelpunt(api, tokens["analist"])
    m = new_moment(api, tokens["analist"])
    r = target(api, tokens["analist"], k["id"], m["id"])
    assert r.status_code == 200 and r.json()["agenderingsmomentId"] == m["id"]
    moment = api.get(f"{MOMENTEN}/{m['id']}", headers=bearer(tokens["analist"])).json()
    assert moment["knelpunten"] == [{"id": k["id"], "titel": k["titel"], "status": "nieuw"}]
    assert_problem(
        api.delete(f"{MOMENTEN}/{m['id']}", headers=bearer(tokens["analist"])), 409, "conflict"
    )
    van_ander = new_moment(api, tokens["ander"])
    body = assert_problem(
        target(api, tokens["analist"], k["id"], van_ander["id"]), 400, "ongeldige-invoer"
    )
    assert "kalender van uw organisatie" in body["detail"]
    target(api, tokens["analist"], k["id"], None).raise_for_status()
    assert api.delete(f"{MOMENTEN}/{m['id']}", headers=bearer(tokens["analist"])).status_code == 204
    assert_problem(
        api.get(f"{MOMENTEN}/{m['id']}", headers=bearer(tokens["analist"])), 404, "niet-gevonden"
    )
    historie = api.get(f"{KNELPUNTEN}/{k['id']}/historie", headers=bearer(tokens["analist"])).json()
    assert [g["na"] for g in historie["gebeurtenissen"] if g["actie"] == "knelpunt.gewijzigd"] == [
        {"velden": ["agenderingsmoment_id"]},
        {"velden": ["agenderingsmoment_id"]},
    ]


@pytest.mark.parametrize(
    ("method", "suffix", "body"),
    [("GET", "", None), ("PATCH", "", {"naam": "x"}), ("DELETE", "", None)],
)
def test_other_organisations_moment_is_not_found(
    api: httpx.Client,
    tokens: dict[str, str],
    method: str,
    suffix: str,
    body: dict[str, str] | None,
) -> None:
    m = new_moment(api, tokens["ander"])
    r = api.request(
        method, f"{MOMENTEN}/{m['id']}{suffix}", json=body, headers=bearer(tokens["beheerder"])
    )
    assert_problem(r, 404, "niet-gevonden")
    assert api.get(MOMENTEN, headers=bearer(tokens["beheerder"])).json()["totaal"] == 0
    assert (
        api.get(f"{MOMENTEN}/{m['id']}", headers=bearer(tokens["ander"])).json()["naam"]
        == m["naam"]
    )


def test_reminders_before_the_deadline_go_out_once_through_the_outbox(
    api: httpx.Client, tokens: dict[str, str], ctx: Context
) -> None:
    # The clock says 2 March 2026; the deadline is 12 March: the 14-day reminder is due.
    k = new_knelpunt(api, tokens["analist"])
    m = new_moment(api, tokens["analist"])
    target(api, tokens["analist"], k["id"], m["id"]).raise_for_status()
    pad = f"{MOMENTEN}/herinneringen"
    droog = api.post(pad, params={"droogloop": "true"}, headers=bearer(tokens["analist"])).json()
    assert [(h["titel"], h["dagenVoorDeadline"], h["emails"]) for h in droog["herinneringen"]] == [
        (k["titel"], 14, 0)
    ]
    echt = api.post(pad, headers=bearer(tokens["analist"])).json()["herinneringen"]
    assert [(h["dagenResterend"], h["emails"]) for h in echt] == [(10, 1)]
    assert api.post(pad, headers=bearer(tokens["analist"])).json()["herinneringen"] == []
    with ctx.uow(schrijven=False) as uow:
        (bericht,) = uow.berichten.list("UWV", None)
    assert bericht.soort == "herinnering" and "12-03-2026" in bericht.onderwerp
    assert f"hartslag letter {k['id']}" in bericht.tekst
    meldingen = api.get("/api/v1/notificaties", headers=bearer(tokens["analist"])).json()
    assert "indiendeadline voor Commissie Werk en Inkomen" in meldingen["notificaties"][0]["tekst"]
    assert_problem(api.post(pad, headers=bearer(tokens["frontlinie"])), 403, "geen-toegang")


def test_the_letter_says_which_moment_it_is_timed_for(
    api: httpx.Client, tokens: dict[str, str]
) -> None:
    k = new_knelpunt(api, tokens["analist"])
    m = new_moment(api, tokens["analist"])
    r = target(api, tokens["analist"], k["id"], m["id"])
    assert r.json()["_links"]["agenderingsmoment"]["href"] == f"{MOMENTEN}/{m['id']}"
    brief = api.get(f"{KNELPUNTEN}/{k['id']}/brief", headers=bearer(tokens["analist"])).text
    assert "Voor: Commissie Werk en Inkomen (02-04-2026); indienen uiterlijk 12-03-2026" in brief
