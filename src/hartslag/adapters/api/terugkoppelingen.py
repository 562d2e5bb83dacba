# SPDX-License-Identifier: EUPL-1.2
"""Closing the loop: ``terugkoppelingen`` (review and approve), ``notificaties`` for
professionals, the public ``status`` lookup, the public "jullie zeiden, wij deden"
overview, ``stuurinformatie`` for management, and ``opschalingsroute``."""

from __future__ import annotations

import threading
import time
import uuid
from collections import deque
from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Path, Query, Request
from pydantic import Field

from hartslag.adapters.api.afhankelijkheden import ActorDep, ContextDep
from hartslag.adapters.api.schemas import API_BASIS
from hartslag.adapters.api.signalen import FOUTEN
from hartslag.domein.fouten import HartslagFout
from hartslag.domein.opschaling import Lid, Opschalingsniveau, Opschalingsroute
from hartslag.domein.opvolging import STANDAARD_STREEFDAGEN
from hartslag.domein.terugkoppeling import (
    Mijlpaal,
    PubliekeStatus,
    Terugkoppeling,
    Terugkoppelingstatus,
)
from hartslag.services import opschaling, publiek, statuscodes, terugkoppelingen
from hartslag.services.invoer import Schema
from hartslag.services.terugkoppelingen import MINIMALE_LENGTE

router = APIRouter(prefix=API_BASIS)


class TerugkoppelingWeergave(Schema):
    id: uuid.UUID
    knelpunt_id: uuid.UUID | None = Field(description="Over dit knelpunt, of:")
    signaal_id: uuid.UUID | None = Field(description="over dit signaal, gesloten zonder knelpunt")
    organisatie: str = Field(description="Voor de melders van deze organisatie; zij keurt goed")
    mijlpaal: Mijlpaal
    status: Terugkoppelingstatus
    tekst: str
    aangemaakt_op: datetime
    beoordeeld_door: str | None
    beoordeeld_op: datetime | None


def _weergave(tk: Terugkoppeling) -> TerugkoppelingWeergave:
    return TerugkoppelingWeergave(
        id=tk.id,
        knelpunt_id=tk.knelpunt_id,
        signaal_id=tk.signaal_id,
        organisatie=tk.organisatie,
        mijlpaal=tk.mijlpaal,
        status=tk.status,
        tekst=tk.tekst,
        aangemaakt_op=tk.aangemaakt_op,
        beoordeeld_door=tk.beoordeeld_door,
        beoordeeld_op=tk.beoordeeld_op,
    )


class TerugkoppelingLijst(Schema):
    terugkoppelingen: list[TerugkoppelingWeergave]


class TerugkoppelingTekst(Schema):
    tekst: str = Field(
        min_length=MINIMALE_LENGTE,
        max_length=4000,
        description=f"In gewone taal, minstens {MINIMALE_LENGTE} tekens (zonder spaties aan "
        "begin en eind).",
    )


class Goedkeuring(Schema):
    terugkoppeling: TerugkoppelingWeergave
    emails_in_wachtrij: int


@router.get(
    "/terugkoppelingen",
    response_model=TerugkoppelingLijst,
    responses=FOUTEN,
    tags=["terugkoppelingen"],
    summary="Terugkoppelingen (concepten en goedgekeurde)",
)
def list_terugkoppelingen(
    ctx: ContextDep, actor: ActorDep, status: Terugkoppelingstatus | None = None
) -> TerugkoppelingLijst:
    lijst = terugkoppelingen.list_terugkoppelingen(ctx, actor)
    return TerugkoppelingLijst(
        terugkoppelingen=[_weergave(t) for t in lijst if status is None or t.status == status]
    )


@router.get(
    "/terugkoppelingen/{id}",
    response_model=TerugkoppelingWeergave,
    responses=FOUTEN,
    tags=["terugkoppelingen"],
    summary="Eén terugkoppeling",
)
def get_terugkoppeling(id: uuid.UUID, ctx: ContextDep, actor: ActorDep) -> TerugkoppelingWeergave:
    return _weergave(terugkoppelingen.get_terugkoppeling(ctx, actor, id))


@router.patch(
    "/terugkoppelingen/{id}",
    response_model=TerugkoppelingWeergave,
    responses=FOUTEN,
    tags=["terugkoppelingen"],
    summary="Herschrijf het concept (in gewone taal)",
)
def edit(
    id: uuid.UUID, body: TerugkoppelingTekst, ctx: ContextDep, actor: ActorDep
) -> TerugkoppelingWeergave:
    return _weergave(terugkoppelingen.edit_terugkoppeling(ctx, actor, id, body.tekst))


