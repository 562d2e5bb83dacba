# SPDX-License-Identifier: EUPL-1.2
"""The kinds of personal data we detect and the records a detection produces."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class EntiteitType(StrEnum):
    """A kind of personal data found in free text."""

    PERSOON = "PERSOON"
    BSN = "BSN"
    IBAN = "IBAN"
    EMAIL = "EMAIL"
    TELEFOON = "TELEFOON"
    ADRES = "ADRES"
    POSTCODE = "POSTCODE"
    GEBOORTEDATUM = "GEBOORTEDATUM"
    KENTEKEN = "KENTEKEN"
    KLANTNUMMER = "KLANTNUMMER"
    DOSSIERNUMMER = "DOSSIERNUMMER"


@dataclass(frozen=True, slots=True)
class Kandidaat:
    """A span a detector believes is personal data, before placeholders are assigned.

    `priority` decides overlaps between detectors: the higher one wins, then the longer span.
    """

    type: EntiteitType
    start: int
    end: int
    text: str
    priority: int = 0


@dataclass(frozen=True, slots=True)
class Entity:
    """One piece of personal data in the original text and what replaced it."""

    type: EntiteitType
    start: int
    end: int
    text: str
    placeholder: str
    pseudonym: str | None = None


@dataclass(frozen=True, slots=True)
class Pseudonymisation:
    """The pseudonymised text and the entities it replaced, in text order."""

    text: str
    entities: list[Entity] = field(default_factory=list)
