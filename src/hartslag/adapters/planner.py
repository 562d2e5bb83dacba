# SPDX-License-Identifier: EUPL-1.2
"""The background task of ``hartslag serve``: escalation and outbox delivery, every
``HARTSLAG_SCHEDULER_INTERVAL_SECONDS``."""

from __future__ import annotations

import logging
import threading

from hartslag.services import berichten, opschaling
from hartslag.services.context import Context
from hartslag.services.poorten import Mailer

log = logging.getLogger("hartslag.planner")


def run_once(ctx: Context, mailer: Mailer | None) -> None:
    try:
        opschaling.escalate(ctx)
        if mailer is not None:
            berichten.deliver(ctx, mailer)
    except Exception as exc:  # keep the loop alive; the next round retries
        log.error("planner: %s", type(exc).__name__)


class Planner:
    def __init__(self, ctx: Context, mailer: Mailer | None, interval: float) -> None:
        self.ctx, self.mailer, self.interval = ctx, mailer, interval
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, name="hartslag-planner", daemon=True)

    def _loop(self) -> None:
        while not self._stop.wait(self.interval):
            run_once(self.ctx, self.mailer)

    def start(self) -> None:
        if self.interval > 0:
            self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(5)
