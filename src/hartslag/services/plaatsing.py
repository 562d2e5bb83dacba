# SPDX-License-Identifier: EUPL-1.2
"""Placing new signals in their pattern, apart from the intake (issue 12).

Placing a signal (`vergelijkbaar.assign_new`) needs numpy, SciPy and scikit-learn, some
150 MB a process. The web workers of ``hartslag serve`` therefore do not place what they
register: the planner looks every few seconds for signals registered since its last look
that have no vector yet, and has them placed by one process that carries the numerics
(`adapters.planner.Plaatser`). Nothing is written on the intake's path for this: a signal
without a vector is one still to place. The CLI and the tests place at once, after the
commit (`services.handlers`).

Best effort, as every follow-up: a signal the look misses (a transaction that ran longer
than ``MARGE``, a planner that was down for more than ``TERUG_BIJ_START``) is placed by
the next analysis run, which places every signal.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime, timedelta

from hartslag.services.context import Context

TERUG_BIJ_START = timedelta(days=1)  # how far back the first look goes
MARGE = timedelta(seconds=60)  # a registration's time is taken before its commit
PER_KEER = 500  # signals per placing call (and per follow-up transaction)
HOOGSTENS = 20  # calls per look: a look ends, whatever arrives meanwhile


class Plaatsing:
    """Finds signals still to place and hands them to ``plaats`` (a batch of ids, in
    another process or here), look after look."""

    def __init__(self, ctx: Context, plaats: Callable[[list[uuid.UUID]], object]) -> None:
        self._ctx, self._plaats = ctx, plaats
        self.vanaf: datetime | None = None

    def look(self) -> int:
        """One look: how many signals were handed over."""
        begin = self._ctx.clock.now()
        vanaf = self.vanaf or begin - TERUG_BIJ_START
        gezien: set[uuid.UUID] = set()
        for _ in range(HOOGSTENS):
            with self._ctx.uow(schrijven=False) as uow:
                rijen = uow.analyses.unplaced_since(vanaf, PER_KEER)
            nieuw = [i for i, _ in rijen if i not in gezien]
            if nieuw:
                self._plaats(nieuw)
                gezien.update(nieuw)
            if len(rijen) < PER_KEER or not nieuw:
                self.vanaf = begin - MARGE
                break
            vanaf = rijen[-1][1]  # the next page (a signal it cannot place is not retried)
        else:
            self.vanaf = vanaf  # more than one look's worth: the next look goes on here
        return len(gezien)
