# SPDX-License-Identifier: EUPL-1.2
"""Keyed pseudonyms of a person's identifiers: the reporter id (``melderId``), the
contact details and what `hartslag.privacy` finds in free text.

An identifier is never stored: only an HMAC under a per-organisation key, so analysis can
see that two signals concern the same person without knowing who, and a subject-access
request finds them by the same route. One formula for all three sources
(`hartslag.privacy.keyed_pseudonym`): a BSN given as melderId, left in the text or typed
into `hartslag subject find` gives the same pseudonym.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from functools import lru_cache

import phonenumbers
from stdnum.nl import bsn

from hartslag.privacy import EntiteitType, keyed_pseudonym, pseudonymise

_SCHEIDING = re.compile(r"[\s.\-/]")
_TELEFOON = re.compile(r"\+?\d{9,15}")


def melder_id_type(melder_id: str) -> EntiteitType:
    """What kind of identifier a melderId is: an e-mail address, a BSN (11-proef), a
    phone number (valid Dutch or international), and otherwise a client number."""
    waarde = melder_id.strip()
    if "@" in waarde:
        return EntiteitType.EMAIL
    compact = _SCHEIDING.sub("", waarde)
    if compact.isdigit() and len(compact) in (8, 9) and bsn.is_valid(compact.zfill(9)):
        return EntiteitType.BSN
    if _TELEFOON.fullmatch(compact):
        try:
            nummer = phonenumbers.parse(compact, "NL")
        except phonenumbers.NumberParseException:
            nummer = None
        if nummer is not None and phonenumbers.is_valid_number(nummer):
            return EntiteitType.TELEFOON
    return EntiteitType.KLANTNUMMER


@lru_cache(maxsize=256)
def organisation_key(master_key: bytes, organisatie: str) -> bytes:
    """The per-organisation key: pseudonyms of one organisation mean nothing in another."""
    return hmac.new(master_key, f"organisatie:{organisatie}".encode(), hashlib.sha256).digest()


def identifier_pseudoniem(
    master_key: bytes, organisatie: str, soort: EntiteitType, waarde: str
) -> str:
    """The pseudonym of one identifier of a known kind (BSN, e-mail, phone, ...)."""
    sleutel = organisation_key(master_key, organisatie)
    return keyed_pseudonym(soort, waarde, key=sleutel, organisation=organisatie)


def melder_pseudoniem(master_key: bytes, organisatie: str, melder_id: str) -> str:
    """The pseudonym of a reporter identifier, equal for every spelling of the same id and
    to the pseudonym of the same identifier found in a signal's text."""
    return identifier_pseudoniem(master_key, organisatie, melder_id_type(melder_id), melder_id)


def found_in_name(master_key: bytes, organisatie: str, naam: str) -> list[tuple[str, str]]:
    """The (kind, pseudonym) pairs detection finds in a value given as a name: that of the
    name as it is found in text ("mevrouw De Boer" and "De Boer" both give "de boer"), and
    of anything else typed into it (a BSN, an e-mail address)."""
    sleutel = organisation_key(master_key, organisatie)
    gevonden = pseudonymise(f"Naam: {naam.strip()}", organisation=organisatie, key=sleutel)
    return sorted({(e.type.value, e.pseudonym) for e in gevonden.entities if e.pseudonym})


def name_pseudoniemen(master_key: bytes, organisatie: str, naam: str) -> list[tuple[str, str]]:
    """Every pseudonym a person's name may be linked by: what detection finds in it
    (`found_in_name`) and the whole value as given (a name field where detection found no
    name is linked by that). A subject search by name looks for all of them."""
    geheel = identifier_pseudoniem(master_key, organisatie, EntiteitType.PERSOON, naam)
    return sorted(
        {*found_in_name(master_key, organisatie, naam), (EntiteitType.PERSOON.value, geheel)}
    )