@router.post(
    "/terugkoppelingen/{id}/goedkeuring",
    response_model=Goedkeuring,
    responses=FOUTEN,
    tags=["terugkoppelingen"],
    summary="Keur goed: e-mail naar de eigen melders (outbox), notificatie naar professionals",
)
def approve(id: uuid.UUID, ctx: ContextDep, actor: ActorDep) -> Goedkeuring:
    tk, mails = terugkoppelingen.approve(ctx, actor, id)
    return Goedkeuring(terugkoppeling=_weergave(tk), emails_in_wachtrij=mails)


class Notificatie(Schema):
    tijdstip: datetime
    knelpunt_id: uuid.UUID | None
    tekst: str


class Notificaties(Schema):
    notificaties: list[Notificatie]


@router.get(
    "/notificaties",
    response_model=Notificaties,
    responses=FOUTEN,
    tags=["terugkoppelingen"],
    summary="Mijlpalen van knelpunten die u volgt",
)
def notifications(ctx: ContextDep, actor: ActorDep) -> Notificaties:
    with ctx.uow(schrijven=False) as uow:
        rijen = uow.notificaties.for_recipient(actor.label, 200)
    return Notificaties(
        notificaties=[Notificatie(tijdstip=t, knelpunt_id=k, tekst=x) for t, k, x in rijen]
    )


class Snelheidsbegrenzer:
    """At most ``limiet`` requests per minute per client address (sliding window)."""

    def __init__(self) -> None:
        self._verzoeken: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def allow(self, client: str, limiet: int) -> bool:
        now = time.monotonic()
        with self._lock:
            venster = self._verzoeken.setdefault(client, deque())
            while venster and venster[0] <= now - 60:
                venster.popleft()
            if len(venster) >= limiet:
                return False
            venster.append(now)
            if len(self._verzoeken) > 100_000:
                self._verzoeken.clear()
            return True


class TeVeelVerzoeken(HartslagFout):
    code = "te-veel-verzoeken"
    titel = "Te veel verzoeken"
    status = 429


begrenzer = Snelheidsbegrenzer()


class Status(Schema):
    referentie: str
    status: PubliekeStatus
    terugkoppeling: str | None
    bijgewerkt_op: datetime | None


@router.get(
    "/status/{statuscode}",
    response_model=Status,
    tags=["publiek"],
    responses={404: FOUTEN[404], 429: {"description": "Te veel verzoeken; probeer het later"}},
    summary="Status van uw melding (zonder inloggen), met de statuscode uit uw bevestiging",
)
def status(
    statuscode: Annotated[
        str,
        Path(max_length=40, description="De statuscode uit de bevestiging bij het melden"),
    ],
    request: Request,
    ctx: ContextDep,
) -> Status:
    client = request.client.host if request.client else "onbekend"
    limiet: int = getattr(request.app.state, "status_limiet", 20)
    if not begrenzer.allow(client, limiet):
        raise TeVeelVerzoeken("U heeft te vaak gezocht. Probeer het over een minuut opnieuw.")
    info = statuscodes.lookup_status(ctx, statuscode)
    return Status(
        referentie=info.referentie,
        status=info.status,
        terugkoppeling=info.terugkoppeling,
        bijgewerkt_op=info.bijgewerkt_op,
    )


class WijDeden(Schema):
    titel: str
    jullie_zeiden: str
    wij_deden: str
    aantal_signalen: int
    opgelost_op: datetime | None


class JullieZeidenWijDeden(Schema):
    organisatie: str
    knelpunten: list[WijDeden]


@router.get(
    "/organisaties/{code}/jullie-zeiden-wij-deden",
    response_model=JullieZeidenWijDeden,
    tags=["publiek"],
    responses={404: FOUTEN[404]},
    summary="Openbaar overzicht: de gepubliceerde teksten over opgeloste knelpunten",
)
def you_said_we_did(
    code: Annotated[str, Path(max_length=40)], ctx: ContextDep
) -> JullieZeidenWijDeden:
    return JullieZeidenWijDeden(
        organisatie=code,
        knelpunten=[WijDeden(**w.__dict__) for w in publiek.you_said_we_did(ctx, code)],
    )


