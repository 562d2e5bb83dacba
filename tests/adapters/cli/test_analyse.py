# SPDX-License-Identifier: EUPL-1.2
"""``hartslag analyse`` and the analysis at the end of ``hartslag demo load``."""

from __future__ import annotations

import csv
from pathlib import Path

from hartslag.services.context import Context
from tests.adapters.cli.conftest import Cli
from tests.services.analysedata import actor, store


def test_analyse_reports_patterns_and_export_carries_them(
    cli: Cli, ctx: Context, organisaties: dict[str, int], tmp_path: Path
) -> None:
    uwv = actor(organisaties, "UWV")
    ww = store(ctx, uwv, "ww", 16)
    store(ctx, uwv, "digid", 16)
    herhaald = store(ctx, uwv, "ww", 2, seed=3, melder="123456782", dagen=10)
    result = cli("analyse", "--organisation", "UWV", "--peildatum", "2026-03-31")
    assert result.exit_code == 0, result.output
    assert "34 signalen, 2 patronen" in result.output and "1 herhaalcontacten" in result.output
    uit = tmp_path / "uit.csv"
    assert cli("export", "--organisation", "UWV", "-o", str(uit)).exit_code == 0
    rijen = {r["id"]: r for r in csv.DictReader(uit.open(encoding="utf-8"))}
    assert rijen[str(ww[0])]["patroon"] == rijen[str(ww[1])]["patroon"] != ""
    assert sorted(rijen[str(i)]["herhaalcontact"] for i in herhaald) == [
        "false",
        "true",
    ]


def test_a_bad_peildatum_is_a_clear_error(cli: Cli) -> None:
    result = cli("analyse", "--peildatum", "31-13-2026")
    assert result.exit_code == 2 and "--peildatum" in result.output


def test_demo_load_shows_patterns_and_alerts(cli: Cli, tmp_path: Path) -> None:
    gt = str(tmp_path / "gt.json")
    result = cli("demo", "load", "--scale", "0.1", "--ground-truth", gt, "--url", "http://h:9/")
    assert result.exit_code == 0, result.output
    assert "Organisatieoverstijgende patronen" in result.output
    assert "Waarschuwingen:" in result.output and "/api/v1/patronen" in result.output
    assert "'http://h:9/api/v1/signalen?zoek=toeslag'" in result.output  # where `make run` serves


def test_analyse_works_on_a_dozen_near_identical_signals(
    cli: Cli, ctx: Context, organisaties: dict[str, int]
) -> None:
    """A corpus so small and uniform that every term is in most texts once made the
    vectoriser fail ("After pruning, no terms remain")."""
    from hartslag.domein.signaal import SignaalInvoer
    from hartslag.domein.vocabulaire import Brontype, Kanaal, Meldertype
    from hartslag.services.registratie import register_signaal

    uwv = actor(organisaties, "UWV")
    for i in range(12):
        tekst = "Container niet geleegd." if i % 2 else "Container niet geleegd"
        register_signaal(
            ctx, uwv, SignaalInvoer(tekst, Brontype.MELDING, Meldertype.BURGER, Kanaal.TELEFOON)
        )
    result = cli("analyse", "--organisation", "UWV")
    assert result.exit_code == 0, result.output
    assert "12 signalen" in result.output
