# SPDX-License-Identifier: EUPL-1.2
"""The bottleneck workflow as data: allowed transitions, who may make them, and the
guards. One function, :func:`transition`, enforces them all."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import datetime

from hartslag.domein.fouten import GeenToegang, OngeldigeInvoer
from hartslag.domein.knelpunt import AFGEROND, EigenaarVereist, Knelpunt
from hartslag.domein.knelpunt import Knelpuntstatus as K
from hartslag.domein.vocabulaire import Rol
from hartslag.domein.workflow import OngeldigeOvergang

TOEGESTANE_OVERGANGEN: dict[K, frozenset[K]] = {
    K.NIEUW: frozenset({K.IN_ANALYSE, K.NIET_OPGELOST, K.SAMENGEVOEGD}),
    K.IN_ANALYSE: frozenset(
        {K.NIEUW, K.GEAGENDEERD, K.IN_BEHANDELING, K.NIET_OPGELOST, K.SAMENGEVOEGD}
    ),
    K.GEAGENDEERD: frozenset({K.IN_ANALYSE, K.IN_BEHANDELING, K.NIET_OPGELOST, K.SAMENGEVOEGD}),
    K.IN_BEHANDELING: frozenset({K.GEAGENDEERD, K.OPGELOST, K.NIET_OPGELOST, K.SAMENGEVOEGD}),
    # Reopening is a transition too: back to analysis.
    K.OPGELOST: frozenset({K.IN_ANALYSE}),
    K.NIET_OPGELOST: frozenset({K.IN_ANALYSE}),
    K.SAMENGEVOEGD: frozenset({K.IN_ANALYSE}),
}

_ANALYSE = frozenset({Rol.ANALIST, Rol.MANAGER, Rol.BEHEERDER})
_STURING = frozenset({Rol.EIGENAAR, Rol.MANAGER, Rol.BEHEERDER})

# Who may move a bottleneck *to* a status.
WIE_MAG: dict[K, frozenset[Rol]] = {
    K.NIEUW: _ANALYSE,
    K.IN_ANALYSE: _ANALYSE | {Rol.EIGENAAR},
    K.GEAGENDEERD: _ANALYSE | {Rol.EIGENAAR},
    K.IN_BEHANDELING: _STURING,
    K.OPGELOST: _STURING,
    K.NIET_OPGELOST: _STURING,
    K.SAMENGEVOEGD: _ANALYSE,
}


def can_transition(van: K, naar: K) -> bool:
    return naar in TOEGESTANE_OVERGANGEN[van]


def next_steps(k: Knelpunt, rol: Rol) -> list[K]:
    """The statuses ``rol`` may move ``k`` to now, in workflow order: what a page offers.
    A step into ``in-behandeling`` waits for an accepted owner (see :func:`transition`)."""
    return [
        naar
        for naar in K
        if can_transition(k.status, naar)
        and rol in WIE_MAG[naar]
        and not (naar == K.IN_BEHANDELING and k.eigenaar is None)
    ]


def transition(
    k: Knelpunt,
    naar: K,
    *,
    rol: Rol,
    reden: str,
    now: datetime,
    samengevoegd_in: uuid.UUID | None = None,
) -> Knelpunt:
    """The bottleneck after moving to ``naar``, or a clear error why it may not."""
    if not can_transition(k.status, naar):
        mogelijk = ", ".join(sorted(TOEGESTANE_OVERGANGEN[k.status])) or "geen"
        raise OngeldigeOvergang(
            f"Een knelpunt met status '{k.status}' kan niet naar '{naar}'. Mogelijk: {mogelijk}."
        )
    if rol not in WIE_MAG[naar]:
        toegestaan = ", ".join(sorted(WIE_MAG[naar]))
        raise GeenToegang(
            f"De rol '{rol}' mag een knelpunt niet naar '{naar}' zetten. "
            f"Toegestaan voor: {toegestaan}."
        )
    if not reden.strip():
        raise OngeldigeInvoer("Geef bij elke statusovergang een reden op (reden).")
    if naar == K.IN_BEHANDELING and k.eigenaar is None:
        raise EigenaarVereist(
            "Een knelpunt gaat pas in behandeling met precies één eigenaar die het eigenaarschap "
            "heeft geaccepteerd. Draag het over (eigenaarschap) en laat de ontvanger accepteren."
        )
    if naar == K.SAMENGEVOEGD and (samengevoegd_in is None or samengevoegd_in == k.id):
        raise OngeldigeInvoer(
            "Geef bij samenvoegen het knelpunt op waarin dit knelpunt opgaat (samengevoegdIn)."
        )
    return replace(
        k,
        status=naar,
        laatste_voortgang_op=now,
        opschalingsniveau=0 if naar in AFGEROND else k.opschalingsniveau,
        afgerond_op=now if naar in AFGEROND else None,
        samengevoegd_in=samengevoegd_in if naar == K.SAMENGEVOEGD else None,
        niet_opgelost_reden=reden.strip() if naar == K.NIET_OPGELOST else None,
    )
