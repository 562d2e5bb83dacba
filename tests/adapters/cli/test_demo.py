# SPDX-License-Identifier: EUPL-1.2
"""``hartslag demo load`` makes a living dossier list from the demo signals: every workflow
status, dossiers made of one recurring problem's signals (across organisations where the
problem crosses them), owners, a pending transfer, escalations, sessions, agenda moments
with a reminder, and approved feedback in the outbox; loading again adds nothing."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, func, select

from hartslag.adapters.opslag import tabellen as t
from hartslag.domein.actor import Actor
from hartslag.domein.knelpunt import Knelpunt, Knelpuntstatus
from hartslag.domein.publicatie import Publicatiestatus
from hartslag.domein.vocabulaire import Rol
from hartslag.services import beheer, knelpunten, patronen
from hartslag.services.context import Context
from tests.adapters.cli.conftest import Cli

TABELLEN = (
    t.knelpunt,
    t.knelpunt_signaal,
    t.duidingssessie,
    t.agenderingsmoment,
    t.agendaherinnering,
    t.terugkoppeling,
    t.bericht,
    t.notificatie,
)


def _counts(engine: Engine) -> dict[str, int]:
    with engine.connect() as c:
        return {
            tabel.name: c.execute(select(func.count()).select_from(tabel)).scalar_one()
            for tabel in TABELLEN
        }


def _load(cli: Cli, tmp_path: Path) -> str:
    r = cli("demo", "load", "--scale", "0.2", "--ground-truth", str(tmp_path / "gw.json"))
    assert r.exit_code == 0, r.output
    return r.output


def _dossiers(ctx: Context) -> list[Knelpunt]:
    with ctx.uow(schrijven=False) as uow:
        return [
            k
            for code in ("BD", "DT", "UWV", "SVB", "DUO", "CAK", "GEM-UTR", "GEM-RTD")
            for k in uow.knelpunten.visible_to(code)
            if k.organisatie == code
        ]


def test_demo_has_a_living_dossier_list_of_real_problems_and_loading_again_adds_nothing(
    cli: Cli, ctx: Context, engine: Engine, tmp_path: Path
) -> None:
    uitvoer = _load(cli, tmp_path)
    assert "knelpunten: 16 nieuw" in uitvoer
    assert "Deelafspraken binnen de installatie: 56 vastgelegd" in uitvoer  # 8 x 7
    dossiers = _dossiers(ctx)
    _check_shared_view(ctx, dossiers)
    assert {k.status for k in dossiers} == set(Knelpuntstatus)
    assert sum(k.voorgestelde_eigenaar is not None for k in dossiers) == 1
    assert sum(k.eigenaar is not None for k in dossiers) >= 10
    assert {k.opschalingsniveau for k in dossiers if k.is_open} >= {0, 1, 2, 3}
    assert sum(k.agenderingsmoment_id is not None for k in dossiers) == 3
    assert any(a.bron and a.bron.startswith("duidingssessie:") for k in dossiers for a in k.acties)
    with ctx.uow(schrijven=False) as uow:
        soorten = {b.soort for b in uow.berichten.list(None, "wachtend")}
        goedgekeurd = [tk for k in dossiers for tk in uow.terugkoppelingen.for_knelpunt(k.id)]
        # each organisation with signals on a closed dossier approved its own feedback
        verwacht = {
            (k.id, o)
            for k in dossiers
            if k.status in (Knelpuntstatus.OPGELOST, Knelpuntstatus.NIET_OPGELOST)
            for o in {k.route_organisatie} | {s.organisatie for s in uow.knelpunten.linked(k.id)}
        }
        gepubliceerd = [
            p.knelpunt_id
            for code in ("BD", "DT", "UWV", "SVB", "DUO", "CAK", "GEM-UTR", "GEM-RTD")
            for p in uow.publieke_teksten.of_organisatie(code, Publicatiestatus.GEPUBLICEERD)
        ]
    assert soorten == {"terugkoppeling", "opschaling", "herinnering"}
    assert {(tk.knelpunt_id, tk.organisatie) for tk in goedgekeurd} == verwacht
    assert len(goedgekeurd) == len(verwacht) > 4
    assert all(tk.status == "goedgekeurd" for tk in goedgekeurd)
    assert sorted(gepubliceerd) == sorted(
        k.id for k in dossiers if k.status == Knelpuntstatus.OPGELOST
    )
    assert any(a.status == "afgerond" and a.resultaat for k in dossiers for a in k.acties)

    _check_problems(ctx, tmp_path)

    voor = _counts(engine)
    opnieuw = _load(cli, tmp_path)
    assert "knelpunten: 0 nieuw (16 waren er al)" in opnieuw
    assert "Deelafspraken binnen de installatie: 0 vastgelegd" in opnieuw
    assert _counts(engine) == voor


def _check_shared_view(ctx: Context, dossiers: list[Knelpunt]) -> None:
    """Under the demo's covenant, organisations see the dossiers they are involved in and
    each other's counts in cross-organisation patterns."""
    gedeeld = next(k for k in dossiers if k.betrokken_organisaties)
    betrokken = gedeeld.betrokken_organisaties[0]
    lezer = Actor(beheer.get_organisatie_id(ctx, betrokken), betrokken, Rol.ANALIST, "demo")
    assert gedeeld.id in {k.id for k in knelpunten.list_knelpunten(ctx, lezer)}
    bd = Actor(beheer.get_organisatie_id(ctx, "BD"), "BD", Rol.ANALIST, "demo")
    assert any(len(p.organisaties) > 1 for p in patronen.list_patronen(ctx, bd, True))


def _check_problems(ctx: Context, tmp_path: Path) -> None:
    """Each dossier holds the signals of the one recurring problem it was made from."""
    grondwaarheid: list[dict[str, Any]] = json.loads((tmp_path / "gw.json").read_text())[
        "grondwaarheid"
    ]
    probleem = {(g["organisatie"], g["externeReferentie"]): g["probleem"] for g in grondwaarheid}
    organisaties_per_dossier = {}
    with ctx.uow(schrijven=False) as uow:
        for k in _dossiers(ctx):
            if k.status == Knelpuntstatus.SAMENGEVOEGD:
                continue
            gekoppeld = uow.knelpunten.linked(k.id)
            externe = {}
            for code in {s.organisatie for s in gekoppeld}:
                organisatie_id = uow.organisaties.get_id(code)
                assert organisatie_id is not None
                externe |= {
                    v: (code, r) for r, v in uow.signalen.external_ids(organisatie_id).items()
                }
            problemen = {probleem[externe[s.signaal_id]] for s in gekoppeld}
            assert problemen == set(k.patronen), k.titel
            organisaties_per_dossier[k.titel] = {s.organisatie for s in gekoppeld}
    assert organisaties_per_dossier["Kostendelersnorm straft inwonende kinderen en mantelzorg"] == {
        "UWV",
        "SVB",
        "GEM-UTR",
        "GEM-RTD",
    }
