# SPDX-License-Identifier: EUPL-1.2
"""Three Hartslag instances on loopback (two on SQLite, one on PostgreSQL), each with its
own database and port, exchanging events under agreements: what the agreement covers
arrives exactly once even after the partner was down; a tampered, replayed, unsigned or
uncovered event is refused; nothing outside an agreement and no personal data leaves."""

from __future__ import annotations

import csv
import io
import json
import random
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import Engine, select

from hartslag.adapters.opslag import tabellen as t
from hartslag.adapters.opslag import uitwisseling_tabellen as u
from hartslag.domein.actor import Actor
from hartslag.domein.gebeurtenis import Handeling
from hartslag.domein.signaal import SignaalInvoer
from hartslag.domein.vocabulaire import Brontype, Kanaal, Meldertype, Rol
from hartslag.domein.webhook import MAX_POGINGEN, signature_header
from hartslag.services import beheer, bezorging, netwerkbeeld
from hartslag.services.registratie import register_signaal
from hartslag.services.uitwisselingbeheer import valid_secrets
from tests.analyse import synthetisch
from tests.conftest import FixedClock, bearer
from tests.flows.uitwisselingsnet import (
    Instantie,
    connect,
    postgres_instance,
    sqlite_instance,
)
from tests.services.persoonsgegevens import CONTACT, ONTHULLEND
from tests.services.persoonsgegevens import body as signaal_body

OIN = {
    "UWV": "00000001003214345000",
    "GEM-UTR": "00000001002220647000",
    "SVB": "00000001003300000001",
}
VELDEN = {"tekst", "titel", "themas", "kanaal"}


@pytest.fixture(params=[100, 1], ids=["batches", "los"])
def net(
    request: pytest.FixtureRequest,
    sqlite_template: Path,
    postgres_template: str,
    tmp_path: Path,
    clock: FixedClock,
) -> Iterator[dict[str, Instantie]]:
    """UWV (SQLite) shares theme toeslagen with GEM-UTR (PostgreSQL) and theme wonen with
    SVB (SQLite). GEM-UTR is not started: the tests bring it up when they want. Every test
    runs twice: delivering in batches (the default) and one event per request."""
    instanties = {
        "UWV": sqlite_instance(sqlite_template, tmp_path, "UWV", OIN["UWV"], clock),
        "GEM-UTR": postgres_instance(postgres_template, "GEM-UTR", OIN["GEM-UTR"], clock),
        "SVB": sqlite_instance(sqlite_template, tmp_path, "SVB", OIN["SVB"], clock),
    }
    for inst in instanties.values():
        inst.batch = request.param
    try:
        connect(instanties["UWV"], instanties["GEM-UTR"], "DA-TOESLAG", {"toeslagen"}, VELDEN)
        connect(instanties["UWV"], instanties["SVB"], "DA-WONEN", {"wonen"}, {"tekst", "themas"})
        instanties["UWV"].start()
        instanties["SVB"].start()
        yield instanties
    finally:
        for inst in instanties.values():
            inst.stop()


def _register(inst: Instantie, themas: list[str]) -> str:
    body = signaal_body(themas=themas, melderId="123456782", contact=CONTACT)
    with inst.client() as c:
        antwoord = c.post("/api/v1/signalen", json=body, headers=bearer(inst.token))
    assert antwoord.status_code == 201, antwoord.text
    return str(antwoord.json()["id"])


def _rows(engine: Engine, tabel: Any) -> list[dict[str, Any]]:
    with engine.connect() as c:
        return [dict(r._mapping) for r in c.execute(select(tabel))]


def _dump(engine: Engine) -> str:
    tabellen = (u.gedeeld_gegeven, u.inkomende_gebeurtenis, t.gebeurtenis)
    return json.dumps([_rows(engine, tabel) for tabel in tabellen], default=str)


