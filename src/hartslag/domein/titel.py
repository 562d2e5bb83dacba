# SPDX-License-Identifier: EUPL-1.2
"""A readable title for a signal that came without one: the first words that say what it
is about, not the way the message opens.

Messages open by shape, not by topic: a greeting line ("Geachte heer/mevrouw,", "Beste
Jan,", "Hallo allemaal"), a label before a colon ("Tel. contact:", "KCC:", "Gesprek
15.20:", "[17:46] klant:", "Betreft:"), or a call note's "who contacted us" ("Klant belt
ivm", "Dhr belde opnieuw over", "Inkomend tel."). Those shapes are stripped; what
follows is the title. Lines a member of staff speaks in a chat transcript are not the
signal either.
"""

from __future__ import annotations

import re

LENGTE = 80

_GROET = (
    r"(?:geachte|beste|lieve|hallo|hoi|hey|hi|h[eé]|dag|goede(?:morgen|middag|avond|ndag)"
    r"|morgen|l\.s\.|ls|heren|dames|aan)"
)
# A whole line that only greets: short, starts with a greeting word ("Geachte heer/mevrouw,",
# "Beste medewerker van het CAK,", "Goedemorgen").
_AANHEFREGEL = re.compile(rf"^{_GROET}\b[^.!?\n]{{0,60}}[,!:]?$", re.IGNORECASE)
# A greeting in front of the content on the same line: "Hallo, mijn toeslag ...".
_AANHEF = re.compile(rf"^{_GROET}\b(?:\s+[^\s,!:]+){{0,4}}\s*[,!:]\s*", re.IGNORECASE)
# A short label before a colon, optionally after a time stamp: "Tel. contact:", "KCC:",
# "Gesprek 15.20:", "[17:46] klant:", "Betreft:", "Omschrijving:".
_LABEL = re.compile(
    r"^(?:\[?\d{1,2}[:.]\d{2}\]?\s*)?(?:[\w./&-]+\s?){1,3}(?:\d{1,2}[:.]\d{2})?\s*:\s+",
    re.IGNORECASE,
)
_PERSOON = (
    r"(?:klant|klt|klte?n?|dhr\.?|mw\.?|mevr\.?|meneer|mevrouw|de heer|burger|cli[eë]nt"
    r"|inwoner|ondernemer|beller|bezoeker|melder|aanvrager|betrokkene|\[[A-Z]+-\d+\])"
)
_CONTACT = (
    r"(?:belt|belde|bericht|berichtte|meldt|meldde|mailt|mailde|vraagt|vroeg|chat|komt"
    r"|kwam|geeft aan|gaf aan|is boos|klaagt|klaagde|wil weten|informeert)"
)
# "Klant belt ivm", "Dhr belde opnieuw over", "Mw. komt aan de balie omdat".
_BELNOTITIE = re.compile(
    rf"^(?:(?:inkomend|uitgaand)\s+)?{_PERSOON}\s+{_CONTACT}\b"
    r"(?:\s+(?:opnieuw|nogmaals|weer|terug))?(?:\s+aan de balie)?"
    r"(?:\s+(?:i\.?v\.?m\.?|over|omdat|want|dat|n\.?a\.?v\.?|met de vraag|of|naar|m\.b\.t\.?))?"
    r"[\s,:.-]*",
    re.IGNORECASE,
)
_INKOMEND = re.compile(
    r"^(?:inkomend|uitgaand)\s+(?:tel\.?|telefoon(?:gesprek)?|gesprek|bericht)[\s.:,-]*",
    re.IGNORECASE,
)
# A greeting word alone in front of the content, without punctuation: "goedemorgen binnen ..."
_GROETWOORD = re.compile(
    r"^(?:hallo|hoi|hey|hi|h[eé]|goede(?:morgen|middag|avond|ndag)|morgen)\b[\s,!]*", re.I
)
# A tag in brackets ("[tel]", "[17:46]"), not a pseudonymisation placeholder; @handles.
_TAG = re.compile(r"^(?:\[(?![A-Z]+-\d+\])[^\]\n]{1,12}\]\s*|@\w+[\s,:]*)")
# A first sentence of at most three words before a longer text: the note's kind
# ("Telefoonnotitie.", "Inkomend gesprek.", "Terugbelverzoek (keuzemenu).").
_KOP = re.compile(r"^(?:[^\s.!?]+\s+){0,2}[^\s.!?]+[.!]\s+(?=(?:\S+\s+){3}\S)")
# A greeting without punctuation: "beste kvk ik ben ...", "Geachte heer mevrouw [PERSOON-1] ...":
# the greeting, then forms of address, or a single other word (the addressee).
_AANSPREEKVORM = (
    r"(?:heer|mevrouw|heer/mevrouw|dames|heren|en|van|de|het|medewerker|team|\[[A-Z]+-\d+\])"
)
_GROET_LOS = re.compile(
    rf"^(?:geachte|beste|hallo|hoi)\s+(?:{_AANSPREEKVORM}\s+)+|^(?:beste|hallo|hoi)\s+\S+\s+",
    re.IGNORECASE,
)
# A note's kind without a colon, and staff shorthand for the caller: "KCC mw ...", "tel dhr ...".
_NOTITIE = re.compile(
    r"^(?:kcc|tel\.?|telefoon(?:notitie)?|balie|notitie)\s+|^(?:klt|dhr|mw|mevr)\.?\s+(?=\S)",
    re.IGNORECASE,
)
_MEDEWERKER = re.compile(r"^(?:\[?\d{1,2}[:.]\d{2}\]?\s*)?(?:medewerker|mdw|agent)\s*:", re.I)


def _content(regel: str) -> str:
    """The line without its opening shapes (applied until nothing changes; a short
    first sentence only once, at the very start)."""
    regel = _KOP.sub("", regel, count=1).strip() or regel
    vorige = None
    while regel != vorige:
        vorige = regel
        for patroon in (
            _TAG,
            _INKOMEND,
            _BELNOTITIE,
            _AANHEF,
            _GROET_LOS,
            _GROETWOORD,
            _LABEL,
            _NOTITIE,
        ):
            regel = patroon.sub("", regel, count=1).strip()
    return regel


def _says_something(regel: str) -> bool:
    """More than a header: at least three words once the opening shapes are gone."""
    return len(_content(regel).split()) >= 3 and not _AANHEFREGEL.match(regel)


def titel_uit_tekst(tekst: str, lengte: int = LENGTE) -> str:
    """The first line that says something, without greeting, label or call-note opening,
    shortened to ``lengte`` characters."""
    regels = [r.strip() for r in tekst.strip().splitlines() if r.strip()]
    kandidaten = [r for r in regels if not _MEDEWERKER.match(r)] or regels
    regel = next((r for r in kandidaten if _says_something(r)), kandidaten[0] if regels else "")
    eerste = _content(regel) or regel
    eerste = eerste[:1].upper() + eerste[1:]
    return eerste if len(eerste) <= lengte else eerste[: lengte - 1].rstrip() + "…"
