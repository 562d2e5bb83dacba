# SPDX-License-Identifier: EUPL-1.2
"""POST and GET /api/v1/signalen: intake, reading, filters, pagination, changes."""

from __future__ import annotations

from datetime import UTC, datetime

import httpx

from hartslag.services.context import Context
from tests.adapters.api.helpers import SIGNALEN, assert_problem, create, signaal
from tests.conftest import FixedClock, bearer


def test_created_signal_has_location_reference_and_reads_back(
    api: httpx.Client, tokens: dict[str, str]
) -> None:
    response = api.post(
        SIGNALEN,
        json=signaal(
            ontvangenOp="2026-02-27T08:15:00Z",
            gevraagd=True,
            polariteit="negatief",
            impact=[{"domein": "wetgeving", "soort": "indirect"}],
            bereik="groep",
            themas=["WW", "inkomen"],
            regelgeving=["WW art. 16"],
            externeReferentie="KCC-1",
            levensgebeurtenis="baan verliezen",
        ),
        headers=bearer(tokens["frontlinie"]),
    )
    assert response.status_code == 201
    body = response.json()
    assert body["referentie"] == "HS-2026-000001"
    assert response.headers["location"] == f"{SIGNALEN}/{body['id']}"
    gelezen = api.get(response.headers["location"], headers=bearer(tokens["analist"])).json()
    assert gelezen["ontvangenOp"] == "2026-02-27T08:15:00Z"
    assert gelezen["geregistreerdOp"] == "2026-03-02T09:30:00Z"
    assert gelezen["geregistreerdDoor"] == "api-frontlinie@UWV"
    assert gelezen["themas"] == ["inkomen", "ww"]
    assert gelezen["impact"] == [{"domein": "wetgeving", "soort": "indirect"}]
    assert (gelezen["gevraagd"], gelezen["bereik"], gelezen["status"]) == (True, "groep", "nieuw")
    assert gelezen["externeReferentie"] == "KCC-1"
    # the derived title skips the call-note opening ("Klant belt ivm ...")
    assert gelezen["titel"].startswith("WW-uitkering is al drie weken te laat")


def test_reporter_id_and_contact_are_write_only(api: httpx.Client, tokens: dict[str, str]) -> None:
    nieuw = create(
        api,
        tokens["frontlinie"],
        melderId="123456782",
        contact={"naam": "J. de Vries", "email": "jdv@example.nl"},
    )
    tekst = api.get(f"{SIGNALEN}/{nieuw['id']}", headers=bearer(tokens["analist"])).text
    assert "123456782" not in tekst and "jdv@example.nl" not in tekst and "Vries" not in tekst
    assert '"heeftContact":true' in tekst


def test_reference_numbers_increase_per_signal(api: httpx.Client, tokens: dict[str, str]) -> None:
    refs = [create(api, tokens["frontlinie"])["referentie"] for _ in range(3)]
    assert refs == ["HS-2026-000001", "HS-2026-000002", "HS-2026-000003"]


def test_list_filters_count_and_paginate(
    api: httpx.Client, tokens: dict[str, str], clock: FixedClock
) -> None:
    t = tokens["analist"]
    for i in range(5):
        create(
            api, t, kanaal="email", themas=["toeslagen"], ontvangenOp=f"2026-01-0{i + 1}T10:00:00Z"
        )
    create(
        api,
        t,
        kanaal="balie",
        brontype="vraag",
        tekst="Vraag over kinderopvangtoeslag",
        ontvangenOp="2026-02-10T10:00:00Z",
    )
    alle = api.get(SIGNALEN, headers=bearer(t), params={"paginaGrootte": 2}).json()
    assert alle["totaal"] == 6 and len(alle["signalen"]) == 2 and "next" in alle["_links"]
    laatste = api.get(SIGNALEN, headers=bearer(t), params={"paginaGrootte": 2, "pagina": 3}).json()
    assert len(laatste["signalen"]) == 2 and "next" not in laatste["_links"]
    for params, verwacht in (
        ({"kanaal": "email"}, 5),
        ({"brontype": "vraag"}, 1),
        ({"thema": "Toeslagen"}, 5),
        ({"ontvangenVanaf": "2026-01-03T00:00:00Z", "ontvangenTot": "2026-02-01T00:00:00Z"}, 3),
        ({"zoek": "kinderopvangtoeslag"}, 1),
        ({"zoek": "uitkering"}, 5),
        ({"status": "gesloten"}, 0),
        ({"meldertype": "burger", "kanaal": "balie"}, 1),
    ):
        assert api.get(SIGNALEN, headers=bearer(t), params=params).json()["totaal"] == verwacht, (
            params
        )


