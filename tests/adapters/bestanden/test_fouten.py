# SPDX-License-Identifier: EUPL-1.2
from pathlib import Path
from typing import get_args

import pytest

from hartslag.adapters.bestanden import BestandFout, BestandFoutCode, read_rows
from hartslag.domein.fouten import HartslagFout


def test_bestandfout_is_a_hartslagfout_with_its_code_and_detail() -> None:
    fout = BestandFout("leeg-bestand", "The file is empty. Put the column names on line 1.")

    assert isinstance(fout, HartslagFout)
    assert fout.code == "leeg-bestand"
    assert fout.detail == str(fout)
    assert fout.status == 400
    assert "leeg-bestand" in repr(fout)


def test_every_code_is_kebab_case() -> None:
    for code in get_args(BestandFoutCode):
        assert code == code.lower()
        assert all(part.isalpha() for part in code.split("-"))


def test_unknown_extension_raises_at_once_and_says_how_to_fix_it(tmp_path: Path) -> None:
    path = tmp_path / "signalen.txt"
    path.write_text("tekst\nhallo\n")

    with pytest.raises(BestandFout) as caught:
        read_rows(path)

    assert caught.value.code == "onbekend-bestandsformaat"
    assert ".csv" in caught.value.detail and "signalen.txt" in caught.value.detail


def test_old_excel_file_is_told_to_be_saved_as_xlsx(tmp_path: Path) -> None:
    path = tmp_path / "oud.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0")

    with pytest.raises(BestandFout, match=r"\.xlsx"):
        read_rows(path)
