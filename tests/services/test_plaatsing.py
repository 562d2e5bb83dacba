# SPDX-License-Identifier: EUPL-1.2
"""Placing new signals in their pattern apart from the intake (issue 12): a web worker of
`serve` records a signal and places nothing; the planner finds it (no vector yet) and has
it placed, in a child process that carries the numerics and goes away when idle."""

from __future__ import annotations

import uuid
from concurrent.futures import Executor, ThreadPoolExecutor
from datetime import date

import pytest
from sqlalchemy import Engine

from hartslag.adapters.planner import Plaatser
from hartslag.bootstrap import bootstrap
from hartslag.config import Settings
from hartslag.services import patronen
from hartslag.services.analyseren import run_analysis
from hartslag.services.context import Context
from hartslag.services.handlers import WERKER_HANDLERS
from hartslag.services.plaatsing import Plaatsing
from hartslag.services.vergelijkbaar import assign_new
from tests.conftest import FixedClock
from tests.services.analysedata import actor, store

PEIL = date(2026, 3, 31)


@pytest.fixture
def werker(settings: Settings, engine: Engine, clock: FixedClock) -> Context:
    """A context as a web worker of `serve` has it."""
    return bootstrap(settings, engine=engine, clock=clock, handlers=WERKER_HANDLERS)


def _pattern_of(ctx: Context, signaal_id: uuid.UUID) -> uuid.UUID | None:
    gevonden = patronen.analysis_of(ctx, [signaal_id]).get(signaal_id)
    return gevonden.patroon_id if gevonden else None


def test_nothing_is_looked_for_before_the_first_analysis(
    werker: Context, organisaties: dict[str, int]
) -> None:
    store(werker, actor(organisaties, "UWV"), "ww", 2)
    overhandigd: list[list[uuid.UUID]] = []
    assert Plaatsing(werker, overhandigd.append).look() == 0 and overhandigd == []


def test_a_signal_a_worker_registered_is_placed_by_the_planners_look(
    ctx: Context, werker: Context, organisaties: dict[str, int]
) -> None:
    uwv = actor(organisaties, "UWV")
    ww = store(ctx, uwv, "ww", 24)
    store(ctx, actor(organisaties, "GEM-UTR"), "afval", 24)
    run_analysis(ctx, "test", peildatum=PEIL)
    (nieuw,) = store(werker, uwv, "ww", 1, seed=99)
    assert _pattern_of(werker, nieuw) is None  # the worker placed nothing

    overhandigd: list[list[uuid.UUID]] = []

    def plaats(ids: list[uuid.UUID]) -> int:
        overhandigd.append(ids)
        return assign_new(ctx, ids)

    plaatsing = Plaatsing(werker, plaats)
    assert plaatsing.look() == 1 and overhandigd == [[nieuw]]  # the analysed ones have vectors
    assert _pattern_of(werker, nieuw) == _pattern_of(werker, ww[0])
    assert plaatsing.look() == 0  # placed: it has a vector now


def test_the_placer_starts_its_executor_for_work_and_closes_it_when_idle(
    ctx: Context, werker: Context, organisaties: dict[str, int]
) -> None:
    uwv = actor(organisaties, "UWV")
    store(ctx, uwv, "ww", 24)
    store(ctx, actor(organisaties, "GEM-UTR"), "afval", 24)
    run_analysis(ctx, "test", peildatum=PEIL)
    gestart: list[Executor] = []

    def nieuw() -> Executor:
        gestart.append(ThreadPoolExecutor(1))
        return gestart[-1]

    plaatser = Plaatser(werker, nieuw, lambda ids: assign_new(ctx, ids), rust=3600)
    plaatser.tick()
    assert gestart == []  # nothing to place: no executor
    (een,) = store(werker, uwv, "ww", 1, seed=98)
    plaatser.tick()
    assert len(gestart) == 1 and _pattern_of(werker, een) is not None
    plaatser.rust = 0
    plaatser.tick()  # idle for longer than `rust`: closed, started again for new work
    (twee,) = store(werker, uwv, "ww", 1, seed=97)
    plaatser.tick()
    assert len(gestart) == 2 and _pattern_of(werker, twee) is not None
    plaatser.close()


def test_in_serve_the_placing_runs_in_a_child_process(
    settings: Settings, ctx: Context, werker: Context, organisaties: dict[str, int]
) -> None:
    uwv = actor(organisaties, "UWV")
    ww = store(ctx, uwv, "ww", 24)
    store(ctx, actor(organisaties, "GEM-UTR"), "afval", 24)
    run_analysis(ctx, "test", peildatum=PEIL)
    (nieuw,) = store(werker, uwv, "ww", 1, seed=99)
    plaatser = Plaatser.in_child_process(werker, settings)
    try:
        plaatser.tick()
    finally:
        plaatser.close()
    assert _pattern_of(werker, nieuw) == _pattern_of(werker, ww[0])
