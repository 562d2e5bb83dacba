# SPDX-License-Identifier: EUPL-1.2
"""Bottleneck dossiers shared across installations, at the dossier's home: send its
shared part one version further, offer it to a partner organisation, and apply the
partner's answer. The home is the only one that changes the owner (see
:mod:`hartslag.domein.gedeeldknelpunt`, docs/uitwisseling.md "Shared bottlenecks")."""

from __future__ import annotations

import uuid
from collections import Counter
from dataclasses import replace
from typing import Any

from hartslag.domein.actor import Actor
from hartslag.domein.fouten import Conflict, GeenToegang, NietGevonden, OngeldigeInvoer
from hartslag.domein.gebeurtenis import Handeling
from hartslag.domein.gedeeldknelpunt import Antwoord, apply_answer, propose_partner, why_not
from hartslag.domein.knelpunt import Eigenaar, Knelpunt
from hartslag.domein.uitwisseling import Gebeurtenistype, Richting
from hartslag.privacy import pseudonymise
from hartslag.services.context import Context
from hartslag.services.free_text import protect_free_text
from hartslag.services.knelpunten import notify, record
from hartslag.services.poorten import UnitOfWork
from hartslag.services.uitwisseling import share
from hartslag.services.uitwisselingpoorten import Partner

T = Gebeurtenistype


def knelpunt_data(k: Knelpunt, per_organisatie: dict[str, int]) -> dict[str, Any]:
    """The shared part of a dossier: its texts as stored (pseudonymised when they were
    typed, `free_text`), the one owner organisation (the accepted owner's, else the
    creator's, which stays accountable until someone accepts), counts of the linked
    signals; no person."""
    return {
        "titel": k.titel,
        "beschrijving": k.omschrijving,
        "themas": [],
        "status": str(k.status),
        "eigenaarOrganisatie": k.route_organisatie,
        "voorgesteldeEigenaar": (
            k.voorgestelde_eigenaar.organisatie if k.voorgestelde_eigenaar else None
        ),
        "betrokkenOrganisaties": sorted(k.organisaties),
        "aantalSignalen": sum(per_organisatie.values()),
        "signalenPerOrganisatie": per_organisatie,
        "versie": k.versie,
    }


def share_knelpunt(
    ctx: Context, uow: UnitOfWork, k: Knelpunt, type: Gebeurtenistype, actor: str
) -> tuple[Knelpunt, int]:
    """Send the shared part of a dossier, one version further, from its home organisation.
    A dossier never shared stays inside (only ``knelpunt-gedeeld`` starts sharing).
    Returns the dossier (saved, with its new version) and how many partners."""
    organisatie_id = uow.organisaties.get_id(k.organisatie)
    if organisatie_id is None:
        return k, 0
    gedeeld = uow.postvakken.uitgaand_over(organisatie_id, str(k.id))
    if type is not T.KNELPUNT_GEDEELD and not gedeeld:
        return k, 0
    k2 = replace(k, versie=k.versie + 1)
    uow.knelpunten.save(k2)
    per_org = Counter(s.organisatie for s in uow.knelpunten.linked(k.id))
    aantal = share(
        ctx,
        uow,
        organisatie_id=organisatie_id,
        actor=actor,
        type=type,
        onderwerp=str(k.id),
        themas=frozenset(),
        gegevens=knelpunt_data(k2, dict(sorted(per_org.items()))),
    )
    return k2, aantal


def share_ownership(ctx: Context, uow: UnitOfWork, k: Knelpunt, actor: str) -> int:
    """A shared dossier's new owner (or withdrawn offer), to the partners it was shared
    with."""
    return share_knelpunt(ctx, uow, k, T.KNELPUNT_EIGENAARSCHAP_GEWIJZIGD, actor)[1]


def share_knelpunt_now(ctx: Context, uow: UnitOfWork, actor: Actor, knelpunt_id: uuid.UUID) -> int:
    """``hartslag exchange share knelpunt ID``: the first time *gedeeld*, later
    *bijgewerkt*. Only the dossier's home organisation shares it: it keeps the version."""
    k = uow.knelpunten.get(knelpunt_id)
    if k is None or not k.may_read(actor.organisatie):
        raise NietGevonden("Dit knelpunt bestaat niet.")
    if k.organisatie != actor.organisatie:
        raise GeenToegang(
            f"Alleen {k.organisatie}, die dit dossier bijhoudt, deelt het met partners."
        )
    eerder = uow.postvakken.uitgaand_over(actor.organisatie_id, str(k.id))
    type = T.KNELPUNT_BIJGEWERKT if eerder else T.KNELPUNT_GEDEELD
    aantal = share_knelpunt(ctx, uow, k, type, actor.label)[1]
    uow.commit()
    return aantal


