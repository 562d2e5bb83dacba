# SPDX-License-Identifier: EUPL-1.2
"""What every use case gets handed: the ports and the settings they need."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from hartslag.services.message_bus import MessageBus
from hartslag.services.poorten import Clock, UnitOfWorkFactory, Versleuteling


@dataclass(frozen=True)
class Context:
    uow: UnitOfWorkFactory
    clock: Clock
    pseudoniem_sleutel: bytes
    versleuteling: Versleuteling
    contact_bewaardagen: int = 365
    statuscode_sleutel: bytes = b"hartslag-statuscode"
    afzender: str = "hartslag@localhost"
    analyse_representatie: str = "lexicaal"
    sessie_uren: int = 8
    inlog_max_pogingen: int = 5
    blokkeer_minuten: int = 15
    uitwisseling_batch: int = 100  # events per signed request to a partner (1: one each)
    netwerkeigenaar: str | None = None  # organisation deciding on shared network patterns
    # organisation code -> pseudonymisation domain (HARTSLAG_PSEUDONYM_DOMAINS); empty: off
    pseudoniemdomeinen: Mapping[str, str] = field(default_factory=dict)

    # Runs the handlers of what committed transactions recorded (`services.handlers`).
    bus: MessageBus | None = None

    def pseudoniemdomein(self, organisatie: str) -> str:
        """What a person's pseudonyms in ``organisatie``'s signals are keyed under: its
        pseudonymisation domain ("domein:<name>") or, outside one, the organisation."""
        naam = self.pseudoniemdomeinen.get(organisatie)
        return f"domein:{naam}" if naam else organisatie
