# SPDX-License-Identifier: EUPL-1.2
"""Dutch full-text search on SQLite, stemmed as PostgreSQL's ``dutch`` configuration does:
"uitkeringen" finds "uitkering". SQLite's FTS5 has no Dutch stemmer, so the words of a
signal's title and text are stemmed here into ``signaal_zoektekst``, which the FTS5 index
is built from. The stemmer is Snowball's ``dutch_porter``, the algorithm of PostgreSQL's
``dutch`` configuration, so both databases find the same forms (Snowball's newer ``dutch``
strips "ge-" and puts "gemeente" with "menen"). A query is stemmed the same way, without
stop words, and every word must occur (as ``websearch_to_tsquery``).

The stemming runs inside SQLite as the function ``nl_stammen``, registered on every
connection Hartslag opens (``register``), so that the triggers keep the index right for
every change of a signal's text, erasure included. Another tool that changes ``signaal``
must register it too.
"""

from __future__ import annotations

import re
import threading
from functools import lru_cache
from typing import Any

import snowballstemmer

from hartslag.analyse.tekst import STOPWOORDEN

_WOORD = re.compile(r"\w+", re.UNICODE)
_lokaal = threading.local()  # a Snowball stemmer object is not thread-safe


def _stemmer() -> Any:
    stemmer = getattr(_lokaal, "stemmer", None)
    if stemmer is None:
        stemmer = _lokaal.stemmer = snowballstemmer.stemmer("dutch_porter")
    return stemmer


@lru_cache(maxsize=100_000)
def _stam(woord: str) -> str:
    return woord if not woord.isalpha() else str(_stemmer().stemWord(woord))


def stems(tekst: str | None) -> str:
    """The stemmed words of ``tekst``, space-separated (digits and codes as written)."""
    return " ".join(_stam(w) for w in _WOORD.findall((tekst or "").lower()))


def fts5_query(zoek: str) -> str:
    """A user's words as an FTS5 query: each stemmed, stop words left out, all required,
    no FTS syntax. Empty when nothing is left to search for (which matches nothing)."""
    woorden = [w for w in _WOORD.findall(zoek.lower()) if w not in STOPWOORDEN]
    return " ".join(f'"{_stam(w)}"' for w in woorden)


def register(dbapi_connection: Any) -> None:
    dbapi_connection.create_function("nl_stammen", 1, stems, deterministic=True)
