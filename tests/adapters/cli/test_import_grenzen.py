# SPDX-License-Identifier: EUPL-1.2
"""`hartslag import` on bad files: a control character is a per-row error and the import
finishes; a header too wide and a cell too large get a short Dutch message; an import
stopped by an error is closed as "afgebroken" (never left "bezig") and a rerun resumes."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from hartslag.adapters.cli.gedeeld import cli_actor
from hartslag.adapters.opslag import tabellen as t
from hartslag.domein.zoekfilter import Pagina, SignaalFilter
from hartslag.services import beheer, signaalbeheer
from hartslag.services.context import Context
from hartslag.services.importeren import import_rows
from hartslag.services.voorbereiding import ImportRij
from tests.adapters.cli.conftest import Cli

KOP = "externeReferentie;ontvangenOp;brontype;meldertype;kanaal;tekst"


def _regel(ref: str, tekst: str) -> str:
    return f"{ref};2026-01-05T10:00:00Z;klacht;burger;telefoon;{tekst}"


def _totaal(ctx: Context) -> int:
    actor = cli_actor(ctx, "UWV")
    return signaalbeheer.list_signalen(ctx, actor, SignaalFilter(), Pagina())[1]


def _statussen(ctx: Context) -> list[str]:
    with ctx.uow(schrijven=False) as uow:
        c = uow.connection  # type: ignore[attr-defined]
        return [r.status for r in c.execute(select(t.importrun.c.status))]


@pytest.mark.parametrize("teken", ["\x00", "\x1b", "\x7f"])
def test_a_control_character_in_a_cell_is_a_row_error_and_the_import_finishes(
    cli: Cli, ctx: Context, tmp_path: Path, teken: str
) -> None:
    bestand = tmp_path / "nul.csv"
    regels = [KOP, _regel("N-1", "goed"), _regel("N-2", f"kapot{teken}stuk"), _regel("N-3", "ok")]
    bestand.write_bytes(("\n".join(regels) + "\n").encode())
    for poging in range(2):  # a rerun stores nothing twice and fails no differently
        result = cli("import", str(bestand), "--organisation", "UWV")
        assert result.exit_code == 3, result.output
        assert "rijen met fouten" in result.output and "Traceback" not in result.output
        assert f"{2 if poging == 0 else 0} opgeslagen" in result.output
    assert _totaal(ctx) == 2 and _statussen(ctx) == ["voltooid", "voltooid"]
    rapport = list(csv.reader((tmp_path / "nul.csv.fouten.csv").open(), delimiter=";"))
    assert rapport[1][:2] == ["3", "tekst"] and f"U+{ord(teken):04X}" in rapport[1][2]
    assert "kapot" not in rapport[1][2]


def test_a_header_of_thousands_of_columns_gets_a_short_dutch_message(
    cli: Cli, ctx: Context, tmp_path: Path
) -> None:
    bestand = tmp_path / "breed.csv"
    bestand.write_text(";".join(f"k{i}" for i in range(5000)) + "\n1\n", encoding="utf-8")
    result = cli("import", str(bestand), "--organisation", "UWV")
    assert result.exit_code == 2
    assert "telt 5000 kolommen" in result.output and "hoogstens 1000" in result.output
    assert len(result.output) < 600 and "k4999" not in result.output
    assert _totaal(ctx) == 0 and _statussen(ctx) == []


def test_a_cell_over_the_limit_is_a_row_error_and_the_rest_is_imported(
    cli: Cli, ctx: Context, tmp_path: Path
) -> None:
    bestand = tmp_path / "cel.csv"
    regels = [KOP, _regel("C-1", "goed"), _regel("C-2", "x" * 100_001), _regel("C-3", "ok")]
    bestand.write_text("\n".join(regels) + "\n", encoding="utf-8")
    result = cli("import", str(bestand), "--organisation", "UWV")
    assert result.exit_code == 3 and "2 opgeslagen" in result.output
    rapport = (tmp_path / "cel.csv.fouten.csv").read_text(encoding="utf-8")
    assert "groter dan 100000 tekens" in rapport and "xxxx" not in rapport
    assert len(rapport) < 1000


def _rijen(aantal: int, fout_bij: int | None = None) -> Iterator[ImportRij]:
    for nummer in range(2, aantal + 2):
        if nummer == fout_bij:
            raise RuntimeError("de schijf met het bestand viel weg")
        velden = {
            "externeReferentie": f"R-{nummer}",
            "brontype": "klacht",
            "meldertype": "burger",
            "kanaal": "telefoon",
            "ontvangenOp": "2026-01-05T10:00:00Z",
            "tekst": f"Signaal nummer {nummer}",
        }
        yield ImportRij(nummer, velden)


def test_an_import_stopped_by_an_error_is_closed_and_a_rerun_resumes(
    ctx: Context, organisaties: dict[str, int]
) -> None:
    actor = cli_actor(ctx, "UWV")
    kwargs = {"bestandsnaam": "f.csv", "bestandshash": "h", "rapport": lambda f: None}
    with pytest.raises(RuntimeError):
        import_rows(ctx, actor, _rijen(40, fout_bij=27), batchgrootte=10, **kwargs)  # type: ignore[arg-type]
    assert _statussen(ctx) == ["afgebroken"] and _totaal(ctx) == 20
    historie = [g.actie for g in beheer.audit_trail(ctx, "UWV", None, 50)]
    assert "import.afgebroken" in historie
    uitkomst = import_rows(ctx, actor, _rijen(40), batchgrootte=10, **kwargs)  # type: ignore[arg-type]
    assert uitkomst.hervat_na_rij == 21 and uitkomst.opgeslagen == 40
    assert _statussen(ctx) == ["voltooid"] and _totaal(ctx) == 40
