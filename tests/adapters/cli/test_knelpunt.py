# SPDX-License-Identifier: EUPL-1.2
"""The bottleneck commands, as a user types them."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from hartslag.domein.actor import Actor
from hartslag.domein.knelpunt import Eigenaar, Knelpuntstatus
from hartslag.domein.vocabulaire import Rol
from hartslag.services import eigenaarschap, knelpunten, publicaties, publiek
from hartslag.services.context import Context
from hartslag.services.knelpunten import NieuwKnelpunt
from tests.adapters.cli.conftest import Cli


def test_transfer_accept_escalate_and_letter_from_the_terminal(
    cli: Cli, ctx: Context, organisaties: dict[str, int], tmp_path: Path
) -> None:
    a = Actor(organisaties["UWV"], "UWV", Rol.ANALIST, "analist")
    # The commands run on the real clock: a target date far ahead keeps it from being late.
    nieuw = NieuwKnelpunt("WW te laat", "komt te laat", streefdatum=date(2099, 1, 1))
    k = knelpunten.create_knelpunt(ctx, a, nieuw)
    r = cli(
        "knelpunt",
        "transfer",
        str(k.id),
        "--organisation",
        "UWV",
        "--to",
        "GEM-UTR",
        "--team",
        "Wijkteam",
        "--reason",
        "gemeente gaat erover",
    )
    assert r.exit_code == 0 and "wacht op acceptatie" in r.output
    assert str(k.id) in cli("knelpunt", "no-owner", "--organisation", "UWV").output
    assert cli("knelpunt", "accept", str(k.id), "--organisation", "GEM-UTR").exit_code == 0
    r = cli(
        "knelpunt", "transition", str(k.id), "opgelost", "--organisation", "UWV", "--reason", "x"
    )
    assert r.exit_code == 1 and "in-analyse" in r.output
    assert "0 knelpunt(en)" in cli("escalate", "--dry-run").output
    uit = tmp_path / "brief.docx"
    r = cli("letter", str(k.id), "--organisation", "UWV", "--format", "docx", "-o", str(uit))
    assert r.exit_code == 0 and uit.read_bytes()[:2] == b"PK"


def test_actions_are_followed_through_from_the_terminal(
    cli: Cli, ctx: Context, organisaties: dict[str, int]
) -> None:
    a = Actor(organisaties["UWV"], "UWV", Rol.ANALIST, "analist")
    k = knelpunten.create_knelpunt(
        ctx, a, NieuwKnelpunt("WW te laat", "komt te laat", streefdatum=date(2026, 3, 1))
    )
    org = ("--organisation", "UWV")
    r = cli("knelpunt", "action", "add", str(k.id), *org, "--description", "Instructie",
            "--owner", "Team WW", "--deadline", "2026-03-01")  # fmt: skip
    assert r.exit_code == 0, r.output
    actie = knelpunten.get_knelpunt(ctx, a, k.id).acties[0].id
    assert "TE LAAT" in cli("knelpunt", "action", "list", str(k.id), *org).output
    vast = cli("knelpunt", "stuck", *org).output
    assert re.search(r"streefdatum 2026-03-01 verstreken \(\d+ dagen\)", vast)
    assert "actie te laat (deadline 2026-03-01, Team WW): Instructie" in vast
    assert "1 voorbij de streefdatum, 1 actie(s) te laat" in vast
    assert cli("knelpunt", "action", "start", str(k.id), str(actie), *org).exit_code == 0
    r = cli("knelpunt", "action", "complete", str(k.id), str(actie), *org, "--result", "")
    assert r.exit_code == 2 and "resultaat" in r.output
    r = cli("knelpunt", "action", "complete", str(k.id), str(actie), *org, "--result", "Klaar")
    assert r.exit_code == 0 and "afgerond" in r.output
    r = cli("knelpunt", "action", "cancel", str(k.id), str(actie), *org, "--reason", "x")
    assert r.exit_code == 1 and "afgerond" in r.output  # no way back
    bad = cli("knelpunt", "action", "add", str(k.id), *org, "--description", "x", "--owner", "y",
              "--deadline", "morgen")  # fmt: skip
    assert bad.exit_code == 2 and "JJJJ-MM-DD" in bad.output
    assert "knelpunt.actie-afgerond" in cli("audit", *org).output


def test_public_texts_and_the_sender_are_managed_from_the_terminal(
    cli: Cli, ctx: Context, organisaties: dict[str, int]
) -> None:
    a = Actor(organisaties["UWV"], "UWV", Rol.BEHEERDER, "beheerder")
    k = knelpunten.create_knelpunt(ctx, a, NieuwKnelpunt("WW te laat", "komt te laat"))
    eigenaarschap.transfer_owner(ctx, a, k.id, Eigenaar("UWV", team="WW"), "x")
    eigenaarschap.accept_transfer(ctx, a, k.id, None)
    for status in ("in-analyse", "in-behandeling", "opgelost"):
        knelpunten.transition_knelpunt(ctx, a, k.id, Knelpuntstatus(status), "aangepakt")
    org = ("--organisation", "UWV")
    r = cli("public-text", "draft", str(k.id), *org, "--we-did", "Sneller uitbetaald.")
    assert r.exit_code == 0 and "concept" in r.output
    (p,) = publicaties.list_public_texts(ctx, a)
    assert cli("public-text", "publish", str(p.id), *org).exit_code == 1  # not approved
    assert cli("public-text", "approve", str(p.id), *org).exit_code == 0
    assert "gepubliceerd" in cli("public-text", "publish", str(p.id), *org).output
    assert [w.wij_deden for w in publiek.you_said_we_did(ctx, "UWV")] == ["Sneller uitbetaald."]
    r = cli("public-text", "withdraw", str(p.id), *org, "--reason", "verouderd")
    assert r.exit_code == 0 and publiek.you_said_we_did(ctx, "UWV") == []
    r = cli("organisation", "settings", "UWV", "--display-name", "UWV Klantcontact",
            "--sender-address", "noreply@uwv.example")  # fmt: skip
    assert r.exit_code == 0 and "noreply@uwv.example" in r.output
    assert "UWV Klantcontact" in cli("organisation", "settings", "UWV").output
    r = cli("organisation", "settings", "UWV", "--sender-address", "geen adres")
    assert r.exit_code == 2 and "email" in r.output
