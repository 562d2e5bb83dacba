# SPDX-License-Identifier: EUPL-1.2
"""Privacy through the API: pseudonymised intake, audited originals, and error responses
and logs that never repeat personal data."""

from __future__ import annotations

import logging

import httpx
import pytest

from hartslag.services import privacyinstellingen
from hartslag.services.context import Context
from tests.adapters.api.helpers import SIGNALEN, assert_problem, create, signaal
from tests.conftest import bearer
from tests.services.persoonsgegevens import ONTHULLEND, TEKST

PERSOONLIJK = [*ONTHULLEND, "jan.jansen@example.nl", "0687654321", "111222333"]


def _assert_no_personal_data(tekst: str) -> None:
    for stuk in PERSOONLIJK:
        assert stuk not in tekst, stuk


def test_a_registered_signal_reads_back_pseudonymised(
    api: httpx.Client, tokens: dict[str, str]
) -> None:
    nieuw = create(api, tokens["frontlinie"], tekst=TEKST, titel="Mevrouw De Vries belde")
    s = api.get(f"{SIGNALEN}/{nieuw['id']}", headers=bearer(tokens["analist"])).json()
    assert s["titel"] == "Mevrouw [PERSOON-1] belde"
    assert s["tekst"].startswith("Mevrouw [PERSOON-1] (BSN [BSN-1])")
    _assert_no_personal_data(str(s))
    gevonden = api.get(SIGNALEN, params={"zoek": "Vries"}, headers=bearer(tokens["analist"]))
    assert gevonden.json()["totaal"] == 0  # the name is not in the search index either


def test_original_is_read_for_a_purpose_by_a_role_that_may_and_the_read_is_recorded(
    api: httpx.Client, tokens: dict[str, str], ctx: Context
) -> None:
    privacyinstellingen.change_settings(ctx, "UWV", originelen_bewaren=True)
    pad = f"{SIGNALEN}/{create(api, tokens['frontlinie'], tekst=TEKST)['id']}"
    analist = bearer(tokens["analist"])
    assert_problem(api.get(f"{pad}/origineel", headers=analist), 400, "ongeldige-invoer")
    verboden = api.get(
        f"{pad}/origineel", params={"doel": "controle"}, headers=bearer(tokens["frontlinie"])
    )
    assert_problem(verboden, 403, "geen-toegang")
    r = api.get(f"{pad}/origineel", params={"doel": "terugbellen mevrouw Jansen"}, headers=analist)
    assert r.status_code == 200 and r.json() == {"titel": None, "tekst": TEKST}
    assert r.headers["cache-control"] == "no-store"
    historie = api.get(f"{pad}/historie", headers=analist).json()["gebeurtenissen"]
    (gelezen,) = [g for g in historie if g["actie"] == "origineel.gelezen"]
    assert gelezen["reden"] == "terugbellen mevrouw [PERSOON-1]"  # the purpose, without her
    _assert_no_personal_data(str(historie))


def test_no_original_when_the_organisation_drops_them(
    api: httpx.Client, tokens: dict[str, str]
) -> None:
    pad = f"{SIGNALEN}/{create(api, tokens['frontlinie'], tekst=TEKST)['id']}"
    r = api.get(f"{pad}/origineel", params={"doel": "controle"}, headers=bearer(tokens["analist"]))
    assert_problem(r, 404, "niet-gevonden")


@pytest.mark.parametrize(
    "body",
    [
        signaal(brontype="123456782", kanaal="jan.jansen@example.nl", tekst=TEKST),
        signaal(contact={"email": "jan.jansen@@example.nl", "telefoon": "0687654321x"}),
        signaal(tekst=TEKST * 130),  # longer than 20,000 characters
        signaal(melderId="111222333" * 30),  # too long
        signaal(extraVeld="NL91ABNA0417164300"),
        signaal(ontvangenOp="geboren 12-03-1985, BSN 111222333"),
    ],
)
def test_invalid_input_is_reported_without_repeating_it(
    api: httpx.Client, tokens: dict[str, str], body: dict[str, object]
) -> None:
    r = api.post(SIGNALEN, json=body, headers=bearer(tokens["frontlinie"]))
    assert_problem(r, 400, "ongeldige-invoer")
    _assert_no_personal_data(r.text)


def test_paths_and_queries_with_personal_data_are_not_echoed(
    api: httpx.Client, tokens: dict[str, str]
) -> None:
    analist = bearer(tokens["analist"])
    for pad in (f"{SIGNALEN}/jan.jansen@example.nl", "/api/v1/burgers/111222333/0687654321"):
        r = api.get(pad, headers=analist)
        assert r.status_code in (400, 404), r.text
        _assert_no_personal_data(r.text)
    r = api.get(SIGNALEN, params={"zoek": "jan.jansen@example.nl " * 20}, headers=analist)
    assert_problem(r, 400, "ongeldige-invoer")
    _assert_no_personal_data(r.text)


def test_conflicts_do_not_repeat_the_body(api: httpx.Client, tokens: dict[str, str]) -> None:
    kop = {**bearer(tokens["frontlinie"]), "Idempotency-Key": "sleutel-1"}
    assert api.post(SIGNALEN, json=signaal(tekst=TEKST), headers=kop).status_code == 201
    r = api.post(SIGNALEN, json=signaal(tekst=TEKST + " Anders."), headers=kop)
    assert_problem(r, 409, "idempotentie-conflict")
    _assert_no_personal_data(r.text)
    create(api, tokens["frontlinie"], externeReferentie="dossier 111222333")
    r = api.post(
        SIGNALEN,
        json=signaal(externeReferentie="dossier 111222333"),
        headers=kop | {"Idempotency-Key": "2"},
    )
    assert r.status_code == 409
    _assert_no_personal_data(r.text)


def test_errors_leave_no_personal_data_in_the_log(
    api: httpx.Client, tokens: dict[str, str], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="hartslag")
    caplog.set_level(logging.DEBUG, logger="uvicorn")
    with caplog.at_level(logging.DEBUG):
        api.post(
            SIGNALEN,
            json=signaal(brontype="111222333", tekst=TEKST),
            headers=bearer(tokens["frontlinie"]),
        )
        api.get(f"{SIGNALEN}/jan.jansen@example.nl", headers=bearer(tokens["analist"]))
        api.post(SIGNALEN, json=signaal(tekst=TEKST), headers=bearer("hs_onbekend"))
    server = [r for r in caplog.records if r.name.startswith(("hartslag", "uvicorn"))]
    _assert_no_personal_data("\n".join(r.getMessage() for r in server))
