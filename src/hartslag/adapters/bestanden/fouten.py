# SPDX-License-Identifier: EUPL-1.2
"""The error of the file adapters: `BestandFout`, with a stable kebab-case code per problem.

It subclasses the project's `HartslagFout`, so the API, CLI and web translate it like any
other error. Unlike the domain errors, one class carries several codes (listed in
`BestandFoutCode`): callers catch one type, reports and docs still tell the cases apart.
Every message (`detail`) says what was wrong and how to fix it.
"""

from typing import Literal

from hartslag.domein.fouten import HartslagFout

BestandFoutCode = Literal[
    "onbekend-bestandsformaat",
    "onleesbare-tekstcodering",
    "ongeldige-csv",
    "leeg-bestand",
    "dubbele-kolom",
    "onbekende-doelkolom",
    "ongeldige-kolomtoewijzing",
    "bestand-niet-gevonden",
    "werkblad-niet-gevonden",
    "ongeldige-json-waarde",
    "ongeldige-lijstwaarde",
    "te-veel-kolommen",
    "te-grote-cel",
]
"""Every code a `BestandFout` can carry; each deserves a section in `docs/errors.md`."""


class BestandFout(HartslagFout):
    """A file to import or export cannot be read, written or understood as given."""

    titel = "Bestand niet bruikbaar"
    status = 400

    def __init__(self, code: BestandFoutCode, detail: str) -> None:
        super().__init__(detail)
        self.code: BestandFoutCode = code

    def __repr__(self) -> str:
        return f"BestandFout(code={self.code!r}, detail={self.detail!r})"


__all__ = ["BestandFout", "BestandFoutCode", "HartslagFout"]
