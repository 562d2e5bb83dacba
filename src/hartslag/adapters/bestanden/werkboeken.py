# SPDX-License-Identifier: EUPL-1.2
"""Reading Excel workbooks (.xlsx) row by row with openpyxl's read-only mode."""

import warnings
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from hartslag.adapters.bestanden.fouten import BestandFout
from hartslag.adapters.bestanden.grenzen import STANDAARD, Grenzen
from hartslag.adapters.bestanden.kolommen import ColumnResolver
from hartslag.adapters.bestanden.omvang import check_workbook
from hartslag.adapters.bestanden.rijen import Row, RowBuilder


def cell_text(value: object) -> str | None:
    """An Excel cell as text: integers without '.0', dates as ISO 8601, blanks as None.

    A date-time at exactly midnight without a time zone is taken to be a date, as Excel
    stores a date as a date-time at 00:00.
    """
    if value is None:
        return None
    if isinstance(value, str):
        return value if value.strip() else None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime):
        if value.tzinfo is None and value.time() == time(0):
            return value.date().isoformat()
        return value.isoformat()
    if isinstance(value, date | time):
        return value.isoformat()
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else format(value, ".15g")
    return str(value)


@contextmanager
def open_workbook(path: Path) -> Iterator[Any]:
    """An openpyxl workbook in read-only mode, closed on leaving the `with` block."""
    import openpyxl  # here, not at the top: a web worker that reads no workbook skips it

    with path.open("rb") as handle:
        with warnings.catch_warnings():
            # openpyxl warns about styles and extensions it ignores; they do not matter here.
            warnings.simplefilter("ignore", UserWarning)
            try:
                book = openpyxl.load_workbook(handle, read_only=True, data_only=True)
            except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
                raise BestandFout(
                    "onbekend-bestandsformaat",
                    f"'{path.name}' cannot be opened as an Excel workbook ({exc}). "
                    "Save it from Excel as .xlsx, or export it as CSV.",
                ) from exc
        try:
            yield book
        finally:
            book.close()


def select_sheet(workbook: Any, sheet: str | None, path: Path) -> Any:
    """The sheet named `sheet`, or the first sheet if None."""
    if sheet is None:
        return workbook.worksheets[0]
    if sheet not in workbook.sheetnames:
        raise BestandFout(
            "werkblad-niet-gevonden",
            f"'{path.name}' has no sheet named '{sheet}'. Its sheets are: "
            f"{', '.join(workbook.sheetnames)}.",
        )
    return workbook[sheet]


def read_xlsx(
    path: Path, resolver: ColumnResolver, sheet: str | None, grenzen: Grenzen = STANDAARD
) -> Iterator[Row]:
    """The data rows of a sheet; the first non-empty row is the header; empty rows skipped."""
    check_workbook(path, grenzen)
    with open_workbook(path) as workbook:
        worksheet = select_sheet(workbook, sheet, path)
        # The recorded dimension can be wrong; without it openpyxl reads every row there is.
        worksheet.reset_dimensions()
        builder: RowBuilder | None = None
        # Starting at row 1 makes the position in the iteration the sheet's row number.
        for nummer, cells in enumerate(worksheet.iter_rows(min_row=1, values_only=True), 1):
            values = [cell_text(cell) for cell in cells]
            if all(value is None for value in values):
                continue
            if builder is None:
                builder = RowBuilder(resolver.resolve_header([value or "" for value in values]))
            else:
                yield builder.build(nummer, values)
        if builder is None:
            raise BestandFout(
                "leeg-bestand",
                f"The sheet '{worksheet.title}' is empty. Put the column names in its first row.",
            )


def read_xlsx_header(path: Path, sheet: str | None, grenzen: Grenzen = STANDAARD) -> list[str]:
    """The cells of the first non-empty row of the sheet, as text ("" for a blank cell)."""
    check_workbook(path, grenzen)
    with open_workbook(path) as workbook:
        worksheet = select_sheet(workbook, sheet, path)
        worksheet.reset_dimensions()
        for cells in worksheet.iter_rows(values_only=True):
            values = [cell_text(cell) or "" for cell in cells]
            while values and not values[-1]:
                values.pop()
            if values:
                return values
    return []


def xlsx_row_estimate(path: Path, sheet: str | None) -> int | None:
    """The data rows the sheet's recorded dimension promises, or None if it records none."""
    with open_workbook(path) as workbook:
        max_row = select_sheet(workbook, sheet, path).max_row
    return None if max_row is None else max(int(max_row) - 1, 0)