def test_search_finds_other_forms_of_a_word_and_follows_edits(
    api: httpx.Client, tokens: dict[str, str]
) -> None:
    """Stemmed Dutch search on SQLite as on PostgreSQL's `dutch` configuration."""
    t = tokens["analist"]
    create(api, t, tekst="Mijn uitkering is niet betaald.")
    create(api, t, tekst="Twee uitkeringen tegelijk stopgezet door de gemeente.")
    brief = create(api, t, tekst="Vraag over de huurtoeslag.", titel="Aanvragen kwijt")["id"]

    def aantal(zoek: str) -> int:
        antwoord = api.get(SIGNALEN, headers=bearer(t), params={"zoek": zoek})
        return int(antwoord.json()["totaal"])

    assert [aantal(z) for z in ("uitkeringen", "uitkering", "Uitkeringen betaald")] == [2, 2, 1]
    assert [aantal(z) for z in ("aanvraag", "gemeenten", "de", "uitkeringsinstantie")] == [
        1,
        1,
        0,
        0,
    ]
    wijziging = {"titel": "Post kwijt", "reden": "titel verbeterd"}
    api.patch(f"{SIGNALEN}/{brief}", headers=bearer(t), json=wijziging).raise_for_status()
    assert (aantal("aanvraag"), aantal("post")) == (0, 1)


def test_newest_signals_come_first(api: httpx.Client, tokens: dict[str, str]) -> None:
    create(api, tokens["analist"], ontvangenOp="2026-01-01T10:00:00Z", externeReferentie="oud")
    create(api, tokens["analist"], ontvangenOp="2026-02-01T10:00:00Z", externeReferentie="nieuw")
    lijst = api.get(SIGNALEN, headers=bearer(tokens["analist"])).json()["signalen"]
    assert [s["externeReferentie"] for s in lijst] == ["nieuw", "oud"]


def test_search_by_reporter_goes_through_post_body(
    api: httpx.Client, tokens: dict[str, str]
) -> None:
    create(api, tokens["frontlinie"], melderId="1234.56.782")
    create(api, tokens["frontlinie"], melderId="123456782")
    create(api, tokens["frontlinie"], melderId="klant-99")
    gevonden = api.post(
        f"{SIGNALEN}/_zoek", json={"melderId": "123 456 782"}, headers=bearer(tokens["analist"])
    ).json()
    assert gevonden["totaal"] == 2


def test_status_change_is_checked_and_recorded(
    api: httpx.Client, tokens: dict[str, str], ctx: Context
) -> None:
    nieuw = create(api, tokens["frontlinie"])
    pad = f"{SIGNALEN}/{nieuw['id']}"
    r = api.patch(
        pad, json={"status": "gesloten", "reden": "dubbel"}, headers=bearer(tokens["analist"])
    )
    assert r.status_code == 200 and r.json()["status"] == "gesloten"
    fout = api.patch(pad, json={"status": "gekoppeld"}, headers=bearer(tokens["analist"]))
    assert_problem(fout, 409, "ongeldige-statusovergang")
    historie = api.get(f"{pad}/historie", headers=bearer(tokens["analist"])).json()
    acties = [g["actie"] for g in historie["gebeurtenissen"]]
    assert acties == ["signaal.geregistreerd", "signaal.status-gewijzigd"]
    wijziging = historie["gebeurtenissen"][1]
    assert wijziging["voor"] == {"status": "nieuw"} and wijziging["na"] == {"status": "gesloten"}
    assert wijziging["reden"] == "dubbel" and wijziging["actor"] == "api-analist@UWV"


