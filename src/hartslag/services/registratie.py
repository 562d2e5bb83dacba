# SPDX-License-Identifier: EUPL-1.2
"""Use case: register one signal (the API's and the web form's intake)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass

from hartslag.domein.actor import Actor
from hartslag.domein.events import SignaalGeregistreerd
from hartslag.domein.fouten import Conflict, GelijktijdigVerzoek, IdempotentieConflict
from hartslag.domein.gebeurtenis import Gebeurtenis, Handeling
from hartslag.domein.privacybeleid import Privacyinstellingen
from hartslag.domein.rechten import Actie, vereis
from hartslag.domein.signaal import (
    Signaal,
    SignaalInvoer,
    nieuw_signaal,
    referentie_voor,
    samenvatting,
)
from hartslag.services import beheer
from hartslag.services.bescherming import Beschermd, protect, protected_reference
from hartslag.services.contactkluis import seal_contact
from hartslag.services.context import Context
from hartslag.services.ontvangst import queue_confirmation
from hartslag.services.originelen import seal_origineel
from hartslag.services.poorten import (
    IdempotentAntwoord,
    NieuwSignaalRij,
    UnitOfWork,
    VersleuteldContact,
)
from hartslag.services.privacyinstellingen import settings_in
from hartslag.services.privacypoorten import VersleuteldOrigineel
from hartslag.services.statuscodes import status_reference
from hartslag.services.uitwisseling import share_signaal


class Registratie:
    """The outcome: the signal, its status code for the reporter, and whether it was a
    replay of an earlier request."""

    def __init__(
        self, signaal_id: uuid.UUID, referentie: str, herhaald: bool, statuscode: str
    ) -> None:
        self.signaal_id = signaal_id
        self.referentie = referentie
        self.herhaald = herhaald
        self.statuscode = statuscode


def _replay(
    ctx: Context, uow: UnitOfWork, actor: Actor, sleutel: str, verzoek_hash: str
) -> Registratie | None:
    eerder = uow.idempotentie.get(actor.organisatie_id, sleutel)
    if eerder is None:
        return None
    if eerder.verzoek_hash != verzoek_hash:
        raise IdempotentieConflict(
            "Deze Idempotency-Key is al gebruikt voor een verzoek met een andere inhoud. "
            "Gebruik een nieuwe sleutel voor een nieuw signaal."
        )
    referentie = str(eerder.antwoord["referentie"])
    return Registratie(
        uuid.UUID(str(eerder.antwoord["id"])),
        referentie,
        True,
        status_reference(ctx, referentie),
    )


@dataclass(frozen=True)
class Voorbereid:
    """What a registration computes before its write transaction, without the database:
    the pseudonymised input and its links. Pseudonymising a long text takes CPU time, and
    on SQLite a write transaction holds the database's only write lock: done inside it,
    one long text kept every other writer waiting (issue 12). Sealing the contact and the
    original follows the organisation's settings, read in the one transaction (`seal`):
    encrypting is quick."""

    signaal_id: uuid.UUID
    beschermd: Beschermd


@dataclass(frozen=True)
class Verzegeld:
    contact: VersleuteldContact | None
    origineel: VersleuteldOrigineel | None


def prepare(ctx: Context, actor: Actor, invoer: SignaalInvoer) -> Voorbereid:
    # The original is kept aside here; `seal` drops it unless the organisation keeps them.
    beschermd = protect(
        invoer,
        actor.organisatie,
        ctx.pseudoniem_sleutel,
        bewaar_origineel=True,
        domein=ctx.pseudoniemdomein(actor.organisatie),
    )
    return Voorbereid(uuid.uuid4(), beschermd)


@dataclass(frozen=True)
class Vooraf:
    """What the write transaction would read, read with the token instead: the
    organisation's privacy settings and OIN. On SQLite a write transaction holds the
    database's one write lock, so two reads fewer in it let the next writer in sooner
    (issue 12). A setting changed in between applies from the next registration, as if
    this one had come a moment earlier."""

    instellingen: Privacyinstellingen
    oin: str | None


def seal(
    ctx: Context,
    uow: UnitOfWork,
    actor: Actor,
    invoer: SignaalInvoer,
    klaar: Voorbereid,
    instellingen: Privacyinstellingen | None = None,
) -> Verzegeld:
    """The contact and (when the organisation keeps originals) the original, encrypted,
    with the retention the organisation's settings give them (read here unless given)."""
    now = ctx.clock.now()
    if instellingen is None:
        instellingen = settings_in(ctx, uow, actor.organisatie_id)
    contact = (
        seal_contact(ctx, actor.organisatie_id, invoer.contact, now, instellingen.contact_dagen)
        if invoer.contact is not None and not invoer.contact.is_leeg()
        else None
    )
    origineel = klaar.beschermd.origineel if instellingen.originelen_bewaren else None
    return Verzegeld(
        contact,
        seal_origineel(ctx, actor.organisatie_id, klaar.signaal_id, origineel, instellingen, now)
        if origineel
        else None,
    )


