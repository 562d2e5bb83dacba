# SPDX-License-Identifier: EUPL-1.2
"""``hartslag token``: API tokens."""

from __future__ import annotations

from datetime import datetime

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
    expires_in_days: int | None = typer.Option(
        None, "--expires-in-days", min=1, help="Verloopt na zoveel dagen (standaard: nooit)."
    ),
) -> None:
    """Maak een API-token; het wordt één keer getoond en alleen gehasht bewaard."""
    try:
        rol = Rol(role)
    except ValueError:
        raise fail(
            f"onbekende rol '{role}'; kies uit {', '.join(r.value for r in Rol)}", 2
        ) from None
    typer.echo(beheer.create_token(context(), organisation, rol, name, expires_in_days))


def _datum(waarde: datetime | None) -> str:
    return f"{waarde:%Y-%m-%d %H:%M}" if waarde else "-"


@app.command("list")
@handles_errors
def list_command(
    organisation: str = typer.Option(..., "--organisation", help="Organisatiecode."),
) -> None:
    """Toon de API-tokens van een organisatie (nummer, account, rol, data; nooit het token)."""
    typer.echo("nr\taccount\trol\taangemaakt\tverloopt\tlaatst gebruikt\tingetrokken")
    for i in beheer.list_tokens(context(), organisation):
        typer.echo(
            f"{i.id}\t{i.account}\t{i.rol.value}\t{_datum(i.aangemaakt_op)}\t"
            f"{_datum(i.verloopt_op)}\t{_datum(i.laatst_gebruikt_op)}\t{_datum(i.ingetrokken_op)}"
        )


@app.command("revoke")
@handles_errors
def revoke(
    token_id: int = typer.Argument(..., help="Nummer uit `hartslag token list`."),
    organisation: str = typer.Option(..., "--organisation", help="Organisatiecode."),
) -> None:
    """Trek een API-token in: vanaf nu krijgt het 401."""
    info = beheer.revoke_token(context(), organisation, token_id)
    typer.echo(f"Token {info.id} ({info.account}) ingetrokken.")
