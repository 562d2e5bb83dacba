# SPDX-License-Identifier: EUPL-1.2
"""Use cases that share: an event goes into the outbox in the same transaction as the
change that causes it, once per partner whose outgoing agreement covers it, with only the
fields that agreement names, and with an audit record per share."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from hartslag.domein.actor import Actor
from hartslag.domein.fouten import NietGevonden, OngeldigeInvoer
from hartslag.domein.gebeurtenis import Gebeurtenis, Handeling
from hartslag.domein.patroon import Patroon
from hartslag.domein.rechten import Actie, vereis
from hartslag.domein.signaal import Signaal
from hartslag.domein.terugkoppeling import Terugkoppeling
from hartslag.domein.uitwisseling import (
    Gebeurtenistype,
    Richting,
    cloudevent,
    dataschema_voor,
    select_fields,
)
from hartslag.privacy import pseudonymise
from hartslag.services.context import Context
from hartslag.services.poorten import UnitOfWork
from hartslag.services.uitwisselingpoorten import UitgaandeGebeurtenis


def signal_data(s: Signaal) -> dict[str, Any]:
    """Everything of a signal that may ever be shared: the stored (pseudonymised) title and
    text and the classification. No reporter pseudonym, no contact, no original."""
    return {
        "titel": s.titel,
        "tekst": s.tekst,
        "themas": list(s.themas),
        "brontype": s.brontype.value,
        "meldertype": s.meldertype.value,
        "kanaal": s.kanaal.value,
        "ontvangenOp": s.ontvangen_op.isoformat(),
        "polariteit": s.polariteit.value if s.polariteit else None,
        "bereik": s.bereik.value if s.bereik else None,
        # Classification fields are stored as typed: pseudonymised here, should anyone
        # have typed a name into them.
        "levensgebeurtenis": _clean(s.levensgebeurtenis) if s.levensgebeurtenis else None,
        "regelgeving": [_clean(r) for r in s.regelgeving],
        "status": s.status.value,
    }


def _clean(tekst: str) -> str:
    return pseudonymise(tekst).text


def pattern_data(p: Patroon) -> dict[str, Any]:
    return {
        "label": p.titel,
        "themas": [],
        "aantalSignalen": p.omvang,
        "status": str(p.status),
    }


def share(
    ctx: Context,
    uow: UnitOfWork,
    *,
    organisatie_id: int,
    actor: str,
    type: Gebeurtenistype,
    onderwerp: str,
    themas: frozenset[str],
    gegevens: dict[str, Any],
    partner_code: str | None = None,
) -> int:
    """Queue ``type`` about ``onderwerp`` for every partner (or only ``partner_code``)
    whose outgoing agreement covers it now; returns how many. Call inside the transaction
    of the change itself."""
    oin = uow.partners.oin(organisatie_id)
    if oin is None:
        return 0  # no OIN, no exchange (hartslag exchange oin)
    now = ctx.clock.now()
    aantal = 0
    for afspraak in uow.partners.afspraken(organisatie_id):
        if afspraak.lokaal or afspraak.richting is not Richting.UITGAAND:
            continue  # a local agreement governs what is seen here; nothing travels
        if not afspraak.dekt(type, themas, now):
            continue
        if partner_code is not None and afspraak.partner != partner_code:
            continue
        partner = uow.partners.get(organisatie_id, afspraak.partner)
        if partner is None or partner.id is None or not partner.actief:
            continue
        data = select_fields(gegevens, afspraak.velden_voor(type.soort))
        event_id = uuid.uuid4()
        event = cloudevent(
            type=type,
            oin=oin,
            onderwerp=onderwerp,
            id=event_id,
            tijdstip=now,
            dataschema=dataschema_voor(type),
            afspraak=afspraak.code,
            data=data,
        )
        uow.postvakken.add_uitgaand(
            UitgaandeGebeurtenis(
                event_id,
                organisatie_id,
                partner.id,
                afspraak.code,
                type.value,
                onderwerp,
                event,
                now,
            )
        )
        uow.gebeurtenissen.add(
            Gebeurtenis(
                now,
                actor,
                Handeling.GEGEVENS_GEDEELD,
                type.soort,
                onderwerp,
                organisatie_id,
                reden=f"deelafspraak {afspraak.code}: {afspraak.doel}"[:500],
                na={
                    "partner": partner.code,
                    "type": type.value,
                    "gebeurtenis": str(event_id),
                    "velden": sorted(data),
                },
            )
        )
        aantal += 1
    return aantal


def share_signaal(
    ctx: Context, uow: UnitOfWork, s: Signaal, actor: str, organisatie_id: int
) -> int:
    """A newly registered signal, to every partner whose agreement covers its themes."""
    return share(
        ctx,
        uow,
        organisatie_id=organisatie_id,
        actor=actor,
        type=Gebeurtenistype.SIGNAAL_GEDEELD,
        onderwerp=str(s.id),
        themas=frozenset(s.themas),
        gegevens=signal_data(s),
    )


def share_imported(
    ctx: Context, uow: UnitOfWork, organisatie_id: int, actor: str, ids: Sequence[uuid.UUID]
) -> int:
    """Signals of an import batch, shared like registered ones. Without an outgoing
    agreement for signals (the usual case) it costs two queries per batch."""
    if not ids or uow.partners.oin(organisatie_id) is None:
        return 0
    now = ctx.clock.now()
    if not any(
        a.richting is Richting.UITGAAND
        and not a.lokaal
        and Gebeurtenistype.SIGNAAL_GEDEELD in a.gebeurtenistypen
        and a.geldig_op(now)
        for a in uow.partners.afspraken(organisatie_id)
    ):
        return 0
    aantal = 0
    for signaal_id in ids:
        s = uow.signalen.get(organisatie_id, signaal_id)
        if s is not None:
            aantal += share_signaal(ctx, uow, s, actor, organisatie_id)
    return aantal


def withdraw_signaal(ctx: Context, actor: Actor, signaal_id: uuid.UUID) -> int:
    """Tell partners who received the signal that it is withdrawn (they drop its text)."""
    vereis(actor.rol, Actie.SIGNAAL_WIJZIGEN)
    with ctx.uow() as uow:
        s = uow.signalen.get(actor.organisatie_id, signaal_id)
        if s is None:
            raise NietGevonden("Dit signaal bestaat niet.")
        aantal = share(
            ctx,
            uow,
            organisatie_id=actor.organisatie_id,
            actor=actor.label,
            type=Gebeurtenistype.SIGNAAL_INGETROKKEN,
            onderwerp=str(s.id),
            themas=frozenset(s.themas),
            gegevens={},
        )
        uow.commit()
    return aantal


def share_now(ctx: Context, actor: Actor, soort: str, onderwerp_id: uuid.UUID) -> int:
    """Share (again) a pattern or a bottleneck dossier's shared part: ``patroon`` or
    ``knelpunt``. The first time it is *gedeeld*, later *bijgewerkt* for partners."""
    vereis(actor.rol, Actie.UITWISSELING_BEHEREN)
    with ctx.uow() as uow:
        if soort == "patroon":
            p = uow.analyses.get_patroon(onderwerp_id)
            if p is None:
                raise NietGevonden("Dit patroon bestaat niet.")
            typen = (Gebeurtenistype.PATROON_GEDEELD, Gebeurtenistype.PATROON_BIJGEWERKT)
            themas, gegevens = frozenset[str](), pattern_data(p)
        elif soort == "knelpunt":
            # Imported here: knelpuntdeling builds on this module's share().
            from hartslag.services.knelpuntdeling import share_knelpunt_now

            return share_knelpunt_now(ctx, uow, actor, onderwerp_id)
        else:
            raise OngeldigeInvoer("soort: kies patroon of knelpunt.")
        eerder = uow.postvakken.uitgaand_over(actor.organisatie_id, str(onderwerp_id))
        aantal = share(
            ctx,
            uow,
            organisatie_id=actor.organisatie_id,
            actor=actor.label,
            type=typen[1] if eerder else typen[0],
            onderwerp=str(onderwerp_id),
            themas=themas,
            gegevens=gegevens,
        )
        uow.commit()
    return aantal


def share_feedback(
    ctx: Context, uow: UnitOfWork, tk: Terugkoppeling, actor: str, organisatie_id: int
) -> int:
    """Approved feedback on a shared dossier (its text is stored pseudonymised)."""
    if tk.knelpunt_id is None or not uow.postvakken.uitgaand_over(
        organisatie_id, str(tk.knelpunt_id)
    ):
        return 0
    return share(
        ctx,
        uow,
        organisatie_id=organisatie_id,
        actor=actor,
        type=Gebeurtenistype.TERUGKOPPELING_GEGEVEN,
        onderwerp=str(tk.id),
        themas=frozenset(),
        gegevens={"knelpunt": str(tk.knelpunt_id), "mijlpaal": str(tk.mijlpaal), "tekst": tk.tekst},
    )
