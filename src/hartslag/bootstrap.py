# SPDX-License-Identifier: EUPL-1.2
"""The composition root: build the concrete adapters from Settings."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine

from hartslag.adapters.bestanden.grenzen import Grenzen
from hartslag.adapters.kluis import AesGcmVersleuteling
from hartslag.adapters.opslag.database import make_engine
from hartslag.adapters.opslag.eenheid import SqlUnitOfWorkFactory
from hartslag.adapters.web.opties import WebOpties
from hartslag.config import Settings
from hartslag.services.context import Context
from hartslag.services.poorten import Clock


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)


def bootstrap(
    settings: Settings, *, engine: Engine | None = None, clock: Clock | None = None
) -> Context:
    engine = engine or make_engine(settings.database_url)
    return Context(
        uow=SqlUnitOfWorkFactory(engine),
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
    )


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
