# SPDX-License-Identifier: EUPL-1.2
"""``hartslag session``: plan, prepare, fill in and record a session, as a user types it."""

from __future__ import annotations

from hartslag.domein.actor import Actor
from hartslag.domein.vocabulaire import Rol
from hartslag.services import duidingssessies, knelpunten
from hartslag.services.context import Context
from hartslag.services.knelpunten import NieuwKnelpunt
from tests.adapters.cli.conftest import Cli


def test_plan_prepare_update_and_record_a_session_from_the_terminal(
    cli: Cli, ctx: Context, organisaties: dict[str, int]
) -> None:
    a = Actor(organisaties["UWV"], "UWV", Rol.ANALIST, "analist")
    k = knelpunten.create_knelpunt(
        ctx, a, NieuwKnelpunt("WW te laat", "komt te laat", knellend_mechanisme="WW-12")
    )
    r = cli(
        "session",
        "create",
        "--organisation",
        "UWV",
        "--title",
        "Casuïstiek WW",
        "--date",
        "2026-03-16T10:00",
        "--bottleneck",
        str(k.id),
        "--participant",
        "UWV;analist;signaalcoördinator",
        "--partner",
        "Schuldhulpmaatje",
    )
    assert r.exit_code == 0, r.output
    sessie_id = r.output.split()[-1]
    r = cli("session", "prepare", sessie_id, "--organisation", "UWV")
    assert "## 1. WW te laat" in r.output and "Knellend mechanisme: WW-12" in r.output
    r = cli("session", "record", sessie_id, "--organisation", "UWV")
    assert r.exit_code == 2 and "conclusies" in r.output
    r = cli(
        "session",
        "update",
        sessie_id,
        "--organisation",
        "UWV",
        "--conclusion",
        "De controle vertraagt",
        "--action",
        f"{k.id};Werkinstructie herzien;Team WW;2026-04-30",
    )
    assert r.exit_code == 0, r.output
    r = cli("session", "record", sessie_id, "--organisation", "UWV")
    assert r.exit_code == 0 and "1 actie(s)" in r.output
    assert [x.bron for x in knelpunten.get_knelpunt(ctx, a, k.id).acties] == [
        f"duidingssessie:{sessie_id}"
    ]
    assert sessie_id in cli("session", "list", "--organisation", "UWV").output
    r = cli("session", "update", sessie_id, "--organisation", "UWV", "--title", "x")
    assert r.exit_code == 1 and "vastgelegd" in r.output
    assert duidingssessies.list_sessies(ctx, a)[0].titel == "Casuïstiek WW"


def test_a_malformed_action_is_explained(
    cli: Cli, ctx: Context, organisaties: dict[str, int]
) -> None:
    r = cli("session", "create", "--organisation", "UWV", "--title", "x", "--date", "2026-03-16")
    sessie_id = r.output.split()[-1]
    r = cli("session", "update", sessie_id, "--organisation", "UWV", "--action", "geen-id;x")
    assert r.exit_code == 2 and "KNELPUNT_ID;OMSCHRIJVING;EIGENAAR" in r.output
    r = cli("session", "show", sessie_id, "--organisation", "GEM-UTR")
    assert r.exit_code == 1 and "bestaat niet" in r.output
