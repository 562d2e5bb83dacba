# SPDX-License-Identifier: EUPL-1.2
"""Domain records <-> JSON documents, for the dossier columns of the bottleneck tables."""

from __future__ import annotations

from typing import Any, TypeVar

from pydantic import TypeAdapter

T = TypeVar("T")
_ADAPTERS: dict[type, TypeAdapter[Any]] = {}


def _adapter(soort: type[T]) -> TypeAdapter[T]:
    if soort not in _ADAPTERS:
        _ADAPTERS[soort] = TypeAdapter(soort)
    return _ADAPTERS[soort]


def to_json(waarde: T, soort: type[T]) -> Any:
    return _adapter(soort).dump_python(waarde, mode="json")


def from_json(data: Any, soort: type[T]) -> T:
    return _adapter(soort).validate_python(data)
