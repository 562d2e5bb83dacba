# SPDX-License-Identifier: EUPL-1.2
"""Response and request bodies of the API that are not the intake schema itself."""

from __future__ import annotations

import re
import uuid
from datetime import datetime
from typing import Annotated, Any

from pydantic import BeforeValidator, Field, WithJsonSchema

from hartslag.adapters.api.wijziging import Wijziging, niet_leeg
from hartslag.domein.gebeurtenis import Gebeurtenis
from hartslag.domein.signaal import Signaal
from hartslag.domein.vocabulaire import (
    Bereik,
    Brontype,
    Kanaal,
    Meldertype,
    Polariteit,
    Signaalstatus,
)
from hartslag.services.invoer import ImpactInvoer, Schema, tijdstip
from hartslag.services.poorten import SignaalAnalyse

API_BASIS = "/api/v1"
# Partners' webhooks authenticate with a signature over the body, not a token.
ZONDER_TOKEN = re.compile(rf"^{API_BASIS}/organisaties/[^/]+/gebeurtenissen$")
MAX_PAGINA = 100_000  # a page number beyond this is a mistake, not a page
# A date or date-time in a query: ISO 8601 or a Dutch date; no numbers (no Unix time).
Tijdstip = Annotated[
    datetime,
    BeforeValidator(tijdstip),
    WithJsonSchema({"type": "string", "format": "date-time"}),
]


class Link(Schema):
    href: str


class SignaalLinks(Schema):
    self: Link
    historie: Link


class SignaalAangemaakt(Schema):
    id: uuid.UUID
    referentie: str
    statuscode: str = Field(
        description="Voor de melder: hiermee zoekt die de status op zonder in te loggen "
        "(GET /api/v1/status/{statuscode}). Kenmerk plus controledeel, bijv. "
        "HS-2026-000123-K7Q2M9XA4B.",
        examples=["HS-2026-000123-K7Q2M9XA4B"],
    )
    links: dict[str, Link] = Field(alias="_links")


class PatroonVerwijzing(Schema):
    id: uuid.UUID
    titel: str | None
    href: str


class SignaalWeergave(Schema):
    id: uuid.UUID
    referentie: str
    organisatie: str
    ontvangen_op: datetime
    geregistreerd_op: datetime
    geregistreerd_door: str
    brontype: Brontype
    meldertype: Meldertype
    kanaal: Kanaal
    gevraagd: bool
    polariteit: Polariteit | None
    impact: list[ImpactInvoer]
    bereik: Bereik | None
    themas: list[str]
    levensgebeurtenis: str | None
    regelgeving: list[str]
    titel: str
    tekst: str
    status: Signaalstatus
    externe_referentie: str | None
    heeft_contact: bool = Field(description="Of de melder contactgegevens achterliet.")
    patroon: PatroonVerwijzing | None = Field(
        None, description="Het patroon waarin de analyse (of een mens) het signaal plaatste."
    )
    herhaalcontact: bool = Field(
        False, description="Dezelfde melder meldde hetzelfde probleem eerder (binnen 90 dagen)."
    )
    statuscode: str | None = Field(
        None,
        description="De statuscode van de melder, om opnieuw door te geven (alleen bij "
        "signalen van uw eigen organisatie in /signalen).",
    )
    links: SignaalLinks = Field(alias="_links")


def signaal_weergave(
    s: Signaal, analyse: SignaalAnalyse | None = None, statuscode: str | None = None
) -> SignaalWeergave:
    pad = f"{API_BASIS}/signalen/{s.id}"
    patroon = None
    if analyse is not None and analyse.patroon_id is not None:
        patroon = PatroonVerwijzing(
            id=analyse.patroon_id,
            titel=analyse.patroon_titel,
            href=f"{API_BASIS}/patronen/{analyse.patroon_id}",
        )
    return SignaalWeergave(
        id=s.id,
        referentie=s.referentie,
        organisatie=s.organisatie,
        ontvangen_op=s.ontvangen_op,
        geregistreerd_op=s.geregistreerd_op,
        geregistreerd_door=s.geregistreerd_door,
        brontype=s.brontype,
        meldertype=s.meldertype,
        kanaal=s.kanaal,
        gevraagd=s.gevraagd,
        polariteit=s.polariteit,
        impact=[ImpactInvoer(domein=i.domein, soort=i.soort) for i in s.impact],
        bereik=s.bereik,
        themas=list(s.themas),
        levensgebeurtenis=s.levensgebeurtenis,
        regelgeving=list(s.regelgeving),
        titel=s.titel or "",
        tekst=s.tekst,
        status=s.status,
        externe_referentie=s.externe_referentie,
        heeft_contact=s.heeft_contact,
        patroon=patroon,
        herhaalcontact=bool(analyse and analyse.herhaalcontact),
        statuscode=statuscode,
        links=SignaalLinks(self=Link(href=pad), historie=Link(href=f"{pad}/historie")),
    )


class SignaalLijst(Schema):
    signalen: list[SignaalWeergave]
    totaal: int = Field(description="Het totaal aantal signalen dat aan de filters voldoet.")
    pagina: int
    pagina_grootte: int
    links: dict[str, Link] = Field(alias="_links")


class SignaalWijziging(Wijziging):
    """A change to a signal's classification or status (JSON merge patch)."""

    status: Signaalstatus | None = niet_leeg()
    titel: str | None = niet_leeg(min_length=1, max_length=300)
    polariteit: Polariteit | None = None
    impact: list[ImpactInvoer] | None = niet_leeg()
    bereik: Bereik | None = None
    themas: list[str] | None = niet_leeg(max_length=20)
    levensgebeurtenis: str | None = Field(None, max_length=200)
    regelgeving: list[str] | None = niet_leeg(max_length=20)
    reden: str | None = Field(
        None,
        max_length=2000,
        description="Waarom (audit trail); verplicht bij sluiten (status gesloten): het begin "
        "van de terugkoppeling aan de melder.",
    )


class ZoekOpMelder(Schema):
    """Search by a person: the identifier travels in the body, never in a URL."""

    melder_id: str = Field(..., min_length=1, max_length=200)
    pagina: int = Field(1, ge=1, le=MAX_PAGINA)
    pagina_grootte: int = Field(20, ge=1, le=500)


class GebeurtenisWeergave(Schema):
    id: int | None
    tijdstip: datetime
    actor: str
    actie: str
    onderwerp_type: str
    onderwerp_id: str | None
    reden: str | None
    voor: dict[str, Any] | None
    na: dict[str, Any] | None


def gebeurtenis_weergave(g: Gebeurtenis) -> GebeurtenisWeergave:
    return GebeurtenisWeergave(
        id=g.id,
        tijdstip=g.tijdstip,
        actor=g.actor,
        actie=str(g.actie),
        onderwerp_type=g.onderwerp_type,
        onderwerp_id=g.onderwerp_id,
        reden=g.reden,
        voor=g.voor,
        na=g.na,
    )


class Historie(Schema):
    gebeurtenissen: list[GebeurtenisWeergave]


class ContactWeergave(Schema):
    naam: str | None
    email: str | None
    telefoon: str | None


class OrigineelWeergave(Schema):
    """The title and text as received, before pseudonymisation (only when kept)."""

    titel: str | None
    tekst: str