def _covered(uow: UnitOfWork, ctx: Context, organisatie_id: int, partner: str) -> bool:
    """An offer to ``partner`` needs an agreement to send it and one to hear the answer."""
    now = ctx.clock.now()
    afspraken = [a for a in uow.partners.afspraken(organisatie_id) if a.partner == partner]
    uit = any(
        a.richting is Richting.UITGAAND
        and a.dekt(T.KNELPUNT_EIGENAARSCHAP_AANGEBODEN, frozenset(), now)
        for a in afspraken
    )
    terug = any(
        a.richting is Richting.INKOMEND
        and a.staat_toe(T.KNELPUNT_EIGENAARSCHAP_GEACCEPTEERD, None, now)
        for a in afspraken
    )
    return uit and terug


def offer_to_partner(
    ctx: Context, uow: UnitOfWork, actor: Actor, k: Knelpunt, nieuw: Eigenaar, reden: str
) -> Knelpunt:
    """The owner offers a shared dossier to an organisation in another installation. Call
    inside the transaction of :func:`eigenaarschap.transfer_owner`; it commits there."""
    partner = uow.partners.get(actor.organisatie_id, nieuw.organisatie)
    if partner is None or not partner.actief:
        raise OngeldigeInvoer(
            "De organisatie van de nieuwe eigenaar bestaat niet (eigenaar.organisatie)."
        )
    if nieuw.team or nieuw.persoon:
        raise OngeldigeInvoer(
            "Een organisatie in een andere installatie kiest zelf wie het knelpunt oppakt: "
            "geef alleen de organisatie op (geen team of persoon)."
        )
    if not uow.postvakken.uitgaand_over(actor.organisatie_id, str(k.id)):
        raise Conflict(
            "Deel het knelpunt eerst met partners (hartslag exchange share knelpunt ID)."
        )
    if not _covered(uow, ctx, actor.organisatie_id, partner.code):
        raise Conflict(
            f"Geen geldige deelafspraken met {partner.code} voor het aanbieden van "
            "eigenaarschap (uitgaand) en het antwoord daarop (inkomend)."
        )
    k2 = propose_partner(k, actor.organisatie, partner.code)
    k3, _ = share_knelpunt(ctx, uow, k2, T.KNELPUNT_EIGENAARSCHAP_AANGEBODEN, actor.label)
    record(
        ctx,
        uow,
        actor,
        Handeling.EIGENAARSCHAP_AANGEBODEN,
        ("knelpunt", k.id),
        reden=protect_free_text(ctx, uow, actor, ("knelpunt", k.id), "reden", reden.strip()),
        voor={"eigenaar": k.route_organisatie},
        na={"aangebodenAan": partner.code, "versie": k3.versie},
    )
    return k3


def receive_answer(
    ctx: Context,
    uow: UnitOfWork,
    organisatie_id: int,
    partner: Partner,
    type: Gebeurtenistype,
    event: dict[str, Any],
) -> None:
    """A partner's answer to an offer, inside the receiver's transaction. It applies only
    to the offer it names (same version, still open, to that partner); otherwise it is
    recorded as ignored and changes nothing, so late and repeated answers are harmless."""
    try:
        k = uow.knelpunten.get(uuid.UUID(str(event["subject"])))
    except ValueError:
        k = None
    thuis = next((c for i, c, _ in uow.organisaties.all() if i == organisatie_id), None)
    wie = f"partner:{partner.code}"
    versie = int(event["data"]["versie"])
    reden_partner = event["data"].get("reden")
    antwoord = (
        Antwoord.GEACCEPTEERD
        if type is T.KNELPUNT_EIGENAARSCHAP_GEACCEPTEERD
        else (Antwoord.GEWEIGERD)
    )
    if k is None or k.organisatie != thuis:
        waarom: str | None = "dit knelpunt wordt hier niet bijgehouden"
    else:
        waarom = why_not(k, partner.code, versie)
    if waarom is not None or k is None:
        record(
            ctx,
            uow,
            wie,
            Handeling.EIGENAARSCHAP_ANTWOORD_GENEGEERD,
            ("knelpunt", str(event["subject"])),
            reden=f"{antwoord} (versie {versie}) genegeerd: {waarom}"[:500],
            na={"gebeurtenis": str(event["id"]), "versie": versie},
            organisatie_id=organisatie_id,
        )
        return
    k2 = apply_answer(k, partner.code, versie, antwoord, ctx.clock.now())
    geaccepteerd = antwoord is Antwoord.GEACCEPTEERD
    record(
        ctx,
        uow,
        wie,
        Handeling.EIGENAARSCHAP_GEACCEPTEERD if geaccepteerd else Handeling.EIGENAARSCHAP_GEWEIGERD,
        ("knelpunt", k.id),
        reden=pseudonymise(reden_partner).text[:2000] if reden_partner else str(antwoord),
        voor={"eigenaar": k.route_organisatie},
        na={"eigenaar": k2.route_organisatie, "versie": versie, "gebeurtenis": str(event["id"])},
        organisatie_id=organisatie_id,
    )
    if geaccepteerd:
        notify(ctx, uow, k2, f"nieuwe eigenaar: {partner.code}")
    type_ = T.KNELPUNT_EIGENAARSCHAP_GEWIJZIGD if geaccepteerd else T.KNELPUNT_BIJGEWERKT
    share_knelpunt(ctx, uow, k2, type_, wie)
