# SPDX-License-Identifier: EUPL-1.2
"""``hartslag session ...``: sensemaking sessions (duidingssessies) from the terminal."""

from __future__ import annotations

import datetime as dt
import uuid

import typer

from hartslag.adapters.cli.gedeeld import cli_actor, context, fail, handles_errors
from hartslag.domein.duiding import Afspraak, Deelnemer, Deelnemersoort, Duidingssessie
from hartslag.services import duidingssessies
from hartslag.services.duidingssessies import NieuweSessie, Sessieagenda
from hartslag.services.invoer import parse_tijdstip

app = typer.Typer(
    help="Duidingssessies (casuïstiekbesprekingen): plannen, voorbereiden, vastleggen.",
    no_args_is_help=True,
)
ORG = typer.Option(..., "--organisation", help="Organisatiecode.")
DEELNEMER = "ORGANISATIE[;NAAM[;ROL]]"


def _deelnemer(tekst: str, soort: Deelnemersoort) -> Deelnemer:
    delen = [d.strip() or None for d in tekst.split(";")]
    if not delen[0] or len(delen) > 3:
        raise fail(f"deelnemer '{tekst}': schrijf {DEELNEMER}", 2)
    naam = delen[1] if len(delen) > 1 else None
    rol = delen[2] if len(delen) > 2 else None
    return Deelnemer(delen[0], naam, rol, soort)


def _deelnemers(
    participants: list[str], partners: list[str], experts: list[str]
) -> tuple[Deelnemer, ...]:
    return (
        *(_deelnemer(p, Deelnemersoort.PUBLIEKE_ORGANISATIE) for p in participants),
        *(_deelnemer(p, Deelnemersoort.MAATSCHAPPELIJKE_PARTNER) for p in partners),
        *(_deelnemer(p, Deelnemersoort.ERVARINGSDESKUNDIGE) for p in experts),
    )


def _afspraak(tekst: str) -> Afspraak:
    delen = [d.strip() for d in tekst.split(";")]
    try:
        knelpunt_id = uuid.UUID(delen[0])
        deadline = dt.date.fromisoformat(delen[3]) if len(delen) > 3 and delen[3] else None
    except (ValueError, IndexError):
        knelpunt_id = None
    if knelpunt_id is None or len(delen) not in (3, 4) or not delen[1] or not delen[2]:
        raise fail(f"actie '{tekst}': schrijf KNELPUNT_ID;OMSCHRIJVING;EIGENAAR[;JJJJ-MM-DD]", 2)
    return Afspraak(knelpunt_id, delen[1], delen[2], deadline)


def _datum(tekst: str) -> dt.datetime:
    try:
        waarde = parse_tijdstip(tekst)
    except ValueError:
        waarde = None
    if not isinstance(waarde, dt.datetime):
        raise fail(f"--date '{tekst}': gebruik 2026-12-01T10:00 of 01-12-2026 10:00", 2)
    return waarde


def _show(s: Duidingssessie) -> None:
    typer.echo(f"{s.id}  {s.status.value}  {s.datum:%d-%m-%Y %H:%M}  {s.titel}")
    for d in s.deelnemers:
        wie = " / ".join(x for x in (d.naam, d.rol) if x)
        typer.echo(f"  deelnemer: {d.organisatie}{f' ({wie})' if wie else ''} [{d.soort.value}]")
    for k in s.knelpunten:
        typer.echo(f"  knelpunt:  {k}")
    for c in s.conclusies:
        typer.echo(f"  conclusie: {c}")
    for a in s.afspraken:
        deadline = f", uiterlijk {a.deadline:%d-%m-%Y}" if a.deadline else ""
        actie = f" -> actie {a.actie_id}" if a.actie_id else ""
        typer.echo(f"  actie:     {a.omschrijving} ({a.eigenaar}{deadline}){actie}")


@app.command("list")
@handles_errors
def list_command(
    organisation: str = ORG,
    bottleneck: uuid.UUID | None = typer.Option(
        None, "--bottleneck", help="Alleen over dit knelpunt."
    ),
) -> None:
    """Toon de duidingssessies van de organisatie (nieuwste eerst)."""
    ctx = context()
    for s in duidingssessies.list_sessies(ctx, cli_actor(ctx, organisation), bottleneck):
        typer.echo(f"{s.id}  {s.status.value:<10} {s.datum:%d-%m-%Y}  {s.titel}")


@app.command("create")
@handles_errors
def create_command(
    organisation: str = ORG,
    title: str = typer.Option(..., "--title", help="Titel van de sessie."),
    date: str = typer.Option(
        ..., "--date", help="Wanneer (2026-12-01T10:00; zonder zone NL-tijd)."
    ),
    bottleneck: list[uuid.UUID] = typer.Option([], "--bottleneck", help="Te bespreken knelpunt."),
    participant: list[str] = typer.Option([], "--participant", help=f"Deelnemer: {DEELNEMER}."),
    partner: list[str] = typer.Option(
        [], "--partner", help=f"Maatschappelijke partner: {DEELNEMER}."
    ),
    expert: list[str] = typer.Option([], "--expert", help=f"Ervaringsdeskundige: {DEELNEMER}."),
) -> None:
    """Plan een duidingssessie."""
    ctx = context()
    s = duidingssessies.create_sessie(
        ctx,
        cli_actor(ctx, organisation),
        NieuweSessie(
            titel=title,
            datum=_datum(date),
            deelnemers=_deelnemers(participant, partner, expert),
            knelpunten=tuple(bottleneck),
        ),
    )
    typer.echo(f"Gepland: {s.id}")


