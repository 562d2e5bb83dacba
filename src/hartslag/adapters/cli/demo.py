# SPDX-License-Identifier: EUPL-1.2
"""``hartslag demo load``: realistic Dutch demo signals for five organisations."""

from __future__ import annotations

import datetime as dt
import secrets
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import typer

from hartslag.adapters.cli.analyse import analyse_and_report
from hartslag.adapters.cli.gedeeld import cli_actor, context, handles_errors, load_settings
from hartslag.adapters.opslag.database import make_engine, upgrade
from hartslag.domein.actor import Actor
from hartslag.domein.patroon import Waarschuwing
from hartslag.domein.vocabulaire import Rol
from hartslag.services import accounts, beheer, patronen
from hartslag.services.context import Context
from hartslag.services.demoafspraken import CONVENANT, record_demo_agreements
from hartslag.services.demodossiers import load_demo_dossiers
from hartslag.services.importeren import import_rows
from hartslag.services.voorbereiding import ImportRij

app = typer.Typer(help="Demodata.", no_args_is_help=True)


def _rij(nummer: int, signaal: dict[str, Any]) -> ImportRij:
    velden = {k: v for k, v in signaal.items() if k != "contact"}
    contact = signaal.get("contact") or {}
    for sleutel, kolom in (
        ("naam", "contactNaam"),
        ("email", "contactEmail"),
        ("telefoon", "contactTelefoon"),
    ):
        if contact.get(sleutel):
            velden[kolom] = contact[sleutel]
    return ImportRij(nummer, velden)


def _rijen(signalen: list[dict[str, Any]]) -> Iterator[ImportRij]:
    for nummer, signaal in enumerate(signalen, start=1):
        yield _rij(nummer, signaal)


def _weigeren(fouten: list[Any]) -> None:
    if fouten:
        raise RuntimeError(f"demodata bevat ongeldige rijen: {fouten[:3]}")


def show_analysis(ctx: Context, organisatie: str, peildatum: dt.date) -> None:
    """Analyse the demo data as on its last day and show what an analyst would see first."""
    analyse_and_report(ctx, "demo", peildatum=peildatum, quiet=True)
    actor = cli_actor(ctx, organisatie)
    typer.echo(f"\nOrganisatieoverstijgende patronen (gezien vanuit {organisatie}):")
    for p in patronen.list_patronen(ctx, actor, organisatieoverstijgend=True)[:5]:
        typer.echo(f"  {p.titel} — {p.omvang} signalen, {len(p.organisaties)} organisaties")
    typer.echo("Waarschuwingen:")
    for w in patronen.list_waarschuwingen(ctx, actor)[:5]:
        typer.echo(f"  [{w.soort}] {w.onderwerp_soort} {_onderwerp(ctx, actor, w)}: {w.uitleg}")


def _onderwerp(ctx: Context, actor: Actor, w: Waarschuwing) -> str:
    if w.patroon_id is None:
        return w.onderwerp
    return f"'{patronen.get_patroon(ctx, actor, w.patroon_id).titel}'"


def _print_demo_accounts(ctx: Context, eerste: str, partner: str, url: str) -> None:
    """One web account per role (the partner in a second organisation), with a fresh random
    password on every load: demo data must not open a real installation to a known one."""
    typer.echo(f"\nInloggen in de webapplicatie: {url.rstrip('/')}/inloggen")
    for rol in Rol:
        organisatie = partner if rol is Rol.PARTNER else eerste
        email = f"{rol.value}@{organisatie.lower()}.example.com"
        wachtwoord = secrets.token_urlsafe(12)
        accounts.ensure_account(ctx, organisatie, email, rol, wachtwoord)
        typer.echo(f"  {rol.value:<11} {email:<34} wachtwoord: {wachtwoord}")


@app.command("load")
@handles_errors
def load(
    seed: int = typer.Option(42, "--seed", help="Zelfde seed, zelfde data."),
    scale: float = typer.Option(1.0, "--scale", min=0.01, help="Volumefactor."),
    end: str = typer.Option("2026-10-31", "--end", help="Laatste dag van de 18 maanden."),
    ground_truth: Path = typer.Option(
        Path("demo-grondwaarheid.json"),
        "--ground-truth",
        help="Waar de grondwaarheid (welk probleem elk signaal maakte) heen gaat.",
    ),
    url: str = typer.Option(
        "http://127.0.0.1:8000", "--url", help="Adres van de API, voor het voorbeeld."
    ),
) -> None:
    """Laad demodata (idempotent: opnieuw laden slaat niets dubbel op) en toon API-tokens."""
    from hartslag.demo import generate, write_grondwaarheid

    upgrade(make_engine(load_settings().database_url))
    ctx = context()
    dataset = generate(seed=seed, scale=scale, end=dt.date.fromisoformat(end))
    per_organisatie: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for signaal in dataset.signalen:
        per_organisatie[str(signaal["organisatie"])].append(signaal)
    with ctx.uow(schrijven=False) as uow:
        bestaand = {code for _, code, _ in uow.organisaties.all()}
    for org in dataset.organisaties:
        if org.code not in bestaand:
            beheer.create_organisatie(ctx, org.code, org.naam)
        uitkomst = import_rows(
            ctx,
            cli_actor(ctx, org.code),
            _rijen(per_organisatie[org.code]),
            bestandsnaam=f"demo-{org.code}",
            bestandshash=f"demo:{seed}:{scale}:{end}:{org.code}",
            rapport=_weigeren,
        )
        typer.echo(
            f"{org.code:<8} {uitkomst.opgeslagen:>6} signalen geladen "
            f"({uitkomst.dubbel} waren er al)"
        )
    codes = [o.code for o in dataset.organisaties]
    # Valid from the data's first day: the dossiers replay their history on a demo clock.
    vanaf = dt.datetime.combine(dataset.start, dt.time(), tzinfo=dt.UTC)
    nieuw = record_demo_agreements(ctx, codes, vanaf)
    typer.echo(f"Deelafspraken binnen de installatie: {nieuw} vastgelegd ({CONVENANT}).")
    typer.echo(load_demo_dossiers(ctx, dataset).samenvatting())
    write_grondwaarheid(dataset, ground_truth)
    typer.echo(f"Grondwaarheid: {ground_truth}")
    eerste = dataset.organisaties[0].code
    show_analysis(ctx, eerste, dataset.end)
    tokens = {
        rol: beheer.create_token(ctx, eerste, rol, f"demo-{rol.value}")
        for rol in (Rol.ANALIST, Rol.FRONTLINIE)
    }
    _print_demo_accounts(ctx, eerste, dataset.organisaties[1].code, url)
    typer.echo(
        f"\nInloggen bij de API als {eerste} (analist): stuur de header\n"
        f"  Authorization: Bearer {tokens[Rol.ANALIST]}\n"
        f"Voorbeeld:\n  curl -H 'Authorization: Bearer {tokens[Rol.ANALIST]}' "
        f"'{url.rstrip('/')}/api/v1/signalen?zoek=toeslag'\n"
        f"Patronen en waarschuwingen: /api/v1/patronen, /api/v1/waarschuwingen\n"
        f"Frontlinie-token ({eerste}): {tokens[Rol.FRONTLINIE]}\n"
        f"Meer tokens: hartslag token create --organisation CODE --role ROL"
    )
