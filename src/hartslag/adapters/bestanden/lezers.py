# SPDX-License-Identifier: EUPL-1.2
"""Streaming readers for signal files (CSV, JSON Lines, Excel) with spreadsheet row numbers.

`read_rows` yields one `Row` at a time and never holds the file in memory. A row that
cannot be understood is yielded with `Row.fout` set instead of raising, so an importer can
report every bad row and keep every good one; only problems with the file as a whole
(unknown format, unreadable encoding, duplicate columns) raise `BestandFout`.
"""

import codecs
import csv
import hashlib
import itertools
from collections.abc import Generator, Iterator, Mapping
from contextlib import closing
from pathlib import Path
from typing import IO, TYPE_CHECKING, Final, Literal

import orjson

from hartslag.adapters.bestanden.fouten import BestandFout
from hartslag.adapters.bestanden.grenzen import STANDAARD, Grenzen
from hartslag.adapters.bestanden.kolommen import ColumnResolver
from hartslag.adapters.bestanden.regels import TE_LANG, bounded_lines, raise_field_limit
from hartslag.adapters.bestanden.rijen import Row, RowBuilder
from hartslag.adapters.bestanden.werkboeken import read_xlsx, read_xlsx_header, xlsx_row_estimate

if TYPE_CHECKING:
    from _csv import Reader as CsvReader

ReadFormat = Literal["csv", "jsonl", "xlsx"]

_EXTENSIONS: Final[Mapping[str, ReadFormat]] = {
    ".csv": "csv",
    ".tsv": "csv",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".xlsx": "xlsx",
    ".xlsm": "xlsx",
}
_FORMAT_NAMES: Final[Mapping[str, ReadFormat]] = {
    "csv": "csv",
    "tsv": "csv",
    "jsonl": "jsonl",
    "ndjson": "jsonl",
    "xlsx": "xlsx",
}
_DELIMITERS: Final = (";", ",", "\t")
_CHUNK_SIZE: Final = 1024 * 1024


def detect_format(path: Path, format: str | None = None) -> ReadFormat:
    """The format named by `format` or, if None, by the file's extension."""
    if format is not None:
        named = _FORMAT_NAMES.get(format.strip().lower().lstrip("."))
        if named is None:
            raise BestandFout(
                "onbekend-bestandsformaat",
                f"'{format}' is not a format Hartslag reads. Use csv, jsonl or xlsx.",
            )
        return named
    suffix = path.suffix.lower()
    found = _EXTENSIONS.get(suffix)
    if found is None:
        hint = " Save it from Excel as .xlsx." if suffix == ".xls" else ""
        raise BestandFout(
            "onbekend-bestandsformaat",
            f"Cannot tell the format of '{path.name}' from its extension '{suffix}'.{hint} "
            "Use a .csv, .jsonl, .ndjson or .xlsx file, or name the format (csv, jsonl, xlsx).",
        )
    return found


def read_rows(
    path: Path,
    *,
    mapping: Mapping[str, str] | None = None,
    format: str | None = None,
    sheet: str | None = None,
    grenzen: Grenzen = STANDAARD,
) -> Iterator[Row]:
    """The data rows of a CSV, JSON Lines or Excel file, one at a time.

    The format, the mapping and the file's existence are checked at once; the file is
    opened when the first row is asked for. `sheet` names the Excel sheet (default: first).
    `grenzen` bounds the header's width and a cell's size (grenzen.py).
    """
    kind = detect_format(path, format)
    resolver = ColumnResolver(mapping)
    _require_file(path)
    if kind == "csv":
        return _read_csv(path, resolver, grenzen)
    if kind == "jsonl":
        return _read_jsonl(path, resolver, grenzen)
    return read_xlsx(path, resolver, sheet, grenzen)


def read_header(
    path: Path, *, format: str | None = None, sheet: str | None = None, grenzen: Grenzen = STANDAARD
) -> list[str]:
    """The header names as written in the file; for JSON Lines the first object's keys."""
    kind = detect_format(path, format)
    _require_file(path)
    if kind == "csv":
        with _open_text(path) as handle:
            return _csv_records(handle, grenzen)[0]
    if kind == "jsonl":
        with closing(_read_jsonl(path, ColumnResolver(), grenzen)) as rows:
            first = next(rows, None)
        return list(first.velden) if first is not None and first.fout is None else []
    return read_xlsx_header(path, sheet, grenzen)


