# SPDX-License-Identifier: EUPL-1.2
"""What a milestone sets in motion, inside the transaction that reaches it: feedback
drafts (one per organisation, for its own reporters), feedback on a signal closed without
a bottleneck, and withdrawing public texts of a bottleneck that is reopened."""

from __future__ import annotations

import uuid
from dataclasses import replace
from typing import Any

from hartslag.domein.actor import Actor
from hartslag.domein.gebeurtenis import Gebeurtenis, Handeling
from hartslag.domein.knelpunt import Knelpunt, Knelpuntstatus
from hartslag.domein.publicatie import Publicatiestatus, withdraw
from hartslag.domein.signaal import Signaal
from hartslag.domein.terugkoppeling import (
    Mijlpaal,
    Terugkoppeling,
    Terugkoppelingstatus,
    closed_signal_text,
    draft_text,
)
from hartslag.services.context import Context
from hartslag.services.poorten import UnitOfWork


def _record(
    ctx: Context,
    uow: UnitOfWork,
    actor: Actor,
    actie: Handeling,
    onderwerp: tuple[str, uuid.UUID],
    organisatie: str,
    *,
    reden: str | None = None,
    na: dict[str, Any] | None = None,
) -> None:
    """An audit record in the trail of ``organisatie`` (whose draft or text it is)."""
    uow.gebeurtenissen.add(
        Gebeurtenis(
            tijdstip=ctx.clock.now(),
            actor=actor.label,
            actie=actie,
            onderwerp_type=onderwerp[0],
            onderwerp_id=str(onderwerp[1]),
            organisatie_id=uow.organisaties.get_id(organisatie) or actor.organisatie_id,
            reden=reden,
            na=na,
        )
    )


def draft_feedback(
    ctx: Context, uow: UnitOfWork, actor: Actor, k: Knelpunt, mijlpaal: Knelpuntstatus
) -> list[Terugkoppeling]:
    """A draft for every organisation with signals on the dossier, and for the one that
    steers it: each reviews and approves the feedback to its own reporters."""
    organisaties = dict.fromkeys(
        [k.route_organisatie, *sorted({s.organisatie for s in uow.knelpunten.linked(k.id)})]
    )
    tekst, now = draft_text(k), ctx.clock.now()
    drafts = []
    for organisatie in organisaties:
        draft = Terugkoppeling(uuid.uuid4(), k.id, organisatie, Mijlpaal(mijlpaal), tekst, now)
        uow.terugkoppelingen.add(draft)
        _record(
            ctx,
            uow,
            actor,
            Handeling.TERUGKOPPELING_OPGESTELD,
            ("terugkoppeling", draft.id),
            organisatie,
            na={"knelpunt": str(k.id), "mijlpaal": mijlpaal.value},
        )
        drafts.append(draft)
    return drafts


def draft_for_closed_signal(
    ctx: Context, uow: UnitOfWork, actor: Actor, s: Signaal, reden: str
) -> Terugkoppeling | None:
    """A feedback draft for a signal closed without a bottleneck (one on a bottleneck hears
    through the bottleneck's feedback). A draft not yet approved gets the new reason."""
    if uow.knelpunten.for_signaal(s.id):
        return None
    tekst = closed_signal_text(reden)
    open_ = [
        tk
        for tk in uow.terugkoppelingen.for_signaal(s.id)
        if tk.status == Terugkoppelingstatus.CONCEPT
    ]
    if open_:
        draft = replace(open_[-1], tekst=tekst)
        uow.terugkoppelingen.save(draft)
        actie = Handeling.TERUGKOPPELING_GEWIJZIGD
    else:
        draft = Terugkoppeling(
            uuid.uuid4(),
            None,
            s.organisatie,
            Mijlpaal.GESLOTEN,
            tekst,
            ctx.clock.now(),
            signaal_id=s.id,
        )
        uow.terugkoppelingen.add(draft)
        actie = Handeling.TERUGKOPPELING_OPGESTELD
    _record(
        ctx,
        uow,
        actor,
        actie,
        ("terugkoppeling", draft.id),
        s.organisatie,
        na={"signaal": str(s.id), "mijlpaal": Mijlpaal.GESLOTEN.value},
    )
    return draft


def withdraw_on_reopen(ctx: Context, uow: UnitOfWork, actor: Actor, k: Knelpunt) -> int:
    """A solved bottleneck that is reopened is no longer "done": its published texts come
    off the public pages (each organisation may publish again when it is solved)."""
    aantal = 0
    for p in uow.publieke_teksten.for_knelpunt(k.id):
        if p.status != Publicatiestatus.GEPUBLICEERD:
            continue
        uow.publieke_teksten.save(withdraw(p, door=actor.label, now=ctx.clock.now()))
        _record(
            ctx,
            uow,
            actor,
            Handeling.PUBLIEKE_TEKST_INGETROKKEN,
            ("publieke-tekst", p.id),
            p.organisatie,
            reden="knelpunt heropend",
            na={"knelpunt": str(k.id)},
        )
        aantal += 1
    return aantal
