# SPDX-License-Identifier: EUPL-1.2
"""Bodies of the analysis resources: patterns, alerts, similar signals, theme suggestions."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from pydantic import Field

from hartslag.adapters.api.schemas import API_BASIS, Link, SignaalWeergave
from hartslag.adapters.api.wijziging import Wijziging, niet_leeg
from hartslag.domein.patroon import (
    Onderwerpsoort,
    Patroon,
    Patroonstatus,
    Waarschuwing,
    Waarschuwingsoort,
)
from hartslag.services.invoer import Schema


class Weekaantal(Schema):
    week: date = Field(description="Maandag van de week.")
    aantal: int


class PatroonWeergave(Schema):
    id: uuid.UUID
    titel: str
    titel_handmatig: bool
    status: Patroonstatus
    bereik: str = Field(description="'*' (netwerkanalyse) of de organisatiecode.")
    sleutelwoorden: list[str]
    omvang: int
    eerst_gezien: datetime | None
    laatst_gezien: datetime | None
    organisaties: dict[str, int] = Field(description="Aantal signalen per organisatie.")
    organisatieoverstijgend: bool
    rangscore: float
    brontypes: dict[str, int]
    kanalen: dict[str, int]
    herhaalcontacten: int
    reeks: list[Weekaantal]
    samengevoegd_in: uuid.UUID | None
    links: dict[str, Link] = Field(alias="_links")


def patroon_weergave(p: Patroon) -> PatroonWeergave:
    pad = f"{API_BASIS}/patronen/{p.id}"
    return PatroonWeergave(
        id=p.id,
        titel=p.titel,
        titel_handmatig=p.titel_handmatig,
        status=p.status,
        bereik=p.bereik,
        sleutelwoorden=p.sleutelwoorden,
        omvang=p.omvang,
        eerst_gezien=p.eerst_gezien,
        laatst_gezien=p.laatst_gezien,
        organisaties=p.organisaties,
        organisatieoverstijgend=p.organisatieoverstijgend,
        rangscore=p.score,
        brontypes=p.brontypes,
        kanalen=p.kanalen,
        herhaalcontacten=p.herhaalcontacten,
        reeks=[Weekaantal(week=d, aantal=n) for d, n in p.reeks],
        samengevoegd_in=p.samengevoegd_in,
        links={"self": Link(href=pad), "signalen": Link(href=f"{pad}/signalen")},
    )


class PatroonLijst(Schema):
    patronen: list[PatroonWeergave]
    totaal: int


class PatroonWijziging(Wijziging):
    titel: str | None = niet_leeg(min_length=1, max_length=300)
    bevestigd: bool | None = niet_leeg(description="true: een mens bevestigt het patroon.")
    reden: str | None = Field(None, max_length=2000)


class Samenvoeging(Schema):
    patronen: list[uuid.UUID] = Field(..., min_length=1, max_length=50)
    reden: str | None = Field(None, max_length=2000)


class Splitsing(Schema):
    signalen: list[uuid.UUID] = Field(..., min_length=1, max_length=5000)
    titel: str = Field(..., min_length=1, max_length=300)
    reden: str | None = Field(None, max_length=2000)


class PatroonKeuze(Schema):
    patroon: uuid.UUID | None = Field(description="null: het signaal hoort bij geen patroon.")
    reden: str | None = Field(None, max_length=2000)


class PatroonSignalen(Schema):
    signalen: list[SignaalWeergave]
    totaal: int
    pagina: int
    pagina_grootte: int


class WaarschuwingWeergave(Schema):
    id: uuid.UUID
    soort: Waarschuwingsoort
    onderwerp_soort: Onderwerpsoort
    onderwerp: str
    patroon: uuid.UUID | None
    peildatum: date
    begin_stijging: date | None = Field(description="De dag waarop de stijging begon.")
    waargenomen: int
    verwacht: float
    ondergrens: int
    bovengrens: int
    uitleg: str
    organisaties: list[str]
    links: dict[str, Link] = Field(alias="_links")


def waarschuwing_weergave(w: Waarschuwing) -> WaarschuwingWeergave:
    links = {}
    if w.patroon_id:
        links["patroon"] = Link(href=f"{API_BASIS}/patronen/{w.patroon_id}")
    return WaarschuwingWeergave(
        id=w.id,
        soort=w.soort,
        onderwerp_soort=w.onderwerp_soort,
        onderwerp=w.onderwerp,
        patroon=w.patroon_id,
        peildatum=w.peildatum,
        begin_stijging=w.begin_stijging,
        waargenomen=w.waargenomen,
        verwacht=w.verwacht,
        ondergrens=w.ondergrens,
        bovengrens=w.bovengrens,
        uitleg=w.uitleg,
        organisaties=w.organisaties,
        links=links,
    )


class WaarschuwingLijst(Schema):
    waarschuwingen: list[WaarschuwingWeergave]


class Concepttekst(Schema):
    tekst: str = Field(..., min_length=3, max_length=20_000)
    aantal: int = Field(10, ge=1, le=50)


class VergelijkbaarSignaal(Schema):
    signaal: SignaalWeergave
    gelijkenis: float


class VergelijkbaarPatroon(Schema):
    patroon: PatroonWeergave
    gelijkenis: float


class Vergelijkbaar(Schema):
    signalen: list[VergelijkbaarSignaal]
    patronen: list[VergelijkbaarPatroon]


class ThemaKans(Schema):
    thema: str
    zekerheid: float


class Themavoorstel(Schema):
    signaal: SignaalWeergave
    suggesties: list[ThemaKans]
    zekerheid: float
    vraag_mens: bool = Field(description="Onder de drempel: een mens beslist.")


class Themawachtrij(Schema):
    voorstellen: list[Themavoorstel]


class Themaacceptatie(Schema):
    themas: list[str] = Field(..., min_length=1, max_length=20)
    reden: str | None = Field(None, max_length=2000)
