# SPDX-License-Identifier: EUPL-1.2
"""Batched delivery (CloudEvents batch mode) between live instances on loopback: one
signature per batch, an outcome per event, so a bad event neither refuses nor loses the
others; only what was refused is tried again; a partner that takes no batches gets the
events one by one; a partner down and back gets everything exactly once."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import httpx
import pytest
import uvicorn
from cloudevents.core.bindings.http import HTTPMessage, from_http_event
from sqlalchemy import update

from hartslag.adapters.opslag import tabellen as t
from hartslag.adapters.opslag import uitwisseling_tabellen as u
from hartslag.adapters.uitwisseling.webhook import HttpAfleveraar
from hartslag.domein.gebeurtenis import Handeling
from hartslag.domein.uitwisseling import MEDIATYPE, MEDIATYPE_BATCH
from hartslag.domein.webhook import signature_header, verify
from hartslag.services import bezorging, uitwisselingbeheer
from hartslag.services.uitwisselingbeheer import valid_secrets
from tests.conftest import FixedClock
from tests.flows import test_uitwisseling as basis
from tests.flows.test_uitwisseling import _register, _rows
from tests.flows.uitwisselingsnet import Instantie

net = basis.net  # the three instances (fixture), here delivering in batches only
pytestmark = pytest.mark.parametrize("net", [100], indirect=True, ids=["batches"])


def _secrets(van: Instantie, naar: Instantie) -> list[bytes]:
    with van.ctx.uow(schrijven=False) as uow:
        partner = uow.partners.get(van.organisatie_id, naar.code)
        assert partner is not None
        return valid_secrets(van.ctx, uow, partner, van.ctx.clock.now())


def _post_batch(
    van: Instantie, naar: Instantie, events: list[Any], *, knoei: bool = False,
    tijdstip: int | None = None,
) -> httpx.Response:  # fmt: skip
    """POST ``events`` as one batch, signed as ``van`` signs for ``naar``; ``knoei``: the
    body is changed after signing."""
    body = json.dumps(events).encode()
    ts = tijdstip if tijdstip is not None else int(van.ctx.clock.now().timestamp())
    headers = {
        "content-type": MEDIATYPE_BATCH,
        "webhook-id": "batch_test",
        "webhook-timestamp": str(ts),
        "webhook-signature": signature_header(_secrets(van, naar), "batch_test", ts, body),
    }
    if knoei:
        body = body.replace(b"[PERSOON-1]", b"[PERSOON-2]")
    with httpx.Client(timeout=10) as c:
        return c.post(naar.webhook, content=body, headers=headers)


def _outbox(inst: Instantie, status: str | None = "wachtend") -> list[Any]:
    with inst.ctx.uow(schrijven=False) as uow:
        return uow.postvakken.uitgaand(inst.organisatie_id, status)


def _received(inst: Instantie) -> int:
    return sum(
        r["actie"] == Handeling.GEGEVENS_ONTVANGEN for r in _rows(inst.engine, t.gebeurtenis)
    )


def test_a_batch_answers_per_event_and_stores_exactly_the_good_ones(
    net: dict[str, Instantie],
) -> None:
    uwv, gem = net["UWV"], net["GEM-UTR"]
    gem.start()
    for _ in range(4):
        _register(uwv, ["toeslagen"])
    e1, e2, e3, e4 = (g.inhoud for g in _outbox(uwv))
    eerst = _post_batch(uwv, gem, [e2])
    assert eerst.status_code == 200, eerst.text
    assert eerst.json()["resultaten"][0]["status"] == "verwerkt"

    schema_fout = {**e3, "data": {**e3["data"], "melderPseudoniem": "abc"}}
    geen_afspraak = {**e4, "deelafspraak": "DA-ANDERS"}
    vreemd = {**e4, "id": "x", "source": "urn:nld:oin:99999999999999999999:systeem:hartslag"}
    antwoord = _post_batch(uwv, gem, [e1, e2, e1, schema_fout, geen_afspraak, vreemd, "x"])

    assert antwoord.status_code == 200, antwoord.text
    body = antwoord.json()
    assert [(r["id"], r["status"]) for r in body["resultaten"]] == [
        (e1["id"], "verwerkt"),
        (e2["id"], "al-ontvangen"),  # received before this batch
        (e1["id"], "al-ontvangen"),  # twice in this batch
        (e3["id"], "geweigerd"),
        (e4["id"], "geweigerd"),
        ("x", "geweigerd"),
        (None, "geweigerd"),
    ]
    problemen = [r.get("probleem") for r in body["resultaten"]]
    assert problemen[:3] == [None, None, None]
    assert problemen[3]["type"].endswith("/ongeldige-gebeurtenis")
    assert problemen[3]["invalidParams"]
    assert problemen[4]["type"].endswith("/onbekende-deelafspraak")
    assert problemen[5]["type"].endswith("/ongeldige-handtekening")
    assert (body["verwerkt"], body["alOntvangen"], body["geweigerd"]) == (1, 2, 4)
    gedeeld = sorted(r["onderwerp"] for r in _rows(gem.engine, u.gedeeld_gegeven))
    assert gedeeld == sorted([e1["subject"], e2["subject"]])
    assert len(_rows(gem.engine, u.inkomende_gebeurtenis)) == 2
    assert _received(gem) == 2


def test_a_tampered_or_stale_batch_is_refused_whole(
    net: dict[str, Instantie], clock: FixedClock
) -> None:
    uwv, gem = net["UWV"], net["GEM-UTR"]
    gem.start()
    _register(uwv, ["toeslagen"])
    _register(uwv, ["toeslagen"])
    events = [g.inhoud for g in _outbox(uwv)]
    getekend = _post_batch(uwv, gem, events, knoei=True)
    assert getekend.status_code == 401
    assert getekend.json()["type"].endswith("/ongeldige-handtekening")
    oud = int((clock.now() - timedelta(minutes=6)).timestamp())
    assert (
        _post_batch(uwv, gem, events, tijdstip=oud).json()["type"].endswith("/gebeurtenis-te-oud")
    )
    assert _post_batch(uwv, gem, []).status_code == 400
    assert _rows(gem.engine, u.inkomende_gebeurtenis) == []
    assert _rows(gem.engine, u.gedeeld_gegeven) == []


class Opnemer(HttpAfleveraar):
    """Delivers as usual and keeps what was sent."""

    def __init__(self) -> None:
        super().__init__(timeout=5)
        self.verzonden: list[tuple[dict[str, str], bytes]] = []

    def post_batch(self, url: str, headers: dict[str, str], body: bytes) -> list[dict[str, Any]]:
        self.verzonden.append((headers, body))
        return super().post_batch(url, headers, body)


def test_the_sender_batches_per_partner_and_the_sdk_reads_every_event(
    net: dict[str, Instantie],
) -> None:
    uwv, gem = net["UWV"], net["GEM-UTR"]
    gem.start()
    for _ in range(5):
        _register(uwv, ["toeslagen"])
    opnemer = Opnemer()
    try:
        resultaat = bezorging.deliver_due(uwv.ctx, opnemer)
    finally:
        opnemer.close()
    assert resultaat.afgeleverd == 5
    ((headers, body),) = opnemer.verzonden  # five events, one request, one signature
    assert headers["content-type"] == MEDIATYPE_BATCH
    verify(
        _secrets(uwv, gem), headers["webhook-id"], headers["webhook-timestamp"],
        headers["webhook-signature"], body, uwv.ctx.clock.now(),
    )  # fmt: skip
    # The CloudEvents SDK (2.2) has no batch reader: each element is a structured event.
    events = json.loads(body)
    for event in events:
        element = json.dumps(event).encode()
        gelezen = from_http_event(HTTPMessage(headers={"content-type": MEDIATYPE}, body=element))
        assert gelezen.get_attributes()["id"] == event["id"]
        assert gelezen.get_data() == event["data"]
    assert sorted(e["id"] for e in events) == sorted(
        r["id"] for r in _rows(gem.engine, u.inkomende_gebeurtenis)
    )


def test_only_refused_events_are_tried_again(net: dict[str, Instantie], clock: FixedClock) -> None:
    uwv, gem = net["UWV"], net["GEM-UTR"]
    gem.start()
    for _ in range(3):
        _register(uwv, ["toeslagen"])
    fout = _outbox(uwv)[1]
    kapot = {**fout.inhoud, "data": {**fout.inhoud["data"], "onbekend": 1}}
    with uwv.engine.begin() as c:
        o = u.uitgaande_gebeurtenis
        c.execute(update(o).where(o.c.id == fout.id).values(inhoud=kapot))
    resultaat = uwv.deliver()
    assert (resultaat.afgeleverd, resultaat.opnieuw) == (2, 1)
    (wacht,) = _outbox(uwv)
    assert wacht.id == fout.id and wacht.pogingen == 1
    assert wacht.laatste_fout and "geweigerd (400)" in wacht.laatste_fout
    clock.advance(minutes=1)
    assert uwv.deliver().opnieuw == 1  # refused again; the delivered ones are not resent
    assert len(_rows(gem.engine, u.inkomende_gebeurtenis)) == 2


def test_a_partner_down_and_back_gets_every_event_exactly_once(
    net: dict[str, Instantie], clock: FixedClock
) -> None:
    uwv, gem = net["UWV"], net["GEM-UTR"]
    signalen = [_register(uwv, ["toeslagen"]) for _ in range(7)]
    assert uwv.deliver().opnieuw == 7  # GEM-UTR down: one failed batch, nothing lost
    gem.start()
    # A delivery whose answer got lost: the partner already has three of them.
    assert _post_batch(uwv, gem, [g.inhoud for g in _outbox(uwv)[:3]]).json()["verwerkt"] == 3
    clock.advance(minutes=1)
    assert uwv.deliver().afgeleverd == 7
    assert uwv.deliver() == bezorging.Afleverresultaat()
    gedeeld = sorted(r["onderwerp"] for r in _rows(gem.engine, u.gedeeld_gegeven))
    assert gedeeld == sorted(signalen)
    assert len(_rows(gem.engine, u.inkomende_gebeurtenis)) == 7
    assert _received(gem) == 7


class AlleenLos:
    """A receiver that speaks single-event mode only: 415 to a batch."""

    def __init__(self) -> None:
        self.ontvangen: list[tuple[dict[str, str], bytes]] = []

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return
        body, meer = b"", True
        while meer:
            bericht = await receive()
            body, meer = body + bericht.get("body", b""), bericht.get("more_body", False)
        headers = {k.decode(): v.decode() for k, v in scope["headers"]}
        status = 415 if headers.get("content-type") == MEDIATYPE_BATCH else 200
        if status == 200:
            self.ontvangen.append((headers, body))
        await send({"type": "http.response.start", "status": status, "headers": []})
        await send({"type": "http.response.body", "body": b"{}"})


@pytest.fixture
def alleen_los() -> Iterator[tuple[AlleenLos, int]]:
    app = AlleenLos()
    config = uvicorn.Config(app, host="127.0.0.1", port=0, log_level="error")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.01)
    port = server.servers[0].sockets[0].getsockname()[1]
    yield app, port
    server.should_exit = True
    thread.join(5)


def test_a_partner_without_batches_gets_the_events_one_by_one(
    net: dict[str, Instantie], alleen_los: tuple[AlleenLos, int]
) -> None:
    uwv, svb = net["UWV"], net["SVB"]
    app, port = alleen_los
    url = f"http://127.0.0.1:{port}/gebeurtenissen"
    uitwisselingbeheer.subscribe(uwv.ctx, uwv.organisatie_id, "SVB", url, "test")
    _register(uwv, ["wonen"])
    _register(uwv, ["wonen"])
    assert uwv.deliver().afgeleverd == 2
    assert len(app.ontvangen) == 2
    for headers, body in app.ontvangen:
        assert headers["content-type"] == MEDIATYPE
        assert json.loads(body)["id"] == headers["webhook-id"]
        verify(
            _secrets(uwv, svb), headers["webhook-id"], headers["webhook-timestamp"],
            headers["webhook-signature"], body, uwv.ctx.clock.now(),
        )  # fmt: skip
