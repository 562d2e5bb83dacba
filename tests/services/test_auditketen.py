# SPDX-License-Identifier: EUPL-1.2
"""The audit trail is tamper-evident: a changed, removed or inserted record is found."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime

import pytest
from sqlalchemy import Engine, select, text

from hartslag.adapters.opslag import tabellen as t
from hartslag.adapters.opslag.database import downgrade, upgrade
from hartslag.domein.gebeurtenis import Gebeurtenis, Handeling
from hartslag.domein.vocabulaire import Rol
from hartslag.services import accounts, beheer
from hartslag.services.auditketen import GEWIJZIGD, KOP, ONTKOPPELD, verify_audit_chain
from hartslag.services.context import Context

WACHTWOORD = "een lang wachtwoord"


def _drop_triggers(engine: Engine) -> None:
    """What someone with database rights could do: switch the append-only guard off."""
    with engine.begin() as c:
        if engine.dialect.name == "sqlite":
            c.execute(text("DROP TRIGGER gebeurtenis_geen_wijziging"))
            c.execute(text("DROP TRIGGER gebeurtenis_geen_verwijdering"))
        else:
            c.execute(text("DROP TRIGGER gebeurtenis_geen_wijziging ON gebeurtenis"))


def _records(ctx: Context, organisaties: dict[str, int]) -> list[int]:
    for i in range(4):
        accounts.create_account(ctx, "UWV", f"a{i}@uwv.example.com", Rol.ANALIST, WACHTWOORD)
    beheer.create_token(ctx, "GEM-UTR", Rol.ANALIST)
    with ctx.uow(schrijven=False) as uow:
        return [g.id for g in uow.gebeurtenissen.chain(organisaties["UWV"]) if g.id]


def test_an_untouched_trail_is_whole(ctx: Context, organisaties: dict[str, int]) -> None:
    ids = _records(ctx, organisaties)
    controle = verify_audit_chain(ctx)
    assert controle.heel, controle.breuken
    assert controle.records == len(ids) + 2  # UWV's records and GEM-UTR's two


def test_an_edited_record_is_named(
    ctx: Context, engine: Engine, organisaties: dict[str, int]
) -> None:
    ids = _records(ctx, organisaties)
    _drop_triggers(engine)
    with engine.begin() as c:
        c.execute(
            t.gebeurtenis.update().where(t.gebeurtenis.c.id == ids[2]).values(actor="iemand-anders")
        )
    controle = verify_audit_chain(ctx)
    assert [(b.organisatie, b.record_id, b.reden) for b in controle.breuken] == [
        ("UWV", ids[2], GEWIJZIGD)
    ]
    assert verify_audit_chain(ctx, "GEM-UTR").heel  # other chains are not affected


def test_a_record_edited_together_with_its_hash_breaks_the_next_link(
    ctx: Context, engine: Engine, organisaties: dict[str, int]
) -> None:
    ids = _records(ctx, organisaties)
    _drop_triggers(engine)
    with engine.begin() as c:
        c.execute(t.gebeurtenis.update().where(t.gebeurtenis.c.id == ids[1]).values(hash="f" * 64))
    breuk = verify_audit_chain(ctx, "UWV").breuken[0]
    assert breuk.record_id == ids[1] and breuk.reden == GEWIJZIGD


def test_a_deleted_record_is_found_at_the_record_after_it(
    ctx: Context, engine: Engine, organisaties: dict[str, int]
) -> None:
    ids = _records(ctx, organisaties)
    _drop_triggers(engine)
    with engine.begin() as c:
        c.execute(t.gebeurtenis.delete().where(t.gebeurtenis.c.id == ids[1]))
    breuk = verify_audit_chain(ctx, "UWV").breuken[0]
    assert (breuk.record_id, breuk.reden) == (ids[2], ONTKOPPELD)


def test_records_deleted_from_the_end_are_found(
    ctx: Context, engine: Engine, organisaties: dict[str, int]
) -> None:
    ids = _records(ctx, organisaties)
    _drop_triggers(engine)
    with engine.begin() as c:
        c.execute(t.gebeurtenis.delete().where(t.gebeurtenis.c.id == ids[-1]))
    breuk = verify_audit_chain(ctx, "UWV").breuken[0]
    assert (breuk.record_id, breuk.reden) == (ids[-2], KOP)


def test_each_record_links_to_the_one_before_it(
    ctx: Context, engine: Engine, organisaties: dict[str, int]
) -> None:
    _records(ctx, organisaties)
    with engine.connect() as c:
        rijen = c.execute(
            select(t.gebeurtenis.c.vorige_hash, t.gebeurtenis.c.hash)
            .where(t.gebeurtenis.c.organisatie_id == organisaties["UWV"])
            .order_by(t.gebeurtenis.c.id)
        ).all()
    assert rijen[0].vorige_hash == "0" * 64
    assert all(b.vorige_hash == a.hash for a, b in itertools.pairwise(rijen))


def test_records_from_before_the_chain_are_chained_by_the_migration(
    engine: Engine, ctx: Context, organisaties: dict[str, int]
) -> None:
    downgrade(engine, "0006")
    with engine.begin() as c:
        for i in range(3):
            c.execute(
                text(
                    "INSERT INTO gebeurtenis (tijdstip, actor, organisatie_id, actie, onderwerp_type,"
                    " onderwerp_id, reden, voor, na) VALUES (:t, 'cli:x', :o, 'test.iets', 'test', :i,"
                    " 'omdat', NULL, :na)"
                ),
                {
                    "t": f"2026-01-0{i + 1} 10:00:00.123456",
                    "o": organisaties["UWV"],
                    "i": str(i),
                    "na": '{"b": [1, 2], "a": "é"}',
                },
            )
    upgrade(engine)
    controle = verify_audit_chain(ctx)
    assert controle.heel, controle.breuken


def _record(organisatie_id: int, i: int) -> Gebeurtenis:
    return Gebeurtenis(
        tijdstip=datetime(2026, 3, 2, 9, 30, i, tzinfo=UTC),
        actor="test",
        actie=Handeling.SIGNAAL_GEREGISTREERD,
        onderwerp_type="test",
        onderwerp_id=str(i),
        organisatie_id=organisatie_id,
    )


def test_concurrent_writers_of_one_organisation_take_other_strands_and_stay_verifiable(
    ctx: Context, engine: Engine, organisaties: dict[str, int]
) -> None:
    if engine.dialect.name == "sqlite":
        pytest.skip("SQLite has one writer at a time: one strand")
    uwv = organisaties["UWV"]
    with ctx.uow() as eerste:
        eerste.gebeurtenissen.add(_record(uwv, 1))  # holds the first free strand
        with ctx.uow() as tweede:  # would wait for it with a single head row
            tweede.connection.exec_driver_sql("SET LOCAL lock_timeout = '2s'")  # type: ignore[attr-defined]
            tweede.gebeurtenissen.add(_record(uwv, 2))
            tweede.gebeurtenissen.add(_record(uwv, 3))  # its own strand again
            tweede.commit()
        eerste.commit()
    with engine.connect() as c:
        strengen = dict(
            c.execute(
                select(t.gebeurtenis.c.onderwerp_id, t.gebeurtenis.c.streng).where(
                    t.gebeurtenis.c.onderwerp_type == "test"
                )
            ).all()
        )
    assert strengen["1"] != strengen["2"] == strengen["3"]
    assert verify_audit_chain(ctx).heel
    _drop_triggers(engine)
    with engine.begin() as c:  # the last record of the second strand removed
        c.execute(t.gebeurtenis.delete().where(t.gebeurtenis.c.onderwerp_id == "3"))
    breuk = verify_audit_chain(ctx, "UWV").breuken[0]
    assert breuk.reden == KOP
