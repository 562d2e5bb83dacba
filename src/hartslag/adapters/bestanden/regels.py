# SPDX-License-Identifier: EUPL-1.2
"""Physical lines of a text or binary file, read with a bound: a line longer than the
bound is skipped in chunks (never held whole) and stands as one marker line, which the
reader reports as a bad row."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from typing import IO, AnyStr, Final

TE_LANG: Final = "\ue000hartslag:regel-te-lang\ue000"  # private-use characters: no real cell


def _ends_line(line: str | bytes) -> bool:
    return line[-1:] in ("\n", "\r", b"\n", b"\r")


def bounded_lines(handle: IO[AnyStr], grens: int) -> Iterator[AnyStr]:
    """The lines of ``handle``, each at most ``grens`` characters (or bytes); a longer
    one is read past in chunks and yielded as the line ``TE_LANG``."""
    marker = TE_LANG + "\n"
    while line := handle.readline(grens):
        if len(line) < grens or _ends_line(line):
            yield line
            continue
        while (rest := handle.readline(grens)) and not _ends_line(rest):
            pass
        yield marker.encode() if isinstance(line, bytes) else marker


def raise_field_limit(grens: int) -> None:
    """Let the csv module read fields up to ``grens`` characters (it refuses larger
    ones); the limit is the module's global, and is only ever raised."""
    if csv.field_size_limit() < grens:
        csv.field_size_limit(grens)
