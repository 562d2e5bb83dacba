# SPDX-License-Identifier: EUPL-1.2
"""Key rotation: every vault record re-encrypted under the newest key, nothing lost."""

from __future__ import annotations

import base64
import os
import time
from dataclasses import replace
from pathlib import Path

import httpx
import pytest
from pydantic import SecretStr
from sqlalchemy import Engine, text

from hartslag.adapters.kluis import AesGcmVersleuteling
from hartslag.bootstrap import bootstrap
from hartslag.config import Settings
from hartslag.domein.vocabulaire import Rol
from hartslag.services import beheer, privacyinstellingen, signaalbeheer
from hartslag.services.berichten import associated_bericht, queue_mail
from hartslag.services.context import Context
from hartslag.services.originelen import read_origineel
from hartslag.services.privacypoorten import Kluisvak
from hartslag.services.sleutelrotatie import key_versions, rotate_keys
from tests.conftest import FixedClock, Server, bearer
from tests.services.persoonsgegevens import CONTACT, TEKST, beheerder, register

NIEUW = os.urandom(32)


def _vault(ctx: Context, organisaties: dict[str, int]) -> list:  # type: ignore[type-arg]
    """Three signals with contact details and originals, and four outbox messages (one,
    and the three intake confirmations)."""
    privacyinstellingen.change_settings(ctx, "UWV", originelen_bewaren=True)
    actor = beheerder(organisaties["UWV"])
    ids = [register(ctx, actor, contact=CONTACT, externeReferentie=f"R-{i}") for i in range(3)]
    with ctx.uow() as uow:
        queue_mail(ctx, uow, sleutel="k", organisatie="UWV", soort="test", aan="a@example.nl",
                   onderwerp="o", tekst="t", signaal_id=ids[0])  # fmt: skip
        uow.commit()
    return ids


def _rotated_ctx(settings: Settings, engine: Engine, clock: FixedClock) -> Context:
    """The same database with the keyring "2:<new key>" (version 1 stays derived)."""
    sleutel = base64.b64encode(NIEUW).decode()
    nieuw = Settings(
        database_url=settings.database_url,
        secret_key=settings.secret_key,
        vault_key=SecretStr(f"2:{sleutel}"),
    )
    return bootstrap(nieuw, engine=engine, clock=clock)


def _only_new_key(ctx: Context) -> Context:
    return replace(ctx, versleuteling=AesGcmVersleuteling({2: NIEUW}, huidige=2))


def _everything_decrypts(ctx: Context, organisaties: dict[str, int], ids: list) -> None:  # type: ignore[type-arg]
    actor = beheerder(organisaties["UWV"])
    for signaal_id in ids:
        contact = signaalbeheer.read_contact(ctx, actor, signaal_id, "terugbellen")
        assert contact is not None and contact.email == CONTACT["email"]
        assert read_origineel(ctx, actor, signaal_id, "controle").tekst == TEKST
    with ctx.uow(schrijven=False) as uow:
        alle = uow.berichten.list("UWV", None)
    for b in [b for b in alle if b.soort == "ontvangstbevestiging"]:  # to the reporter
        aan = ctx.versleuteling.decrypt(
            b.sleutelversie, b.aan_versleuteld, associated_bericht(b.id)
        )
        assert aan == CONTACT["email"].encode()
    (bericht,) = [b for b in alle if b.soort == "test"]
    adres = ctx.versleuteling.decrypt(
        bericht.sleutelversie, bericht.aan_versleuteld, associated_bericht(bericht.id)
    )
    assert adres == b"a@example.nl"


def test_rotation_reencrypts_everything_and_the_new_key_alone_decrypts_it(
    ctx: Context,
    organisaties: dict[str, int],
    settings: Settings,
    engine: Engine,
    clock: FixedClock,
) -> None:
    ids = _vault(ctx, organisaties)
    assert key_versions(ctx) == {
        Kluisvak.CONTACT: {1: 3}, Kluisvak.ORIGINEEL: {1: 3}, Kluisvak.BERICHT: {1: 4}
    }  # fmt: skip
    nieuw = _rotated_ctx(settings, engine, clock)
    rotatie = rotate_keys(nieuw, batchgrootte=2)
    assert rotatie.herversleuteld == {
        Kluisvak.CONTACT: 3,
        Kluisvak.ORIGINEEL: 3,
        Kluisvak.BERICHT: 4,
    }
    assert key_versions(ctx) == {
        Kluisvak.CONTACT: {2: 3}, Kluisvak.ORIGINEEL: {2: 3}, Kluisvak.BERICHT: {2: 4}
    }  # fmt: skip
    _everything_decrypts(_only_new_key(nieuw), organisaties, ids)
    assert rotate_keys(nieuw).totaal == 0  # nothing left under an old key


def test_interrupted_rotation_resumes_where_it_stopped_without_loss(
    ctx: Context,
    organisaties: dict[str, int],
    settings: Settings,
    engine: Engine,
    clock: FixedClock,
) -> None:
    ids = _vault(ctx, organisaties)
    nieuw = _rotated_ctx(settings, engine, clock)

    def stop(*_: object) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        rotate_keys(nieuw, batchgrootte=1, voortgang=stop)
    assert key_versions(ctx)[Kluisvak.CONTACT] == {1: 2, 2: 1}  # the first batch committed
    assert rotate_keys(nieuw, batchgrootte=1).totaal == 9
    _everything_decrypts(_only_new_key(nieuw), organisaties, ids)


