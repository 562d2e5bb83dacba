# SPDX-License-Identifier: EUPL-1.2
"""/signalen/nieuw: the quick intake for a frontline professional. The required fields
only, the last source, reporter type and channel remembered per account, similar signals
and patterns while typing, and after saving the reference and the reporter's status code.

Registration goes through the API's use case (``services.registratie``) with the same
idempotency: the form carries a key, so sending it twice registers one signal."""

from __future__ import annotations

import hashlib
import json
import logging
import re
import uuid

from fastapi import APIRouter
from fastapi.responses import Response
from pydantic import ValidationError
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData

from hartslag.adapters.web.bezoek import Bezoek, IngelogdDep
from hartslag.adapters.web.formulierfouten import field_errors
from hartslag.adapters.web.labels import N_
from hartslag.domein.fouten import IdempotentieConflict, NietGevonden, OngeldigeInvoer
from hartslag.domein.vocabulaire import Brontype, Kanaal, Meldertype
from hartslag.services import aansluiting, patronen, registratie, signaalbeheer, vergelijkbaar
from hartslag.services.invoer import SignaalNieuw
from hartslag.services.statuscodes import status_reference

log = logging.getLogger("hartslag.web")
router = APIRouter()

KEUZES = ("brontype", "meldertype", "kanaal")
KEUZEVELDEN = frozenset(KEUZES)
VELDEN = ("tekst", *KEUZES, "email")
GELDIG = {"brontype": Brontype, "meldertype": Meldertype, "kanaal": Kanaal}
ONTHOUDEN = 365 * 24 * 3600
MINIMUM_VERGELIJKEN = 12  # characters before similar signals are worth looking up
_SLEUTEL = re.compile(r"^[A-Za-z0-9_-]{8,64}$")
AL_VERSTUURD = N_(
    "This form was already sent with other content. Check the text and send it again to "
    "register it as a new signal."
)


def cookie_name(bezoek: Bezoek) -> str:
    """The remembered choices are per account (a browser may be shared at a counter)."""
    gebruiker = bezoek.gebruiker
    return f"hartslag_intake_{gebruiker.id if gebruiker else 0}"


def _remembered(bezoek: Bezoek) -> dict[str, str]:
    delen = bezoek.request.cookies.get(cookie_name(bezoek), "").split("|")
    if len(delen) != len(KEUZES):
        return {}
    return {
        veld: waarde
        for veld, waarde in zip(KEUZES, delen, strict=True)
        if waarde in {v.value for v in GELDIG[veld]}
    }


def _form(
    bezoek: Bezoek,
    waarden: dict[str, str],
    *,
    fouten: dict[str, str] | None = None,
    melding: str | None = None,
    sleutel: str | None = None,
    status: int = 200,
) -> Response:
    """The form; a new idempotency key unless the same attempt is shown again. Shown again
    with a text, it shows what is known about it at once (its buttons still work)."""
    return bezoek.render(
        "signaal-nieuw.html",
        status=status,
        waarden=waarden,
        fouten=fouten or {},
        melding=melding,
        sleutel=sleutel or uuid.uuid4().hex,
        keuzes=GELDIG,
        vergelijkbaar=_similar(bezoek, waarden.get("tekst", "")) if status != 200 else None,
    )


@router.get("/signalen/nieuw")
def intake_form(bezoek: IngelogdDep) -> Response:
    return _form(bezoek, {"tekst": "", "email": "", **_remembered(bezoek)})


def _values(form: FormData) -> dict[str, str]:
    return {veld: str(form.get(veld) or "").strip() for veld in (*VELDEN, "sleutel")}


def _body(waarden: dict[str, str]) -> dict[str, object]:
    body: dict[str, object] = {v: waarden[v] for v in ("tekst", *KEUZES) if waarden[v]}
    if waarden["email"]:
        body["contact"] = {"email": waarden["email"]}
    return body


