# SPDX-License-Identifier: EUPL-1.2
"""``hartslag account``: web accounts (e-mail and password) per organisation."""

from __future__ import annotations

import getpass
import sys

import typer

from hartslag.adapters.cli.gedeeld import context, fail, handles_errors
from hartslag.domein.vocabulaire import Rol
from hartslag.services import accounts

app = typer.Typer(
    help="Webaccounts beheren (inloggen met e-mail en wachtwoord).", no_args_is_help=True
)


def _rol(role: str) -> Rol:
    try:
        return Rol(role)
    except ValueError:
        raise fail(
            f"onbekende rol '{role}'; kies uit {', '.join(r.value for r in Rol)}", 2
        ) from None


@app.command("create")
@handles_errors
def create(
    organisation: str = typer.Option(..., "--organisation", help="Organisatiecode."),
    email: str = typer.Option(..., "--email", help="E-mailadres waarmee het account inlogt."),
    role: str = typer.Option(..., "--role", help=f"Rol: {', '.join(r.value for r in Rol)}."),
    name: str | None = typer.Option(
        None, "--name", help="Naam in de audittrail (standaard ROL-nummer, geen persoonsgegevens)."
    ),
    password_stdin: bool = typer.Option(
        False, "--password-stdin", help="Lees het wachtwoord van standaardinvoer (één regel)."
    ),
) -> None:
    """Maak een webaccount; het wachtwoord wordt alleen gehasht (Argon2id) bewaard."""
    rol = _rol(role)
    if password_stdin:
        wachtwoord = sys.stdin.readline().rstrip("\r\n")
    elif sys.stdin.isatty():
        wachtwoord = getpass.getpass("Wachtwoord: ")
        if getpass.getpass("Nogmaals: ") != wachtwoord:
            raise fail("de wachtwoorden verschillen", 2)
    else:
        raise fail("geef het wachtwoord met --password-stdin (niet als argument)", 2)
    gebruiker = accounts.create_account(context(), organisation, email, rol, wachtwoord, name)
    typer.echo(f"Account {gebruiker.naam} ({gebruiker.rol.value}) aangemaakt voor {organisation}.")


@app.command("list")
@handles_errors
def list_command(
    organisation: str = typer.Option(..., "--organisation", help="Organisatiecode."),
) -> None:
    """Toon de webaccounts van een organisatie."""
    for g in accounts.list_accounts(context(), organisation):
        status = "actief" if g.actief else "uitgeschakeld"
        typer.echo(f"{g.email}\t{g.naam}\t{g.rol.value}\t{status}")


@app.command("disable")
@handles_errors
def disable(
    organisation: str = typer.Option(..., "--organisation", help="Organisatiecode."),
    email: str = typer.Option(..., "--email", help="E-mailadres van het account."),
) -> None:
    """Schakel een account uit: het kan niet meer inloggen, open sessies vervallen."""
    accounts.disable_account(context(), organisation, email)
    typer.echo("Account uitgeschakeld; open sessies zijn beëindigd.")
