# SPDX-License-Identifier: EUPL-1.2
"""``hartslag analyse``: patterns, repeat contacts, early warnings and theme suggestions."""

from __future__ import annotations

import datetime as dt
import sys
from typing import TYPE_CHECKING

import typer

from hartslag.adapters.cli.gedeeld import context, fail, handles_errors
from hartslag.services.context import Context

if TYPE_CHECKING:  # the analysis loads scikit-learn: only for the commands that run it
    from hartslag.services.analyseren import Analyseuitkomst

STAPPEN = {
    "laden": "signalen laden",
    "representatie": "tekst representeren",
    "embedden": "vectoren maken",
    "clusteren": "patronen zoeken",
    "samenvatten": "patronen beschrijven",
    "vroegsignalering": "vroegsignalering",
    "themas": "themasuggesties",
    "opslaan": "opslaan",
    "klaar": "klaar",
}


def _datum(waarde: str | None, optie: str) -> dt.date | None:
    if waarde is None:
        return None
    try:
        return dt.date.fromisoformat(waarde)
    except ValueError:
        fout = f"{optie}: '{waarde}' is geen datum; gebruik bijvoorbeeld 2026-11-03"
        raise fail(fout, 2) from None


def progress(stap: str, gedaan: int, totaal: int) -> None:
    """One line per step on stderr; a running count where a step has one."""
    tekst = STAPPEN.get(stap, stap)
    if stap == "embedden" and totaal:
        tekst += f" {gedaan}/{totaal}"
    print(f"  … {tekst}", file=sys.stderr, flush=True)


def analyse_and_report(
    ctx: Context,
    actor: str,
    organisatie: str | None = None,
    vanaf: dt.date | None = None,
    peildatum: dt.date | None = None,
    quiet: bool = False,
) -> Analyseuitkomst:
    """Run the analysis and print what it found (used by ``demo load`` too)."""
    from hartslag.services.analyseren import run_analysis

    uitkomst = run_analysis(
        ctx,
        actor,
        organisatie,
        vanaf,
        peildatum,
        voortgang=(lambda *_: None) if quiet else progress,
    )
    typer.echo(
        f"Analyse {uitkomst.bereik} op {uitkomst.peildatum}: {uitkomst.signalen} signalen, "
        f"{uitkomst.patronen} patronen ({uitkomst.organisatieoverstijgend} "
        f"organisatieoverstijgend), {uitkomst.herhaalcontacten} herhaalcontacten, "
        f"{uitkomst.waarschuwingen} waarschuwingen, {uitkomst.themasuggesties} "
        f"themasuggesties ({uitkomst.seconden} s)."
    )
    return uitkomst


@handles_errors
def analyse_command(
    organisation: str | None = typer.Option(
        None,
        "--organisation",
        help="Alleen de signalen van deze organisatie (standaard: "
        "alle organisaties samen, zodat organisatieoverstijgende patronen zichtbaar worden).",
    ),
    since: str | None = typer.Option(None, "--since", help="Alleen signalen vanaf deze datum."),
    peildatum: str | None = typer.Option(
        None,
        "--peildatum",
        help="Analyseer zoals op deze datum: alleen signalen die tot en "
        "met die dag binnenkwamen (voor herhaling, audit en benchmarks).",
    ),
) -> None:
    """Zoek patronen, herhaalcontacten en stijgingen; stel thema's voor."""
    ctx = context()
    analyse_and_report(
        ctx,
        f"cli:{_user()}",
        organisation,
        _datum(since, "--since"),
        _datum(peildatum, "--peildatum"),
    )


def _user() -> str:
    import getpass

    return getpass.getuser()
