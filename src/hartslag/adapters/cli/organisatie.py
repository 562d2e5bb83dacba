# SPDX-License-Identifier: EUPL-1.2
"""``hartslag organisation``: organisations (the tenants)."""

from __future__ import annotations

import typer

from hartslag.adapters.cli.gedeeld import cli_actor, context, handles_errors
from hartslag.services import afzenders, beheer, privacyinstellingen

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


@app.command("settings")
@handles_errors
def settings_command(
    code: str = typer.Argument(..., help="Organisatiecode."),
    originals: bool | None = typer.Option(
        None,
        "--keep-originals/--drop-originals",
        help="Originele teksten versleuteld bewaren, of niet (standaard: niet).",
    ),
    contact_days: int | None = typer.Option(
        None, "--retention-contact-days", help="Bewaartermijn contactgegevens (dagen)."
    ),
    original_days: int | None = typer.Option(
        None, "--retention-original-days", help="Bewaartermijn originelen (dagen)."
    ),
    signal_days: int | None = typer.Option(
        None, "--retention-signal-days", help="Bewaartermijn signalen (dagen)."
    ),
    display_name: str | None = typer.Option(
        None,
        "--display-name",
        help="Naam onder e-mails aan melders (standaard: de naam van de organisatie; "
        "leeg: terug naar de standaard).",
    ),
    sender_address: str | None = typer.Option(
        None,
        "--sender-address",
        help="Afzenderadres van e-mails aan melders (standaard: HARTSLAG_MAIL_FROM; "
        "leeg: terug naar de standaard).",
    ),
) -> None:
    """Toon of wijzig de instellingen: originelen, bewaartermijnen en de afzender van
    e-mails aan melders."""
    ctx = context()
    privacy = (originals, contact_days, original_days, signal_days)
    if all(waarde is None for waarde in privacy):
        instellingen = privacyinstellingen.show_settings(ctx, code)
    else:
        instellingen = privacyinstellingen.change_settings(
            ctx,
            code,
            originelen_bewaren=originals,
            contact_dagen=contact_days,
            origineel_dagen=original_days,
            signaal_dagen=signal_days,
            actor=cli_actor(ctx, code).label,
        )
        typer.echo(f"Privacy-instellingen van {code} gewijzigd.")
    if display_name is None and sender_address is None:
        afzender = afzenders.show_sender(ctx, code)
    else:
        afzender = afzenders.change_sender(
            ctx,
            code,
            weergavenaam=display_name,
            email=sender_address,
            actor=cli_actor(ctx, code).label,
        )
        typer.echo(f"Afzender van {code} gewijzigd.")
    bewaren = "bewaren (versleuteld)" if instellingen.originelen_bewaren else "niet bewaren"
    typer.echo(f"originelen            {bewaren}")
    typer.echo(f"bewaartermijn contact {instellingen.contact_dagen} dagen")
    typer.echo(f"bewaartermijn origin. {instellingen.origineel_dagen} dagen")
    typer.echo(f"bewaartermijn signaal {instellingen.signaal_dagen} dagen")
    typer.echo(f"afzender naam         {afzender.naam}")
    typer.echo(f"afzender e-mail       {afzender.email}")
