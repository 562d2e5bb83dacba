# SPDX-License-Identifier: EUPL-1.2
"""The controlled vocabularies of the product brief (glossary), as enums.

Enum values are the lowercase Dutch words the API and database use. Themes and life
events are open vocabularies (free strings an organisation extends), so they are not
enums here.
"""

from enum import StrEnum


class Brontype(StrEnum):
    """The 13 source types of the vision on signal management."""

    GESPREK = "gesprek"
    MELDING = "melding"
    BERICHT = "bericht"
    VRAAG = "vraag"
    KLACHT = "klacht"
    FEEDBACK = "feedback"
    BEROEP = "beroep"
    BEZWAAR = "bezwaar"
    ONDERZOEK = "onderzoek"
    PUBLICATIE = "publicatie"
    GEDRAGSREGISTRATIE = "gedragsregistratie"
    FOUTMELDING = "foutmelding"
    TERUGBELVERZOEK = "terugbelverzoek"


class Meldertype(StrEnum):
    """The six reporter types."""

    BURGER = "burger"
    ONDERNEMER = "ondernemer"
    RELATIEBEHEERDER = "relatiebeheerder"
    TOEZICHTHOUDER = "toezichthouder"
    BELANGENBEHARTIGER = "belangenbehartiger"
    MEDEWERKER = "medewerker"


class Kanaal(StrEnum):
    """The channel a signal came in through."""

    TELEFOON = "telefoon"
    BALIE = "balie"
    BRIEF = "brief"
    EMAIL = "email"
    WEBFORMULIER = "webformulier"
    CHAT = "chat"
    SOCIALE_MEDIA = "sociale-media"
    PERSOONLIJK = "persoonlijk"
    INTERN_SYSTEEM = "intern-systeem"
    OVERIG = "overig"


class Polariteit(StrEnum):
    POSITIEF = "positief"
    NEGATIEF = "negatief"
    NEUTRAAL = "neutraal"


class Impactdomein(StrEnum):
    """What a signal touches: service delivery, policy or legislation."""

    DIENSTVERLENING = "dienstverlening"
    BELEID = "beleid"
    WETGEVING = "wetgeving"


class Impactsoort(StrEnum):
    """Whether a signal touches an impact domain directly or indirectly."""

    DIRECT = "direct"
    INDIRECT = "indirect"


class Bereik(StrEnum):
    """The potential reach of a signal."""

    INDIVIDU = "individu"
    GROEP = "groep"
    VELEN = "velen"


class Signaalstatus(StrEnum):
    NIEUW = "nieuw"
    GETRIAGEERD = "getriageerd"
    GEKOPPELD = "gekoppeld"
    GESLOTEN = "gesloten"


class Rol(StrEnum):
    """A user's or token's role within one organisation."""

    FRONTLINIE = "frontlinie"
    ANALIST = "analist"
    EIGENAAR = "eigenaar"
    MANAGER = "manager"
    BEHEERDER = "beheerder"
    PARTNER = "partner"
