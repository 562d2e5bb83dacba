# SPDX-License-Identifier: EUPL-1.2
"""Closing the loop: review and approve feedback, send it to reporters (outbox) and the
professionals who registered the signals (notifications), and the public status lookup."""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import uuid
from dataclasses import dataclass, replace
from datetime import datetime

from hartslag.domein.actor import Actor
from hartslag.domein.fouten import Conflict, NietGevonden, OngeldigeInvoer
from hartslag.domein.gebeurtenis import Handeling
from hartslag.domein.knelpunt import Knelpunt
from hartslag.domein.rechten import Actie, vereis
from hartslag.domein.terugkoppeling import (
    PubliekeStatus,
    Terugkoppeling,
    Terugkoppelingstatus,
    public_status,
)
from hartslag.services.berichten import queue_mail
from hartslag.services.contactkluis import open_contact
from hartslag.services.context import Context
from hartslag.services.knelpunten import anonymise, load, notify, record
from hartslag.services.poorten import UnitOfWork

CONTROLE_LENGTE = 10
_STATUSREFERENTIE = re.compile(r"^(HS-\d{4}-\d{6})-([A-Z2-7]{10})$")


def _niet_gevonden(terugkoppeling_id: uuid.UUID) -> NietGevonden:
    return NietGevonden(f"Terugkoppeling {terugkoppeling_id} bestaat niet bij uw organisatie.")


def _eigen(uow: UnitOfWork, actor: Actor, terugkoppeling_id: uuid.UUID) -> Terugkoppeling:
    tk = uow.terugkoppelingen.get(terugkoppeling_id)
    if tk is None:
        raise _niet_gevonden(terugkoppeling_id)
    k = uow.knelpunten.get(tk.knelpunt_id)
    if k is None or not k.may_change(actor.organisatie):
        raise _niet_gevonden(terugkoppeling_id)
    return tk


def list_terugkoppelingen(ctx: Context, actor: Actor) -> list[Terugkoppeling]:
    vereis(actor.rol, Actie.KNELPUNT_LEZEN)
    with ctx.uow(schrijven=False) as uow:
        return [
            tk
            for k in uow.knelpunten.visible_to(actor.organisatie)
            if k.may_change(actor.organisatie)
            for tk in uow.terugkoppelingen.for_knelpunt(k.id)
        ]


def get_terugkoppeling(ctx: Context, actor: Actor, terugkoppeling_id: uuid.UUID) -> Terugkoppeling:
    vereis(actor.rol, Actie.KNELPUNT_LEZEN)
    with ctx.uow(schrijven=False) as uow:
        return _eigen(uow, actor, terugkoppeling_id)


def edit_terugkoppeling(
    ctx: Context, actor: Actor, terugkoppeling_id: uuid.UUID, tekst: str
) -> Terugkoppeling:
    vereis(actor.rol, Actie.TERUGKOPPELING_BEOORDELEN)
    if len(tekst.strip()) < 20:
        raise OngeldigeInvoer("Schrijf de terugkoppeling in een paar zinnen (minstens 20 tekens).")
    with ctx.uow() as uow:
        tk = _eigen(uow, actor, terugkoppeling_id)
        if tk.status != Terugkoppelingstatus.CONCEPT:
            raise Conflict("Deze terugkoppeling is al goedgekeurd en verstuurd; wijzig haar niet.")
        nieuw = replace(tk, tekst=anonymise(tekst.strip()))
        uow.terugkoppelingen.save(nieuw)
        record(ctx, uow, actor, Handeling.TERUGKOPPELING_GEWIJZIGD, ("terugkoppeling", tk.id))
        uow.commit()
    return nieuw


def approve(ctx: Context, actor: Actor, terugkoppeling_id: uuid.UUID) -> tuple[Terugkoppeling, int]:
    """A person approves the text; it is queued for every reporter who left an e-mail
    address and notified to the professionals, in one transaction. Returns the number of
    e-mails queued."""
    vereis(actor.rol, Actie.TERUGKOPPELING_BEOORDELEN)
    now = ctx.clock.now()
    with ctx.uow() as uow:
        tk = _eigen(uow, actor, terugkoppeling_id)
        if tk.status != Terugkoppelingstatus.CONCEPT:
            raise Conflict("Deze terugkoppeling is al goedgekeurd.")
        k = load(uow, actor, tk.knelpunt_id, wijzigen=True)
        nieuw = replace(
            tk,
            status=Terugkoppelingstatus.GOEDGEKEURD,
            beoordeeld_door=actor.label,
            beoordeeld_op=now,
        )
        uow.terugkoppelingen.save(nieuw)
        mails = _queue_for_reporters(ctx, uow, k, nieuw)
        notify(ctx, uow, k, f"terugkoppeling verstuurd: {nieuw.tekst}")
        record(
            ctx,
            uow,
            actor,
            Handeling.TERUGKOPPELING_GOEDGEKEURD,
            ("terugkoppeling", tk.id),
            na={"knelpunt": str(k.id), "emails": mails},
        )
        uow.commit()
    return nieuw, mails


