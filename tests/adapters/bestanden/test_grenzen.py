# SPDX-License-Identifier: EUPL-1.2
"""Limits on an import file, enforced while reading: a header too wide is refused with
its count (never its names), a cell or a line too large is one bad row, an Excel cell
too large refuses the workbook before openpyxl reads it."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest

from hartslag.adapters.bestanden import BestandFout, Grenzen, read_header, read_rows

KLEIN = Grenzen(max_kolommen=30, max_celtekens=1000)  # regels: at most 1,000,000 characters


def _csv(path: Path, regels: list[str]) -> Path:
    path.write_text("\n".join(regels) + "\n", encoding="utf-8")
    return path


def test_a_header_wider_than_the_limit_is_refused_with_its_count_only(tmp_path: Path) -> None:
    breed = _csv(tmp_path / "breed.csv", [";".join(f"kolom{i}" for i in range(31)), "x"])
    with pytest.raises(BestandFout) as fout:
        read_header(breed, grenzen=KLEIN)
    assert fout.value.code == "te-veel-kolommen"
    assert "telt 31 kolommen" in fout.value.detail and "hoogstens 30" in fout.value.detail
    assert "kolom17" not in fout.value.detail and len(fout.value.detail) < 300
    with pytest.raises(BestandFout, match="telt 31 kolommen"):
        list(read_rows(breed, grenzen=KLEIN))


def test_a_header_line_too_long_to_count_is_refused_without_reading_it_all(
    tmp_path: Path,
) -> None:
    lang = _csv(tmp_path / "lang.csv", ["k;" * 4000, "x"])  # 8,000 > 30 × 200 characters
    with pytest.raises(BestandFout) as fout:
        read_header(lang, grenzen=KLEIN)
    assert fout.value.code == "te-veel-kolommen" and "te lang" in fout.value.detail


def test_a_cell_larger_than_the_limit_is_one_bad_row_and_the_others_are_read(
    tmp_path: Path,
) -> None:
    bestand = _csv(
        tmp_path / "cel.csv",
        ["tekst;kanaal", "goed;email", f"{'x' * 1001};email", '"ook goed";telefoon'],
    )
    rijen = list(read_rows(bestand, grenzen=KLEIN))
    assert [r.nummer for r in rijen] == [2, 3, 4]
    assert rijen[0].fout is None and rijen[2].velden["tekst"] == "ook goed"
    assert rijen[1].fout and "tekst van rij 3 is groter dan 1000 tekens" in rijen[1].fout
    assert "xxxx" not in rijen[1].fout


def test_a_line_longer_than_the_bound_is_skipped_in_pieces_and_reported(
    tmp_path: Path,
) -> None:
    bestand = _csv(tmp_path / "regel.csv", ["tekst;kanaal", f"{'y' * 1_200_000};email", "b;email"])
    rijen = list(read_rows(bestand, grenzen=KLEIN))
    assert [r.nummer for r in rijen] == [2, 3]
    assert rijen[0].fout and "Rij 2" in rijen[0].fout and rijen[1].velden["tekst"] == "b"


def test_a_line_too_long_inside_a_quoted_field_makes_its_row_bad(tmp_path: Path) -> None:
    bestand = tmp_path / "binnen.csv"
    bestand.write_text(f'tekst;kanaal\n"a\n{"q" * 1_100_000}\nb";email\nc;email\n')
    rijen = list(read_rows(bestand, grenzen=KLEIN))
    assert rijen[0].fout and "Rij 2" in rijen[0].fout and not rijen[0].velden
    assert rijen[1].velden == {"tekst": "c", "kanaal": "email"}


def test_an_unclosed_quote_swallowing_lines_beyond_the_bound_is_a_file_error(
    tmp_path: Path,
) -> None:
    veld = "\n".join(["z" * 900] * 1200)  # 1.08 million characters, no line over the bound
    bestand = tmp_path / "veld.csv"
    bestand.write_text(f'tekst;kanaal\n"{veld}";email\nc;email\n', encoding="utf-8")
    with pytest.raises(BestandFout) as fout:
        list(read_rows(bestand, grenzen=KLEIN))
    assert fout.value.code == "ongeldige-csv" and "quote" in fout.value.detail


def test_json_lines_too_large_or_too_wide_are_bad_rows(tmp_path: Path) -> None:
    bestand = tmp_path / "s.jsonl"
    regels = [
        {"tekst": "goed"},
        {"tekst": "t" * 1001},
        {f"k{i}": "v" for i in range(31)},
        {"tekst": "ook goed"},
    ]
    bestand.write_text("\n".join(json.dumps(r) for r in regels) + "\n", encoding="utf-8")
    rijen = list(read_rows(bestand, grenzen=KLEIN))
    assert [r.fout is None for r in rijen] == [True, False, False, True]
    assert "groter dan 1000 tekens" in str(rijen[1].fout)
    assert "telt 31 kolommen" in str(rijen[2].fout)


def test_an_excel_cell_larger_than_the_limit_refuses_the_workbook(tmp_path: Path) -> None:
    boek = openpyxl.Workbook()
    blad = boek.active
    assert blad is not None
    blad.append(["tekst", "kanaal"])
    blad.append(["goed", "email"])
    blad.append(["w" * 1500, "email"])
    boek.save(tmp_path / "groot.xlsx")
    for lees in (read_header, lambda p, grenzen: list(read_rows(p, grenzen=grenzen))):
        with pytest.raises(BestandFout) as fout:
            lees(tmp_path / "groot.xlsx", grenzen=KLEIN)
        assert fout.value.code == "te-grote-cel" and "groter dan 1000" in fout.value.detail


def test_an_excel_sheet_wider_than_the_limit_is_refused(tmp_path: Path) -> None:
    boek = openpyxl.Workbook()
    blad = boek.active
    assert blad is not None
    blad.append([f"k{i}" for i in range(31)])
    boek.save(tmp_path / "breed.xlsx")
    with pytest.raises(BestandFout) as fout:
        read_header(tmp_path / "breed.xlsx", grenzen=KLEIN)
    assert fout.value.code == "te-veel-kolommen"
    klein_genoeg = Grenzen(max_kolommen=31, max_celtekens=1000)
    assert len(read_header(tmp_path / "breed.xlsx", grenzen=klein_genoeg)) == 31
