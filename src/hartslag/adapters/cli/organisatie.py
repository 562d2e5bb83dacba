# SPDX-License-Identifier: EUPL-1.2
"""``hartslag organisation``: organisations (the tenants)."""

from __future__ import annotations

import typer

from hartslag.adapters.cli.gedeeld import context, handles_errors
from hartslag.services import beheer

app = typer.Typer(help="Organisaties beheren.", no_args_is_help=True)


@app.command("create")
@handles_errors
def create(
    code: str = typer.Argument(..., help="Korte code, bijv. UWV of GEM-UTR."),
    name: str = typer.Option(..., "--name", help="Volledige naam."),
) -> None:
    """Maak een organisatie aan."""
    beheer.create_organisatie(context(), code, name)
    typer.echo(f"Organisatie {code} aangemaakt.")


@app.command("list")
@handles_errors
def list_command() -> None:
    """Toon alle organisaties."""
    with context().uow(schrijven=False) as uow:
        for _, code, naam in uow.organisaties.all():
            typer.echo(f"{code}\t{naam}")
