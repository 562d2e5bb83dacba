# SPDX-License-Identifier: EUPL-1.2
"""The background task of ``hartslag serve``: escalation, agenda reminders, e-mail and
exchange-event delivery, every ``HARTSLAG_SCHEDULER_INTERVAL_SECONDS``; and, when it is due, the
periodic analysis (``HARTSLAG_ANALYSIS_INTERVAL_HOURS``)."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from datetime import datetime, timedelta
from multiprocessing import get_context

from hartslag.adapters.uitwisseling.webhook import HttpAfleveraar
from hartslag.config import Settings
from hartslag.services import berichten, bezorging, herinneringen, opschaling
from hartslag.services.analyseren import analysis_due, run_analysis
from hartslag.services.context import Context
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

    return run_analysis(bootstrap(settings, clock=_ClockFrom(now)), "planner").patronen


class Planner:
    def __init__(
        self, ctx: Context, mailer: Mailer | None, interval: float, analyse: Stap | None = None
    ) -> None:
        self.ctx, self.mailer, self.interval, self.analyse = ctx, mailer, interval, analyse
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, name="hartslag-planner", daemon=True)

    def _loop(self) -> None:
        while not self._stop.wait(self.interval):
            run_once(self.ctx, self.mailer, self.analyse)

    def start(self) -> None:
        if self.interval > 0:
            self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(5)
