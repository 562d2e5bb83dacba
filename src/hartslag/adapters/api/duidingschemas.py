# SPDX-License-Identifier: EUPL-1.2
"""Request and response bodies of the ``duidingssessies`` resource."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Annotated, Any

from pydantic import Field, field_validator

from hartslag.adapters.api.actieschemas import ActieWeergave, actie_weergave
from hartslag.adapters.api.knelpuntschemas import (
    CasusInvoer,
    CasusWeergave,
    CijfersWeergave,
    EigenaarSchema,
    cijfers_weergave,
)
from hartslag.adapters.api.schemas import API_BASIS
from hartslag.adapters.api.wijziging import Wijziging, niet_leeg
from hartslag.domein.duiding import (
    Afspraak,
    Deelnemer,
    Deelnemersoort,
    Duidingssessie,
    Sessiestatus,
)
from hartslag.domein.knelpunt import Casus, Knelpuntstatus, Laag
from hartslag.services.duidingssessies import Agendapunt, NieuweSessie, Sessieagenda
from hartslag.services.invoer import Schema, tijdstip

Conclusie = Annotated[str, Field(min_length=1, max_length=4000)]


class DeelnemerSchema(Schema):
    organisatie: str = Field(
        min_length=1,
        max_length=200,
        description="Organisatie, ook een maatschappelijke partner (bijv. 'Schuldhulpmaatje')",
    )
    naam: str | None = Field(None, max_length=200, description="Leeg: de organisatie als geheel")
    rol: str | None = Field(
        None, max_length=200, description="Bijv. beleid, uitvoering, voorzitter"
    )
    soort: Deelnemersoort = Deelnemersoort.PUBLIEKE_ORGANISATIE

    def to_domain(self) -> Deelnemer:
        return Deelnemer(self.organisatie, self.naam, self.rol, self.soort)


class AfspraakInvoer(Schema):
    knelpunt_id: uuid.UUID = Field(description="Een knelpunt dat in deze sessie besproken wordt")
    omschrijving: str = Field(min_length=1, max_length=2000)
    eigenaar: str = Field(min_length=1, max_length=200, description="Wie de actie uitvoert")
    deadline: date | None = None

    def to_domain(self) -> Afspraak:
        return Afspraak(self.knelpunt_id, self.omschrijving, self.eigenaar, self.deadline)


class SessieVelden(Schema):
    deelnemers: list[DeelnemerSchema] = Field(default_factory=list, max_length=100)
    knelpunt_ids: list[uuid.UUID] = Field(default_factory=list, max_length=50)
    besproken_casussen: list[CasusInvoer] = Field(default_factory=list, max_length=50)
    conclusies: list[Conclusie] = Field(default_factory=list, max_length=50)
    afspraken: list[AfspraakInvoer] = Field(
        default_factory=list,
        max_length=100,
        description="Worden bij het vastleggen acties op het dossier van het knelpunt",
    )


class SessieNieuw(SessieVelden):
    titel: str = Field(min_length=1, max_length=300)
    datum: datetime = Field(description="Wanneer de sessie is (zonder tijdzone: NL-tijd)")

    @field_validator("datum", mode="before")
    @classmethod
    def _tijdstip(cls, value: Any) -> Any:
        return tijdstip(value)

    def to_domain(self) -> NieuweSessie:
        return NieuweSessie(
            titel=self.titel,
            datum=self.datum,
            deelnemers=tuple(d.to_domain() for d in self.deelnemers),
            knelpunten=tuple(self.knelpunt_ids),
            besproken_casussen=tuple(c.to_domain() for c in self.besproken_casussen),
            conclusies=tuple(self.conclusies),
            afspraken=tuple(a.to_domain() for a in self.afspraken),
        )


class SessieWijziging(Wijziging):
    """A JSON merge patch of the draft; lists replace the lists they name."""

    titel: str | None = niet_leeg(min_length=1, max_length=300)
    datum: datetime | None = niet_leeg()
    deelnemers: list[DeelnemerSchema] | None = niet_leeg(max_length=100)
    knelpunt_ids: list[uuid.UUID] | None = niet_leeg(max_length=50)
    besproken_casussen: list[CasusInvoer] | None = niet_leeg(max_length=50)
    conclusies: list[Conclusie] | None = niet_leeg(max_length=50)
    afspraken: list[AfspraakInvoer] | None = niet_leeg(max_length=100)
    reden: str | None = Field(None, max_length=2000)

    @field_validator("datum", mode="before")
    @classmethod
    def _tijdstip(cls, value: Any) -> Any:
        return tijdstip(value)

    def wijzigingen(self) -> dict[str, Any]:
        velden: dict[str, Any] = {}
        for naam in self.model_fields_set - {"reden"}:
            waarde = getattr(self, naam)
            if waarde is None:
                continue  # titel and datum cannot be emptied; lists: send []
            if naam in ("deelnemers", "besproken_casussen", "afspraken"):
                waarde = tuple(x.to_domain() for x in waarde)
            elif isinstance(waarde, list):
                waarde = tuple(waarde)
            velden["knelpunten" if naam == "knelpunt_ids" else naam] = waarde
        return velden


class AfspraakWeergave(Schema):
    knelpunt_id: uuid.UUID
    omschrijving: str
    eigenaar: str
    deadline: date | None
    actie_id: uuid.UUID | None = Field(description="De actie op het dossier, na vastleggen")


class SessieWeergave(Schema):
    id: uuid.UUID
    organisatie: str
    titel: str
    datum: datetime
    status: Sessiestatus
    deelnemers: list[DeelnemerSchema]
    knelpunt_ids: list[uuid.UUID]
    besproken_casussen: list[CasusWeergave]
    conclusies: list[str]
    afspraken: list[AfspraakWeergave]
    aangemaakt_door: str
    vastgelegd_op: datetime | None
    vastgelegd_door: str | None
    links: dict[str, dict[str, str]] = Field(alias="_links")


def _casus(c: Casus) -> CasusWeergave:
    return CasusWeergave(titel=c.titel, verhaal=c.verhaal, signaal_id=c.signaal_id)


def sessie_weergave(s: Duidingssessie) -> SessieWeergave:
    pad = f"{API_BASIS}/duidingssessies/{s.id}"
    return SessieWeergave(
        id=s.id,
        organisatie=s.organisatie,
        titel=s.titel,
        datum=s.datum,
        status=s.status,
        deelnemers=[
            DeelnemerSchema(organisatie=d.organisatie, naam=d.naam, rol=d.rol, soort=d.soort)
            for d in s.deelnemers
        ],
        knelpunt_ids=list(s.knelpunten),
        besproken_casussen=[_casus(c) for c in s.besproken_casussen],
        conclusies=list(s.conclusies),
        afspraken=[AfspraakWeergave(**a.__dict__) for a in s.afspraken],
        aangemaakt_door=s.aangemaakt_door,
        vastgelegd_op=s.vastgelegd_op,
        vastgelegd_door=s.vastgelegd_door,
        links={
            "self": {"href": pad},
            "agenda": {"href": f"{pad}/agenda"},
            "vastlegging": {"href": f"{pad}/vastlegging"},
            "historie": {"href": f"{pad}/historie"},
            **{
                f"knelpunt-{i}": {"href": f"{API_BASIS}/knelpunten/{k}"}
                for i, k in enumerate(s.knelpunten, start=1)
            },
        },
    )


class SessieLijst(Schema):
    duidingssessies: list[SessieWeergave]
    totaal: int


class AgendapuntWeergave(Schema):
    knelpunt_id: uuid.UUID
    titel: str
    status: Knelpuntstatus
    eigenaar: EigenaarSchema | None
    knellend_mechanisme: str | None
    lagen: list[Laag]
    cijfers: CijfersWeergave
    casussen: list[CasusWeergave]
    open_acties: list[ActieWeergave]
    vraag: str = Field(description="Het gevraagde besluit, of de duidingsvraag")


def _punt(p: Agendapunt) -> AgendapuntWeergave:
    k = p.knelpunt
    e = k.eigenaar
    return AgendapuntWeergave(
        knelpunt_id=k.id,
        titel=k.titel,
        status=k.status,
        eigenaar=EigenaarSchema(organisatie=e.organisatie, team=e.team, persoon=e.persoon)
        if e
        else None,
        knellend_mechanisme=k.knellend_mechanisme,
        lagen=list(k.lagen),
        cijfers=cijfers_weergave(p.cijfers),
        casussen=[_casus(c) for c in p.casussen],
        open_acties=[actie_weergave(a) for a in p.open_acties],
        vraag=p.vraag,
    )


class AgendaWeergave(Schema):
    duidingssessie: SessieWeergave
    punten: list[AgendapuntWeergave]


def agenda_weergave(a: Sessieagenda) -> AgendaWeergave:
    return AgendaWeergave(
        duidingssessie=sessie_weergave(a.sessie), punten=[_punt(p) for p in a.punten]
    )
