# SPDX-License-Identifier: EUPL-1.2
"""Use case: at intake, the person who registers a signal says it belongs to a known
pattern ("dit is bekend: voeg het toe"). A human decision, so later analysis runs keep it,
recorded like any other move of a signal between patterns."""

from __future__ import annotations

import uuid

from hartslag.domein.actor import Actor
from hartslag.domein.fouten import GeenToegang, NietGevonden
from hartslag.domein.gebeurtenis import Gebeurtenis, Handeling
from hartslag.domein.patroon import NETWERK, Mutatie, Mutatiesoort, Patroon, Patroonstatus
from hartslag.domein.rechten import Actie, vereis
from hartslag.domein.vocabulaire import Signaalstatus
from hartslag.services.context import Context

REDEN = "bij registratie toegevoegd aan een bekend patroon"
ZICHTBARE_STATUS = frozenset({Patroonstatus.ACTIEF, Patroonstatus.BEVESTIGD})


def join_pattern(
    ctx: Context, actor: Actor, signaal_id: uuid.UUID, patroon_id: uuid.UUID
) -> Patroon:
    """Put a signal the actor has just registered in a pattern the actor can see. Only
    its registrant may, and only while it is new; afterwards moving it is an analyst's
    decision (``patronen.move_signaal``)."""
    vereis(actor.rol, Actie.SIGNAAL_AANMAKEN)
    now = ctx.clock.now()
    with ctx.uow() as uow:
        s = uow.signalen.get(actor.organisatie_id, signaal_id)
        if s is None:
            raise NietGevonden(
                f"Signaal {signaal_id} bestaat niet (of hoort bij een andere organisatie)."
            )
        if s.geregistreerd_door != actor.label or s.status != Signaalstatus.NIEUW:
            raise GeenToegang(
                "Alleen wie een signaal registreert, kan het daarbij aan een bekend patroon "
                "toevoegen. Een analist kan het later verplaatsen."
            )
        p = uow.analyses.get_patroon(patroon_id)
        zichtbaar = p is not None and (
            p.bereik == actor.organisatie
            or (p.bereik == NETWERK and actor.organisatie in p.organisaties)
        )
        if p is None or not zichtbaar or p.status not in ZICHTBARE_STATUS:
            raise NietGevonden(
                f"Patroon {patroon_id} bestaat niet (of bevat geen signalen van uw organisatie)."
            )
        oud = uow.analyses.for_signals([signaal_id]).get(signaal_id)
        uow.analyses.assign(p.bereik, signaal_id, patroon_id, 1.0, True)
        van = (oud.patroon_id,) if oud and oud.patroon_id else ()
        mutatie = Mutatie(Mutatiesoort.VERPLAATST, van, (patroon_id,), str(signaal_id))
        uow.analyses.add_mutatie(p.bereik, mutatie, actor.label, now)
        uow.gebeurtenissen.add(
            Gebeurtenis(
                now,
                actor.label,
                Handeling.PATROON_GEWIJZIGD,
                "signaal",
                str(signaal_id),
                actor.organisatie_id,
                reden=REDEN,
                na={
                    "soort": mutatie.soort.value,
                    "van": [str(i) for i in van],
                    "naar": [str(patroon_id)],
                },
            )
        )
        uow.commit()
    return p
