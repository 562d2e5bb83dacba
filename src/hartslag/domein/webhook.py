# SPDX-License-Identifier: EUPL-1.2
"""Signing and verifying webhook deliveries, after the Standard Webhooks scheme:
HMAC-SHA256 over ``{id}.{timestamp}.{body}`` with a secret shared per partner, sent as
``v1,<base64>``; several signatures (space-separated) while a secret is being rotated.
Replay protection: a timestamp window here, the event id at the receiver. Pure."""

from __future__ import annotations

import base64
import hashlib
import hmac
from collections.abc import Iterable
from datetime import datetime, timedelta

from hartslag.domein.fouten import OngeldigeInvoer
from hartslag.domein.uitwisseling import GebeurtenisTeOud, OngeldigeHandtekening

KOP_ID = "webhook-id"
KOP_TIJDSTIP = "webhook-timestamp"
KOP_HANDTEKENING = "webhook-signature"
VENSTER = timedelta(minutes=5)  # how far the timestamp may be from the receiver's clock
SLEUTEL_PREFIX = "whsec_"


def sign(geheim: bytes, bericht_id: str, tijdstip: int, body: bytes) -> str:
    inhoud = f"{bericht_id}.{tijdstip}.".encode() + body
    return "v1," + base64.b64encode(hmac.new(geheim, inhoud, hashlib.sha256).digest()).decode()


def signature_header(geheimen: Iterable[bytes], bericht_id: str, tijdstip: int, body: bytes) -> str:
    """The header value: one signature per secret still valid (current first)."""
    return " ".join(sign(g, bericht_id, tijdstip, body) for g in geheimen)


def verify(
    geheimen: Iterable[bytes],
    bericht_id: str,
    tijdstip: str,
    handtekeningen: str,
    body: bytes,
    nu: datetime,
) -> None:
    """Raise unless the timestamp is within the window and one signature matches one of
    the partner's valid secrets."""
    try:
        moment = int(tijdstip)
    except ValueError:
        raise OngeldigeHandtekening(f"Kop {KOP_TIJDSTIP} ontbreekt of is geen getal.") from None
    if abs(nu.timestamp() - moment) > VENSTER.total_seconds():
        raise GebeurtenisTeOud(
            f"Het tijdstip in {KOP_TIJDSTIP} ligt meer dan {int(VENSTER.total_seconds())} "
            "seconden van nu af: verstuur het bericht opnieuw met een nieuw tijdstip."
        )
    gegeven = [h for h in handtekeningen.split() if h.startswith("v1,")]
    for geheim in geheimen:
        verwacht = sign(geheim, bericht_id, moment, body)
        if any(hmac.compare_digest(verwacht, h) for h in gegeven):
            return
    raise OngeldigeHandtekening(
        f"De handtekening in {KOP_HANDTEKENING} klopt niet bij dit bericht en de sleutel "
        "van deze partner."
    )


def encode_secret(geheim: bytes) -> str:
    return SLEUTEL_PREFIX + base64.b64encode(geheim).decode()


def decode_secret(tekst: str) -> bytes:
    try:
        geheim = base64.b64decode(tekst.removeprefix(SLEUTEL_PREFIX), validate=True)
    except ValueError:
        raise OngeldigeInvoer("Sleutel ongeldig: verwacht whsec_ gevolgd door base64.") from None
    if len(geheim) < 24:
        raise OngeldigeInvoer("Sleutel te kort: minstens 24 bytes (192 bits).")
    return geheim


# At-least-once delivery: retries with exponential backoff, then the dead-letter list.
EERSTE_WACHTTIJD = timedelta(seconds=30)
LANGSTE_WACHTTIJD = timedelta(hours=6)
MAX_POGINGEN = 12  # about 30 hours of trying in all


def next_attempt_after(pogingen: int) -> timedelta | None:
    """How long to wait after ``pogingen`` failed attempts (30 s, 1 min, 2 min, ... up to
    6 h); ``None``: give up, the event goes to the dead-letter list."""
    if pogingen >= MAX_POGINGEN:
        return None
    wacht: timedelta = EERSTE_WACHTTIJD * 2 ** max(pogingen - 1, 0)
    return min(wacht, LANGSTE_WACHTTIJD)
