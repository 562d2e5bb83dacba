# SPDX-License-Identifier: EUPL-1.2
"""/import in Chromium: upload, map columns, follow progress, read the per-row report."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from playwright.sync_api import Page, expect

from hartslag.domein.vocabulaire import Rol
from hartslag.domein.zoekfilter import Pagina, SignaalFilter
from hartslag.services import statuscodes
from hartslag.services.context import Context
from tests.adapters.web.conftest import screenshot, toegankelijk

CSV = (
    "Omschrijving;Soort;Melder;Via;Datum\n"
    "Klant begrijpt de brief over de terugvordering niet;klacht;burger;telefoon;2026-02-01\n"
    "Wachttijd aan de telefoon is te lang;klacht;burger;telefoon;2026-02-02\n"
    ";klacht;burger;telefoon;2026-02-03\n"
    "Formulier op de website geeft een foutmelding;foutmelding;ondernemer;webformulier;gisteren\n"
)


def _signalen(ctx: Context, organisatie_id: int) -> int:
    with ctx.uow(schrijven=False) as uow:
        return uow.signalen.search(organisatie_id, SignaalFilter(), Pagina(1, 1))[1]


def test_import_maps_columns_stores_good_rows_and_reports_bad_ones(
    ingelogd: Callable[[Rol], Page], ctx: Context, organisaties: dict[str, int], tmp_path: Path
) -> None:
    bestand = tmp_path / "export kcc.csv"
    bestand.write_text(CSV, encoding="utf-8")
    page = ingelogd(Rol.ANALIST)
    page.get_by_role("link", name="Importeren").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Signalen importeren")
    toegankelijk(page)
    screenshot(page, "import")
    page.set_input_files("#bestand", str(bestand))
    page.get_by_role("button", name="Uploaden en kolommen koppelen").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Kolommen koppelen")
    page.select_option("#kolom-0", "tekst")
    page.select_option("#kolom-1", "brontype")
    page.select_option("#kolom-2", "meldertype")
    page.select_option("#kolom-3", "kanaal")
    page.select_option("#kolom-4", "ontvangenOp")
    toegankelijk(page)
    screenshot(page, "import-koppelen")
    page.get_by_role("button", name="Import starten").click()
    expect(page.get_by_role("status")).to_contain_text(
        "Klaar: 2 opgeslagen, 0 al aanwezig (overgeslagen), 2 rijen met fouten.", timeout=30_000
    )
    rijen = page.locator("table tbody tr")
    expect(rijen).to_have_count(2)
    # Rows are numbered as lines of the file: the header is line 1.
    expect(rijen.nth(0).locator("td").nth(0)).to_have_text("4")
    expect(rijen.nth(0).locator("td").nth(1)).to_have_text("tekst")
    expect(rijen.nth(1).locator("td").nth(0)).to_have_text("5")
    expect(rijen.nth(1).locator("td").nth(1)).to_have_text("ontvangenOp")
    toegankelijk(page)
    screenshot(page, "import-klaar")
    with page.expect_download() as download:
        page.get_by_role("link", name="Download het volledige foutenrapport (CSV)").click()
    rapport = Path(download.value.path()).read_text(encoding="utf-8")
    assert rapport.splitlines()[0] == "rij;kolom;reden" and len(rapport.splitlines()) == 3
    assert _signalen(ctx, organisaties["UWV"]) == 2
    with page.expect_download() as download:
        page.get_by_role("link", name=re.compile("Download de statuscodes")).click()
    codes = Path(download.value.path()).read_text(encoding="utf-8").splitlines()
    assert codes[0] == "rij;referentie;statuscode"
    assert [regel.split(";")[0] for regel in codes[1:]] == ["2", "3"]
    for regel in codes[1:]:
        _, referentie, code = regel.split(";")
        assert code == statuscodes.status_reference(ctx, referentie)


def test_the_same_file_again_stores_nothing_twice(
    ingelogd: Callable[[Rol], Page],
    site: str,
    ctx: Context,
    organisaties: dict[str, int],
    tmp_path: Path,
) -> None:
    bestand = tmp_path / "signalen.csv"
    bestand.write_text(
        "tekst;brontype;meldertype;kanaal\nBrief onduidelijk over toeslag;klacht;burger;brief\n",
        encoding="utf-8",
    )
    page = ingelogd(Rol.BEHEERDER)
    for verwacht in ("1 opgeslagen, 0 al aanwezig", "0 opgeslagen, 1 al aanwezig"):
        page.goto(f"{site}/import")
        page.set_input_files("#bestand", str(bestand))
        page.get_by_role("button", name="Uploaden en kolommen koppelen").click()
        expect(page.locator("#kolom-0")).to_have_value("tekst")
        page.get_by_role("button", name="Import starten").click()
        expect(page.get_by_role("status")).to_contain_text(verwacht, timeout=30_000)
    assert _signalen(ctx, organisaties["UWV"]) == 1


def test_a_file_of_another_kind_gets_the_form_again_with_a_reason(
    ingelogd: Callable[[Rol], Page], site: str, tmp_path: Path
) -> None:
    bestand = tmp_path / "notities.txt"
    bestand.write_text("geen signalen", encoding="utf-8")
    page = ingelogd(Rol.ANALIST)
    page.goto(f"{site}/import")
    page.set_input_files("#bestand", str(bestand))
    page.get_by_role("button", name="Uploaden en kolommen koppelen").click()
    expect(page.get_by_role("alert")).to_contain_text("Hartslag leest CSV")


def test_frontline_has_no_import(ingelogd: Callable[[Rol], Page], site: str) -> None:
    page = ingelogd(Rol.FRONTLINIE)
    expect(page.get_by_role("link", name="Importeren")).to_have_count(0)
    page.goto(f"{site}/import")
    expect(page.get_by_role("heading", level=1)).to_have_text("Geen toegang")


def test_a_header_of_thousands_of_columns_gets_a_short_dutch_reason(
    ingelogd: Callable[[Rol], Page], site: str, tmp_path: Path
) -> None:
    bestand = tmp_path / "breed.csv"
    bestand.write_text(";".join(f"k{i}" for i in range(1500)) + "\nx\n", encoding="utf-8")
    page = ingelogd(Rol.ANALIST)
    page.goto(f"{site}/import")
    page.set_input_files("#bestand", str(bestand))
    page.get_by_role("button", name="Uploaden en kolommen koppelen").click()
    melding = page.get_by_role("alert")
    expect(melding).to_contain_text("telt 1500 kolommen; Hartslag leest hoogstens 1000")
    assert "k1499" not in melding.inner_text()


def test_a_nul_byte_in_a_cell_is_a_row_error_and_the_import_finishes(
    ingelogd: Callable[[Rol], Page], ctx: Context, organisaties: dict[str, int], tmp_path: Path
) -> None:
    bestand = tmp_path / "nul.csv"
    bestand.write_bytes(
        b"tekst;brontype;meldertype;kanaal;ontvangenOp\n"
        b"Brief over terugvordering onduidelijk;klacht;burger;telefoon;2026-02-01\n"
        b"Kapot\x00stuk;klacht;burger;telefoon;2026-02-02\n"
    )
    page = ingelogd(Rol.ANALIST)
    page.get_by_role("link", name="Importeren").click()
    page.set_input_files("#bestand", str(bestand))
    page.get_by_role("button", name="Uploaden en kolommen koppelen").click()
    page.get_by_role("button", name="Import starten").click()
    expect(page.get_by_role("status")).to_contain_text(
        "Klaar: 1 opgeslagen, 0 al aanwezig (overgeslagen), 1 rijen met fouten.", timeout=30_000
    )
    rij = page.locator("table tbody tr")
    expect(rij).to_have_count(1)
    expect(rij.locator("td").nth(1)).to_have_text("tekst")
    expect(rij.locator("td").nth(2)).to_contain_text("U+0000")
    assert _signalen(ctx, organisaties["UWV"]) == 1
