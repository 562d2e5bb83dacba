# SPDX-License-Identifier: EUPL-1.2
"""Retention: what has expired is gone after a run, the rest stays; a dry run only counts."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import Engine, select, text

from hartslag.adapters.opslag.tabellen import gebeurtenis
from hartslag.config import Settings
from hartslag.domein.vocabulaire import Signaalstatus
from hartslag.domein.zoekfilter import Pagina, SignaalFilter
from hartslag.services import privacyinstellingen, signaalbeheer, terugkoppelingen
from hartslag.services.berichten import queue_mail
from hartslag.services.bewaartermijnen import run_retention
from hartslag.services.context import Context
from tests.conftest import FixedClock
from tests.services.persoonsgegevens import CONTACT, beheerder, register

OUD = "2018-01-15T10:00:00Z"  # more than seven years before the test clock


def _count(engine: Engine, tabel: str) -> int:
    with engine.connect() as c:
        return int(c.execute(text(f"SELECT count(*) FROM {tabel}")).scalar_one())


def _signal(ctx: Context, organisaties: dict[str, int], **extra: object) -> uuid.UUID:
    return register(
        ctx, beheerder(organisaties["UWV"]), contact=CONTACT, themas=["toeslagen"], **extra
    )


@pytest.fixture
def met_originelen(ctx: Context, organisaties: dict[str, int]) -> None:
    privacyinstellingen.change_settings(ctx, "UWV", originelen_bewaren=True)


@pytest.mark.usefixtures("met_originelen")
def test_contact_details_and_originals_go_after_their_periods_and_newer_ones_stay(
    ctx: Context, organisaties: dict[str, int], clock: FixedClock, engine: Engine
) -> None:
    _signal(ctx, organisaties, externeReferentie="eerst")
    clock.advance(days=100)
    _signal(ctx, organisaties, externeReferentie="later")
    assert run_retention(ctx).aantallen["UWV"] == {
        "contactgegevens": 0, "origineel": 1, "signaal": 0, "bericht": 0
    }  # fmt: skip
    assert (_count(engine, "origineel"), _count(engine, "contactgegevens")) == (1, 2)
    clock.advance(days=300)  # the first contact is 400 days old, the second 300
    assert run_retention(ctx).aantallen["UWV"]["contactgegevens"] == 1
    assert (_count(engine, "origineel"), _count(engine, "contactgegevens")) == (0, 1)
    assert _count(engine, "signaal") == 2


@pytest.mark.usefixtures("met_originelen")
def test_an_expired_signal_takes_everything_linked_to_it_along(
    ctx: Context, organisaties: dict[str, int], engine: Engine, settings: Settings
) -> None:
    oud = _signal(ctx, organisaties, externeReferentie="oud", ontvangenOp=OUD)
    nieuw = _signal(ctx, organisaties, externeReferentie="nieuw")
    with ctx.uow() as uow:
        queue_mail(ctx, uow, sleutel="m", organisatie="UWV", soort="t", aan="a@example.nl",
                   onderwerp="o", tekst="t", signaal_id=oud)  # fmt: skip
        uow.commit()
    rapport = run_retention(ctx)
    assert rapport.aantallen["UWV"]["signaal"] == 1
    actor = beheerder(organisaties["UWV"])
    gevonden, totaal = signaalbeheer.list_signalen(
        ctx, actor, SignaalFilter(zoek="toeslag"), Pagina()
    )
    assert [s.id for s in gevonden] == [nieuw] and totaal == 1
    for tabel in ("signaal", "signaal_thema", "origineel", "contactgegevens", "bericht"):
        assert _count(engine, tabel) == 1, tabel
    with engine.connect() as c:
        (over,) = c.execute(text("SELECT signaal_id FROM bericht")).scalars().all()
        assert uuid.UUID(str(over)) == nieuw  # the new signal's intake confirmation
        koppelingen = c.execute(text("SELECT DISTINCT signaal_id FROM signaal_pseudoniem")).all()
        assert [uuid.UUID(str(r[0])) for r in koppelingen] == [nieuw]
        if settings.is_sqlite:
            fts = c.execute(
                text("SELECT count(*) FROM signaal_fts WHERE signaal_fts MATCH 'toeslag'")
            )
            assert fts.scalar_one() == 1


@pytest.mark.usefixtures("met_originelen")
def test_dry_run_counts_what_a_run_deletes_and_deletes_nothing(
    ctx: Context, organisaties: dict[str, int], clock: FixedClock, engine: Engine
) -> None:
    _signal(ctx, organisaties, externeReferentie="oud", ontvangenOp=OUD)
    _signal(ctx, organisaties, externeReferentie="nieuw")
    clock.advance(days=366)
    voor = {
        t: _count(engine, t) for t in ("signaal", "contactgegevens", "origineel", "gebeurtenis")
    }
    proef = run_retention(ctx, dry_run=True)
    assert proef.dry_run and proef.aantallen["UWV"] == {
        "contactgegevens": 2, "origineel": 2, "signaal": 1, "bericht": 0
    }  # fmt: skip
    assert {t: _count(engine, t) for t in voor} == voor
    echt = run_retention(ctx)
    assert echt.aantallen["UWV"]["signaal"] == 1 and echt.aantallen["UWV"]["contactgegevens"] == 2
    assert _count(engine, "contactgegevens") == 0 and _count(engine, "signaal") == 1


def test_a_shortened_period_applies_to_what_is_already_stored(
    ctx: Context, organisaties: dict[str, int], clock: FixedClock, engine: Engine
) -> None:
    _signal(ctx, organisaties)
    privacyinstellingen.change_settings(ctx, "UWV", contact_dagen=10)
    clock.advance(days=11)
    assert run_retention(ctx, organisatie="UWV").aantallen == {
        "UWV": {"contactgegevens": 1, "origineel": 0, "signaal": 0, "bericht": 0}
    }
    assert _count(engine, "contactgegevens") == 0


def test_each_organisation_keeps_its_own_periods(
    ctx: Context, organisaties: dict[str, int], clock: FixedClock, engine: Engine
) -> None:
    _signal(ctx, organisaties)
    register(ctx, beheerder(organisaties["GEM-UTR"], "GEM-UTR"), contact=CONTACT)
    privacyinstellingen.change_settings(ctx, "GEM-UTR", contact_dagen=30)
    clock.advance(days=31)
    rapport = run_retention(ctx)
    assert rapport.aantallen["GEM-UTR"]["contactgegevens"] == 1
    assert rapport.aantallen["UWV"]["contactgegevens"] == 0
    assert _count(engine, "contactgegevens") == 1


def test_finished_outbox_messages_go_with_the_contact_period(
    ctx: Context, organisaties: dict[str, int], clock: FixedClock, engine: Engine
) -> None:
    signaal_id = _signal(ctx, organisaties)
    with ctx.uow() as uow:
        for sleutel in ("verzonden", "wachtend"):
            queue_mail(ctx, uow, sleutel=sleutel, organisatie="UWV", soort="t",
                       aan="a@example.nl", onderwerp="o", tekst="t", signaal_id=signaal_id)  # fmt: skip
        uow.commit()
    with engine.begin() as c:
        c.execute(text("UPDATE bericht SET status = 'verzonden' WHERE sleutel = 'verzonden'"))
    clock.advance(days=366)
    assert run_retention(ctx).aantallen["UWV"]["bericht"] == 1
    with engine.connect() as c:
        over = sorted(c.execute(text("SELECT sleutel FROM bericht")).scalars().all())
        assert over == [f"ontvangstbevestiging:{signaal_id}", "wachtend"]  # both still waiting


def test_retention_is_recorded_with_counts_and_no_personal_data(
    ctx: Context, organisaties: dict[str, int], engine: Engine
) -> None:
    _signal(ctx, organisaties, ontvangenOp=OUD)
    run_retention(ctx, actor="cli:beheer")
    g = gebeurtenis
    with engine.connect() as c:
        rijen = c.execute(
            select(g.c.actor, g.c.onderwerp_id, g.c.na)
            .where(g.c.actie == "bewaartermijn.verlopen-verwijderd")
            .order_by(g.c.id)
        ).all()
    assert [(r.actor, r.onderwerp_id, r.na) for r in rijen] == [
        ("cli:beheer", "UWV", {"soort": "signaal", "aantal": 1, "bewaardagen": 2557})
    ]


def test_an_expired_closed_signal_takes_its_feedback_and_messages_along(
    ctx: Context, organisaties: dict[str, int], engine: Engine
) -> None:
    actor = beheerder(organisaties["UWV"])
    oud = _signal(ctx, organisaties, externeReferentie="oud", ontvangenOp=OUD)
    signaalbeheer.change_status(ctx, actor, oud, Signaalstatus.GESLOTEN, "Afgehandeld")
    (concept,) = terugkoppelingen.list_terugkoppelingen(ctx, actor)
    assert terugkoppelingen.approve(ctx, actor, concept.id)[1] == 1
    assert (_count(engine, "terugkoppeling"), _count(engine, "bericht")) == (1, 2)
    assert run_retention(ctx).aantallen["UWV"]["signaal"] == 1
    assert (_count(engine, "terugkoppeling"), _count(engine, "bericht")) == (0, 0)
