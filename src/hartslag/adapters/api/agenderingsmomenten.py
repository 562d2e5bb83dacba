# SPDX-License-Identifier: EUPL-1.2
"""The ``agenderingsmomenten`` resource: the organisation's calendar of decision moments,
the default calendar, and the reminders before each submission deadline. A bottleneck
targets a moment with ``PATCH /knelpunten/{id}`` (``agenderingsmomentId``)."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Query, Response
from pydantic import EmailStr, Field

from hartslag.adapters.api.afhankelijkheden import ActorDep, ContextDep
from hartslag.adapters.api.schemas import API_BASIS
from hartslag.adapters.api.signalen import FOUTEN
from hartslag.adapters.api.wijziging import Wijziging, niet_leeg
from hartslag.domein.knelpunt import Knelpuntstatus
from hartslag.domein.rechten import Actie, vereis
from hartslag.services import agendering, herinneringen
from hartslag.services.agendering import MomentMetKnelpunten, NieuwMoment
from hartslag.services.invoer import Schema

router = APIRouter(prefix=f"{API_BASIS}/agenderingsmomenten", tags=["agenderingsmomenten"])
CONFLICT: dict[int | str, dict[str, Any]] = {
    **FOUTEN,
    409: {"description": "Naam al in gebruik, of er zijn nog knelpunten op dit moment gericht"},
}
HERINNERINGEN = Field(
    default=[14, 3],
    max_length=10,
    description="Herinneringen: zoveel dagen vóór de indiendeadline, elk getal één keer",
    json_schema_extra={"uniqueItems": True},
)


class MomentNieuw(Schema):
    naam: str = Field(min_length=1, max_length=200)
    datum: date = Field(description="Het besluitmoment zelf")
    indiendeadline: date = Field(
        description="Uiterste datum om de knelpuntenbrief in te dienen; op of vóór de datum"
    )
    herinneringen: list[Annotated[int, Field(ge=0, le=365)]] = HERINNERINGEN
    omschrijving: str | None = Field(None, max_length=2000)
    emailadressen: list[EmailStr] = Field(
        default_factory=list,
        max_length=20,
        description="Wie de herinneringen per e-mail krijgt; leeg: de leden van het eerste "
        "niveau van de opschalingsroute",
    )

    def to_domain(self) -> NieuwMoment:
        return NieuwMoment(
            self.naam,
            self.datum,
            self.indiendeadline,
            tuple(self.herinneringen),
            self.omschrijving,
            tuple(self.emailadressen),
        )


class MomentWijziging(Wijziging):
    naam: str | None = niet_leeg(min_length=1, max_length=200)
    datum: date | None = niet_leeg()
    indiendeadline: date | None = niet_leeg()
    herinneringen: list[Annotated[int, Field(ge=0, le=365)]] | None = niet_leeg(
        max_length=10, extra={"uniqueItems": True}
    )
    omschrijving: str | None = Field(None, max_length=2000)
    emailadressen: list[EmailStr] | None = niet_leeg(max_length=20)

    def wijzigingen(self) -> dict[str, Any]:
        velden: dict[str, Any] = {}
        for naam in self.model_fields_set:
            waarde = getattr(self, naam)
            if waarde is None and naam != "omschrijving":
                continue
            velden[naam] = tuple(waarde) if isinstance(waarde, list) else waarde
        return velden


class GerichtKnelpunt(Schema):
    id: uuid.UUID
    titel: str
    status: Knelpuntstatus


class MomentWeergave(Schema):
    id: uuid.UUID
    organisatie: str
    naam: str
    datum: date
    indiendeadline: date
    herinneringen: list[int]
    omschrijving: str | None
    emailadressen: list[str]
    knelpunten: list[GerichtKnelpunt] = Field(description="Knelpunten die op dit moment mikken")
    links: dict[str, dict[str, str]] = Field(alias="_links")


def moment_weergave(mk: MomentMetKnelpunten) -> MomentWeergave:
    m = mk.moment
    return MomentWeergave(
        id=m.id,
        organisatie=m.organisatie,
        naam=m.naam,
        datum=m.datum,
        indiendeadline=m.indiendeadline,
        herinneringen=list(m.herinneringen),
        omschrijving=m.omschrijving,
        emailadressen=list(m.emailadressen),
        knelpunten=[
            GerichtKnelpunt(id=k.id, titel=k.titel, status=k.status) for k in mk.knelpunten
        ],
        links={"self": {"href": f"{API_BASIS}/agenderingsmomenten/{m.id}"}},
    )


class MomentLijst(Schema):
    agenderingsmomenten: list[MomentWeergave]
    totaal: int


class Standaardkalender(Schema):
    jaar: int = Field(ge=2000, le=2100)


class HerinneringWeergave(Schema):
    agenderingsmoment_id: uuid.UUID
    agenderingsmoment: str
    indiendeadline: date
    knelpunt_id: uuid.UUID
    titel: str
    dagen_voor_deadline: int
    dagen_resterend: int
    emails: int


class Herinneringen(Schema):
    herinneringen: list[HerinneringWeergave]


def _lijst(lijst: list[MomentMetKnelpunten]) -> MomentLijst:
    return MomentLijst(agenderingsmomenten=[moment_weergave(m) for m in lijst], totaal=len(lijst))


@router.get(
    "",
    response_model=MomentLijst,
    responses=FOUTEN,
    summary="De kalender van uw organisatie, op indiendeadline",
)
def list_momenten(
    ctx: ContextDep,
    actor: ActorDep,
    vanaf: Annotated[date | None, Query(description="Alleen deadlines vanaf deze datum")] = None,
) -> MomentLijst:
    return _lijst(agendering.list_momenten(ctx, actor, vanaf))


@router.post(
    "",
    status_code=201,
    response_model=MomentWeergave,
    responses=CONFLICT,
    summary="Voeg een agenderingsmoment toe",
)
def create_moment(
    body: MomentNieuw, ctx: ContextDep, actor: ActorDep, response: Response
) -> MomentWeergave:
    m = agendering.create_moment(ctx, actor, body.to_domain())
    response.headers["Location"] = f"{API_BASIS}/agenderingsmomenten/{m.id}"
    return moment_weergave(MomentMetKnelpunten(m, []))


@router.post(
    "/standaardkalender",
    response_model=MomentLijst,
    responses=FOUTEN,
    summary="Voeg de standaardmomenten van een jaar toe (wat er al is, blijft)",
)
def add_defaults(body: Standaardkalender, ctx: ContextDep, actor: ActorDep) -> MomentLijst:
    toegevoegd = agendering.add_default_calendar(ctx, actor, body.jaar)
    return _lijst([MomentMetKnelpunten(m, []) for m in toegevoegd])


@router.post(
    "/herinneringen",
    response_model=Herinneringen,
    responses=FOUTEN,
    summary="Verstuur de herinneringen die nu aan de beurt zijn (droogloop mogelijk)",
)
def remind(
    ctx: ContextDep, actor: ActorDep, droogloop: Annotated[bool, Query()] = False
) -> Herinneringen:
    vereis(actor.rol, Actie.AGENDA_BEHEREN)
    gedaan = herinneringen.send_reminders(ctx, organisatie=actor.organisatie, dry_run=droogloop)
    return Herinneringen(
        herinneringen=[
            HerinneringWeergave(
                agenderingsmoment_id=h.moment_id,
                agenderingsmoment=h.moment,
                indiendeadline=h.indiendeadline,
                knelpunt_id=h.knelpunt_id,
                titel=h.titel,
                dagen_voor_deadline=h.dagen_voor_deadline,
                dagen_resterend=h.dagen_resterend,
                emails=h.emails,
            )
            for h in gedaan
        ]
    )


@router.get("/{id}", response_model=MomentWeergave, responses=FOUTEN, summary="Eén moment")
def get_moment(id: uuid.UUID, ctx: ContextDep, actor: ActorDep) -> MomentWeergave:
    return moment_weergave(agendering.get_moment(ctx, actor, id))


@router.patch(
    "/{id}", response_model=MomentWeergave, responses=CONFLICT, summary="Wijzig een moment"
)
def change_moment(
    id: uuid.UUID, body: MomentWijziging, ctx: ContextDep, actor: ActorDep
) -> MomentWeergave:
    agendering.change_moment(ctx, actor, id, body.wijzigingen())
    return moment_weergave(agendering.get_moment(ctx, actor, id))


@router.delete(
    "/{id}",
    status_code=204,
    response_class=Response,
    responses=CONFLICT,
    summary="Haal een moment uit de kalender (niet als er knelpunten op gericht zijn)",
)
def delete_moment(id: uuid.UUID, ctx: ContextDep, actor: ActorDep) -> Response:
    agendering.delete_moment(ctx, actor, id)
    return Response(status_code=204)
