# SPDX-License-Identifier: EUPL-1.2
"""The JSON Schema of every event type (``schemas/<type>.json``, kept in the repository
and served by the API), and validation against them."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema_rs
from jsonschema import Draft202012Validator

from hartslag.domein.fouten import VeldFout
from hartslag.domein.uitwisseling import Gebeurtenistype

MAP = Path(__file__).parent / "schemas"


@cache
def schema(type: Gebeurtenistype) -> dict[str, Any]:
    inhoud: dict[str, Any] = json.loads((MAP / f"{type.kort}.json").read_text())
    return inhoud


@cache
def _validator(type: Gebeurtenistype) -> Draft202012Validator:
    return Draft202012Validator(schema(type))


@cache
def _fast(type: Gebeurtenistype) -> Any:
    """A compiled validator (jsonschema-rs, about a hundred times faster) for the common
    case, a valid event; the reasons of an invalid one come from ``jsonschema``."""
    return jsonschema_rs.validator_for(schema(type))


def by_short_name(kort: str) -> Gebeurtenistype | None:
    return next((g for g in Gebeurtenistype if g.kort == kort), None)


def check(event: dict[str, Any]) -> list[VeldFout]:
    """Every way ``event`` breaks its type's schema (the reasons never quote values)."""
    try:
        type = Gebeurtenistype(str(event.get("type")))
    except ValueError:
        return [VeldFout("type", "onbekend type gebeurtenis")]
    if _fast(type).is_valid(event):
        return []
    fouten = sorted(_validator(type).iter_errors(event), key=lambda e: list(e.path))
    return [
        VeldFout("/".join(str(p) for p in e.path) or "(gebeurtenis)", f"schendt '{e.validator}'")
        for e in fouten[:20]
    ]
