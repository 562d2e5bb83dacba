# SPDX-License-Identifier: EUPL-1.2
"""``hartslag vault``: the encrypted vault's keys (status, new key, rotation)."""

from __future__ import annotations

import base64
import os

import typer

from hartslag.adapters.cli.gedeeld import context, fail, handles_errors
from hartslag.services import sleutelrotatie

app = typer.Typer(help="De versleutelde kluis: sleutels en sleutelrotatie.", no_args_is_help=True)


@app.command("status")
@handles_errors
def status_command() -> None:
    """Toon per tabel hoeveel records onder welke sleutelversie staan."""
    ctx = context()
    typer.echo(f"nieuwste sleutelversie: {ctx.versleuteling.huidige}")
    for vak, versies in sleutelrotatie.key_versions(ctx).items():
        delen = ", ".join(f"v{v}: {n}" for v, n in sorted(versies.items())) or "leeg"
        typer.echo(f"{vak!s:<16} {delen}")


@app.command("keygen")
def keygen_command() -> None:
    """Maak een nieuwe sleutel (base64, 32 bytes) voor HARTSLAG_VAULT_KEY."""
    typer.echo(base64.b64encode(os.urandom(32)).decode())


@app.command("rotate")
@handles_errors
def rotate_command(
    batch_size: int = typer.Option(500, "--batch-size", min=1, help="Records per transactie."),
) -> None:
    """Versleutel alle records opnieuw onder de nieuwste sleutel (hervatbaar)."""
    ctx = context()
    rotatie = sleutelrotatie.rotate_keys(ctx, batchgrootte=batch_size, actor="cli:vault")
    for vak, aantal in rotatie.herversleuteld.items():
        typer.echo(f"{vak!s:<16} {aantal} opnieuw versleuteld naar v{rotatie.naar_versie}")
    onleesbaar = sum(rotatie.onleesbaar.values())
    if onleesbaar:
        raise fail(
            f"{onleesbaar} records konden niet worden ontsleuteld en staan nog onder een oude "
            "sleutel: voeg die sleutelversie toe aan HARTSLAG_VAULT_KEY en draai opnieuw."
        )