def test_partner_down_loses_nothing_and_applies_everything_exactly_once(
    net: dict[str, Instantie], clock: FixedClock
) -> None:
    uwv, gem, svb = net["UWV"], net["GEM-UTR"], net["SVB"]
    toeslag = [_register(uwv, ["toeslagen"]), _register(uwv, ["toeslagen", "werk"])]
    wonen = _register(uwv, ["wonen"])
    _register(uwv, ["werk"])  # under no agreement

    eerste = uwv.deliver()
    assert (eerste.afgeleverd, eerste.opnieuw) == (1, 2)  # SVB up, GEM-UTR down
    clock.advance(minutes=5)
    assert uwv.deliver().opnieuw == 2  # still down: retried, not lost
    gem.start()
    assert uwv.deliver().afgeleverd == 0  # backoff: not due yet
    clock.advance(minutes=10)
    assert uwv.deliver().afgeleverd == 2
    assert uwv.deliver() == bezorging.Afleverresultaat()

    gedeeld = _rows(gem.engine, u.gedeeld_gegeven)
    assert sorted(g["onderwerp"] for g in gedeeld) == sorted(toeslag)
    assert all(set(g["gegevens"]) <= VELDEN and g["gegevens"]["tekst"] for g in gedeeld)
    assert [g["onderwerp"] for g in _rows(svb.engine, u.gedeeld_gegeven)] == [wonen]
    assert len(_rows(uwv.engine, u.uitgaande_gebeurtenis)) == 3  # "werk" never queued

    # A delivery whose answer got lost is sent again: received once, applied once.
    with uwv.ctx.uow(schrijven=False) as uow:
        g = next(
            g
            for g in uow.postvakken.uitgaand(uwv.organisatie_id, None)
            if g.onderwerp == toeslag[0]
        )
    antwoord = _post(uwv, gem, g.inhoud)
    assert antwoord.json() == {"id": str(g.id), "status": "al-ontvangen"}
    assert len(_rows(gem.engine, u.inkomende_gebeurtenis)) == 2
    ontvangen = [
        r for r in _rows(gem.engine, t.gebeurtenis) if r["actie"] == Handeling.GEGEVENS_ONTVANGEN
    ]
    assert len(ontvangen) == 2


def test_no_personal_data_crosses(net: dict[str, Instantie], clock: FixedClock) -> None:
    uwv, gem = net["UWV"], net["GEM-UTR"]
    gem.start()
    _register(uwv, ["toeslagen"])
    assert uwv.deliver().afgeleverd == 1
    with uwv.engine.connect() as c:
        pseudoniemen = [p for p in c.execute(select(t.signaal.c.melder_pseudoniem)).scalars() if p]
    assert pseudoniemen
    ontvangen = _dump(gem.engine)
    assert "[PERSOON-1]" in ontvangen
    for stuk in ONTHULLEND + list(CONTACT.values()) + pseudoniemen:
        assert stuk not in ontvangen, stuk
    for g in _rows(uwv.engine, u.uitgaande_gebeurtenis):
        for stuk in ONTHULLEND + pseudoniemen:
            assert stuk not in json.dumps(g["inhoud"]), stuk


def _post(
    van: Instantie, naar: Instantie, event: dict[str, Any], *, body: bytes | None = None,
    tijdstip: int | None = None, geheimen: list[bytes] | None = None,
) -> httpx.Response:  # fmt: skip
    """POST ``event`` as ``van`` would, signed with its secrets for ``naar``."""
    inhoud = json.dumps(event).encode()
    if geheimen is None:
        with van.ctx.uow(schrijven=False) as uow:
            partner = uow.partners.get(van.organisatie_id, naar.code)
            assert partner is not None
            geheimen = valid_secrets(van.ctx, uow, partner, van.ctx.clock.now())
    ts = tijdstip if tijdstip is not None else int(van.ctx.clock.now().timestamp())
    headers = {
        "content-type": "application/cloudevents+json",
        "webhook-id": str(event["id"]),
        "webhook-timestamp": str(ts),
        "webhook-signature": signature_header(geheimen, str(event["id"]), ts, inhoud),
    }
    with httpx.Client(timeout=10) as c:
        return c.post(naar.webhook, content=body if body is not None else inhoud, headers=headers)


def _queued(inst: Instantie) -> dict[str, Any]:
    with inst.ctx.uow(schrijven=False) as uow:
        (g,) = uow.postvakken.uitgaand(inst.organisatie_id, "wachtend")
    return g.inhoud


