# SPDX-License-Identifier: EUPL-1.2
"""Use case: the themes an organisation's signals carry (for administrators)."""

from __future__ import annotations

from hartslag.domein.actor import Actor
from hartslag.domein.rechten import Actie, vereis
from hartslag.services.context import Context


def themes_in_use(ctx: Context, actor: Actor) -> list[tuple[str, int]]:
    """Each theme in use in the actor's organisation with its number of signals, most used
    first."""
    vereis(actor.rol, Actie.SIGNAAL_LEZEN)
    with ctx.uow(schrijven=False) as uow:
        return uow.signalen.theme_counts(actor.organisatie_id)
