# SPDX-License-Identifier: EUPL-1.2
"""Dutch by default, English selectable: gettext catalogues (Babel) and the choice of language.

The catalogues are the ``.po`` files under ``locale/``; they are compiled in memory at start
(no compiled ``.mo`` files in the repository). Messages are written in English in the
source; ``nl`` holds their Dutch, ``en`` their English text.
"""

from __future__ import annotations

import io
from functools import cache
from pathlib import Path

from babel.core import Locale, negotiate_locale
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import Translations

LOCALE = Path(__file__).parent / "locale"
TALEN = ("nl", "en")
STANDAARD = "nl"


@cache
def translations(taal: str) -> Translations:
    with (LOCALE / taal / "LC_MESSAGES" / "messages.po").open("rb") as po:
        catalogus = read_po(po, locale=taal)
    buffer = io.BytesIO()
    write_mo(buffer, catalogus)
    buffer.seek(0)
    return Translations(buffer)


def choose(voorkeur: str | None, cookie: str | None, accept_language: str | None) -> str:
    """The account's choice, else the visitor's cookie, else the browser's languages."""
    for keuze in (voorkeur, cookie):
        if keuze in TALEN:
            return keuze
    if accept_language:
        gevraagd = [
            deel.split(";")[0].strip().replace("-", "_")
            for deel in accept_language.split(",")
            if deel.strip()
        ]
        gekozen = negotiate_locale(gevraagd, list(TALEN), sep="_")
        if gekozen:
            return str(Locale.parse(gekozen).language)
    return STANDAARD
