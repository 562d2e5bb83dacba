# SPDX-License-Identifier: EUPL-1.2
"""Editorial control over the public "jullie zeiden, wij deden" page: nothing appears
before its organisation published an approved text, each page shows only its own
organisation's texts, and nobody's later edit of the dossier changes them."""

from __future__ import annotations

from typing import Any

import httpx

from hartslag.services.context import Context
from tests.adapters.api.helpers import assert_problem, create
from tests.adapters.api.test_knelpunten import KNELPUNTEN, move, new_knelpunt
from tests.conftest import bearer

TEKSTEN = "/api/v1/publieke-teksten"


def page(api: httpx.Client, code: str) -> list[dict[str, Any]]:
    r = api.get(f"/api/v1/organisaties/{code}/jullie-zeiden-wij-deden")
    assert r.status_code == 200, r.text
    result: list[dict[str, Any]] = r.json()["knelpunten"]
    return result


def own(api: httpx.Client, token: str, receiver: str, k: str, organisatie: str) -> None:
    pad = f"{KNELPUNTEN}/{k}/eigenaarschap"
    body = {"eigenaar": {"organisatie": organisatie, "team": "Team"}, "reden": "eigenaar"}
    api.post(pad, json=body, headers=bearer(token)).raise_for_status()
    api.post(f"{pad}/acceptatie", json={}, headers=bearer(receiver)).raise_for_status()


def solve(api: httpx.Client, token: str, k: str) -> None:
    for status in ("in-analyse", "in-behandeling", "opgelost"):
        move(api, token, k, status).raise_for_status()


def solved(api: httpx.Client, tokens: dict[str, str]) -> dict[str, Any]:
    s = create(api, tokens["frontlinie"])
    k = new_knelpunt(api, tokens["analist"], signaalIds=[s["id"]])
    own(api, tokens["beheerder"], tokens["beheerder"], k["id"], "UWV")
    solve(api, tokens["beheerder"], k["id"])
    return k


def post(api: httpx.Client, token: str, pad: str, **body: Any) -> httpx.Response:
    return api.post(pad, json=body, headers=bearer(token))


def draft(api: httpx.Client, token: str, k: str, **delen: str) -> dict[str, Any]:
    r = post(api, token, TEKSTEN, knelpuntId=k, **delen)
    assert r.status_code == 201, r.text
    result: dict[str, Any] = r.json()
    return result


def test_a_solved_bottleneck_appears_only_as_its_published_approved_text(
    api: httpx.Client, tokens: dict[str, str], ctx: Context
) -> None:
    k = solved(api, tokens)
    assert page(api, "UWV") == []  # solved, but nothing published
    p = draft(api, tokens["analist"], k["id"])
    assert (p["status"], p["titel"], p["jullieZeiden"]) == (
        "concept",
        k["titel"],
        k["omschrijving"],
    )
    r = api.patch(
        f"{TEKSTEN}/{p['id']}",
        json={"wijDeden": "De handmatige controle is afgeschaft."},
        headers=bearer(tokens["analist"]),
    )
    assert r.json()["status"] == "concept"
    assert_problem(
        post(api, tokens["analist"], f"{TEKSTEN}/{p['id']}/goedkeuring"), 403, "geen-toegang"
    )
    assert_problem(
        post(api, tokens["manager"], f"{TEKSTEN}/{p['id']}/publicatie"),
        409,
        "ongeldige-statusovergang",
    )
    goed = post(api, tokens["manager"], f"{TEKSTEN}/{p['id']}/goedkeuring").json()
    assert goed["goedgekeurdDoor"] == "api-manager@UWV" and goed["goedgekeurdOp"]
    assert page(api, "UWV") == []  # approved is not published
    uit = post(api, tokens["eigenaar"], f"{TEKSTEN}/{p['id']}/publicatie").json()
    assert uit["status"] == "gepubliceerd" and uit["gepubliceerdDoor"] == "api-eigenaar@UWV"
    assert page(api, "UWV") == [
        {
            "titel": k["titel"],
            "jullieZeiden": k["omschrijving"],
            "wijDeden": "De handmatige controle is afgeschaft.",
            "aantalSignalen": 1,
            "opgelostOp": "2026-03-02T09:30:00Z",
        }
    ]
    with ctx.uow(schrijven=False) as uow:
        historie = uow.gebeurtenissen.for_subject([("publieke-tekst", p["id"])], None)
    assert [(g.actie, g.actor) for g in historie] == [
        ("publieke-tekst.opgesteld", "api-analist@UWV"),
        ("publieke-tekst.gewijzigd", "api-analist@UWV"),
        ("publieke-tekst.goedgekeurd", "api-manager@UWV"),
        ("publieke-tekst.gepubliceerd", "api-eigenaar@UWV"),
    ]


