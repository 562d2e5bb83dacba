# SPDX-License-Identifier: EUPL-1.2
"""``hartslag public-text ...``: what goes on the organisation's public "jullie zeiden,
wij deden" page, written, approved and published by the organisation itself."""

from __future__ import annotations

import uuid

import typer

from hartslag.adapters.cli.gedeeld import cli_actor, context, handles_errors
from hartslag.domein.publicatie import Publicatiestatus, PubliekeTekst
from hartslag.services import publicaties
from hartslag.services.publicaties import Tekstdelen

app = typer.Typer(
    help="Publieke teksten: opstellen, goedkeuren, publiceren, intrekken.",
    no_args_is_help=True,
)
ORG = typer.Option(..., "--organisation", help="Organisatiecode.")
TITLE = typer.Option(None, "--title", help="Titel op de openbare pagina.")
SAID = typer.Option(None, "--you-said", help="Wat melders ons vertelden (jullie zeiden).")
DID = typer.Option(None, "--we-did", help="Wat wij eraan deden (wij deden).")


def _show(p: PubliekeTekst) -> None:
    typer.echo(f"{p.id}  {p.status.value:<12} knelpunt {p.knelpunt_id}")
    typer.echo(f"  titel:         {p.titel}")
    typer.echo(f"  jullie zeiden: {p.jullie_zeiden}")
    typer.echo(f"  wij deden:     {p.wij_deden}")


@app.command("list")
@handles_errors
def list_command(
    organisation: str = ORG, status: Publicatiestatus | None = typer.Option(None)
) -> None:
    """Toon de publieke teksten van de organisatie."""
    ctx = context()
    for p in publicaties.list_public_texts(ctx, cli_actor(ctx, organisation), status):
        typer.echo(f"{p.id}  {p.status.value:<12} {p.titel}")


@app.command("draft")
@handles_errors
def draft_command(
    knelpunt_id: uuid.UUID,
    organisation: str = ORG,
    title: str | None = TITLE,
    you_said: str | None = SAID,
    we_did: str | None = DID,
) -> None:
    """Stel de publieke tekst van een knelpunt op; wat u weglaat, komt uit het dossier."""
    ctx = context()
    actor = cli_actor(ctx, organisation)
    _show(
        publicaties.draft_public_text(ctx, actor, knelpunt_id, Tekstdelen(title, you_said, we_did))
    )


@app.command("edit")
@handles_errors
def edit_command(
    tekst_id: uuid.UUID,
    organisation: str = ORG,
    title: str | None = TITLE,
    you_said: str | None = SAID,
    we_did: str | None = DID,
) -> None:
    """Herschrijf een publieke tekst (wordt weer concept)."""
    ctx = context()
    actor = cli_actor(ctx, organisation)
    _show(publicaties.edit_public_text(ctx, actor, tekst_id, Tekstdelen(title, you_said, we_did)))


@app.command("approve")
@handles_errors
def approve_command(tekst_id: uuid.UUID, organisation: str = ORG) -> None:
    """Keur een publieke tekst goed."""
    ctx = context()
    _show(publicaties.approve_public_text(ctx, cli_actor(ctx, organisation), tekst_id))


@app.command("publish")
@handles_errors
def publish_command(tekst_id: uuid.UUID, organisation: str = ORG) -> None:
    """Publiceer een goedgekeurde tekst op de openbare pagina."""
    ctx = context()
    _show(publicaties.publish_public_text(ctx, cli_actor(ctx, organisation), tekst_id))


@app.command("withdraw")
@handles_errors
def withdraw_command(
    tekst_id: uuid.UUID,
    organisation: str = ORG,
    reason: str = typer.Option(..., "--reason", help="Waarom de tekst van de pagina gaat."),
) -> None:
    """Haal een tekst van de openbare pagina."""
    ctx = context()
    _show(publicaties.withdraw_public_text(ctx, cli_actor(ctx, organisation), tekst_id, reason))
