# SPDX-License-Identifier: EUPL-1.2
"""Identifying numbers: BSN (11-proef), IBAN (mod-97), licence plates, client and case numbers.

The checksums come from python-stdnum; the patterns that find candidates in running text
are ours, because stdnum validates a number you already have and does not search text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from stdnum import iban as stdnum_iban
from stdnum.nl import bsn as stdnum_bsn

from hartslag.privacy.ankers import anchor_positions, anchored_finditer
from hartslag.privacy.datums import parse_date
from hartslag.privacy.entiteiten import EntiteitType, Kandidaat

# A run of digits with single separators between them; split and checked below. The
# test on the character before it follows the first digit, so that the pattern starts
# with a digit and `re` skips ahead to digits instead of trying every position.
_DIGIT_RUN = re.compile(r"\d(?<![\w.,/€-]\d)(?:(?:[ .]|\s?-\s?)?\d)*(?![\w/]|[.,-]\d)")
_DIGIT_GROUP = re.compile(r"\d(?:(?:[.]|\s?-\s?)?\d)*")
_BSN_CONTEXT = re.compile(
    r"(?:bsn|burgerservice\s?nummer|sofi(?:-|\s)?nummer|sofinr)\W{0,12}$", re.IGNORECASE
)
_MONEY_BEFORE = re.compile(r"(?:€|eur|euro)\s?$", re.IGNORECASE)
_MONEY_AFTER = re.compile(r"^(?:\s?(?:euro|eur)\b|,[-\d])", re.IGNORECASE)

_IBAN_RUN = re.compile(r"\b[A-Z]{2}\d{2}(?:[ -]?[A-Z0-9]){10,30}", re.IGNORECASE)

_L, _D = "[A-Z]", r"\d"
_SIDECODES = (
    "LL-DD-DD", "DD-DD-LL", "DD-LL-DD", "LL-DD-LL", "LL-LL-DD", "DD-LL-LL", "DD-LLL-D",
    "D-LLL-DD", "LL-DDD-L", "L-DDD-LL", "LLL-DD-L", "L-DD-LLL", "D-LL-DDD", "DDD-LL-D",
)  # fmt: skip


def _sidecode_pattern(code: str, separator: str) -> str:
    groups = [f"{_L if part[0] == 'L' else _D}{{{len(part)}}}" for part in code.split("-")]
    return separator.join(groups)


_SIDECODE = re.compile("|".join(_sidecode_pattern(c, "-") for c in _SIDECODES), re.IGNORECASE)
_PLATE_DASHED = re.compile(r"(?<![\w-])[A-Z0-9]{1,3}-[A-Z0-9]{2,3}-[A-Z0-9]{1,3}(?![\w-])", re.I)
_PLATE_BARE = re.compile(
    r"(?:kenteken|nummerplaat|auto|voertuig)\w*\W{1,20}?"
    r"(?P<plate>(?<![\w-])(?=[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z])[A-Z0-9]{6})(?![\w-])",
    re.IGNORECASE,
)
_PLATE_ANCHORS = ("kenteken", "nummerplaat", "auto", "voertuig")
_MONTH_LIKE = re.compile(r"-(?:jan|feb|mrt|apr|mei|jun|jul|aug|sep|okt|nov|dec)-", re.IGNORECASE)

_NUMBER_KEYWORDS: dict[EntiteitType, str] = {
    EntiteitType.KLANTNUMMER: (
        r"klant(?:en)?\s?(?:nummer|nr)|klant-nr|relatie\s?(?:nummer|nr)|debiteur(?:en)?\s?(?:nummer|nr)"
        r"|cli[eë]nt\s?(?:nummer|nr)|lid\s?(?:nummer|nr)|registratie\s?(?:nummer|nr)"
        r"|contract\s?(?:nummer|nr)|polis\s?(?:nummer|nr)|abonnee\s?(?:nummer|nr)"
        r"|(?:personeels|werknemers|studenten|student|leerling|pati[eë]nt|pas|lidmaatschaps)"
        r"\s?(?:nummer|nr)"
    ),
    EntiteitType.DOSSIERNUMMER: (
        r"dossier\s?(?:nummer|nr)|zaak\s?(?:nummer|nr)|zaak-nr|(?:ons|uw)\s+kenmerk|kenmerk"
        r"|referentie\s?(?:nummer|nr)?|ref\.?\s?(?:nummer|nr)|aanvraag\s?(?:nummer|nr)"
        r"|beschikkings?\s?(?:nummer|nr)|aanslag\s?(?:nummer|nr)|betalingskenmerk"
        r"|meldings?\s?(?:nummer|nr)|bezwaar\s?(?:nummer|nr)|vorderings?\s?(?:nummer|nr)"
        r"|ticket\s?(?:nummer|nr)|factuur\s?(?:nummer|nr)|verzoek\s?(?:nummer|nr)"
        r"|cjib-?(?:nummer|nr)|incident\s?(?:nummer|nr)?"
    ),
}
# The words every keyword above starts with ("ons kenmerk" is found at "kenmerk").
_NUMBER_ANCHORS: dict[EntiteitType, tuple[str, ...]] = {
    EntiteitType.KLANTNUMMER: (
        "klant", "relatie", "debiteur", "client", "cliënt", "lid", "registratie", "contract",
        "polis", "abonnee", "personeels", "werknemers", "student", "leerling", "patient",
        "patiënt", "pas",
    ),
    EntiteitType.DOSSIERNUMMER: (
        "dossier", "zaak", "kenmerk", "referentie", "ref", "aanvraag", "beschikking",
        "aanslag", "betalingskenmerk", "melding", "bezwaar", "vordering", "ticket", "factuur",
        "verzoek", "cjib", "incident",
    ),
}  # fmt: skip
_NUMBER_VALUE = (
    r"(?:\s*(?:is|was|:|nr\.?|nummer|#)?\s*)"
    r"(?P<value>\d{4}(?:\s\d{4}){1,3}(?!\w)|(?=[A-Z0-9/.-]*\d)[A-Z0-9](?:[A-Z0-9]|[-/.](?=[A-Z0-9]))*)"
)
_NUMBER_PATTERNS = [
    (kind, re.compile(rf"\b(?:{words})\.?{_NUMBER_VALUE}", re.IGNORECASE))
    for kind, words in _NUMBER_KEYWORDS.items()
]
# A bare noun before a code ("dossier 2024-1234567", "Zaak Z/2024/00123:", "bezwaar
# 2024/SVB/112233"): the code must look like one (see `_looks_like_code`).
_CASE_NOUNS = re.compile(
    rf"\b(?:dossier|zaak|bezwaar|beroep|aanvraag|melding|vordering|factuur|beschikking|ref)"
    rf"\.?{_NUMBER_VALUE}",
    re.IGNORECASE,
)
_CASE_NOUN_ANCHORS = (
    "dossier", "zaak", "bezwaar", "beroep", "aanvraag", "melding", "vordering", "factuur",
    "beschikking", "ref",
)  # fmt: skip
# Shapes that are case or client numbers wherever they stand: a year with a serial number
# ("2024-5553331", "Z/2024/00123", "UWV-2023-778812", "2024/SVB/112233"), letters with a
# long serial ("K7730021", "INC0012345") and 16 digits in groups of four (a payment
# reference or card number).
_CASE_SHAPES = re.compile(
    # Each branch starts with a letter or digit and looks back from there, so that `re`
    # skips to such characters instead of trying a look-behind at every position.
    r"[A-Z0-9](?<![\w/.,-].)(?:"
    r"(?<=[A-Z])[A-Z]{0,4}[-/](?:19|20)\d{2}[-/](?:[A-Z]{2,5}[-/])?\d{5,8}"  # UWV-2023-778812
    r"|(?<=[12])\d{3}(?<=(?:19|20)\d\d)[-/](?:[A-Z]{2,5}[-/])?\d{5,8}"  # 2024/SVB/112233
    r"|(?<=\d)\d{3}(?:[ .]\d{4}){3}"  # 1234 5678 9012 3456
    r"|(?<=[A-Z])[A-Z]{0,3}\d{6,10}"  # K7730021, INC0012345
    r")(?![\w/-]|[.,]\d)"
)
_YEAR = re.compile(r"(?:19|20)\d{2}")
_ALL_ANCHORS = tuple(
    sorted({*_CASE_NOUN_ANCHORS, *(a for anchors in _NUMBER_ANCHORS.values() for a in anchors)})
)


def _bsn_windows(run: str) -> Iterator[tuple[int, int]]:
    """(start, end) offsets in `run` of stretches of 8 or 9 digits between spaces."""
    groups = [(m.start(), m.end()) for m in _DIGIT_GROUP.finditer(run)]
    for first in range(len(groups)):
        digits = 0
        for last in range(first, len(groups)):
            start, end = groups[first][0], groups[last][1]
            digits = sum(ch.isdigit() for ch in run[start:end])
            if digits in (8, 9):
                yield start, end
            if digits >= 9:
                break


def _eleven_test(value: str) -> bool:
    """The 11-proef on the digits of `value`: a cheap filter before stdnum's full check."""
    digits = [int(ch) for ch in value if ch.isdigit()]
    if len(digits) == 8:
        digits.insert(0, 0)
    weighted = sum(w * d for w, d in zip((9, 8, 7, 6, 5, 4, 3, 2), digits, strict=False))
    return len(digits) == 9 and (weighted - digits[-1]) % 11 == 0


