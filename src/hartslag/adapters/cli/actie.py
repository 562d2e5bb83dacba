# SPDX-License-Identifier: EUPL-1.2
"""``hartslag knelpunt action ...``: the actions on a bottleneck, from adding one to
completing or cancelling it."""

from __future__ import annotations

import uuid
from datetime import date, datetime

import typer

from hartslag.adapters.cli.gedeeld import cli_actor, context, fail, handles_errors
from hartslag.domein.actiepunt import is_overdue
from hartslag.domein.knelpunt import Knelpunt
from hartslag.services import acties, knelpunten

app = typer.Typer(
    help="Acties van een knelpunt: toevoegen, starten, afronden, annuleren.",
    no_args_is_help=True,
)
ORG = typer.Option(..., "--organisation", help="Organisatiecode.")


def _show(k: Knelpunt, vandaag: date) -> None:
    for a in k.acties:
        deadline = a.deadline.isoformat() if a.deadline else "-"
        laat = "  TE LAAT" if is_overdue(a, vandaag) else ""
        typer.echo(
            f"{a.id}  {a.status.value:<11} {deadline:<10} {a.eigenaar:<20} {a.omschrijving}{laat}"
        )


@app.command("list")
@handles_errors
def list_command(knelpunt_id: uuid.UUID, organisation: str = ORG) -> None:
    """Toon de acties van een knelpunt (te late gemarkeerd)."""
    ctx = context()
    k = knelpunten.get_knelpunt(ctx, cli_actor(ctx, organisation), knelpunt_id)
    _show(k, ctx.clock.now().date())


@app.command("add")
@handles_errors
def add_command(
    knelpunt_id: uuid.UUID,
    organisation: str = ORG,
    description: str = typer.Option(..., "--description", help="Wat er moet gebeuren."),
    owner: str = typer.Option(..., "--owner", help="Wie het doet (team of persoon)."),
    deadline: str | None = typer.Option(None, "--deadline", help="JJJJ-MM-DD"),
) -> None:
    """Voeg een actie toe met eigen eigenaar en deadline."""
    try:
        datum = date.fromisoformat(deadline) if deadline else None
    except ValueError:
        raise fail("--deadline: geef een datum als JJJJ-MM-DD", 2) from None
    ctx = context()
    k = knelpunten.add_actie(
        ctx, cli_actor(ctx, organisation), knelpunt_id, description, owner, datum
    )
    typer.echo(f"Actie {k.acties[-1].id} toegevoegd.")


def _done(k: Knelpunt, actie_id: uuid.UUID, moment: datetime) -> None:
    a = next(a for a in k.acties if a.id == actie_id)
    typer.echo(f"{a.id}: {a.status.value} ({moment:%Y-%m-%d %H:%M})")


@app.command("start")
@handles_errors
def start_command(knelpunt_id: uuid.UUID, actie_id: uuid.UUID, organisation: str = ORG) -> None:
    """Start een actie (telt als voortgang)."""
    ctx = context()
    k = acties.start_actie(ctx, cli_actor(ctx, organisation), knelpunt_id, actie_id)
    _done(k, actie_id, ctx.clock.now())


@app.command("complete")
@handles_errors
def complete_command(
    knelpunt_id: uuid.UUID,
    actie_id: uuid.UUID,
    organisation: str = ORG,
    result: str = typer.Option(..., "--result", help="Wat de actie opleverde."),
) -> None:
    """Rond een actie af, met het resultaat."""
    ctx = context()
    k = acties.complete_actie(ctx, cli_actor(ctx, organisation), knelpunt_id, actie_id, result)
    _done(k, actie_id, ctx.clock.now())


@app.command("cancel")
@handles_errors
def cancel_command(
    knelpunt_id: uuid.UUID,
    actie_id: uuid.UUID,
    organisation: str = ORG,
    reason: str = typer.Option(..., "--reason", help="Waarom de actie vervalt."),
) -> None:
    """Annuleer een actie, met een reden."""
    ctx = context()
    k = acties.cancel_actie(ctx, cli_actor(ctx, organisation), knelpunt_id, actie_id, reason)
    _done(k, actie_id, ctx.clock.now())
