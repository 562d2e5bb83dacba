# SPDX-License-Identifier: EUPL-1.2
"""English reasons for problems, for callers that ask for English (``Accept-Language``).
Dutch is the default (`invoer.reden_voor`); neither is ever a library's own text. The
reasons of validation errors are paired with the Dutch ones by pydantic's error type; the
reasons our own validators and the JSON check give are translated by their Dutch text. A
reason without a translation (a domain rule's own words) stays Dutch."""

from __future__ import annotations

import re
from functools import cache

from hartslag.services import invoer

_REASONS = {
    "missing": "required field is missing",
    "extra_forbidden": "holds an unknown field; check the names (camelCase, see "
    "/api/v1/openapi.json)",
    "string_too_short": "must not be empty",
    "too_short": "must not be empty",
    "bool_parsing": "use yes/no (or true/false)",
    "string_type": "must be a text",
    "int_type": "must be a whole number",
    "int_parsing": "must be a whole number",
    "int_from_float": "must be a whole number",
    "float_type": "must be a number",
    "float_parsing": "must be a number",
    "bool_type": "use yes/no (or true/false)",
    "list_type": "must be a list",
    "list_too_long": "too many items",
    "dict_type": "must be a JSON object",
    "uuid_type": "must be a UUID",
    "uuid_parsing": "must be a UUID (for example 3f2c…-…)",
    "date_type": "must be a date (2026-03-01)",
    "date_parsing": "not a valid date; use 2026-03-01",
    "date_from_datetime_parsing": "not a valid date; use 2026-03-01",
    "greater_than": "too small",
    "greater_than_equal": "too small",
    "less_than": "too large",
    "less_than_equal": "too large",
    "literal_error": "invalid value; see /api/v1/openapi.json for the values allowed",
    "string_pattern_mismatch": "does not have the form expected here",
    "url_parsing": "not a valid URL",
    "url_type": "not a valid URL",
    "none_required": "must be empty (null)",
    "is_instance_of": "invalid value",
}

# Our own validators' Dutch reasons, by their text.
_EIGEN = {
    invoer.GEEN_TIJDSTIP: "not a valid date/time; use ISO 8601 (2026-03-01T09:30:00Z) or "
    "01-03-2026",
    invoer.BESTAAT_NIET: "this time does not exist in the Netherlands (clocks go from 02:00 "
    "to 03:00 for summer time); give the time with its time zone or choose another time",
    "geen geldig telefoonnummer (bijv. 06-12345678 of +31 20 1234567)": "not a valid phone "
    "number (e.g. 06-12345678 or +31 20 1234567)",
    "ligt in de toekomst": "lies in the future",
    "mag niet leeg (null) zijn; laat het veld weg om het niet te wijzigen": "must not be "
    "empty (null); leave the field out to keep it as it is",
    "bevat een stuurteken (zoals \\u0000); alleen tab, regeleinde en gewone tekens mogen": (
        "holds a control character (such as \\u0000); only tab, line breaks and ordinary "
        "characters are allowed"
    ),
}


_PATRONEN = [
    (re.compile(r"^te lang \(hoogstens (.+)\)$"), "too long (at most {0})"),
    (re.compile(r"^ongeldige waarde; toegestaan: (.*)$"), "invalid value; allowed: {0}"),
    (re.compile(r"^ongeldige JSON op regel (\d+), kolom (\d+): (.*)$"),
     "invalid JSON at line {0}, column {1}: {2}"),
]  # fmt: skip
_JSON = {
    "hier wordt een waarde verwacht": "a value is expected here",
    "hier wordt een veldnaam tussen dubbele aanhalingstekens verwacht": "a field name in "
    "double quotes is expected here",
    "hier wordt een komma verwacht": "a comma is expected here",
    "hier wordt een dubbele punt verwacht": "a colon is expected here",
    "een tekst zonder afsluitend aanhalingsteken": "a text without its closing quote",
    "na het JSON-object staat nog meer": "there is more after the JSON object",
    "een stuurteken in een tekst (schrijf het als \\u-code)": "a control character in a text "
    "(write it as a \\u escape)",
    "ongeldige JSON": "invalid JSON",
    "de body is geen UTF-8-tekst; stuur JSON in UTF-8": "the body is not UTF-8 text; send "
    "JSON in UTF-8",
    "ongeldige JSON; stuur een JSON-object met Content-Type: application/json": "invalid "
    "JSON; send a JSON object with Content-Type: application/json",
    "stuur een JSON-object met Content-Type: application/json": "send a JSON object with "
    "Content-Type: application/json",
    "geen geldig e-mailadres": "not a valid e-mail address",
    invoer.ONBEKEND_REDEN: "invalid value; see /api/v1/openapi.json for what is allowed here",
}


@cache
def _vertalingen() -> dict[str, str]:
    dutch = invoer.dutch_reasons()
    return {
        **{dutch[soort]: engels for soort, engels in _REASONS.items() if soort in dutch},
        **_EIGEN,
        **_JSON,
    }


def in_english(reden: str) -> str:
    """The English text of a Dutch reason; a reason without a translation stays Dutch."""
    if (engels := _vertalingen().get(reden)) is not None:
        return engels
    for patroon, sjabloon in _PATRONEN:
        if gevonden := patroon.match(reden):
            delen = [in_english(d) if i == 2 else d for i, d in enumerate(gevonden.groups())]
            return sjabloon.format(*delen)
    return reden


def untranslated() -> set[str]:
    """Error types with a Dutch reason but no English one (a test keeps this empty)."""
    return set(invoer.dutch_reasons()) - set(_REASONS)
