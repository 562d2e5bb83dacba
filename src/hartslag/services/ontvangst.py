# SPDX-License-Identifier: EUPL-1.2
"""The intake confirmation (ontvangstbevestiging): an e-mail to a reporter who left an
address, with the status code, queued in the outbox in the registering transaction and
delivered after the commit (``hartslag feedback send``, or ``serve``'s scheduler)."""

from __future__ import annotations

import uuid

from hartslag.services.afzenders import Afzender, sender_in
from hartslag.services.berichten import queue_mail
from hartslag.services.context import Context
from hartslag.services.poorten import UnitOfWork
from hartslag.services.statuscodes import status_reference

SOORT = "ontvangstbevestiging"


def confirmation_text(referentie: str, statuscode: str, afzender: Afzender) -> str:
    return (
        "Beste melder,\n\n"
        f"Wij hebben uw melding ontvangen (kenmerk {referentie}). Dank u wel.\n\n"
        f"Uw statuscode is: {statuscode}\n"
        "Met deze code kunt u opzoeken wat er met uw melding gebeurt. Bewaar deze e-mail; "
        "wij laten u ook weten wat wij met uw melding hebben gedaan.\n\n"
        f"Met vriendelijke groet,\n{afzender.naam}"
    )


def queue_confirmation(
    ctx: Context,
    uow: UnitOfWork,
    *,
    signaal_id: uuid.UUID,
    referentie: str,
    organisatie: str,
    email: str,
    afzender: Afzender | None = None,
) -> bool:
    """Queue the confirmation of one signal (once: its key is the signal)."""
    afzender = afzender or sender_in(ctx, uow, organisatie)
    return queue_mail(
        ctx,
        uow,
        sleutel=f"{SOORT}:{signaal_id}",
        organisatie=organisatie,
        soort=SOORT,
        aan=email,
        onderwerp=f"Uw melding is ontvangen ({referentie})",
        tekst=confirmation_text(referentie, status_reference(ctx, referentie), afzender),
        signaal_id=signaal_id,
        afzender=afzender.van,
    )
