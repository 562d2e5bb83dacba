# SPDX-License-Identifier: EUPL-1.2
"""Use case: deliver the outbox in batches (CloudEvents batch mode). One transaction
claims what is due and groups it per partner into batches of at most
``ctx.uitwisseling_batch`` events; each batch is one request, signed once; one transaction
records its outcomes. The receiver answers per event, so only the refused ones are tried
again (with the same backoff and dead-letter list as single events). A partner that
answers 415 to a batch gets the same events one per request."""

from __future__ import annotations

import uuid
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from hartslag.domein.uitwisseling import MEDIATYPE_BATCH
from hartslag.domein.webhook import KOP_HANDTEKENING, KOP_ID, KOP_TIJDSTIP, signature_header
from hartslag.services.bezorging import (
    CLAIM,
    ZONDER_ABONNEMENT,
    Afleveraar,
    Afleverfout,
    Afleverresultaat,
    BatchNietOndersteund,
    _deliver,
    body_of,
    record_attempt,
    signed,
)
from hartslag.services.context import Context
from hartslag.services.poorten import UnitOfWork
from hartslag.services.uitwisselingbeheer import valid_secrets
from hartslag.services.uitwisselingpoorten import UitgaandeGebeurtenis

MAX_BYTES = 512 * 1024  # a batch body stays well under the receiver's 1 MiB default
GELUKT = frozenset({"verwerkt", "al-ontvangen"})


@dataclass(frozen=True)
class Partij:
    """One claimed batch for one partner, signed and ready to send."""

    gebeurtenissen: list[UitgaandeGebeurtenis]
    url: str
    headers: dict[str, str]
    body: bytes
    geheimen: list[bytes]  # to sign single events for a partner that takes no batches


def deliver_batches(
    ctx: Context, afleveraar: Afleveraar, limit: int, werkers: int
) -> Afleverresultaat:
    """Send every batch that is due, ``werkers`` at a time."""
    resultaat = Afleverresultaat()
    with ThreadPoolExecutor(werkers) as pool:
        for r in pool.map(lambda p: _send(ctx, afleveraar, p), _claim(ctx, limit)):
            resultaat.afgeleverd += r.afgeleverd
            resultaat.opnieuw += r.opnieuw
            resultaat.onbestelbaar += r.onbestelbaar
    return resultaat


def _claim(ctx: Context, limit: int) -> list[Partij]:
    now = ctx.clock.now()
    per_partner: dict[int, list[UitgaandeGebeurtenis]] = {}
    partijen: list[Partij] = []
    with ctx.uow() as uow:
        due = uow.postvakken.due(now, limit)
        geclaimd = uow.postvakken.claim_many([g.id for g in due], now, now + CLAIM)
        for g in due:
            if g.id in geclaimd:
                per_partner.setdefault(g.partner_id, []).append(g)
        for partner_id, lijst in per_partner.items():
            partner = uow.partners.by_id(partner_id)
            assert partner is not None
            if partner.webhook_url is None:
                _wait_for_subscription(uow, lijst, now)
                continue
            geheimen = valid_secrets(ctx, uow, partner, now)
            for deel, bodies in _split(lijst, ctx.uitwisseling_batch):
                partijen.append(_batch(deel, bodies, partner.webhook_url, geheimen, now))
        uow.commit()
    return partijen


def _wait_for_subscription(
    uow: UnitOfWork, lijst: list[UitgaandeGebeurtenis], now: datetime
) -> None:
    for g in lijst:
        g.volgende_poging_op = now + ZONDER_ABONNEMENT
        g.laatste_fout = "geen abonnement: de partner heeft geen webhook-URL"
        uow.postvakken.save_uitgaand(g)


