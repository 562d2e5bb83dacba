# SPDX-License-Identifier: EUPL-1.2
"""Control characters are refused at the edge, in every body, query and path.

A NUL byte cannot be stored in PostgreSQL text, and other control characters (C0, DEL, C1)
and lone UTF-16 surrogates have no place in what people write: a request that carries one
gets a 400 naming the field, on every database alike. Tab, newline and carriage return
are allowed (free text has lines). The OpenAPI document says the same: every string a
client sends has the pattern ``TEKENPATROON``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from fastapi import Request

from hartslag.domein.fouten import OngeldigeInvoer, VeldFout

VERBODEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
# The same set as a JSON Schema (ECMA 262) pattern for the OpenAPI document. Lone
# surrogates are left out of it: a regex over Unicode scalar values cannot name them (and
# valid UTF-8 cannot carry them; only a JSON escape such as \ud800 can).
TEKENPATROON = "^[^\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F]*$"
REDEN = "bevat een stuurteken (zoals \\u0000); alleen tab, regeleinde en gewone tekens mogen"
# What a body must hold before it is worth parsing again: a \u escape, a raw DEL or C1.
_VERDACHT = re.compile(rb"\\u|\x7f|\xc2[\x80-\x9f]")
# A key is named in a problem only when it looks like one of our attribute names; any other
# key is the caller's input (it may be personal data) and is not echoed.
_VELDNAAM = re.compile(r"[a-z][A-Za-z_]{0,49}")


def _naam(sleutel: str) -> str:
    return sleutel if _VELDNAAM.fullmatch(sleutel) else "(veld)"


def _fouten(waarde: Any, pad: str) -> Iterator[str]:
    if isinstance(waarde, str):
        if VERBODEN.search(waarde):
            yield pad
    elif isinstance(waarde, list):
        for i, deel in enumerate(waarde):
            yield from _fouten(deel, f"{pad}.{i}" if pad else str(i))
    elif isinstance(waarde, dict):
        for sleutel, deel in waarde.items():
            naam = _naam(sleutel)
            if VERBODEN.search(sleutel):
                yield pad or "(verzoek)"
            yield from _fouten(deel, f"{pad}.{naam}" if pad else naam)


async def refuse_control_characters(request: Request) -> None:
    """A FastAPI dependency of every API route (see ``app.create_app``)."""
    velden = [
        VeldFout(_naam(k), REDEN)
        for k, w in request.query_params.multi_items()
        if VERBODEN.search(k + w)
    ]
    velden += [
        VeldFout(k, REDEN) for k, w in request.path_params.items() if VERBODEN.search(str(w))
    ]
    body = await request.body() if request.method in ("POST", "PUT", "PATCH") else b""
    if body and _VERDACHT.search(body):
        try:
            gelezen = json.loads(body)
        except (ValueError, UnicodeDecodeError):
            gelezen = None  # the body's own validation reports it
        velden += [VeldFout(pad or "(body)", REDEN) for pad in dict.fromkeys(_fouten(gelezen, ""))]
    if velden:
        raise OngeldigeInvoer(
            "Het verzoek bevat een stuurteken (zoals een NUL-byte); er is niets opgeslagen. "
            "Zie invalidParams.",
            velden=velden,
        )


def _strings(schema: Any, doc: dict[str, Any], gezien: set[str]) -> Iterator[dict[str, Any]]:
    """Every string schema a request may hold, following ``$ref`` into the components."""
    if isinstance(schema, list):
        for deel in schema:
            yield from _strings(deel, doc, gezien)
        return
    if not isinstance(schema, dict):
        return
    if ref := schema.get("$ref"):
        naam = ref.rsplit("/", 1)[-1]
        if naam not in gezien:
            gezien.add(naam)
            yield from _strings(doc["components"]["schemas"][naam], doc, gezien)
        return
    if schema.get("type") == "string" and not {"format", "enum", "const"} & schema.keys():
        yield schema
    for sleutel in ("items", "anyOf", "oneOf", "allOf", "additionalProperties"):
        yield from _strings(schema.get(sleutel), doc, gezien)
    yield from _strings(list(schema.get("properties", {}).values()), doc, gezien)


def state_in_openapi(doc: dict[str, Any]) -> None:
    """Give every string a client sends (parameters and bodies) the ``TEKENPATROON``."""
    gezien: set[str] = set()
    for operaties in doc["paths"].values():
        for operatie in operaties.values():
            schemas = [p.get("schema") for p in operatie.get("parameters", [])]
            inhoud = operatie.get("requestBody", {}).get("content", {})
            schemas += [media.get("schema") for media in inhoud.values()]
            for schema in _strings(schemas, doc, gezien):
                schema.setdefault("pattern", TEKENPATROON)
