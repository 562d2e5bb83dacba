# SPDX-License-Identifier: EUPL-1.2
"""Use cases around a stored signal: read, list, change, history and contact details."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any, cast

from hartslag.domein.actor import Actor
from hartslag.domein.fouten import NietGevonden, OngeldigeInvoer, VeldFout
from hartslag.domein.gebeurtenis import Gebeurtenis, Handeling
from hartslag.domein.rechten import Actie, vereis
from hartslag.domein.signaal import Contactgegevens, Signaal, normalise_themas, samenvatting
from hartslag.domein.vocabulaire import Signaalstatus
from hartslag.domein.workflow import check_transition
from hartslag.domein.zoekfilter import Pagina, SignaalFilter, Sortering
from hartslag.services.bescherming import TITEL_MAX
from hartslag.services.contactkluis import open_contact
from hartslag.services.context import Context
from hartslag.services.free_text import fit, protect_fields
from hartslag.services.mijlpalen import draft_for_closed_signal
from hartslag.services.originelen import check_purpose, recorded_purpose
from hartslag.services.pseudoniemen import melder_pseudoniem

WIJZIGBAAR = frozenset(
    {"titel", "polariteit", "impact", "bereik", "themas", "levensgebeurtenis", "regelgeving"}
)


def _niet_gevonden(signaal_id: uuid.UUID) -> NietGevonden:
    return NietGevonden(f"Signaal {signaal_id} bestaat niet (of hoort bij een andere organisatie).")


def get_signaal(ctx: Context, actor: Actor, signaal_id: uuid.UUID) -> Signaal:
    vereis(actor.rol, Actie.SIGNAAL_LEZEN)
    with ctx.uow(schrijven=False) as uow:
        s = uow.signalen.get(actor.organisatie_id, signaal_id)
    if s is None:
        raise _niet_gevonden(signaal_id)
    return s


def list_signalen(
    ctx: Context,
    actor: Actor,
    filter: SignaalFilter,
    pagina: Pagina,
    sortering: Sortering = Sortering(),
) -> tuple[list[Signaal], int]:
    vereis(actor.rol, Actie.SIGNAAL_LEZEN)
    with ctx.uow(schrijven=False) as uow:
        return uow.signalen.search(actor.organisatie_id, filter, pagina, sortering)


@dataclass(frozen=True)
class Herhaalcontacten:
    """The repeat-contact chain around a signal, as far as the actor may see it: the
    earlier contact it repeats, and the later contacts that repeat it."""

    eerder: Signaal | None
    later: list[Signaal]
    # contacts of the chain at other organisations of the pseudonymisation domain: only
    # their organisation code and the date received, never their text or reference
    elders: list[tuple[str, datetime]] = field(default_factory=list)


def repeat_contacts(ctx: Context, actor: Actor, signaal_id: uuid.UUID) -> Herhaalcontacten:
    vereis(actor.rol, Actie.SIGNAAL_LEZEN)
    with ctx.uow(schrijven=False) as uow:
        if uow.signalen.get(actor.organisatie_id, signaal_id) is None:
            raise _niet_gevonden(signaal_id)
        analyse = uow.analyses.for_signals([signaal_id]).get(signaal_id)
        van = analyse.herhaalcontact_van if analyse else None
        eerder = uow.signalen.get(actor.organisatie_id, van) if van else None
        later, buiten = [], [van] if van and eerder is None else []
        for i in uow.analyses.repeats_of(signaal_id):
            s = uow.signalen.get(actor.organisatie_id, i)
            if s is None:
                buiten.append(i)
            else:
                later.append(s)
        elders = sorted(uow.signalen.origins(buiten).values(), key=lambda o: o[1])
    return Herhaalcontacten(eerder, sorted(later, key=lambda s: s.ontvangen_op), elders)


def search_by_melder(
    ctx: Context, actor: Actor, melder_id: str, filter: SignaalFilter, pagina: Pagina
) -> tuple[list[Signaal], int]:
    """Signals of one reporter, found through the keyed pseudonym, never by plaintext."""
    domein = ctx.pseudoniemdomein(actor.organisatie)
    pseudoniem = melder_pseudoniem(ctx.pseudoniem_sleutel, domein, melder_id)
    return list_signalen(ctx, actor, replace(filter, melder_pseudoniem=pseudoniem), pagina)


def change_signaal(
    ctx: Context,
    actor: Actor,
    signaal_id: uuid.UUID,
    wijzigingen: dict[str, Any],
    reden: str | None,
) -> Signaal:
    """Change a signal's classification or status; every change is an audit record."""
    vereis(actor.rol, Actie.SIGNAAL_WIJZIGEN)
    onbekend = set(wijzigingen) - WIJZIGBAAR - {"status"}
    if onbekend:
        raise OngeldigeInvoer(f"Deze velden kunnen niet worden gewijzigd: {sorted(onbekend)}.")
    with ctx.uow() as uow:
        oud = uow.signalen.get(actor.organisatie_id, signaal_id)
        if oud is None:
            raise _niet_gevonden(signaal_id)
        if "themas" in wijzigingen:
            wijzigingen["themas"] = normalise_themas(wijzigingen["themas"])
        tekst = protect_fields(
            ctx,
            uow,
            actor,
            ("signaal", signaal_id),
            {"titel": wijzigingen.get("titel") or None, "reden": reden},
        )
        if tekst["titel"]:
            wijzigingen["titel"] = fit(str(tekst["titel"]), TITEL_MAX)
        reden = cast(str | None, tekst["reden"])
        nieuw = replace(oud, **wijzigingen)
        if nieuw.status != oud.status:
            check_transition(oud.status, nieuw.status)
            _check_closing_reason(nieuw.status, reden)
        if nieuw == oud:
            return oud
        uow.signalen.update(nieuw)
        if nieuw.status == Signaalstatus.GESLOTEN and oud.status != Signaalstatus.GESLOTEN:
            assert reden is not None
            draft_for_closed_signal(ctx, uow, actor, nieuw, reden)
        voor, na = samenvatting(oud), samenvatting(nieuw)
        gewijzigd = {k for k in na if na[k] != voor[k]} | (
            {"titel"} if nieuw.titel != oud.titel else set()
        )
        actie = (
            Handeling.SIGNAAL_STATUS_GEWIJZIGD
            if gewijzigd == {"status"}
            else Handeling.SIGNAAL_GEWIJZIGD
        )
        uow.gebeurtenissen.add(
            Gebeurtenis(
                tijdstip=ctx.clock.now(),
                actor=actor.label,
                actie=actie,
                onderwerp_type="signaal",
                onderwerp_id=str(signaal_id),
                organisatie_id=actor.organisatie_id,
                reden=reden,
                voor={k: voor.get(k) for k in sorted(gewijzigd) if k in voor},
                na={k: na.get(k, "(gewijzigd)") for k in sorted(gewijzigd)},
            )
        )
        uow.commit()
        return nieuw


