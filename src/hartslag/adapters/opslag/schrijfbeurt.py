# SPDX-License-Identifier: EUPL-1.2
"""The turn to write to one SQLite database, shared by every process that writes to it.

SQLite lets one writer in at a time. A writer that finds the lock taken sleeps in its busy
handler for 1, 2, 5, 10, … up to 100 ms before it looks again, so with two server workers
the lock often stands free while the other worker's writer sleeps: under load the machine
idled a third of the time and the intake answered 503 (issue 12). Here a writer first takes
an advisory lock on a file next to the database (``<database>-schrijfbeurt``) and looks
again every 0.1 to 1 ms while it waits; once it has its turn, SQLite's own lock is free.

Only a courtesy between cooperating writers: SQLite's lock stays the guarantee, and a
process that does not take the turn (an old version, the ``sqlite3`` shell) only waits
the old way. The lock is released when its process ends, however it ends."""

from __future__ import annotations

import fcntl
import os
import time

EERSTE_PAUZE = 0.0001  # seconds between looks while waiting: doubling up to the last
LANGSTE_PAUZE = 0.001


class Schrijfbeurt:
    def __init__(self, database: str) -> None:
        self.pad = f"{database}-schrijfbeurt"
        self._fd: int | None = None
        self._pid = 0

    def _bestand(self) -> int:
        # One open file per process: a forked worker must not share its parent's, or the
        # two would hold the lock together.
        if self._fd is None or self._pid != os.getpid():
            self._fd = os.open(self.pad, os.O_RDWR | os.O_CREAT, 0o600)
            self._pid = os.getpid()
        return self._fd

    def neem(self, timeout: float) -> None:
        """Wait for the turn, at most ``timeout`` seconds (then ``TimeoutError``)."""
        fd, einde, pauze = self._bestand(), time.monotonic() + timeout, EERSTE_PAUZE
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                return
            except BlockingIOError:
                if time.monotonic() >= einde:
                    raise TimeoutError(
                        "database is locked: een ander proces schrijft al te lang"
                    ) from None
                time.sleep(pauze)
                pauze = min(pauze * 2, LANGSTE_PAUZE)

    def geef(self) -> None:
        if self._fd is not None and self._pid == os.getpid():
            fcntl.flock(self._fd, fcntl.LOCK_UN)


def voor(database: str | None) -> Schrijfbeurt | None:
    """The turn for a SQLite file; none for an in-memory database."""
    if not database or database == ":memory:" or database.startswith("file::memory:"):
        return None
    return Schrijfbeurt(database)
