# SPDX-License-Identifier: EUPL-1.2
"""Sharing the signals of before an agreement: only those received since the given date,
only within the agreement's themes, to each partner once, however often it runs."""

from __future__ import annotations

from collections import Counter
from datetime import timedelta

import pytest

from hartslag.domein.fouten import GeenToegang
from hartslag.domein.uitwisseling import Gebeurtenistype, Richting
from hartslag.domein.vocabulaire import Rol
from hartslag.services import uitwisselingbeheer
from hartslag.services.context import Context
from hartslag.services.uitwisselinghistorie import share_history
from hartslag.services.uitwisselingpoorten import UitgaandeGebeurtenis
from tests.conftest import FixedClock
from tests.services.analysedata import actor
from tests.services.persoonsgegevens import beheerder, register


def _partner(ctx: Context, uwv: int, code: str, oin: str, themas: set[str]) -> None:
    uitwisselingbeheer.add_partner(ctx, uwv, code, code, oin, None, "test")
    uitwisselingbeheer.add_afspraak(
        ctx, uwv, "test", code=f"DA-{code}", partner=code, richting=Richting.UITGAAND,
        gebeurtenistypen=frozenset({Gebeurtenistype.SIGNAAL_GEDEELD}),
        themas=frozenset(themas), velden=frozenset({"tekst", "themas"}),
        grondslag="art. 1", doel="patronen", geldig_vanaf=ctx.clock.now(), geldig_tot=None,
    )  # fmt: skip


def _outbox(ctx: Context, uwv: int) -> list[UitgaandeGebeurtenis]:
    with ctx.uow(schrijven=False) as uow:
        return uow.postvakken.uitgaand(uwv, None)


def test_earlier_signals_go_once_to_each_partner_within_its_themes(
    ctx: Context, organisaties: dict[str, int], clock: FixedClock
) -> None:
    uwv = organisaties["UWV"]
    nu = ctx.clock.now()
    oud = register(
        ctx, beheerder(uwv), themas=["toeslagen"], ontvangenOp=(nu - timedelta(days=90)).isoformat()
    )
    toeslag = [
        register(ctx, beheerder(uwv), themas=["toeslagen"], ontvangenOp=(nu - timedelta(days=d)).isoformat())
        for d in (3, 10)
    ]  # fmt: skip
    ww = register(
        ctx, beheerder(uwv), themas=["ww"], ontvangenOp=(nu - timedelta(days=5)).isoformat()
    )
    uitwisselingbeheer.set_oin(ctx, uwv, "00000001003214345000", "test")
    _partner(ctx, uwv, "GEM-UTR", "00000001002220647000", {"toeslagen"})
    assert _outbox(ctx, uwv) == []  # an agreement alone shares nothing of before

    assert share_history(ctx, beheerder(uwv), nu - timedelta(days=30)) == 2
    assert {g.onderwerp for g in _outbox(ctx, uwv)} == {str(i) for i in toeslag}
    assert str(oud) not in {g.onderwerp for g in _outbox(ctx, uwv)}
    assert share_history(ctx, beheerder(uwv), nu - timedelta(days=30)) == 0  # nothing twice

    _partner(ctx, uwv, "GEM-RTD", "00000001002306608000", {"*"})
    assert share_history(ctx, beheerder(uwv), nu - timedelta(days=30)) == 3  # the new one only
    per_partner = Counter(g.partner_id for g in _outbox(ctx, uwv))
    assert sorted(per_partner.values()) == [2, 3]
    assert str(ww) in {g.onderwerp for g in _outbox(ctx, uwv)}
    # A partner that starts again from an empty database gets them all once more.
    assert share_history(ctx, beheerder(uwv), nu - timedelta(days=30), opnieuw=True) == 5


def test_only_an_administrator_shares_history(ctx: Context, organisaties: dict[str, int]) -> None:
    with pytest.raises(GeenToegang):
        share_history(ctx, actor(organisaties, "UWV", Rol.ANALIST), ctx.clock.now())
