# SPDX-License-Identifier: EUPL-1.2
"""``hartslag export``: filtered, streamed, and never with reporter identity."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from tests.adapters.cli.conftest import Cli

RIJEN = (
    "externeReferentie;ontvangenOp;brontype;meldertype;kanaal;tekst;themas;melderId;contactEmail\n"
    "E-1;2026-01-05T10:00:00Z;klacht;burger;telefoon;Toeslag terug;toeslagen;123456782;a@example.nl\n"
    "E-2;2026-02-05T10:00:00Z;vraag;burger;email;Vraag over WW;ww;;\n"
)


@pytest.fixture
def geladen(cli: Cli, tmp_path: Path) -> None:
    bestand = tmp_path / "in.csv"
    bestand.write_text(RIJEN, encoding="utf-8")
    assert cli("import", str(bestand), "--organisation", "UWV").exit_code == 0


@pytest.mark.usefixtures("geladen")
@pytest.mark.parametrize("formaat", ["csv", "jsonl", "parquet"])
def test_export_holds_the_signals_but_no_reporter_identity(
    cli: Cli, tmp_path: Path, formaat: str
) -> None:
    uit = tmp_path / f"uit.{formaat}"
    result = cli("export", "--organisation", "UWV", "--format", formaat, "-o", str(uit))
    assert result.exit_code == 0, result.output
    if formaat == "parquet":
        tabel = pq.read_table(uit)
        rijen = tabel.to_pylist()
        assert str(tabel.schema.field("ontvangenOp").type).startswith("timestamp")
    elif formaat == "jsonl":
        rijen = [json.loads(regel) for regel in uit.read_text().splitlines()]
    else:
        rijen = list(csv.DictReader(uit.open(encoding="utf-8")))
    assert sorted(r["externeReferentie"] for r in rijen) == ["E-1", "E-2"]
    inhoud = uit.read_bytes()
    assert b"123456782" not in inhoud and b"a@example.nl" not in inhoud
    assert "melderId" not in rijen[0] and "contactEmail" not in rijen[0]


@pytest.mark.usefixtures("geladen")
def test_export_applies_filters_and_round_trips_through_import(cli: Cli, tmp_path: Path) -> None:
    uit = tmp_path / "ww.csv"
    cli("export", "--organisation", "UWV", "--thema", "ww", "-o", str(uit))
    rijen = list(csv.DictReader(uit.open(encoding="utf-8")))
    assert [r["externeReferentie"] for r in rijen] == ["E-2"]
    periode = tmp_path / "jan.jsonl"
    cli(
        "export",
        "--organisation",
        "UWV",
        "--format",
        "jsonl",
        "--vanaf",
        "2026-01-01",
        "--tot",
        "2026-02-01",
        "-o",
        str(periode),
    )
    assert len(periode.read_text().splitlines()) == 1
    # An export is a valid import file: read back, its signal is recognised as present,
    # and another organisation cannot take it in by mistake (the organisatie column).
    terug = cli("import", str(uit), "--organisation", "UWV")
    assert terug.exit_code == 0 and "0 opgeslagen, 1 al aanwezig" in terug.output, terug.output
    elders = cli("import", str(uit), "--organisation", "GEM-UTR")
    assert elders.exit_code == 3 and "0 opgeslagen" in elders.output


@pytest.mark.usefixtures("geladen")
def test_export_and_import_are_in_the_audit_trail(cli: Cli, tmp_path: Path) -> None:
    cli("export", "--organisation", "UWV", "-o", str(tmp_path / "x.csv"))
    regels = [
        json.loads(r) for r in cli("audit", "--organisation", "UWV", "--json").output.splitlines()
    ]
    acties = [r["actie"] for r in regels]
    assert {
        "import.gestart",
        "import.batch-opgeslagen",
        "import.voltooid",
        "export.gemaakt",
    } <= set(acties)
    export = next(r for r in regels if r["actie"] == "export.gemaakt")
    assert export["na"]["aantal"] == 2 and export["actor"].startswith("cli:")


def test_bad_filter_value_is_a_clear_error(cli: Cli) -> None:
    result = cli("export", "--organisation", "UWV", "--kanaal", "duif")
    assert result.exit_code == 2 and "telefoon" in result.output
