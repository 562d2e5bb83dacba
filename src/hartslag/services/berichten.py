# SPDX-License-Identifier: EUPL-1.2
"""The e-mail outbox: messages are written in the same transaction as the change that
causes them, and delivered after the commit, with retries and exponential backoff.

A message is claimed (status ``bezig`` with a lease) in its own transaction before it is
sent, so two workers never send it both; its key is unique, so a retry of the change
never queues it twice. A refused recipient is a bounce, recorded and not retried.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import timedelta

from hartslag.domein.gebeurtenis import Handeling
from hartslag.services.context import Context
from hartslag.services.knelpunten import record
from hartslag.services.poorten import Bericht, Bounce, Mailer, TijdelijkeBezorgfout, UnitOfWork

MAX_POGINGEN = 8
EERSTE_WACHTTIJD = timedelta(minutes=1)
MAX_WACHTTIJD = timedelta(hours=6)
CLAIMDUUR = timedelta(minutes=10)


def backoff(pogingen: int) -> timedelta:
    """Wait before attempt ``pogingen + 1``: 1, 2, 4, 8 … minutes, at most six hours."""
    wachttijd: timedelta = EERSTE_WACHTTIJD * 2 ** max(0, pogingen - 1)
    return min(wachttijd, MAX_WACHTTIJD)


def associated_bericht(bericht_id: uuid.UUID) -> bytes:
    """The associated data that binds a sealed recipient address to its message."""
    return f"bericht:{bericht_id}".encode()


def queue_mail(
    ctx: Context,
    uow: UnitOfWork,
    *,
    sleutel: str,
    organisatie: str,
    soort: str,
    aan: str,
    onderwerp: str,
    tekst: str,
    signaal_id: uuid.UUID | None = None,
    terugkoppeling_id: uuid.UUID | None = None,
    afzender: str | None = None,
) -> bool:
    """Put a message in the outbox (in the caller's transaction); False if that key was
    queued before."""
    bericht_id = uuid.uuid4()
    versie, blob = ctx.versleuteling.encrypt(aan.encode(), associated_bericht(bericht_id))
    return uow.berichten.add(
        Bericht(
            id=bericht_id,
            sleutel=sleutel,
            organisatie=organisatie,
            soort=soort,
            sleutelversie=versie,
            aan_versleuteld=blob,
            onderwerp=onderwerp,
            tekst=tekst,
            aangemaakt_op=ctx.clock.now(),
            signaal_id=signaal_id,
            terugkoppeling_id=terugkoppeling_id,
            afzender=afzender,
        )
    )


@dataclass
class Bezorging:
    verzonden: int = 0
    uitgesteld: int = 0
    gebounced: int = 0
    mislukt: int = 0


def deliver(ctx: Context, mailer: Mailer, limit: int = 200) -> Bezorging:
    """Send what is due now. Safe to run from several processes at once."""
    uitkomst = Bezorging()
    now = ctx.clock.now()
    with ctx.uow(schrijven=False) as uow:
        kandidaten = uow.berichten.due(now, limit)
    for kandidaat in kandidaten:
        with ctx.uow() as uow:
            if not uow.berichten.claim(kandidaat.id, now, now + CLAIMDUUR):
                continue  # another worker has it
            uow.commit()
        _send_one(ctx, mailer, kandidaat, uitkomst)
    return uitkomst


def _send_one(ctx: Context, mailer: Mailer, b: Bericht, uitkomst: Bezorging) -> None:
    aan = ctx.versleuteling.decrypt(
        b.sleutelversie, b.aan_versleuteld, associated_bericht(b.id)
    ).decode()
    now = ctx.clock.now()
    pogingen = b.pogingen + 1
    try:
        mailer.send(b.id, aan, b.onderwerp, b.tekst, b.afzender)
    except Bounce as exc:
        nieuw = replace(b, status="gebounced", pogingen=pogingen, laatste_fout=str(exc)[:500])
        actie, uitkomst.gebounced = Handeling.BERICHT_GEBOUNCED, uitkomst.gebounced + 1
    except TijdelijkeBezorgfout as exc:
        if pogingen >= MAX_POGINGEN:
            nieuw = replace(b, status="mislukt", pogingen=pogingen, laatste_fout=str(exc)[:500])
            actie, uitkomst.mislukt = Handeling.BERICHT_MISLUKT, uitkomst.mislukt + 1
        else:
            nieuw = replace(
                b,
                status="wachtend",
                pogingen=pogingen,
                laatste_fout=str(exc)[:500],
                volgende_poging_op=now + backoff(pogingen),
            )
            uitkomst.uitgesteld += 1
            with ctx.uow() as uow:
                uow.berichten.save(nieuw)
                uow.commit()
            return
    else:
        nieuw = replace(
            b, status="verzonden", pogingen=pogingen, verzonden_op=now, laatste_fout=None
        )
        actie, uitkomst.verzonden = Handeling.BERICHT_VERZONDEN, uitkomst.verzonden + 1
    with ctx.uow() as uow:
        uow.berichten.save(nieuw)
        record(
            ctx,
            uow,
            "systeem:outbox",
            actie,
            ("bericht", b.id),
            reden=nieuw.laatste_fout,
            na={"soort": b.soort, "pogingen": pogingen},
        )
        uow.commit()


def list_berichten(ctx: Context, organisatie: str | None, status: str | None) -> list[Bericht]:
    with ctx.uow(schrijven=False) as uow:
        return uow.berichten.list(organisatie, status)
