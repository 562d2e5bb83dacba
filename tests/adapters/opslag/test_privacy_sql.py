# SPDX-License-Identifier: EUPL-1.2
"""What reaches the database: no personal data in plain text, anywhere we write it."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Engine, text

from hartslag.config import Settings
from hartslag.services import privacyinstellingen
from hartslag.services.context import Context
from hartslag.services.importeren import import_rows
from hartslag.services.originelen import read_origineel
from hartslag.services.voorbereiding import ImportRij
from tests.services.persoonsgegevens import (
    CONTACT,
    ONTHULLEND,
    TEKST,
    TITEL,
    beheerder,
    body,
    register,
)

GEHEIM = [*ONTHULLEND, CONTACT["naam"], CONTACT["email"], "201234567", "Jantine"]


def _raw(engine: Engine, query: str) -> list[bytes]:
    with engine.connect() as c:
        rows = c.execute(text(query)).all()
    return [
        v if isinstance(v, bytes) else str(v).encode() for row in rows for v in row if v is not None
    ]


def _assert_nothing_of(geheim: list[str], blobs: list[bytes]) -> None:
    for blob in blobs:
        for stuk in geheim:
            assert stuk.encode() not in blob, stuk


def _import(ctx: Context, organisatie_id: int) -> None:
    rijen = [
        ImportRij(
            1, {**body(titel=TITEL), "melderId": "123456782", "contactEmail": CONTACT["email"]}
        ),
        ImportRij(2, body(tekst=TEKST + " Tweede melding.")),
    ]
    uitkomst = import_rows(
        ctx, beheerder(organisatie_id), rijen, bestandsnaam="x.csv", bestandshash="h", rapport=print
    )
    assert uitkomst.opgeslagen == 2


def _intake(ctx: Context, organisaties: dict[str, int]) -> None:
    actor = beheerder(organisaties["UWV"])
    register(ctx, actor, titel=TITEL, melderId="123456782", contact=CONTACT)
    _import(ctx, organisaties["UWV"])


def test_signal_columns_hold_only_pseudonymised_text_after_api_and_import(
    ctx: Context, organisaties: dict[str, int], engine: Engine
) -> None:
    _intake(ctx, organisaties)
    teksten = _raw(engine, "SELECT titel, tekst, melder_pseudoniem, inhoudshash FROM signaal")
    assert len(teksten) >= 6 and any(b"[BSN-1]" in t for t in teksten)
    _assert_nothing_of(GEHEIM, teksten)
    _assert_nothing_of(GEHEIM, _raw(engine, "SELECT * FROM signaal_pseudoniem"))
    _assert_nothing_of(GEHEIM, _raw(engine, "SELECT actor, reden, voor, na FROM gebeurtenis"))


def test_vault_tables_hold_no_plaintext(
    ctx: Context, organisaties: dict[str, int], engine: Engine
) -> None:
    privacyinstellingen.change_settings(ctx, "UWV", originelen_bewaren=True)
    _intake(ctx, organisaties)
    blobs = _raw(engine, "SELECT versleuteld FROM contactgegevens")
    blobs += _raw(engine, "SELECT versleuteld FROM origineel")
    assert len(blobs) == 5  # 2 contacts, 3 originals
    _assert_nothing_of([*GEHEIM, "toeslag", "Mevrouw"], blobs)


def test_sqlite_file_and_its_log_hold_no_plaintext_personal_data(
    ctx: Context, organisaties: dict[str, int], settings: Settings
) -> None:
    if not settings.is_sqlite:
        pytest.skip("a file to scan exists on SQLite only")
    privacyinstellingen.change_settings(ctx, "UWV", originelen_bewaren=True)
    _intake(ctx, organisaties)
    pad = Path(settings.database_url.removeprefix("sqlite:///"))
    inhoud = [p.read_bytes() for p in (pad, pad.with_name(pad.name + "-wal")) if p.exists()]
    assert sum(len(i) for i in inhoud) > 10_000
    _assert_nothing_of(GEHEIM, inhoud)


def test_originals_are_kept_only_when_switched_on_and_then_encrypted(
    ctx: Context, organisaties: dict[str, int], engine: Engine
) -> None:
    actor = beheerder(organisaties["UWV"])
    register(ctx, actor, titel=TITEL)
    _import(ctx, organisaties["UWV"])
    assert _raw(engine, "SELECT count(*) FROM origineel") == [b"0"]
    privacyinstellingen.change_settings(ctx, "UWV", originelen_bewaren=True)
    signaal_id = register(ctx, actor, titel=TITEL, externeReferentie="na-aanzetten")
    assert _raw(engine, "SELECT count(*) FROM origineel") == [b"1"]
    origineel = read_origineel(ctx, actor, signaal_id, "controle pseudonimisering")
    assert (origineel.titel, origineel.tekst) == (TITEL, TEKST)
    privacyinstellingen.change_settings(ctx, "UWV", originelen_bewaren=False)
    register(ctx, actor, externeReferentie="na-uitzetten")
    assert _raw(engine, "SELECT count(*) FROM origineel") == [b"1"]
