# SPDX-License-Identifier: EUPL-1.2
from collections.abc import Mapping, Sequence
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from hartslag.adapters.bestanden import (
    BestandFout,
    Row,
    cell_text,
    count_rows,
    read_header,
    read_rows,
)


def write_workbook(path: Path, sheets: Mapping[str, Sequence[Sequence[object]]]) -> Path:
    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    for title, rows in sheets.items():
        sheet = workbook.create_sheet(title)
        for row in rows:
            sheet.append(row)
    workbook.save(path)
    return path


SIGNALEN: list[list[object]] = [
    ["Externe_referentie", "ontvangenOp", "Melder ID", "Bedrag", "Gevraagd", "Tekst"],
    ["A-1", datetime(2024, 3, 1, 9, 30), 42, 12.5, True, "Café € ë"],
    [None, None, None, None, None, None],
    ["A-3", date(2024, 3, 2), 7.0, 1234567.0, False, "   "],
]


def test_xlsx_rows_arrive_as_text_with_spreadsheet_row_numbers(tmp_path: Path) -> None:
    path = write_workbook(tmp_path / "signalen.xlsx", {"Signalen": SIGNALEN})

    rows = list(read_rows(path))

    assert rows == [
        Row(
            2,
            {
                "externeReferentie": "A-1",
                "ontvangenOp": "2024-03-01T09:30:00",
                "melderId": "42",
                "Bedrag": "12.5",
                "gevraagd": "true",
                "tekst": "Café € ë",
            },
        ),
        Row(
            4,
            {
                "externeReferentie": "A-3",
                "ontvangenOp": "2024-03-02",
                "melderId": "7",
                "Bedrag": "1234567",
                "gevraagd": "false",
                "tekst": None,
            },
        ),
    ]


def test_a_named_sheet_is_read_and_a_missing_one_is_reported(tmp_path: Path) -> None:
    path = write_workbook(
        tmp_path / "signalen.xlsx",
        {"Toelichting": [["Lees mij"]], "Data": [["Omschrijving"], ["Brief kwijt"]]},
    )

    rows = list(read_rows(path, sheet="Data", mapping={"Omschrijving": "tekst"}))
    with pytest.raises(BestandFout) as caught:
        list(read_rows(path, sheet="Blad1"))

    assert rows == [Row(2, {"tekst": "Brief kwijt"})]
    assert caught.value.code == "werkblad-niet-gevonden"
    assert "Toelichting, Data" in caught.value.detail


def test_the_header_may_start_lower_and_cells_beyond_it_are_flagged(tmp_path: Path) -> None:
    path = write_workbook(
        tmp_path / "s.xlsx",
        {"Blad": [[], [], ["titel", "tekst"], ["a", "b", "los"], ["c"]]},
    )

    flagged, short = read_rows(path)

    assert flagged.nummer == 4 and flagged.extra == ("los",) and flagged.fout is not None
    assert short == Row(5, {"titel": "c", "tekst": None})
    assert read_header(path) == ["titel", "tekst"]


def test_count_rows_uses_the_sheet_dimension(tmp_path: Path) -> None:
    path = write_workbook(tmp_path / "s.xlsx", {"Blad": SIGNALEN})

    assert count_rows(path) == 3


def test_an_empty_sheet_and_a_file_that_is_no_workbook_are_reported(tmp_path: Path) -> None:
    empty = write_workbook(tmp_path / "leeg.xlsx", {"Blad": []})
    fake = tmp_path / "nep.xlsx"
    fake.write_text("tekst;titel\n")

    with pytest.raises(BestandFout) as empty_error:
        list(read_rows(empty))
    with pytest.raises(BestandFout) as fake_error:
        list(read_rows(fake))

    assert empty_error.value.code == "leeg-bestand"
    assert fake_error.value.code == "onbekend-bestandsformaat"


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (None, None),
        ("", None),
        (" x ", " x "),
        (3, "3"),
        (3.0, "3"),
        (-0.25, "-0.25"),
        (0.1 + 0.2, "0.3"),
        (True, "true"),
        (datetime(2024, 1, 2), "2024-01-02"),
        (datetime(2024, 1, 2, 0, 0, 1), "2024-01-02T00:00:01"),
        (date(2024, 1, 2), "2024-01-02"),
        (time(9, 5), "09:05:00"),
        (Decimal("1.50"), "1.50"),
    ],
)
def test_cell_values_become_the_text_a_spreadsheet_shows(value: object, text: str | None) -> None:
    assert cell_text(value) == text
