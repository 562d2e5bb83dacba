# SPDX-License-Identifier: EUPL-1.2
"""``hartslag audit``: read the append-only audit trail."""

from __future__ import annotations

import json

import typer

from hartslag.adapters.cli.exporteren import _datum
from hartslag.adapters.cli.gedeeld import context, handles_errors
from hartslag.services.auditketen import verify_audit_chain
from hartslag.services.beheer import audit_trail

app = typer.Typer(
    help="De audittrail: tonen, en controleren dat de hashketen heel is.",
    invoke_without_command=True,
)


@app.callback()
@handles_errors
def audit_command(
    ctx: typer.Context,
    organisation: str | None = typer.Option(None, "--organisation", help="Organisatiecode."),
    since: str | None = typer.Option(None, "--since", help="Vanaf (datum/tijd)."),
    limit: int = typer.Option(100, "--limit", min=1, help="Hoogstens zoveel (nieuwste)."),
    as_json: bool = typer.Option(False, "--json", help="Eén JSON-object per regel."),
) -> None:
    """Toon de audit trail: wie deed wat, wanneer en waarom."""
    if ctx.invoked_subcommand is not None:
        return
    for g in audit_trail(context(), organisation, _datum(since, "--since"), limit):
        if as_json:
            typer.echo(
                json.dumps(
                    {
                        "id": g.id,
                        "tijdstip": g.tijdstip.isoformat(),
                        "actor": g.actor,
                        "actie": str(g.actie),
                        "onderwerpType": g.onderwerp_type,
                        "onderwerpId": g.onderwerp_id,
                        "reden": g.reden,
                        "voor": g.voor,
                        "na": g.na,
                    },
                    ensure_ascii=False,
                )
            )
        else:
            onderwerp = f"{g.onderwerp_type}:{g.onderwerp_id or '-'}"
            typer.echo(
                f"{g.tijdstip:%Y-%m-%d %H:%M:%S}Z  {g.actor:<28} {g.actie!s:<26} "
                f"{onderwerp}  {g.reden or ''}"
            )


@app.command("verify")
@handles_errors
def verify_command(
    organisation: str | None = typer.Option(
        None, "--organisation", help="Alleen deze organisatie (standaard: alle ketens)."
    ),
) -> None:
    """Controleer de hashketen van de audittrail; noemt het eerste gebroken record."""
    controle = verify_audit_chain(context(), organisation)
    for breuk in controle.breuken:
        record = f"record {breuk.record_id}" if breuk.record_id is not None else "begin"
        typer.secho(f"GEBROKEN {breuk.organisatie}: {record}: {breuk.reden}", fg="red", err=True)
    if not controle.heel:
        raise typer.Exit(1)
    typer.echo(f"Audittrail heel: {controle.records} records in {controle.ketens} ketens.")
