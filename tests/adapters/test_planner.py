# SPDX-License-Identifier: EUPL-1.2
"""One tick of ``serve``'s scheduler, without sleeping: a stalled bottleneck is escalated,
a reminder goes out before an agenda deadline, and the outbox delivers both to a real
local SMTP server, once."""

from __future__ import annotations

import logging
from datetime import timedelta

import pytest

from hartslag.adapters.mail.smtp import SmtpMailer
from hartslag.adapters.planner import periodic_analysis, run_once
from hartslag.config import Settings
from hartslag.domein.actor import Actor
from hartslag.domein.opschaling import Lid, Opschalingsniveau, Opschalingsroute
from hartslag.domein.patroon import NETWERK
from hartslag.domein.vocabulaire import Rol
from hartslag.services import agendering, knelpunten, opschaling
from hartslag.services.agendering import NieuwMoment
from hartslag.services.analyseren import analysis_due
from hartslag.services.context import Context
from hartslag.services.knelpunten import NieuwKnelpunt
from tests.adapters.mail.test_outbox import Inbox, free_port, start
from tests.conftest import FixedClock
from tests.services.analysedata import actor, store


def _prepare(ctx: Context, clock: FixedClock, organisaties: dict[str, int]) -> None:
    a = Actor(organisaties["UWV"], "UWV", Rol.BEHEERDER, "tester")
    opschaling.set_route(
        ctx,
        a,
        Opschalingsroute(
            "UWV",
            (
                Opschalingsniveau("team", 10),
                Opschalingsniveau("management", 10, (Lid("MT", "mt@uwv.example"),)),
                Opschalingsniveau("bestuur", 0),
            ),
        ),
    )
    knelpunten.create_knelpunt(ctx, a, NieuwKnelpunt("ligt stil", "niemand pakt het op"))
    gericht = knelpunten.create_knelpunt(ctx, a, NieuwKnelpunt("voor de brief", "o"))
    vandaag = clock.now().date()
    m = agendering.create_moment(
        ctx,
        a,
        NieuwMoment(
            "Voorjaarsnota",
            vandaag + timedelta(days=60),
            vandaag + timedelta(days=20),
            emailadressen=("coordinator@uwv.example",),
        ),
    )
    clock.advance(days=10)
    agendering.target(ctx, a, gericht.id, m.id, "voor de Voorjaarsnota")


def test_one_tick_escalates_reminds_and_delivers_each_mail_once(
    ctx: Context, clock: FixedClock, organisaties: dict[str, int]
) -> None:
    _prepare(ctx, clock, organisaties)
    inbox, port = Inbox(), free_port()
    controller = start(inbox, port)
    try:
        mailer = SmtpMailer("127.0.0.1", port, "hartslag@uwv.example")
        run_once(ctx, mailer)
        run_once(ctx, mailer)  # nothing new is due: nothing is sent twice
    finally:
        controller.stop()
    ontvangen = sorted((m["To"], " ".join(m["Subject"].split())) for m in inbox.berichten)
    assert ontvangen == [
        (
            "coordinator@uwv.example",
            "Herinnering: 'voor de brief' indienen voor Voorjaarsnota uiterlijk 22-03-2026",
        ),
        ("mt@uwv.example", "Knelpunt opgeschaald naar management: ligt stil"),
    ]
    with ctx.uow(schrijven=False) as uow:
        assert {b.status for b in uow.berichten.list("UWV", None)} == {"verzonden"}


def test_a_failing_step_does_not_stop_the_others(
    ctx: Context,
    clock: FixedClock,
    organisaties: dict[str, int],
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    _prepare(ctx, clock, organisaties)

    def kapot(*args: object, **kwargs: object) -> None:
        raise RuntimeError("database weg")

    monkeypatch.setattr(opschaling, "escalate", kapot)
    with caplog.at_level(logging.ERROR, logger="hartslag.planner"):
        run_once(ctx, None)
    assert "planner opschaling: RuntimeError" in caplog.text
    with ctx.uow(schrijven=False) as uow:
        assert [b.soort for b in uow.berichten.list("UWV", None)] == ["herinnering"]


def test_the_periodic_analysis_runs_in_a_child_process_only_when_due(
    ctx: Context, clock: FixedClock, organisaties: dict[str, int], settings: Settings
) -> None:
    uwv = actor(organisaties, "UWV")
    store(ctx, uwv, "ww", 24, dagen=50)  # all received before the clock's today
    stap = periodic_analysis(ctx, settings)
    assert stap is not None
    run_once(ctx, None, stap)
    with ctx.uow(schrijven=False) as uow:
        run = uow.analyses.latest_run(NETWERK)
    assert run is not None and run.gestart_door == "planner" and run.aantal_signalen == 24
    # dated as the planner saw it, running on from there
    assert clock.now() <= run.gestart_op < clock.now() + timedelta(minutes=5)
    clock.advance(hours=25)
    assert stap() is None  # a day later, but no signal arrived since the run
    store(ctx, uwv, "ww", 1, seed=7, dagen=50)
    assert not analysis_due(ctx, timedelta(hours=26))  # one arrived, but the run is recent
    assert analysis_due(ctx, timedelta(hours=24))
    assert (
        periodic_analysis(ctx, settings.model_copy(update={"analysis_interval_hours": 0})) is None
    )