def test_a_record_that_cannot_be_decrypted_is_left_alone_and_reported(
    ctx: Context,
    organisaties: dict[str, int],
    settings: Settings,
    engine: Engine,
    clock: FixedClock,
) -> None:
    _vault(ctx, organisaties)
    with engine.begin() as c:
        blob = c.execute(text("SELECT versleuteld FROM contactgegevens LIMIT 1")).scalar_one()
        kapot = bytes(blob[:-1]) + bytes([blob[-1] ^ 1])
        c.execute(text("UPDATE contactgegevens SET versleuteld = :k WHERE versleuteld = :b"),
                  {"k": kapot, "b": blob})  # fmt: skip
    rotatie = rotate_keys(_rotated_ctx(settings, engine, clock))
    assert rotatie.onleesbaar[Kluisvak.CONTACT] == 1
    assert rotatie.herversleuteld[Kluisvak.CONTACT] == 2
    assert key_versions(ctx)[Kluisvak.CONTACT] == {1: 1, 2: 2}


def test_rotation_is_in_the_audit_trail_with_counts_only(
    ctx: Context,
    organisaties: dict[str, int],
    settings: Settings,
    engine: Engine,
    clock: FixedClock,
) -> None:
    _vault(ctx, organisaties)
    rotate_keys(_rotated_ctx(settings, engine, clock), actor="cli:beheer")
    with engine.connect() as c:
        rijen = c.execute(
            text(
                "SELECT actie, onderwerp_id, na FROM gebeurtenis WHERE onderwerp_type = 'kluis' ORDER BY id"
            )
        ).all()
    acties = [r.actie for r in rijen]
    assert acties.count("kluis.herversleuteld") == 3 and acties[-1] == "kluis.rotatie-voltooid"
    assert "example.nl" not in str(rijen) and "Vries" not in str(rijen)


def test_keyring_setting_names_the_bad_part() -> None:
    with pytest.raises(ValueError, match="version 3 must be 32 bytes"):
        Settings(secret_key="x" * 20, vault_key="3:dGVrb3J0")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="VERSION:KEY pairs"):
        Settings(secret_key="x" * 20, vault_key="twee:abc")  # type: ignore[arg-type]


def test_a_running_server_reads_a_rotated_key_file_without_restart(
    organisaties: dict[str, int],
    settings: Settings,
    engine: Engine,
    clock: FixedClock,
    server: Server,
    tmp_path: Path,
) -> None:
    sleutelbestand = tmp_path / "kluissleutels"
    sleutelbestand.write_text("", encoding="utf-8")
    met_bestand = Settings(
        database_url=settings.database_url,
        secret_key=settings.secret_key,
        vault_key_file=str(sleutelbestand),
    )
    draaiend = bootstrap(met_bestand, engine=engine, clock=clock)  # the server's context
    server.app.state.context = draaiend
    ids = _vault(draaiend, organisaties)
    token = beheer.create_token(draaiend, "UWV", Rol.ANALIST)
    sleutelbestand.write_text(f"2:{base64.b64encode(NIEUW).decode()}\n", encoding="utf-8")
    os.utime(sleutelbestand, ns=(time.time_ns() + 10**9, time.time_ns() + 10**9))
    cli = Settings(  # `hartslag vault rotate`, a new process that reads the file
        database_url=settings.database_url,
        secret_key=settings.secret_key,
        vault_key_file=str(sleutelbestand),
    )
    rotatie = rotate_keys(bootstrap(cli, engine=engine, clock=clock))
    assert rotatie.herversleuteld[Kluisvak.CONTACT] == 3
    with httpx.Client(base_url=f"http://127.0.0.1:{server.port}") as client:
        antwoord = client.get(
            f"/api/v1/signalen/{ids[0]}/contactgegevens",
            params={"doel": "terugbellen"},
            headers=bearer(token),
        )
    assert antwoord.status_code == 200, antwoord.text
    assert antwoord.json()["email"] == CONTACT["email"]
    assert draaiend.versleuteling.huidige == 2  # new records are sealed with the new key


def test_a_record_under_a_missing_key_is_a_clear_503(
    organisaties: dict[str, int],
    ctx: Context,
    api: httpx.Client,
    settings: Settings,
    engine: Engine,
    clock: FixedClock,
) -> None:
    ids = _vault(ctx, organisaties)
    rotate_keys(_rotated_ctx(settings, engine, clock))  # the server was not told the new key
    token = beheer.create_token(ctx, "UWV", Rol.ANALIST)
    antwoord = api.get(
        f"/api/v1/signalen/{ids[0]}/contactgegevens",
        params={"doel": "terugbellen"},
        headers=bearer(token),
    )
    assert antwoord.status_code == 503
    assert antwoord.json()["type"].endswith("/kluis-onleesbaar")
