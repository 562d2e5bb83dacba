# SPDX-License-Identifier: EUPL-1.2
"""Jinja2 templates: one environment per language (gettext installed), with the filters the
pages share (dates, numbers in the language's notation)."""

from __future__ import annotations

from datetime import date, datetime
from functools import cache, lru_cache
from pathlib import Path
from zoneinfo import ZoneInfo

from babel.core import Locale
from babel.dates import format_date, format_datetime
from babel.numbers import format_decimal, format_percent
from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from hartslag import __version__
from hartslag.adapters.web import i18n
from hartslag.adapters.web.labels import label

SJABLONEN = Path(__file__).parent / "templates"
TIJDZONE = ZoneInfo("Europe/Amsterdam")


def static(pad: str) -> str:
    """A static file's URL; the version busts caches after an upgrade."""
    return f"/static/{pad}?v={__version__}"


@cache
def environment(taal: str) -> Environment:
    env = Environment(
        loader=FileSystemLoader(SJABLONEN),
        autoescape=select_autoescape(["html", "svg"]),
        undefined=StrictUndefined,
        extensions=["jinja2.ext.i18n"],
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.install_gettext_translations(i18n.translations(taal), newstyle=True)  # type: ignore[attr-defined]
    env.globals["static"] = static
    env.globals["taal"] = taal
    vertaling = i18n.translations(taal)
    env.filters["label"] = lambda waarde, soort: vertaling.gettext(label(waarde, soort))
    env.filters["datum"] = lambda d: _datum(d, taal)
    env.filters["datumtijd"] = lambda d: _datumtijd(d, taal)
    taalinfo = Locale.parse(taal)
    env.filters["getal"] = lambda n: _getal(n, taalinfo)
    env.filters["procent"] = lambda n: format_percent(n, locale=taalinfo)
    return env


def _getal(n: float, taal: Locale) -> str:
    """A number in the language's notation; whole numbers without Babel's slow path (a
    dashboard shows hundreds of them)."""
    if isinstance(n, int):
        return f"{n:,}".replace(",", taal.number_symbols["latn"]["group"])
    return format_decimal(n, locale=taal)


def _datum(waarde: date | datetime | None, taal: str) -> str:
    if waarde is None:
        return "–"
    if isinstance(waarde, datetime):
        waarde = waarde.astimezone(TIJDZONE).date()
    return _dag(waarde, taal)


@lru_cache(maxsize=4096)
def _dag(dag: date, taal: str) -> str:
    return format_date(dag, format="medium", locale=taal)


def _datumtijd(waarde: datetime | None, taal: str) -> str:
    if waarde is None:
        return "–"
    return format_datetime(waarde, format="medium", tzinfo=TIJDZONE, locale=taal)