def find_bsns(text: str) -> Iterator[Kandidaat]:
    """Numbers of 9 digits (8 with a BSN keyword just before) that pass the 11-proef."""
    for run in _DIGIT_RUN.finditer(text):
        if run.end() - run.start() < 8:
            continue  # too short for eight digits: most runs (amounts, dates, numbers)
        if _MONEY_BEFORE.search(text, max(0, run.start() - 5), run.start()):
            continue
        if _MONEY_AFTER.match(text[run.end() : run.end() + 6]):
            continue
        for offset, end_offset in _bsn_windows(run.group()):
            start, end = run.start() + offset, run.start() + end_offset
            value = text[start:end]
            if not _eleven_test(value) or not stdnum_bsn.is_valid(value):
                continue
            digits = sum(ch.isdigit() for ch in value)
            context = _BSN_CONTEXT.search(text, max(0, start - 40), start) is not None
            if digits == 8 and not context:
                continue
            yield Kandidaat(EntiteitType.BSN, start, end, value, priority=75 if context else 40)


def _mod97_lengths(compact: str) -> list[int]:
    """Lengths, longest first, of the prefixes of `compact` (upper-case letters and digits)
    of 15 characters or more whose IBAN check digits (ISO 7064 mod 97-10) are right.

    One pass over the characters: a fast filter before stdnum, which also checks each
    country's format but costs some 80 µs a call; one prefix in 97 gets that far.
    """
    head = compact[:4]
    head_value = int("".join(str(int(ch, 36)) for ch in head)) if len(head) == 4 else 0
    head_scale = 10 ** sum(2 if ch.isalpha() else 1 for ch in head)
    remainder, lengths = 0, []
    for count, ch in enumerate(compact[4:], start=5):
        value = int(ch, 36)
        remainder = (remainder * (100 if value > 9 else 10) + value) % 97
        if count >= 15 and (remainder * head_scale + head_value) % 97 == 1:
            lengths.append(count)
    return lengths[::-1]


