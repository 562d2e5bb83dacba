# SPDX-License-Identifier: EUPL-1.2
"""The geometry of the server-rendered SVG charts; ``templates/_grafieken.html`` draws it
with presentation attributes and CSS classes (the CSP allows no inline style). Each chart
shows one series in one colour, with its figures written next to the marks, so nothing
depends on telling colours apart."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

LABEL_TEKENS = 48  # longer labels are shortened in the chart; the table holds them whole


def kort(tekst: str, tekens: int = LABEL_TEKENS) -> str:
    return tekst if len(tekst) <= tekens else tekst[: tekens - 1].rstrip() + "…"


BALKRUIMTE = 70.0  # the longest bar's share of the width (%); its value follows it


@dataclass(frozen=True)
class Balk:
    label: str
    tekst: str  # the value as shown after the bar
    y: float  # top of the row: the label's line, the bar below it
    procent: float  # the bar's length as a share of the chart's width


@dataclass(frozen=True)
class Balkdiagram:
    """Horizontal bars, each under its label, the value after the bar. Lengths are shares
    of the width and text keeps its size, so it reads on a phone as on a desk."""

    hoogte: int
    balken: list[Balk]
    rij: int = 46  # height of one row (label line and bar)
    balkhoogte: int = 16


def balkdiagram(
    rijen: Sequence[tuple[str, float, str]], *, maximum: float | None = None
) -> Balkdiagram:
    """``rijen``: (label, value, value as text); ``maximum``: the scale's end (e.g. 100%)."""
    hoogste = maximum or max((w for _, w, _ in rijen), default=0) or 1
    balken = [
        Balk(kort(label), tekst, i * 46, max(0.0, waarde) / hoogste * BALKRUIMTE)
        for i, (label, waarde, tekst) in enumerate(rijen)
    ]
    return Balkdiagram(len(rijen) * 46 + 4, balken)


@dataclass(frozen=True)
class Kolom:
    x: float
    y: float
    breedte: float
    hoogte: float
    waarde: int
    week: date


@dataclass(frozen=True)
class Paneel:
    """One value's weekly counts (a small multiple); every panel shares the scale."""

    label: str
    totaal: int
    hoogste: int
    kolommen: list[Kolom]
    breedte: int
    hoogte: int
    basis: float
    eerste: date
    laatste: date


def panelen(
    weken: Sequence[date], reeksen: Sequence[tuple[str, Sequence[int]]], schaal: int | None = None
) -> list[Paneel]:
    """Small multiples of weekly columns; ``schaal`` defaults to the highest week of all."""
    breedte, hoogte, boven, onder = 300, 90, 6, 4
    hoogste = schaal or max((max(r, default=0) for _, r in reeksen), default=0) or 1
    plot = hoogte - boven - onder
    stap = (breedte - 8) / max(1, len(weken))
    result = []
    for label, reeks in reeksen:
        kolommen = []
        for i, (week, waarde) in enumerate(zip(weken, reeks, strict=True)):
            h = waarde / hoogste * plot
            kolommen.append(
                Kolom(4 + i * stap, boven + plot - h, max(1.0, stap - 2), h, waarde, week)
            )
        result.append(
            Paneel(
                label,
                sum(reeks),
                max(reeks, default=0),
                kolommen,
                breedte,
                hoogte,
                boven + plot,
                weken[0],
                weken[-1],
            )
        )
    return result


@dataclass(frozen=True)
class Sparkline:
    punten: str  # the polyline's points
    laatste_x: float
    laatste_y: float
    breedte: int
    hoogte: int
    hoogste: int
    laatste: int


def sparkline(reeks: Sequence[int], breedte: int = 140, hoogte: int = 32) -> Sparkline:
    hoogste = max(reeks, default=0) or 1
    stap = (breedte - 6) / max(1, len(reeks) - 1)
    xy = [(3 + i * stap, hoogte - 3 - w / hoogste * (hoogte - 6)) for i, w in enumerate(reeks)]
    xy = xy or [(3.0, hoogte - 3.0)]
    punten = " ".join(f"{x:.1f},{y:.1f}" for x, y in xy)
    return Sparkline(
        punten,
        xy[-1][0],
        xy[-1][1],
        breedte,
        hoogte,
        max(reeks, default=0),
        reeks[-1] if reeks else 0,
    )


@dataclass(frozen=True)
class Bandrij:
    """An early warning: this week's count (bar), the expected count (a line) and the
    normal range (a hatched band), as shares of the chart's width."""

    label: str
    y: float
    band_x: float
    band_breedte: float
    verwacht_x: float
    procent: float
    tekst_x: float
    tekst: str


@dataclass(frozen=True)
class Banddiagram:
    hoogte: int
    rijen: list[Bandrij]
    rij: int = 52


def banddiagram(rijen: Sequence[tuple[str, int, float, int, int, str]]) -> Banddiagram:
    """``rijen``: (label, observed, expected, lower bound, upper bound, text)."""
    hoogste = max((max(w, boven) for _, w, _, _, boven, _ in rijen), default=0) or 1

    def x(waarde: float) -> float:
        return waarde / hoogste * BALKRUIMTE

    result = [
        Bandrij(
            kort(label),
            i * 52,
            x(onder),
            x(boven) - x(onder),
            x(verwacht),
            x(waargenomen),
            max(x(waargenomen), x(boven)),
            tekst,
        )
        for i, (label, waargenomen, verwacht, onder, boven, tekst) in enumerate(rijen)
    ]
    return Banddiagram(len(rijen) * 52 + 4, result)
