# SPDX-License-Identifier: EUPL-1.2
"""Kept originals: the text as received, sealed in the vault, read only for a stated
purpose by a role that may, and every read recorded."""

from __future__ import annotations

import json
import uuid
from datetime import datetime

from hartslag.domein.actor import Actor
from hartslag.domein.fouten import NietGevonden, OngeldigeInvoer
from hartslag.domein.gebeurtenis import Gebeurtenis, Handeling
from hartslag.domein.privacybeleid import Gegevenssoort, Privacyinstellingen
from hartslag.domein.rechten import Actie, vereis
from hartslag.services.bescherming import Origineel
from hartslag.services.context import Context
from hartslag.services.free_text import protect_free_text
from hartslag.services.poorten import UnitOfWork
from hartslag.services.privacypoorten import VersleuteldOrigineel


def associated_origineel(organisatie_id: int, signaal_id: uuid.UUID) -> bytes:
    """The associated data that binds a sealed original to its signal and organisation."""
    return f"origineel:{organisatie_id}:{signaal_id}".encode()


def seal_origineel(
    ctx: Context,
    organisatie_id: int,
    signaal_id: uuid.UUID,
    origineel: Origineel,
    instellingen: Privacyinstellingen,
    now: datetime,
) -> VersleuteldOrigineel:
    plaintext = json.dumps({"titel": origineel.titel, "tekst": origineel.tekst}).encode()
    versie, blob = ctx.versleuteling.encrypt(
        plaintext, associated_origineel(organisatie_id, signaal_id)
    )
    return VersleuteldOrigineel(
        signaal_id=signaal_id,
        organisatie_id=organisatie_id,
        sleutelversie=versie,
        versleuteld=blob,
        bewaren_tot=instellingen.bewaren_tot(Gegevenssoort.ORIGINEEL, now),
        aangemaakt_op=now,
    )


def open_origineel(ctx: Context, record: VersleuteldOrigineel) -> Origineel:
    plaintext = ctx.versleuteling.decrypt(
        record.sleutelversie,
        record.versleuteld,
        associated_origineel(record.organisatie_id, record.signaal_id),
    )
    return Origineel(**json.loads(plaintext))


def check_purpose(doel: str, wat: str) -> str:
    """The stated purpose of a vault read, checked. It goes into the audit trail only
    through `recorded_purpose`."""
    if len(doel.strip()) < 3:
        raise OngeldigeInvoer(f"Geef het doel op waarvoor u {wat} inziet (doel).")
    return doel.strip()


def recorded_purpose(
    ctx: Context, uow: UnitOfWork, actor: Actor, signaal_id: uuid.UUID, doel: str
) -> str:
    """The purpose as the audit trail keeps it: personal data replaced and linked."""
    return str(protect_free_text(ctx, uow, actor, ("signaal", signaal_id), "doel", doel))


def read_origineel(ctx: Context, actor: Actor, signaal_id: uuid.UUID, doel: str) -> Origineel:
    """Open the original text of a signal for a stated purpose; the read is recorded."""
    vereis(actor.rol, Actie.ORIGINEEL_LEZEN)
    doel = check_purpose(doel, "het origineel")
    with ctx.uow() as uow:
        if uow.signalen.get(actor.organisatie_id, signaal_id) is None:
            raise NietGevonden(
                f"Signaal {signaal_id} bestaat niet (of hoort bij een andere organisatie)."
            )
        reden = recorded_purpose(ctx, uow, actor, signaal_id, doel)
        record = uow.originelen.get(actor.organisatie_id, signaal_id)
        uow.gebeurtenissen.add(
            Gebeurtenis(
                tijdstip=ctx.clock.now(),
                actor=actor.label,
                actie=Handeling.ORIGINEEL_GELEZEN,
                onderwerp_type="signaal",
                onderwerp_id=str(signaal_id),
                organisatie_id=actor.organisatie_id,
                reden=reden,
                na={"aanwezig": record is not None},
            )
        )
        uow.commit()
    if record is None:
        raise NietGevonden(
            "Van dit signaal is geen origineel bewaard (de organisatie bewaart geen "
            "originelen, of de bewaartermijn is verstreken)."
        )
    return open_origineel(ctx, record)
