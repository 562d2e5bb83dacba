# SPDX-License-Identifier: EUPL-1.2
"""Use case: the right of access (AVG art. 15): everything Hartslag holds about a person.

For each signal that concerns them: the signal as stored (pseudonymised), how it was
found, its audit references, and, for their own signals only, the contact details and
the original text decrypted. Originals of signals that merely mention the person are not
included: they are someone else's words (art. 15(4)). Every vault read is recorded.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from hartslag.domein.actor import Actor
from hartslag.domein.gebeurtenis import Gebeurtenis, Handeling
from hartslag.domein.rechten import Actie, vereis
from hartslag.services.betrokkenen import Gevonden, Identificatie, kinds_of, search
from hartslag.services.contactkluis import open_contact
from hartslag.services.context import Context
from hartslag.services.originelen import open_origineel
from hartslag.services.poorten import UnitOfWork
from hartslag.services.privacypoorten import Vermelding

DOEL = "inzageverzoek betrokkene (AVG art. 15)"
TOELICHTING = (
    "Dit overzicht bevat de signalen in Hartslag die over u gaan: als melder, via de "
    "contactgegevens die u achterliet, of omdat u in de tekst werd genoemd. Teksten zijn "
    "gepseudonimiseerd: persoonsgegevens zijn vervangen door aanduidingen als [PERSOON-1]. "
    "Bij uw eigen signalen staan ook uw contactgegevens en, als die bewaard is, de "
    "oorspronkelijke tekst. Onder 'vermeldingen' staan andere dossiers (knelpunten, "
    "duidingssessies, terugkoppelingen, ...) waarin medewerkers u noemden; ook daar is de "
    "tekst gepseudonimiseerd."
)


def _read(ctx: Context, uow: UnitOfWork, actor: Actor, signaal_id: str, actie: Handeling) -> None:
    uow.gebeurtenissen.add(
        Gebeurtenis(
            tijdstip=ctx.clock.now(),
            actor=actor.label,
            actie=actie,
            onderwerp_type="signaal",
            onderwerp_id=signaal_id,
            organisatie_id=actor.organisatie_id,
            reden=DOEL,
            na={"aanwezig": True},
        )
    )


def _vault(
    ctx: Context, uow: UnitOfWork, actor: Actor, gevonden: Gevonden
) -> tuple[dict[str, Any] | None, dict[str, Any] | None]:
    t = gevonden.treffer
    if not t.eigen:
        return None, None
    contact = origineel = None
    record = uow.contacten.get(actor.organisatie_id, t.contact_id) if t.contact_id else None
    if record is not None:
        c = open_contact(ctx, record)
        contact = {"naam": c.naam, "email": c.email, "telefoon": c.telefoon}
        _read(ctx, uow, actor, str(t.signaal_id), Handeling.CONTACT_GELEZEN)
    kept = uow.originelen.get(actor.organisatie_id, t.signaal_id) if t.heeft_origineel else None
    if kept is not None:
        o = open_origineel(ctx, kept)
        origineel = {"titel": o.titel, "tekst": o.tekst}
        _read(ctx, uow, actor, str(t.signaal_id), Handeling.ORIGINEEL_GELEZEN)
    return contact, origineel


def _entry(ctx: Context, uow: UnitOfWork, actor: Actor, gevonden: Gevonden) -> dict[str, Any]:
    t = gevonden.treffer
    s = uow.signalen.get(actor.organisatie_id, t.signaal_id)
    assert s is not None
    onderwerpen = [("signaal", str(s.id))]
    importrun = uow.signalen.get_importrun_id(s.id)
    if importrun is not None:  # an imported signal: the import's records concern it too
        onderwerpen.append(("importrun", str(importrun)))
    historie = uow.gebeurtenissen.for_subject(onderwerpen, actor.organisatie_id)
    contact, origineel = _vault(ctx, uow, actor, gevonden)
    return {
        "referentie": s.referentie,
        "ontvangenOp": s.ontvangen_op.isoformat(),
        "brontype": s.brontype.value,
        "meldertype": s.meldertype.value,
        "kanaal": s.kanaal.value,
        "status": s.status.value,
        "themas": list(s.themas),
        "titel": s.titel,
        "tekst": s.tekst,
        "gevondenVia": sorted(h.value for h in t.herkomst),
        "contactgegevens": contact,
        "origineel": origineel,
        "gebeurtenissen": [
            {"id": g.id, "tijdstip": g.tijdstip.isoformat(), "actie": str(g.actie)}
            for g in historie
        ],
    }


def _mention(uow: UnitOfWork, actor: Actor, v: Vermelding) -> dict[str, Any]:
    """A record whose free text mentions the person: which record, which fields, and the
    audit references of that record (their reasons hold placeholders only)."""
    historie = uow.gebeurtenissen.for_subject(
        [(v.onderwerp_type, v.onderwerp_id)], actor.organisatie_id
    )
    return {
        "onderwerp": v.onderwerp_type,
        "id": v.onderwerp_id,
        "velden": list(v.velden),
        "gebeurtenissen": [
            {"id": g.id, "tijdstip": g.tijdstip.isoformat(), "actie": str(g.actie)}
            for g in historie
        ],
    }


def export_subject(ctx: Context, actor: Actor, ids: Sequence[Identificatie]) -> dict[str, Any]:
    """What Hartslag holds about the person, as one JSON-ready document."""
    vereis(actor.rol, Actie.PRIVACY_BEHEREN)
    with ctx.uow() as uow:
        gevonden = search(ctx, uow, actor, ids)
        signalen = [_entry(ctx, uow, actor, g) for g in gevonden.signalen]
        vermeldingen = [_mention(uow, actor, v) for v in gevonden.vermeldingen]
        uow.gebeurtenissen.add(
            Gebeurtenis(
                tijdstip=ctx.clock.now(),
                actor=actor.label,
                actie=Handeling.BETROKKENE_INZAGE_GEGEVEN,
                onderwerp_type="betrokkene",
                organisatie_id=actor.organisatie_id,
                reden=DOEL,
                na={
                    "soorten": kinds_of(ids),
                    "signalen": len(signalen),
                    "vermeldingen": len(vermeldingen),
                },
            )
        )
        uow.commit()
    return {
        "organisatie": actor.organisatie,
        "opgesteldOp": ctx.clock.now().isoformat(),
        "gezochtOp": kinds_of(ids),
        "toelichting": TOELICHTING,
        "signalen": signalen,
        "vermeldingen": vermeldingen,
    }
