# SPDX-License-Identifier: EUPL-1.2
"""Streaming writers for signal exports: CSV, JSON Lines and Parquet.

Rows are consumed one at a time (Parquet: in batches of `BATCH_SIZE`), so an export of
any size runs in flat memory. Each column has a kind (`kolommen.COLUMN_KINDS`, or the
`kinds` argument) that fixes its encoding:

| kind      | CSV cell                   | JSON Lines         | Parquet                  |
|-----------|----------------------------|--------------------|--------------------------|
| string    | the text                   | the value          | string                   |
| timestamp | ISO 8601 in UTC, `Z`       | ISO 8601 UTC, `Z`  | timestamp[us, tz=UTC]    |
| boolean   | `true` / `false`           | true / false       | bool                     |
| list      | items joined by `|`        | a JSON list        | list<string>             |
| json      | a JSON text                | the JSON value     | string holding JSON      |

None is an empty CSV cell and null elsewhere. The CSV encodings are the ones the readers'
helpers `parse_list_field` and `parse_json_field` read back. Written to a path, the file
appears only when complete: rows go to a temporary file (readable by its owner only, as
exports may hold personal data) that replaces the target at the end.
"""

import csv
import io
import itertools
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator, Mapping
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any, BinaryIO, Final, Literal

import orjson

from hartslag.adapters.bestanden.fouten import BestandFout
from hartslag.adapters.bestanden.kolommen import (
    ColumnKind,
    format_list_field,
    kind_of,
    parse_json_field,
    parse_list_field,
)

WriteFormat = Literal["csv", "jsonl", "parquet"]
BATCH_SIZE: Final = 10_000
"""Rows per Parquet row group: enough for good compression, small enough to stay flat."""

_FORMATS: Final[Mapping[str, WriteFormat]] = {
    "csv": "csv",
    "jsonl": "jsonl",
    "ndjson": "jsonl",
    "parquet": "parquet",
}


def _arrow_type(kind: ColumnKind) -> Any:
    # pyarrow is imported where Parquet is written, not at the top: a web worker that
    # writes no Parquet does not carry it.
    import pyarrow as pa

    return {
        "string": pa.string,
        "timestamp": lambda: pa.timestamp("us", tz="UTC"),
        "boolean": pa.bool_,
        "list": lambda: pa.list_(pa.string()),
        "json": pa.string,
    }[kind]()


Rows = Iterable[Mapping[str, object]]
Kinds = Mapping[str, ColumnKind]


def write_rows(
    rows: Rows,
    path: Path | BinaryIO,
    *,
    format: str,
    columns: list[str],
    kinds: Mapping[str, ColumnKind] | None = None,
) -> int:
    """Write `rows` (only the keys in `columns`, in that order) and return how many.

    `kinds` overrides the kind of a column (see the module docs); unlisted columns take
    theirs from `kolommen.COLUMN_KINDS` and are strings otherwise. A binary stream is
    written to and left open.
    """
    writer = _WRITERS[_write_format(format)]
    _check_columns(columns)
    column_kinds = {column: (kinds or {}).get(column) or kind_of(column) for column in columns}
    if isinstance(path, Path):
        return _write_atomically(path, lambda stream: writer(rows, stream, column_kinds))
    return writer(rows, path, column_kinds)


def parquet_schema(columns: list[str], kinds: Mapping[str, ColumnKind] | None = None) -> Any:
    """The fixed Arrow schema an export with these columns is written with."""
    import pyarrow as pa

    fields = []
    for column in columns:
        kind = (kinds or {}).get(column) or kind_of(column)
        metadata = {b"hartslag.kind": kind.encode()}
        fields.append(pa.field(column, _arrow_type(kind), nullable=True, metadata=metadata))
    return pa.schema(fields)


def utc_timestamp(value: datetime) -> datetime:
    """`value` in UTC; a datetime without a time zone is refused rather than guessed."""
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(
            f"The datetime {value.isoformat()} has no time zone, so its moment is unknown; "
            "give it one (datetime.now(UTC), or .replace(tzinfo=...)) before exporting."
        )
    return value.astimezone(UTC)


