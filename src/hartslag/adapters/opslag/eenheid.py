# SPDX-License-Identifier: EUPL-1.2
"""The unit of work on SQLAlchemy: one connection, one transaction, every store."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, Engine

from hartslag.adapters.opslag.accounts_sql import SqlGebruikers, SqlWebsessies
from hartslag.adapters.opslag.analyse_sql import SqlAnalyses
from hartslag.adapters.opslag.bewaring_sql import SqlBetrokkenen, SqlBewaring
from hartslag.adapters.opslag.duiding_sql import SqlAgenderingsmomenten, SqlDuidingssessies
from hartslag.adapters.opslag.knelpunten_sql import SqlKnelpunten, SqlOpschalingsroutes
from hartslag.adapters.opslag.overig_sql import (
    SqlAccounts,
    SqlContacten,
    SqlGebeurtenissen,
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
        self.organisaties: Organisaties = SqlOrganisaties(connection)
        self.accounts: Accounts = SqlAccounts(connection)
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
        self.instellingen: Instellingen = SqlInstellingen(connection)
        self.originelen: Originelen = SqlOriginelen(connection)
        self.kluis: Kluis = SqlKluis(connection)
        self.bewaring: Bewaring = SqlBewaring(connection)
        self.betrokkenen: Betrokkenen = SqlBetrokkenen(connection)
        self.vermeldingen: Vermeldingen = SqlVermeldingen(connection)
        self.analyses: Analyses = SqlAnalyses(connection)
        self.gebruikers: Gebruikers = SqlGebruikers(connection)
        self.websessies: Websessies = SqlWebsessies(connection)
        self.partners: Partners = SqlPartners(connection)
        self.postvakken: Postvakken = SqlPostvakken(connection)

    def commit(self) -> None:
        self.connection.commit()


class SqlUnitOfWorkFactory:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @contextmanager
    def __call__(self, schrijven: bool = True) -> Iterator[SqlUnitOfWork]:
        with self.engine.connect().execution_options(schrijven=schrijven) as connection:
            try:
                yield SqlUnitOfWork(connection)
            finally:
                connection.rollback()
