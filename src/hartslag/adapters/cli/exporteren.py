# SPDX-License-Identifier: EUPL-1.2
"""``hartslag export``: signals to CSV, JSON Lines or Parquet, with the API's filters."""

from __future__ import annotations

import sys
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import TypeVar

import typer

from hartslag.adapters.bestanden import ColumnKind, write_rows
from hartslag.adapters.cli.gedeeld import cli_actor, context, fail, handles_errors
from hartslag.domein.vocabulaire import Brontype, Kanaal, Meldertype, Signaalstatus
from hartslag.domein.zoekfilter import SignaalFilter
from hartslag.services.exporteren import EXPORTKOLOMMEN, export_signalen
from hartslag.services.invoer import parse_tijdstip

E = TypeVar("E", bound=StrEnum)
FORMATEN = ("csv", "jsonl", "parquet")
SOORTEN: dict[str, ColumnKind] = {"geregistreerdOp": "timestamp", "herhaalcontact": "boolean"}


def _datum(waarde: str | None, optie: str) -> datetime | None:
    if waarde is None:
        return None
    try:
        resultaat = parse_tijdstip(waarde)
    except ValueError:
        resultaat = None
    if not isinstance(resultaat, datetime):
        raise fail(f"{optie}: '{waarde}' is geen datum; gebruik 2026-03-01 of 01-03-2026", 2)
    return resultaat


def _enum(soort: type[E], waarde: str | None, optie: str) -> E | None:
    if waarde is None:
        return None
    try:
        return soort(waarde)
    except ValueError:
        keuzes = ", ".join(e.value for e in soort)
        raise fail(f"{optie}: onbekende waarde '{waarde}'; kies uit {keuzes}", 2) from None


@handles_errors
def export_command(
    organisation: str = typer.Option(..., "--organisation", help="Organisatiecode."),
    formaat: str = typer.Option("csv", "--format", help="csv, jsonl of parquet."),
    output: Path | None = typer.Option(None, "--output", "-o", help="Bestand (standaard stdout)."),
    brontype: str | None = typer.Option(None, "--brontype"),
    meldertype: str | None = typer.Option(None, "--meldertype"),
    kanaal: str | None = typer.Option(None, "--kanaal"),
    thema: str | None = typer.Option(None, "--thema"),
    status: str | None = typer.Option(None, "--status"),
    vanaf: str | None = typer.Option(None, "--vanaf", help="Ontvangen vanaf (datum)."),
    tot: str | None = typer.Option(None, "--tot", help="Ontvangen vóór (datum)."),
    zoek: str | None = typer.Option(None, "--zoek", help="Vrije tekst."),
) -> None:
    """Exporteer signalen (zonder melder- of contactgegevens)."""
    if formaat not in FORMATEN:
        raise fail(f"--format: kies uit {', '.join(FORMATEN)}", 2)
    filter = SignaalFilter(
        brontype=_enum(Brontype, brontype, "--brontype"),
        meldertype=_enum(Meldertype, meldertype, "--meldertype"),
        kanaal=_enum(Kanaal, kanaal, "--kanaal"),
        thema=thema.lower() if thema else None,
        status=_enum(Signaalstatus, status, "--status"),
        ontvangen_vanaf=_datum(vanaf, "--vanaf"),
        ontvangen_tot=_datum(tot, "--tot"),
        zoek=zoek,
    )
    ctx = context()
    actor = cli_actor(ctx, organisation)
    doel = output if output is not None else sys.stdout.buffer
    aantal = export_signalen(
        ctx,
        actor,
        filter,
        lambda rijen: write_rows(
            rijen, doel, format=formaat, columns=EXPORTKOLOMMEN, kinds=SOORTEN
        ),
        formaat,
    )
    typer.echo(f"{aantal} signalen geëxporteerd.", err=True)
