# SPDX-License-Identifier: EUPL-1.2
"""Contact details: e-mail addresses and phone numbers.

Phone candidates are found with our own pattern and validated with `phonenumbers`.
We do not use `phonenumbers.PhoneNumberMatcher` to search: measured on 500-character
notes it is several times slower than the whole detector, and with region "NL" it also
accepts bare 9-digit numbers (many BSNs are valid Dutch numbers without the trunk 0).
Dutch writers always put the 0, +31 or 0031 in front, so we require one of those.

A Dutch number is accepted when it has the length of one (nine digits after the 0 or
+31), not only when `phonenumbers` knows its range as allocated today: a writer who puts
"06-77 86 04 56" in a note means a phone number, whether or not 067 is handed out yet,
and allocations change. Other countries' numbers must be valid.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

import phonenumbers

from hartslag.privacy.entiteiten import EntiteitType, Kandidaat
from hartslag.privacy.namenlijsten import word_set

_EMAIL = re.compile(
    r"(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b"
)

# Written to fool harvesters: "naam [at] home.nl", "naam(at)ziggo.nl", "naam apenstaartje
# kpnmail.nl", "naam @ home . nl".
_AT_WORD = r"(?:\s*[\[({]\s*(?:at|@|apenstaartje)\s*[\])}]\s*|\s+(?:apenstaartje|@)\s+)"
_DOT_WORD = r"(?:\s*[\[({]\s*(?:dot|punt)\s*[\])}]\s*|\.)"
_OBFUSCATED_EMAIL = re.compile(
    rf"(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]*{_AT_WORD}"
    rf"[A-Za-z0-9-]+(?:{_DOT_WORD}[A-Za-z0-9-]+)*?{_DOT_WORD}[A-Za-z]{{2,6}}\b",
    re.IGNORECASE,
)
_HINTS = ("at]", "at)", "at}", "AT]", "AT)", "apenstaartje")


def may_hold_email(text: str) -> bool:
    """Whether `text` may hold an e-mail address, plain or written out (cheap test)."""
    return "@" in text or any(hint in text for hint in _HINTS)


_SEP = r"(?:[ ./]|\s?-\s?)?"
_PHONE = re.compile(
    r"(?<![\w+])(?:"
    rf"(?:\+|00)\s?\d{{2,3}}\s?(?:\(0\)\s?)?(?:\d{_SEP}){{5,11}}\d"
    rf"|\(0\d{{1,3}}\)\s?(?:\d{_SEP}){{5,8}}\d"
    rf"|0(?:\d{_SEP}){{8,9}}\d"
    r")(?![\w])"
)
# Shared mailboxes of organisations: not personal data, and useful to keep in the text.
_ROLE_MAILBOXES = word_set(
    "info klachten klacht webcare noreply no-reply contact service klantenservice helpdesk "
    "support secretariaat post bezwaar bezwaren administratie servicedesk privacy fg avg "
    "communicatie pers receptie balie"
)
_DATE_START = re.compile(r"\d{1,2}[-./]\d{1,2}[-./]\d{2,4}")
_BANK_CODE_BEFORE = re.compile(r"[A-Z]{2}\d{2}\s?[A-Z]{4}\s?$", re.IGNORECASE)
_SEPARATORS = re.compile(r"[ ./-]+")
# Service and company-wide numbers (0800 free, 090x paid, 088 company) are not personal.
_NOT_PERSONAL = re.compile(r"^\+31(?:800|90[0-9]|88)")


def find_emails(text: str) -> Iterator[Kandidaat]:
    """E-mail addresses, except an organisation's role mailbox (info@, klachten@)."""
    for match in _EMAIL.finditer(text):
        local = match.group().split("@", 1)[0].casefold()
        if local in _ROLE_MAILBOXES:
            continue
        yield Kandidaat(EntiteitType.EMAIL, *match.span(), match.group(), priority=95)
    if any(hint in text for hint in _HINTS) or " @ " in text:
        for match in _OBFUSCATED_EMAIL.finditer(text):
            yield Kandidaat(EntiteitType.EMAIL, *match.span(), match.group(), priority=95)


@lru_cache(maxsize=4096)
def _valid_e164(candidate: str) -> str | None:
    try:
        number = phonenumbers.parse(candidate, "NL")
    except phonenumbers.NumberParseException:
        return None
    if not (phonenumbers.is_valid_number(number) or _dutch_length(number)):
        return None
    return str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164))


def _dutch_length(number: phonenumbers.PhoneNumber) -> bool:
    """A Dutch number of nine digits after the trunk 0, not starting with 0 itself."""
    if number.country_code != 31:
        return False
    national = phonenumbers.national_significant_number(number)
    return len(national) == 9 and national[0] != "0"


def _trimmed_phone(candidate: str) -> int:
    """Length of the longest prefix of `candidate`, cut at a separator, that is valid."""
    cuts = [m.start() for m in _SEPARATORS.finditer(candidate)] + [len(candidate)]
    for cut in sorted(set(cuts), reverse=True):
        e164 = _valid_e164(candidate[:cut])
        if e164:
            return 0 if _NOT_PERSONAL.match(e164) else cut
    return 0


def find_phone_numbers(text: str) -> Iterator[Kandidaat]:
    """Phone numbers in Dutch national or international notation, validated."""
    for match in _PHONE.finditer(text):
        date = _DATE_START.match(match.group())
        if date and match.group()[date.end() : date.end() + 1] != match.group()[2:3]:
            continue  # "05.03.2023 10:15" is a date and a time; "06.12.34.56.78" a phone
        if _BANK_CODE_BEFORE.search(text, max(0, match.start() - 12), match.start()):
            continue  # the account digits of an (invalid) IBAN
        length = _trimmed_phone(match.group())
        if length:
            start, end = match.start(), match.start() + length
            yield Kandidaat(EntiteitType.TELEFOON, start, end, text[start:end], priority=50)
