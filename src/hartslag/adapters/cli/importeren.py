# SPDX-License-Identifier: EUPL-1.2
"""``hartslag import``: bulk import from CSV, JSON Lines or Excel."""

from __future__ import annotations

import csv
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

from hartslag.adapters.bestanden import (
    BestandFout,
    Grenzen,
    count_rows,
    file_fingerprint,
    parse_mapping,
    read_header,
    read_rows,
    resolve_header,
)
from hartslag.adapters.cli.gedeeld import cli_actor, fail, handles_errors, load_settings
from hartslag.bootstrap import DRAIN_SECONDS, bootstrap
from hartslag.privacy import pseudonymise
from hartslag.services.importeren import has_unfinished_import, import_rows
from hartslag.services.voorbereiding import ImportFout, ImportRij, Ontvangen, unknown_columns


class FoutBestand:
    """The error report next to the input: one line per problem (row, column, reason).

    Opened lazily, so a clean import leaves no file; appended to when an import resumes.
    """

    def __init__(self, path: Path, hervat: bool) -> None:
        self.path = path
        self._mode = "a" if hervat and path.exists() else "w"
        self._file: IO[str] | None = None
        self.aantal = 0

    def __call__(self, fouten: list[ImportFout]) -> None:
        if not fouten:
            return
        if self._file is None:
            self._file = self.path.open(self._mode, newline="", encoding="utf-8")
            if self._mode == "w":
                csv.writer(self._file, delimiter=";").writerow(["rij", "kolom", "reden"])
        csv.writer(self._file, delimiter=";").writerows((f.rij, f.kolom, f.reden) for f in fouten)
        self._file.flush()
        self.aantal += len(fouten)

    def close(self) -> None:
        if self._file is not None:
            self._file.close()


