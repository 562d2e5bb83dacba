# SPDX-License-Identifier: EUPL-1.2
"""Sensemaking sessions as pure rules: what recording needs, and that it happens once."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import pytest

from hartslag.domein.duiding import (
    Afspraak,
    Deelnemer,
    Deelnemersoort,
    Duidingssessie,
    Sessiestatus,
    SessieVastgelegd,
    change_sessie,
    record_sessie,
)
from hartslag.domein.fouten import OngeldigeInvoer

NU = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)
K = uuid.uuid4()
SESSIE = Duidingssessie(
    id=uuid.uuid4(),
    organisatie="UWV",
    titel="Casuïstiek WW",
    datum=NU,
    deelnemers=(
        Deelnemer("UWV", "analist", "signaalcoördinator"),
        Deelnemer("Schuldhulpmaatje", soort=Deelnemersoort.MAATSCHAPPELIJKE_PARTNER),
    ),
    knelpunten=(K,),
    aangemaakt_door="analist@UWV",
    conclusies=("De controle vertraagt de betaling.",),
    afspraken=(Afspraak(K, "Werkinstructie herzien", "Team WW"),),
)


def test_recording_fixes_the_session_once() -> None:
    vast = record_sessie(SESSIE, "analist@UWV", NU)
    assert vast.status == Sessiestatus.VASTGELEGD and vast.vastgelegd_door == "analist@UWV"
    with pytest.raises(SessieVastgelegd):
        record_sessie(vast, "analist@UWV", NU)
    with pytest.raises(SessieVastgelegd, match="vervolgsessie"):
        change_sessie(vast, titel="anders")


@pytest.mark.parametrize(
    ("wijziging", "ontbreekt"),
    [
        ({"deelnemers": ()}, "deelnemers"),
        ({"knelpunten": (), "afspraken": ()}, "knelpuntIds"),
        ({"conclusies": (" ",)}, "conclusies"),
    ],
)
def test_recording_needs_participants_bottlenecks_and_a_conclusion(
    wijziging: dict[str, object], ontbreekt: str
) -> None:
    with pytest.raises(OngeldigeInvoer, match=ontbreekt):
        record_sessie(change_sessie(SESSIE, **wijziging), "a", NU)


def test_an_agreement_belongs_to_a_bottleneck_on_the_agenda() -> None:
    with pytest.raises(OngeldigeInvoer, match="niet in deze sessie"):
        change_sessie(SESSIE, afspraken=(Afspraak(uuid.uuid4(), "x", "y"),))
    with pytest.raises(OngeldigeInvoer, match="omschrijving en een eigenaar"):
        change_sessie(SESSIE, afspraken=(Afspraak(K, "x", " "),))
    with pytest.raises(OngeldigeInvoer, match="één keer"):
        change_sessie(SESSIE, knelpunten=(K, K))
