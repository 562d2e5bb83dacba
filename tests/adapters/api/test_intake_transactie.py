# SPDX-License-Identifier: EUPL-1.2
"""The intake's path (issue 12): on PostgreSQL the token check, the pseudonymisation and
the writes of one registration share one connection and one transaction; on SQLite, which
lets one writer in at a time, the token is checked on a connection of its own first, so
that nothing but the writes runs inside the write lock."""

from __future__ import annotations

from typing import Any

import httpx
from sqlalchemy import event

from hartslag.bootstrap import bootstrap, engine_of
from hartslag.config import Settings
from hartslag.domein.vocabulaire import Rol
from hartslag.services import beheer
from hartslag.services.context import Context
from hartslag.services.handlers import WERKER_HANDLERS
from tests.conftest import Server, bearer

SIGNAAL = {
    "tekst": "Mevrouw Jansen belt over de brief over terugvordering van de toeslag.",
    "brontype": "klacht",
    "meldertype": "burger",
    "kanaal": "telefoon",
}


def test_one_registration_takes_one_connection_on_postgresql_and_two_on_sqlite(
    api: httpx.Client,
    server: Server,
    settings: Settings,
    ctx: Context,
    organisaties: dict[str, int],
) -> None:
    token = beheer.create_token(ctx, "UWV", Rol.FRONTLINIE)
    engine = engine_of(ctx)
    # As in a `serve` worker: the new signal is placed in its pattern by the scheduler,
    # not after the commit (which would take a connection of its own).
    server.app.state.context = bootstrap(
        settings, engine=engine, handlers=WERKER_HANDLERS, follow_up_in_background=False
    )
    assert api.post("/api/v1/signalen", json=SIGNAAL, headers=bearer(token)).status_code == 201
    uitgeleend: list[Any] = []
    begonnen: list[Any] = []

    def bij_uitlenen(*_: Any) -> None:
        uitgeleend.append(1)

    def bij_begin(*_: Any) -> None:
        begonnen.append(1)

    event.listen(engine.pool, "checkout", bij_uitlenen)
    event.listen(engine, "begin", bij_begin)
    try:
        antwoord = api.post("/api/v1/signalen", json=SIGNAAL, headers=bearer(token))
    finally:
        event.remove(engine.pool, "checkout", bij_uitlenen)
        event.remove(engine, "begin", bij_begin)
    assert antwoord.status_code == 201
    verwacht = 2 if engine.dialect.name == "sqlite" else 1
    assert (len(uitgeleend), len(begonnen)) == (verwacht, verwacht)


def test_the_first_use_of_a_token_is_marked_with_its_registration(
    api: httpx.Client, ctx: Context, organisaties: dict[str, int]
) -> None:
    token = beheer.create_token(ctx, "UWV", Rol.FRONTLINIE)
    assert beheer.list_tokens(ctx, "UWV")[0].laatst_gebruikt_op is None
    assert api.post("/api/v1/signalen", json=SIGNAAL, headers=bearer(token)).status_code == 201
    assert beheer.list_tokens(ctx, "UWV")[0].laatst_gebruikt_op == ctx.clock.now()
