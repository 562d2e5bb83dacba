# SPDX-License-Identifier: EUPL-1.2
"""``hartslag knelpunt ...``, ``hartslag escalate``, ``hartslag letter`` and
``hartslag feedback ...``: the bottleneck lifecycle from the terminal."""

from __future__ import annotations

import uuid
from pathlib import Path

import typer

from hartslag.adapters.cli.gedeeld import cli_actor, context, fail, handles_errors, load_settings
from hartslag.adapters.documenten.brief import render
from hartslag.adapters.mail.smtp import SmtpMailer
from hartslag.domein.knelpunt import Eigenaar, Knelpuntstatus
from hartslag.services import berichten, eigenaarschap, knelpunten, opschaling, terugkoppelingen
from hartslag.services.brief import build_letter

app = typer.Typer(help="Knelpunten: dossiers, workflow en eigenaarschap.", no_args_is_help=True)
feedback = typer.Typer(help="Terugkoppeling: beoordelen en versturen.", no_args_is_help=True)
ORG = typer.Option(..., "--organisation", help="Organisatiecode.")


@app.command("list")
@handles_errors
def list_command(
    organisation: str = ORG, status: Knelpuntstatus | None = typer.Option(None)
) -> None:
    """Toon de knelpunten waarbij de organisatie betrokken is."""
    ctx = context()
    for k in knelpunten.list_knelpunten(ctx, cli_actor(ctx, organisation), status):
        eigenaar = k.eigenaar.label if k.eigenaar else "(geen eigenaar)"
        typer.echo(f"{k.id}  {k.status.value:<15} {eigenaar:<30} {k.titel}")


@app.command("transition")
@handles_errors
def transition_command(
    knelpunt_id: uuid.UUID,
    status: Knelpuntstatus,
    organisation: str = ORG,
    reason: str = typer.Option(..., "--reason", help="Waarom (audit trail)."),
) -> None:
    """Zet een knelpunt in een andere status (volgens de workflow)."""
    ctx = context()
    k = knelpunten.transition_knelpunt(
        ctx, cli_actor(ctx, organisation), knelpunt_id, status, reason
    )
    typer.echo(f"{k.id}: {k.status.value}")


@app.command("transfer")
@handles_errors
def transfer_command(
    knelpunt_id: uuid.UUID,
    organisation: str = ORG,
    to: str = typer.Option(..., "--to", help="Ontvangende organisatie."),
    team: str | None = typer.Option(None, "--team"),
    person: str | None = typer.Option(None, "--person"),
    reason: str = typer.Option(..., "--reason"),
) -> None:
    """Bied het eigenaarschap aan; de huidige eigenaar blijft tot de ontvanger accepteert."""
    ctx = context()
    eigenaarschap.transfer_owner(
        ctx, cli_actor(ctx, organisation), knelpunt_id, Eigenaar(to, team, person), reason
    )
    typer.echo(f"Aangeboden aan {Eigenaar(to, team, person).label}; wacht op acceptatie.")


@app.command("accept")
@handles_errors
def accept_command(knelpunt_id: uuid.UUID, organisation: str = ORG) -> None:
    """Accepteer het aangeboden eigenaarschap namens de organisatie."""
    ctx = context()
    k = eigenaarschap.accept_transfer(ctx, cli_actor(ctx, organisation), knelpunt_id, None)
    typer.echo(f"Eigenaar: {k.eigenaar.label if k.eigenaar else '-'}")


@app.command("no-owner")
@handles_errors
def no_owner_command(organisation: str = ORG) -> None:
    """Open knelpunten zonder (aanwezige) eigenaar."""
    ctx = context()
    for k in eigenaarschap.without_owner(ctx, cli_actor(ctx, organisation)):
        typer.echo(f"{k.id}  {k.status.value:<15} {k.titel}")