class StuurinformatieWeergave(Schema):
    signalen: int
    signalen_met_terugkoppeling: int
    melders_per_email_bereikt: int
    aandeel_met_terugkoppeling: float = Field(
        description="Deel van de signalen met goedgekeurde terugkoppeling"
    )
    aandeel_per_email_bereikt: float
    mediaan_dagen_signaal_tot_knelpunt: float | None
    mediaan_dagen_knelpunt_tot_eigenaar: float | None
    mediaan_dagen_eigenaar_tot_oplossing: float | None
    knelpunten_per_status: dict[str, int]
    knelpunten_over_streefdatum: int = Field(description="Open en voorbij hun streefdatum")
    acties_lopend: int = Field(description="Open of gestarte acties van open knelpunten")
    acties_te_laat: int = Field(description="Daarvan voorbij hun deadline")


@router.get(
    "/stuurinformatie",
    response_model=StuurinformatieWeergave,
    responses=FOUTEN,
    tags=["stuurinformatie"],
    summary="Cijfers voor management en bestuur",
)
def management(ctx: ContextDep, actor: ActorDep) -> StuurinformatieWeergave:
    return StuurinformatieWeergave(**publiek.management_figures(ctx, actor).__dict__)


class LidSchema(Schema):
    naam: str = Field(min_length=1, max_length=200)
    email: str | None = Field(None, max_length=200)


class NiveauSchema(Schema):
    naam: str = Field(min_length=1, max_length=100)
    dagen: int = Field(ge=0, le=3650, description="Dagen zonder voortgang voordat het omhoog gaat")
    leden: list[LidSchema] = Field(default_factory=list)


class RouteSchema(Schema):
    niveaus: list[NiveauSchema] = Field(
        min_length=2, max_length=10, description="Elk niveau met een eigen, niet-lege naam"
    )
    streefdagen: int = Field(
        STANDAARD_STREEFDAGEN,
        ge=1,
        le=3650,
        description="De standaard streefdatum van een nieuw knelpunt: zoveel dagen na het "
        "aanmaken (per knelpunt aan te passen).",
    )


def _route(r: Opschalingsroute) -> RouteSchema:
    return RouteSchema(
        streefdagen=r.streefdagen,
        niveaus=[
            NiveauSchema(
                naam=n.naam,
                dagen=n.dagen,
                leden=[LidSchema(naam=lid.naam, email=lid.email) for lid in n.leden],
            )
            for n in r.niveaus
        ],
    )


@router.get(
    "/opschalingsroute",
    response_model=RouteSchema,
    responses=FOUTEN,
    tags=["opschaling"],
    summary="De opschalingsroute van uw organisatie",
)
def get_route(ctx: ContextDep, actor: ActorDep) -> RouteSchema:
    return _route(opschaling.get_route(ctx, actor))


@router.put(
    "/opschalingsroute",
    response_model=RouteSchema,
    responses=FOUTEN,
    tags=["opschaling"],
    summary="Stel de opschalingsroute in (niveaus, leden, dagen)",
)
def set_route(body: RouteSchema, ctx: ContextDep, actor: ActorDep) -> RouteSchema:
    route = Opschalingsroute(
        actor.organisatie,
        tuple(
            Opschalingsniveau(n.naam, n.dagen, tuple(Lid(lid.naam, lid.email) for lid in n.leden))
            for n in body.niveaus
        ),
        body.streefdagen,
    )
    return _route(opschaling.set_route(ctx, actor, route))


class OpschalingWeergave(Schema):
    knelpunt_id: uuid.UUID
    titel: str
    van: str
    naar: str
    dagen_zonder_voortgang: int


class Opschalingen(Schema):
    opschalingen: list[OpschalingWeergave]


@router.post(
    "/opschalingen",
    response_model=Opschalingen,
    responses=FOUTEN,
    tags=["opschaling"],
    summary="Voer de opschalingscontrole uit voor uw organisatie (droogloop mogelijk)",
)
def escalate(
    ctx: ContextDep, actor: ActorDep, droogloop: Annotated[bool, Query()] = False
) -> Opschalingen:
    from hartslag.domein.rechten import Actie, vereis

    vereis(actor.rol, Actie.OPSCHALING_BEHEREN)
    gedaan = opschaling.escalate(ctx, organisatie=actor.organisatie, dry_run=droogloop)
    return Opschalingen(
        opschalingen=[
            OpschalingWeergave(
                knelpunt_id=o.knelpunt_id,
                titel=o.titel,
                van=o.van,
                naar=o.naar,
                dagen_zonder_voortgang=o.dagen_zonder_voortgang,
            )
            for o in gedaan
        ]
    )
