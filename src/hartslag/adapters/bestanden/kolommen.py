# SPDX-License-Identifier: EUPL-1.2
"""Columns of an import or export file: canonical names, user mappings, value encodings.

A header cell is matched to a canonical attribute name (the camelCase names of the API)
ignoring case, surrounding whitespace and the separators `_`, `-`, space and `'`, so
`externe_referentie`, `Externe referentie` and `EXTERNEREFERENTIE` all become
`externeReferentie`, and `Thema's` becomes `themas`. A user mapping
(`{"Omschrijving": "tekst"}`) is looked up first, with the same matching, and so wins.
A column that matches nothing keeps its original name, so the importer can warn about it.

In CSV files the list columns (`themas`, `regelgeving`) are `|`-separated strings and
`impact` is a JSON string; `parse_list_field` and `parse_json_field` read both those
encodings and the native JSON values of a JSON Lines file.
"""

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Final, Literal

import orjson

from hartslag.adapters.bestanden.fouten import BestandFout

CANONICAL_COLUMNS: Final = (
    "organisatie",
    "externeReferentie",
    "ontvangenOp",
    "brontype",
    "meldertype",
    "kanaal",
    "gevraagd",
    "polariteit",
    "impact",
    "bereik",
    "themas",
    "levensgebeurtenis",
    "regelgeving",
    "titel",
    "tekst",
    "melderId",
    "contactNaam",
    "contactEmail",
    "contactTelefoon",
)
"""The attribute names a signal file may use, in the order an export writes them."""

ColumnKind = Literal["string", "timestamp", "boolean", "list", "json"]
"""How a column's values are typed in Parquet and encoded in CSV and JSON Lines."""

COLUMN_KINDS: Final[Mapping[str, ColumnKind]] = {
    "ontvangenOp": "timestamp",
    "gevraagd": "boolean",
    "themas": "list",
    "regelgeving": "list",
    "impact": "json",
}
"""The canonical columns that are not plain strings."""

LIST_SEPARATOR: Final = "|"
"""Separates the items of a list column (`themas`, `regelgeving`) in a CSV cell."""

_SEPARATORS = re.compile(r"[\s_\-']+")
_CACHE_LIMIT = 4096


def _match_key(name: str) -> str:
    return _SEPARATORS.sub("", name).casefold()


_CANONICAL_BY_KEY: Final = {_match_key(name): name for name in CANONICAL_COLUMNS}


def kind_of(column: str) -> ColumnKind:
    """The kind of a column; columns not in `COLUMN_KINDS` are strings."""
    return COLUMN_KINDS.get(column, "string")


def canonical_name(name: str) -> str | None:
    """The canonical attribute name `name` stands for, or None if it stands for none."""
    return _CANONICAL_BY_KEY.get(_match_key(name))


class ColumnResolver:
    """Maps header names to canonical names, user mapping first; remembers its answers."""

    def __init__(self, mapping: Mapping[str, str] | None = None) -> None:
        self._mapping = _validated_mapping(mapping or {})
        self._cache: dict[str, str] = {}

    def resolve(self, name: str) -> str:
        """The canonical name for header `name`, or `name` itself if it is unknown."""
        resolved = self._cache.get(name)
        if resolved is None:
            key = _match_key(name)
            resolved = self._mapping.get(key) or _CANONICAL_BY_KEY.get(key) or name
            if len(self._cache) < _CACHE_LIMIT:
                self._cache[name] = resolved
        return resolved

    def resolve_header(self, header: Sequence[str]) -> list[str]:
        """Resolved names, `""` for a blank header cell; two cells for one name is an error."""
        names = [self.resolve(cell) if cell.strip() else "" for cell in header]
        seen: dict[str, str] = {}
        for original, name in zip(header, names, strict=True):
            if name and name in seen:
                raise BestandFout(
                    "dubbele-kolom",
                    f"The columns '{seen[name]}' and '{original}' both stand for '{name}'. "
                    "Remove or rename one of them, or map one of them to another column.",
                )
            seen[name] = original
        return names


def resolve_header(header: Sequence[str], mapping: Mapping[str, str] | None = None) -> list[str]:
    """The canonical (or original, if unknown) name of every header cell, in order."""
    return ColumnResolver(mapping).resolve_header(header)


def unknown_columns(header: Iterable[str], mapping: Mapping[str, str] | None = None) -> list[str]:
    """The header names that map to no canonical column, in order, blanks left out.

    Works on a raw header and on the keys of `Row.velden` alike.
    """
    resolver = ColumnResolver(mapping)
    return [
        name for name in header if name.strip() and resolver.resolve(name) not in CANONICAL_COLUMNS
    ]


