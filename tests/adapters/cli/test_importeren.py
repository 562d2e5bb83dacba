# SPDX-License-Identifier: EUPL-1.2
"""``hartslag import``: every good row stored, every bad row reported, nothing twice."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest

from hartslag.adapters.cli.gedeeld import cli_actor
from hartslag.adapters.cli.importeren import default_workers
from hartslag.domein.actor import Actor
from hartslag.domein.zoekfilter import Pagina, SignaalFilter
from hartslag.services import signaalbeheer, statuscodes
from hartslag.services.context import Context
from hartslag.services.importeren import import_rows
from hartslag.services.voorbereiding import ImportRij, Ontvangen
from tests.adapters.cli.conftest import Cli

KOP = [
    "externe_referentie",
    "ontvangenOp",
    "brontype",
    "meldertype",
    "kanaal",
    "tekst",
    "themas",
    "melderId",
    "contactEmail",
]
GOED = [
    [
        "A-1",
        "2026-01-05T10:00:00Z",
        "klacht",
        "burger",
        "telefoon",
        "Toeslag teruggevorderd, café",
        "toeslagen|inkomen",
        "123456782",
        "a@example.nl",
    ],
    [
        "A-2",
        "06-01-2026 11:00",
        "vraag",
        "ondernemer",
        "email",
        "Factuur € 120 onduidelijk",
        "",
        "",
        "",
    ],
]
FOUT = ["A-3", "morgen", "roddel", "burger", "telefoon", "", "", "", "geen-adres"]


def _actor(ctx: Context) -> Actor:
    return cli_actor(ctx, "UWV")


def _totaal(ctx: Context, **filter: object) -> int:
    return signaalbeheer.list_signalen(ctx, _actor(ctx), SignaalFilter(**filter), Pagina())[1]  # type: ignore[arg-type]


def _csv(path: Path, rows: list[list[str]], delimiter: str = ";", encoding: str = "utf-8") -> Path:
    with path.open("w", newline="", encoding=encoding) as f:
        csv.writer(f, delimiter=delimiter).writerows([KOP, *rows])
    return path


@pytest.mark.parametrize(("delimiter", "encoding"), [(";", "cp1252"), (",", "utf-8-sig")])
def test_good_rows_are_stored_and_bad_rows_reported_by_row_and_column(
    cli: Cli, ctx: Context, tmp_path: Path, delimiter: str, encoding: str
) -> None:
    bestand = _csv(tmp_path / "export.csv", [GOED[0], FOUT, GOED[1]], delimiter, encoding)
    result = cli("import", str(bestand), "--organisation", "UWV")
    assert result.exit_code == 3, result.output
    assert "2 opgeslagen" in result.output and "1 rijen met fouten" in result.output
    assert _totaal(ctx) == 2 and _totaal(ctx, thema="toeslagen") == 1
    assert _totaal(ctx, zoek="café") == 1
    rapport = list(csv.reader((tmp_path / "export.csv.fouten.csv").open(), delimiter=";"))
    assert rapport[0] == ["rij", "kolom", "reden"]
    assert {(r[0], r[1]) for r in rapport[1:]} == {
        ("3", "ontvangenOp"),
        ("3", "brontype"),
        ("3", "tekst"),
        ("3", "contact.email"),
    }
    assert "geen-adres" not in (tmp_path / "export.csv.fouten.csv").read_text()


def test_rerunning_a_file_with_bad_rows_reports_each_once(
    cli: Cli, ctx: Context, tmp_path: Path
) -> None:
    bestand = _csv(tmp_path / "export.csv", [GOED[0], FOUT], ";", "utf-8")
    eerste = cli("import", str(bestand), "--organisation", "UWV")
    tweede = cli("import", str(bestand), "--organisation", "UWV")
    assert eerste.exit_code == tweede.exit_code == 3
    rapport = (tmp_path / "export.csv.fouten.csv").read_text().splitlines()
    assert rapport[0] == "rij;kolom;reden" and len(rapport) == 1 + 4  # the four faults of FOUT
    assert _totaal(ctx) == 1


def test_rerunning_the_same_file_stores_nothing_twice(
    cli: Cli, ctx: Context, tmp_path: Path
) -> None:
    bestand = _csv(tmp_path / "a.csv", GOED)
    assert cli("import", str(bestand), "--organisation", "UWV").exit_code == 0
    tweede = cli("import", str(bestand), "--organisation", "UWV")
    assert "0 opgeslagen, 2 al aanwezig" in tweede.output
    # The same rows in another file (another fingerprint) are recognised too.
    kopie = _csv(tmp_path / "b.csv", [GOED[1], GOED[0]], ",")
    assert (
        "0 opgeslagen, 2 al aanwezig" in cli("import", str(kopie), "--organisation", "UWV").output
    )
    assert _totaal(ctx) == 2


def test_rows_without_external_reference_are_deduplicated_by_content(
    cli: Cli, ctx: Context, tmp_path: Path
) -> None:
    zonder = [["", *GOED[0][1:]], ["", *GOED[1][1:]]]
    bestand = _csv(tmp_path / "a.csv", zonder)
    cli("import", str(bestand), "--organisation", "UWV")
    cli("import", str(_csv(tmp_path / "b.csv", zonder[::-1])), "--organisation", "UWV")
    assert _totaal(ctx) == 2


def test_json_lines_and_excel_are_imported(cli: Cli, ctx: Context, tmp_path: Path) -> None:
    jsonl = tmp_path / "s.jsonl"
    jsonl.write_text(
        json.dumps(
            {
                "externeReferentie": "J-1",
                "brontype": "melding",
                "meldertype": "burger",
                "kanaal": "chat",
                "tekst": "Chat: DigiD lukt niet",
                "themas": ["digid"],
                "impact": [{"domein": "dienstverlening"}],
            }
        )
        + "\n{kapot\n",
        encoding="utf-8",
    )
    assert cli("import", str(jsonl), "--organisation", "UWV").exit_code == 3
    boek = openpyxl.Workbook()
    blad = boek.active
    assert blad is not None
    blad.append(KOP)
    blad.append(GOED[0])
    boek.save(tmp_path / "s.xlsx")
    assert cli("import", str(tmp_path / "s.xlsx"), "--organisation", "UWV").exit_code == 0
    assert _totaal(ctx) == 2 and _totaal(ctx, kanaal="chat") == 1


def test_column_mapping_reads_another_systems_export(
    cli: Cli, ctx: Context, tmp_path: Path
) -> None:
    bestand = tmp_path / "crm.csv"
    bestand.write_text(
        "Zaaknummer;Omschrijving;Bron;Type melder;Via\n"
        "Z-9;Bezwaar niet ontvangen;bezwaar;burger;brief\n",
        encoding="utf-8",
    )
    result = cli(
        "import",
        str(bestand),
        "--organisation",
        "UWV",
        "--mapping",
        "Zaaknummer=externeReferentie,Omschrijving=tekst,Bron=brontype,"
        "Type melder=meldertype,Via=kanaal",
    )
    assert result.exit_code == 0, result.output
    assert _totaal(ctx, brontype="bezwaar") == 1


def test_row_of_another_organisation_is_refused(cli: Cli, ctx: Context, tmp_path: Path) -> None:
    bestand = tmp_path / "org.csv"
    bestand.write_text(
        "organisatie;tekst;brontype;meldertype;kanaal\n"
        "GEM-UTR;x;klacht;burger;balie\nUWV;y;klacht;burger;balie\n"
    )
    cli("import", str(bestand), "--organisation", "UWV")
    assert _totaal(ctx) == 1


def test_unknown_file_and_organisation_are_clear_errors(cli: Cli, tmp_path: Path) -> None:
    onbekend = tmp_path / "a.pdf"
    onbekend.write_text("x")
    result = cli("import", str(onbekend), "--organisation", "UWV")
    assert result.exit_code == 2 and ".csv" in result.output
    result = cli("import", str(_csv(tmp_path / "a.csv", GOED)), "--organisation", "NIEMAND")
    assert result.exit_code == 1 and "organisation create NIEMAND" in result.output


def _rows(n: int, stop_after: int | None = None) -> Iterator[ImportRij]:
    for i in range(1, n + 1):
        if stop_after is not None and i > stop_after:
            raise KeyboardInterrupt
        yield ImportRij(
            i + 1,
            {
                "externeReferentie": f"R-{i}",
                "tekst": f"signaal {i}",
                "brontype": "melding",
                "meldertype": "burger",
                "kanaal": "chat",
            },
        )


def test_interrupted_import_keeps_committed_rows_and_resumes(
    ctx: Context, organisaties: dict[str, int]
) -> None:
    actor = _actor(ctx)
    kwargs = {
        "bestandsnaam": "groot.csv",
        "bestandshash": "abc",
        "rapport": lambda f: None,
        "batchgrootte": 10,
    }
    with pytest.raises(KeyboardInterrupt):
        import_rows(ctx, actor, _rows(55, stop_after=37), **kwargs)  # type: ignore[arg-type]
    assert _totaal(ctx) == 30  # three whole batches were committed, the fourth rolled back
    uitkomst = import_rows(ctx, actor, _rows(55), **kwargs)  # type: ignore[arg-type]
    assert uitkomst.hervat_na_rij == 31  # row numbers count the header as row 1
    assert uitkomst.opgeslagen == 55 and _totaal(ctx) == 55


def test_no_batch_is_stored_after_one_that_failed(
    ctx: Context, organisaties: dict[str, int]
) -> None:
    """Batches wait in line for the writer; when one fails (here its error report cannot be
    written), none after it is stored, so the checkpoint never passes its rows."""
    actor = _actor(ctx)

    def rijen() -> Iterator[ImportRij]:
        for rij in _rows(60):
            slecht = rij.nummer == 15  # in the second batch of ten
            yield rij._replace(velden={**rij.velden, "brontype": "roddel"}) if slecht else rij

    def schijf_vol(fouten: object) -> None:
        if fouten:
            raise OSError("schijf vol")

    kwargs = {"bestandsnaam": "f.csv", "bestandshash": "f", "batchgrootte": 10}
    with pytest.raises(OSError, match="schijf vol"):
        import_rows(ctx, actor, rijen(), rapport=schijf_vol, **kwargs)  # type: ignore[arg-type]
    assert _totaal(ctx) == 10
    uitkomst = import_rows(ctx, actor, rijen(), rapport=lambda f: None, **kwargs)  # type: ignore[arg-type]
    assert uitkomst.hervat_na_rij == 11
    assert (uitkomst.opgeslagen, uitkomst.fouten, _totaal(ctx)) == (59, 1, 59)


def test_worker_processes_store_the_same_as_one_process(
    ctx: Context, organisaties: dict[str, int]
) -> None:
    actor = _actor(ctx)
    kwargs = {"rapport": lambda f: None, "batchgrootte": 700}
    een = import_rows(ctx, actor, _rows(2500), bestandsnaam="a", bestandshash="a", **kwargs)  # type: ignore[arg-type]
    assert een.opgeslagen == 2500
    twee = import_rows(
        ctx, actor, _rows(2600), bestandsnaam="b", bestandshash="b", werkers=2, **kwargs
    )  # type: ignore[arg-type]
    assert (twee.opgeslagen, twee.dubbel) == (100, 2500)
    assert _totaal(ctx) == 2600


def test_batch_size_comes_from_the_setting_unless_given(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HARTSLAG_IMPORT_BATCH_SIZE", "1")
    assert (
        cli("import", str(_csv(tmp_path / "a.csv", GOED)), "--organisation", "UWV").exit_code == 0
    )
    rijen = [GOED[0][:], GOED[1][:]]
    for rij in rijen:
        rij[0] += "-b"
    bestand = _csv(tmp_path / "b.csv", rijen)
    assert cli("import", str(bestand), "--organisation", "UWV", "--batch-size", "10").exit_code == 0
    regels = [
        json.loads(r) for r in cli("audit", "--organisation", "UWV", "--json").output.splitlines()
    ]
    batches = [r["reden"] for r in regels if r["actie"] == "import.batch-opgeslagen"]
    assert sorted(batches) == ["rijen 2-2", "rijen 2-3", "rijen 3-3"]


def test_workers_option_prepares_rows_in_worker_processes(
    cli: Cli, ctx: Context, tmp_path: Path
) -> None:
    bestand = _csv(tmp_path / "w.csv", [GOED[0], FOUT, GOED[1]])
    result = cli("import", str(bestand), "--organisation", "UWV", "--workers", "2")
    assert result.exit_code == 3, result.output
    assert "2 opgeslagen" in result.output and "1 rijen met fouten" in result.output
    assert _totaal(ctx) == 2


def test_large_files_get_a_worker_process_per_core() -> None:
    assert default_workers(None, 8) == default_workers(19_999, 8) == 1
    assert default_workers(20_000, 8) == 4
    assert default_workers(20_000, 3) == 3
    assert default_workers(20_000, 2) == 2
    assert default_workers(20_000, 1) == 1


def test_rows_prepared_by_the_main_process_while_workers_start_keep_file_order(
    ctx: Context, organisaties: dict[str, int]
) -> None:
    actor = _actor(ctx)
    kwargs = {"rapport": lambda f: None, "batchgrootte": 40, "werkers": 2}
    # Chunks of 40 rows: the workers are still starting while most are prepared.
    uitkomst = import_rows(ctx, actor, _rows(1200), bestandsnaam="c", bestandshash="c", **kwargs)  # type: ignore[arg-type]
    assert (uitkomst.opgeslagen, uitkomst.fouten) == (1200, 0)
    signalen = signaalbeheer.list_signalen(ctx, actor, SignaalFilter(), Pagina(grootte=1200))[0]
    volgorde = sorted(signalen, key=lambda s: s.referentie)
    assert [s.externe_referentie for s in volgorde] == [f"R-{i}" for i in range(1, 1201)]


def test_every_stored_row_gets_its_status_code_in_the_import_report(
    cli: Cli, ctx: Context, tmp_path: Path
) -> None:
    bestand = _csv(tmp_path / "export.csv", [GOED[0], FOUT, GOED[1]])
    result = cli("import", str(bestand), "--organisation", "UWV")
    assert "Statuscodes per opgeslagen rij" in result.output
    rapport = list(csv.reader((tmp_path / "export.csv.statuscodes.csv").open(), delimiter=";"))
    assert rapport[0] == ["rij", "referentie", "statuscode"]
    assert [r[0] for r in rapport[1:]] == ["2", "4"]  # row 3 was refused
    for _, referentie, code in rapport[1:]:
        assert code.startswith(referentie + "-")
        assert statuscodes.lookup_status(ctx, code).status == "ontvangen"
    with ctx.uow(schrijven=False) as uow:
        assert uow.berichten.list("UWV", None) == []  # no e-mail unless asked
    # A rerun stores nothing, so it adds no codes; the report is not overwritten.
    cli("import", str(bestand), "--organisation", "UWV")
    assert len((tmp_path / "export.csv.statuscodes.csv").read_text().splitlines()) == 3


def test_imported_reporters_are_mailed_their_status_code_when_asked(
    cli: Cli, ctx: Context, tmp_path: Path
) -> None:
    bestand = _csv(tmp_path / "export.csv", GOED)
    assert (
        cli("import", str(bestand), "--organisation", "UWV", "--mail-confirmations").exit_code == 0
    )
    rapport = list(csv.reader((tmp_path / "export.csv.statuscodes.csv").open(), delimiter=";"))
    with ctx.uow(schrijven=False) as uow:
        (bericht,) = uow.berichten.list("UWV", None)  # only row 2 left an address
    assert bericht.soort == "ontvangstbevestiging" and rapport[1][2] in bericht.tekst


def test_the_report_gets_row_numbers_references_and_codes_from_the_service(
    ctx: Context, organisaties: dict[str, int]
) -> None:
    ontvangen: list[Ontvangen] = []
    rijen = [
        ImportRij(n, dict(zip(KOP, rij, strict=True))) for n, rij in ((7, GOED[0]), (9, GOED[1]))
    ]
    import_rows(
        ctx,
        _actor(ctx),
        rijen,
        bestandsnaam="x.csv",
        bestandshash="h",
        rapport=lambda fouten: None,
        ontvangst=ontvangen.extend,
    )
    assert [(o.rij, o.referentie) for o in ontvangen] == [
        (7, "HS-2026-000001"),
        (9, "HS-2026-000002"),
    ]
    assert [o.statuscode for o in ontvangen] == [
        statuscodes.status_reference(ctx, o.referentie) for o in ontvangen
    ]
