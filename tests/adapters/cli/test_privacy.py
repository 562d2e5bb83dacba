# SPDX-License-Identifier: EUPL-1.2
"""The privacy commands (organisation settings, vault, retention, subject) and what the
import and export commands let out: never personal data."""

from __future__ import annotations

import base64
import csv
import json
import os
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from hartslag.adapters.cli.main import app
from hartslag.config import Settings
from tests.adapters.cli.conftest import Cli
from tests.services.persoonsgegevens import ONTHULLEND, TEKST

KOP = "externeReferentie;brontype;meldertype;kanaal;tekst;melderId;contactEmail\n"
GOED = f"E-1;klacht;burger;telefoon;{TEKST};123456782;jantine@example.nl\n"
FOUT = (
    "E-2;123456782;burger;jan.jansen@example.nl;Meneer Jansen, 0687654321;;geen@@adres\n"
    "E-3;klacht;burger;telefoon;;NL91ABNA0417164300;j.devries@example.nl;extra 111222333\n"
)
PERSOONLIJK = [
    *ONTHULLEND,
    "jan.jansen@example.nl",
    "0687654321",
    "Jansen",
    "geen@@adres",
    "111222333",
]


def _no_personal_data(tekst: str) -> None:
    for stuk in PERSOONLIJK:
        assert stuk not in tekst, stuk


@pytest.fixture
def bestand(tmp_path: Path) -> Path:
    pad = tmp_path / "signalen.csv"
    pad.write_text(KOP + GOED, encoding="utf-8")
    return pad


def test_settings_are_shown_changed_and_checked(cli: Cli) -> None:
    getoond = cli("organisation", "settings", "UWV")
    assert (
        getoond.exit_code == 0
        and "niet bewaren" in getoond.output
        and "365 dagen" in getoond.output
    )
    gewijzigd = cli(
        "organisation", "settings", "UWV", "--keep-originals", "--retention-contact-days", "90"
    )
    assert gewijzigd.exit_code == 0, gewijzigd.output
    assert "bewaren (versleuteld)" in gewijzigd.output and "90 dagen" in gewijzigd.output
    fout = cli("organisation", "settings", "UWV", "--retention-signal-days", "0")
    assert fout.exit_code == 2 and "--retention-signal-days" in fout.output
    assert "organisatie.privacy-gewijzigd" in cli("audit", "--organisation", "UWV").output


def test_import_error_report_and_output_hold_no_personal_data(cli: Cli, tmp_path: Path) -> None:
    bestand = tmp_path / "met-fouten.csv"
    bestand.write_text(KOP + GOED + FOUT, encoding="utf-8")
    result = cli("import", str(bestand), "--organisation", "UWV")
    assert result.exit_code == 3, result.output  # 3: some rows were refused
    assert "1 opgeslagen" in result.output and "2 rijen met fouten" in result.output
    rapport = bestand.with_name(bestand.name + ".fouten.csv").read_text(encoding="utf-8")
    assert len(list(csv.reader(rapport.splitlines(), delimiter=";"))) >= 4
    _no_personal_data(rapport)
    _no_personal_data(result.output)


@pytest.mark.parametrize("formaat", ["csv", "jsonl", "parquet"])
def test_every_export_format_holds_pseudonymised_text_only(
    cli: Cli, bestand: Path, tmp_path: Path, formaat: str
) -> None:
    assert cli("import", str(bestand), "--organisation", "UWV").exit_code == 0
    uit = tmp_path / f"uit.{formaat}"
    assert (
        cli("export", "--organisation", "UWV", "--format", formaat, "-o", str(uit)).exit_code == 0
    )
    if formaat == "parquet":
        rijen = pq.read_table(uit).to_pylist()
        inhoud = json.dumps(rijen, default=str, ensure_ascii=False)
    else:
        inhoud = uit.read_text(encoding="utf-8")
    assert "[BSN-1]" in inhoud and "[PERSOON-1]" in inhoud
    _no_personal_data(inhoud)
    _no_personal_data(uit.read_bytes().decode("latin-1"))  # raw bytes, compressed or not


def test_subject_find_export_and_erase(cli: Cli, bestand: Path, tmp_path: Path) -> None:
    assert cli("import", str(bestand), "--organisation", "UWV").exit_code == 0
    gevonden = cli("subject", "find", "--organisation", "UWV", "--bsn", "1234.56.782")
    assert gevonden.exit_code == 0 and "via melder, tekst" in gevonden.output
    uit = tmp_path / "inzage.json"
    export = cli(
        "subject",
        "export",
        "--organisation",
        "UWV",
        "--email",
        "Jantine@example.nl",
        "-o",
        str(uit),
    )
    assert export.exit_code == 0, export.output
    document = json.loads(uit.read_text(encoding="utf-8"))
    (signaal,) = document["signalen"]
    assert signaal["contactgegevens"]["email"] == "jantine@example.nl"
    assert [g["actie"] for g in signaal["gebeurtenissen"]][:2] == [
        "import.gestart",
        "import.batch-opgeslagen",
    ]
    gewist = cli("subject", "erase", "--organisation", "UWV", "--bsn", "123456782", "--yes")
    assert gewist.exit_code == 0 and "1 contactgegevens" in gewist.output
    assert (
        "0 signalen" in cli("subject", "find", "--organisation", "UWV", "--bsn", "123456782").output
    )
    geen = cli("subject", "find", "--organisation", "UWV", "--bsn", "123456789")
    assert geen.exit_code == 2 and "11-proef" in geen.output and "123456789" not in geen.output


def test_retention_run_reports_counts_and_dry_run_deletes_nothing(cli: Cli) -> None:
    proef = cli("retention", "run", "--dry-run")
    assert proef.exit_code == 0 and "zou verwijderen" in proef.output
    assert "niets verwijderd" in proef.output and "UWV" in proef.output
    echt = cli("retention", "run", "--organisation", "GEM-UTR")
    assert echt.exit_code == 0 and "GEM-UTR" in echt.output and "UWV" not in echt.output


def test_vault_rotation_through_the_command_line(
    cli: Cli, bestand: Path, settings: Settings
) -> None:
    assert cli("import", str(bestand), "--organisation", "UWV").exit_code == 0
    sleutel = cli("vault", "keygen").output.strip()
    assert len(base64.b64decode(sleutel)) == 32
    env = {
        "HARTSLAG_DATABASE_URL": settings.database_url,
        "HARTSLAG_SECRET_KEY": settings.secret_key.get_secret_value(),
        "HARTSLAG_VAULT_KEY": f"2:{sleutel}",
    }
    runner = CliRunner()
    rotatie = runner.invoke(app, ["vault", "rotate"], env=env, catch_exceptions=False)
    assert (
        rotatie.exit_code == 0
        and "contactgegevens  1 opnieuw versleuteld naar v2" in rotatie.output
    )
    status = runner.invoke(app, ["vault", "status"], env=env, catch_exceptions=False)
    assert "nieuwste sleutelversie: 2" in status.output and "v2: 1" in status.output
    env["HARTSLAG_VAULT_KEY"] = f"2:{base64.b64encode(os.urandom(16)).decode()}"
    fout = runner.invoke(app, ["vault", "status"], env=env, catch_exceptions=False)
    assert fout.exit_code == 2 and "version 2 must be 32 bytes" in fout.output
