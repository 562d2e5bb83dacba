# SPDX-License-Identifier: EUPL-1.2
"""``hartslag exchange bottleneck``: dossiers partners share with us (owned elsewhere),
and our answer when a partner offers one to us (docs/uitwisseling.md)."""

from __future__ import annotations

import uuid

import typer

from hartslag.adapters.cli.gedeeld import cli_actor, context, handles_errors
from hartslag.domein.gedeeldknelpunt import Antwoord
from hartslag.services import gedeeldeknelpunten as g

app = typer.Typer(
    help="Knelpunten die partners met ons delen; eigenaarschap accepteren of weigeren.",
    no_args_is_help=True,
)
ORG = typer.Option(..., "--organisation", help="Organisatiecode.")


def _regel(w: g.Weergave, organisatie: str) -> str:
    k = w.knelpunt
    if k.aangeboden_aan(organisatie):
        stand = f"aan ons aangeboden ({w.ons_antwoord or 'nog niet beantwoord'})"
    elif k.eigendom_elders(organisatie):
        stand = "eigendom elders"
    else:
        stand = "wij zijn eigenaar"
    return f"{k.id}  {k.partner:<10} eigenaar {k.eigenaar_organisatie:<10} {stand}  {k.titel}"


@app.command("list")
@handles_errors
def list_command(organisation: str = ORG) -> None:
    """De knelpunten die partners met ons delen."""
    ctx = context()
    for w in g.list_foreign(ctx, cli_actor(ctx, organisation)):
        typer.echo(_regel(w, organisation))


@app.command("show")
@handles_errors
def show_command(knelpunt_id: uuid.UUID, organisation: str = ORG) -> None:
    """Het gedeelde deel van één knelpunt van een partner."""
    ctx = context()
    w = g.get_foreign(ctx, cli_actor(ctx, organisation), knelpunt_id)
    k = w.knelpunt
    typer.echo(_regel(w, organisation))
    typer.echo(f"status {k.status}, versie {k.versie}, signalen {k.aantal_signalen}")
    typer.echo(f"betrokken: {', '.join(k.betrokken_organisaties)}")
    typer.echo(k.beschrijving)


@app.command("accept")
@handles_errors
def accept_command(
    knelpunt_id: uuid.UUID,
    organisation: str = ORG,
    reason: str | None = typer.Option(None, "--reason"),
) -> None:
    """Accepteer het eigenaarschap dat een partner aanbiedt (het antwoord gaat terug)."""
    ctx = context()
    g.answer(ctx, cli_actor(ctx, organisation), knelpunt_id, Antwoord.GEACCEPTEERD, reason)
    typer.echo("Geaccepteerd; de partner maakt u eigenaar zodra het antwoord aankomt.")


@app.command("decline")
@handles_errors
def decline_command(
    knelpunt_id: uuid.UUID, organisation: str = ORG, reason: str = typer.Option(..., "--reason")
) -> None:
    """Weiger het eigenaarschap dat een partner aanbiedt (het antwoord gaat terug)."""
    ctx = context()
    g.answer(ctx, cli_actor(ctx, organisation), knelpunt_id, Antwoord.GEWEIGERD, reason)
    typer.echo("Geweigerd; de partner blijft eigenaar.")
