# SPDX-License-Identifier: EUPL-1.2
"""``hartslag agenda ...``: the calendar of agenda moments (agenderingsmomenten), aiming a
bottleneck at one, and the reminders before the submission deadlines."""

from __future__ import annotations

import datetime as dt
import uuid

import typer

from hartslag.adapters.cli.gedeeld import cli_actor, context, fail, handles_errors
from hartslag.domein.agendering import Agenderingsmoment
from hartslag.services import agendering, herinneringen
from hartslag.services.agendering import NieuwMoment

app = typer.Typer(
    help="Agenderingsmomenten: kalender, richten, herinneringen.", no_args_is_help=True
)
ORG = typer.Option(..., "--organisation", help="Organisatiecode.")
REMINDER = typer.Option(
    [], "--reminder", help="Herinnering: zoveel dagen vóór de deadline (herhaalbaar)."
)
EMAIL = typer.Option([], "--email", help="Ontvanger van de herinneringen (herhaalbaar).")


def _dag(tekst: str, optie: str) -> dt.date:
    try:
        return dt.date.fromisoformat(tekst)
    except ValueError:
        raise fail(f"{optie} '{tekst}': gebruik JJJJ-MM-DD", 2) from None


def _regel(m: Agenderingsmoment, aantal: int | None = None) -> str:
    gericht = f"  ({aantal} knelpunt(en))" if aantal else ""
    return (
        f"{m.id}  deadline {m.indiendeadline:%d-%m-%Y}  moment {m.datum:%d-%m-%Y}  {m.naam}"
        f"{gericht}"
    )


@app.command("list")
@handles_errors
def list_command(
    organisation: str = ORG,
    since: str | None = typer.Option(None, "--from", help="Deadlines vanaf (JJJJ-MM-DD)."),
) -> None:
    """Toon de kalender op indiendeadline, met de knelpunten die erop gericht zijn."""
    ctx = context()
    vanaf = _dag(since, "--from") if since else None
    for mk in agendering.list_momenten(ctx, cli_actor(ctx, organisation), vanaf):
        typer.echo(_regel(mk.moment, len(mk.knelpunten)))
        for k in mk.knelpunten:
            typer.echo(f"    {k.id}  {k.status.value:<15} {k.titel}")


@app.command("defaults")
@handles_errors
def defaults_command(
    organisation: str = ORG, year: int = typer.Option(..., "--year", help="Kalenderjaar.")
) -> None:
    """Voeg de standaardmomenten van een jaar toe (Voorjaarsnota, Prinsjesdag, Staat van de
    Uitvoering, kadernota, gemeentebegroting); wat er al is, blijft."""
    ctx = context()
    toegevoegd = agendering.add_default_calendar(ctx, cli_actor(ctx, organisation), year)
    for m in toegevoegd:
        typer.echo(_regel(m))
    typer.echo(f"{len(toegevoegd)} moment(en) toegevoegd.")


@app.command("add")
@handles_errors
def add_command(
    organisation: str = ORG,
    name: str = typer.Option(..., "--name"),
    date: str = typer.Option(..., "--date", help="Het besluitmoment (JJJJ-MM-DD)."),
    deadline: str = typer.Option(..., "--deadline", help="Indiendeadline (JJJJ-MM-DD)."),
    reminder: list[int] = REMINDER,
    email: list[str] = EMAIL,
    description: str | None = typer.Option(None, "--description"),
) -> None:
    """Voeg een agenderingsmoment toe (standaard herinneringen 14 en 3 dagen vooraf)."""
    ctx = context()
    m = agendering.create_moment(
        ctx,
        cli_actor(ctx, organisation),
        NieuwMoment(
            name,
            _dag(date, "--date"),
            _dag(deadline, "--deadline"),
            tuple(reminder) or (14, 3),
            description,
            tuple(email),
        ),
    )
    typer.echo(_regel(m))


@app.command("edit")
@handles_errors
def edit_command(
    moment_id: uuid.UUID,
    organisation: str = ORG,
    name: str | None = typer.Option(None, "--name"),
    date: str | None = typer.Option(None, "--date"),
    deadline: str | None = typer.Option(None, "--deadline"),
    reminder: list[int] = REMINDER,
    email: list[str] = EMAIL,
    description: str | None = typer.Option(None, "--description"),
) -> None:
    """Wijzig een moment; herinneringen en e-mailadressen vervangen de vorige."""
    wijzigingen: dict[str, object] = {}
    for veld, waarde in (("naam", name), ("omschrijving", description)):
        if waarde is not None:
            wijzigingen[veld] = waarde
    if date:
        wijzigingen["datum"] = _dag(date, "--date")
    if deadline:
        wijzigingen["indiendeadline"] = _dag(deadline, "--deadline")
    if reminder:
        wijzigingen["herinneringen"] = tuple(reminder)
    if email:
        wijzigingen["emailadressen"] = tuple(email)
    if not wijzigingen:
        raise fail("niets te wijzigen: geef minstens één optie", 2)
    ctx = context()
    typer.echo(
        _regel(agendering.change_moment(ctx, cli_actor(ctx, organisation), moment_id, wijzigingen))
    )


@app.command("remove")
@handles_errors
def remove_command(moment_id: uuid.UUID, organisation: str = ORG) -> None:
    """Haal een moment uit de kalender (niet zolang er knelpunten op gericht zijn)."""
    ctx = context()
    agendering.delete_moment(ctx, cli_actor(ctx, organisation), moment_id)
    typer.echo(f"Verwijderd: {moment_id}")


@app.command("target")
@handles_errors
def target_command(
    knelpunt_id: uuid.UUID,
    moment_id: uuid.UUID | None = typer.Argument(None, help="Leeg: van de kalender halen."),
    organisation: str = ORG,
    reason: str | None = typer.Option(None, "--reason", help="Waarom (audit trail)."),
) -> None:
    """Richt een knelpunt (zijn knelpuntenbrief) op een agenderingsmoment."""
    ctx = context()
    k = agendering.target(ctx, cli_actor(ctx, organisation), knelpunt_id, moment_id, reason)
    typer.echo(f"{k.id}: agenderingsmoment {k.agenderingsmoment_id or '(geen)'}")


@app.command("remind")
@handles_errors
def remind_command(
    dry_run: bool = typer.Option(False, "--dry-run", help="Toon alleen wat er zou gebeuren."),
    organisation: str | None = typer.Option(None, "--organisation", help="Alleen deze."),
) -> None:
    """Verstuur de herinneringen die aan de beurt zijn (ook periodiek in `serve`)."""
    gedaan = herinneringen.send_reminders(context(), organisatie=organisation, dry_run=dry_run)
    for h in gedaan:
        typer.echo(
            f"{'(droog) ' if dry_run else ''}{h.organisatie} {h.moment}: deadline "
            f"{h.indiendeadline:%d-%m-%Y} (nog {h.dagen_resterend} dagen)  {h.titel}"
            f"{'' if dry_run else f'  [{h.emails} e-mail(s)]'}"
        )
    typer.echo(f"{len(gedaan)} herinnering(en) {'te versturen' if dry_run else 'verstuurd'}.")