def _split(
    lijst: list[UitgaandeGebeurtenis], grootte: int
) -> list[tuple[list[UitgaandeGebeurtenis], list[bytes]]]:
    """Batches of at most ``grootte`` events and :data:`MAX_BYTES` (one larger event
    goes alone)."""
    delen: list[tuple[list[UitgaandeGebeurtenis], list[bytes]]] = []
    deel: list[UitgaandeGebeurtenis] = []
    bodies: list[bytes] = []
    omvang = 2
    for g in lijst:
        body = body_of(g)
        if deel and (len(deel) >= grootte or omvang + len(body) + 1 > MAX_BYTES):
            delen.append((deel, bodies))
            deel, bodies, omvang = [], [], 2
        deel.append(g)
        bodies.append(body)
        omvang += len(body) + 1
    if deel:
        delen.append((deel, bodies))
    return delen


def _batch(
    deel: list[UitgaandeGebeurtenis],
    bodies: list[bytes],
    url: str,
    geheimen: list[bytes],
    now: datetime,
) -> Partij:
    """The JSON array of the events' own bytes, signed once under a fresh message id (the
    receiver de-duplicates by each event's id, not by this one)."""
    body = b"[" + b",".join(bodies) + b"]"
    bericht_id, tijdstip = f"batch_{uuid.uuid4()}", int(now.timestamp())
    headers = {
        "content-type": MEDIATYPE_BATCH,
        KOP_ID: bericht_id,
        KOP_TIJDSTIP: str(tijdstip),
        KOP_HANDTEKENING: signature_header(geheimen, bericht_id, tijdstip, body),
    }
    return Partij(deel, url, headers, body, geheimen)


def _send(ctx: Context, afleveraar: Afleveraar, p: Partij) -> Afleverresultaat:
    try:
        antwoord = afleveraar.post_batch(p.url, p.headers, p.body)
    except BatchNietOndersteund:
        return _one_by_one(ctx, afleveraar, p)
    except Afleverfout as exc:
        return _record(ctx, p.gebeurtenissen, {g.id: str(exc)[:500] for g in p.gebeurtenissen})
    return _record(ctx, p.gebeurtenissen, _refusals(p.gebeurtenissen, antwoord))


def _refusals(
    gebeurtenissen: list[UitgaandeGebeurtenis], antwoord: list[dict[str, Any]]
) -> dict[uuid.UUID, str]:
    """Per event that was not accepted, why (the receiver's problem title and detail)."""
    per_id = {str(r.get("id")): r for r in antwoord if isinstance(r, dict)}
    fouten: dict[uuid.UUID, str] = {}
    for g in gebeurtenissen:
        r = per_id.get(str(g.id))
        if r is None:
            fouten[g.id] = "geen uitkomst voor deze gebeurtenis in het antwoord"
        elif r.get("status") not in GELUKT:
            probleem = r.get("probleem") or {}
            reden = f"{probleem.get('title', r.get('status'))}: {probleem.get('detail', '')}"
            fouten[g.id] = f"geweigerd ({probleem.get('status', '?')}) {reden}"[:500]
    return fouten


def _record(
    ctx: Context, gebeurtenissen: list[UitgaandeGebeurtenis], fouten: dict[uuid.UUID, str]
) -> Afleverresultaat:
    """A batch's outcomes in one transaction: the accepted ones in one statement, each
    refused one as a failed attempt."""
    now = ctx.clock.now()
    resultaat = Afleverresultaat()
    with ctx.uow() as uow:
        if goed := [g.id for g in gebeurtenissen if g.id not in fouten]:
            uow.postvakken.mark_afgeleverd(goed, now)
            resultaat.afgeleverd = len(goed)
        for g in gebeurtenissen:
            if g.id in fouten:
                uitkomst = record_attempt(uow, g, fouten[g.id], now)
                setattr(resultaat, uitkomst, getattr(resultaat, uitkomst) + 1)
        uow.commit()
    return resultaat


def _one_by_one(ctx: Context, afleveraar: Afleveraar, p: Partij) -> Afleverresultaat:
    resultaat = Afleverresultaat()
    for g in p.gebeurtenissen:
        tijdstip = int(ctx.clock.now().timestamp())
        uitkomst = _deliver(ctx, afleveraar, signed(g, p.url, p.geheimen, tijdstip))
        if uitkomst is not None:
            setattr(resultaat, uitkomst, getattr(resultaat, uitkomst) + 1)
    return resultaat
