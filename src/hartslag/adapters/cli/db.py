# SPDX-License-Identifier: EUPL-1.2
"""``hartslag db``: schema migrations."""

from __future__ import annotations

import typer

from hartslag.adapters.cli.gedeeld import load_settings
from hartslag.adapters.opslag.database import make_engine, upgrade

app = typer.Typer(help="Database: schema bijwerken.", no_args_is_help=True)


@app.command("upgrade")
def upgrade_command(
    revision: str = typer.Argument("head", help="Doelversie (standaard de nieuwste)."),
) -> None:
    """Breng het databaseschema naar de nieuwste versie (Alembic)."""
    settings = load_settings()
    upgrade(make_engine(settings.database_url), revision)
    typer.echo(f"Database bijgewerkt tot {revision}.")
