# SPDX-License-Identifier: EUPL-1.2
"""Normalised identifiers and keyed pseudonyms that link mentions without revealing them.

Other parts of Hartslag (the intake, subject search) call these same two functions for a
BSN, e-mail address or phone number given in a form field, so a value typed there and the
same value found in free text produce the identical pseudonym.
"""

from __future__ import annotations

import hmac
import re
import unicodedata
from datetime import date
from functools import lru_cache

import phonenumbers
from stdnum import iban as stdnum_iban
from stdnum.nl import bsn as stdnum_bsn

from hartslag.privacy.datums import parse_date
from hartslag.privacy.entiteiten import EntiteitType

_SPACES = re.compile(r"\s+")
_NOT_ALNUM = re.compile(r"[^0-9A-Za-z]")
_SEPARATOR = "\x1f"


def entity_type_for(kind: str) -> EntiteitType:
    """The entity type named by `kind`, case-insensitive ("bsn", "BSN", "e-mail")."""
    if isinstance(kind, EntiteitType):
        return kind
    name = kind.strip().upper().replace("-", "").replace("_", "")
    if name == "TELEFOONNUMMER":
        name = "TELEFOON"
    try:
        return EntiteitType(name)
    except ValueError:
        valid = ", ".join(t.value for t in EntiteitType)
        raise ValueError(f"unknown identifier kind {kind!r}; use one of: {valid}") from None


@lru_cache(maxsize=4096)
def _phone(value: str) -> str:
    try:
        number = phonenumbers.parse(value, "NL")
    except phonenumbers.NumberParseException:
        return _NOT_ALNUM.sub("", value)
    return str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164))


def _birth_date(value: str) -> str:
    parsed: date | None = parse_date(value)
    return parsed.isoformat() if parsed else _text(value)


_EMAIL_AT = re.compile(r"\s*[\[({]\s*(?:at|@|apenstaartje)\s*[\])}]\s*|\s+apenstaartje\s+", re.I)
_EMAIL_DOT = re.compile(r"\s*[\[({]\s*(?:dot|punt)\s*[\])}]\s*", re.IGNORECASE)


def _email(value: str) -> str:
    """Lower case, with written-out forms ("naam [at] home.nl") as the address they stand for."""
    plain = _EMAIL_DOT.sub(".", _EMAIL_AT.sub("@", value.strip()))
    return "".join(plain.split()).casefold()


def _text(value: str) -> str:
    folded = unicodedata.normalize("NFKC", value).casefold()
    return _SPACES.sub(" ", folded.replace(",", " ")).strip()


def _compact_upper(value: str) -> str:
    return _NOT_ALNUM.sub("", value).upper()


def normalise_identifier(kind: str, value: str) -> str:
    """The canonical form of `value` as an identifier of `kind`.

    BSN: nine digits (an eight-digit number gets its leading zero back); IBAN, licence
    plate, postcode, client and case numbers: letters and digits only, upper case; e-mail:
    lower case; phone: E.164 ("+31612345678"); date of birth: ISO 8601; names and
    addresses: case-folded with whitespace collapsed.
    """
    entity_type = entity_type_for(kind)
    if entity_type is EntiteitType.BSN:
        return str(stdnum_bsn.compact(value)) if value.strip() else ""
    if entity_type is EntiteitType.IBAN:
        return str(stdnum_iban.compact(value))
    if entity_type is EntiteitType.EMAIL:
        return _email(value)
    if entity_type is EntiteitType.TELEFOON:
        return _phone(value)
    if entity_type is EntiteitType.GEBOORTEDATUM:
        return _birth_date(value)
    if entity_type in (EntiteitType.PERSOON, EntiteitType.ADRES):
        return _text(value)
    return _compact_upper(value)


def keyed_pseudonym(kind: str, value: str, *, key: bytes, organisation: str) -> str:
    """Hex HMAC-SHA256 under `key` of the organisation, the kind and the normalised value.

    The same identifier gives the same pseudonym within one organisation and key, whatever
    its spelling; a different organisation or key gives an unrelated one. The kind is part
    of the message so a BSN and a client number with the same digits do not collide.
    """
    if not key:
        raise ValueError("key must be a non-empty byte string; generate one with secrets")
    entity_type = entity_type_for(kind)
    return pseudonym_of_normalised(
        entity_type, normalise_identifier(entity_type, value), key=key, organisation=organisation
    )


def pseudonym_of_normalised(
    entity_type: EntiteitType, normalised: str, *, key: bytes, organisation: str
) -> str:
    """`keyed_pseudonym` of a value already in its `normalise_identifier` form."""
    message = _SEPARATOR.join((organisation, entity_type.value, normalised))
    return hmac.digest(key, message.encode("utf-8"), "sha256").hex()
