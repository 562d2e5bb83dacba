# SPDX-License-Identifier: EUPL-1.2
"""A bottleneck dossier made from a pattern links the pattern's signals: the signals of
the maker's own organisation (other organisations link theirs, as with any signal)."""

from __future__ import annotations

import uuid

from hartslag.domein.actor import Actor
from hartslag.domein.fouten import NietGevonden, OngeldigeInvoer, VeldFout
from hartslag.services.patronen import visible_pattern
from hartslag.services.poorten import UnitOfWork


def pattern_signals(
    uow: UnitOfWork, actor: Actor, patronen: tuple[str, ...]
) -> tuple[uuid.UUID, ...]:
    """The actor's own signals in the patterns named by id in ``patronen``. Entries that
    are not an id are descriptions in words and link nothing."""
    ids: list[uuid.UUID] = []
    for i, tekst in enumerate(patronen):
        try:
            patroon_id = uuid.UUID(tekst.strip())
        except ValueError:
            continue
        try:
            visible_pattern(uow, actor, patroon_id)
        except NietGevonden as fout:
            raise OngeldigeInvoer(
                str(fout), velden=[VeldFout(f"patronen[{i}]", "onbekend patroon")]
            ) from fout
        ids.extend(uow.analyses.members(patroon_id, actor.organisatie_id))
    return tuple(dict.fromkeys(ids))
