# SPDX-License-Identifier: EUPL-1.2
"""The unit of work on SQLAlchemy: one connection, one transaction, every store."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager

from sqlalchemy import Connection, Engine

from hartslag.adapters.opslag import schrijfbeurt
from hartslag.adapters.opslag.accounts_sql import SqlGebruikers, SqlWebsessies
from hartslag.adapters.opslag.analyse_sql import SqlAnalyses
from hartslag.adapters.opslag.auditketen_sql import SqlGebeurtenissen
from hartslag.adapters.opslag.bewaring_sql import SqlBetrokkenen, SqlBewaring
from hartslag.adapters.opslag.database import SQLITE_BUSY_MS, wal_sync
from hartslag.adapters.opslag.duiding_sql import SqlAgenderingsmomenten, SqlDuidingssessies
from hartslag.adapters.opslag.gelezen import Gelezen
from hartslag.adapters.opslag.knelpunten_sql import SqlKnelpunten, SqlOpschalingsroutes
from hartslag.adapters.opslag.overig_sql import (
    SqlAccounts,
    SqlContacten,
    SqlIdempotentie,
    SqlImportRuns,
    SqlOrganisaties,
)
from hartslag.adapters.opslag.privacy_sql import SqlInstellingen, SqlKluis, SqlOriginelen
from hartslag.adapters.opslag.publicatie_sql import SqlAfzenders, SqlPubliekeTeksten
from hartslag.adapters.opslag.signalen_sql import SqlSignalen
from hartslag.adapters.opslag.terugkoppeling_sql import (
    SqlBerichten,
    SqlNotificaties,
    SqlTerugkoppelingen,
)
from hartslag.adapters.opslag.uitwisseling_sql import SqlPartners, SqlPostvakken
from hartslag.adapters.opslag.vermeldingen_sql import SqlVermeldingen
from hartslag.domein.events import Event
from hartslag.services.accountpoorten import Gebruikers, Websessies
from hartslag.services.communication_ports import Afzenders, PubliekeTeksten
from hartslag.services.poorten import (
    Accounts,
    Agenderingsmomenten,
    Analyses,
    Berichten,
    Contacten,
    Duidingssessies,
    Gebeurtenissen,
    Idempotentie,
    ImportRuns,
    Knelpunten,
    Notificaties,
    Opschalingsroutes,
    Organisaties,
    Signalen,
    Terugkoppelingen,
)
from hartslag.services.privacypoorten import (
    Betrokkenen,
    Bewaring,
    Instellingen,
    Kluis,
    Originelen,
    Vermeldingen,
)
from hartslag.services.uitwisselingpoorten import Partners, Postvakken


class SqlUnitOfWork:
    def __init__(self, connection: Connection) -> None:
        self.connection = connection
        self._events: list[Event] = []
        self.committed: list[Event] = []
        self.vastgelegd = False  # committed at least once
        gelezen = Gelezen()  # what this transaction read already (token, OIN, settings)
        self.organisaties: Organisaties = SqlOrganisaties(connection)
        self.accounts: Accounts = SqlAccounts(connection, gelezen)
        self.signalen: Signalen = SqlSignalen(connection)
        self.gebeurtenissen: Gebeurtenissen = SqlGebeurtenissen(connection)
        self.contacten: Contacten = SqlContacten(connection)
        self.idempotentie: Idempotentie = SqlIdempotentie(connection)
        self.importruns: ImportRuns = SqlImportRuns(connection)
        self.knelpunten: Knelpunten = SqlKnelpunten(connection)
        self.opschalingsroutes: Opschalingsroutes = SqlOpschalingsroutes(connection)
        self.duidingssessies: Duidingssessies = SqlDuidingssessies(connection)
        self.agenderingsmomenten: Agenderingsmomenten = SqlAgenderingsmomenten(connection)
        self.terugkoppelingen: Terugkoppelingen = SqlTerugkoppelingen(connection)
        self.berichten: Berichten = SqlBerichten(connection)
        self.notificaties: Notificaties = SqlNotificaties(connection)
        self.publieke_teksten: PubliekeTeksten = SqlPubliekeTeksten(connection)
        self.afzenders: Afzenders = SqlAfzenders(connection)
        self.instellingen: Instellingen = SqlInstellingen(connection, gelezen)
        self.originelen: Originelen = SqlOriginelen(connection)
        self.kluis: Kluis = SqlKluis(connection)
        self.bewaring: Bewaring = SqlBewaring(connection)
        self.betrokkenen: Betrokkenen = SqlBetrokkenen(connection)
        self.vermeldingen: Vermeldingen = SqlVermeldingen(connection)
        self.analyses: Analyses = SqlAnalyses(connection)
        self.gebruikers: Gebruikers = SqlGebruikers(connection)
        self.websessies: Websessies = SqlWebsessies(connection)
        self.partners: Partners = SqlPartners(connection, gelezen)
        self.postvakken: Postvakken = SqlPostvakken(connection)

    def record(self, event: Event) -> None:
        """An event to hand on once this transaction committed (dropped on rollback)."""
        self._events.append(event)

    def commit(self) -> None:
        self.connection.commit()
        self.vastgelegd = True
        self.committed.extend(self._events)
        self._events.clear()


Publish = Callable[[Sequence[Event]], None]


class SqlUnitOfWorkFactory:
    """Units of work on ``engine``; the events of committed transactions go to
    ``after_commit`` once the connection is back in the pool."""

    def __init__(self, engine: Engine, after_commit: Publish | None = None) -> None:
        self.engine = engine
        self.after_commit = after_commit
        # SQLite lets one writer in at a time and makes the others poll for the lock with
        # growing sleeps (up to 100 ms each): the writers of this process queue here
        # instead, and take the database's lock in turn, without sleeping.
        sqlite = engine.dialect.name == "sqlite"
        self.een_schrijver = sqlite
        self._writers = threading.RLock() if sqlite else None
        # ... and the writers of every process take turns (`schrijfbeurt`).
        self._beurt = schrijfbeurt.voor(engine.url.database) if sqlite else None
        self._diepte = 0  # nested write units of the thread holding ``_writers``
        # What a write unit committed is made durable after its turn (`WalSync`).
        self.wal = wal_sync(engine)

    @contextmanager
    def __call__(self, schrijven: bool = True) -> Iterator[SqlUnitOfWork]:
        if schrijven and self._writers is not None:
            # As long as SQLite's own busy timeout: a writer waits no longer than before.
            if not self._writers.acquire(timeout=SQLITE_BUSY_MS / 1000):
                raise TimeoutError("database is locked: de schrijvers van dit proces wachten")
            geschreven: SqlUnitOfWork | None = None
            try:
                with self._turn(), self._unit(schrijven) as uow:
                    geschreven = uow
                    yield uow
            finally:
                self._writers.release()
                if self.wal is not None and geschreven is not None and geschreven.vastgelegd:
                    self.wal.sync()  # before the caller answers: durable, as with FULL
        else:
            with self._unit(schrijven) as uow:
                yield uow

    @contextmanager
    def _turn(self) -> Iterator[None]:
        """The processes' turn to write, taken by the outermost write unit of the thread
        that holds ``_writers`` (nested ones have it already)."""
        eerste = self._diepte == 0 and self._beurt is not None
        if eerste:
            assert self._beurt is not None
            self._beurt.neem(SQLITE_BUSY_MS / 1000)
        self._diepte += 1
        try:
            yield
        finally:
            self._diepte -= 1
            if eerste:
                assert self._beurt is not None
                self._beurt.geef()

    @contextmanager
    def _unit(self, schrijven: bool) -> Iterator[SqlUnitOfWork]:
        uow: SqlUnitOfWork | None = None
        try:
            with self.engine.connect().execution_options(schrijven=schrijven) as connection:
                try:
                    uow = SqlUnitOfWork(connection)
                    yield uow
                finally:
                    connection.rollback()
        finally:
            if uow is not None and uow.committed and self.after_commit is not None:
                self.after_commit(uow.committed)