def csv_cell(value: object, kind: ColumnKind = "string") -> str:
    """The CSV text of one value of a column of `kind`."""
    if value is None:
        return ""
    if kind == "list":
        return format_list_field(value)
    if kind == "json":
        return value if isinstance(value, str) else _json_text(value)
    return _text(value)


def _text(value: object) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime):
        return utc_timestamp(value).isoformat().replace("+00:00", "Z")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list | tuple | dict):
        return _json_text(value)
    return str(value)


def _json_text(value: object) -> str:
    return orjson.dumps(value, default=_json_default, option=orjson.OPT_UTC_Z).decode()


def _write_csv(rows: Rows, stream: BinaryIO, kinds: Kinds) -> int:
    text = io.TextIOWrapper(stream, encoding="utf-8", newline="")
    try:
        writer = csv.writer(text, lineterminator="\r\n")
        writer.writerow(list(kinds))
        count = 0
        for row in rows:
            writer.writerow([csv_cell(row.get(column), kind) for column, kind in kinds.items()])
            count += 1
        text.flush()
    finally:
        # Hand the stream back to its owner open; closing it is theirs to do.
        text.detach()
    return count


def _write_jsonl(rows: Rows, stream: BinaryIO, kinds: Kinds) -> int:
    options = orjson.OPT_UTC_Z | orjson.OPT_APPEND_NEWLINE
    count = 0
    for row in rows:
        record = {column: _json_value(row.get(column), kind) for column, kind in kinds.items()}
        stream.write(orjson.dumps(record, default=_json_default, option=options))
        count += 1
    return count


def _json_value(value: object, kind: ColumnKind) -> object:
    if value is None:
        return None
    if isinstance(value, datetime):
        return utc_timestamp(value)
    if kind == "list":
        return parse_list_field(value)
    if kind == "json":
        return parse_json_field(value)
    return value


def _json_default(value: object) -> object:
    if isinstance(value, Decimal):
        return str(value)
    raise TypeError(f"Cannot write {type(value).__name__} {value!r} as JSON.")


def _write_parquet(rows: Rows, stream: BinaryIO, kinds: Kinds) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    columns = list(kinds)
    schema = parquet_schema(columns, kinds)
    count = 0
    with pq.ParquetWriter(stream, schema) as writer:
        for batch in _batches(rows, BATCH_SIZE):
            arrays = [
                pa.array(
                    [_parquet_value(row.get(column), kinds[column]) for row in batch],
                    type=schema.field(column).type,
                )
                for column in columns
            ]
            writer.write_table(pa.Table.from_arrays(arrays, schema=schema))
            count += len(batch)
    return count


def _parquet_value(value: object, kind: ColumnKind) -> object:
    if value is None:
        return None
    if kind == "timestamp":
        moment = datetime.fromisoformat(value) if isinstance(value, str) else value
        if not isinstance(moment, datetime):
            raise ValueError(f"Expected a datetime or ISO 8601 text, got {value!r}.")
        return utc_timestamp(moment)
    if kind == "boolean":
        return _boolean(value)
    if kind == "list":
        return parse_list_field(value)
    return csv_cell(value, kind)


def _boolean(value: object) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in ("true", "false"):
        return text == "true"
    raise ValueError(f"Expected true or false, got {value!r}.")


def _batches(rows: Rows, size: int) -> Iterator[list[Mapping[str, object]]]:
    iterator = iter(rows)
    while batch := list(itertools.islice(iterator, size)):
        yield batch


_Writer = Callable[[Rows, BinaryIO, Kinds], int]
_WRITERS: Final[Mapping[WriteFormat, _Writer]] = {
    "csv": _write_csv,
    "jsonl": _write_jsonl,
    "parquet": _write_parquet,
}


def _write_format(format: str) -> WriteFormat:
    found = _FORMATS.get(format.strip().lower().lstrip("."))
    if found is None:
        raise BestandFout(
            "onbekend-bestandsformaat",
            f"'{format}' is not a format Hartslag exports. Use csv, jsonl or parquet.",
        )
    return found


def _check_columns(columns: list[str]) -> None:
    if not columns or len(set(columns)) != len(columns):
        raise ValueError(f"Columns must be a non-empty list without repeats, got {columns!r}.")


def _write_atomically(path: Path, write: Callable[[BinaryIO], int]) -> int:
    descriptor, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(descriptor, "wb") as stream:
            count = write(stream)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return count
