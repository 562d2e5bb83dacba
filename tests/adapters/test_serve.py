# SPDX-License-Identifier: EUPL-1.2
"""What `hartslag serve` wires (`bootstrap`): worker processes built by an app factory,
each with its own context and follow-up bus, and the scheduler apart from them."""

from __future__ import annotations

import os

import pytest

from hartslag.bootstrap import planner, server_app, worker_count
from hartslag.config import Settings
from hartslag.services.context import Context


def test_one_worker_per_core_unless_configured(settings: Settings) -> None:
    assert worker_count(settings) == (os.cpu_count() or 1)
    assert worker_count(settings.model_copy(update={"workers": 3})) == 3


def test_a_worker_builds_its_own_application_from_the_settings(
    settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HARTSLAG_DATABASE_URL", settings.database_url)
    monkeypatch.setenv("HARTSLAG_SECRET_KEY", settings.secret_key.get_secret_value())
    eerste, tweede = server_app(), server_app()
    ctx: Context = eerste.state.context
    assert ctx is not tweede.state.context and ctx.bus is not None
    with ctx.uow(schrijven=False) as uow:  # on the database the settings name
        assert uow.organisaties.all() == []
    assert "/health/ready" in eerste.openapi()["paths"]


def test_the_scheduler_is_built_apart_from_the_workers(settings: Settings) -> None:
    p = planner(settings.model_copy(update={"scheduler_interval_seconds": 0}))
    p.start()  # interval 0: it does not run
    p.stop()
    assert p.ctx.bus is not None
