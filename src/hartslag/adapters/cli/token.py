# SPDX-License-Identifier: EUPL-1.2
"""``hartslag token``: API tokens."""

from __future__ import annotations

import typer

from hartslag.adapters.cli.gedeeld import context, fail, handles_errors
from hartslag.domein.vocabulaire import Rol
from hartslag.services import beheer

app = typer.Typer(help="API-tokens beheren.", no_args_is_help=True)


@app.command("create")
@handles_errors
def create(
    organisation: str = typer.Option(..., "--organisation", help="Organisatiecode."),
    role: str = typer.Option(..., "--role", help=f"Rol: {', '.join(r.value for r in Rol)}."),
    name: str | None = typer.Option(None, "--name", help="Accountnaam (standaard api-ROL)."),
) -> None:
    """Maak een API-token; het wordt één keer getoond en alleen gehasht bewaard."""
    try:
        rol = Rol(role)
    except ValueError:
        raise fail(
            f"onbekende rol '{role}'; kies uit {', '.join(r.value for r in Rol)}", 2
        ) from None
    typer.echo(beheer.create_token(context(), organisation, rol, name))