def test_classification_change_records_before_and_after(
    api: httpx.Client, tokens: dict[str, str]
) -> None:
    nieuw = create(api, tokens["frontlinie"], themas=["ww"])
    pad = f"{SIGNALEN}/{nieuw['id']}"
    r = api.patch(
        pad,
        json={"themas": ["ww", "schulden"], "bereik": "velen"},
        headers=bearer(tokens["analist"]),
    )
    assert r.json()["themas"] == ["schulden", "ww"]
    laatste = api.get(f"{pad}/historie", headers=bearer(tokens["analist"])).json()[
        "gebeurtenissen"
    ][-1]
    assert laatste["actie"] == "signaal.gewijzigd"
    assert laatste["voor"] == {"bereik": None, "themas": ["ww"]}
    assert laatste["na"] == {"bereik": "velen", "themas": ["schulden", "ww"]}


def test_frontline_may_not_change_a_signal(api: httpx.Client, tokens: dict[str, str]) -> None:
    nieuw = create(api, tokens["frontlinie"])
    r = api.patch(
        f"{SIGNALEN}/{nieuw['id']}",
        json={"status": "getriageerd"},
        headers=bearer(tokens["frontlinie"]),
    )
    assert_problem(r, 403, "geen-toegang")


def test_contact_read_needs_purpose_and_is_recorded(
    api: httpx.Client, tokens: dict[str, str]
) -> None:
    nieuw = create(api, tokens["frontlinie"], contact={"email": "melder@example.nl"})
    pad = f"{SIGNALEN}/{nieuw['id']}"
    assert_problem(
        api.get(f"{pad}/contactgegevens", headers=bearer(tokens["analist"])),
        400,
        "ongeldige-invoer",
    )
    assert_problem(
        api.get(
            f"{pad}/contactgegevens",
            params={"doel": "terugkoppeling"},
            headers=bearer(tokens["frontlinie"]),
        ),
        403,
        "geen-toegang",
    )
    r = api.get(
        f"{pad}/contactgegevens",
        params={"doel": "terugkoppeling"},
        headers=bearer(tokens["analist"]),
    )
    assert r.json()["email"] == "melder@example.nl"
    historie = api.get(f"{pad}/historie", headers=bearer(tokens["analist"])).json()[
        "gebeurtenissen"
    ]
    gelezen = [g for g in historie if g["actie"] == "contact.gelezen"]
    assert len(gelezen) == 1 and gelezen[0]["reden"] == "terugkoppeling"
    assert "melder@example.nl" not in str(historie)


def test_times_in_responses_are_utc(api: httpx.Client, tokens: dict[str, str]) -> None:
    nieuw = create(api, tokens["frontlinie"], ontvangenOp="2026-03-01T10:00:00+01:00")
    gelezen = api.get(f"{SIGNALEN}/{nieuw['id']}", headers=bearer(tokens["analist"])).json()
    assert gelezen["ontvangenOp"] == "2026-03-01T09:00:00Z"
    assert datetime.fromisoformat(gelezen["ontvangenOp"]).tzinfo == UTC


def test_known_external_reference_is_a_conflict_not_a_second_signal(
    api: httpx.Client, tokens: dict[str, str]
) -> None:
    create(api, tokens["frontlinie"], externeReferentie="CRM-77")
    r = api.post(
        SIGNALEN, json=signaal(externeReferentie="CRM-77"), headers=bearer(tokens["frontlinie"])
    )
    body = assert_problem(r, 409, "conflict")
    assert "deze externeReferentie" in body["detail"]
    assert "CRM-77" not in body["detail"]  # the detail does not repeat what was sent
    # Another organisation may use the same external reference.
    assert (
        api.post(
            SIGNALEN, json=signaal(externeReferentie="CRM-77"), headers=bearer(tokens["ander"])
        ).status_code
        == 201
    )
