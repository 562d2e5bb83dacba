# SPDX-License-Identifier: EUPL-1.2
"""Keyed pseudonyms of reporter identifiers (``melderId``).

A BSN, e-mail address, phone number or client number is never stored: only an HMAC with a
per-organisation key, so analysis can see that two signals come from the same person
without knowing who, and a subject-access request can find them by the same route.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from functools import lru_cache

import phonenumbers
from stdnum.nl import bsn

_SCHEIDING = re.compile(r"[\s.\-/]")


def normalise_melder_id(melder_id: str) -> str:
    """One canonical spelling per identifier: a BSN as 9 digits, an e-mail address in lower
    case, a phone number in E.164, anything else (a client number) trimmed and upper-cased."""
    waarde = melder_id.strip()
    if "@" in waarde:
        return "email:" + waarde.lower()
    compact = _SCHEIDING.sub("", waarde)
    if compact.isdigit() and len(compact) in (8, 9) and bsn.is_valid(compact.zfill(9)):
        return "bsn:" + compact.zfill(9)
    if re.fullmatch(r"\+?\d{9,15}", compact):
        try:
            nummer = phonenumbers.parse(compact, "NL")
        except phonenumbers.NumberParseException:
            nummer = None
        if nummer is not None and phonenumbers.is_valid_number(nummer):
            return "tel:" + phonenumbers.format_number(nummer, phonenumbers.PhoneNumberFormat.E164)
    return "id:" + compact.upper()


@lru_cache(maxsize=256)
def organisation_key(master_key: bytes, organisatie: str) -> bytes:
    """The per-organisation key: pseudonyms of one organisation mean nothing in another."""
    return hmac.new(master_key, f"organisatie:{organisatie}".encode(), hashlib.sha256).digest()


def melder_pseudoniem(master_key: bytes, organisatie: str, melder_id: str) -> str:
    """The pseudonym of a reporter identifier, equal for every spelling of the same id."""
    sleutel = organisation_key(master_key, organisatie)
    return hmac.new(sleutel, normalise_melder_id(melder_id).encode(), hashlib.sha256).hexdigest()
