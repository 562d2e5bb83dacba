# SPDX-License-Identifier: EUPL-1.2
"""Every alert explains itself in plain Dutch:
"43 signalen deze week, verwacht 12 (8–17); sinds 3 november stijgend; vooral via
telefoon; 3 organisaties." """

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

MAANDEN = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)


def datum(d: date) -> str:
    return f"{d.day} {MAANDEN[d.month - 1]}"


def aantal(n: int, enkelvoud: str, meervoud: str) -> str:
    return f"{n} {enkelvoud if n == 1 else meervoud}"


def _periode(venster: int) -> str:
    return "deze week" if venster == 7 else f"in de laatste {venster} dagen"


def _kanalen(kanalen: Mapping[str, int]) -> str | None:
    """ "vooral via X" only when X really dominates: it carries at least half of the
    signals, or two channels together carry at least two thirds and each of them at
    least a quarter. An even spread (ten channels at 10%) names no channel."""
    totaal = sum(kanalen.values())
    if not totaal:
        return None
    geordend = sorted(kanalen.items(), key=lambda kv: (-kv[1], kv[0]))
    (eerste, n), *rest = geordend
    if n / totaal >= 0.5:
        return f"vooral via {eerste}"
    if rest and rest[0][1] / totaal >= 0.25 and (n + rest[0][1]) / totaal >= 2 / 3:
        return f"vooral via {eerste} en {rest[0][0]}"
    return None


def explain(
    *,
    waargenomen: int,
    verwacht: float,
    ondergrens: int,
    bovengrens: int,
    venster: int = 7,
    begin: date | None = None,
    kanalen: Mapping[str, int] | None = None,
    organisaties: int = 1,
    nieuw_patroon: bool = False,
) -> str:
    if nieuw_patroon:
        delen = [
            f"Nieuw patroon: {aantal(waargenomen, 'signaal', 'signalen')}"
            + (f" sinds {datum(begin)}" if begin else "")
        ]
    else:
        delen = [
            f"{aantal(waargenomen, 'signaal', 'signalen')} {_periode(venster)}, "
            f"verwacht {round(verwacht)} ({ondergrens}–{bovengrens})"
        ]
        if begin is not None:
            delen.append(f"sinds {datum(begin)} stijgend")
    kanaal = _kanalen(kanalen or {})
    if kanaal:
        delen.append(kanaal)
    delen.append(aantal(organisaties, "organisatie", "organisaties"))
    return "; ".join(delen) + "."
