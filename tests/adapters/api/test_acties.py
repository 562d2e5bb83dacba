# SPDX-License-Identifier: EUPL-1.2
"""Follow-through on bottlenecks over HTTP: actions move along their workflow with audit
records; overdue actions and bottlenecks past their target date show in the stuck
overview and the management figures."""

from __future__ import annotations

from typing import Any

import httpx

from tests.adapters.api.helpers import assert_problem
from tests.adapters.api.test_knelpunten import KNELPUNTEN, new_knelpunt
from tests.afspraken import agree_over_api
from tests.conftest import FixedClock, bearer


def add(api: httpx.Client, token: str, k: str, deadline: str | None = None) -> dict[str, Any]:
    body = {"omschrijving": "Werkinstructie WW-12 aanpassen", "eigenaar": "Team WW"}
    r = api.post(
        f"{KNELPUNTEN}/{k}/acties", json={**body, "deadline": deadline}, headers=bearer(token)
    )
    assert r.status_code == 200, r.text
    result: dict[str, Any] = r.json()["acties"][-1]
    return result


def move(api: httpx.Client, token: str, k: str, a: str, **body: Any) -> httpx.Response:
    return api.post(f"{KNELPUNTEN}/{k}/acties/{a}/overgangen", json=body, headers=bearer(token))


def actie(response: httpx.Response, a: str) -> dict[str, Any]:
    assert response.status_code == 200, response.text
    (result,) = [x for x in response.json()["acties"] if x["id"] == a]
    return result


def test_an_action_is_started_completed_with_a_result_or_cancelled_with_a_reason(
    api: httpx.Client, tokens: dict[str, str]
) -> None:
    k = new_knelpunt(api, tokens["analist"])["id"]
    a, b = add(api, tokens["analist"], k)["id"], add(api, tokens["analist"], k)["id"]
    gestart = actie(move(api, tokens["eigenaar"], k, a, status="gestart"), a)
    assert (gestart["status"], gestart["gereed"], gestart["gestartOp"]) == (
        "gestart",
        False,
        "2026-03-02T09:30:00Z",
    )
    problem = assert_problem(
        move(api, tokens["eigenaar"], k, a, status="afgerond"), 400, "ongeldige-invoer"
    )
    assert [p["name"] for p in problem["invalidParams"]] == ["resultaat"]
    klaar = actie(
        move(api, tokens["eigenaar"], k, a, status="afgerond", resultaat="Nieuwe instructie"), a
    )
    assert (klaar["status"], klaar["gereed"], klaar["resultaat"]) == (
        "afgerond",
        True,
        "Nieuwe instructie",
    )
    assert klaar["afgeslotenDoor"] == "api-eigenaar@UWV"
    for status in ("gestart", "geannuleerd", "open"):
        assert_problem(
            move(api, tokens["eigenaar"], k, a, status=status, reden="x"),
            409,
            "ongeldige-statusovergang",
        )
    assert_problem(
        move(api, tokens["analist"], k, b, status="geannuleerd"), 400, "ongeldige-invoer"
    )
    weg = actie(move(api, tokens["analist"], k, b, status="geannuleerd", reden="Dubbel"), b)
    assert (weg["status"], weg["annuleringsreden"]) == ("geannuleerd", "Dubbel")
    historie = api.get(f"{KNELPUNTEN}/{k}/historie", headers=bearer(tokens["analist"])).json()
    stappen = [
        (g["actie"], g["actor"], g["reden"], g["na"]["status"])
        for g in historie["gebeurtenissen"]
        if g["actie"].startswith("knelpunt.actie-") and g["actie"] != "knelpunt.actie-toegevoegd"
    ]
    assert stappen == [
        ("knelpunt.actie-gestart", "api-eigenaar@UWV", None, "gestart"),
        ("knelpunt.actie-afgerond", "api-eigenaar@UWV", None, "afgerond"),
        ("knelpunt.actie-geannuleerd", "api-analist@UWV", "Dubbel", "geannuleerd"),
    ]


def test_only_the_steering_organisations_and_the_one_that_added_it_move_an_action(
    api: httpx.Client, tokens: dict[str, str]
) -> None:
    k = new_knelpunt(api, tokens["analist"], betrokkenOrganisaties=["GEM-UTR"])["id"]
    agree_over_api(api, tokens["beheerder"], "GEM-UTR", typen=("knelpunt-gedeeld",))
    eigen = add(api, tokens["analist"], k)["id"]
    gemeentelijk = add(api, tokens["ander"], k)["id"]
    assert_problem(move(api, tokens["ander"], k, eigen, status="gestart"), 403, "geen-toegang")
    assert actie(move(api, tokens["ander"], k, gemeentelijk, status="gestart"), gemeentelijk)
    assert_problem(move(api, tokens["frontlinie"], k, eigen, status="gestart"), 403, "geen-toegang")
    onbekend = "00000000-0000-0000-0000-000000000000"
    assert_problem(
        move(api, tokens["analist"], k, onbekend, status="gestart"), 404, "niet-gevonden"
    )
    anders = new_knelpunt(api, tokens["ander"])["id"]
    actie_gem = add(api, tokens["ander"], anders)["id"]
    assert_problem(
        move(api, tokens["analist"], anders, actie_gem, status="gestart"), 404, "niet-gevonden"
    )


