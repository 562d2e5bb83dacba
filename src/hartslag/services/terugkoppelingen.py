# SPDX-License-Identifier: EUPL-1.2
"""Closing the loop: each organisation reviews and approves the feedback to its own
reporters; approval sends it to them (outbox, signed with the organisation's name and
sender address) and to the professionals who registered the signals (notifications).
The public status lookup is in ``services.statuscodes``."""

from __future__ import annotations

import uuid
from dataclasses import replace

from hartslag.domein.actor import Actor
from hartslag.domein.fouten import Conflict, NietGevonden, OngeldigeInvoer
from hartslag.domein.gebeurtenis import Handeling
from hartslag.domein.rechten import Actie, vereis
from hartslag.domein.terugkoppeling import Terugkoppeling, Terugkoppelingstatus
from hartslag.services.afzenders import Afzender, sender_in
from hartslag.services.berichten import queue_mail
from hartslag.services.contactkluis import open_contact
from hartslag.services.context import Context
from hartslag.services.free_text import protect_free_text
from hartslag.services.knelpunten import notify, record
from hartslag.services.poorten import GekoppeldSignaal, UnitOfWork
from hartslag.services.statuscodes import status_reference
from hartslag.services.uitwisseling import share_feedback

MINIMALE_LENGTE = 20  # characters of feedback text, without surrounding spaces


def _niet_gevonden(terugkoppeling_id: uuid.UUID) -> NietGevonden:
    return NietGevonden(f"Terugkoppeling {terugkoppeling_id} bestaat niet bij uw organisatie.")


def _eigen(uow: UnitOfWork, actor: Actor, terugkoppeling_id: uuid.UUID) -> Terugkoppeling:
    """Feedback to the actor's own organisation's reporters; any other is not found."""
    tk = uow.terugkoppelingen.get(terugkoppeling_id)
    if tk is None or tk.organisatie != actor.organisatie:
        raise _niet_gevonden(terugkoppeling_id)
    return tk


def list_terugkoppelingen(ctx: Context, actor: Actor) -> list[Terugkoppeling]:
    """The organisation's feedback (drafts and approved), oldest first."""
    vereis(actor.rol, Actie.KNELPUNT_LEZEN)
    with ctx.uow(schrijven=False) as uow:
        return sorted(
            uow.terugkoppelingen.for_organisatie(actor.organisatie),
            key=lambda tk: (tk.aangemaakt_op, str(tk.id)),
        )


def get_terugkoppeling(ctx: Context, actor: Actor, terugkoppeling_id: uuid.UUID) -> Terugkoppeling:
    vereis(actor.rol, Actie.KNELPUNT_LEZEN)
    with ctx.uow(schrijven=False) as uow:
        return _eigen(uow, actor, terugkoppeling_id)


def edit_terugkoppeling(
    ctx: Context, actor: Actor, terugkoppeling_id: uuid.UUID, tekst: str
) -> Terugkoppeling:
    vereis(actor.rol, Actie.TERUGKOPPELING_BEOORDELEN)
    if len(tekst.strip()) < MINIMALE_LENGTE:
        raise OngeldigeInvoer(
            f"Schrijf de terugkoppeling in een paar zinnen (minstens {MINIMALE_LENGTE} tekens)."
        )
    with ctx.uow() as uow:
        tk = _eigen(uow, actor, terugkoppeling_id)
        if tk.status != Terugkoppelingstatus.CONCEPT:
            raise Conflict("Deze terugkoppeling is al goedgekeurd en verstuurd; wijzig haar niet.")
        schoon = protect_free_text(
            ctx, uow, actor, ("terugkoppeling", tk.id), "tekst", tekst.strip()
        )
        nieuw = replace(tk, tekst=str(schoon))
        uow.terugkoppelingen.save(nieuw)
        record(ctx, uow, actor, Handeling.TERUGKOPPELING_GEWIJZIGD, ("terugkoppeling", tk.id))
        uow.commit()
    return nieuw


