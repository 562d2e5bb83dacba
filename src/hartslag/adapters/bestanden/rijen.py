# SPDX-License-Identifier: EUPL-1.2
"""One data row of an import file, as every reader yields it."""

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Row:
    """One data row of a file.

    `nummer` is what the person who made the file sees: the spreadsheet row for CSV (the
    header is row 1) and Excel, the line number for JSON Lines. `velden` maps canonical
    (or, if unknown, original) column names to values: text or None from CSV and Excel,
    any JSON value from JSON Lines; empty texts are None. `fout` says why the row cannot
    be used as it is; `extra` holds values found in columns without a header.
    """

    nummer: int
    velden: dict[str, object]
    fout: str | None = None
    extra: tuple[str, ...] = ()


class RowBuilder:
    """Builds rows from positional values under one resolved header ("" for a blank cell).

    Header columns missing from a row are None; values under no header go to `extra` and
    mark the row with `fout`, so they are reported instead of silently dropped.
    """

    def __init__(self, names: Sequence[str]) -> None:
        self._names = tuple(names)
        # The common case (full row, every column named) is one dict(zip()) per row.
        self._all_named = "" not in self._names

    def build(self, nummer: int, values: Sequence[str | None]) -> Row:
        """The row numbered `nummer` from its values in header order."""
        if self._all_named and len(values) == len(self._names):
            return Row(nummer, dict(zip(self._names, values, strict=True)))
        velden: dict[str, object] = dict.fromkeys((name for name in self._names if name), None)
        extra: list[str] = []
        for index, value in enumerate(values):
            name = self._names[index] if index < len(self._names) else ""
            if name:
                velden[name] = value
            elif value is not None:
                extra.append(value)
        if not extra:
            return Row(nummer, velden)
        fout = (
            f"Row {nummer} has {len(extra)} value(s) in columns without a header. Give those "
            "columns a header or remove the values; in CSV, put quotes around values that "
            "contain the delimiter."
        )
        return Row(nummer, velden, fout=fout, extra=tuple(extra))
