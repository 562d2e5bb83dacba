# SPDX-License-Identifier: EUPL-1.2
"""Several Hartslag instances on loopback, each with its own database and port, joined by
agreements: the network the exchange flow tests run on."""

from __future__ import annotations

import shutil
import uuid
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import Engine, text

from hartslag.adapters.opslag.database import make_engine
from hartslag.adapters.uitwisseling.webhook import HttpAfleveraar
from hartslag.bootstrap import bootstrap
from hartslag.config import Settings
from hartslag.domein.uitwisseling import Gebeurtenistype, Richting
from hartslag.domein.vocabulaire import Rol
from hartslag.services import beheer, bezorging, uitwisselingbeheer
from hartslag.services.context import Context
from tests.conftest import FixedClock, Server, _admin_engine, _pg_url


@dataclass
class Instantie:
    code: str
    oin: str
    ctx: Context
    engine: Engine
    server: Server
    organisatie_id: int = 0
    token: str = ""
    draait: bool = False
    batch: int = 100  # events per request when this instance delivers (1: one each)
    opruimen: list[Any] = field(default_factory=list)

    @property
    def basis(self) -> str:
        return f"http://127.0.0.1:{self.server.port}"

    @property
    def webhook(self) -> str:
        return f"{self.basis}/api/v1/organisaties/{self.code}/gebeurtenissen"

    def start(self) -> None:
        self.server.start()
        self.draait = True

    def client(self) -> httpx.Client:
        # idle connections end before the server's keep-alive does (see tests/conftest.py)
        return httpx.Client(
            base_url=self.basis, timeout=10, limits=httpx.Limits(keepalive_expiry=2)
        )

    def deliver(self) -> bezorging.Afleverresultaat:
        afleveraar = HttpAfleveraar(timeout=5)
        try:
            ctx = replace(self.ctx, uitwisseling_batch=self.batch)
            return bezorging.deliver_due(ctx, afleveraar)
        finally:
            afleveraar.close()

    def stop(self) -> None:
        if self.draait:
            self.server.stop()
        self.engine.dispose()
        for stap in self.opruimen:
            stap()


def sqlite_instance(template: Path, map: Path, code: str, oin: str, clock: FixedClock) -> Instantie:
    pad = map / f"{code}.db"
    shutil.copy(template, pad)
    return _instance(f"sqlite:///{pad}", code, oin, clock)


def postgres_instance(template: str, code: str, oin: str, clock: FixedClock) -> Instantie:
    naam = f"hartslag_uw_{uuid.uuid4().hex[:12]}"
    admin = _admin_engine()
    with admin.connect() as c:
        c.execute(text(f'CREATE DATABASE "{naam}" TEMPLATE "{template}"'))
    inst = _instance(_pg_url(naam), code, oin, clock)

    def drop() -> None:
        with admin.connect() as c:
            c.execute(text(f'DROP DATABASE IF EXISTS "{naam}" WITH (FORCE)'))
        admin.dispose()

    inst.opruimen.append(drop)
    return inst


def _instance(url: str, code: str, oin: str, clock: FixedClock) -> Instantie:
    settings = Settings(
        database_url=url,
        secret_key=f"geheim-van-{code}-lang-genoeg",
        demo=False,  # type: ignore[arg-type]
    )
    engine = make_engine(url)
    ctx = bootstrap(settings, engine=engine, clock=clock)
    server = Server()
    server.app.state.context = ctx
    inst = Instantie(code, oin, ctx, engine, server)
    inst.organisatie_id = beheer.create_organisatie(ctx, code, f"Organisatie {code}")
    inst.token = beheer.create_token(ctx, code, Rol.ANALIST)
    uitwisselingbeheer.set_oin(ctx, inst.organisatie_id, oin, "test")
    return inst


def connect(
    van: Instantie, naar: Instantie, code: str, themas: set[str], velden: set[str],
    typen: frozenset[Gebeurtenistype] = frozenset(Gebeurtenistype),
) -> str:  # fmt: skip
    """``van`` shares with ``naar`` under agreement ``code``: both sides record the partner
    (one shared secret) and the agreement, each in its own direction. Returns the secret."""
    geheim = uitwisselingbeheer.add_partner(
        van.ctx, van.organisatie_id, naar.code, naar.code, naar.oin, naar.webhook, "test"
    )
    ontvanger = uitwisselingbeheer.add_partner(
        naar.ctx, naar.organisatie_id, van.code, van.code, van.oin, None, "test", geheim
    )
    assert ontvanger == geheim
    for inst, partner, richting in ((van, naar, Richting.UITGAAND), (naar, van, Richting.INKOMEND)):
        uitwisselingbeheer.add_afspraak(
            inst.ctx, inst.organisatie_id, "test", code=code, partner=partner.code,
            richting=richting, gebeurtenistypen=typen, themas=frozenset(themas),
            velden=frozenset(velden), grondslag="art. 3 convenant signalen",
            doel="patronen over organisaties heen", geldig_vanaf=inst.ctx.clock.now(),
            geldig_tot=None,
        )  # fmt: skip
    return geheim
