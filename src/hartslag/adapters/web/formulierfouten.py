# SPDX-License-Identifier: EUPL-1.2
"""Field errors of a posted form, in the visitor's language: one message per field, for
the error summary and next to the field (NL Design System form-field pattern)."""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError

from hartslag.adapters.web.bezoek import Bezoek
from hartslag.adapters.web.labels import N_
from hartslag.services.invoer import reden_voor

ONTBREEKT = N_("Fill in this field.")
KIES = N_("Choose one of the values.")
TE_LANG = N_("This is too long: at most %(max)s characters.")
EMAIL = N_("This is not a valid e-mail address, e.g. naam@voorbeeld.nl.")


def _message(bezoek: Bezoek, fout: Any, keuzevelden: frozenset[str]) -> str:
    veld = str(fout["loc"][0]) if fout["loc"] else ""
    soort = fout["type"]
    if soort in ("missing", "string_too_short", "too_short"):
        return bezoek.gettext(KIES if veld in keuzevelden else ONTBREEKT)
    if soort == "enum":
        return bezoek.gettext(KIES)
    if soort in ("string_too_long", "too_long"):
        maximum = (fout.get("ctx") or {}).get("max_length", "?")
        return bezoek.gettext(TE_LANG) % {"max": maximum}
    if "email address" in str(fout["msg"]):
        return bezoek.gettext(EMAIL)
    return reden_voor(fout)


def field_errors(
    bezoek: Bezoek, fout: ValidationError, keuzevelden: frozenset[str] = frozenset()
) -> dict[str, str]:
    """Field name (the form's, first part of the error's path) -> message; the first error
    of a field wins. The value typed is never echoed in a message."""
    result: dict[str, str] = {}
    for f in fout.errors(include_input=False, include_url=False):
        veld = ".".join(str(deel) for deel in f["loc"]) or "formulier"
        veld = {"contact.email": "email"}.get(veld, veld.split(".")[0])
        result.setdefault(veld, _message(bezoek, f, keuzevelden))
    return result
