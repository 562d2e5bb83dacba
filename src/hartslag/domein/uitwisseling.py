# SPDX-License-Identifier: EUPL-1.2
"""Exchange between organisations: event types, sharing agreements (deelafspraken) and
the rules of what may leave. Pure: no clock, no I/O.

Events follow CloudEvents 1.0 and the NL GOV profile for CloudEvents: reverse-DNS types
without organisation names, ``source`` as the organisation's OIN URN, no personal data in
the attributes. See docs/uitwisseling.md.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from hartslag.domein.fouten import HartslagFout, OngeldigeInvoer

TYPE_PREFIX = "nl.overheid.signalen."
SPECVERSION = "1.0"
MEDIATYPE = "application/cloudevents+json"
MEDIATYPE_BATCH = "application/cloudevents-batch+json"  # a JSON array of structured events
# The CloudEvents extension attribute that names the agreement an event travels under.
AFSPRAAK_ATTRIBUUT = "deelafspraak"
_OIN = re.compile(r"^\d{20}$")
_AFSPRAAKCODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,59}$")


class Gebeurtenistype(StrEnum):
    """The event types Hartslag sends and accepts (the ``type`` attribute)."""

    SIGNAAL_GEDEELD = TYPE_PREFIX + "signaal-gedeeld"
    SIGNAAL_INGETROKKEN = TYPE_PREFIX + "signaal-ingetrokken"
    PATROON_GEDEELD = TYPE_PREFIX + "patroon-gedeeld"
    PATROON_BIJGEWERKT = TYPE_PREFIX + "patroon-bijgewerkt"
    KNELPUNT_GEDEELD = TYPE_PREFIX + "knelpunt-gedeeld"
    KNELPUNT_BIJGEWERKT = TYPE_PREFIX + "knelpunt-bijgewerkt"
    KNELPUNT_EIGENAARSCHAP_GEWIJZIGD = TYPE_PREFIX + "knelpunt-eigenaarschap-gewijzigd"
    # Ownership across installations: the owner offers, the partner answers.
    KNELPUNT_EIGENAARSCHAP_AANGEBODEN = TYPE_PREFIX + "knelpunt-eigenaarschap-aangeboden"
    KNELPUNT_EIGENAARSCHAP_GEACCEPTEERD = TYPE_PREFIX + "knelpunt-eigenaarschap-geaccepteerd"
    KNELPUNT_EIGENAARSCHAP_GEWEIGERD = TYPE_PREFIX + "knelpunt-eigenaarschap-geweigerd"
    TERUGKOPPELING_GEGEVEN = TYPE_PREFIX + "terugkoppeling-gegeven"

    @property
    def kort(self) -> str:
        """The short name, e.g. ``signaal-gedeeld`` (file name of its JSON Schema)."""
        return self.value.removeprefix(TYPE_PREFIX)

    @property
    def soort(self) -> str:
        """What the event is about: signaal, patroon, knelpunt or terugkoppeling."""
        return self.kort.split("-", 1)[0]


class Richting(StrEnum):
    UITGAAND = "uitgaand"  # we share with the partner
    INKOMEND = "inkomend"  # the partner shares with us


# What an event of each kind may carry at most; an agreement picks from these. Nothing
# here is personal data: texts are the pseudonymised ones, and reporter pseudonyms,
# contact details and originals have no field at all.
TOEGESTANE_VELDEN: dict[str, frozenset[str]] = {
    "signaal": frozenset(
        {
            "titel",
            "tekst",
            "themas",
            "brontype",
            "meldertype",
            "kanaal",
            "ontvangenOp",
            "polariteit",
            "bereik",
            "levensgebeurtenis",
            "regelgeving",
            "status",
            "patroon",
        }
    ),
    "patroon": frozenset({"label", "themas", "aantalSignalen", "status"}),
    "knelpunt": frozenset(
        {
            "titel",
            "beschrijving",
            "themas",
            "status",
            "eigenaarOrganisatie",
            "voorgesteldeEigenaar",
            "betrokkenOrganisaties",
            "aantalSignalen",
            "signalenPerOrganisatie",
            "reden",  # of a partner's answer to a transfer, pseudonymised
        }
    ),
    "terugkoppeling": frozenset({"knelpunt", "mijlpaal", "tekst"}),
}
# Fields every event of a kind carries whatever the agreement names: the ownership of a
# shared dossier is not data an agreement may leave out, or partners would see two owners.
ALTIJD_DELEN: dict[str, frozenset[str]] = {
    "knelpunt": frozenset({"versie", "eigenaarOrganisatie", "voorgesteldeEigenaar"}),
}
# Answers of a partner to a transfer (partner -> the dossier's home installation).
ANTWOORDTYPEN = frozenset(
    {
        Gebeurtenistype.KNELPUNT_EIGENAARSCHAP_GEACCEPTEERD,
        Gebeurtenistype.KNELPUNT_EIGENAARSCHAP_GEWEIGERD,
    }
)
# Fields that never leave, whatever an agreement says (a second line of defence).
NOOIT_DELEN = frozenset({"melderId", "melderPseudoniem", "contact", "contactId", "origineel"})
ALLE_THEMAS = "*"


class OngeldigeGebeurtenis(HartslagFout):
    code = "ongeldige-gebeurtenis"
    titel = "Ongeldige gebeurtenis"
    status = 400


class OngeldigeHandtekening(HartslagFout):
    code = "ongeldige-handtekening"
    titel = "Ongeldige handtekening"
    status = 401


class GebeurtenisTeOud(HartslagFout):
    code = "gebeurtenis-te-oud"
    titel = "Gebeurtenis te oud of uit de toekomst"
    status = 400


class OnbekendeDeelafspraak(HartslagFout):
    code = "onbekende-deelafspraak"
    titel = "Geen geldige deelafspraak"
    status = 403


def check_oin(oin: str) -> str:
    """The OIN (Organisatie-identificatienummer): 20 digits."""
    if not _OIN.match(oin):
        raise OngeldigeInvoer(f"OIN '{oin[:40]}' is ongeldig: een OIN is precies 20 cijfers.")
    return oin


def bron_voor(oin: str) -> str:
    """The CloudEvents ``source`` of an organisation's Hartslag."""
    return f"urn:nld:oin:{oin}:systeem:hartslag"


