# SPDX-License-Identifier: EUPL-1.2
"""Use cases around a stored signal: read, list, change, history and contact details."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from typing import Any

from hartslag.domein.actor import Actor
from hartslag.domein.fouten import NietGevonden, OngeldigeInvoer
from hartslag.domein.gebeurtenis import Gebeurtenis, Handeling
from hartslag.domein.rechten import Actie, vereis
from hartslag.domein.signaal import Contactgegevens, Signaal, normalise_themas, samenvatting
from hartslag.domein.vocabulaire import Signaalstatus
from hartslag.domein.workflow import check_transition
from hartslag.domein.zoekfilter import Pagina, SignaalFilter, Sortering
from hartslag.privacy import pseudonymise
from hartslag.services.bescherming import TITEL_MAX
from hartslag.services.contactkluis import open_contact
from hartslag.services.context import Context
from hartslag.services.originelen import purpose
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


def repeat_contacts(ctx: Context, actor: Actor, signaal_id: uuid.UUID) -> Herhaalcontacten:
    vereis(actor.rol, Actie.SIGNAAL_LEZEN)
    with ctx.uow(schrijven=False) as uow:
        if uow.signalen.get(actor.organisatie_id, signaal_id) is None:
            raise _niet_gevonden(signaal_id)
        analyse = uow.analyses.for_signals([signaal_id]).get(signaal_id)
        van = analyse.herhaalcontact_van if analyse else None
        eerder = uow.signalen.get(actor.organisatie_id, van) if van else None
        later = [
            s
            for i in uow.analyses.repeats_of(signaal_id)
            if (s := uow.signalen.get(actor.organisatie_id, i)) is not None
        ]
    return Herhaalcontacten(eerder, sorted(later, key=lambda s: s.ontvangen_op))


def search_by_melder(
    ctx: Context, actor: Actor, melder_id: str, filter: SignaalFilter, pagina: Pagina
) -> tuple[list[Signaal], int]:
    """Signals of one reporter, found through the keyed pseudonym, never by plaintext."""
    pseudoniem = melder_pseudoniem(ctx.pseudoniem_sleutel, actor.organisatie, melder_id)
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
        if wijzigingen.get("titel"):
            wijzigingen["titel"] = _protected_title(wijzigingen["titel"])
        reden = pseudonymise(reden).text if reden else reden
        nieuw = replace(oud, **wijzigingen)
        if nieuw.status != oud.status:
            check_transition(oud.status, nieuw.status)
        if nieuw == oud:
            return oud
        uow.signalen.update(nieuw)
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


def _protected_title(titel: str) -> str:
    """A title typed by staff, with personal data replaced like at intake."""
    tekst = pseudonymise(titel).text
    return tekst if len(tekst) <= TITEL_MAX else tekst[: TITEL_MAX - 1].rstrip() + "…"


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
    reden = purpose(doel, "de contactgegevens")
    with ctx.uow() as uow:
        if uow.signalen.get(actor.organisatie_id, signaal_id) is None:
            raise _niet_gevonden(signaal_id)
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
