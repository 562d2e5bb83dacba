# SPDX-License-Identifier: EUPL-1.2
"""The bottleneck commands, as a user types them."""

from __future__ import annotations

from pathlib import Path

from hartslag.domein.actor import Actor
from hartslag.domein.vocabulaire import Rol
from hartslag.services import knelpunten
from hartslag.services.context import Context
from hartslag.services.knelpunten import NieuwKnelpunt
from tests.adapters.cli.conftest import Cli


def test_transfer_accept_escalate_and_letter_from_the_terminal(
    cli: Cli, ctx: Context, organisaties: dict[str, int], tmp_path: Path
) -> None:
    a = Actor(organisaties["UWV"], "UWV", Rol.ANALIST, "analist")
    k = knelpunten.create_knelpunt(ctx, a, NieuwKnelpunt("WW te laat", "komt te laat"))
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