@app.command("stuck")
@handles_errors
def stuck_command(organisation: str = ORG) -> None:
    """Vastgelopen knelpunten: dagen zonder voortgang, eigenaar, niveau."""
    ctx = context()
    o = opschaling.stuck(ctx, cli_actor(ctx, organisation))
    for r in o.knelpunten:
        eigenaar = r.knelpunt.eigenaar.label if r.knelpunt.eigenaar else "(geen eigenaar)"
        typer.echo(
            f"{r.dagen_zonder_voortgang:>4} dagen  {r.niveau:<20} {eigenaar:<30} {r.knelpunt.titel}"
        )
        if r.dagen_over_streefdatum is not None:
            streef = r.knelpunt.streefdatum.isoformat() if r.knelpunt.streefdatum else "-"
            typer.echo(f"      streefdatum {streef} verstreken ({r.dagen_over_streefdatum} dagen)")
        for a in r.te_late_acties:
            deadline = a.deadline.isoformat() if a.deadline else "-"
            typer.echo(f"      actie te laat (deadline {deadline}, {a.eigenaar}): {a.omschrijving}")
    typer.echo(
        f"{len(o.knelpunten)} knelpunt(en); {o.over_streefdatum} voorbij de streefdatum, "
        f"{o.te_late_acties} actie(s) te laat."
    )


@handles_errors
def escalate_command(
    dry_run: bool = typer.Option(False, "--dry-run", help="Toon alleen wat er zou gebeuren."),
    organisation: str | None = typer.Option(
        None, "--organisation", help="Alleen deze organisatie."
    ),
) -> None:
    """Schaal knelpunten op die te lang geen voortgang hebben (ook periodiek in `serve`)."""
    gedaan = opschaling.escalate(context(), organisatie=organisation, dry_run=dry_run)
    for o in gedaan:
        typer.echo(
            f"{'(droog) ' if dry_run else ''}{o.organisatie} {o.knelpunt_id}: {o.van} -> {o.naar} "
            f"({o.dagen_zonder_voortgang} dagen)  {o.titel}"
        )
    typer.echo(f"{len(gedaan)} knelpunt(en) {'zou(den) worden' if dry_run else ''} opgeschaald.")


@handles_errors
def letter_command(
    knelpunt_id: uuid.UUID,
    organisation: str = ORG,
    format: str = typer.Option("html", "--format", help="html, pdf of docx."),
    output: Path | None = typer.Option(
        None, "-o", "--output", help="Bestand (standaard: knelpuntenbrief-ID.EXT)."
    ),
) -> None:
    """Maak de knelpuntenbrief van een knelpunt."""
    if format not in ("html", "pdf", "docx"):
        raise fail("--format is html, pdf of docx", 2)
    ctx = context()
    inhoud = render(build_letter(ctx, cli_actor(ctx, organisation), knelpunt_id, format), format)
    pad = output or Path(f"knelpuntenbrief-{knelpunt_id}.{format}")
    pad.write_bytes(inhoud)
    typer.echo(f"Geschreven: {pad}")


@feedback.command("send")
@handles_errors
def send_command() -> None:
    """Bezorg wachtende e-mails uit de outbox (met herhaalpogingen; nooit dubbel)."""
    settings = load_settings()
    mailer = SmtpMailer.from_settings(settings)
    if mailer is None:
        raise fail("HARTSLAG_SMTP_HOST is niet ingesteld: berichten blijven in de outbox")
    u = berichten.deliver(context(), mailer)
    typer.echo(
        f"verzonden {u.verzonden}, uitgesteld {u.uitgesteld}, gebounced {u.gebounced}, "
        f"mislukt {u.mislukt}"
    )


@feedback.command("list")
@handles_errors
def feedback_list(organisation: str = ORG) -> None:
    """Terugkoppelingen (concept of goedgekeurd)."""
    ctx = context()
    for t in terugkoppelingen.list_terugkoppelingen(ctx, cli_actor(ctx, organisation)):
        over = f"knelpunt {t.knelpunt_id}" if t.knelpunt_id else f"signaal {t.signaal_id}"
        typer.echo(f"{t.id}  {t.status.value:<12} {t.mijlpaal.value:<14} {over}  {t.tekst[:60]}")


@feedback.command("approve")
@handles_errors
def feedback_approve(terugkoppeling_id: uuid.UUID, organisation: str = ORG) -> None:
    """Keur een terugkoppeling goed: e-mails naar de eigen melders in de outbox."""
    ctx = context()
    _, mails = terugkoppelingen.approve(ctx, cli_actor(ctx, organisation), terugkoppeling_id)
    typer.echo(f"Goedgekeurd; {mails} e-mail(s) in de outbox.")
