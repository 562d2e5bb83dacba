# SPDX-License-Identifier: EUPL-1.2
"""The knelpunten resource over HTTP: dossier, workflow, ownership, isolation, audit."""

from __future__ import annotations

from typing import Any

import httpx

from tests.adapters.api.helpers import assert_problem, create
from tests.afspraken import agree_over_api
from tests.conftest import bearer

KNELPUNTEN = "/api/v1/knelpunten"


def new_knelpunt(api: httpx.Client, token: str, **extra: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "titel": "WW-uitkering komt te laat",
        "omschrijving": "Uitkeringen komen weken te laat door een handmatige controle.",
        "knellendMechanisme": "Handmatige controle bij elke wijziging (werkinstructie WW-12)",
        "lagen": ["organisatie", "systeem"],
        "impactdomeinen": ["dienstverlening"],
    }
    body.update(extra)
    r = api.post(KNELPUNTEN, json=body, headers=bearer(token))
    assert r.status_code == 201, r.text
    result: dict[str, Any] = r.json()
    return result


def move(api: httpx.Client, token: str, id: str, status: str, **extra: Any) -> httpx.Response:
    return api.post(
        f"{KNELPUNTEN}/{id}/overgangen",
        json={"status": status, "reden": "omdat", **extra},
        headers=bearer(token),
    )


def test_knelpunt_from_signals_shows_live_counts_and_monthly_series(
    api: httpx.Client, tokens: dict[str, str]
) -> None:
    ids = [
        create(api, tokens["frontlinie"], ontvangenOp=f"2026-0{m}-10T10:00:00+00:00")["id"]
        for m in (1, 1, 2)
    ]
    k = new_knelpunt(api, tokens["analist"], signaalIds=ids)
    assert k["status"] == "nieuw" and k["cijfers"]["aantalSignalen"] == 3
    assert k["cijfers"]["perMaand"] == {"2026-01": 2, "2026-02": 1}
    extra = create(api, tokens["frontlinie"], ontvangenOp="2026-02-11T10:00:00+00:00")["id"]
    r = api.post(
        f"{KNELPUNTEN}/{k['id']}/signalen",
        json={"signaalIds": [extra]},
        headers=bearer(tokens["analist"]),
    )
    assert r.json()["cijfers"]["perMaand"] == {"2026-01": 2, "2026-02": 2}


def test_illegal_transition_is_refused_with_a_clear_problem(
    api: httpx.Client, tokens: dict[str, str]
) -> None:
    k = new_knelpunt(api, tokens["analist"])
    problem = assert_problem(
        move(api, tokens["beheerder"], k["id"], "opgelost"), 409, "ongeldige-statusovergang"
    )
    assert "nieuw" in problem["detail"] and "in-analyse" in problem["detail"]
    assert move(api, tokens["analist"], k["id"], "in-analyse").status_code == 200
    assert_problem(
        move(api, tokens["beheerder"], k["id"], "in-behandeling"), 409, "eigenaar-vereist"
    )
    assert_problem(move(api, tokens["frontlinie"], k["id"], "geagendeerd"), 403, "geen-toegang")


def test_transfer_without_acceptance_keeps_the_old_owner(
    api: httpx.Client, tokens: dict[str, str]
) -> None:
    k = new_knelpunt(api, tokens["analist"])
    pad = f"{KNELPUNTEN}/{k['id']}/eigenaarschap"
    r = api.post(
        pad,
        json={"eigenaar": {"organisatie": "UWV", "team": "Team WW"}, "reden": "ligt bij WW"},
        headers=bearer(tokens["analist"]),
    )
    assert r.json()["eigenaar"] is None and r.json()["voorgesteldeEigenaar"]["team"] == "Team WW"
    api.post(f"{pad}/acceptatie", json={}, headers=bearer(tokens["eigenaar"])).raise_for_status()
    # Offered on to the municipality: UWV stays accountable until they accept.
    api.post(
        pad,
        json={"eigenaar": {"organisatie": "GEM-UTR", "team": "Wijkteam"}, "reden": "gemeente"},
        headers=bearer(tokens["eigenaar"]),
    ).raise_for_status()
    nu = api.get(f"{KNELPUNTEN}/{k['id']}", headers=bearer(tokens["analist"])).json()
    assert nu["eigenaar"]["organisatie"] == "UWV"
    assert_problem(
        api.post(f"{pad}/acceptatie", json={}, headers=bearer(tokens["manager"])),
        403,
        "geen-toegang",
    )
    # The receiving organisation may now read it, and accept it.
    assert api.get(f"{KNELPUNTEN}/{k['id']}", headers=bearer(tokens["ander"])).status_code == 200
    r = api.post(
        f"{pad}/acceptatie", json={"reden": "wij pakken het op"}, headers=bearer(tokens["ander"])
    )
    assert r.json()["eigenaar"] == {"organisatie": "GEM-UTR", "team": "Wijkteam", "persoon": None}
    historie = api.get(f"{KNELPUNTEN}/{k['id']}/historie", headers=bearer(tokens["analist"])).json()
    acties = [(g["actie"], g["actor"], g["reden"]) for g in historie["gebeurtenissen"]]
    assert ("eigenaarschap.geaccepteerd", "api-beheerder@GEM-UTR", "wij pakken het op") in acties
    assert ("eigenaarschap.aangeboden", "api-eigenaar@UWV", "gemeente") in acties