class Statuscodebestand:
    """The status code of every stored row, next to the input (row, reference, status
    code): for the frontline to hand over, or to send to reporters through another
    channel. Opened lazily and appended to, like the error report."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._file: IO[str] | None = None
        self.aantal = 0

    def __call__(self, ontvangen: list[Ontvangen]) -> None:
        if not ontvangen:
            return
        if self._file is None:
            nieuw = not self.path.exists()
            self._file = self.path.open("a", newline="", encoding="utf-8")
            if nieuw:
                csv.writer(self._file, delimiter=";").writerow(["rij", "referentie", "statuscode"])
        csv.writer(self._file, delimiter=";").writerows(
            (o.rij, o.referentie, o.statuscode) for o in ontvangen
        )
        self._file.flush()
        self.aantal += len(ontvangen)

    def close(self) -> None:
        if self._file is not None:
            self._file.close()


def _rijen(
    path: Path, mapping: dict[str, str] | None, formaat: str | None, grenzen: Grenzen
) -> Iterator[ImportRij]:
    for row in read_rows(path, mapping=mapping, format=formaat, grenzen=grenzen):
        yield ImportRij(row.nummer, dict(row.velden), row.fout)


def default_workers(rijen: int | None, kernen: int | None = None) -> int:
    """The worker processes for a file of about `rijen` rows when ``--workers`` is not
    given: from 20,000 rows on, one per core, at most four, on two cores or more.

    Workers pay off even on a busy machine: with one or two other processes keeping the
    two cores of our test machine busy, two workers still imported a quarter faster than
    one process (docs/benchmarks.md); below 20,000 rows their start costs more than they
    save."""
    if (rijen or 0) < 20_000:
        return 1
    aantal = kernen or os.cpu_count() or 1
    return min(aantal, 4) if aantal >= 2 else 1


@handles_errors
def import_command(
    file: Path = typer.Argument(..., help="CSV (; of ,), JSON Lines of Excel (.xlsx)."),
    organisation: str = typer.Option(..., "--organisation", help="Organisatiecode."),
    mapping: str | None = typer.Option(
        None,
        "--mapping",
        help="Kolomkoppeling: 'Omschrijving=tekst,Datum=ontvangenOp' of JSON-bestand.",
    ),
    formaat: str | None = typer.Option(
        None, "--format", help="csv, jsonl of xlsx (standaard: extensie)."
    ),
    batch: int | None = typer.Option(
        None,
        "--batch-size",
        min=1,
        help="Rijen per transactie (standaard: HARTSLAG_IMPORT_BATCH_SIZE, 5000).",
    ),
    workers: int | None = typer.Option(
        None,
        "--workers",
        min=1,
        help="Processen die rijen controleren (standaard: vanaf 20.000 rijen één per kern, "
        "hoogstens vier; bij één kern geen).",
    ),
    mail_confirmations: bool = typer.Option(
        False,
        "--mail-confirmations/--no-mail-confirmations",
        help="Stuur melders met een e-mailadres een ontvangstbevestiging met hun statuscode "
        "(standaard niet: melders uit een oude export verwachten geen e-mail).",
    ),
) -> None:
    """Importeer signalen. Goede rijen worden opgeslagen met hun statuscode in
    BESTAND.statuscodes.csv, foute gemeld in BESTAND.fouten.csv; opnieuw draaien slaat
    niets dubbel op en hervat een afgebroken import."""
    settings = load_settings()
    ctx = bootstrap(settings)
    actor = cli_actor(ctx, organisation)
    grenzen = Grenzen(*settings.import_limits)
    try:
        koppeling = parse_mapping(mapping) if mapping else None
        kolommen = resolve_header(read_header(file, format=formaat, grenzen=grenzen), koppeling)
        totaal = count_rows(file, format=formaat)
        vingerafdruk = file_fingerprint(file)
    except BestandFout as exc:
        raise fail(str(exc), 2) from None
    genegeerd = unknown_columns(kolommen)
    if genegeerd:
        namen = pseudonymise(", ".join(genegeerd)).text  # a header row may be data
        typer.secho(f"let op: kolommen genegeerd: {namen}", err=True, fg="yellow")
    # A resumed import adds to the report of the run it resumes; a new run starts it again
    # (a second run of a finished import reports its bad rows once, not twice).
    rapport = FoutBestand(
        file.with_name(file.name + ".fouten.csv"),
        hervat=has_unfinished_import(ctx, actor, vingerafdruk),
    )
    # Status codes are only ever added to: those of an earlier run may not be handed out yet.
    codes = Statuscodebestand(file.with_name(file.name + ".statuscodes.csv"))
    toon = sys.stderr.isatty()
    with Progress(
        "[progress.description]{task.description}",
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        disable=not toon,
        transient=True,
    ) as progress:
        taak = progress.add_task("importeren", total=totaal)
        try:
            uitkomst = import_rows(
                ctx,
                actor,
                _rijen(file, koppeling, formaat, grenzen),
                bestandsnaam=file.name,
                bestandshash=vingerafdruk,
                rapport=rapport,
                voortgang=lambda n: progress.advance(taak, n),
                batchgrootte=batch or settings.import_batch_size,
                werkers=workers or default_workers(totaal),
                ontvangst=codes,
                bevestigen=mail_confirmations,
            )
        except KeyboardInterrupt:
            rapport.close()
            codes.close()
            raise fail(
                "afgebroken; opgeslagen rijen blijven bewaard. Start dezelfde import "
                "opnieuw om te hervatten.",
                130,
            ) from None
        except BestandFout as exc:
            rapport.close()
            codes.close()
            raise fail(str(exc), 2) from None
    rapport.close()
    codes.close()
    if ctx.bus is not None:  # the stored rows' placement in their patterns (after each batch)
        ctx.bus.wait(DRAIN_SECONDS)
    if uitkomst.hervat_na_rij:
        typer.echo(f"Hervat na rij {uitkomst.hervat_na_rij}.")
    typer.echo(
        f"{uitkomst.opgeslagen} opgeslagen, {uitkomst.dubbel} al aanwezig (overgeslagen), "
        f"{uitkomst.fouten} rijen met fouten."
    )
    if codes.aantal:
        typer.echo(f"Statuscodes per opgeslagen rij: {codes.path}")
    if rapport.aantal:
        typer.echo(f"Fouten per rij en kolom: {rapport.path}")
        raise typer.Exit(3)