def _hash(body: SignaalNieuw) -> str:
    canoniek = json.dumps(body.model_dump(mode="json", by_alias=True), sort_keys=True)
    return hashlib.sha256(canoniek.encode()).hexdigest()


def _pattern_choice(form: FormData) -> uuid.UUID | None:
    try:
        return uuid.UUID(str(form.get("patroon") or ""))
    except ValueError:
        return None


@router.post("/signalen/nieuw")
async def register(bezoek: IngelogdDep) -> Response:
    form = await bezoek.formulier()
    waarden = _values(form)
    sleutel = waarden["sleutel"] if _SLEUTEL.match(waarden["sleutel"]) else None
    try:
        body = SignaalNieuw.model_validate(_body(waarden))
    except ValidationError as fout:
        fouten = field_errors(bezoek, fout, KEUZEVELDEN)
        return _form(bezoek, waarden, fouten=fouten, sleutel=sleutel, status=400)
    try:
        uitkomst = await run_in_threadpool(
            registratie.register_signaal,
            bezoek.ctx,
            bezoek.actor,
            body.to_invoer(),
            idempotentie_sleutel=f"web:{sleutel}" if sleutel else None,
            verzoek_hash=_hash(body),
        )
    except IdempotentieConflict:
        return _form(bezoek, waarden, melding=bezoek.gettext(AL_VERSTUURD), status=409)
    keuze = "|".join(waarden[v] for v in KEUZES)
    bezoek.cookies.append((cookie_name(bezoek), keuze, ONTHOUDEN))
    return await _placed(bezoek, uitkomst, _pattern_choice(form))


async def _placed(
    bezoek: Bezoek, uitkomst: registratie.Registratie, patroon: uuid.UUID | None
) -> Response:
    """To the confirmation, once the signal has its place: in the pattern the person
    chose, or (after the commit, `services.handlers`) wherever the analysis puts it; the
    automatic placement leaves a person's choice alone. A replay changes nothing."""
    pad = f"/signalen/nieuw/{uitkomst.signaal_id}"
    if uitkomst.herhaald or patroon is None:
        return bezoek.redirect(pad)
    try:
        await run_in_threadpool(
            aansluiting.join_pattern, bezoek.ctx, bezoek.actor, uitkomst.signaal_id, patroon
        )
    except NietGevonden:
        return bezoek.redirect(pad + "?patroon=weg")
    return bezoek.redirect(pad)


@router.get("/signalen/nieuw/{signaal_id}")
def confirmation(signaal_id: uuid.UUID, bezoek: IngelogdDep, patroon: str = "") -> Response:
    s = signaalbeheer.get_signaal(bezoek.ctx, bezoek.actor, signaal_id)
    analyse = patronen.analysis_of(bezoek.ctx, [s.id]).get(s.id)
    return bezoek.render(
        "signaal-geregistreerd.html",
        signaal=s,
        statuscode=status_reference(bezoek.ctx, s.referentie),
        analyse=analyse,
        patroon_weg=patroon == "weg",
    )


def _similar(bezoek: Bezoek, tekst: str) -> vergelijkbaar.Vergelijkbaar | None:
    tekst = tekst.strip()[:20_000]
    if len(tekst) < MINIMUM_VERGELIJKEN:
        return None
    try:
        return vergelijkbaar.similar(bezoek.ctx, bezoek.actor, tekst=tekst, aantal=5)
    except OngeldigeInvoer:
        return None


@router.post("/signalen/nieuw/vergelijkbaar")
async def similar_fragment(bezoek: IngelogdDep) -> Response:
    """An HTML fragment with the signals and patterns like the draft text (the text travels
    in the body, never in an address; it is not stored)."""
    form = await bezoek.formulier()
    gevonden = await run_in_threadpool(_similar, bezoek, str(form.get("tekst") or ""))
    response = bezoek.render("_vergelijkbaar.html", vergelijkbaar=gevonden)
    response.headers["Cache-Control"] = "no-store"
    return response
