# SPDX-License-Identifier: EUPL-1.2
"""Bulk import and export files for signals: streaming readers, column mapping, writers.

Readers (`read_rows`) turn CSV, JSON Lines and Excel files into `Row`s with the row
numbers a person sees in the file, canonical column names and per-row error markers;
writers (`write_rows`) stream rows out as CSV, JSON Lines or Parquet. No database here:
the import and export use cases sit on top of this package.
"""

from hartslag.adapters.bestanden.fouten import BestandFout, BestandFoutCode, HartslagFout
from hartslag.adapters.bestanden.grenzen import Grenzen
from hartslag.adapters.bestanden.kolommen import (
    CANONICAL_COLUMNS,
    COLUMN_KINDS,
    LIST_SEPARATOR,
    ColumnKind,
    ColumnResolver,
    canonical_name,
    format_list_field,
    kind_of,
    parse_json_field,
    parse_list_field,
    parse_mapping,
    resolve_header,
    unknown_columns,
)
from hartslag.adapters.bestanden.lezers import (
    ReadFormat,
    count_rows,
    detect_encoding,
    detect_format,
    file_fingerprint,
    read_header,
    read_rows,
    sniff_delimiter,
)
from hartslag.adapters.bestanden.rijen import Row
from hartslag.adapters.bestanden.schrijvers import (
    BATCH_SIZE,
    WriteFormat,
    parquet_schema,
    write_rows,
)
from hartslag.adapters.bestanden.werkboeken import cell_text

__all__ = [
    "BATCH_SIZE",
    "CANONICAL_COLUMNS",
    "COLUMN_KINDS",
    "LIST_SEPARATOR",
    "BestandFout",
    "BestandFoutCode",
    "ColumnKind",
    "ColumnResolver",
    "Grenzen",
    "HartslagFout",
    "ReadFormat",
    "Row",
    "WriteFormat",
    "canonical_name",
    "cell_text",
    "count_rows",
    "detect_encoding",
    "detect_format",
    "file_fingerprint",
    "format_list_field",
    "kind_of",
    "parquet_schema",
    "parse_json_field",
    "parse_list_field",
    "parse_mapping",
    "read_header",
    "read_rows",
    "resolve_header",
    "sniff_delimiter",
    "unknown_columns",
    "write_rows",
]