def _queue_for_reporters(ctx: Context, uow: UnitOfWork, k: Knelpunt, tk: Terugkoppeling) -> int:
    aantal = 0
    for s in uow.knelpunten.linked(k.id):
        if s.contact_id is None:
            continue
        organisatie_id = uow.organisaties.get_id(s.organisatie)
        record_ = uow.contacten.get(organisatie_id, s.contact_id) if organisatie_id else None
        contact = open_contact(ctx, record_) if record_ else None
        if contact is None or not contact.email:
            continue
        code = status_reference(ctx, s.referentie)
        tekst = (
            f"Beste melder,\n\n{tk.tekst}\n\nUw melding: {s.referentie}. U kunt de status ook "
            f"opzoeken met de code {code}.\n\nMet vriendelijke groet,\n{s.organisatie}"
        )
        aantal += queue_mail(
            ctx,
            uow,
            sleutel=f"terugkoppeling:{tk.id}:{s.signaal_id}",
            organisatie=s.organisatie,
            soort="terugkoppeling",
            aan=contact.email,
            onderwerp=f"Wat er met uw melding {s.referentie} is gedaan",
            tekst=tekst,
            signaal_id=s.signaal_id,
            terugkoppeling_id=tk.id,
        )
    return aantal


def status_reference(ctx: Context, referentie: str) -> str:
    """The code handed to the reporter: the sequential reference plus an unguessable check
    part (an HMAC of the reference under a key derived from the secret)."""
    mac = hmac.new(ctx.statuscode_sleutel, referentie.encode(), hashlib.sha256).digest()
    return f"{referentie}-{base64.b32encode(mac).decode()[:CONTROLE_LENGTE]}"


@dataclass(frozen=True)
class Statusinformatie:
    referentie: str
    status: PubliekeStatus
    terugkoppeling: str | None
    bijgewerkt_op: datetime | None


def lookup_status(ctx: Context, statusreferentie: str) -> Statusinformatie:
    """The public status of one signal. An unknown reference and a wrong check part give
    the same answer after the same work, so nothing tells which references exist."""
    code = statusreferentie.strip().upper()
    match = _STATUSREFERENTIE.match(code)
    referentie = match.group(1) if match else "HS-0000-000000"
    verwacht = status_reference(ctx, referentie)
    with ctx.uow(schrijven=False) as uow:
        gevonden = uow.signalen.find_reference(referentie)
        klopt = hmac.compare_digest(verwacht.encode(), code.encode())
        if gevonden is None or not klopt or match is None:
            raise NietGevonden(
                "Geen melding met deze statuscode. Controleer de code uit de bevestiging "
                "(bijvoorbeeld HS-2026-000123-ABCDE23456)."
            )
        return _status_of(uow, referentie, gevonden[0])


def _status_of(uow: UnitOfWork, referentie: str, signaal_id: uuid.UUID) -> Statusinformatie:
    knelpunten = uow.knelpunten.for_signaal(signaal_id)
    k = max(knelpunten, key=lambda x: x.laatste_voortgang_op) if knelpunten else None
    goedgekeurd = [
        tk
        for tk in (uow.terugkoppelingen.for_knelpunt(k.id) if k else [])
        if tk.status == Terugkoppelingstatus.GOEDGEKEURD
    ]
    laatste = goedgekeurd[-1] if goedgekeurd and k is not None and not k.is_open else None
    return Statusinformatie(
        referentie=referentie,
        status=public_status(k, laatste is not None),
        # Public: personal data a reviewer overlooked never reaches the page.
        terugkoppeling=anonymise(laatste.tekst) if laatste else None,
        bijgewerkt_op=laatste.beoordeeld_op if laatste else None,
    )