def _longest_valid_iban(candidate: str) -> int:
    """Length (in characters of `candidate`) of its longest prefix that is a valid IBAN."""
    if not candidate.isascii():
        return 0  # "ſ" and the Kelvin sign match [A-Z] ignoring case; no IBAN has them
    positions = [i + 1 for i, ch in enumerate(candidate) if ch.isalnum()]
    compact = "".join(ch for ch in candidate if ch.isalnum()).upper()
    for count in _mod97_lengths(compact):
        if stdnum_iban.is_valid(candidate[: positions[count - 1]]):
            return positions[count - 1]
    return 0


def find_ibans(text: str) -> Iterator[Kandidaat]:
    """IBANs with a valid checksum, with or without spaces, in any case."""
    position = 0
    while (match := _IBAN_RUN.search(text, position)) is not None:
        length = _longest_valid_iban(match.group())
        if not length:
            position = match.start() + 1  # an IBAN may start later inside this run
            continue
        start, end = match.start(), match.start() + length
        yield Kandidaat(EntiteitType.IBAN, start, end, text[start:end], priority=90)
        position = end  # the run may go on into a second IBAN: "NL.. en nl.."


def find_licence_plates(text: str) -> Iterator[Kandidaat]:
    """Dutch licence plates in a sidecode format; without dashes only after "kenteken"."""
    for match in _PLATE_DASHED.finditer(text):
        plate = match.group()
        if _SIDECODE.fullmatch(plate) and not _MONTH_LIKE.search(plate):
            yield Kandidaat(EntiteitType.KENTEKEN, *match.span(), plate, priority=55)
    for match in anchored_finditer(_PLATE_BARE, text, _PLATE_ANCHORS):
        start, end = match.span("plate")
        yield Kandidaat(EntiteitType.KENTEKEN, start, end, text[start:end], priority=55)


def _looks_like_code(value: str, text: str, end: int) -> bool:
    """After a bare noun: a code of five or more digits, or letters and digits mixed;
    not a year, a date or the start of an amount ("bezwaar 2025", "1.234,56")."""
    digits = sum(ch.isdigit() for ch in value)
    if digits < 4 or _YEAR.fullmatch(value) or parse_date(value) is not None:
        return False
    if text[end : end + 2][:1] == "," and text[end + 1 : end + 2].isdigit():
        return False
    return digits >= 5 or any(ch.isalpha() for ch in value)


def find_reference_numbers(text: str) -> Iterator[Kandidaat]:
    """Client and case numbers: introduced by their name ("klantnummer 123456", "zaak
    Z/2024/00123"), or in a shape that only such numbers have ("UWV-2023-778812")."""
    positions = anchor_positions(text, _ALL_ANCHORS)
    for kind, pattern in _NUMBER_PATTERNS:
        for match in anchored_finditer(pattern, text, _NUMBER_ANCHORS[kind], positions):
            value = match.group("value")
            if sum(ch.isdigit() for ch in value) < 3:
                continue
            start, end = match.span("value")
            yield Kandidaat(kind, start, end, value, priority=85)
    for match in anchored_finditer(_CASE_NOUNS, text, _CASE_NOUN_ANCHORS, positions):
        start, end = match.span("value")
        if _looks_like_code(match.group("value"), text, end):
            yield Kandidaat(EntiteitType.DOSSIERNUMMER, start, end, text[start:end], priority=84)
    for match in _CASE_SHAPES.finditer(text):
        yield Kandidaat(EntiteitType.DOSSIERNUMMER, *match.span(), match.group(), priority=70)
