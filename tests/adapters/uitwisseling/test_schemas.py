# SPDX-License-Identifier: EUPL-1.2
"""Every event type has a JSON Schema in the repository; events validate against it, are
parsed by the official CloudEvents SDK, and the API serves the same document."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest
from cloudevents.core.bindings.http import HTTPMessage, from_http_event
from jsonschema import Draft202012Validator

from hartslag.adapters.uitwisseling import schemas
from hartslag.domein.fouten import VeldFout
from hartslag.domein.uitwisseling import (
    ANTWOORDTYPEN,
    Gebeurtenistype,
    cloudevent,
    dataschema_voor,
)

KNELPUNT = str(uuid.uuid4())
VOORBEELD: dict[str, dict[str, Any]] = {
    "signaal": {"titel": "Toeslag", "tekst": "[PERSOON-1] belde", "themas": ["toeslagen"],
                "kanaal": "telefoon", "ontvangenOp": "2026-12-01T09:00:00+00:00", "polariteit": None},
    "patroon": {"label": "Terugvordering toeslag", "themas": [], "aantalSignalen": 12, "status": "nieuw"},
    "knelpunt": {"titel": "Dubbele terugvordering", "status": "in-analyse", "eigenaarOrganisatie": "UWV",
                 "voorgesteldeEigenaar": "GEM-UTR", "betrokkenOrganisaties": ["GEM-UTR", "UWV"],
                 "aantalSignalen": 3, "signalenPerOrganisatie": {"UWV": 3}, "versie": 2},
    "terugkoppeling": {"knelpunt": KNELPUNT, "mijlpaal": "opgelost", "tekst": "Wij hebben ..."},
}  # fmt: skip


def _event(type: Gebeurtenistype, data: dict[str, Any] | None = None) -> dict[str, Any]:
    if data is None:
        data = {} if type is Gebeurtenistype.SIGNAAL_INGETROKKEN else VOORBEELD[type.soort]
        if type is Gebeurtenistype.KNELPUNT_EIGENAARSCHAP_GEWIJZIGD:
            data = {"eigenaarOrganisatie": "GEM-UTR", "versie": 3}
        if type in ANTWOORDTYPEN:
            data = {"versie": 2, "reden": "Niet onze regeling"}
    return cloudevent(
        type=type, oin="00000001003214345000", onderwerp=str(uuid.uuid4()), id=uuid.uuid4(),
        tijdstip=datetime(2026, 12, 3, 12, tzinfo=UTC), dataschema=dataschema_voor(type),
        afspraak="DA-2026-01", data=data,
    )  # fmt: skip


@pytest.mark.parametrize("type", list(Gebeurtenistype), ids=lambda g: g.kort)
def test_every_type_has_a_valid_schema_its_events_satisfy(type: Gebeurtenistype) -> None:
    schema = schemas.schema(type)
    Draft202012Validator.check_schema(schema)
    assert schema["$id"] == dataschema_voor(type)
    event = _event(type)
    assert schemas.check(event) == []


@pytest.mark.parametrize("type", list(Gebeurtenistype), ids=lambda g: g.kort)
def test_the_cloudevents_sdk_parses_every_event(type: Gebeurtenistype) -> None:
    event = _event(type)
    body = json.dumps(event).encode()
    parsed = from_http_event(
        HTTPMessage(headers={"content-type": "application/cloudevents+json"}, body=body)
    )
    attributen = parsed.get_attributes()
    assert attributen["specversion"] == "1.0"
    assert attributen["type"] == type.value
    assert attributen["source"] == event["source"]
    assert attributen["id"] == event["id"]
    assert attributen["subject"] == event["subject"]
    assert attributen["deelafspraak"] == "DA-2026-01"
    assert parsed.get_data() == event["data"]


def test_schema_refuses_personal_fields_extra_attributes_and_wrong_sources() -> None:
    type = Gebeurtenistype.SIGNAAL_GEDEELD
    assert schemas.check(_event(type, {"tekst": "x", "melderPseudoniem": "ab12"}))
    assert schemas.check({**_event(type), "melder": "x"})
    assert schemas.check({**_event(type), "source": "urn:nld:oin:123:systeem:hartslag"})
    assert schemas.check({**_event(type), "type": "nl.overheid.signalen.onbekend"}) == [
        VeldFout("type", "onbekend type gebeurtenis")
    ]
    antwoord = Gebeurtenistype.KNELPUNT_EIGENAARSCHAP_GEACCEPTEERD
    assert schemas.check(_event(antwoord, {"reden": "zonder versie"}))  # which offer?
    assert schemas.check(_event(antwoord, {"versie": 2, "eigenaar": "Jan Jansen"}))
    fouten = schemas.check({**_event(type), "time": "gisteren"})
    assert [f.veld for f in fouten] == ["time"]
    assert "gisteren" not in fouten[0].reden


def test_the_api_serves_each_schema_as_kept_in_the_repository(api: httpx.Client) -> None:
    lijst = api.get("/api/v1/uitwisseling/schemas").json()["gebeurtenistypen"]
    assert len(lijst) == len(Gebeurtenistype)
    for item in lijst:
        antwoord = api.get(item["schema"])
        assert antwoord.status_code == 200
        assert antwoord.json() == schemas.schema(Gebeurtenistype(item["type"]))
    onbekend = api.get("/api/v1/uitwisseling/schemas/bestaat-niet.json")
    assert onbekend.status_code == 404
    assert onbekend.headers["content-type"] == "application/problem+json"
