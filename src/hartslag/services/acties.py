# SPDX-License-Identifier: EUPL-1.2
"""Use cases: follow-through on a bottleneck's actions. An action is started, completed
(with its result) or cancelled (with a reason), only along the allowed transitions
(``domein.actiepunt``); each step is an audit record and a notification to the dossier's
followers. Starting and completing count as progress; cancelling does not."""

from __future__ import annotations

import uuid
from dataclasses import replace

from hartslag.domein.actiepunt import Actiepunt, Actiestatus, move_actie
from hartslag.domein.actor import Actor
from hartslag.domein.fouten import GeenToegang, NietGevonden
from hartslag.domein.gebeurtenis import Handeling
from hartslag.domein.knelpunt import Knelpunt
from hartslag.domein.rechten import Actie, vereis
from hartslag.services.context import Context
from hartslag.services.knelpunten import anonymise, load, notify, record

HANDELING = {
    Actiestatus.GESTART: Handeling.KNELPUNT_ACTIE_GESTART,
    Actiestatus.AFGEROND: Handeling.KNELPUNT_ACTIE_AFGEROND,
    Actiestatus.GEANNULEERD: Handeling.KNELPUNT_ACTIE_GEANNULEERD,
}
_WOORD = {
    Actiestatus.GESTART: "gestart",
    Actiestatus.AFGEROND: "afgerond",
    Actiestatus.GEANNULEERD: "geannuleerd",
}


def _action(k: Knelpunt, actie_id: uuid.UUID) -> Actiepunt:
    for a in k.acties:
        if a.id == actie_id:
            return a
    raise NietGevonden(f"Actie {actie_id} bestaat niet bij knelpunt {k.id}.")


def _may_steer(k: Knelpunt, a: Actiepunt, actor: Actor) -> None:
    """The organisations that steer the dossier, and the one that added the action."""
    if not (k.may_change(actor.organisatie) or a.organisatie == actor.organisatie):
        raise GeenToegang(
            "Acties van dit knelpunt wijzigen de organisatie die het aanmaakte, de eigenaar "
            "en de organisatie die de actie toevoegde."
        )


def change_actie_status(
    ctx: Context,
    actor: Actor,
    knelpunt_id: uuid.UUID,
    actie_id: uuid.UUID,
    naar: Actiestatus,
    *,
    resultaat: str | None = None,
    reden: str | None = None,
) -> Knelpunt:
    """Move one action; returns the dossier after the change."""
    vereis(actor.rol, Actie.KNELPUNT_WIJZIGEN)
    now = ctx.clock.now()
    with ctx.uow() as uow:
        k = load(ctx, uow, actor, knelpunt_id, wijzigen=False)
        oud = _action(k, actie_id)
        _may_steer(k, oud, actor)
        nieuw = move_actie(
            oud,
            naar,
            door=actor.label,
            now=now,
            resultaat=anonymise(resultaat.strip()) if resultaat else None,
            reden=anonymise(reden.strip()) if reden else None,
        )
        k = replace(
            k,
            acties=tuple(nieuw if a.id == actie_id else a for a in k.acties),
            laatste_voortgang_op=k.laatste_voortgang_op if naar == Actiestatus.GEANNULEERD else now,
        )
        uow.knelpunten.save(k)
        record(
            ctx,
            uow,
            actor,
            HANDELING[naar],
            ("knelpunt", k.id),
            reden=nieuw.annuleringsreden,
            voor={"actie": str(actie_id), "status": oud.status.value},
            na={"actie": str(actie_id), "status": naar.value, "resultaat": nieuw.resultaat},
        )
        notify(ctx, uow, k, f"actie {_WOORD[naar]}: {nieuw.omschrijving}")
        uow.commit()
    return k


def start_actie(
    ctx: Context, actor: Actor, knelpunt_id: uuid.UUID, actie_id: uuid.UUID
) -> Knelpunt:
    return change_actie_status(ctx, actor, knelpunt_id, actie_id, Actiestatus.GESTART)


def complete_actie(
    ctx: Context, actor: Actor, knelpunt_id: uuid.UUID, actie_id: uuid.UUID, resultaat: str
) -> Knelpunt:
    return change_actie_status(
        ctx, actor, knelpunt_id, actie_id, Actiestatus.AFGEROND, resultaat=resultaat
    )


def cancel_actie(
    ctx: Context, actor: Actor, knelpunt_id: uuid.UUID, actie_id: uuid.UUID, reden: str
) -> Knelpunt:
    return change_actie_status(
        ctx, actor, knelpunt_id, actie_id, Actiestatus.GEANNULEERD, reden=reden
    )