@app.command("show")
@handles_errors
def show_command(sessie_id: uuid.UUID, organisation: str = ORG) -> None:
    """Toon een sessie: deelnemers, knelpunten, conclusies en acties."""
    ctx = context()
    _show(duidingssessies.get_sessie(ctx, cli_actor(ctx, organisation), sessie_id))


@app.command("update")
@handles_errors
def update_command(
    sessie_id: uuid.UUID,
    organisation: str = ORG,
    title: str | None = typer.Option(None, "--title"),
    date: str | None = typer.Option(None, "--date"),
    bottleneck: list[uuid.UUID] = typer.Option([], "--bottleneck", help="Knelpunt erbij."),
    participant: list[str] = typer.Option([], "--participant", help=f"Erbij: {DEELNEMER}."),
    partner: list[str] = typer.Option([], "--partner", help=f"Erbij: {DEELNEMER}."),
    expert: list[str] = typer.Option([], "--expert", help=f"Erbij: {DEELNEMER}."),
    conclusion: list[str] = typer.Option([], "--conclusion", help="Conclusie erbij."),
    action: list[str] = typer.Option(
        [], "--action", help="Afspraak erbij: KNELPUNT_ID;OMSCHRIJVING;EIGENAAR[;JJJJ-MM-DD]."
    ),
) -> None:
    """Vul de sessie aan zolang ze niet is vastgelegd (lijsten worden aangevuld)."""
    ctx = context()
    actor = cli_actor(ctx, organisation)
    s = duidingssessies.get_sessie(ctx, actor, sessie_id)
    wijzigingen: dict[str, object] = {}
    if title:
        wijzigingen["titel"] = title
    if date:
        wijzigingen["datum"] = _datum(date)
    if bottleneck:
        wijzigingen["knelpunten"] = tuple(dict.fromkeys((*s.knelpunten, *bottleneck)))
    nieuw = _deelnemers(participant, partner, expert)
    if nieuw:
        wijzigingen["deelnemers"] = (*s.deelnemers, *nieuw)
    if conclusion:
        wijzigingen["conclusies"] = (*s.conclusies, *conclusion)
    if action:
        wijzigingen["afspraken"] = (*s.afspraken, *(_afspraak(a) for a in action))
    if not wijzigingen:
        raise fail("niets te wijzigen: geef minstens één optie", 2)
    _show(duidingssessies.change(ctx, actor, sessie_id, wijzigingen))


@app.command("prepare")
@handles_errors
def prepare_command(sessie_id: uuid.UUID, organisation: str = ORG) -> None:
    """Toon de agenda: per knelpunt cijfers, casussen, open acties en de vraag."""
    ctx = context()
    _agenda(duidingssessies.prepare(ctx, cli_actor(ctx, organisation), sessie_id))


def _agenda(a: Sessieagenda) -> None:
    s = a.sessie
    typer.echo(f"# {s.titel}\n{s.datum:%d-%m-%Y %H:%M}\n")
    typer.echo("Deelnemers: " + ", ".join(d.naam or d.organisatie for d in s.deelnemers))
    for nummer, p in enumerate(a.punten, start=1):
        k, c = p.knelpunt, p.cijfers
        typer.echo(f"\n## {nummer}. {k.titel} ({k.status.value})")
        typer.echo(f"Knellend mechanisme: {k.knellend_mechanisme or 'nog niet vastgesteld'}")
        typer.echo(
            f"Cijfers: {c.aantal_signalen} signalen van {', '.join(c.organisaties)}; "
            + ", ".join(f"{maand}: {n}" for maand, n in c.per_maand.items())
        )
        for casus in p.casussen:
            typer.echo(f"Casus '{casus.titel}': {casus.verhaal}")
        for actie in p.open_acties:
            typer.echo(f"Open actie: {actie.omschrijving} ({actie.eigenaar})")
        typer.echo(f"Vraag: {p.vraag}")
    for casus in s.besproken_casussen:
        typer.echo(f"\nCasus '{casus.titel}': {casus.verhaal}")


@app.command("record")
@handles_errors
def record_command(sessie_id: uuid.UUID, organisation: str = ORG) -> None:
    """Leg de sessie vast: de afspraken worden acties op de dossiers."""
    ctx = context()
    s = duidingssessies.record_outcome(ctx, cli_actor(ctx, organisation), sessie_id)
    typer.echo(f"Vastgelegd: {len(s.conclusies)} conclusie(s), {len(s.afspraken)} actie(s).")
    _show(s)
