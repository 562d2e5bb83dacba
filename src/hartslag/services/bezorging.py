# SPDX-License-Identifier: EUPL-1.2
"""Use case: deliver the outbox of events to partners' webhooks, after commit. At least
once: a failed attempt is retried with exponential backoff; after the last one the event
is on the dead-letter list until it is re-driven."""

from __future__ import annotations

import json
import uuid
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Protocol

from hartslag.domein.actor import SYSTEEM
from hartslag.domein.fouten import NietGevonden
from hartslag.domein.gebeurtenis import Gebeurtenis, Handeling
from hartslag.domein.uitwisseling import MEDIATYPE
from hartslag.domein.webhook import (
    KOP_HANDTEKENING,
    KOP_ID,
    KOP_TIJDSTIP,
    next_attempt_after,
    signature_header,
)
from hartslag.services.context import Context
from hartslag.services.poorten import UnitOfWork
from hartslag.services.uitwisselingbeheer import valid_secrets
from hartslag.services.uitwisselingpoorten import (
    AFGELEVERD,
    ONBESTELBAAR,
    WACHTEND,
    UitgaandeGebeurtenis,
)

CLAIM = timedelta(minutes=2)  # an attempt that takes longer may be made again
ZONDER_ABONNEMENT = timedelta(hours=1)
WERKERS = 8  # deliveries under way at once


class Afleverfout(Exception):
    """The partner did not accept the event (network error or non-2xx answer)."""


class BatchNietOndersteund(Afleverfout):
    """The partner takes one event per request only (it answered 415 to a batch)."""


class Afleveraar(Protocol):
    def post(self, url: str, headers: dict[str, str], body: bytes) -> None:
        """Deliver; raise :class:`Afleverfout` unless the partner answered 2xx."""
        ...

    def post_batch(self, url: str, headers: dict[str, str], body: bytes) -> list[dict[str, Any]]:
        """Deliver a batch; returns the partner's outcome per event (``id``, ``status``,
        ``probleem``). Raise :class:`BatchNietOndersteund` on 415, :class:`Afleverfout`
        on any other answer than 2xx."""
        ...


@dataclass(frozen=True)
class Aflevering:
    """One claimed event, ready to send."""

    gebeurtenis: UitgaandeGebeurtenis
    url: str | None
    headers: dict[str, str]
    body: bytes


@dataclass
class Afleverresultaat:
    afgeleverd: int = 0
    opnieuw: int = 0
    onbestelbaar: int = 0


def body_of(g: UitgaandeGebeurtenis) -> bytes:
    return json.dumps(g.inhoud, ensure_ascii=False, separators=(",", ":")).encode()


def _claim(ctx: Context, limit: int) -> list[Aflevering]:
    """Claim what is due in one statement and sign each event (secrets decrypted once per
    partner)."""
    now = ctx.clock.now()
    klaar: list[Aflevering] = []
    partners: dict[int, tuple[str | None, list[bytes]]] = {}
    with ctx.uow() as uow:
        due = uow.postvakken.due(now, limit)
        geclaimd = uow.postvakken.claim_many([g.id for g in due], now, now + CLAIM)
        for g in (g for g in due if g.id in geclaimd):
            if g.partner_id not in partners:
                partner = uow.partners.by_id(g.partner_id)
                assert partner is not None
                partners[g.partner_id] = (
                    partner.webhook_url,
                    valid_secrets(ctx, uow, partner, now),
                )
            url, geheimen = partners[g.partner_id]
            klaar.append(signed(g, url, geheimen, int(now.timestamp())))
        uow.commit()
    return klaar


def signed(
    g: UitgaandeGebeurtenis, url: str | None, geheimen: list[bytes], tijdstip: int
) -> Aflevering:
    """One event as a structured-mode request, signed with every valid secret."""
    body = body_of(g)
    headers = {
        "content-type": MEDIATYPE,
        KOP_ID: str(g.id),
        KOP_TIJDSTIP: str(tijdstip),
        KOP_HANDTEKENING: signature_header(geheimen, str(g.id), tijdstip, body),
    }
    return Aflevering(g, url, headers, body)


