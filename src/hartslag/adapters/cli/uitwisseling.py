# SPDX-License-Identifier: EUPL-1.2
"""``hartslag exchange``: OIN, partners, subscriptions, secrets, sharing agreements, and
the outbox, inbox and dead letters (docs/uitwisseling.md)."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime, timedelta

import typer

from hartslag.adapters.cli import gedeeldeknelpunten
from hartslag.adapters.cli.gedeeld import (
    cli_actor,
    context,
    fail,
    handles_errors,
    load_settings,
)
from hartslag.adapters.opslag.database import make_engine, upgrade
from hartslag.adapters.planner import deliver_events
from hartslag.bootstrap import bootstrap
from hartslag.domein.uitwisseling import Gebeurtenistype, Richting
from hartslag.services import (
    bezorging,
    demopartner,
    gegevensstromen,
    netwerkbeeld,
    uitwisseling,
    uitwisselingbeheer,
    uitwisselinghistorie,
)
from hartslag.services.uitwisselingpoorten import ONBESTELBAAR

app = typer.Typer(help="Uitwisseling met partnerorganisaties.", no_args_is_help=True)
partner = typer.Typer(help="Partners, abonnementen en sleutels.", no_args_is_help=True)
agreement = typer.Typer(help="Deelafspraken.", no_args_is_help=True)
app.add_typer(partner, name="partner")
app.add_typer(agreement, name="agreement")
app.add_typer(gedeeldeknelpunten.app, name="bottleneck")
ORG = typer.Option(..., "--organisation", help="Organisatiecode.")


@app.command("oin")
@handles_errors
def oin_command(
    oin: str = typer.Argument(..., help="Het OIN (20 cijfers)."), organisation: str = ORG
) -> None:
    """Zet het OIN van de organisatie (de bron van haar gebeurtenissen)."""
    ctx = context()
    actor = cli_actor(ctx, organisation)
    uitwisselingbeheer.set_oin(ctx, actor.organisatie_id, oin, actor.label)
    typer.echo(f"OIN van {organisation} is {oin}.")


@partner.command("add")
@handles_errors
def partner_add(
    code: str = typer.Argument(..., help="Code van de partner, bijv. GEM-UTR."),
    organisation: str = ORG,
    name: str = typer.Option(..., "--name"),
    oin: str = typer.Option(..., "--oin", help="OIN van de partner."),
    url: str | None = typer.Option(None, "--url", help="Webhook-URL (abonnement)."),
    secret: str | None = typer.Option(None, "--secret", help="Sleutel van de partner."),
) -> None:
    """Voeg een partner toe; toont de gedeelde sleutel eenmalig."""
    ctx = context()
    actor = cli_actor(ctx, organisation)
    geheim = uitwisselingbeheer.add_partner(
        ctx, actor.organisatie_id, code, name, oin, url, actor.label, secret
    )
    typer.echo(f"Partner {code} toegevoegd. Sleutel (eenmalig getoond): {geheim}")


@partner.command("list")
@handles_errors
def partner_list(organisation: str = ORG) -> None:
    """Toon de partners."""
    ctx = context()
    actor = cli_actor(ctx, organisation)
    with ctx.uow(schrijven=False) as uow:
        for p in uow.partners.all(actor.organisatie_id):
            typer.echo(f"{p.code}\t{p.oin}\t{p.webhook_url or '-'}\t{p.naam}")


@partner.command("subscribe")
@handles_errors
def partner_subscribe(
    code: str = typer.Argument(...),
    organisation: str = ORG,
    url: str | None = typer.Option(None, "--url", help="Webhook-URL; weglaten: stoppen."),
) -> None:
    """Zet (of wis) de webhook-URL waar de partner onze gebeurtenissen ontvangt."""
    ctx = context()
    actor = cli_actor(ctx, organisation)
    uitwisselingbeheer.subscribe(ctx, actor.organisatie_id, code, url, actor.label)
    typer.echo(f"Abonnement van {code}: {url or 'gestopt'}.")


@partner.command("rotate-secret")
@handles_errors
def partner_rotate(
    code: str = typer.Argument(...),
    organisation: str = ORG,
    secret: str | None = typer.Option(None, "--secret", help="De nieuwe sleutel van de partner."),
) -> None:
    """Vervang de sleutel; de vorige blijft 7 dagen geldig."""
    ctx = context()
    actor = cli_actor(ctx, organisation)
    geheim = uitwisselingbeheer.rotate_secret(ctx, actor.organisatie_id, code, actor.label, secret)
    typer.echo(f"Nieuwe sleutel voor {code} (eenmalig getoond): {geheim}")


def _datum(tekst: str | None) -> datetime | None:
    if tekst is None:
        return None
    moment = datetime.fromisoformat(tekst)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


@agreement.command("add")
@handles_errors
def agreement_add(
    code: str = typer.Argument(..., help="Code die beide kanten gebruiken."),
    organisation: str = ORG,
    partner_code: str = typer.Option(..., "--partner"),
    direction: Richting = typer.Option(..., "--direction"),
    types: list[str] = typer.Option(..., "--type", help="Kort type, bijv. signaal-gedeeld."),
    themes: list[str] = typer.Option(..., "--theme", help="Thema, of * voor alle."),
    fields: list[str] = typer.Option(..., "--field", help="Veld dat gedeeld mag worden."),
    basis: str = typer.Option(..., "--basis", help="Grondslag."),
    purpose: str = typer.Option(..., "--purpose", help="Doel."),
    valid_from: str | None = typer.Option(None, "--from", help="Vanaf (ISO); standaard nu."),
    valid_to: str | None = typer.Option(None, "--to", help="Tot (ISO)."),
) -> None:
    """Leg een deelafspraak vast (per richting)."""
    ctx = context()
    actor = cli_actor(ctx, organisation)
    typen = frozenset(Gebeurtenistype(f"nl.overheid.signalen.{t}") for t in types)
    afspraak = uitwisselingbeheer.add_afspraak(
        ctx,
        actor.organisatie_id,
        actor.label,
        code=code,
        partner=partner_code,
        richting=direction,
        gebeurtenistypen=typen,
        themas=frozenset(themes),
        velden=frozenset(fields),
        grondslag=basis,
        doel=purpose,
        geldig_vanaf=_datum(valid_from) or ctx.clock.now(),
        geldig_tot=_datum(valid_to),
    )
    typer.echo(f"Deelafspraak {afspraak.code} ({afspraak.richting}) vastgelegd: {afspraak.id}")


@agreement.command("list")
@handles_errors
def agreement_list(organisation: str = ORG) -> None:
    """Toon de deelafspraken als JSON."""
    ctx = context()
    actor = cli_actor(ctx, organisation)
    with ctx.uow(schrijven=False) as uow:
        afspraken = uow.partners.afspraken(actor.organisatie_id)
    typer.echo(json.dumps([uitwisselingbeheer.describe(a) for a in afspraken], indent=2))


@agreement.command("end")
@handles_errors
def agreement_end(afspraak_id: uuid.UUID = typer.Argument(...), organisation: str = ORG) -> None:
    """Beëindig een deelafspraak nu."""
    ctx = context()
    actor = cli_actor(ctx, organisation)
    uitwisselingbeheer.end_afspraak(ctx, actor.organisatie_id, afspraak_id, actor.label)
    typer.echo("Deelafspraak beëindigd.")


@app.command("outbox")
@handles_errors
def outbox(
    organisation: str = ORG,
    status: str | None = typer.Option(None, "--status", help="wachtend|afgeleverd|onbestelbaar"),
) -> None:
    """Toon de uitgaande gebeurtenissen."""
    ctx = context()
    actor = cli_actor(ctx, organisation)
    with ctx.uow(schrijven=False) as uow:
        for g in uow.postvakken.uitgaand(actor.organisatie_id, status):
            typer.echo(f"{g.id}\t{g.status}\t{g.pogingen}\t{g.type}\t{g.laatste_fout or ''}")


@app.command("dead-letters")
@handles_errors
def dead_letters(organisation: str = ORG) -> None:
    """Toon de onbestelbare gebeurtenissen (dead letters)."""
    outbox(organisation, ONBESTELBAAR)


@app.command("inbox")
@handles_errors
def inbox(organisation: str = ORG) -> None:
    """Toon de ontvangen gebeurtenissen."""
    ctx = context()
    actor = cli_actor(ctx, organisation)
    with ctx.uow(schrijven=False) as uow:
        for g in uow.postvakken.inkomend(actor.organisatie_id):
            typer.echo(f"{g.id}\t{g.type}\t{g.afspraak}\t{g.ontvangen_op.isoformat()}")


@app.command("redrive")
@handles_errors
def redrive(
    organisation: str = ORG,
    event_id: uuid.UUID | None = typer.Argument(None, help="Eén gebeurtenis; weglaten: alle."),
) -> None:
    """Bied onbestelbare gebeurtenissen opnieuw aan."""
    ctx = context()
    actor = cli_actor(ctx, organisation)
    aantal = bezorging.redrive(ctx, actor.organisatie_id, event_id, actor.label)
    typer.echo(f"{aantal} gebeurtenis(sen) opnieuw aangeboden.")


@app.command("deliver")
@handles_errors
def deliver() -> None:
    """Bezorg de gebeurtenissen die aan de beurt zijn (ook elke planner-ronde van serve)."""
    r = deliver_events(context())
    typer.echo(
        f"afgeleverd {r.afgeleverd}, later opnieuw {r.opnieuw}, onbestelbaar {r.onbestelbaar}"
    )


@app.command("share")
@handles_errors
def share(
    soort: str = typer.Argument(..., help="patroon of knelpunt"),
    id: uuid.UUID = typer.Argument(...),
    organisation: str = ORG,
) -> None:
    """Deel een patroon of het gedeelde deel van een knelpunt (opnieuw) met partners."""
    ctx = context()
    aantal = uitwisseling.share_now(ctx, cli_actor(ctx, organisation), soort, id)
    typer.echo(f"Klaargezet voor {aantal} partner(s).")


@app.command("share-history")
@handles_errors
def share_history(
    organisation: str = ORG,
    since: str = typer.Option(..., "--since", help="Signalen ontvangen vanaf (JJJJ-MM-DD)."),
    again: bool = typer.Option(
        False, "--again", help="Ook signalen die de partner al kreeg (na een lege database)."
    ),
) -> None:
    """Deel ook de eerdere signalen (vanaf --since) met partners die ze onder hun afspraak
    nog niet kregen."""
    try:
        vanaf = _datum(since)
    except ValueError:
        raise fail(f"--since '{since}': gebruik JJJJ-MM-DD", 2) from None
    ctx = context()
    assert vanaf is not None
    aantal = uitwisselinghistorie.share_history(
        ctx, cli_actor(ctx, organisation), vanaf, opnieuw=again
    )
    typer.echo(f"{aantal} gebeurtenis(sen) klaargezet.")


@app.command("withdraw")
@handles_errors
def withdraw(signaal_id: uuid.UUID = typer.Argument(...), organisation: str = ORG) -> None:
    """Trek een gedeeld signaal in bij de partners."""
    ctx = context()
    aantal = uitwisseling.withdraw_signaal(ctx, cli_actor(ctx, organisation), signaal_id)
    typer.echo(f"Intrekking klaargezet voor {aantal} partner(s).")


@app.command("network")
@handles_errors
def network(organisation: str = ORG) -> None:
    """Het netwerkbeeld: patronen over eigen en gedeelde signalen, aantallen per organisatie."""
    ctx = context()
    for p in netwerkbeeld.network_view(ctx, cli_actor(ctx, organisation)):
        telling = ", ".join(f"{o} {n}" for o, n in sorted(p.organisaties.items()))
        typer.echo(f"{p.omvang}\t{telling}\t{p.titel}")


@app.command("register")
@handles_errors
def register(organisation: str = ORG) -> None:
    """Het register van gegevensstromen als CSV (; gescheiden) op stdout."""
    ctx = context()
    rijen = gegevensstromen.data_flows(ctx, cli_actor(ctx, organisation))
    typer.echo("partner;richting;afspraak;type;afgeleverd;wachtend;onbestelbaar;ontvangen;lokaal")
    for r in rijen:
        typer.echo(
            f"{r.partner};{r.richting};{r.afspraak};{r.type};{r.afgeleverd};{r.wachtend};"
            f"{r.onbestelbaar};{r.ontvangen};{str(r.lokaal).lower()}"
        )


@app.command("demo-partner")
@handles_errors
def demo_partner(
    partner_database: str = typer.Option(
        "sqlite:///./hartslag-partner.db", "--partner-database", help="Database van de partner."
    ),
    partner_url: str = typer.Option(
        "http://127.0.0.1:8001", "--partner-url", help="Adres van de partnerinstallatie."
    ),
) -> None:
    """Demo: koppel BD (de demo) aan Gemeente Amsterdam op een eigen installatie."""
    settings = load_settings().model_copy(update={"database_url": partner_database})
    upgrade(make_engine(partner_database))
    demo = context()
    token, nieuw = demopartner.connect_demo_partner(
        demo, bootstrap(settings), partner_url, demo.clock.now()
    )
    # The last eight weeks of BD's signals too, so the partner has something to see (again,
    # when its database is new).
    eerder = uitwisselinghistorie.share_history(
        demo, cli_actor(demo, "BD"), demo.clock.now() - timedelta(weeks=8), opnieuw=nieuw
    )
    typer.echo(
        f"BD deelt zijn signalen met GEM-AMS op {partner_url}. Start die met\n"
        f"  HARTSLAG_DATABASE_URL={partner_database} hartslag serve --port "
        f"{partner_url.rsplit(':', 1)[-1]}\n"
        f"{eerder} eerdere signalen van BD staan klaar. Registreer een signaal bij BD, "
        "voer `hartslag exchange deliver` uit, en bekijk\n"
        f"  curl -H 'Authorization: Bearer {token}' "
        f"{partner_url}/api/v1/uitwisseling/gedeeld"
    )