def count_rows(path: Path, *, format: str | None = None, sheet: str | None = None) -> int | None:
    """A cheap estimate of the number of data rows, for a progress bar.

    For CSV and JSON Lines this counts lines; blank lines and newlines inside quoted CSV
    fields make it an upper bound. For Excel it is the sheet's recorded dimension, which
    may be wrong or missing (then None).
    """
    kind = detect_format(path, format)
    _require_file(path)
    if kind == "jsonl":
        return _count_lines(path)
    if kind == "csv":
        return max(_count_lines(path) - 1, 0)
    return xlsx_row_estimate(path, sheet)


def file_fingerprint(path: Path) -> str:
    """The sha256 of the file's bytes, in hex; read in chunks."""
    _require_file(path)
    with path.open("rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()


def detect_encoding(path: Path) -> str:
    """The text encoding of a CSV file: UTF-8 (with or without BOM), UTF-16 or Windows-1252.

    A byte order mark decides at once. Otherwise the file is decoded as strict UTF-8 from
    the start until the first chunk with non-ASCII bytes: if those decode, it is UTF-8,
    if not, Windows-1252 (what Excel on Dutch Windows writes as "CSV"). Text in
    Windows-1252 with accents almost never happens to be valid UTF-8, so the first
    accented character settles it; a file that is valid UTF-8 is always read as UTF-8,
    and a pure ASCII file reads the same either way. Only the bytes up to that point are
    read, in chunks, so memory stays flat however large the file is.
    """
    with path.open("rb") as handle:
        start = handle.read(4)
        if start.startswith(codecs.BOM_UTF8):
            return "utf-8-sig"
        if start.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            return "utf-16"
        handle.seek(0)
        decoder = codecs.getincrementaldecoder("utf-8")()
        seen_non_ascii = False
        try:
            while chunk := handle.read(_CHUNK_SIZE):
                decoder.decode(chunk)
                seen_non_ascii = seen_non_ascii or not chunk.isascii()
                # Decide only when no multi-byte sequence is left half-read at the chunk end.
                if seen_non_ascii and not decoder.getstate()[0]:
                    return "utf-8"
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            return "cp1252"
    return "utf-8"


def sniff_delimiter(header_line: str) -> str:
    """The most frequent of `;`, `,` and tab outside quotes in the header (`,` if none)."""
    counts = dict.fromkeys(_DELIMITERS, 0)
    quoted = False
    for char in header_line:
        if char == '"':
            quoted = not quoted
        elif not quoted and char in counts:
            counts[char] += 1
    best = max(_DELIMITERS, key=counts.__getitem__)
    return best if counts[best] else ","


def _require_file(path: Path) -> None:
    if not path.is_file():
        raise BestandFout(
            "bestand-niet-gevonden", f"The file '{path}' does not exist. Check the path."
        )


def _open_text(path: Path) -> IO[str]:
    return path.open(encoding=detect_encoding(path), newline="")


def _read_csv(path: Path, resolver: ColumnResolver, grenzen: Grenzen) -> Iterator[Row]:
    with _open_text(path) as handle:
        try:
            yield from _csv_rows(handle, resolver, grenzen)
        except UnicodeDecodeError as exc:
            raise BestandFout(
                "onleesbare-tekstcodering",
                f"'{path.name}' mixes text encodings ({exc.reason}). "
                "Save the file again as 'CSV UTF-8' and import that.",
            ) from exc


def _csv_rows(handle: IO[str], resolver: ColumnResolver, grenzen: Grenzen) -> Iterator[Row]:
    header, records = _csv_records(handle, grenzen)
    names = resolver.resolve_header(header)
    builder = RowBuilder(names)
    # The header is spreadsheet row 1; a blank line is a (skipped) row too.
    nummer = 1
    while True:
        nummer += 1  # counts records, as a spreadsheet shows them
        try:
            values = next(records)
        except StopIteration:
            return
        except csv.Error as exc:  # incl. a quoted field over many lines beyond the bound
            raise BestandFout(
                "ongeldige-csv",
                f"The file cannot be read as CSV near line {records.line_num} ({exc}). "
                'Check for a quote (") that is opened but never closed.',
            ) from exc
        cleaned = [value if value.strip() else None for value in values]
        if any(cleaned):
            yield _csv_row(builder, names, nummer, cleaned, grenzen)


def _csv_row(
    builder: RowBuilder, names: list[str], nummer: int, values: list[str | None], g: Grenzen
) -> Row:
    for index, value in enumerate(values):
        if value is None:
            continue
        if TE_LANG in value:  # a line too long, alone or inside a quoted field
            return Row(nummer, {}, fout=g.te_grote_cel(f"Rij {nummer} (een regel ervan)"))
        if len(value) > g.max_celtekens:
            kolom = names[index] if index < len(names) and names[index] else f"nr. {index + 1}"
            return Row(nummer, {}, fout=g.te_grote_cel(f"De cel in kolom {kolom} van rij {nummer}"))
    return builder.build(nummer, values)


def _csv_records(handle: IO[str], grenzen: Grenzen) -> tuple[list[str], "CsvReader"]:
    first = handle.readline(grenzen.max_koptekens + 1)
    if first.lower().startswith("sep=") and len(first.rstrip("\r\n")) == 5:
        # Excel's hint line 'sep=;' names the delimiter and is not shown as a row.
        delimiter = first[4]
        first = handle.readline(grenzen.max_koptekens + 1)
    else:
        delimiter = sniff_delimiter(first)
    if len(first) > grenzen.max_koptekens:
        raise BestandFout("te-veel-kolommen", grenzen.te_veel_kolommen())
    if not first.strip():
        raise BestandFout(
            "leeg-bestand",
            "The file has no header on its first line. Put the column names on line 1.",
        )
    raise_field_limit(grenzen.max_regeltekens)
    lines = bounded_lines(handle, grenzen.max_regeltekens)
    records = csv.reader(itertools.chain([first], lines), delimiter=delimiter)
    try:
        header = next(records)
    except csv.Error as exc:
        raise BestandFout(
            "ongeldige-csv",
            f"The header cannot be read as CSV ({exc}). "
            'Check for a quote (") that is opened but never closed.',
        ) from exc
    if len(header) > grenzen.max_kolommen:
        raise BestandFout("te-veel-kolommen", grenzen.te_veel_kolommen(len(header)))
    return header, records


def _read_jsonl(
    path: Path, resolver: ColumnResolver, grenzen: Grenzen = STANDAARD
) -> Generator[Row, None, None]:
    with path.open("rb") as handle:
        lines = bounded_lines(handle, grenzen.max_regeltekens)
        for nummer, line in enumerate(lines, start=1):
            if nummer == 1:
                line = line.removeprefix(codecs.BOM_UTF8)
            if line.rstrip(b"\r\n") == TE_LANG.encode():
                yield Row(nummer, {}, fout=grenzen.te_grote_cel(f"Regel {nummer}"))
            elif line.strip():
                yield _jsonl_row(nummer, line, resolver, grenzen)


def _jsonl_row(nummer: int, line: bytes, resolver: ColumnResolver, grenzen: Grenzen) -> Row:
    try:
        value = orjson.loads(line)
    except orjson.JSONDecodeError as exc:
        return Row(nummer, {}, fout=f"Line {nummer} is not valid JSON ({exc}). {_ONE_OBJECT}")
    if not isinstance(value, dict):
        kind = type(value).__name__
        return Row(nummer, {}, fout=f"Line {nummer} holds a JSON {kind}. {_ONE_OBJECT}")
    if len(value) > grenzen.max_kolommen:
        return Row(nummer, {}, fout=f"Regel {nummer}: " + grenzen.te_veel_kolommen(len(value)))
    velden: dict[str, object] = {}
    for key, item in value.items():
        name = resolver.resolve(key)
        if name in velden:
            fout = f"Line {nummer} has two keys for '{name}'. Keep one of them."
            return Row(nummer, {}, fout=fout)
        if isinstance(item, str) and len(item) > grenzen.max_celtekens:
            return Row(nummer, {}, fout=grenzen.te_grote_cel(f"'{name}' op regel {nummer}"))
        velden[name] = None if isinstance(item, str) and not item.strip() else item
    return Row(nummer, velden)


_ONE_OBJECT: Final = 'Write one JSON object per line, such as {"tekst": "..."}.'


def _count_lines(path: Path) -> int:
    lines = 0
    last = b"\n"
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK_SIZE):
            lines += chunk.count(b"\n")
            last = chunk[-1:]
    return lines if last == b"\n" else lines + 1
