# SPDX-License-Identifier: EUPL-1.2
"""Who is acting: an authenticated account within one organisation."""

from __future__ import annotations

from dataclasses import dataclass

from hartslag.domein.vocabulaire import Rol


@dataclass(frozen=True)
class Actor:
    organisatie_id: int
    organisatie: str
    rol: Rol
    naam: str

    @property
    def label(self) -> str:
        """How the audit trail names this actor: account and organisation, never a person's
        personal data."""
        return f"{self.naam}@{self.organisatie}"


SYSTEEM = "systeem"
