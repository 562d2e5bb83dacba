# SPDX-License-Identifier: EUPL-1.2
"""Use case: when an agreement starts, its partner may also get the signals of before it
(within the agreement's themes and fields, as if they were registered now). Signals
already sent to a partner are not sent to it again, so running it twice queues nothing
new."""

from __future__ import annotations

from datetime import datetime

from hartslag.domein.actor import Actor
from hartslag.domein.rechten import Actie, vereis
from hartslag.domein.uitwisseling import Gebeurtenistype, Richting
from hartslag.services.context import Context
from hartslag.services.uitwisseling import share, signal_data

PER_TRANSACTIE = 500


def share_history(ctx: Context, actor: Actor, vanaf: datetime, opnieuw: bool = False) -> int:
    """Queue the organisation's signals received since ``vanaf`` for every partner whose
    outgoing agreement covers them now and who did not get them yet (``opnieuw``: also
    those it got, e.g. when the partner starts again from an empty database); returns how
    many events were queued. The receiver applies a signal it had already only once."""
    vereis(actor.rol, Actie.UITWISSELING_BEHEREN)
    organisatie = actor.organisatie_id
    type = Gebeurtenistype.SIGNAAL_GEDEELD
    now = ctx.clock.now()
    with ctx.uow(schrijven=False) as uow:
        partners = {p.id: p.code for p in uow.partners.all(organisatie)}
        ontvangers = {
            a.partner
            for a in uow.partners.afspraken(organisatie)
            if not a.lokaal
            and a.richting is Richting.UITGAAND
            and type in a.gebeurtenistypen
            and a.geldig_op(now)
        }
        gehad = (
            set()
            if opnieuw
            else {
                (partners.get(partner_id), onderwerp)
                for partner_id, onderwerp in uow.postvakken.verzonden_onderwerpen(
                    organisatie, type.value
                )
            }
        )
        ids = [s.id for s in uow.analyses.signals(organisatie, vanaf, None)]
    aantal = 0
    for begin in range(0, len(ids), PER_TRANSACTIE):
        deel = ids[begin : begin + PER_TRANSACTIE]
        with ctx.uow() as uow:
            for signaal_id in deel:
                s = uow.signalen.get(organisatie, signaal_id)
                if s is None:
                    continue
                for code in sorted(ontvangers):
                    if (code, str(s.id)) in gehad:
                        continue
                    aantal += share(
                        ctx,
                        uow,
                        organisatie_id=organisatie,
                        actor=actor.label,
                        type=type,
                        onderwerp=str(s.id),
                        themas=frozenset(s.themas),
                        gegevens=signal_data(s),
                        partner_code=code,
                    )
            uow.commit()
    return aantal