def _check_closing_reason(status: Signaalstatus, reden: str | None) -> None:
    """Closing a signal, whether it was handled or turned down, says why: the reason is
    the start of the reporter's feedback."""
    if status == Signaalstatus.GESLOTEN and not (reden or "").strip():
        raise OngeldigeInvoer(
            "Geef een reden op als u een signaal sluit (reden): wat er met het signaal is "
            "gedaan, of waarom er niets mee gebeurt. Die reden is het begin van de "
            "terugkoppeling aan de melder.",
            velden=[VeldFout("reden", "verplicht bij het sluiten van een signaal")],
        )


def change_status(
    ctx: Context, actor: Actor, signaal_id: uuid.UUID, status: Signaalstatus, reden: str | None
) -> Signaal:
    return change_signaal(ctx, actor, signaal_id, {"status": status}, reden)


def historie(ctx: Context, actor: Actor, signaal_id: uuid.UUID) -> list[Gebeurtenis]:
    """Every audit record about this signal, including the import that brought it in."""
    vereis(actor.rol, Actie.HISTORIE_LEZEN)
    with ctx.uow(schrijven=False) as uow:
        if uow.signalen.get(actor.organisatie_id, signaal_id) is None:
            raise _niet_gevonden(signaal_id)
        onderwerpen = [("signaal", str(signaal_id))]
        importrun = uow.signalen.get_importrun_id(signaal_id)
        if importrun is not None:
            onderwerpen.append(("importrun", str(importrun)))
        return uow.gebeurtenissen.for_subject(onderwerpen, actor.organisatie_id)


def read_contact(
    ctx: Context, actor: Actor, signaal_id: uuid.UUID, doel: str
) -> Contactgegevens | None:
    """Open the reporter's contact details for a stated purpose; the read is recorded."""
    vereis(actor.rol, Actie.CONTACT_LEZEN)
    doel = check_purpose(doel, "de contactgegevens")
    with ctx.uow() as uow:
        if uow.signalen.get(actor.organisatie_id, signaal_id) is None:
            raise _niet_gevonden(signaal_id)
        reden = recorded_purpose(ctx, uow, actor, signaal_id, doel)
        contact_id = uow.signalen.get_contact_id(actor.organisatie_id, signaal_id)
        record = uow.contacten.get(actor.organisatie_id, contact_id) if contact_id else None
        uow.gebeurtenissen.add(
            Gebeurtenis(
                tijdstip=ctx.clock.now(),
                actor=actor.label,
                actie=Handeling.CONTACT_GELEZEN,
                onderwerp_type="signaal",
                onderwerp_id=str(signaal_id),
                organisatie_id=actor.organisatie_id,
                reden=reden,
                na={"aanwezig": record is not None},
            )
        )
        uow.commit()
    return open_contact(ctx, record) if record else None