def test_other_organisations_knelpunt_is_not_found(
    api: httpx.Client, tokens: dict[str, str]
) -> None:
    k = new_knelpunt(api, tokens["ander"])
    for method, suffix, body in [
        ("GET", "", None),
        ("PATCH", "", {"titel": "x"}),
        ("POST", "/overgangen", {"status": "in-analyse", "reden": "x"}),
        ("POST", "/eigenaarschap", {"eigenaar": {"organisatie": "UWV", "team": "x"}, "reden": "x"}),
        ("GET", "/historie", None),
        ("POST", "/besluiten", {"omschrijving": "x", "motivering": "y"}),
        ("GET", "/brief", None),
    ]:
        r = api.request(
            method,
            f"{KNELPUNTEN}/{k['id']}{suffix}",
            json=body,
            headers=bearer(tokens["beheerder"]),
        )
        assert_problem(r, 404, "niet-gevonden")
    assert api.get(KNELPUNTEN, headers=bearer(tokens["beheerder"])).json()["totaal"] == 0


def test_involved_organisation_may_read_but_not_steer(
    api: httpx.Client, tokens: dict[str, str]
) -> None:
    k = new_knelpunt(api, tokens["ander"], betrokkenOrganisaties=["UWV"])
    pad = f"{KNELPUNTEN}/{k['id']}"
    # Named as involved, but GEM-UTR recorded no agreement yet: not there for UWV.
    assert_problem(api.get(pad, headers=bearer(tokens["analist"])), 404, "niet-gevonden")
    lijst = api.get(KNELPUNTEN, headers=bearer(tokens["analist"])).json()
    assert k["id"] not in str(lijst)
    afspraak = agree_over_api(api, tokens["ander"], "UWV", typen=("knelpunt-gedeeld",))
    assert api.get(pad, headers=bearer(tokens["analist"])).status_code == 200
    assert k["id"] in str(api.get(KNELPUNTEN, headers=bearer(tokens["analist"])).json())
    assert_problem(move(api, tokens["analist"], k["id"], "in-analyse"), 403, "geen-toegang")
    einde = f"/api/v1/deelafspraken/{afspraak['id']}/beeindiging"
    assert api.post(einde, headers=bearer(tokens["ander"])).status_code == 204
    assert_problem(api.get(pad, headers=bearer(tokens["analist"])), 404, "niet-gevonden")


def test_every_transition_is_in_the_audit_trail_with_who_and_why(
    api: httpx.Client, tokens: dict[str, str]
) -> None:
    k = new_knelpunt(api, tokens["analist"])
    move(
        api, tokens["analist"], k["id"], "in-analyse", reden="patroon bevestigd"
    ).raise_for_status()
    historie = api.get(f"{KNELPUNTEN}/{k['id']}/historie", headers=bearer(tokens["manager"])).json()
    laatste = historie["gebeurtenissen"][-1]
    assert laatste["actie"] == "knelpunt.status-gewijzigd" and laatste["actor"] == "api-analist@UWV"
    assert laatste["reden"] == "patroon bevestigd" and laatste["voor"] == {"status": "nieuw"}


def test_professionals_who_raised_the_signals_follow_and_get_milestones(
    api: httpx.Client, tokens: dict[str, str]
) -> None:
    s = create(api, tokens["frontlinie"])
    k = new_knelpunt(api, tokens["analist"], signaalIds=[s["id"]])
    volgers = api.get(f"{KNELPUNTEN}/{k['id']}/volgers", headers=bearer(tokens["analist"])).json()
    assert volgers["volgers"] == ["api-frontlinie@UWV"]
    move(api, tokens["analist"], k["id"], "in-analyse").raise_for_status()
    meldingen = api.get("/api/v1/notificaties", headers=bearer(tokens["frontlinie"])).json()
    assert "in-analyse" in meldingen["notificaties"][0]["tekst"]


def test_knelpunt_without_owner_or_with_departed_owner_is_on_the_no_owner_list(
    api: httpx.Client, tokens: dict[str, str]
) -> None:
    zonder = new_knelpunt(api, tokens["analist"], titel="zonder")
    met = new_knelpunt(api, tokens["analist"], titel="met")
    pad = f"{KNELPUNTEN}/{met['id']}/eigenaarschap"
    api.post(
        pad,
        json={"eigenaar": {"organisatie": "UWV", "persoon": "api-eigenaar"}, "reden": "x"},
        headers=bearer(tokens["analist"]),
    ).raise_for_status()
    api.post(f"{pad}/acceptatie", json={}, headers=bearer(tokens["eigenaar"])).raise_for_status()
    lijst = api.get(f"{KNELPUNTEN}/zonder-eigenaar", headers=bearer(tokens["analist"])).json()
    assert [k["titel"] for k in lijst["knelpunten"]] == ["zonder"]
    api.post(
        f"{KNELPUNTEN}/vertrokken-medewerkers",
        json={"persoon": "api-eigenaar"},
        headers=bearer(tokens["manager"]),
    ).raise_for_status()
    lijst = api.get(f"{KNELPUNTEN}/zonder-eigenaar", headers=bearer(tokens["analist"])).json()
    assert sorted(k["titel"] for k in lijst["knelpunten"]) == ["met", "zonder"]
    assert zonder["id"] in {k["id"] for k in lijst["knelpunten"]}


def test_merging_moves_the_signals_to_the_surviving_knelpunt(
    api: httpx.Client, tokens: dict[str, str]
) -> None:
    s = create(api, tokens["frontlinie"])
    dubbel = new_knelpunt(api, tokens["analist"], signaalIds=[s["id"]])
    blijvend = new_knelpunt(api, tokens["analist"])
    r = move(api, tokens["analist"], dubbel["id"], "samengevoegd", samengevoegdIn=blijvend["id"])
    assert r.json()["status"] == "samengevoegd" and r.json()["samengevoegdIn"] == blijvend["id"]
    nu = api.get(f"{KNELPUNTEN}/{blijvend['id']}", headers=bearer(tokens["analist"])).json()
    assert nu["cijfers"]["aantalSignalen"] == 1
