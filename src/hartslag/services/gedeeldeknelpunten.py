# SPDX-License-Identifier: EUPL-1.2
"""Bottleneck dossiers partners share with us: the read view of their shared part (owned
elsewhere), and our answer when one is offered to us. The answer travels back as an event;
the owner changes only when the dossier's home applies it and tells us so."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from hartslag.domein.actor import Actor
from hartslag.domein.fouten import Conflict, NietGevonden, OngeldigeInvoer
from hartslag.domein.gebeurtenis import Handeling
from hartslag.domein.gedeeldknelpunt import Antwoord, GedeeldKnelpunt, check_answer, view_from
from hartslag.domein.rechten import Actie, vereis
from hartslag.domein.uitwisseling import Gebeurtenistype
from hartslag.services.context import Context
from hartslag.services.free_text import protect_free_text
from hartslag.services.knelpunten import record
from hartslag.services.poorten import UnitOfWork
from hartslag.services.uitwisseling import share

_HANDELING = {
    Antwoord.GEACCEPTEERD: Handeling.EIGENAARSCHAP_GEACCEPTEERD,
    Antwoord.GEWEIGERD: Handeling.EIGENAARSCHAP_GEWEIGERD,
}
_TYPE = {
    Antwoord.GEACCEPTEERD: Gebeurtenistype.KNELPUNT_EIGENAARSCHAP_GEACCEPTEERD,
    Antwoord.GEWEIGERD: Gebeurtenistype.KNELPUNT_EIGENAARSCHAP_GEWEIGERD,
}


@dataclass(frozen=True)
class Weergave:
    """A partner's dossier as we see it, with our answer to the offer now standing."""

    knelpunt: GedeeldKnelpunt
    ons_antwoord: Antwoord | None  # to the offer of this version; None: not answered


def _views(uow: UnitOfWork, organisatie_id: int) -> list[GedeeldKnelpunt]:
    partners = {p.id: p.code for p in uow.partners.all(organisatie_id)}
    return [
        view_from(g.onderwerp, partners[g.partner_id], g.afspraak, g.gegevens, g.bijgewerkt_op)
        for g in uow.postvakken.gedeeld(organisatie_id, "knelpunt")
        if not g.ingetrokken and g.partner_id in partners
    ]


def _answer(uow: UnitOfWork, actor: Actor, view: GedeeldKnelpunt) -> Antwoord | None:
    """What we answered to the offer of the view's version (from our audit trail)."""
    if view.voorgestelde_eigenaar != actor.organisatie:
        return None
    for g in uow.gebeurtenissen.for_subject([("knelpunt", view.id)], actor.organisatie_id):
        na = g.na or {}
        if na.get("versie") == view.versie and na.get("partner") == view.partner:
            for antwoord, handeling in _HANDELING.items():
                if g.actie == handeling:
                    return antwoord
    return None


def _weergave(uow: UnitOfWork, actor: Actor, view: GedeeldKnelpunt) -> Weergave:
    return Weergave(view, _answer(uow, actor, view))


def list_foreign(ctx: Context, actor: Actor) -> list[Weergave]:
    """Dossiers partners keep and share with us, newest change first."""
    vereis(actor.rol, Actie.KNELPUNT_LEZEN)
    with ctx.uow(schrijven=False) as uow:
        views = sorted(_views(uow, actor.organisatie_id), key=lambda v: v.bijgewerkt_op)
        return [_weergave(uow, actor, v) for v in reversed(views)]


def _get(uow: UnitOfWork, actor: Actor, knelpunt_id: uuid.UUID) -> GedeeldKnelpunt:
    for v in _views(uow, actor.organisatie_id):
        if v.id == str(knelpunt_id):
            return v
    raise NietGevonden(f"Geen gedeeld knelpunt {knelpunt_id} van een partner.")


def get_foreign(ctx: Context, actor: Actor, knelpunt_id: uuid.UUID) -> Weergave:
    vereis(actor.rol, Actie.KNELPUNT_LEZEN)
    with ctx.uow(schrijven=False) as uow:
        return _weergave(uow, actor, _get(uow, actor, knelpunt_id))


def answer(
    ctx: Context, actor: Actor, knelpunt_id: uuid.UUID, antwoord: Antwoord, reden: str | None
) -> Weergave:
    """Accept or decline a partner's offer of its dossier. The same answer again changes
    nothing (and sends nothing); the other answer to the same offer is refused."""
    vereis(actor.rol, Actie.EIGENAARSCHAP_ACCEPTEREN)
    if antwoord is Antwoord.GEWEIGERD and not (reden or "").strip():
        raise OngeldigeInvoer("Geef op waarom u het eigenaarschap weigert (reden).")
    with ctx.uow() as uow:
        view = _get(uow, actor, knelpunt_id)
        check_answer(view, actor.organisatie)
        eerder = _answer(uow, actor, view)
        if eerder is antwoord:
            return Weergave(view, eerder)
        if eerder is not None:
            raise Conflict(f"U hebt dit aanbod al beantwoord ({eerder}).")
        onderwerp = ("knelpunt", view.id)
        tekst = protect_free_text(ctx, uow, actor, onderwerp, "reden", reden)
        gegevens: dict[str, Any] = {"versie": view.versie}
        if tekst:
            gegevens["reden"] = tekst[:2000]
        aantal = share(
            ctx,
            uow,
            organisatie_id=actor.organisatie_id,
            actor=actor.label,
            type=_TYPE[antwoord],
            onderwerp=view.id,
            themas=frozenset(),
            gegevens=gegevens,
            partner_code=view.partner,
        )
        if aantal == 0:
            raise Conflict(
                f"Geen geldige uitgaande deelafspraak met {view.partner} voor dit antwoord "
                f"({_TYPE[antwoord].kort})."
            )
        record(
            ctx,
            uow,
            actor,
            _HANDELING[antwoord],
            onderwerp,
            reden=tekst or str(antwoord),
            voor={"eigenaar": view.eigenaar_organisatie},
            na={"versie": view.versie, "partner": view.partner, "antwoord": str(antwoord)},
        )
        uow.commit()
    return Weergave(view, antwoord)
