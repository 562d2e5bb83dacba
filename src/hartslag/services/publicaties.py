# SPDX-License-Identifier: EUPL-1.2
"""Use cases: editorial control over the public "jullie zeiden, wij deden" page.

An organisation that steers a bottleneck (its creator or owner) writes a public text for
its own page, approves it and publishes it once the bottleneck is solved; the owner
publishes first. Every step is an audit record (who, when). The page shows the texts as
approved: nobody's later edit of the dossier changes them. Free text is pseudonymised."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from hartslag.domein.actor import Actor
from hartslag.domein.fouten import Conflict, NietGevonden, OngeldigeInvoer, VeldFout
from hartslag.domein.gebeurtenis import Handeling
from hartslag.domein.knelpunt import Knelpunt, Knelpuntstatus
from hartslag.domein.publicatie import (
    EigenaarPubliceertEerst,
    NietOpgelost,
    Publicatiestatus,
    PubliekeTekst,
    approve,
    edit,
    publish,
    withdraw,
)
from hartslag.domein.rechten import Actie, vereis
from hartslag.domein.terugkoppeling import Terugkoppelingstatus
from hartslag.services.context import Context
from hartslag.services.knelpunten import anonymise, load, record
from hartslag.services.poorten import UnitOfWork


@dataclass(frozen=True)
class Tekstdelen:
    """What a person wrote; None leaves a part as it is (or as proposed)."""

    titel: str | None = None
    jullie_zeiden: str | None = None
    wij_deden: str | None = None


def _niet_gevonden(tekst_id: uuid.UUID) -> NietGevonden:
    return NietGevonden(f"Publieke tekst {tekst_id} bestaat niet bij uw organisatie.")


def _own(uow: UnitOfWork, actor: Actor, tekst_id: uuid.UUID) -> PubliekeTekst:
    p = uow.publieke_teksten.get(tekst_id)
    if p is None or p.organisatie != actor.organisatie:
        raise _niet_gevonden(tekst_id)
    return p


def _proposal(uow: UnitOfWork, k: Knelpunt, organisatie: str) -> Tekstdelen:
    """A first version from the dossier: its title, its description, and what was done
    (the last decision, else the feedback the organisation approved)."""
    goedgekeurd = [
        tk.tekst
        for tk in uow.terugkoppelingen.for_knelpunt(k.id)
        if tk.organisatie == organisatie and tk.status == Terugkoppelingstatus.GOEDGEKEURD
    ]
    gedaan = k.besluiten[-1].omschrijving if k.besluiten else (goedgekeurd or [""])[-1]
    return Tekstdelen(k.titel, k.omschrijving, gedaan)


def _clean(tekst: str | None) -> str | None:
    return anonymise(tekst.strip()) if tekst is not None else None


def _part(gegeven: str | None, voorstel: str | None) -> str:
    return _clean(gegeven if gegeven is not None else voorstel) or ""


def draft_public_text(
    ctx: Context, actor: Actor, knelpunt_id: uuid.UUID, delen: Tekstdelen
) -> PubliekeTekst:
    """The organisation's public text of a bottleneck, as a draft: what is given, the
    rest proposed from the dossier. One per bottleneck and organisation."""
    vereis(actor.rol, Actie.TERUGKOPPELING_BEOORDELEN)
    now = ctx.clock.now()
    with ctx.uow() as uow:
        k = load(ctx, uow, actor, knelpunt_id, wijzigen=True)
        for bestaand in uow.publieke_teksten.for_knelpunt(k.id):
            if bestaand.organisatie == actor.organisatie:
                raise Conflict(
                    f"Uw organisatie heeft al een publieke tekst voor dit knelpunt "
                    f"({bestaand.id}); wijzig die (PATCH /api/v1/publieke-teksten/{bestaand.id})."
                )
        voorstel = _proposal(uow, k, actor.organisatie)
        p = PubliekeTekst(
            id=uuid.uuid4(),
            knelpunt_id=k.id,
            organisatie=actor.organisatie,
            titel=_part(delen.titel, voorstel.titel),
            jullie_zeiden=_part(delen.jullie_zeiden, voorstel.jullie_zeiden),
            wij_deden=_part(delen.wij_deden, voorstel.wij_deden),
            aangemaakt_op=now,
            aangemaakt_door=actor.label,
        )
        uow.publieke_teksten.add(p)
        _record(ctx, uow, actor, Handeling.PUBLIEKE_TEKST_OPGESTELD, p)
        uow.commit()
    return p


def _record(
    ctx: Context,
    uow: UnitOfWork,
    actor: Actor,
    actie: Handeling,
    p: PubliekeTekst,
    reden: str | None = None,
) -> None:
    record(
        ctx,
        uow,
        actor,
        actie,
        ("publieke-tekst", p.id),
        reden=reden,
        na={"knelpunt": str(p.knelpunt_id), "status": p.status.value},
    )


def list_public_texts(
    ctx: Context, actor: Actor, status: Publicatiestatus | None = None
) -> list[PubliekeTekst]:
    vereis(actor.rol, Actie.KNELPUNT_LEZEN)
    with ctx.uow(schrijven=False) as uow:
        return uow.publieke_teksten.of_organisatie(actor.organisatie, status)


def get_public_text(ctx: Context, actor: Actor, tekst_id: uuid.UUID) -> PubliekeTekst:
    vereis(actor.rol, Actie.KNELPUNT_LEZEN)
    with ctx.uow(schrijven=False) as uow:
        return _own(uow, actor, tekst_id)


def edit_public_text(
    ctx: Context, actor: Actor, tekst_id: uuid.UUID, delen: Tekstdelen
) -> PubliekeTekst:
    """Rewrite parts of the text; it becomes a draft again (approval is needed anew)."""
    vereis(actor.rol, Actie.TERUGKOPPELING_BEOORDELEN)
    with ctx.uow() as uow:
        oud = _own(uow, actor, tekst_id)
        p = edit(
            oud,
            titel=_clean(delen.titel) or oud.titel,
            jullie_zeiden=_clean(delen.jullie_zeiden) or oud.jullie_zeiden,
            wij_deden=_clean(delen.wij_deden) or oud.wij_deden,
            door=actor.label,
            now=ctx.clock.now(),
        )
        uow.publieke_teksten.save(p)
        _record(ctx, uow, actor, Handeling.PUBLIEKE_TEKST_GEWIJZIGD, p)
        uow.commit()
    return p


def approve_public_text(ctx: Context, actor: Actor, tekst_id: uuid.UUID) -> PubliekeTekst:
    vereis(actor.rol, Actie.PUBLICEREN)
    with ctx.uow() as uow:
        p = approve(_own(uow, actor, tekst_id), door=actor.label, now=ctx.clock.now())
        uow.publieke_teksten.save(p)
        _record(ctx, uow, actor, Handeling.PUBLIEKE_TEKST_GOEDGEKEURD, p)
        uow.commit()
    return p


def _check_publishable(uow: UnitOfWork, actor: Actor, k: Knelpunt) -> None:
    if k.status != Knelpuntstatus.OPGELOST or k.afgerond_op is None:
        raise NietOpgelost(
            f"Het knelpunt heeft status '{k.status}'. Publiceer de tekst als het opgelost is."
        )
    eigenaar = k.route_organisatie
    if actor.organisatie != eigenaar and not any(
        p.organisatie == eigenaar and p.status == Publicatiestatus.GEPUBLICEERD
        for p in uow.publieke_teksten.for_knelpunt(k.id)
    ):
        raise EigenaarPubliceertEerst(
            f"{eigenaar} is eigenaar van dit knelpunt en publiceert eerst; daarna kan uw "
            "organisatie haar eigen tekst publiceren."
        )


def publish_public_text(ctx: Context, actor: Actor, tekst_id: uuid.UUID) -> PubliekeTekst:
    """Put the approved text on the organisation's public page, with the number of
    signals and the date solved as they are now."""
    vereis(actor.rol, Actie.PUBLICEREN)
    with ctx.uow() as uow:
        oud = _own(uow, actor, tekst_id)
        k = load(ctx, uow, actor, oud.knelpunt_id, wijzigen=True)
        _check_publishable(uow, actor, k)
        assert k.afgerond_op is not None
        p = publish(
            oud,
            door=actor.label,
            now=ctx.clock.now(),
            aantal_signalen=len(uow.knelpunten.linked(k.id)),
            opgelost_op=k.afgerond_op,
        )
        uow.publieke_teksten.save(p)
        _record(ctx, uow, actor, Handeling.PUBLIEKE_TEKST_GEPUBLICEERD, p)
        uow.commit()
    return p


def withdraw_public_text(
    ctx: Context, actor: Actor, tekst_id: uuid.UUID, reden: str
) -> PubliekeTekst:
    """Take the text off the public page (it can be edited and published again)."""
    vereis(actor.rol, Actie.PUBLICEREN)
    if not reden.strip():
        raise OngeldigeInvoer(
            "Geef op waarom de tekst van de openbare pagina gaat (reden).",
            velden=[VeldFout("reden", "verplicht bij intrekken")],
        )
    with ctx.uow() as uow:
        p = withdraw(_own(uow, actor, tekst_id), door=actor.label, now=ctx.clock.now())
        uow.publieke_teksten.save(p)
        _record(ctx, uow, actor, Handeling.PUBLIEKE_TEKST_INGETROKKEN, p, anonymise(reden))
        uow.commit()
    return p
