# SPDX-License-Identifier: EUPL-1.2
"""``hartslag subject``: the rights of a data subject (find, export, erase)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import typer

from hartslag.adapters.cli.gedeeld import cli_actor, context, handles_errors
from hartslag.services import betrokkenen, inzage

app = typer.Typer(
    help="Rechten van betrokkenen: zoeken, inzage (export) en wissen.", no_args_is_help=True
)

ORGANISATIE = typer.Option(..., "--organisation", help="Organisatiecode.")
EMAIL = typer.Option(None, "--email", help="E-mailadres van de betrokkene.")
TELEFOON = typer.Option(None, "--phone", help="Telefoonnummer van de betrokkene.")
BSN = typer.Option(None, "--bsn", help="BSN van de betrokkene.")
IBAN = typer.Option(None, "--iban", help="IBAN van de betrokkene.")
NAAM = typer.Option(
    [],
    "--name",
    help="Naam van de betrokkene, zoals in vrije tekst geschreven (herhaalbaar: "
    "'De Boer', 'Anna de Boer').",
)


@app.command("find")
@handles_errors
def find_command(
    organisation: str = ORGANISATIE,
    email: str | None = EMAIL,
    phone: str | None = TELEFOON,
    bsn: str | None = BSN,
    iban: str | None = IBAN,
    name: list[str] = NAAM,
) -> None:
    """Toon de signalen die over deze persoon gaan (gevonden via het pseudoniem)."""
    ids = betrokkenen.identificaties(email=email, telefoon=phone, bsn=bsn, iban=iban, namen=name)
    ctx = context()
    gevonden = betrokkenen.find_subject(ctx, cli_actor(ctx, organisation), ids)
    for g in gevonden.signalen:
        via = ", ".join(sorted(h.value for h in g.treffer.herkomst))
        extra = " contactgegevens" if g.treffer.contact_id else ""
        extra += " origineel" if g.treffer.heeft_origineel else ""
        typer.echo(f"{g.referentie}  via {via}{'  bewaard:' + extra if extra else ''}")
    for v in gevonden.vermeldingen:
        typer.echo(f"{v.onderwerp_type} {v.onderwerp_id}  genoemd in {', '.join(v.velden)}")
    typer.echo(
        f"{len(gevonden.signalen)} signalen en {len(gevonden.vermeldingen)} andere vermeldingen "
        "gevonden.",
        err=True,
    )


@app.command("export")
@handles_errors
def export_command(
    organisation: str = ORGANISATIE,
    email: str | None = EMAIL,
    phone: str | None = TELEFOON,
    bsn: str | None = BSN,
    iban: str | None = IBAN,
    name: list[str] = NAAM,
    output: Path | None = typer.Option(
        None, "--output", "-o", help="JSON-bestand (standaard stdout)."
    ),
) -> None:
    """Schrijf alles wat Hartslag over deze persoon bewaart naar JSON (inzageverzoek)."""
    ids = betrokkenen.identificaties(email=email, telefoon=phone, bsn=bsn, iban=iban, namen=name)
    ctx = context()
    document = inzage.export_subject(ctx, cli_actor(ctx, organisation), ids)
    tekst = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    if output is None:
        sys.stdout.write(tekst)
    else:
        output.write_text(tekst, encoding="utf-8")
    typer.echo(
        f"{len(document['signalen'])} signalen en {len(document['vermeldingen'])} andere "
        "vermeldingen in het overzicht.",
        err=True,
    )


@app.command("erase")
@handles_errors
def erase_command(
    organisation: str = ORGANISATIE,
    email: str | None = EMAIL,
    phone: str | None = TELEFOON,
    bsn: str | None = BSN,
    iban: str | None = IBAN,
    name: list[str] = NAAM,
    yes: bool = typer.Option(False, "--yes", help="Niet om bevestiging vragen."),
) -> None:
    """Wis contactgegevens, originelen en koppelingen van deze persoon (AVG art. 17)."""
    ids = betrokkenen.identificaties(email=email, telefoon=phone, bsn=bsn, iban=iban, namen=name)
    ctx = context()
    actor = cli_actor(ctx, organisation)
    if not yes:
        typer.confirm(
            "Persoonsgegevens van deze betrokkene wissen? Dit kan niet ongedaan worden.",
            abort=True,
        )
    w = betrokkenen.erase_subject(ctx, actor, ids)
    typer.echo(
        f"{w.signalen} signalen ontkoppeld: {w.contactgegevens} contactgegevens, "
        f"{w.originelen} originelen, {w.berichten} berichten en {w.koppelingen} "
        f"pseudoniemkoppelingen gewist; {w.melderkenmerken} melderkenmerken verwijderd. "
        f"{w.vermeldingen} andere vermeldingen ontkoppeld ({w.tekstkoppelingen} koppelingen)."
    )
