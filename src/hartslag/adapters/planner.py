# SPDX-License-Identifier: EUPL-1.2
"""The background task of ``hartslag serve``: escalation, agenda reminders, e-mail and
exchange-event delivery, every ``HARTSLAG_SCHEDULER_INTERVAL_SECONDS``; and, when it is due, the
periodic analysis (``HARTSLAG_ANALYSIS_INTERVAL_HOURS``). Apart from those, every few
seconds, placing new signals in their pattern (`Plaatser`)."""

from __future__ import annotations

import logging
import threading
import time
import uuid
from collections.abc import Callable
from concurrent.futures import Executor, ProcessPoolExecutor
from datetime import datetime, timedelta
from multiprocessing import get_context

from hartslag.adapters.uitwisseling.webhook import HttpAfleveraar
from hartslag.config import Settings
from hartslag.services import berichten, bezorging, herinneringen, opschaling
from hartslag.services.analyseren import analysis_due
from hartslag.services.context import Context
from hartslag.services.plaatsing import Plaatsing
from hartslag.services.poorten import Mailer

log = logging.getLogger("hartslag.planner")


Stap = Callable[[], object]


def run_once(ctx: Context, mailer: Mailer | None, analyse: Stap | None = None) -> None:
    """One tick: escalate, remind, then deliver what those queued, then the analysis when
    it is due. A failing step does not stop the others; the next tick retries it."""
    stappen: list[tuple[str, Stap]] = [
        ("opschaling", lambda: opschaling.escalate(ctx)),
        ("herinneringen", lambda: herinneringen.send_reminders(ctx)),
    ]
    if mailer is not None:
        stappen.append(("bezorging", lambda: berichten.deliver(ctx, mailer)))
    stappen.append(("uitwisseling", lambda: deliver_events(ctx)))
    if analyse is not None:
        stappen.append(("analyse", analyse))
    for naam, stap in stappen:
        try:
            stap()
        except Exception as exc:  # keep the loop alive
            log.error("planner %s: %s", naam, type(exc).__name__)


def deliver_events(ctx: Context) -> bezorging.Afleverresultaat:
    """Deliver the exchange outbox to partners' webhooks (docs/uitwisseling.md)."""
    afleveraar = HttpAfleveraar()
    try:
        return bezorging.deliver_due(ctx, afleveraar)
    finally:
        afleveraar.close()


def periodic_analysis(ctx: Context, settings: Settings) -> Stap | None:
    """The planner's analysis step: when due (``analysis_due``), one run of all
    organisations together, as ``hartslag analyse`` does it, in a child process, so the
    API keeps answering and the run's memory is given back when it ends."""
    if settings.analysis_interval_hours == 0:
        return None
    interval = timedelta(hours=settings.analysis_interval_hours)

    def stap() -> int | None:
        if not analysis_due(ctx, interval):
            return None
        with ProcessPoolExecutor(1, mp_context=get_context("spawn")) as pool:
            patronen = pool.submit(_analyse, settings, ctx.clock.now()).result()
        log.info("planner analyse: %d patronen", patronen)
        return patronen

    return stap


class _ClockFrom:
    """The planner's time, running on in the child: the run is dated as the planner saw it."""

    def __init__(self, start: datetime) -> None:
        self.start, self.begin = start, time.monotonic()

    def now(self) -> datetime:
        return self.start + timedelta(seconds=time.monotonic() - self.begin)


def _analyse(settings: Settings, now: datetime) -> int:
    from hartslag.bootstrap import bootstrap  # in the child process only
    from hartslag.services.analyseren import run_analysis

    return run_analysis(bootstrap(settings, clock=_ClockFrom(now)), "planner").patronen


_KIND: Context | None = None  # the context of the placing child process


def _kind_start(settings: Settings) -> None:
    global _KIND
    from hartslag.bootstrap import bootstrap  # in the child process only

    _KIND = bootstrap(settings, follow_up_in_background=False)


def _kind_plaats(ids: list[uuid.UUID]) -> int:
    from hartslag.services.vergelijkbaar import assign_new  # numpy, scikit-learn: here only

    assert _KIND is not None
    return assign_new(_KIND, ids)


class Plaatser:
    """Places new signals in their pattern (`services.plaatsing`) every ``interval``
    seconds. The placing runs in a child process that is started when there is something
    to place and stopped after ``rust`` seconds without: the server's other processes never
    load the numerics, and an idle server carries none of it."""

    def __init__(
        self,
        ctx: Context,
        nieuwe_uitvoerder: Callable[[], Executor],
        plaats: Callable[[list[uuid.UUID]], int],
        interval: float = 2.0,
        rust: float = 120.0,
    ) -> None:
        self._nieuw, self._plaats = nieuwe_uitvoerder, plaats
        self.interval, self.rust = interval, rust
        self._uitvoerder: Executor | None = None
        self._laatst = 0.0
        self.plaatsing = Plaatsing(ctx, self._in_uitvoerder)

    @classmethod
    def in_child_process(cls, ctx: Context, settings: Settings) -> Plaatser:
        def nieuw() -> Executor:
            return ProcessPoolExecutor(
                1, mp_context=get_context("spawn"), initializer=_kind_start, initargs=(settings,)
            )

        return cls(ctx, nieuw, _kind_plaats)

    def _in_uitvoerder(self, ids: list[uuid.UUID]) -> int:
        if self._uitvoerder is None:
            self._uitvoerder = self._nieuw()
        self._laatst = time.monotonic()
        return self._uitvoerder.submit(self._plaats, ids).result()

    def tick(self) -> None:
        try:
            self.plaatsing.look()
        except Exception as exc:  # keep the loop alive; the next look retries
            log.error("planner plaatsing: %s", type(exc).__name__)
            self.close()  # a broken child is replaced on the next look
        if self._uitvoerder is not None and time.monotonic() - self._laatst > self.rust:
            self.close()

    def close(self) -> None:
        if self._uitvoerder is not None:
            self._uitvoerder.shutdown()
            self._uitvoerder = None


class Planner:
    def __init__(
        self,
        ctx: Context,
        mailer: Mailer | None,
        interval: float,
        analyse: Stap | None = None,
        *,
        plaatser: Plaatser | None = None,
    ) -> None:
        self.ctx, self.mailer, self.interval, self.analyse = ctx, mailer, interval, analyse
        self.plaatser = plaatser
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, name="hartslag-planner", daemon=True)
        self._plaatsdraad = threading.Thread(
            target=self._plaats_loop, name="hartslag-plaatsing", daemon=True
        )

    def _plaats_loop(self) -> None:
        assert self.plaatser is not None
        try:
            while not self._stop.wait(self.plaatser.interval):
                self.plaatser.tick()
        finally:
            self.plaatser.close()

    def _loop(self) -> None:
        while not self._stop.wait(self.interval):
            run_once(self.ctx, self.mailer, self.analyse)

    def start(self) -> None:
        if self.interval > 0:
            self._thread.start()
        if self.plaatser is not None and self.plaatser.interval > 0:
            self._plaatsdraad.start()

    def stop(self) -> None:
        self._stop.set()
        for draad in (self._thread, self._plaatsdraad):
            if draad.is_alive():
                draad.join(5)
