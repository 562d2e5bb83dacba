# SPDX-License-Identifier: EUPL-1.2
"""Every error as application/problem+json (RFC 9457), translated in this one place."""

from __future__ import annotations

import logging
import re
from typing import Any

from babel.core import negotiate_locale
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.security.utils import get_authorization_scheme_param
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException

from hartslag.adapters.api.schemas import API_BASIS, ZONDER_TOKEN
from hartslag.domein.fouten import HartslagFout, NietGeauthenticeerd, VeldFout
from hartslag.privacy import pseudonymise
from hartslag.services.beheer import authenticate
from hartslag.services.invoer import reden_voor, veldnaam
from hartslag.services.privacypoorten import OntsleutelFout
from hartslag.services.redenen import in_english

PROBLEM_JSON = "application/problem+json"
TYPE_BASIS = "https://hartslag.example/problemen/"
log = logging.getLogger("hartslag.api")

_HTTP_TITELS = {
    404: (
        "niet-gevonden",
        "Niet gevonden",
        "Deze URL bestaat niet (let op: geen '/' aan het eind).",
    ),
    405: ("methode-niet-toegestaan", "Methode niet toegestaan", "Deze methode kan hier niet."),
    415: ("mediatype-niet-ondersteund", "Mediatype niet ondersteund", "Stuur application/json."),
}


def without_personal_data(tekst: str) -> str:
    """`tekst` with any personal data replaced, as a last line of defence for what leaves
    in an error: a detail may quote input, and a path is whatever the client typed (each
    path segment is read on its own: "/burgers/111222333" holds a BSN)."""
    if tekst.startswith("/"):
        return "/".join(pseudonymise(deel).text for deel in tekst.split("/"))
    return pseudonymise(tekst).text


def problem(
    status: int,
    code: str,
    titel: str,
    detail: str,
    *,
    velden: list[VeldFout] | None = None,
    instance: str | None = None,
    headers: dict[str, str] | None = None,
) -> JSONResponse:
    body: dict[str, Any] = {
        "type": TYPE_BASIS + code,
        "title": titel,
        "status": status,
        "detail": without_personal_data(detail),
    }
    if instance:
        body["instance"] = without_personal_data(instance)
    if velden:
        body["invalidParams"] = [
            {"name": v.veld, "reason": without_personal_data(v.reden)} for v in velden
        ]
    return JSONResponse(body, status_code=status, media_type=PROBLEM_JSON, headers=headers)


def _domein_fout(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, HartslagFout)
    headers = {"WWW-Authenticate": 'Bearer realm="hartslag"'} if exc.status == 401 else None
    return problem(
        exc.status,
        exc.code,
        exc.titel,
        exc.detail,
        velden=_in_language(request, exc.velden),
        instance=request.url.path,
        headers=headers,
    )


def wants_english(request: Request) -> bool:
    """Whether the caller asked for English (``Accept-Language``); Dutch otherwise."""
    header = request.headers.get("accept-language", "")
    gevraagd = sorted(
        (_taal_en_gewicht(deel) for deel in header.split(",") if deel.strip()),
        key=lambda paar: -paar[1],
    )
    gekozen = negotiate_locale([t for t, _ in gevraagd], ["nl", "en"], sep="-")
    return gekozen == "en"


def _taal_en_gewicht(deel: str) -> tuple[str, float]:
    taal, _, rest = deel.strip().partition(";")
    try:
        gewicht = float(rest.strip().removeprefix("q=")) if rest else 1.0
    except ValueError:
        gewicht = 0.0
    return taal.strip(), gewicht


def _in_language(request: Request, velden: list[VeldFout] | None) -> list[VeldFout] | None:
    """The reasons in English when the caller asked for it (a domain rule's own words
    stay Dutch: see ``redenen``)."""
    if not velden or not wants_english(request):
        return velden
    return [VeldFout(v.veld, in_english(v.reden)) for v in velden]


