# SPDX-License-Identifier: EUPL-1.2
"""Limits before work: what a request must be before its body is read.

For a request with a body (POST, PUT, PATCH) this pure ASGI middleware answers at once,
without reading the body, when
- an API request has no ``Authorization`` header (401: authentication comes first;
  partners' webhooks sign their body instead),
- the body is declared larger than allowed (413), or
- an API request does not send JSON (415);
and it stops reading a body that turns out larger than allowed while it streams in (413,
and the application sees a client that went away, so nothing is stored),
so memory stays bounded whatever a client sends. The public pages' forms are checked for
size only (their login and CSRF come with the form).
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from hartslag.adapters.api.problemen import problem
from hartslag.adapters.api.schemas import API_BASIS, ZONDER_TOKEN

MET_BODY = frozenset({"POST", "PUT", "PATCH"})
JSON_TYPES = (
    "application/json",
    "application/merge-patch+json",
    "application/problem+json",
    "application/cloudevents+json",
    "application/cloudevents-batch+json",
)


class Begrenzing:
    def __init__(self, app: ASGIApp, max_bytes: int, upload_bytes: dict[str, int]) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.upload_bytes = upload_bytes  # larger limits for upload paths (the web import)

    def _limit(self, pad: str) -> int:
        return self.upload_bytes.get(pad, self.max_bytes)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] not in MET_BODY:
            await self.app(scope, receive, send)
            return
        pad: str = scope["path"]
        headers = {k.lower(): v for k, v in scope.get("headers", [])}
        limiet = self._limit(pad)
        weigering = _refusal(pad, headers, limiet)
        if weigering is not None:
            await weigering(scope, receive, send)
            return
        gelezen = 0
        te_groot = False

        async def begrensd() -> Message:
            nonlocal gelezen, te_groot
            bericht = await receive()
            if bericht["type"] == "http.request":
                gelezen += len(bericht.get("body", b""))
                if gelezen > limiet:
                    # Stop reading: to the application the client has gone, so no handler
                    # runs on a partial body; its answer is replaced by a 413 below.
                    te_groot = True
                    return {"type": "http.disconnect"}
            return bericht

        async def volg(bericht: Message) -> None:
            if not te_groot:
                await send(bericht)
            elif bericht["type"] == "http.response.start":
                await _too_large(pad, limiet)(scope, receive, send)

        await self.app(scope, begrensd, volg)


def _refusal(pad: str, headers: dict[bytes, bytes], limiet: int) -> ASGIApp | None:
    api = pad.startswith(API_BASIS + "/")
    if api and b"authorization" not in headers and not ZONDER_TOKEN.match(pad):
        return problem(
            401,
            "niet-geauthenticeerd",
            "Niet geauthenticeerd",
            "Stuur een API-token mee: 'Authorization: Bearer <token>'.",
            instance=pad,
            headers={"WWW-Authenticate": 'Bearer realm="hartslag"'},
        )
    lengte = headers.get(b"content-length", b"")
    if lengte.isdigit() and int(lengte) > limiet:
        return _too_large(pad, limiet)
    soort = headers.get(b"content-type", b"").split(b";")[0].strip().decode("latin-1").lower()
    heeft_body = lengte not in (b"", b"0") or b"transfer-encoding" in headers
    if api and heeft_body and soort not in JSON_TYPES:
        return problem(
            415,
            "mediatype-niet-ondersteund",
            "Mediatype niet ondersteund",
            "Stuur de body als JSON met 'Content-Type: application/json'.",
            instance=pad,
        )
    return None


def _too_large(pad: str, limiet: int) -> ASGIApp:
    return problem(
        413,
        "body-te-groot",
        "Verzoek te groot",
        f"De body is groter dan {_getal(limiet)} bytes; er is niets opgeslagen. Stuur minder "
        "per verzoek (een groot bestand importeert u met `hartslag import` of op /import).",
        instance=pad,
    )


def _getal(n: int) -> str:
    return f"{n:,}".replace(",", ".")


INTAKE = API_BASIS + "/signalen"
WACHTBUDGET_S = 0.5  # an admitted registration waits about this long at most
MIN_IN_BEHANDELING = 24  # admitted before the worker has measured its pace
MAX_IN_BEHANDELING = 256  # whatever the pace: bounds the bodies held in memory


class Toelating:
    """Admission at the intake: past its capacity a worker answers a new registration at
    once with 503 and ``Retry-After`` instead of queueing it behind the others, where it
    would be stored long after its client gave up.

    The capacity is a time, not a count: as many registrations as this worker completed
    in the last second, times ``budget`` (half a second), so an admitted one waits about
    that long at most, on a fast machine and a slow one alike. A fixed count of 24 was
    half a second of work where it was chosen and 60 ms on a machine twice as fast, where
    a burst of a few dozen requests at 500/s was refused while the server kept up (issue
    12). Until the worker has measured its pace it admits ``minimum``; never more than
    ``maximum``. Counts the registrations in progress in this process (one event loop: no
    lock needed)."""

    def __init__(
        self,
        app: ASGIApp,
        budget: float = WACHTBUDGET_S,
        minimum: int = MIN_IN_BEHANDELING,
        maximum: int = MAX_IN_BEHANDELING,
        klok: Callable[[], float] = time.monotonic,
    ) -> None:
        self.app, self.budget, self.minimum, self.maximum = app, budget, minimum, maximum
        self.klok = klok
        self.bezig = 0
        self.voltooid: deque[float] = deque()  # when each of the last second's ended

    def capaciteit(self) -> int:
        """How many registrations may be in progress at once now."""
        grens = self.klok() - 1.0
        while self.voltooid and self.voltooid[0] < grens:
            self.voltooid.popleft()
        tempo = len(self.voltooid)  # registrations per second, as completed lately
        return min(self.maximum, max(self.minimum, int(tempo * self.budget)))

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        intake = scope["type"] == "http" and scope["method"] == "POST" and scope["path"] == INTAKE
        if not intake:
            await self.app(scope, receive, send)
            return
        if self.bezig >= self.capaciteit():
            vol = problem(
                503,
                "te-druk",
                "Te druk",
                "Er komen nu meer signalen binnen dan de dienst kan verwerken; er is niets "
                "opgeslagen. Probeer het over een seconde opnieuw (met dezelfde "
                "Idempotency-Key).",
                instance=INTAKE,
                headers={"Retry-After": "1"},
            )
            await vol(scope, receive, send)
            return
        self.bezig += 1
        try:
            await self.app(scope, receive, send)
        finally:
            self.bezig -= 1
            self.voltooid.append(self.klok())
