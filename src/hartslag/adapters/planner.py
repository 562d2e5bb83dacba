# SPDX-License-Identifier: EUPL-1.2
"""The background task of ``hartslag serve``: escalation, agenda reminders and outbox
delivery, every ``HARTSLAG_SCHEDULER_INTERVAL_SECONDS``."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from hartslag.services import berichten, herinneringen, opschaling
from hartslag.services.context import Context
from hartslag.services.poorten import Mailer

log = logging.getLogger("hartslag.planner")


def run_once(ctx: Context, mailer: Mailer | None) -> None:
    """One tick: escalate, remind, then deliver what those queued. A failing step does not
    stop the others; the next tick retries it."""
    stappen: list[tuple[str, Callable[[], object]]] = [
        ("opschaling", lambda: opschaling.escalate(ctx)),
        ("herinneringen", lambda: herinneringen.send_reminders(ctx)),
    ]
    if mailer is not None:
        stappen.append(("bezorging", lambda: berichten.deliver(ctx, mailer)))
    for naam, stap in stappen:
        try:
            stap()
        except Exception as exc:  # keep the loop alive
            log.error("planner %s: %s", naam, type(exc).__name__)


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