async def _validatie_fout(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    geweigerd = await _authentication_first(request)
    if geweigerd is not None:
        return geweigerd
    fouten = [dict(error) for error in exc.errors()]
    engels = wants_english(request)
    titel = "Invalid input" if engels else "Ongeldige invoer"
    kop = {"Content-Language": "en" if engels else "nl"}
    if any(f.get("type") == "json_invalid" for f in fouten):
        detail = (
            "The body is not valid JSON; see invalidParams."
            if engels
            else "De body is geen geldige JSON; zie invalidParams."
        )
        velden = [VeldFout("body", await _json_fout(request, fouten))]
        return problem(400, "ongeldige-invoer", titel, detail, velden=_in_language(request, velden),
                       instance=request.url.path, headers=kop)  # fmt: skip
    velden = [_veldfout(f) for f in fouten]
    aantal = len(velden)
    if engels:
        detail = f"{aantal} {'fields' if aantal != 1 else 'field'} invalid; see invalidParams."
    else:
        detail = f"{aantal} {'velden' if aantal != 1 else 'veld'} ongeldig; zie invalidParams."
    return problem(400, "ongeldige-invoer", titel, detail, velden=_in_language(request, velden),
                   instance=request.url.path, headers=kop)  # fmt: skip


async def _authentication_first(request: Request) -> JSONResponse | None:
    """A 401 for an API request whose token is unknown, revoked or expired, instead of what
    is wrong with its body: FastAPI reads and checks a body before the intake's own token
    check, and invalid JSON before any dependency. A request without any token never gets
    this far (`begrenzing`)."""
    pad = request.url.path
    if not pad.startswith(API_BASIS + "/") or ZONDER_TOKEN.match(pad):
        return None
    schema, token = get_authorization_scheme_param(request.headers.get("authorization"))
    try:
        ctx = request.app.state.context
        await run_in_threadpool(authenticate, ctx, token if schema.lower() == "bearer" else None)
    except NietGeauthenticeerd as fout:
        return _domein_fout(request, fout)
    return None


async def _json_fout(request: Request, fouten: list[dict[str, Any]]) -> str:
    """Where the JSON breaks, as a line and column of the body (never the body itself)."""
    import json

    try:
        json.loads(await request.body())
    except json.JSONDecodeError as fout:
        return f"ongeldige JSON op regel {fout.lineno}, kolom {fout.colno}: {_json_reden(fout.msg)}"
    except (UnicodeDecodeError, ValueError):
        return "de body is geen UTF-8-tekst; stuur JSON in UTF-8"
    return "ongeldige JSON; stuur een JSON-object met Content-Type: application/json"


_JSON_REDENEN = {
    "Expecting value": "hier wordt een waarde verwacht",
    "Expecting property name enclosed in double quotes": "hier wordt een veldnaam tussen "
    "dubbele aanhalingstekens verwacht",
    "Expecting ',' delimiter": "hier wordt een komma verwacht",
    "Expecting ':' delimiter": "hier wordt een dubbele punt verwacht",
    "Unterminated string starting at": "een tekst zonder afsluitend aanhalingsteken",
    "Extra data": "na het JSON-object staat nog meer",
    "Invalid control character at": "een stuurteken in een tekst (schrijf het als \\u-code)",
}


def _json_reden(bericht: str) -> str:
    return next((v for k, v in _JSON_REDENEN.items() if bericht.startswith(k)), "ongeldige JSON")


def _veldfout(error: dict[str, Any]) -> VeldFout:
    """One field error; the offending input is never echoed (it may be personal data)."""
    return VeldFout(veldnaam(error, skip=("body", "query", "header", "path")), reden_voor(error))


def _http_fout(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, HTTPException)
    code, titel, detail = _HTTP_TITELS.get(exc.status_code, ("http-fout", "Fout", str(exc.detail)))
    headers = dict(exc.headers) if exc.headers else None
    if exc.status_code == 405:
        headers = {"Allow": _allowed(request)}
    return problem(exc.status_code, code, titel, detail, instance=request.url.path, headers=headers)


def _allowed(request: Request) -> str:
    """Every method the OpenAPI document has for this path (RFC 9110: a 405 carries
    ``Allow``). Starlette names only those of the first route that matched the path."""
    methoden: set[str] = set()
    for sjabloon, operaties in request.app.openapi()["paths"].items():
        if re.fullmatch(re.sub(r"\\{[^}]+\\}", "[^/]+", re.escape(sjabloon)), request.url.path):
            methoden |= {methode.upper() for methode in operaties}
    if "GET" in methoden:
        methoden.add("HEAD")
    return ", ".join(sorted(methoden))


def interne_fout(pad: str) -> JSONResponse:
    return problem(
        500,
        "interne-fout",
        "Interne fout",
        "Er ging iets mis aan onze kant. Het verzoek is niet verwerkt; probeer het opnieuw.",
        instance=pad,
    )


def _kluis_fout(request: Request, exc: Exception) -> JSONResponse:
    log.error("kluisrecord niet te ontsleutelen op %s", without_personal_data(request.url.path))
    return problem(
        503,
        "kluis-onleesbaar",
        "Versleuteld gegeven niet te lezen",
        "Dit gegeven is versleuteld met een sleutel die deze server niet heeft (of het is "
        "beschadigd). Er is niets gewijzigd. Een beheerder voegt de sleutel toe aan "
        "HARTSLAG_VAULT_KEY_FILE; zie docs/privacy.md, sleutelrotatie.",
        instance=request.url.path,
    )


def install(app: FastAPI) -> None:
    app.add_exception_handler(OntsleutelFout, _kluis_fout)
    app.add_exception_handler(HartslagFout, _domein_fout)
    app.add_exception_handler(RequestValidationError, _validatie_fout)
    app.add_exception_handler(HTTPException, _http_fout)


__all__ = ["install", "problem"]