def build_row(
    ctx: Context,
    uow: UnitOfWork,
    actor: Actor,
    klaar: Voorbereid,
    contact: VersleuteldContact | None,
    referentie: str,
) -> NieuwSignaalRij:
    """The row to store: pseudonymised title, text and reporter id, the pseudonym links
    and the sealed contact (added here)."""
    signaal: Signaal = nieuw_signaal(
        klaar.beschermd.invoer,
        id=klaar.signaal_id,
        referentie=referentie,
        organisatie=actor.organisatie,
        geregistreerd_op=ctx.clock.now(),
        geregistreerd_door=actor.label,
    )
    contact_id = None
    if contact is not None:
        uow.contacten.add(contact)
        contact_id = contact.id
    return NieuwSignaalRij(
        signaal,
        None,
        klaar.beschermd.melder_pseudoniem,
        contact_id,
        koppelingen=klaar.beschermd.koppelingen,
    )


def _refuse_known_external_reference(
    ctx: Context, uow: UnitOfWork, actor: Actor, invoer: SignaalInvoer
) -> None:
    """A second signal with the same external reference is a conflict. The detail does not
    repeat the reference (it may hold personal data; the caller knows what it sent)."""
    ext = protected_reference(ctx.pseudoniem_sleutel, actor.organisatie, invoer.externe_referentie)
    if ext and ext in uow.signalen.existing_keys(actor.organisatie_id, [ext], [])[0]:
        raise Conflict(
            "Er is al een signaal met deze externeReferentie. Zoek het op met "
            "GET /api/v1/signalen, of stuur een Idempotency-Key mee om veilig te herhalen."
        )


def register_signaal(
    ctx: Context,
    actor: Actor,
    invoer: SignaalInvoer,
    *,
    idempotentie_sleutel: str | None = None,
    verzoek_hash: str = "",
) -> Registratie:
    """Store a signal durably, once. A retry with the same Idempotency-Key returns the
    first result; the same key with another body is a conflict."""
    vereis(actor.rol, Actie.SIGNAAL_AANMAKEN)
    return _twice_on_race(
        lambda: _register(ctx, actor, invoer, idempotentie_sleutel, verzoek_hash, None)
    )


def _twice_on_race(registreer: Callable[[], Registratie]) -> Registratie:
    try:
        return registreer()
    except GelijktijdigVerzoek:
        # A concurrent request with the same key won the race: replay its result.
        return registreer()


def _register(
    ctx: Context,
    actor: Actor,
    invoer: SignaalInvoer,
    idempotentie_sleutel: str | None,
    verzoek_hash: str,
    vooraf: Vooraf | None,
) -> Registratie:
    # One transaction per registration (issue 12): the pseudonymisation comes before it,
    # without the database (see `Voorbereid`); a replay is found inside it (a retry pays
    # the pseudonymisation once more, a first request no extra transaction).
    klaar = prepare(ctx, actor, invoer)
    with ctx.uow() as uow:
        return _write(ctx, uow, actor, invoer, klaar, idempotentie_sleutel, verzoek_hash, vooraf)