def deliver_due(
    ctx: Context, afleveraar: Afleveraar, limit: int = 500, werkers: int = WERKERS
) -> Afleverresultaat:
    """Send every event that is due, ``werkers`` at a time; each outcome is stored right
    after its attempt. Order between events is not kept: the receiver keeps the newest
    state per subject by event time. With a batch size above one (the default) events go
    to each partner in batches (:mod:`hartslag.services.batch_delivery`)."""
    if ctx.uitwisseling_batch > 1:
        from hartslag.services.batch_delivery import deliver_batches  # imports this module

        return deliver_batches(ctx, afleveraar, limit, werkers)
    resultaat = Afleverresultaat()
    with ThreadPoolExecutor(werkers) as pool:
        uitkomsten = list(pool.map(lambda a: _deliver(ctx, afleveraar, a), _claim(ctx, limit)))
    for uitkomst in uitkomsten:
        if uitkomst is not None:
            setattr(resultaat, uitkomst, getattr(resultaat, uitkomst) + 1)
    return resultaat


def _deliver(ctx: Context, afleveraar: Afleveraar, a: Aflevering) -> str | None:
    if a.url is None:
        _wait_for_subscription(ctx, a.gebeurtenis)
        return None
    fout: str | None = None
    try:
        afleveraar.post(a.url, a.headers, a.body)
    except Afleverfout as exc:
        fout = str(exc)[:500]
    return _record(ctx, a.gebeurtenis, fout)


def _wait_for_subscription(ctx: Context, g: UitgaandeGebeurtenis) -> None:
    with ctx.uow() as uow:
        g.volgende_poging_op = ctx.clock.now() + ZONDER_ABONNEMENT
        g.laatste_fout = "geen abonnement: de partner heeft geen webhook-URL"
        uow.postvakken.save_uitgaand(g)
        uow.commit()


def _record(ctx: Context, g: UitgaandeGebeurtenis, fout: str | None) -> str:
    """Store the attempt's outcome; returns which: afgeleverd, opnieuw or onbestelbaar."""
    with ctx.uow() as uow:
        uitkomst = record_attempt(uow, g, fout, ctx.clock.now())
        uow.commit()
    return uitkomst


def record_attempt(
    uow: UnitOfWork, g: UitgaandeGebeurtenis, fout: str | None, now: datetime
) -> str:
    """One attempt's outcome inside a transaction: delivered, due again after the backoff,
    or (after the last attempt) a dead letter with an audit record."""
    g.pogingen += 1
    g.laatste_fout = fout
    if fout is None:
        g.status, g.afgeleverd_op, uitkomst = AFGELEVERD, now, "afgeleverd"
    elif (wacht := next_attempt_after(g.pogingen)) is not None:
        g.volgende_poging_op, uitkomst = now + wacht, "opnieuw"
    else:
        g.status, uitkomst = ONBESTELBAAR, "onbestelbaar"
        uow.gebeurtenissen.add(
            Gebeurtenis(
                now,
                SYSTEEM,
                Handeling.GEBEURTENIS_ONBESTELBAAR,
                "uitwisseling",
                str(g.id),
                g.organisatie_id,
                reden=fout,
                na={"pogingen": g.pogingen, "type": g.type},
            )
        )
    uow.postvakken.save_uitgaand(g)
    return uitkomst


def redrive(ctx: Context, organisatie_id: int, gebeurtenis_id: uuid.UUID | None, actor: str) -> int:
    """Put dead letters (one, or all of the organisation's) back in the outbox, due now,
    with a fresh count of attempts."""
    now: datetime = ctx.clock.now()
    with ctx.uow() as uow:
        doden = [
            g
            for g in uow.postvakken.uitgaand(organisatie_id, ONBESTELBAAR)
            if gebeurtenis_id is None or g.id == gebeurtenis_id
        ]
        if gebeurtenis_id is not None and not doden:
            raise NietGevonden("Deze gebeurtenis staat niet op de lijst van onbestelbare.")
        for g in doden:
            g.status, g.pogingen, g.volgende_poging_op = WACHTEND, 0, now
            uow.postvakken.save_uitgaand(g)
            uow.gebeurtenissen.add(
                Gebeurtenis(
                    now,
                    actor,
                    Handeling.GEBEURTENIS_OPNIEUW_AANGEBODEN,
                    "uitwisseling",
                    str(g.id),
                    organisatie_id,
                    na={"type": g.type},
                )
            )
        uow.commit()
    return len(doden)
