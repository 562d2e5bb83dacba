# SPDX-License-Identifier: EUPL-1.2
"""Reminders before an agenda moment's submission deadline, for every open bottleneck
that targets it: a notification for the people on the dossier and an e-mail through the
outbox, each sent once per moment, bottleneck and reminder. Run by ``serve``'s scheduler
and by ``hartslag agenda remind``."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from hartslag.domein.agendering import Agenderingsmoment, reminder_to_send
from hartslag.domein.gebeurtenis import Handeling
from hartslag.domein.knelpunt import Knelpunt
from hartslag.services.berichten import queue_mail
from hartslag.services.context import Context
from hartslag.services.knelpunten import notify, record
from hartslag.services.opschaling import route_for
from hartslag.services.poorten import UnitOfWork

SYSTEEMACTOR = "systeem:agenda"


@dataclass(frozen=True)
class Herinnering:
    moment_id: uuid.UUID
    moment: str
    organisatie: str
    indiendeadline: date
    knelpunt_id: uuid.UUID
    titel: str
    dagen_voor_deadline: int  # which reminder (as configured on the moment)
    dagen_resterend: int
    emails: int = 0


def send_reminders(
    ctx: Context, *, organisatie: str | None = None, dry_run: bool = False
) -> list[Herinnering]:
    """Send the reminders that are due now. With ``dry_run``, only say which."""
    now = ctx.clock.now()
    gedaan: list[Herinnering] = []
    with ctx.uow() as uow:
        for m, k in _targeted(uow, organisatie):
            dagen, alle = reminder_to_send(m, now, uow.agenderingsmomenten.reminded(m.id, k.id))
            if dagen is None:
                continue
            h = Herinnering(
                m.id,
                m.naam,
                m.organisatie,
                m.indiendeadline,
                k.id,
                k.titel,
                dagen,
                (m.indiendeadline - now.date()).days,
            )
            if dry_run:
                gedaan.append(h)
            elif uow.agenderingsmomenten.mark_reminded(m.id, k.id, dagen, now):
                for eerder in alle:  # earlier reminders it stands for
                    uow.agenderingsmomenten.mark_reminded(m.id, k.id, eerder, now)
                gedaan.append(_send(ctx, uow, m, k, h))
        if not dry_run:
            uow.commit()
    return gedaan


def _targeted(uow: UnitOfWork, organisatie: str | None) -> list[tuple[Agenderingsmoment, Knelpunt]]:
    momenten: dict[uuid.UUID, Agenderingsmoment | None] = {}
    paren = []
    for k in uow.knelpunten.all_open():
        if k.agenderingsmoment_id is None:
            continue
        if k.agenderingsmoment_id not in momenten:
            momenten[k.agenderingsmoment_id] = uow.agenderingsmomenten.get(k.agenderingsmoment_id)
        m = momenten[k.agenderingsmoment_id]
        if m is not None and (organisatie is None or m.organisatie == organisatie):
            paren.append((m, k))
    return sorted(paren, key=lambda p: (p[0].indiendeadline, p[0].naam, p[1].titel))


def _recipients(uow: UnitOfWork, m: Agenderingsmoment) -> list[str]:
    """Whoever the moment names, else the members of the first level of the organisation's
    escalation route (the team accountable for follow-up)."""
    if m.emailadressen:
        return list(dict.fromkeys(m.emailadressen))
    eerste = route_for(uow, m.organisatie).niveaus[0]
    return list(dict.fromkeys(lid.email for lid in eerste.leden if lid.email))


def _send(
    ctx: Context, uow: UnitOfWork, m: Agenderingsmoment, k: Knelpunt, h: Herinnering
) -> Herinnering:
    now = ctx.clock.now()
    wanneer = f"{m.indiendeadline:%d-%m-%Y} (nog {h.dagen_resterend} dagen)"
    tekst = f"herinnering: indiendeadline voor {m.naam} is {wanneer}"
    notify(ctx, uow, k, tekst)
    volgers = set(uow.knelpunten.volgers(k.id))
    for ontvanger in _dossier_people(k):
        if ontvanger not in volgers:
            uow.notificaties.add(ontvanger, k.id, f"{k.titel}: {tekst}", now)
    emails = 0
    for adres in _recipients(uow, m):
        emails += queue_mail(
            ctx,
            uow,
            sleutel=f"herinnering:{m.id}:{k.id}:{h.dagen_voor_deadline}:{adres}",
            organisatie=m.organisatie,
            soort="herinnering",
            aan=adres,
            onderwerp=f"Herinnering: '{k.titel}' indienen voor {m.naam} uiterlijk "
            f"{m.indiendeadline:%d-%m-%Y}",
            tekst=_text(m, k, wanneer),
        )
    record(
        ctx,
        uow,
        SYSTEEMACTOR,
        Handeling.HERINNERING_VERSTUURD,
        ("knelpunt", k.id),
        reden=f"{h.dagen_voor_deadline} dagen voor de indiendeadline van {m.naam}",
        na={"agenderingsmoment": str(m.id), "herinnering": h.dagen_voor_deadline, "emails": emails},
        organisatie_id=uow.organisaties.get_id(m.organisatie),
    )
    return Herinnering(**{**h.__dict__, "emails": emails})


def _dossier_people(k: Knelpunt) -> list[str]:
    """Who steers the dossier, as account labels: the creator and a named owner."""
    mensen = [k.aangemaakt_door]
    if k.eigenaar is not None and k.eigenaar.persoon:
        mensen.append(f"{k.eigenaar.persoon}@{k.eigenaar.organisatie}")
    return list(dict.fromkeys(mensen))


def _text(m: Agenderingsmoment, k: Knelpunt, wanneer: str) -> str:
    eigenaar = k.eigenaar.label if k.eigenaar else "nog geen eigenaar"
    return (
        f"Beste collega,\n\nHet knelpunt '{k.titel}' is gericht op {m.naam} "
        f"({m.datum:%d-%m-%Y}). De indiendeadline is {wanneer}.\n\n"
        f"Status: {k.status.value}. Eigenaar: {eigenaar}.\n"
        f"Maak de knelpuntenbrief met `hartslag letter {k.id} --organisation {m.organisatie}` "
        f"of via /api/v1/knelpunten/{k.id}/brief.\n\nHartslag"
    )
