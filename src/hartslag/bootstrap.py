# SPDX-License-Identifier: EUPL-1.2
"""The composition root: build the concrete adapters from Settings."""

from __future__ import annotations

import atexit
import gc
import os
import weakref
from collections.abc import AsyncIterator, Mapping, Sequence
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine

from hartslag.adapters.bestanden.grenzen import Grenzen
from hartslag.adapters.kluis import AesGcmVersleuteling
from hartslag.adapters.opslag.database import make_engine
from hartslag.adapters.opslag.eenheid import SqlUnitOfWorkFactory
from hartslag.adapters.web.opties import WebOpties
from hartslag.config import Settings
from hartslag.domein.events import Event
from hartslag.services.context import Context
from hartslag.services.handlers import HANDLERS, WERKER_HANDLERS
from hartslag.services.message_bus import Handler, MessageBus
from hartslag.services.poorten import Clock

if TYPE_CHECKING:
    from fastapi import FastAPI

    from hartslag.adapters.planner import Planner

DRAIN_SECONDS = 30.0  # how long a stopping process finishes queued follow-up work


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)


def bootstrap(
    settings: Settings,
    *,
    engine: Engine | None = None,
    clock: Clock | None = None,
    follow_up_in_background: bool = True,
    handlers: Mapping[type[Event], Sequence[Handler]] = HANDLERS,
) -> Context:
    """The context every use case gets. What a committed transaction recorded (a signal
    registered, ...) is handled by `services.handlers`, in a background thread of this
    process, or at once after the commit (``follow_up_in_background=False``)."""
    engine = engine or make_engine(settings.database_url)
    bus = MessageBus(handlers, background=follow_up_in_background)
    ctx = Context(
        uow=SqlUnitOfWorkFactory(engine, after_commit=bus.publish),
        clock=clock or SystemClock(),
        pseudoniem_sleutel=settings.pseudonym_master_key,
        versleuteling=AesGcmVersleuteling(
            settings.vault_keyring,
            huidige=max(settings.vault_keyring),
            bron=Path(settings.vault_key_file) if settings.vault_key_file else None,
            laden=settings.read_vault_keyring,
        ),
        contact_bewaardagen=settings.contact_retention_days,
        statuscode_sleutel=settings.statuscode_key,
        afzender=settings.mail_from,
        analyse_representatie=settings.analysis_representation,
        sessie_uren=settings.web_session_hours,
        inlog_max_pogingen=settings.login_max_failures,
        blokkeer_minuten=settings.login_lockout_minutes,
        netwerkeigenaar=settings.network_pattern_owner,
        pseudoniemdomeinen=settings.pseudonym_domain_map,
        uitwisseling_batch=settings.exchange_batch_size,
        bus=bus,
    )
    bus.bind(ctx)
    atexit.register(_drain, weakref.ref(bus))
    return ctx


def _drain(bus: weakref.ref[MessageBus]) -> None:
    b = bus()
    if b is not None:
        b.wait(DRAIN_SECONDS)


def engine_of(ctx: Context) -> Engine:
    factory = ctx.uow
    assert isinstance(factory, SqlUnitOfWorkFactory)
    return factory.engine


def web_options(settings: Settings) -> WebOpties:
    """What the pages need from the settings (theme, CSRF key, status lookups per minute)."""
    return WebOpties(
        csrf_sleutel=settings.csrf_key,
        thema_css=Path(settings.web_theme_css) if settings.web_theme_css else None,
        thema_klasse=settings.web_theme_class,
        status_limiet=settings.status_rate_limit,
        importgrenzen=Grenzen(*settings.import_limits),
    )


def worker_count(settings: Settings) -> int:
    """``HARTSLAG_WORKERS``, or one worker process per core."""
    return settings.workers or os.cpu_count() or 1


def server_app() -> FastAPI:
    """The application of one worker process of ``hartslag serve`` (uvicorn's app factory):
    its own context and connection pool, from the environment's settings. It places no
    signal in its pattern: the planner does (`services.plaatsing`)."""
    from hartslag.adapters.api.app import create_app  # late: the API imports bootstrap

    settings = Settings()  # checked by `hartslag serve` before it started the workers
    ctx = bootstrap(settings, handlers=WERKER_HANDLERS)
    api = create_app(ctx, web_options(settings), settings.max_body_bytes)
    api.state.status_limiet = settings.status_rate_limit
    _start_worker(api, settings.threads, intake_threads(settings, ctx.uow.een_schrijver))
    return api


def intake_threads(settings: Settings, een_schrijver: bool) -> int:
    """Threads per worker for the intake. SQLite takes one writer at a time: a second
    thread would only wait for the first while taking the GIL from it (measured: fewer
    registrations held). PostgreSQL: two, so that one computes while the other waits for
    the database; more only contend for the GIL with the worker's event loop. Offered
    500/s on two cores (20 s, two workers), four threads per worker left the machine a
    fifth idle in 5 of 12 runs while refusing registrations; two kept it busy and held
    the rate in 5 of 6 (issue 12)."""
    return 1 if een_schrijver else min(2, settings.threads)


def _start_worker(api: FastAPI, threads: int, intake: int) -> None:
    """At most ``threads`` threads of this worker do blocking work (the database, files) at
    once; further requests wait their turn on the event loop. More threads than cores
    only contend for the GIL and the database: on two cores, offered 200 registrations/s
    on PostgreSQL, 40 threads (anyio's default) stored 65-77/s, 4 threads 131 (issue 12).
    The intake has threads of its own (``intake``): a burst of registrations does not
    hold up pages and reads, nor they the intake.

    Once started, what the worker built (modules, routes, templates: ~110,000 objects)
    lives as long as the process and is moved out of the garbage collector's sight, so a
    full collection no longer walks it. Under load those walks stopped a worker for
    25-75 ms, and registrations that arrived meanwhile were refused (issue 12)."""
    inner = api.router.lifespan_context

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[Any]:
        import anyio.to_thread

        anyio.to_thread.current_default_thread_limiter().total_tokens = threads
        app.state.intake_limiter = anyio.CapacityLimiter(intake)
        async with inner(app) as state:
            gc.freeze()
            yield state

    api.router.lifespan_context = lifespan


def planner(settings: Settings) -> Planner:
    """The scheduler of ``hartslag serve``, for exactly one process: the one that starts
    the workers (escalation, reminders, outbox, the periodic analysis, placing new
    signals in their pattern)."""
    from hartslag.adapters.mail.smtp import SmtpMailer
    from hartslag.adapters.planner import Plaatser, Planner, periodic_analysis

    ctx = bootstrap(settings, handlers=WERKER_HANDLERS)
    return Planner(
        ctx,
        SmtpMailer.from_settings(settings),
        settings.scheduler_interval_seconds,
        periodic_analysis(ctx, settings),
        plaatser=Plaatser.in_child_process(ctx, settings),
    )