@dataclass(frozen=True)
class Deelafspraak:
    """A sharing agreement with one partner, for one direction: which event types, which
    themes (``*``: all), which fields, on which legal basis and for which purpose, valid
    from/to. Both sides record it under the same ``code``."""

    id: uuid.UUID
    code: str
    partner: str
    richting: Richting
    gebeurtenistypen: frozenset[Gebeurtenistype]
    themas: frozenset[str]
    velden: frozenset[str]
    grondslag: str
    doel: str
    geldig_vanaf: datetime
    geldig_tot: datetime | None = None
    # A local agreement: the partner is another organisation of the same installation.
    # Recorded once, by the giving side (outgoing); it decides what the partner may see
    # here, nothing travels (docs/uitwisseling.md, "One installation").
    lokaal: bool = False

    def geldig_op(self, moment: datetime) -> bool:
        return self.geldig_vanaf <= moment and (self.geldig_tot is None or moment < self.geldig_tot)

    def dekt(self, type: Gebeurtenistype, themas: frozenset[str], moment: datetime) -> bool:
        """Whether an event of ``type`` about something with ``themas`` may go under this
        agreement at ``moment``."""
        if not self.geldig_op(moment) or type not in self.gebeurtenistypen:
            return False
        return ALLE_THEMAS in self.themas or bool(self.themas & themas)

    def staat_toe(
        self, type: Gebeurtenistype, themas: frozenset[str] | None, moment: datetime
    ) -> bool:
        """For an incoming event: ``themas`` None when the event type carries none."""
        if themas is None:
            return self.geldig_op(moment) and type in self.gebeurtenistypen
        return self.dekt(type, themas, moment)

    def velden_voor(self, soort: str) -> frozenset[str]:
        gekozen = self.velden & TOEGESTANE_VELDEN.get(soort, frozenset())
        return (gekozen | ALTIJD_DELEN.get(soort, frozenset())) - NOOIT_DELEN


