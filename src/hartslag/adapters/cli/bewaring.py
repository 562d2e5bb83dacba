# SPDX-License-Identifier: EUPL-1.2
"""``hartslag retention``: delete what has outlived its retention period."""

from __future__ import annotations

import typer

from hartslag.adapters.cli.gedeeld import context, handles_errors
from hartslag.services.bewaartermijnen import run_retention

app = typer.Typer(help="Bewaartermijnen handhaven.", no_args_is_help=True)


@app.command("run")
@handles_errors
def run_command(
    dry_run: bool = typer.Option(False, "--dry-run", help="Alleen tellen, niets verwijderen."),
    organisation: str | None = typer.Option(
        None, "--organisation", help="Alleen deze organisatie (standaard: alle)."
    ),
) -> None:
    """Verwijder verlopen contactgegevens, originelen en signalen; toon de aantallen."""
    rapport = run_retention(
        context(), dry_run=dry_run, organisatie=organisation, actor="cli:retention"
    )
    werkwoord = "zou verwijderen" if dry_run else "verwijderd"
    for code, aantallen in rapport.aantallen.items():
        delen = ", ".join(f"{soort} {aantal}" for soort, aantal in aantallen.items())
        typer.echo(f"{code:<10} {werkwoord}: {delen}")
    if dry_run:
        typer.echo("Proefdraai: er is niets verwijderd.")
