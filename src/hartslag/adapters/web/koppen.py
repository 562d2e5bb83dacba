# SPDX-License-Identifier: EUPL-1.2
"""Security headers for pages: a Content-Security-Policy without 'unsafe-inline' (nothing is
loaded from another host), no referrer leaves the site, no powerful browser features."""

from __future__ import annotations

from starlette.types import ASGIApp, Message, Receive, Scope, Send

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
    "form-action 'self'; frame-ancestors 'none'"
)
KOPPEN = [
    (b"content-security-policy", CSP.encode()),
    (b"referrer-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=(), interest-cohort=()"),
    (b"cross-origin-opener-policy", b"same-origin"),
]
STATISCH = (b"cache-control", b"public, max-age=86400")


class PaginaKoppen:
    """Pure ASGI middleware: the headers above on every web response; static files may be
    cached by the browser (their URLs carry the version)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        statisch = scope["path"].startswith("/static/")

        async def met_koppen(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                bestaand = {naam.lower() for naam, _ in headers}
                headers += [(n, w) for n, w in KOPPEN if n not in bestaand]
                if statisch:
                    headers.append(STATISCH)
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, met_koppen)
