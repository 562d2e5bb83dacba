# SPDX-License-Identifier: EUPL-1.2
"""Use cases for theme suggestions: the review queue (uncertain first), the suggestions
for one signal, and accepting them (a person decides; the change is an audit record)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from hartslag.domein.actor import Actor
from hartslag.domein.fouten import NietGevonden, OngeldigeInvoer
from hartslag.domein.gebeurtenis import Gebeurtenis, Handeling
from hartslag.domein.rechten import Actie, vereis
from hartslag.domein.signaal import Signaal
from hartslag.services import signaalbeheer
from hartslag.services.context import Context
from hartslag.services.free_text import protect_free_text


@dataclass(frozen=True)
class Themavoorstel:
    signaal: Signaal
    themas: list[tuple[str, float]]
    zekerheid: float
    vraag_mens: bool


def _voorstel(s: Signaal, themas: list[tuple[str, float]]) -> Themavoorstel:
    from hartslag.analyse.themas import DREMPEL  # scikit-learn: only when there is a proposal

    zekerheid = themas[0][1] if themas else 0.0
    return Themavoorstel(s, themas, zekerheid, zekerheid < DREMPEL)


def review_queue(ctx: Context, actor: Actor, limit: int = 50) -> list[Themavoorstel]:
    """Signals without a theme that have a suggestion, least certain first."""
    vereis(actor.rol, Actie.SIGNAAL_WIJZIGEN)
    with ctx.uow(schrijven=False) as uow:
        eerste = uow.analyses.suggestions(actor.organisatie_id, None, limit)
        result = []
        for sid, _thema, _z in eerste:
            s = uow.signalen.get(actor.organisatie_id, sid)
            alle = uow.analyses.suggestions(actor.organisatie_id, sid, 10)
            if s is not None:
                result.append(_voorstel(s, [(t, z) for _, t, z in alle]))
    return result


def suggestions_for(ctx: Context, actor: Actor, signaal_id: uuid.UUID) -> Themavoorstel:
    s = signaalbeheer.get_signaal(ctx, actor, signaal_id)
    with ctx.uow(schrijven=False) as uow:
        alle = uow.analyses.suggestions(actor.organisatie_id, signaal_id, 10)
    return _voorstel(s, [(t, z) for _, t, z in alle])


def accept(
    ctx: Context, actor: Actor, signaal_id: uuid.UUID, themas: list[str], reden: str | None
) -> Signaal:
    """Give the signal these themes (chosen from the suggestions or not) and clear them."""
    vereis(actor.rol, Actie.SIGNAAL_WIJZIGEN)
    if not themas:
        raise OngeldigeInvoer("Kies ten minste één thema (themas).")
    voorstel = suggestions_for(ctx, actor, signaal_id)
    if not voorstel.themas:
        raise NietGevonden(f"Voor signaal {signaal_id} zijn geen themasuggesties.")
    s = signaalbeheer.change_signaal(
        ctx, actor, signaal_id, {"themas": tuple(themas)}, reden or "themasuggestie"
    )
    voorgesteld = {t for t, _ in voorstel.themas}
    with ctx.uow() as uow:
        uow.analyses.clear_suggestions(signaal_id)
        reden = protect_free_text(ctx, uow, actor, ("signaal", signaal_id), "reden", reden)
        uow.gebeurtenissen.add(
            Gebeurtenis(
                ctx.clock.now(),
                actor.label,
                Handeling.THEMASUGGESTIE_GEACCEPTEERD,
                "signaal",
                str(signaal_id),
                actor.organisatie_id,
                reden=reden,
                na={
                    "themas": sorted(s.themas),
                    "overgenomen": sorted(set(s.themas) & voorgesteld),
                    "zekerheid": voorstel.zekerheid,
                },
            )
        )
        uow.commit()
    return s
