# SPDX-License-Identifier: EUPL-1.2
"""The ASGI application: routes, problem+json, and the headers the ADR asks for."""

from __future__ import annotations

from typing import Any

from fastapi import Depends, FastAPI
from fastapi.openapi.utils import get_openapi
from starlette.routing import Match, Mount
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from hartslag import __version__
from hartslag.adapters.api import (
    agenderingsmomenten,
    duidingssessies,
    gedeeldeknelpunten,
    gezondheid,
    knelpunten,
    netwerk,
    patronen,
    problemen,
    publieketeksten,
    signalen,
    stuurtekens,
    terugkoppelingen,
    uitwisseling,
    uitwisselingbeheer,
    vergelijkbaar,
)
from hartslag.adapters.api.begrenzing import Begrenzing, Toelating
from hartslag.adapters.api.problemen import interne_fout, log
from hartslag.adapters.api.schemas import API_BASIS
from hartslag.adapters.web.app import create_web
from hartslag.adapters.web.opties import WebOpties
from hartslag.adapters.web.routes.importeren import MAX_BYTES as UPLOAD_BYTES
from hartslag.services.context import Context

API_VERSION = "1.0.0"
OPENAPI_PAD = f"{API_BASIS}/openapi.json"

# NL API Design Rules, transport security module: headers on every response.
BEVEILIGINGSHEADERS = [
    (b"api-version", API_VERSION.encode()),
    (b"cache-control", b"no-store"),
    (b"content-security-policy", b"frame-ancestors 'none'"),
    (b"strict-transport-security", b"max-age=31536000"),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
]
CORS = [
    (b"access-control-allow-origin", b"*"),
    (b"access-control-allow-methods", b"GET, OPTIONS"),
]


class Headers:
    """Pure ASGI middleware (no per-request task overhead): security headers everywhere,
    CORS on the OpenAPI document only."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        is_openapi = scope["path"] == OPENAPI_PAD
        if is_openapi and scope["method"] == "OPTIONS":
            await send(
                {
                    "type": "http.response.start",
                    "status": 204,
                    "headers": BEVEILIGINGSHEADERS + CORS,
                }
            )
            await send({"type": "http.response.body", "body": b""})
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                bestaand = {naam.lower() for naam, _ in message.get("headers", [])}
                extra = [(n, w) for n, w in BEVEILIGINGSHEADERS if n not in bestaand]
                if is_openapi:
                    extra += CORS
                message["headers"] = list(message.get("headers", [])) + extra
            await send(message)

        started = False

        async def send_tracking(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send_with_headers(message)

        try:
            await self.app(scope, receive, send_tracking)
        except Exception as exc:
            # Caught here, inside Starlette's ServerErrorMiddleware, so that no traceback
            # reaches the server log: exception texts (e.g. a driver's) may hold input data.
            pad = problemen.without_personal_data(scope["path"])
            log.error("onverwachte fout %s op %s", type(exc).__name__, pad)
            if not started:
                await interne_fout(scope["path"])(scope, receive, send_with_headers)


PROBLEEM_SCHEMA = {
    "type": "object",
    "description": "RFC 9457 problem details",
    "properties": {
        "type": {"type": "string", "format": "uri"},
        "title": {"type": "string"},
        "status": {"type": "integer"},
        "detail": {"type": "string"},
        "instance": {"type": "string"},
        "invalidParams": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {"name": {"type": "string"}, "reason": {"type": "string"}},
            },
        },
    },
    "required": ["type", "title", "status", "detail"],
}


def _openapi(app: FastAPI) -> dict[str, Any]:
    """FastAPI's document, with invalid input as the 400 problem we return (never 422)."""
    if app.openapi_schema is None:
        doc = get_openapi(
            title=app.title,
            version=app.version,
            summary=app.summary,
            description=app.description,
            routes=app.routes,
            license_info=app.license_info,
        )
        schemas = doc.setdefault("components", {}).setdefault("schemas", {})
        for naam in ("HTTPValidationError", "ValidationError"):
            schemas.pop(naam, None)
        schemas["Probleem"] = PROBLEEM_SCHEMA
        stuurtekens.state_in_openapi(doc)
        verwijzing = {"schema": {"$ref": "#/components/schemas/Probleem"}}
        for operaties in doc["paths"].values():
            for operatie in operaties.values():
                antwoorden = operatie.setdefault("responses", {})
                antwoorden.pop("422", None)
                if operatie.get("parameters") or operatie.get("requestBody"):
                    antwoorden.setdefault("400", {"description": "Ongeldige invoer"})
                for code, antwoord in antwoorden.items():
                    if code >= "400":
                        antwoord["content"] = {"application/problem+json": verwijzing}
        app.openapi_schema = doc
    return app.openapi_schema


class PaginaMount(Mount):
    """The web pages under ``/``, except for ``/api/...`` paths no API route matched: those
    stay with the API's router, which answers 405 (with ``Allow``) or 404 as problems."""

    def __init__(self, web: ASGIApp) -> None:
        super().__init__("", app=web)

    def matches(self, scope: Scope) -> tuple[Match, Scope]:
        pad = scope.get("path", "")
        if pad.startswith(API_BASIS + "/") and pad != API_BASIS + "/docs":
            return Match.NONE, {}
        return super().matches(scope)


def create_app(
    context: Context, web: WebOpties | None = None, max_body_bytes: int = 1024 * 1024
) -> FastAPI:
    app = FastAPI(
        title="Hartslag API",
        version=API_VERSION,
        summary="Signaalmanagement voor publieke dienstverleners",
        description=f"Hartslag {__version__}. Volgt de NL API Design Rules; fouten zijn "
        "application/problem+json (RFC 9457).",
        openapi_url=OPENAPI_PAD,
        docs_url=None,
        redoc_url=None,
        redirect_slashes=False,
        license_info={"name": "EUPL-1.2", "identifier": "EUPL-1.2"},
        dependencies=[Depends(stuurtekens.refuse_control_characters)],
    )
    app.state.context = context
    problemen.install(app)
    app.include_router(gezondheid.router)
    app.include_router(vergelijkbaar.router)  # before signalen: /signalen/_vergelijkbaar
    app.include_router(signalen.router)
    app.include_router(patronen.router)
    app.include_router(knelpunten.router)
    app.include_router(terugkoppelingen.router)
    app.include_router(publieketeksten.router)
    app.include_router(duidingssessies.router)
    app.include_router(agenderingsmomenten.router)
    app.include_router(uitwisseling.router)
    app.include_router(gedeeldeknelpunten.router)  # before uitwisselingbeheer
    app.include_router(uitwisselingbeheer.router)
    app.include_router(netwerk.router)
    # The pages answer every path outside /api (where 404 and 405 stay problem+json).
    app.router.routes.append(PaginaMount(create_web(app, web or WebOpties())))
    # The web import page checks its own (larger) limit and answers with the form.
    uploads = {"/import": UPLOAD_BYTES + 1024 * 1024}
    app.add_middleware(Begrenzing, max_bytes=max_body_bytes, upload_bytes=uploads)
    app.add_middleware(Toelating)  # outermost but for the headers: refuse before reading
    app.add_middleware(Headers)
    app.openapi = lambda: _openapi(app)  # type: ignore[method-assign]
    return app