def _problem(antwoord: httpx.Response, status: int, code: str) -> dict[str, Any]:
    assert antwoord.status_code == status, antwoord.text
    assert antwoord.headers["content-type"] == "application/problem+json"
    probleem: dict[str, Any] = antwoord.json()
    assert probleem["type"].endswith("/" + code)
    return probleem


def test_tampered_replayed_unsigned_and_uncovered_events_are_refused(
    net: dict[str, Instantie], clock: FixedClock
) -> None:
    uwv, gem = net["UWV"], net["GEM-UTR"]
    gem.start()
    _register(uwv, ["toeslagen"])
    event = _queued(uwv)
    echt = json.dumps(event).encode()
    _problem(
        _post(uwv, gem, event, body=echt.replace(b"[PERSOON-1]", b"[PERSOON-2]")),
        401,
        "ongeldige-handtekening",
    )
    _problem(_post(uwv, gem, event, geheimen=[b"z" * 32]), 401, "ongeldige-handtekening")
    oud = int((clock.now() - timedelta(minutes=6)).timestamp())
    _problem(_post(uwv, gem, event, tijdstip=oud), 400, "gebeurtenis-te-oud")
    _problem(_post(uwv, gem, {**event, "deelafspraak": "DA-ANDERS"}), 403, "onbekende-deelafspraak")
    buiten = {**event, "data": {**event["data"], "themas": ["wonen"]}}
    _problem(_post(uwv, gem, buiten), 403, "onbekende-deelafspraak")
    persoonlijk = {**event, "data": {**event["data"], "melderPseudoniem": "abc"}}
    probleem = _problem(_post(uwv, gem, persoonlijk), 400, "ongeldige-gebeurtenis")
    assert probleem["invalidParams"]
    vreemd = {**event, "source": "urn:nld:oin:99999999999999999999:systeem:hartslag"}
    _problem(_post(uwv, gem, vreemd), 401, "ongeldige-handtekening")
    assert _rows(gem.engine, u.inkomende_gebeurtenis) == []
    assert _rows(gem.engine, u.gedeeld_gegeven) == []
    assert _post(uwv, gem, event).json()["status"] == "verwerkt"
    assert _post(uwv, gem, event).json()["status"] == "al-ontvangen"  # a replay in the window
    assert len(_rows(gem.engine, u.inkomende_gebeurtenis)) == 1


def test_dead_letters_wait_for_a_redrive_and_then_arrive(
    net: dict[str, Instantie], clock: FixedClock
) -> None:
    uwv, gem = net["UWV"], net["GEM-UTR"]
    signaal = _register(uwv, ["toeslagen"])
    for _ in range(MAX_POGINGEN):
        uwv.deliver()
        clock.advance(hours=7)
    with uwv.ctx.uow(schrijven=False) as uow:
        (dood,) = uow.postvakken.uitgaand(uwv.organisatie_id, "onbestelbaar")
    assert dood.pogingen == MAX_POGINGEN and dood.laatste_fout
    gem.start()
    assert uwv.deliver() == bezorging.Afleverresultaat()  # a dead letter is not retried
    with httpx.Client(base_url=uwv.basis, timeout=10) as c:
        lijst = c.get("/api/v1/uitwisseling/onbestelbaar", headers=bearer(_admin(uwv))).json()
        assert [g["id"] for g in lijst] == [str(dood.id)]
        pad = f"/api/v1/uitwisseling/onbestelbaar/{dood.id}/heraanbieding"
        assert c.post(pad, headers=bearer(_admin(uwv))).json() == {"heraangeboden": 1}
    assert uwv.deliver().afgeleverd == 1
    assert [g["onderwerp"] for g in _rows(gem.engine, u.gedeeld_gegeven)] == [signaal]


def _admin(inst: Instantie) -> str:
    return beheer.create_token(inst.ctx, inst.code, Rol.BEHEERDER)


