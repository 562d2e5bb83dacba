# SPDX-License-Identifier: EUPL-1.2
"""Sealing and opening reporter contact details in the vault."""

from __future__ import annotations

import json
import uuid
from datetime import datetime, timedelta

from hartslag.domein.signaal import Contactgegevens
from hartslag.services.context import Context
from hartslag.services.poorten import VersleuteldContact


def associated_contact(organisatie_id: int, contact_id: uuid.UUID) -> bytes:
    """The associated data that binds a sealed contact to its record and organisation."""
    return f"contactgegevens:{organisatie_id}:{contact_id}".encode()


def seal_contact(
    ctx: Context,
    organisatie_id: int,
    contact: Contactgegevens,
    now: datetime,
    bewaardagen: int | None = None,
) -> VersleuteldContact:
    """Encrypt `contact`; kept for `bewaardagen` (the organisation's period) days."""
    contact_id = uuid.uuid4()
    plaintext = json.dumps(
        {"naam": contact.naam, "email": contact.email, "telefoon": contact.telefoon}
    ).encode()
    versie, blob = ctx.versleuteling.encrypt(
        plaintext, associated_contact(organisatie_id, contact_id)
    )
    return VersleuteldContact(
        id=contact_id,
        organisatie_id=organisatie_id,
        sleutelversie=versie,
        versleuteld=blob,
        bewaren_tot=(now + timedelta(days=bewaardagen or ctx.contact_bewaardagen)).date(),
        aangemaakt_op=now,
    )


def open_contact(ctx: Context, record: VersleuteldContact) -> Contactgegevens:
    plaintext = ctx.versleuteling.decrypt(
        record.sleutelversie,
        record.versleuteld,
        associated_contact(record.organisatie_id, record.id),
    )
    return Contactgegevens(**json.loads(plaintext))
