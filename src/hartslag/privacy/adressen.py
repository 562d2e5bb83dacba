# SPDX-License-Identifier: EUPL-1.2
"""Addresses and postcodes.

A street is a capitalised word ending in a street word ("Dorpsstraat", "Coolsingel"),
optionally led by name words ("Burgemeester de Withstraat", "Jan van Goyenstraat"), or a
street word followed by "van ..." ("Laan van Meerdervoort"); it is an address only with a
house number after it. A postcode with a house number is an address too; a postcode
alone is reported as POSTCODE. Deduce ships a street list, but it is LGPL-licensed
medical-domain data and misses new streets, so we recognise the shape instead.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from hartslag.privacy.ankers import anchored_finditer
from hartslag.privacy.entiteiten import EntiteitType, Kandidaat
from hartslag.privacy.namenlijsten import word_set

_STREET_WORDS = (
    "straatweg|straat|laan|weg|plein|gracht|kade|singel|dijk|pad|hof|park|dreef|baan|steeg"
    # "ring" as in Stationsring, not the nouns in -ering/-uring ("Uitvoering 2026").
    "|markt|plantsoen|(?<![eu])ring|erf|burgwal|wal|akker|hoeve|allee|boulevard|kant|vaart|brink"
    "|zijde|wetering|promenade|passage|galerij|veste|poort|kamp|oever|haven|weide|donk|diep"
)
_STREET_PREFIXES = word_set(
    """Burgemeester Burg. Prins Prinses Koningin Koning Graaf Gravin Hertog Sint St. Oude
    Nieuwe Lange Korte Hoge Lage Groot Grote Kleine Klein Noord Zuid Oost West Dokter Dr.
    Professor Prof. Pastoor Generaal Admiraal Kapitein Jonkheer Meester Mr. Kardinaal
    Eerste Tweede Derde Van De Ten Ter Het Oranje Willem Jan Johan Pieter Hendrik""",
    casefold=False,
)
_PARTICLES = word_set("van de der den het 't ter ten op aan in bij la le")

# A floor or part of a building after the number: "12 hs", "2 II", "58-3 hoog".
_FLOOR = r"(?:\s(?:[A-Z]|bis|hs|huis|bg|hoog|hg|boven|beneden|zw|[IV]{1,3}|i{1,3}|iv)\b)"
_HOUSE_NUMBER = (
    r"(?:nr\.?\s?)?[1-9]\d{0,4}"
    rf"(?:\s?-\s?(?:[A-Za-z]{{1,3}}|\d{{1,4}})\b{_FLOOR}?|[A-Za-z]\b|{_FLOOR})?"
    r"(?![\w,.]\w)"
)
_STREET_WORD = re.compile(
    rf"\b(?:[A-Z][\w'’-]*(?:{_STREET_WORDS})|Markt|Brink|Plein|Dam)\.?\s(?={_HOUSE_NUMBER})"
)
# Streets typed in lower case ("woont op havenstraat 35"): only the street words that are
# not also everyday words, and not when a unit follows the number ("snelweg 2 uur").
_LOWER_STREET_WORDS = (
    "straatweg|straat|laan|weg|plein|gracht|kade|singel|dijk|dreef|steeg|plantsoen|burgwal"
    "|boulevard|allee|wetering|diep"
)
_LOWER_STREET = re.compile(
    rf"(?<![\w-])[a-z][a-z'’-]{{2,}}(?:{_LOWER_STREET_WORDS})\s(?={_HOUSE_NUMBER})"
    r"(?!\d+\s?(?:x|keer|min|minuten|uur|dag|dagen|week|weken|maand|maanden|jaar|euro|km|m"
    r"|meter|procent|%|pagina|stuks|cm|kg)\b)"
)
_LOWER_STREET_HINT = re.compile(rf"(?:{_LOWER_STREET_WORDS})\s\d")
_STREET_OF = re.compile(
    r"\b(?:Laan|Weg|Plein|Dreef|Kade|Hof|Park|Singel|Straat|Pad|Burgwal|Oude|Nieuwe|Lange"
    r"|Korte)\s(?:(?:van|de|der|den|het|naar|op|ten|ter|te|tot|in|aan|bij|voor|over)\s){1,3}"
    rf"[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?\s(?={_HOUSE_NUMBER})"
)
_NUMBER_AFTER = re.compile(_HOUSE_NUMBER)
# Any street name ("Damrak", "Lange Voorhout", "Achter de Kerk"): capitalised words with
# particles between them; trusted only where the context says an address follows.
_ANY_STREET = (
    r"[A-Z][\w'’-]*(?:[ \t](?:(?:van|de|der|den|het|'t|ter|ten|op|aan|in|bij)[ \t])*"
    r"[A-Z][\w'’-]*){0,3}"
)
_ADDRESS_CONTEXT = re.compile(
    r"(?:\b(?:woon\w*|wonend\w*|verhuis\w*|aangekomen|bezorgd|ingeschreven)\b[^\n]{0,30}?"
    r"\b(?:op|aan|naar)\s+|\b(?:woon|post)?adres\b(?:\s+is|[^\n\d:]{0,20}:)[ \t]*)"
    rf"(?P<street>{_ANY_STREET})\s(?={_HOUSE_NUMBER})",
    re.IGNORECASE,
)
_ADDRESS_CONTEXT_ANCHORS = (
    "woon", "wonend", "verhuis", "aangekomen", "bezorgd", "ingeschreven", "adres", "postadres",
)  # fmt: skip
_POSTCODE = r"(?:[1-9]\d{3}\s?(?!SA|SD|SS)[A-Z]{2}|[1-9]\d{3}[a-z]{2})(?![\w-])"
_PLACE = (
    r"(?:'s[-\s]|'t\s)?(?:(?:Den|De|Sint|St\.|Oud|Oude|Nieuw|Nieuwe|Groot|Hoek|Ter|Ten"
    r"|Zuid|Noord|Oost|West)[\s-])?[A-Z][\w'’-]+"
    r"(?:\s(?:aan|op|bij|in|en)\s(?:(?:de|den|het|der)\s)?[A-Z][\w'’-]+)?"
)
_LOWER_POSTCODE = r"[1-9]\d{3}\s?[a-zA-Z]{2}(?![\w-])"
_LOWER_PLACE = r"(?:'s-)?[a-z][a-z'’-]+"
_LOWER_PLACE_STOP = word_set(
    "en of maar want nog is was wordt werd heeft had in op te bij aan voor van naar met uit"
    " de het een die dat dit daar hier ook al dus toen nu en graag sinds tot"
)
_PLACE_STOP = word_set(
    "Klant Mevrouw Meneer Ik Wij We Zij Ze Hij U De Het Een Tel Telefoon E-mail Email "
    "Mail BSN IBAN Geboren Geboortedatum Naam Postcode Huisnummer Graag Dank Met",
    casefold=False,
)
_AFTER_STREET = re.compile(
    rf"(?:[ \t]*[,\n]?[ \t]*(?P<postcode>{_POSTCODE}|{_LOWER_POSTCODE})"
    rf"(?:[ \t]*,?[ \t]*(?P<place>{_PLACE}|{_LOWER_PLACE}))?"
    rf"|\s+te\s+(?P<te_place>{_PLACE})"
    rf"|,\s?(?P<comma_place>{_PLACE})(?=\s*[.,;)\n]|\s*$))"
)
_BEFORE_POSTCODE = re.compile(
    rf"(?<![\w-])(?P<street>{_ANY_STREET})[ \t](?P<number>{_HOUSE_NUMBER})[ \t]*[,\n]?[ \t]*"
    rf"(?={_POSTCODE})"
)
_POSTCODE_LED = re.compile(
    rf"(?<![\w-])(?P<postcode>{_POSTCODE})"
    r"(?:[ \t]*,?[ \t]*(?:huisnummer|huisnr\.?|nr\.?)?[ \t]*(?P<number>[1-9]\d{0,4}[A-Za-z]?"
    r"(?:-\w{1,4})?)(?![\w,.:]|\s(?:jan|feb|mrt|maart|apr|mei|jun|jul|aug|sep|okt|nov|dec)))?"
    rf"(?:[ \t]*,?[ \t]*(?P<place>{_PLACE}))?"
)

_NON_SPACE = re.compile(r"\S+")
_ARTICLE_BEFORE = re.compile(r"(?:art\.?|artikel)\s*$", re.IGNORECASE)


def _place_ok(place: str | None) -> bool:
    if place is None:
        return False
    first = place.split()[0]
    return first not in _PLACE_STOP and first not in _LOWER_PLACE_STOP


def _extend_left(text: str, start: int, lower: bool = False) -> int:
    """Move `start` left over street-name words before a street word ("Prinses", and
    "prinses" too when the street itself is in lower case)."""
    offset = max(0, start - 60, text.rfind("\n", 0, start) + 1)
    tokens = list(_NON_SPACE.finditer(text[offset:start]))
    best, pending_particle = start, False
    for token in reversed(tokens[-5:]):
        word = token.group()
        if word[-1:] in ",;:":
            break  # "bij Zaltbommel, op Boschdijk 81": a comma ends the street name
        if word in _PARTICLES:
            pending_particle = True
            continue
        if word in _STREET_PREFIXES or (lower and word.capitalize() in _STREET_PREFIXES):
            best, pending_particle = offset + token.start(), False
            continue
        if pending_particle and word[:1].isupper():
            best, pending_particle = offset + token.start(), False
            continue
        break
    return best


def _address_end(text: str, number_end: int) -> int:
    """The end of an address whose house number ends at `number_end`."""
    match = _AFTER_STREET.match(text, number_end)
    if not match:
        return number_end
    if match.group("postcode"):
        place = match.group("place")
        return match.end("place") if place and _place_ok(place) else match.end("postcode")
    for group in ("te_place", "comma_place"):
        if match.group(group) and _place_ok(match.group(group)):
            return match.end(group)
    return number_end


def _lower_streets(text: str) -> Iterator[re.Match[str]]:
    """`_LOWER_STREET` matches, tried only where a street word with a number is: trying
    a pattern that starts with any lower-case letter at every position costs more."""
    for hint in _LOWER_STREET_HINT.finditer(text):
        start = hint.start()
        while start > 0 and (text[start - 1].isalpha() or text[start - 1] in "'’-"):
            start -= 1
        if text[start].islower():
            match = _LOWER_STREET.match(text, start)
            if match is not None:
                yield match


def find_street_addresses(text: str) -> Iterator[Kandidaat]:
    """Street + house number, with a postcode and place directly after it if present."""
    for pattern in (_STREET_WORD, _STREET_OF, _LOWER_STREET):
        for match in _lower_streets(text) if pattern is _LOWER_STREET else pattern.finditer(text):
            number = _NUMBER_AFTER.match(text, match.end())
            if number is None:
                continue
            start = _extend_left(text, match.start(), lower=pattern is _LOWER_STREET)
            end = _address_end(text, number.end())
            yield Kandidaat(EntiteitType.ADRES, start, end, text[start:end], priority=80)


def find_contextual_addresses(text: str) -> Iterator[Kandidaat]:
    """Streets of any shape after "woont op", "Adres:", or with a postcode right after."""
    for match in anchored_finditer(_ADDRESS_CONTEXT, text, _ADDRESS_CONTEXT_ANCHORS):
        if not match.group("street")[:1].isupper():
            continue
        number = _NUMBER_AFTER.match(text, match.end())
        if number is not None:
            start, end = match.start("street"), _address_end(text, number.end())
            yield Kandidaat(EntiteitType.ADRES, start, end, text[start:end], priority=79)
    for match in _BEFORE_POSTCODE.finditer(text):
        start, end = match.start("street"), _address_end(text, match.end("number"))
        yield Kandidaat(EntiteitType.ADRES, start, end, text[start:end], priority=79)


def find_postcodes(text: str) -> Iterator[Kandidaat]:
    """Postcode + house number (an address), or a postcode on its own."""
    for match in _POSTCODE_LED.finditer(text):
        start = match.start("postcode")
        if _ARTICLE_BEFORE.search(text, max(0, start - 10), start):
            continue
        if match.group("number"):
            place = match.group("place")
            end = match.end("place") if place and _place_ok(place) else match.end("number")
            yield Kandidaat(EntiteitType.ADRES, start, end, text[start:end], priority=80)
        else:
            end = match.end("postcode")
            yield Kandidaat(EntiteitType.POSTCODE, start, end, text[start:end], priority=30)
