# SPDX-License-Identifier: EUPL-1.2
"""The base of every JSON merge patch (RFC 7396) the API takes.

A field left out is not changed; ``null`` empties a field. A field that cannot be empty
(a title, a description, a list: send ``[]`` to empty it) is declared with
``niet_leeg(...)``: it refuses ``null`` with a 400 naming the field, and the OpenAPI
document shows it as not nullable.
"""

from __future__ import annotations

from typing import Any

from pydantic import Field, ValidationInfo, field_validator

from hartslag.services.invoer import Schema

NIET_LEEG = "mag niet leeg (null) zijn; laat het veld weg om het niet te wijzigen"


class _NietNull:
    """Rewrites the property's schema: no ``null`` alternative, no ``default: null``, and
    any ``extra`` keywords (such as ``uniqueItems``) on what is left."""

    def __init__(self, extra: dict[str, Any]) -> None:
        self.extra = extra

    def __call__(self, schema: dict[str, Any]) -> None:
        schema.pop("default", None)
        anders = [deel for deel in schema.pop("anyOf", []) if deel != {"type": "null"}]
        if len(anders) == 1:
            schema.update(anders[0])
        elif anders:
            schema["anyOf"] = anders
        schema.update(self.extra)


def niet_leeg(*, extra: dict[str, Any] | None = None, **kwargs: Any) -> Any:
    """A field of a merge patch that may be left out but never set to ``null``."""
    return Field(None, json_schema_extra=_NietNull(extra or {}), **kwargs)


class Wijziging(Schema):
    @field_validator("*", mode="before")
    @classmethod
    def _geen_null(cls, value: Any, info: ValidationInfo) -> Any:
        naam = info.field_name
        if (
            value is None
            and naam
            and isinstance(cls.model_fields[naam].json_schema_extra, _NietNull)
        ):
            raise ValueError(NIET_LEEG)
        return value
