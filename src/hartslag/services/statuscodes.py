# SPDX-License-Identifier: EUPL-1.2
"""The status code a reporter gets at intake, and the public status lookup with it.

References are sequential (``HS-2026-000123``), so the code adds an unguessable check
part: ``HS-2026-000123-K7Q2M9XA4B`` (an HMAC of the reference under a key derived from
the secret). Registration hands it out (API response, import report, confirmation
e-mail); ``GET /api/v1/status/{statuscode}`` accepts exactly that string.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from hartslag.domein.fouten import NietGevonden
from hartslag.domein.terugkoppeling import (
    PubliekeStatus,
    Terugkoppeling,
    Terugkoppelingstatus,
    public_signal_status,
    public_status,
)
from hartslag.services.context import Context
from hartslag.services.poorten import UnitOfWork

CONTROLE_LENGTE = 10
_STATUSCODE = re.compile(r"^(HS-\d{4}-\d{6})-([A-Z2-7]{10})$")


class MetReferentie(Protocol):
    """Anything that knows its signal's reference: a stored signal, a registration."""

    @property
    def referentie(self) -> str: ...


def status_reference(ctx: Context, referentie: str) -> str:
    """The status code of the signal with this reference."""
    # Ten base32 characters are the first 50 bits: encoding 7 bytes gives the same ones.
    mac = hmac.digest(ctx.statuscode_sleutel, referentie.encode(), hashlib.sha256)[:7]
    return f"{referentie}-{base64.b32encode(mac).decode()[:CONTROLE_LENGTE]}"


def statuscode_for(ctx: Context, signaal: MetReferentie) -> str:
    """The status code to hand to the reporter of ``signaal`` (for instance on the page
    shown after registering it): reference plus check part, as the status lookup takes
    it."""
    return status_reference(ctx, signaal.referentie)


@dataclass(frozen=True)
class Statusinformatie:
    referentie: str
    status: PubliekeStatus
    terugkoppeling: str | None
    bijgewerkt_op: datetime | None


def lookup_status(ctx: Context, statuscode: str) -> Statusinformatie:
    """The public status of one signal, from "ontvangen" on. An unknown reference and a
    wrong check part give the same answer after the same work, so nothing tells which
    references exist."""
    code = statuscode.strip().upper()
    match = _STATUSCODE.match(code)
    referentie = match.group(1) if match else "HS-0000-000000"
    verwacht = status_reference(ctx, referentie)
    with ctx.uow(schrijven=False) as uow:
        gevonden = uow.signalen.find_reference(referentie)
        klopt = hmac.compare_digest(verwacht.encode(), code.encode())
        if gevonden is None or not klopt or match is None:
            raise NietGevonden(
                "Geen melding met deze statuscode. Controleer de code uit de bevestiging "
                "(bijvoorbeeld HS-2026-000123-ABCDE23456)."
            )
        return _status_of(uow, referentie, *gevonden)


def _approved(lijst: list[Terugkoppeling], organisatie: str) -> Terugkoppeling | None:
    """The latest feedback the signal's own organisation approved for its reporters."""
    goedgekeurd = [
        tk
        for tk in lijst
        if tk.status == Terugkoppelingstatus.GOEDGEKEURD and tk.organisatie == organisatie
    ]
    return goedgekeurd[-1] if goedgekeurd else None


def _status_of(
    uow: UnitOfWork, referentie: str, signaal_id: uuid.UUID, organisatie_id: int
) -> Statusinformatie:
    s = uow.signalen.get(organisatie_id, signaal_id)
    assert s is not None
    knelpunten = uow.knelpunten.for_signaal(signaal_id)
    if knelpunten:
        k = max(knelpunten, key=lambda x: x.laatste_voortgang_op)
        laatste = _approved(uow.terugkoppelingen.for_knelpunt(k.id), s.organisatie)
        laatste = laatste if not k.is_open else None
        status = public_status(k, laatste is not None)
    else:
        laatste = _approved(uow.terugkoppelingen.for_signaal(signaal_id), s.organisatie)
        status = public_signal_status(s.status, laatste is not None)
        if status != PubliekeStatus.AFGEROND:
            laatste = None
    return Statusinformatie(
        referentie=referentie,
        status=status,
        terugkoppeling=laatste.tekst if laatste else None,
        bijgewerkt_op=laatste.beoordeeld_op if laatste else None,
    )