def test_overdue_actions_and_missed_target_dates_show_as_stuck_and_in_the_figures(
    api: httpx.Client, tokens: dict[str, str], clock: FixedClock
) -> None:
    k = new_knelpunt(api, tokens["analist"], streefdatum="2026-03-06")
    assert k["streefdatum"] == "2026-03-06"
    a = add(api, tokens["analist"], k["id"], deadline="2026-03-04")["id"]
    vast = f"{KNELPUNTEN}/vastgelopen?minimaal_dagen=30"

    def overzicht() -> dict[str, Any]:
        result: dict[str, Any] = api.get(vast, headers=bearer(tokens["analist"])).json()
        return result

    def cijfers() -> tuple[int, int, int]:
        c = api.get("/api/v1/stuurinformatie", headers=bearer(tokens["manager"])).json()
        return c["knelpuntenOverStreefdatum"], c["actiesLopend"], c["actiesTeLaat"]

    assert overzicht()["knelpunten"] == [] and cijfers() == (0, 1, 0)
    clock.advance(days=3)  # 5 March: the action is a day late
    (rij,) = overzicht()["knelpunten"]
    assert rij["dagenZonderVoortgang"] == 3 and rij["dagenOverStreefdatum"] is None
    assert [x["id"] for x in rij["teLateActies"]] == [a]
    assert (overzicht()["aantalTeLateActies"], cijfers()) == (1, (0, 1, 1))
    clock.advance(days=4)  # 9 March: three days past the target date too
    (rij,) = overzicht()["knelpunten"]
    assert rij["dagenOverStreefdatum"] == 3 and overzicht()["aantalOverStreefdatum"] == 1
    assert cijfers() == (1, 1, 1)
    move(
        api, tokens["analist"], k["id"], a, status="afgerond", resultaat="Gedaan"
    ).raise_for_status()
    (rij,) = overzicht()["knelpunten"]  # still past its target date
    assert rij["teLateActies"] == [] and cijfers() == (1, 0, 0)


def test_the_target_date_defaults_from_the_route_and_a_change_is_recorded(
    api: httpx.Client, tokens: dict[str, str]
) -> None:
    route = api.get("/api/v1/opschalingsroute", headers=bearer(tokens["manager"])).json()
    assert route["streefdagen"] == 90
    assert new_knelpunt(api, tokens["analist"])["streefdatum"] == "2026-05-31"
    r = api.put(
        "/api/v1/opschalingsroute",
        json={**route, "streefdagen": 30},
        headers=bearer(tokens["manager"]),
    )
    assert r.status_code == 200 and r.json()["streefdagen"] == 30
    k = new_knelpunt(api, tokens["analist"])
    assert k["streefdatum"] == "2026-04-01"
    r = api.patch(
        f"{KNELPUNTEN}/{k['id']}",
        json={"streefdatum": "2026-06-01", "reden": "Afhankelijk van de Voorjaarsnota"},
        headers=bearer(tokens["analist"]),
    )
    assert r.json()["streefdatum"] == "2026-06-01"
    historie = api.get(f"{KNELPUNTEN}/{k['id']}/historie", headers=bearer(tokens["analist"])).json()
    laatste = historie["gebeurtenissen"][-1]
    assert (laatste["voor"], laatste["na"]["streefdatum"]) == (
        {"streefdatum": "2026-04-01"},
        "2026-06-01",
    )
    assert_problem(
        api.put(
            "/api/v1/opschalingsroute",
            json={**route, "streefdagen": 0},
            headers=bearer(tokens["manager"]),
        ),
        400,
        "ongeldige-invoer",
    )


def test_a_session_agenda_lists_the_actions_still_running(
    api: httpx.Client, tokens: dict[str, str]
) -> None:
    k = new_knelpunt(api, tokens["analist"])["id"]
    lopend, klaar, weg = (add(api, tokens["analist"], k)["id"] for _ in range(3))
    move(api, tokens["analist"], k, lopend, status="gestart").raise_for_status()
    move(api, tokens["analist"], k, klaar, status="afgerond", resultaat="Klaar").raise_for_status()
    move(api, tokens["analist"], k, weg, status="geannuleerd", reden="Vervalt").raise_for_status()
    sessie = api.post(
        "/api/v1/duidingssessies",
        json={
            "titel": "Overleg",
            "datum": "2026-03-16T10:00:00",
            "knelpuntIds": [k],
            "deelnemers": [{"organisatie": "UWV", "rol": "team WW"}],
        },
        headers=bearer(tokens["analist"]),
    )
    assert sessie.status_code == 201, sessie.text
    agenda = api.get(
        f"/api/v1/duidingssessies/{sessie.json()['id']}/agenda", headers=bearer(tokens["analist"])
    )
    assert agenda.status_code == 200, agenda.text
    (punt,) = agenda.json()["punten"]
    assert [(a["id"], a["status"]) for a in punt["openActies"]] == [(lopend, "gestart")]
