# SPDX-License-Identifier: EUPL-1.2
"""The ``hartslag`` command: entry point wiring the per-noun command modules."""

from __future__ import annotations

import typer

from hartslag.adapters.cli import (
    account,
    actie,
    agenda,
    analyse,
    audit,
    betrokkene,
    bewaring,
    db,
    demo,
    exporteren,
    importeren,
    kluis,
    knelpunt,
    organisatie,
    publicatie,
    sessie,
    token,
    uitwisseling,
)
from hartslag.adapters.cli.gedeeld import fail, load_settings

app = typer.Typer(
    help="Hartslag: signaalmanagement voor publieke dienstverleners.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
app.add_typer(db.app, name="db")
app.add_typer(organisatie.app, name="organisation")
app.add_typer(token.app, name="token")
app.add_typer(account.app, name="account")
app.add_typer(demo.app, name="demo")
app.command("import")(importeren.import_command)
app.command("export")(exporteren.export_command)
app.add_typer(audit.app, name="audit")
app.command("analyse")(analyse.analyse_command)
knelpunt.app.add_typer(actie.app, name="action")
app.add_typer(knelpunt.app, name="knelpunt")
app.add_typer(publicatie.app, name="public-text")
app.add_typer(knelpunt.feedback, name="feedback")
app.command("escalate")(knelpunt.escalate_command)
app.command("letter")(knelpunt.letter_command)
app.add_typer(sessie.app, name="session")
app.add_typer(agenda.app, name="agenda")
app.add_typer(kluis.app, name="vault")
app.add_typer(bewaring.app, name="retention")
app.add_typer(betrokkene.app, name="subject")
app.add_typer(uitwisseling.app, name="exchange")


WORKER_HEALTHCHECK_SECONDS = 60


@app.command()
def serve(
    host: str = typer.Option("127.0.0.1", "--host", help="Adres om op te luisteren."),
    port: int = typer.Option(8000, "--port", help="Poort."),
) -> None:
    """Start de API-server: HARTSLAG_WORKERS werkprocessen (standaard één per kern) en
    één planner."""
    import uvicorn

    from hartslag.adapters.opslag.database import is_current
    from hartslag.bootstrap import engine_of, planner, worker_count

    settings = load_settings()
    planning = planner(settings)
    if not is_current(engine_of(planning.ctx)):
        raise fail("het databaseschema is niet bijgewerkt: voer eerst `hartslag db upgrade` uit")
    werkers = worker_count(settings)
    typer.echo(
        f"Hartslag luistert op http://{host}:{port}/ met {werkers} werkproces(sen) "
        "(inloggen: /inloggen; API: /api/v1/openapi.json)"
    )
    # The workers build their own application (`bootstrap.server_app`); the scheduler runs
    # here, in the one process that starts them, never once per worker.
    planning.start()
    try:
        uvicorn.run(
            "hartslag.bootstrap:server_app",
            factory=True,
            host=host,
            port=port,
            workers=werkers,
            # A worker answers the supervisor's health check only once it has imported
            # the application; on a busy machine that takes longer than uvicorn's 5 s, and
            # the supervisor would kill and respawn workers forever, never serving.
            timeout_worker_healthcheck=WORKER_HEALTHCHECK_SECONDS,
            log_level="warning",
            access_log=False,
        )
    finally:
        planning.stop()


if __name__ == "__main__":
    app()