def test_another_organisations_edit_does_not_change_your_public_page(
    api: httpx.Client, tokens: dict[str, str]
) -> None:
    """UWV made the dossier and handed it to the municipality, which solved it: each
    publishes its own text on its own page, the owner first."""
    k = new_knelpunt(api, tokens["analist"], signaalIds=[create(api, tokens["frontlinie"])["id"]])
    own(api, tokens["beheerder"], tokens["ander"], k["id"], "GEM-UTR")
    solve(api, tokens["ander"], k["id"])
    uwv = draft(api, tokens["analist"], k["id"], wijDeden="UWV paste de brief aan.")
    post(api, tokens["manager"], f"{TEKSTEN}/{uwv['id']}/goedkeuring").raise_for_status()
    assert_problem(
        post(api, tokens["manager"], f"{TEKSTEN}/{uwv['id']}/publicatie"),
        409,
        "eigenaar-publiceert-eerst",
    )
    gem = draft(api, tokens["ander"], k["id"], wijDeden="De gemeente betaalt eerder uit.")
    post(api, tokens["ander"], f"{TEKSTEN}/{gem['id']}/goedkeuring").raise_for_status()
    post(api, tokens["ander"], f"{TEKSTEN}/{gem['id']}/publicatie").raise_for_status()
    post(api, tokens["manager"], f"{TEKSTEN}/{uwv['id']}/publicatie").raise_for_status()
    gemeente, eigen = page(api, "GEM-UTR"), page(api, "UWV")
    assert [w["wijDeden"] for w in gemeente] == ["De gemeente betaalt eerder uit."]
    assert [w["wijDeden"] for w in eigen] == ["UWV paste de brief aan."]
    r = api.patch(
        f"{KNELPUNTEN}/{k['id']}",
        json={"titel": "Andere titel", "omschrijving": "Iets heel anders."},
        headers=bearer(tokens["analist"]),
    )
    assert r.status_code == 200 and r.json()["omschrijving"] == "Iets heel anders."
    assert page(api, "GEM-UTR") == gemeente and page(api, "UWV") == eigen
    # Neither organisation sees, changes or publishes the other's text.
    assert_problem(
        api.get(f"{TEKSTEN}/{gem['id']}", headers=bearer(tokens["analist"])), 404, "niet-gevonden"
    )
    assert_problem(
        post(api, tokens["ander"], f"{TEKSTEN}/{uwv['id']}/intrekking", reden="weg"),
        404,
        "niet-gevonden",
    )


def test_only_a_solved_bottleneck_is_published_and_reopening_takes_it_off(
    api: httpx.Client, tokens: dict[str, str], ctx: Context
) -> None:
    k = new_knelpunt(api, tokens["analist"])
    own(api, tokens["beheerder"], tokens["beheerder"], k["id"], "UWV")
    p = draft(api, tokens["analist"], k["id"], wijDeden="Opgelost door een nieuwe regeling.")
    post(api, tokens["manager"], f"{TEKSTEN}/{p['id']}/goedkeuring").raise_for_status()
    assert_problem(
        post(api, tokens["manager"], f"{TEKSTEN}/{p['id']}/publicatie"),
        409,
        "knelpunt-niet-opgelost",
    )
    solve(api, tokens["beheerder"], k["id"])
    post(api, tokens["manager"], f"{TEKSTEN}/{p['id']}/publicatie").raise_for_status()
    assert len(page(api, "UWV")) == 1
    move(api, tokens["beheerder"], k["id"], "in-analyse").raise_for_status()  # reopened
    assert page(api, "UWV") == []
    nu = api.get(f"{TEKSTEN}/{p['id']}", headers=bearer(tokens["analist"])).json()
    assert nu["status"] == "ingetrokken" and nu["ingetrokkenDoor"] == "api-beheerder@UWV"
    with ctx.uow(schrijven=False) as uow:
        laatste = uow.gebeurtenissen.for_subject([("publieke-tekst", p["id"])], None)[-1]
    assert (laatste.actie, laatste.reden) == ("publieke-tekst.ingetrokken", "knelpunt heropend")


