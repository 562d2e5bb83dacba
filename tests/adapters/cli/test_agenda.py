# SPDX-License-Identifier: EUPL-1.2
"""``hartslag agenda``: the calendar, aiming a bottleneck at a moment, and reminders."""

from __future__ import annotations

import datetime as dt

from hartslag.domein.actor import Actor
from hartslag.domein.vocabulaire import Rol
from hartslag.services import knelpunten
from hartslag.services.context import Context
from hartslag.services.knelpunten import NieuwKnelpunt
from tests.adapters.cli.conftest import Cli


def test_calendar_target_and_reminders_from_the_terminal(
    cli: Cli, ctx: Context, organisaties: dict[str, int]
) -> None:
    r = cli("agenda", "defaults", "--organisation", "GEM-UTR", "--year", "2027")
    assert r.exit_code == 0 and "5 moment(en) toegevoegd" in r.output
    assert (
        "0 moment(en)"
        in cli("agenda", "defaults", "--organisation", "GEM-UTR", "--year", "2027").output
    )
    # The CLI runs on the system clock: a deadline tomorrow makes the 3-day reminder due.
    morgen = dt.date.today() + dt.timedelta(days=1)
    r = cli(
        "agenda",
        "add",
        "--organisation",
        "UWV",
        "--name",
        "Commissie Werk",
        "--date",
        str(morgen + dt.timedelta(days=14)),
        "--deadline",
        str(morgen),
        "--email",
        "coordinator@uwv.example",
    )
    assert r.exit_code == 0, r.output
    moment_id = r.output.split()[0]
    a = Actor(organisaties["UWV"], "UWV", Rol.ANALIST, "analist")
    k = knelpunten.create_knelpunt(ctx, a, NieuwKnelpunt("brief nodig", "o"))
    r = cli("agenda", "target", str(k.id), moment_id, "--organisation", "UWV")
    assert r.exit_code == 0 and moment_id in r.output
    assert "brief nodig" in cli("agenda", "list", "--organisation", "UWV").output
    r = cli("agenda", "remind", "--dry-run")
    assert "(droog) UWV Commissie Werk" in r.output and "1 herinnering(en) te versturen" in r.output
    assert "[1 e-mail(s)]" in cli("agenda", "remind").output
    assert "0 herinnering(en) verstuurd" in cli("agenda", "remind").output
    r = cli("agenda", "remove", moment_id, "--organisation", "UWV")
    assert r.exit_code == 1 and "brief nodig" in r.output
    r = cli("agenda", "edit", moment_id, "--organisation", "UWV", "--deadline", "2030-01-01")
    assert r.exit_code == 2 and "vóór of op de datum" in r.output
    r = cli(
        "agenda",
        "add",
        "--organisation",
        "UWV",
        "--name",
        "x",
        "--date",
        "morgen",
        "--deadline",
        "x",
    )
    assert r.exit_code == 2 and "JJJJ-MM-DD" in r.output
