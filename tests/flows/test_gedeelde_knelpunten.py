# SPDX-License-Identifier: EUPL-1.2
"""A bottleneck shared across three live installations on loopback (UWV and SVB on
SQLite, GEM-UTR on PostgreSQL): one owner across them all. UWV shares a signal and the
dossier; both partners see its shared part, owned elsewhere; UWV offers it to GEM-UTR,
which declines, then accepts; the owner changes on every side only when UWV applied the
acceptance. Repeated and late events change nothing; no personal data crosses."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from hartslag.adapters.opslag import tabellen as t
from hartslag.adapters.opslag import uitwisseling_tabellen as u
from hartslag.domein.gebeurtenis import Handeling
from hartslag.domein.uitwisseling import Gebeurtenistype as T
from hartslag.domein.uitwisseling import Richting
from hartslag.domein.vocabulaire import Rol
from hartslag.services import beheer, uitwisselingbeheer
from tests.conftest import FixedClock, bearer
from tests.flows.test_uitwisseling import OIN, _dump, _post, _rows
from tests.flows.uitwisselingsnet import Instantie, connect, postgres_instance, sqlite_instance
from tests.services.persoonsgegevens import CONTACT, ONTHULLEND, TEKST
from tests.services.persoonsgegevens import body as signaal_body

HEEN = frozenset(
    {
        T.SIGNAAL_GEDEELD,
        T.KNELPUNT_GEDEELD,
        T.KNELPUNT_BIJGEWERKT,
        T.KNELPUNT_EIGENAARSCHAP_AANGEBODEN,
        T.KNELPUNT_EIGENAARSCHAP_GEWIJZIGD,
    }
)
TERUG = frozenset({T.KNELPUNT_EIGENAARSCHAP_GEACCEPTEERD, T.KNELPUNT_EIGENAARSCHAP_GEWEIGERD})
VELDEN = {"tekst", "titel", "themas", "beschrijving", "status", "betrokkenOrganisaties",
          "aantalSignalen", "signalenPerOrganisatie", "reden"}  # fmt: skip


def _answers_back(van: Instantie, naar: Instantie, code: str) -> None:
    """``van`` (a partner of ``naar``) may send its answers to offers back to ``naar``."""
    uitwisselingbeheer.subscribe(van.ctx, van.organisatie_id, naar.code, naar.webhook, "test")
    for inst, partner, richting in ((van, naar, Richting.UITGAAND), (naar, van, Richting.INKOMEND)):
        uitwisselingbeheer.add_afspraak(
            inst.ctx, inst.organisatie_id, "test", code=code, partner=partner.code,
            richting=richting, gebeurtenistypen=TERUG, themas=frozenset({"*"}),
            velden=frozenset({"reden"}), grondslag="art. 4 convenant knelpunten",
            doel="eigenaarschap van gedeelde knelpunten", geldig_vanaf=inst.ctx.clock.now(),
            geldig_tot=None,
        )  # fmt: skip


@pytest.fixture
def net(
    sqlite_template: Path, postgres_template: str, tmp_path: Path, clock: FixedClock
) -> Iterator[dict[str, Instantie]]:
    instanties = {
        "UWV": sqlite_instance(sqlite_template, tmp_path, "UWV", OIN["UWV"], clock),
        "GEM-UTR": postgres_instance(postgres_template, "GEM-UTR", OIN["GEM-UTR"], clock),
        "SVB": sqlite_instance(sqlite_template, tmp_path, "SVB", OIN["SVB"], clock),
    }
    uwv, gem, svb = instanties.values()
    try:
        connect(uwv, gem, "DA-KNELPUNT", {"*"}, VELDEN, HEEN)
        connect(uwv, svb, "DA-KNELPUNT-SVB", {"*"}, VELDEN, HEEN)
        _answers_back(gem, uwv, "DA-KNELPUNT-TERUG")
        for inst in instanties.values():
            inst.token = beheer.create_token(inst.ctx, inst.code, Rol.BEHEERDER)
            inst.start()
        yield instanties
    finally:
        for inst in instanties.values():
            inst.stop()


def _call(inst: Instantie, methode: str, pad: str, status: int = 200, **kw: Any) -> Any:
    with inst.client() as c:
        antwoord = c.request(methode, "/api/v1" + pad, headers=bearer(inst.token), **kw)
    assert antwoord.status_code == status, antwoord.text
    return antwoord.json() if antwoord.content else None


def _view(inst: Instantie, k: str) -> dict[str, Any]:
    view: dict[str, Any] = _call(inst, "GET", f"/uitwisseling/knelpunten/{k}")
    return view


def _dossier(inst: Instantie, k: str) -> dict[str, Any]:
    dossier: dict[str, Any] = _call(inst, "GET", f"/knelpunten/{k}")
    return dossier


def _offer(uwv: Instantie, k: str) -> None:
    eigenaar = {"organisatie": "GEM-UTR"}
    body = {"eigenaar": eigenaar, "reden": "Gemeente voert de regeling uit"}
    _call(uwv, "POST", f"/knelpunten/{k}/eigenaarschap", json=body)


def _audit(inst: Instantie, k: str) -> list[dict[str, Any]]:
    with inst.engine.connect() as c:
        q = select(t.gebeurtenis).where(t.gebeurtenis.c.onderwerp_id == k)
        return [dict(r._mapping) for r in c.execute(q.order_by(t.gebeurtenis.c.id))]


def _sent(inst: Instantie, type: T, afspraak: str) -> dict[str, Any]:
    """The first event of ``type`` ``inst`` sent under ``afspraak``."""
    with inst.ctx.uow(schrijven=False) as uow:
        alle = uow.postvakken.uitgaand(inst.organisatie_id, None)
    return next(g.inhoud for g in alle if g.type == type and g.afspraak == afspraak)


def test_one_owner_across_three_installations(net: dict[str, Instantie], clock: FixedClock) -> None:
    uwv, gem, svb = net["UWV"], net["GEM-UTR"], net["SVB"]
    body = signaal_body(themas=["toeslagen"], melderId="123456782", contact=CONTACT)
    signaal = _call(uwv, "POST", "/signalen", 201, json=body)["id"]
    nieuw = {"titel": "Terugvordering toeslag", "omschrijving": TEKST, "signaalIds": [signaal]}
    k = _call(uwv, "POST", "/knelpunten", 201, json=nieuw)["id"]
    assert _call(uwv, "POST", "/uitwisseling/delingen", json={"soort": "knelpunt", "id": k}) == {
        "gedeeld": 2
    }
    assert uwv.deliver().afgeleverd == 4  # the signal and the dossier, to both partners

    # Visible at both partners, as a read view of a dossier owned elsewhere.
    for partner in (gem, svb):
        view = _view(partner, k)
        assert (view["partner"], view["eigenaarOrganisatie"], view["eigendomElders"]) == (
            "UWV", "UWV", True,
        )  # fmt: skip
        assert (view["aantalSignalen"], view["signalenPerOrganisatie"]) == (1, {"UWV": 1})
        assert "[PERSOON-1]" in view["beschrijving"] and view["versie"] == 1
        assert [v["id"] for v in _call(partner, "GET", "/uitwisseling/knelpunten")] == [k]
        assert len(_call(partner, "GET", "/uitwisseling/gedeeld?soort=signaal")) == 1
    _call(gem, "GET", f"/knelpunten/{k}", 404)  # not one of its own dossiers

    # Offer -> decline: the owner stays UWV everywhere.
    clock.advance(minutes=1)
    _offer(uwv, k)
    assert _dossier(uwv, k)["voorgesteldeEigenaar"]["organisatie"] == "GEM-UTR"
    assert uwv.deliver().afgeleverd == 2
    assert _view(gem, k)["aanOnsAangeboden"] and _view(svb, k)["voorgesteldeEigenaar"] == "GEM-UTR"
    _call(svb, "POST", f"/uitwisseling/knelpunten/{k}/eigenaarschap/acceptatie", 409, json={})
    weigering = {"reden": "Niet onze regeling, vraag het aan mevrouw De Vries"}
    pad = f"/uitwisseling/knelpunten/{k}/eigenaarschap"
    assert _call(gem, "POST", f"{pad}/weigering", json=weigering)["onsAntwoord"] == "geweigerd"
    _call(gem, "POST", f"{pad}/acceptatie", 409, json={})  # this offer is answered
    assert gem.deliver().afgeleverd == 1
    dossier = _dossier(uwv, k)
    assert dossier["eigenaar"] is None and dossier["voorgesteldeEigenaar"] is None
    assert uwv.deliver().afgeleverd == 2  # the withdrawn offer, to both partners
    assert _view(gem, k)["voorgesteldeEigenaar"] is None
    assert _view(gem, k)["eigenaarOrganisatie"] == "UWV"

    # Offer -> accept: until UWV applies the answer, UWV stays the one owner.
    clock.advance(minutes=1)
    _offer(uwv, k)
    assert uwv.deliver().afgeleverd == 2
    antwoord = _call(gem, "POST", f"{pad}/acceptatie", json={"reden": "Wij pakken het op"})
    assert (antwoord["onsAntwoord"], antwoord["eigenaarOrganisatie"]) == ("geaccepteerd", "UWV")
    assert _call(gem, "POST", f"{pad}/acceptatie", json={})["onsAntwoord"] == "geaccepteerd"
    assert _dossier(uwv, k)["eigenaar"] is None  # not delivered yet: UWV still owns it
    assert gem.deliver().afgeleverd == 1  # the repeated acceptance sent nothing
    dossier = _dossier(uwv, k)
    assert dossier["eigenaar"]["organisatie"] == "GEM-UTR"
    assert dossier["voorgesteldeEigenaar"] is None
    assert uwv.deliver().afgeleverd == 2
    for partner in (gem, svb):
        view = _view(partner, k)
        assert (view["eigenaarOrganisatie"], view["voorgesteldeEigenaar"]) == ("GEM-UTR", None)
    assert not _view(gem, k)["eigendomElders"] and _view(svb, k)["eigendomElders"]

    # A repeated delivery, and the same answer again under a new id: nothing changes.
    assert _post(
        gem, uwv, _sent(gem, T.KNELPUNT_EIGENAARSCHAP_GEWEIGERD, "DA-KNELPUNT-TERUG")
    ).json()["status"] == ("al-ontvangen")
    laat = {
        **_sent(gem, T.KNELPUNT_EIGENAARSCHAP_GEWEIGERD, "DA-KNELPUNT-TERUG"),
        "id": str(uuid.uuid4()),
    }
    laat["time"] = clock.now().isoformat().replace("+00:00", "Z")
    assert _post(gem, uwv, laat).json()["status"] == "verwerkt"
    assert _dossier(uwv, k)["eigenaar"]["organisatie"] == "GEM-UTR"
    genegeerd = [
        a for a in _audit(uwv, k) if a["actie"] == Handeling.EIGENAARSCHAP_ANTWOORD_GENEGEERD
    ]
    assert len(genegeerd) == 1 and "genegeerd" in genegeerd[0]["reden"]
    # An old offer that arrives late (new id, fresh time, older version) changes nothing.
    oud = {
        **_sent(uwv, T.KNELPUNT_EIGENAARSCHAP_AANGEBODEN, "DA-KNELPUNT"),
        "id": str(uuid.uuid4()),
    }
    oud["time"] = clock.now().isoformat().replace("+00:00", "Z")
    assert oud["data"]["versie"] < _view(gem, k)["versie"]
    assert _post(uwv, gem, oud).json()["status"] == "verwerkt"
    assert (_view(gem, k)["eigenaarOrganisatie"], _view(gem, k)["voorgesteldeEigenaar"]) == (
        "GEM-UTR", None,
    )  # fmt: skip

    # Every step in the audit trail on both sides: who, when, why.
    thuis = [(a["actie"], a["actor"]) for a in _audit(uwv, k) if a["actie"].startswith("eigen")]
    assert thuis[:4] == [
        (Handeling.EIGENAARSCHAP_AANGEBODEN, "api-beheerder@UWV"),
        (Handeling.EIGENAARSCHAP_GEWEIGERD, "partner:GEM-UTR"),
        (Handeling.EIGENAARSCHAP_AANGEBODEN, "api-beheerder@UWV"),
        (Handeling.EIGENAARSCHAP_GEACCEPTEERD, "partner:GEM-UTR"),
    ]
    daar = [a for a in _audit(gem, k) if a["actie"].startswith("eigen")]
    assert [a["actie"] for a in daar] == [
        Handeling.EIGENAARSCHAP_GEWEIGERD,
        Handeling.EIGENAARSCHAP_GEACCEPTEERD,
    ]
    assert all(a["reden"] and a["tijdstip"] and a["actor"] for a in daar)
    assert "[PERSOON-1]" in daar[0]["reden"]  # her name, pseudonymised before it left

    # No personal data crossed: not in what the partners keep, not in what UWV sent.
    with uwv.engine.connect() as c:
        pseudoniemen = [p for p in c.execute(select(t.signaal.c.melder_pseudoniem)).scalars() if p]
    for partner in (gem, svb):
        ontvangen = _dump(partner.engine)
        for stuk in ONTHULLEND + list(CONTACT.values()) + pseudoniemen:
            assert stuk not in ontvangen, stuk
    for inst in (uwv, gem):
        for g in _rows(inst.engine, u.uitgaande_gebeurtenis):
            for stuk in ONTHULLEND + pseudoniemen:
                assert stuk not in json.dumps(g["inhoud"]), stuk