def register_with_token(
    ctx: Context,
    token: str | None,
    invoer: SignaalInvoer,
    *,
    idempotentie_sleutel: str | None = None,
    verzoek_hash: str = "",
) -> Registratie:
    """`register_signaal` for the bearer of ``token`` (the intake's path). Where the
    database takes one writer at a time (SQLite) the token is checked first, with the
    organisation's settings and OIN (`Vooraf`), so that neither the pseudonymisation nor
    those reads run inside the write lock; elsewhere (PostgreSQL) the check,
    the pseudonymisation and the writes share one transaction: one connection and three
    round trips fewer per registration."""
    if ctx.uow.een_schrijver:
        with ctx.uow(schrijven=False) as uow:
            actor, gebruik = beheer.check_token(ctx, uow, token)
            # Answered by the token's own query (`adapters/opslag/gelezen`): no extra read.
            vooraf = Vooraf(
                settings_in(ctx, uow, actor.organisatie_id),
                uow.partners.oin(actor.organisatie_id),
            )
        beheer.mark_used(ctx, gebruik)
        vereis(actor.rol, Actie.SIGNAAL_AANMAKEN)
        return _twice_on_race(
            lambda: _register(ctx, actor, invoer, idempotentie_sleutel, verzoek_hash, vooraf)
        )
    return _twice_on_race(
        lambda: _register_as(ctx, token, invoer, idempotentie_sleutel, verzoek_hash)
    )


def _register_as(
    ctx: Context,
    token: str | None,
    invoer: SignaalInvoer,
    idempotentie_sleutel: str | None,
    verzoek_hash: str,
) -> Registratie:
    with ctx.uow() as uow:
        actor = beheer.authenticate_in(ctx, uow, token)
        vereis(actor.rol, Actie.SIGNAAL_AANMAKEN)
        klaar = prepare(ctx, actor, invoer)
        return _write(ctx, uow, actor, invoer, klaar, idempotentie_sleutel, verzoek_hash, None)


def _write(
    ctx: Context,
    uow: UnitOfWork,
    actor: Actor,
    invoer: SignaalInvoer,
    klaar: Voorbereid,
    idempotentie_sleutel: str | None,
    verzoek_hash: str,
    vooraf: Vooraf | None,
) -> Registratie:
    """Everything of one registration that needs the database, in ``uow``, committed."""
    if idempotentie_sleutel is not None:
        eerder = _replay(ctx, uow, actor, idempotentie_sleutel, verzoek_hash)
        if eerder is not None:
            return eerder
    _refuse_known_external_reference(ctx, uow, actor, invoer)
    verzegeld = seal(ctx, uow, actor, invoer, klaar, vooraf.instellingen if vooraf else None)
    now = ctx.clock.now()
    (nummer,) = uow.signalen.next_references(now.year, 1)
    rij = build_row(ctx, uow, actor, klaar, verzegeld.contact, referentie_voor(now.year, nummer))
    uow.signalen.add(rij, actor.organisatie_id)
    beschermd, origineel = klaar.beschermd, verzegeld.origineel
    if origineel is not None:
        uow.originelen.add_many([origineel])
    s = rij.signaal
    bevestigd = _confirm(ctx, uow, invoer, s)
    if vooraf is None or vooraf.oin is not None:  # no OIN, no exchange (`share`)
        share_signaal(ctx, uow, s, actor.label, actor.organisatie_id)
    uow.gebeurtenissen.add(
        Gebeurtenis(
            tijdstip=now,
            actor=actor.label,
            actie=Handeling.SIGNAAL_GEREGISTREERD,
            onderwerp_type="signaal",
            onderwerp_id=str(s.id),
            organisatie_id=actor.organisatie_id,
            reden=f"registratie via {s.kanaal.value}",
            na={
                **samenvatting(s),
                "gepseudonimiseerd": beschermd.vervangen,
                "origineelBewaard": origineel is not None,
                "ontvangstbevestiging": bevestigd,
            },
        )
    )
    if idempotentie_sleutel is not None:
        antwoord = {"id": str(s.id), "referentie": s.referentie}
        uow.idempotentie.add(
            actor.organisatie_id,
            idempotentie_sleutel,
            IdempotentAntwoord(verzoek_hash, 201, str(s.id), antwoord),
            now,
        )
    uow.record(SignaalGeregistreerd((s.id,)))  # placed in its pattern after the commit
    uow.commit()
    return Registratie(s.id, s.referentie, False, status_reference(ctx, s.referentie))


def _confirm(ctx: Context, uow: UnitOfWork, invoer: SignaalInvoer, s: Signaal) -> bool:
    """Queue the intake confirmation with the status code when the reporter left an
    e-mail address."""
    email = invoer.contact.email if invoer.contact else None
    if not email:
        return False
    return queue_confirmation(
        ctx, uow, signaal_id=s.id, referentie=s.referentie, organisatie=s.organisatie, email=email
    )