def nieuwe_deelafspraak(
    *,
    id: uuid.UUID,
    code: str,
    partner: str,
    richting: Richting,
    gebeurtenistypen: frozenset[Gebeurtenistype],
    themas: frozenset[str],
    velden: frozenset[str],
    grondslag: str,
    doel: str,
    geldig_vanaf: datetime,
    geldig_tot: datetime | None,
    lokaal: bool = False,
) -> Deelafspraak:
    """A checked agreement: every rule in one place, every fault named at once."""
    fouten: list[str] = []
    if lokaal and richting is not Richting.UITGAAND:
        fouten.append(
            "richting: een afspraak binnen deze installatie legt de gevende organisatie vast "
            "(uitgaand)"
        )
    if not _AFSPRAAKCODE.match(code):
        fouten.append("code: letters, cijfers, '.', '_' en '-', hoogstens 60 tekens")
    if not gebeurtenistypen:
        fouten.append("gebeurtenistypen: noem er minstens één")
    if not themas:
        fouten.append(f"themas: noem er minstens één (of '{ALLE_THEMAS}' voor alle)")
    alle_velden = frozenset().union(*TOEGESTANE_VELDEN.values(), *ALTIJD_DELEN.values())
    if onbekend := sorted(velden - alle_velden):
        fouten.append(f"velden: niet deelbaar: {', '.join(onbekend)}")
    if not grondslag.strip() or not doel.strip():
        fouten.append("grondslag en doel zijn verplicht")
    if geldig_tot is not None and geldig_tot <= geldig_vanaf:
        fouten.append("geldigTot ligt niet na geldigVanaf")
    if fouten:
        raise OngeldigeInvoer("Deelafspraak ongeldig: " + "; ".join(fouten) + ".")
    return Deelafspraak(
        id,
        code,
        partner,
        richting,
        gebeurtenistypen,
        themas,
        velden,
        grondslag.strip(),
        doel.strip(),
        geldig_vanaf,
        geldig_tot,
        lokaal,
    )


def select_fields(gegevens: dict[str, Any], toegestaan: frozenset[str]) -> dict[str, Any]:
    """Only the fields the agreement allows, never one of :data:`NOOIT_DELEN`."""
    return {k: v for k, v in gegevens.items() if k in toegestaan and k not in NOOIT_DELEN}


def cloudevent(
    *,
    type: Gebeurtenistype,
    oin: str,
    onderwerp: str,
    id: uuid.UUID,
    tijdstip: datetime,
    dataschema: str,
    afspraak: str,
    data: dict[str, Any],
) -> dict[str, Any]:
    """A CloudEvent in JSON structured mode. ``onderwerp`` (subject) is an identifier of
    the thing, never personal data."""
    return {
        "specversion": SPECVERSION,
        "type": type.value,
        "source": bron_voor(oin),
        "subject": onderwerp,
        "id": str(id),
        "time": tijdstip.astimezone(UTC).isoformat().replace("+00:00", "Z"),
        "datacontenttype": "application/json",
        "dataschema": dataschema,
        AFSPRAAK_ATTRIBUUT: afspraak,
        "data": data,
    }


SCHEMA_BASIS = "https://hartslag.example/uitwisseling/schemas/"


def dataschema_voor(type: Gebeurtenistype) -> str:
    """The ``dataschema`` (and the schema's ``$id``); the API serves the same document at
    ``/api/v1/uitwisseling/schemas/{kort}.json``."""
    return f"{SCHEMA_BASIS}{type.kort}/v1.json"