def test_a_published_text_is_withdrawn_with_a_reason_before_it_changes(
    api: httpx.Client, tokens: dict[str, str]
) -> None:
    k = solved(api, tokens)
    p = draft(api, tokens["analist"], k["id"], wijDeden="Wij deden het zo.")
    post(api, tokens["manager"], f"{TEKSTEN}/{p['id']}/goedkeuring").raise_for_status()
    post(api, tokens["manager"], f"{TEKSTEN}/{p['id']}/publicatie").raise_for_status()
    assert_problem(
        api.patch(f"{TEKSTEN}/{p['id']}", json={"titel": "x"}, headers=bearer(tokens["analist"])),
        409,
        "conflict",
    )
    assert_problem(
        post(api, tokens["manager"], f"{TEKSTEN}/{p['id']}/intrekking"), 400, "ongeldige-invoer"
    )
    assert len(page(api, "UWV")) == 1  # a refused request changed nothing
    post(
        api, tokens["manager"], f"{TEKSTEN}/{p['id']}/intrekking", reden="verouderd"
    ).raise_for_status()
    assert page(api, "UWV") == []
    weer = api.patch(
        f"{TEKSTEN}/{p['id']}", json={"titel": "Nieuw"}, headers=bearer(tokens["analist"])
    )
    assert weer.json()["status"] == "concept"
    assert_problem(post(api, tokens["analist"], TEKSTEN, knelpuntId=k["id"]), 409, "conflict")
    assert_problem(
        post(api, tokens["frontlinie"], TEKSTEN, knelpuntId=k["id"]), 403, "geen-toegang"
    )


def test_public_texts_are_pseudonymised_before_they_are_stored(
    api: httpx.Client, tokens: dict[str, str]
) -> None:
    k = solved(api, tokens)
    p = draft(
        api,
        tokens["analist"],
        k["id"],
        jullieZeiden="Mevrouw Jansen (BSN 123456782) belde op 06-12345678.",
        wijDeden="Wij belden mevrouw Jansen terug.",
    )
    post(api, tokens["manager"], f"{TEKSTEN}/{p['id']}/goedkeuring").raise_for_status()
    post(api, tokens["manager"], f"{TEKSTEN}/{p['id']}/publicatie").raise_for_status()
    tekst = api.get("/api/v1/organisaties/UWV/jullie-zeiden-wij-deden").text
    for gegeven in ("Jansen", "123456782", "06-12345678"):
        assert gegeven not in tekst
    assert "[PERSOON-1]" in tekst and "[BSN-1]" in tekst


def test_openapi_describes_the_status_code_public_texts_and_follow_through(
    api: httpx.Client,
) -> None:
    doc = api.get("/api/v1/openapi.json").json()
    schemas, paden = doc["components"]["schemas"], doc["paths"]
    assert "statuscode" in schemas["SignaalAangemaakt"]["required"]
    for pad in (
        "/api/v1/publieke-teksten",
        "/api/v1/publieke-teksten/{id}",
        "/api/v1/publieke-teksten/{id}/goedkeuring",
        "/api/v1/publieke-teksten/{id}/publicatie",
        "/api/v1/publieke-teksten/{id}/intrekking",
        "/api/v1/knelpunten/{id}/acties/{actieId}/overgangen",
        "/api/v1/status/{statuscode}",
    ):
        assert pad in paden, pad
        for operatie in paden[pad].values():
            assert "422" not in operatie["responses"], pad
    publicatie = paden["/api/v1/publieke-teksten/{id}/publicatie"]["post"]["responses"]
    assert {"401", "403", "404", "409"} <= set(publicatie)
    assert set(schemas["ActieOvergang"]["properties"]) == {"status", "resultaat", "reden"}
    assert {"dagenOverStreefdatum", "teLateActies"} <= set(schemas["VastgelopenRij"]["properties"])
    assert {"knelpuntenOverStreefdatum", "actiesLopend", "actiesTeLaat"} <= set(
        schemas["StuurinformatieWeergave"]["properties"]
    )
    assert "streefdagen" in schemas["RouteSchema"]["properties"]
    assert "streefdatum" in schemas["KnelpuntNieuw"]["properties"]
    assert set(schemas["Mijlpaal"]["enum"]) == {"opgelost", "niet-opgelost", "gesloten"}