def _store(inst: Instantie, onderwerp: str, aantal: int, thema: str) -> None:
    rng = random.Random(f"{inst.code}-{onderwerp}")
    wie = Actor(inst.organisatie_id, inst.code, Rol.ANALIST, "test")
    for i in range(aantal):
        invoer = SignaalInvoer(
            tekst=synthetisch.tekst(rng, onderwerp),
            brontype=Brontype.KLACHT,
            meldertype=Meldertype.BURGER,
            kanaal=Kanaal.TELEFOON,
            ontvangen_op=inst.ctx.clock.now() - timedelta(days=i + 1),
            themas=(thema,),
        )
        register_signaal(inst.ctx, wie, invoer)


def _toeslag_pattern(inst: Instantie) -> dict[str, int] | None:
    wie = Actor(inst.organisatie_id, inst.code, Rol.ANALIST, "test")
    for p in netwerkbeeld.network_view(inst.ctx, wie):
        if max(p.themas, key=p.themas.__getitem__, default=None) == "toeslagen":
            return p.organisaties
    return None


def test_a_pattern_only_the_three_together_show_is_in_the_network_view(
    net: dict[str, Instantie], clock: FixedClock
) -> None:
    uwv, gem, svb = net["UWV"], net["GEM-UTR"], net["SVB"]
    gem.start()
    connect(svb, gem, "DA-SVB", {"toeslagen"}, VELDEN)
    for inst in (uwv, svb, gem):
        _store(inst, "toeslag", 4, "toeslagen")  # 4 each: below a pattern's minimum of 10
    _store(gem, "afval", 12, "afval")
    _store(gem, "digid", 12, "digid")
    assert _toeslag_pattern(gem) is None  # alone, GEM-UTR sees no pattern
    assert uwv.deliver().afgeleverd == 4
    assert _toeslag_pattern(gem) is None  # with UWV only: 8 signals
    assert svb.deliver().afgeleverd == 4
    telling = _toeslag_pattern(gem)
    assert telling is not None
    assert set(telling) == {"GEM-UTR", "UWV", "SVB"}
    assert telling["UWV"] >= 3 and telling["SVB"] >= 3

    # The register of data flows, on both sides of one flow, as JSON and as CSV.
    with uwv.client() as c:
        uit = c.get("/api/v1/uitwisseling/gegevensstromen", headers=bearer(uwv.token)).json()
    rij = next(
        r for r in uit if r["partner"] == "GEM-UTR" and r["type"].endswith("signaal-gedeeld")
    )
    assert (rij["richting"], rij["afspraak"], rij["afgeleverd"], rij["wachtend"]) == (
        "uitgaand", "DA-TOESLAG", 4, 0,
    )  # fmt: skip
    assert rij["grondslag"] and rij["doel"]
    with gem.client() as c:
        csv_tekst = c.get(
            "/api/v1/uitwisseling/gegevensstromen?formaat=csv", headers=bearer(gem.token)
        ).text
    regels = list(csv.DictReader(io.StringIO(csv_tekst), delimiter=";"))
    ontvangen = {
        (r["partner"], r["afspraak"]): int(r["ontvangen"])
        for r in regels
        if r["type"].endswith("signaal-gedeeld")
    }
    assert ontvangen == {("UWV", "DA-TOESLAG"): 4, ("SVB", "DA-SVB"): 4}


def test_a_withdrawn_signal_is_emptied_at_the_partner(
    net: dict[str, Instantie], clock: FixedClock
) -> None:
    uwv, gem = net["UWV"], net["GEM-UTR"]
    gem.start()
    signaal = _register(uwv, ["toeslagen"])
    assert uwv.deliver().afgeleverd == 1
    clock.advance(seconds=1)
    with uwv.client() as c:
        antwoord = c.post(
            "/api/v1/uitwisseling/intrekkingen",
            json={"signaal": signaal},
            headers=bearer(_admin(uwv)),
        )
    assert antwoord.json() == {"gedeeld": 1}
    assert uwv.deliver().afgeleverd == 1
    (gedeeld,) = _rows(gem.engine, u.gedeeld_gegeven)
    assert (gedeeld["onderwerp"], gedeeld["ingetrokken"], gedeeld["gegevens"]) == (
        signaal,
        True,
        {},
    )