def approve(ctx: Context, actor: Actor, terugkoppeling_id: uuid.UUID) -> tuple[Terugkoppeling, int]:
    """A person approves the text for their organisation's reporters; it is queued for
    each of them who left an e-mail address, signed with the organisation's name and
    sender address, and notified to the professionals, in one transaction. Returns the
    number of e-mails queued."""
    vereis(actor.rol, Actie.TERUGKOPPELING_BEOORDELEN)
    now = ctx.clock.now()
    with ctx.uow() as uow:
        tk = _eigen(uow, actor, terugkoppeling_id)
        if tk.status != Terugkoppelingstatus.CONCEPT:
            raise Conflict("Deze terugkoppeling is al goedgekeurd.")
        nieuw = replace(
            tk,
            status=Terugkoppelingstatus.GOEDGEKEURD,
            beoordeeld_door=actor.label,
            beoordeeld_op=now,
        )
        uow.terugkoppelingen.save(nieuw)
        mails = _queue_for_reporters(ctx, uow, _reporters(uow, nieuw), nieuw)
        _notify(ctx, uow, nieuw)
        share_feedback(ctx, uow, nieuw, actor.label, actor.organisatie_id)
        record(
            ctx,
            uow,
            actor,
            Handeling.TERUGKOPPELING_GOEDGEKEURD,
            ("terugkoppeling", tk.id),
            na={
                "knelpunt": str(tk.knelpunt_id) if tk.knelpunt_id else None,
                "signaal": str(tk.signaal_id) if tk.signaal_id else None,
                "emails": mails,
            },
        )
        uow.commit()
    return nieuw, mails


def _reporters(uow: UnitOfWork, tk: Terugkoppeling) -> list[GekoppeldSignaal]:
    """The signals whose reporters this feedback is for: the organisation's own."""
    if tk.knelpunt_id is not None:
        gekoppeld = uow.knelpunten.linked(tk.knelpunt_id)
        return [s for s in gekoppeld if s.organisatie == tk.organisatie]
    organisatie_id = uow.organisaties.get_id(tk.organisatie)
    if tk.signaal_id is None or organisatie_id is None:
        return []
    s = uow.signalen.get(organisatie_id, tk.signaal_id)
    if s is None:
        return []
    contact_id = uow.signalen.get_contact_id(organisatie_id, s.id)
    bereik = s.bereik.value if s.bereik else None
    return [
        GekoppeldSignaal(
            s.id, s.referentie, s.organisatie, s.ontvangen_op, s.geregistreerd_door, contact_id,
            bereik,
        )
    ]  # fmt: skip


def _notify(ctx: Context, uow: UnitOfWork, tk: Terugkoppeling) -> None:
    if tk.knelpunt_id is not None:
        k = uow.knelpunten.get(tk.knelpunt_id)
        if k is not None:
            notify(ctx, uow, k, f"terugkoppeling verstuurd: {tk.tekst}")
        return
    for s in _reporters(uow, tk):
        tekst = f"Signaal {s.referentie}: terugkoppeling verstuurd: {tk.tekst}"
        uow.notificaties.add(s.geregistreerd_door, None, tekst, ctx.clock.now())


def feedback_mail(tk: Terugkoppeling, s: GekoppeldSignaal, code: str, afzender: Afzender) -> str:
    return (
        f"Beste melder,\n\n{tk.tekst}\n\nUw melding: {s.referentie}. U kunt de status ook "
        f"opzoeken met de code {code}.\n\nMet vriendelijke groet,\n{afzender.naam}"
    )


def _queue_for_reporters(
    ctx: Context, uow: UnitOfWork, signalen: list[GekoppeldSignaal], tk: Terugkoppeling
) -> int:
    afzender = sender_in(ctx, uow, tk.organisatie)
    organisatie_id = uow.organisaties.get_id(tk.organisatie)
    aantal = 0
    for s in signalen:
        if s.contact_id is None or organisatie_id is None:
            continue
        record_ = uow.contacten.get(organisatie_id, s.contact_id)
        contact = open_contact(ctx, record_) if record_ else None
        if contact is None or not contact.email:
            continue
        code = status_reference(ctx, s.referentie)
        aantal += queue_mail(
            ctx,
            uow,
            sleutel=f"terugkoppeling:{tk.id}:{s.signaal_id}",
            organisatie=tk.organisatie,
            soort="terugkoppeling",
            aan=contact.email,
            onderwerp=f"Wat er met uw melding {s.referentie} is gedaan",
            tekst=feedback_mail(tk, s, code, afzender),
            signaal_id=s.signaal_id,
            terugkoppeling_id=tk.id,
            afzender=afzender.van,
        )
    return aantal
