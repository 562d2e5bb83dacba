# SPDX-License-Identifier: EUPL-1.2
"""Use cases on ownership: offer a bottleneck, accept or decline it, record that a person
left, and list bottlenecks that have nobody accountable."""

from __future__ import annotations

import uuid

from hartslag.domein.actor import Actor
from hartslag.domein.fouten import OngeldigeInvoer
from hartslag.domein.gebeurtenis import Handeling
from hartslag.domein.knelpunt import (
    Eigenaar,
    Knelpunt,
    accept_owner,
    decline_owner,
    has_no_owner,
    propose_owner,
)
from hartslag.domein.rechten import NAMENS_ORGANISATIE, Actie, vereis
from hartslag.domein.uitwisseling import Gebeurtenistype
from hartslag.services import zicht
from hartslag.services.context import Context
from hartslag.services.free_text import protect_free_text
from hartslag.services.knelpuntdeling import offer_to_partner, share_knelpunt, share_ownership
from hartslag.services.knelpunten import load, niet_gevonden, notify, record


def transfer_owner(
    ctx: Context, actor: Actor, knelpunt_id: uuid.UUID, nieuw: Eigenaar, reden: str
) -> Knelpunt:
    """Offer the bottleneck to ``nieuw``; the current owner stays accountable until the
    receiver accepts."""
    vereis(actor.rol, Actie.EIGENAARSCHAP_OVERDRAGEN)
    if not reden.strip():
        raise OngeldigeInvoer("Geef op waarom het eigenaarschap wordt overgedragen (reden).")
    with ctx.uow() as uow:
        k = load(ctx, uow, actor, knelpunt_id, wijzigen=True)
        if uow.organisaties.get_id(nieuw.organisatie) is None:
            # Not here: an organisation in a partner's installation (it answers by event).
            k2 = offer_to_partner(ctx, uow, actor, k, nieuw, reden)
            uow.commit()
            return k2
        k2 = propose_owner(k, nieuw)
        uow.knelpunten.save(k2)
        record(
            ctx,
            uow,
            actor,
            Handeling.EIGENAARSCHAP_AANGEBODEN,
            ("knelpunt", k.id),
            reden=protect_free_text(ctx, uow, actor, ("knelpunt", k.id), "reden", reden.strip()),
            voor={"eigenaar": k.eigenaar.label if k.eigenaar else None},
            na={"aangebodenAan": nieuw.label},
        )
        # Partners holding the shared part see the open offer (and a stale one ends).
        k2 = share_knelpunt(ctx, uow, k2, Gebeurtenistype.KNELPUNT_BIJGEWERKT, actor.label)[0]
        uow.commit()
    return k2


def accept_transfer(
    ctx: Context, actor: Actor, knelpunt_id: uuid.UUID, reden: str | None
) -> Knelpunt:
    vereis(actor.rol, Actie.EIGENAARSCHAP_ACCEPTEREN)
    with ctx.uow() as uow:
        k = uow.knelpunten.get(knelpunt_id)
        if k is None or not k.may_read(actor.organisatie):
            raise niet_gevonden(knelpunt_id)
        namens = actor.rol in NAMENS_ORGANISATIE
        k2 = accept_owner(k, actor.organisatie, actor.naam, namens, ctx.clock.now())
        uow.knelpunten.save(k2)
        assert k2.eigenaar is not None
        record(
            ctx,
            uow,
            actor,
            Handeling.EIGENAARSCHAP_GEACCEPTEERD,
            ("knelpunt", k.id),
            reden=protect_free_text(ctx, uow, actor, ("knelpunt", k.id), "reden", reden),
            voor={"eigenaar": k.eigenaar.label if k.eigenaar else None},
            na={"eigenaar": k2.eigenaar.label},
        )
        notify(ctx, uow, k2, f"nieuwe eigenaar: {k2.eigenaar.label}")
        share_ownership(ctx, uow, k2, actor.label)
        uow.commit()
    return k2


def decline_transfer(ctx: Context, actor: Actor, knelpunt_id: uuid.UUID, reden: str) -> Knelpunt:
    vereis(actor.rol, Actie.EIGENAARSCHAP_ACCEPTEREN)
    if not reden.strip():
        raise OngeldigeInvoer("Geef op waarom u het eigenaarschap weigert (reden).")
    with ctx.uow() as uow:
        k = uow.knelpunten.get(knelpunt_id)
        if k is None or not k.may_read(actor.organisatie):
            raise niet_gevonden(knelpunt_id)
        voorstel = k.voorgestelde_eigenaar
        k2 = decline_owner(k, actor.organisatie, actor.naam, actor.rol in NAMENS_ORGANISATIE)
        uow.knelpunten.save(k2)
        record(
            ctx,
            uow,
            actor,
            Handeling.EIGENAARSCHAP_GEWEIGERD,
            ("knelpunt", k.id),
            reden=protect_free_text(ctx, uow, actor, ("knelpunt", k.id), "reden", reden.strip()),
            na={"geweigerdDoor": voorstel.label if voorstel else None},
        )
        k2 = share_knelpunt(ctx, uow, k2, Gebeurtenistype.KNELPUNT_BIJGEWERKT, actor.label)[0]
        uow.commit()
    return k2


def mark_departed(ctx: Context, actor: Actor, persoon: str, reden: str | None) -> list[Knelpunt]:
    """Record that a person left the organisation; the bottlenecks they owned now show on
    the no-owner list. Returns those bottlenecks."""
    vereis(actor.rol, Actie.OPSCHALING_BEHEREN)
    if not persoon.strip():
        raise OngeldigeInvoer("Wie is vertrokken? Geef de naam (persoon).")
    with ctx.uow() as uow:
        uow.knelpunten.add_vertrokken(actor.organisatie, persoon.strip(), ctx.clock.now())
        record(
            ctx,
            uow,
            actor,
            Handeling.MEDEWERKER_VERTROKKEN,
            ("medewerker", persoon.strip()),
            reden=protect_free_text(
                ctx, uow, actor, ("medewerker", persoon.strip()), "reden", reden
            ),
        )
        getroffen = [
            k
            for k in zicht.visible_dossiers(ctx, uow, actor.organisatie)
            if k.eigenaar is not None
            and k.eigenaar.organisatie == actor.organisatie
            and k.eigenaar.persoon == persoon.strip()
            and k.is_open
        ]
        uow.commit()
    return getroffen


def without_owner(ctx: Context, actor: Actor) -> list[Knelpunt]:
    """Open bottlenecks the organisation is involved in with no accountable owner: none
    accepted yet, or an owner who left."""
    vereis(actor.rol, Actie.KNELPUNT_LEZEN)
    with ctx.uow(schrijven=False) as uow:
        vertrokken = uow.knelpunten.vertrokken()
        return [
            k
            for k in zicht.visible_dossiers(ctx, uow, actor.organisatie)
            if has_no_owner(k, vertrokken)
        ]
