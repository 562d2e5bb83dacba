# SPDX-License-Identifier: EUPL-1.2
"""A signal full of personal data, and what of it must never be stored in plain text."""

from __future__ import annotations

import uuid
from typing import Any

from hartslag.domein.actor import Actor
from hartslag.domein.vocabulaire import Rol
from hartslag.services import registratie
from hartslag.services.context import Context
from hartslag.services.invoer import SignaalNieuw

TEKST = (
    "Mevrouw J. de Vries (BSN 123456782) belde op 06-12345678 over haar toeslag, "
    "IBAN NL91ABNA0417164300, Dorpsstraat 12, 1234 AB Utrecht. Mail: j.devries@example.nl"
)
TITEL = "Toeslag van mevrouw De Vries"
# Every piece of TEKST that identifies her, as written and in its digits-only form.
ONTHULLEND = [
    "123456782",
    "06-12345678",
    "0612345678",
    "NL91ABNA0417164300",
    "Dorpsstraat",
    "1234 AB",
    "j.devries@example.nl",
    "Vries",
]
CONTACT = {"naam": "Jantine de Vries", "email": "jantine@example.nl", "telefoon": "0201234567"}


def beheerder(organisatie_id: int, code: str = "UWV") -> Actor:
    return Actor(organisatie_id, code, Rol.BEHEERDER, "test")


def body(**extra: Any) -> dict[str, Any]:
    waarden: dict[str, Any] = {
        "tekst": TEKST,
        "brontype": "klacht",
        "meldertype": "burger",
        "kanaal": "telefoon",
    }
    waarden.update(extra)
    return waarden


def register(ctx: Context, actor: Actor, **extra: Any) -> uuid.UUID:
    invoer = SignaalNieuw.model_validate(body(**extra)).to_invoer()
    return registratie.register_signaal(ctx, actor, invoer).signaal_id
