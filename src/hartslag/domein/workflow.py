# SPDX-License-Identifier: EUPL-1.2
"""The signal's status workflow: allowed transitions as data, one function to check."""

from __future__ import annotations

from hartslag.domein.fouten import Conflict
from hartslag.domein.vocabulaire import Signaalstatus as S

TOEGESTANE_OVERGANGEN: dict[S, frozenset[S]] = {
    S.NIEUW: frozenset({S.GETRIAGEERD, S.GEKOPPELD, S.GESLOTEN}),
    S.GETRIAGEERD: frozenset({S.GEKOPPELD, S.GESLOTEN, S.NIEUW}),
    S.GEKOPPELD: frozenset({S.GETRIAGEERD, S.GESLOTEN}),
    S.GESLOTEN: frozenset({S.GETRIAGEERD}),  # reopening is a transition too
}


class OngeldigeOvergang(Conflict):
    code = "ongeldige-statusovergang"
    titel = "Deze statusovergang is niet toegestaan"


def can_transition(van: S, naar: S) -> bool:
    return naar in TOEGESTANE_OVERGANGEN[van]


def check_transition(van: S, naar: S) -> None:
    if not can_transition(van, naar):
        mogelijk = ", ".join(sorted(TOEGESTANE_OVERGANGEN[van])) or "geen"
        raise OngeldigeOvergang(
            f"Een signaal met status '{van}' kan niet naar '{naar}'. Mogelijk: {mogelijk}."
        )
