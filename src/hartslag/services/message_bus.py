# SPDX-License-Identifier: EUPL-1.2
"""Effects follow the commit: the unit of work hands the events of a committed transaction
to this bus, which runs their handlers (`services.handlers`) after the commit and off the
caller's path, for every channel that records them (API, web form, import).

In the background (``hartslag serve``, the CLI) one thread per process takes what is
queued, a batch at a time, so a burst of intake costs one follow-up transaction per batch
rather than one per request. Handlers are best effort: a failure is logged (by type only)
and the work is left to whatever repairs it anyway (the next analysis run places every
signal). Events of a process that stops before handling them are lost the same way.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING

from hartslag.domein.events import Event

if TYPE_CHECKING:
    from hartslag.services.context import Context

log = logging.getLogger("hartslag.nawerk")

Handler = Callable[["Context", list[Event]], object]


class MessageBus:
    def __init__(
        self,
        handlers: Mapping[type[Event], Sequence[Handler]],
        *,
        background: bool = True,
        batch: int = 500,
    ) -> None:
        self._handlers = handlers
        self._background = background
        self._batch = batch
        self._ctx: Context | None = None
        self._queue: queue.Queue[Event] = queue.Queue()
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None

    def bind(self, ctx: Context) -> None:
        """The context the handlers run with (the one the bus's unit of work belongs to)."""
        self._ctx = ctx

    def publish(self, events: Sequence[Event]) -> None:
        """Called by the unit of work once its transaction committed. An event no handler
        wants (a web worker's `SignaalGeregistreerd`: the planner places those) is dropped
        here, without waking a thread."""
        events = [e for e in events if self._handlers.get(type(e))]
        if not events:
            return
        if not self._background:
            self._handle(list(events))
            return
        for event in events:
            self._queue.put(event)
        self._ensure_thread()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until everything published so far was handled (or ``timeout`` passed);
        whether it was."""
        einde = None if timeout is None else time.monotonic() + timeout
        with self._queue.all_tasks_done:
            while self._queue.unfinished_tasks:
                rest = None if einde is None else einde - time.monotonic()
                if rest is not None and rest <= 0:
                    return False
                self._queue.all_tasks_done.wait(rest)
        return True

    def _ensure_thread(self) -> None:
        # Started on first use, so that each worker process gets its own thread.
        with self._lock:
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(
                    target=self._loop, name="hartslag-nawerk", daemon=True
                )
                self._thread.start()

    def _loop(self) -> None:
        while True:
            batch = [self._queue.get()]
            while len(batch) < self._batch:
                try:
                    batch.append(self._queue.get_nowait())
                except queue.Empty:
                    break
            try:
                self._handle(batch)
            finally:
                for _ in batch:
                    self._queue.task_done()

    def _handle(self, events: list[Event]) -> None:
        if self._ctx is None:
            raise RuntimeError("MessageBus.bind() was not called")
        per_soort: dict[type[Event], list[Event]] = defaultdict(list)
        for event in events:
            per_soort[type(event)].append(event)
        for soort, lijst in per_soort.items():
            for handler in self._handlers.get(soort, ()):
                try:
                    handler(self._ctx, lijst)
                except Exception as exc:  # best effort: see the module's docstring
                    log.warning(
                        "nawerk %s mislukt: %s",
                        getattr(handler, "__name__", ""),
                        type(exc).__name__,
                    )