def parse_mapping(spec: str) -> dict[str, str]:
    """A column mapping from `"Omschrijving=tekst,Datum melding=ontvangenOp"` or a JSON file.

    A JSON file holds one object of header name to canonical name. Targets may be
    written in any spelling `canonical_name` accepts; the result uses the canonical one.
    """
    if Path(spec).is_file():
        pairs = _pairs_from_json_file(Path(spec))
    elif "=" in spec:
        pairs = _pairs_from_spec(spec)
    elif spec.strip().lower().endswith(".json"):
        raise BestandFout(
            "bestand-niet-gevonden",
            f"The column mapping file '{spec}' does not exist. Check the path.",
        )
    else:
        raise _bad_mapping(f"'{spec}' is neither a mapping nor an existing JSON file.")
    return _validated_pairs(pairs)


def parse_list_field(value: object) -> list[str]:
    """The items of a list column: from a `|`-separated string or a JSON list."""
    if value is None:
        return []
    if isinstance(value, str):
        items: Iterable[object] = value.split(LIST_SEPARATOR)
    elif isinstance(value, list | tuple):
        items = value
    else:
        raise BestandFout(
            "ongeldige-lijstwaarde",
            f"Expected a list of texts, got {value!r}. Give a JSON list such as "
            '["wonen", "zorg"] or, in CSV, texts separated by "|" such as wonen|zorg.',
        )
    return [text for item in items if item is not None and (text := str(item).strip())]


def format_list_field(value: object) -> str:
    """The `|`-separated CSV encoding of a list column; the inverse of `parse_list_field`."""
    items = parse_list_field(value)
    for item in items:
        if LIST_SEPARATOR in item:
            raise ValueError(
                f"List item {item!r} contains {LIST_SEPARATOR!r}, which separates list items "
                "in CSV; rename the item or export as JSON Lines or Parquet."
            )
    return LIST_SEPARATOR.join(items)


def parse_json_field(value: object) -> object:
    """A JSON column's value: a CSV cell's JSON text parsed, a JSON Lines value as it is."""
    if not isinstance(value, str):
        return value
    if not value.strip():
        return None
    try:
        return orjson.loads(value)
    except orjson.JSONDecodeError as exc:
        raise BestandFout(
            "ongeldige-json-waarde",
            f"The value {value[:80]!r} is not valid JSON ({exc}). Write it as JSON, for "
            'example [{"domein": "beleid", "soort": "direct"}], with double quotes.',
        ) from exc


def _validated_mapping(mapping: Mapping[str, str]) -> dict[str, str]:
    return {_match_key(source): target for source, target in _validated_pairs(mapping).items()}


def _validated_pairs(pairs: Mapping[str, str] | Iterable[tuple[str, str]]) -> dict[str, str]:
    items = pairs.items() if isinstance(pairs, Mapping) else pairs
    result: dict[str, str] = {}
    keys: dict[str, str] = {}
    for source, target in items:
        canonical = canonical_name(target)
        if canonical is None:
            raise BestandFout(
                "onbekende-doelkolom",
                f"The column mapping sends '{source}' to '{target}', which is not a column "
                f"Hartslag knows. Use one of: {', '.join(CANONICAL_COLUMNS)}.",
            )
        key = _match_key(source)
        if not key or key in keys:
            raise _bad_mapping(f"The column '{source}' is empty or mapped more than once.")
        keys[key] = source
        result[source.strip()] = canonical
    return result


def _pairs_from_spec(spec: str) -> list[tuple[str, str]]:
    pairs = []
    for part in spec.split(","):
        if not part.strip():
            continue
        source, equals, target = part.rpartition("=")
        if not equals or not source.strip():
            raise _bad_mapping(f"'{part.strip()}' is not of the form 'Header=column'.")
        pairs.append((source.strip(), target.strip()))
    return pairs


def _pairs_from_json_file(path: Path) -> list[tuple[str, str]]:
    try:
        content = json.loads(path.read_text(encoding="utf-8-sig"))
    except (ValueError, OSError) as exc:
        raise _bad_mapping(f"'{path}' cannot be read as a JSON file ({exc}).") from exc
    if not isinstance(content, dict) or not all(
        isinstance(target, str) for target in content.values()
    ):
        raise _bad_mapping(f"'{path}' does not hold one JSON object of texts.")
    return list(content.items())


def _bad_mapping(problem: str) -> BestandFout:
    return BestandFout(
        "ongeldige-kolomtoewijzing",
        f"{problem} Write the column mapping as 'Header=column,Other header=column', "
        'or as a JSON file holding {"Header": "column"}.',
    )
