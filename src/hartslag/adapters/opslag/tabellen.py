# SPDX-License-Identifier: EUPL-1.2
"""The database schema as SQLAlchemy Core tables. Migrations live in ``migraties/``;
a test checks that the migrated schema matches these definitions."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    SmallInteger,
    String,
    Table,
    Text,
    TypeDecorator,
    UniqueConstraint,
    Uuid,
    true,
)
from sqlalchemy.engine import Dialect


class UTCDateTime(TypeDecorator[datetime]):
    """Timezone-aware UTC timestamps on every database (SQLite stores naive UTC)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given; Hartslag stores aware UTC timestamps only")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        assert isinstance(value, datetime)
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


naming = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
metadata = MetaData(naming_convention=naming)

organisatie = Table(
    "organisatie",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("code", String(40), nullable=False, unique=True),
    Column("naam", String(200), nullable=False),
    Column("aangemaakt_op", UTCDateTime, nullable=False),
    Column("oin", String(20), nullable=True),  # migration 0015: exchange (docs/uitwisseling.md)
    Index("ix_organisatie_oin", "oin", unique=True),
)

account = Table(
    "account",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("organisatie_id", ForeignKey("organisatie.id"), nullable=False),
    Column("naam", String(200), nullable=False),
    Column("rol", String(20), nullable=False),
    Column("aangemaakt_op", UTCDateTime, nullable=False),
    # Web login (accounts with only API tokens leave these empty).
    Column("email", String(254), nullable=True, unique=True),
    Column("wachtwoord_hash", String(255), nullable=True),
    Column("actief", Boolean, nullable=False, server_default=true()),
    Column("mislukte_pogingen", Integer, nullable=False, server_default="0"),
    Column("geblokkeerd_tot", UTCDateTime, nullable=True),
    Column("taal", String(5), nullable=True),
    UniqueConstraint("organisatie_id", "naam", name="uq_account_organisatie_naam"),
)

websessie = Table(
    "websessie",
    metadata,
    Column("id", String(64), primary_key=True),  # SHA-256 of the cookie's random token
    Column("account_id", ForeignKey("account.id"), nullable=False, index=True),
    Column("aangemaakt_op", UTCDateTime, nullable=False),
    Column("verloopt_op", UTCDateTime, nullable=False),
)

apitoken = Table(
    "apitoken",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("account_id", ForeignKey("account.id"), nullable=False),
    Column("token_hash", String(64), nullable=False, unique=True),
    Column("aangemaakt_op", UTCDateTime, nullable=False),
    Column("ingetrokken_op", UTCDateTime, nullable=True),
    Column("verloopt_op", UTCDateTime, nullable=True),
    Column("laatst_gebruikt_op", UTCDateTime, nullable=True),
)

referentieteller = Table(
    "referentieteller",
    metadata,
    Column("jaar", Integer, primary_key=True, autoincrement=False),
    Column("laatste", BigInteger, nullable=False),
    # PostgreSQL: numbers come from the sequence ``signaal_volgnummer`` minus this offset,
    # fixed once per year (no row written per signal). SQLite counts in ``laatste``.
    Column("basis", BigInteger, nullable=True),
)

contactgegevens = Table(
    "contactgegevens",
    metadata,
    Column("id", Uuid, primary_key=True),
    Column("organisatie_id", ForeignKey("organisatie.id"), nullable=False),
    Column("sleutelversie", Integer, nullable=False),
    Column("versleuteld", LargeBinary, nullable=False),
    Column("bewaren_tot", Date, nullable=False),
    Column("aangemaakt_op", UTCDateTime, nullable=False),
    Index("ix_contactgegevens_organisatie_bewaren", "organisatie_id", "bewaren_tot"),
)

importrun = Table(
    "importrun",
    metadata,
    Column("id", Uuid, primary_key=True),
    Column("organisatie_id", ForeignKey("organisatie.id"), nullable=False),
    Column("bestandsnaam", String(500), nullable=False),
    Column("bestandshash", String(64), nullable=False),
    Column("status", String(20), nullable=False),
    Column("laatste_rij", BigInteger, nullable=False),
    Column("opgeslagen", BigInteger, nullable=False),
    Column("dubbel", BigInteger, nullable=False),
    Column("fouten", BigInteger, nullable=False),
    Column("gestart_door", String(200), nullable=False),
    Column("gestart_op", UTCDateTime, nullable=False),
    Column("bijgewerkt_op", UTCDateTime, nullable=False),
    Index("ix_importrun_bestand", "organisatie_id", "bestandshash"),
)

signaal = Table(
    "signaal",
    metadata,
    Column("id", Uuid, primary_key=True),
    Column("referentie", String(32), nullable=False, unique=True),
    Column("organisatie_id", ForeignKey("organisatie.id"), nullable=False),
    Column("ontvangen_op", UTCDateTime, nullable=False),
    Column("geregistreerd_op", UTCDateTime, nullable=False),
    Column("geregistreerd_door", String(200), nullable=False),
    Column("brontype", String(30), nullable=False),
    Column("meldertype", String(30), nullable=False),
    Column("kanaal", String(30), nullable=False),
    Column("gevraagd", Boolean, nullable=False),
    Column("polariteit", String(20), nullable=True),
    Column("impact", JSON, nullable=False),
    Column("bereik", String(20), nullable=True),
    Column("levensgebeurtenis", String(200), nullable=True),
    Column("regelgeving", JSON, nullable=False),
    Column("titel", String(300), nullable=False),
    Column("tekst", Text, nullable=False),
    Column("status", String(20), nullable=False),
    Column("externe_referentie", String(200), nullable=True),
    Column("inhoudshash", String(64), nullable=True),
    Column("melder_pseudoniem", String(64), nullable=True),
    Column("contact_id", ForeignKey("contactgegevens.id", ondelete="SET NULL"), nullable=True),
    Column("importrun_id", ForeignKey("importrun.id"), nullable=True),
    UniqueConstraint(
        "organisatie_id", "externe_referentie", name="uq_signaal_organisatie_externe_referentie"
    ),
    UniqueConstraint("organisatie_id", "inhoudshash", name="uq_signaal_organisatie_inhoudshash"),
    Index("ix_signaal_organisatie_ontvangen", "organisatie_id", "ontvangen_op"),
    Index("ix_signaal_melder", "organisatie_id", "melder_pseudoniem"),
    # The planner finds signals to place in their pattern by this (`services.plaatsing`).
    Index("ix_signaal_geregistreerd", "geregistreerd_op"),
)

signaal_thema = Table(
    "signaal_thema",
    metadata,
    Column("signaal_id", ForeignKey("signaal.id", ondelete="CASCADE"), primary_key=True),
    Column("thema", String(100), primary_key=True),
    Index("ix_signaal_thema_thema", "thema"),
)

gebeurtenis = Table(
    "gebeurtenis",
    metadata,
    Column("id", BigInteger().with_variant(Integer, "sqlite"), primary_key=True),
    Column("tijdstip", UTCDateTime, nullable=False),
    Column("actor", String(200), nullable=False),
    Column("organisatie_id", ForeignKey("organisatie.id"), nullable=True),
    Column("actie", String(60), nullable=False),
    Column("onderwerp_type", String(40), nullable=False),
    Column("onderwerp_id", String(64), nullable=True),
    Column("reden", Text, nullable=True),
    Column("voor", JSON, nullable=True),
    Column("na", JSON, nullable=True),
    # The tamper-evident chain per organisation (see domein/gebeurtenis.chain_hash).
    Column("vorige_hash", String(64), nullable=True),
    Column("hash", String(64), nullable=True),
    # Which strand of the organisation's chain the record is on (migration 0019).
    Column("streng", SmallInteger, nullable=False, server_default="0"),
    Index("ix_gebeurtenis_onderwerp", "onderwerp_type", "onderwerp_id"),
    Index("ix_gebeurtenis_organisatie_tijdstip", "organisatie_id", "tijdstip"),
)

# The head of each strand of each organisation's audit chain (sleutel 0: records of no
# organisation). A strand's row is locked while a record is added to it, so each strand
# stays a line; it also shows records removed from the end. An organisation's chain has
# several strands so that concurrent writers need not queue on one row (migration 0019,
# `SqlGebeurtenissen.add`).
auditketen = Table(
    "auditketen",
    metadata,
    Column("sleutel", Integer, primary_key=True, autoincrement=False),
    Column("streng", SmallInteger, primary_key=True, autoincrement=False),
    Column("laatste_id", BigInteger, nullable=True),
    Column("laatste_hash", String(64), nullable=False),
    Column("aantal", BigInteger, nullable=False),
)

idempotentie = Table(
    "idempotentie",
    metadata,
    Column("organisatie_id", ForeignKey("organisatie.id"), primary_key=True),
    Column("sleutel", String(200), primary_key=True),
    Column("verzoek_hash", String(64), nullable=False),
    Column("status", Integer, nullable=False),
    Column("resource_id", String(64), nullable=True),
    Column("antwoord", JSON, nullable=False),
    Column("aangemaakt_op", UTCDateTime, nullable=False),
)

# --- Bottlenecks, escalation, sessions, agenda moments, feedback (migration 0002) ---

knelpunt = Table(
    "knelpunt",
    metadata,
    Column("id", Uuid, primary_key=True),
    Column("organisatie_id", ForeignKey("organisatie.id"), nullable=False),
    Column("titel", String(300), nullable=False),
    Column("status", String(30), nullable=False),
    Column("eigenaar_organisatie", String(40), nullable=True),
    Column("laatste_voortgang_op", UTCDateTime, nullable=False),
    Column("aangemaakt_op", UTCDateTime, nullable=False),
    Column("dossier", JSON, nullable=False),
    Index("ix_knelpunt_organisatie_status", "organisatie_id", "status"),
)

knelpunt_organisatie = Table(
    "knelpunt_organisatie",
    metadata,
    Column("knelpunt_id", ForeignKey("knelpunt.id", ondelete="CASCADE"), primary_key=True),
    Column("organisatie", String(40), primary_key=True),
    Index("ix_knelpunt_organisatie_organisatie", "organisatie"),
)

knelpunt_signaal = Table(
    "knelpunt_signaal",
    metadata,
    Column("knelpunt_id", ForeignKey("knelpunt.id", ondelete="CASCADE"), primary_key=True),
    Column("signaal_id", ForeignKey("signaal.id", ondelete="CASCADE"), primary_key=True),
    Column("gekoppeld_op", UTCDateTime, nullable=False),
    Index("ix_knelpunt_signaal_signaal", "signaal_id"),
)

knelpunt_volger = Table(
    "knelpunt_volger",
    metadata,
    Column("knelpunt_id", ForeignKey("knelpunt.id", ondelete="CASCADE"), primary_key=True),
    Column("volger", String(200), primary_key=True),
)

vertrokken_medewerker = Table(
    "vertrokken_medewerker",
    metadata,
    Column("organisatie", String(40), primary_key=True),
    Column("persoon", String(200), primary_key=True),
    Column("sinds", UTCDateTime, nullable=False),
)

opschalingsroute = Table(
    "opschalingsroute",
    metadata,
    Column("organisatie", String(40), primary_key=True),
    Column("niveaus", JSON, nullable=False),
    Column("bijgewerkt_op", UTCDateTime, nullable=False),
    Column("streefdagen", Integer, nullable=True),  # migration 0010; NULL: the default
)

duidingssessie = Table(
    "duidingssessie",
    metadata,
    Column("id", Uuid, primary_key=True),
    Column("organisatie", String(40), nullable=False),
    Column("datum", UTCDateTime, nullable=False),
    Column("inhoud", JSON, nullable=False),
    Index("ix_duidingssessie_organisatie_datum", "organisatie", "datum"),
)

agenderingsmoment = Table(
    "agenderingsmoment",
    metadata,
    Column("id", Uuid, primary_key=True),
    Column("organisatie", String(40), nullable=False),
    Column("indiendeadline", Date, nullable=False),
    Column("inhoud", JSON, nullable=False),
    Index("ix_agenderingsmoment_organisatie_deadline", "organisatie", "indiendeadline"),
)

# Feedback of one organisation to its own reporters: about a bottleneck, or (migration
# 0010) about a signal closed without one.
terugkoppeling = Table(
    "terugkoppeling",
    metadata,
    Column("id", Uuid, primary_key=True),
    Column("knelpunt_id", ForeignKey("knelpunt.id"), nullable=True),
    Column("organisatie", String(40), nullable=False),
    Column("status", String(20), nullable=False),
    Column("inhoud", JSON, nullable=False),
    Column("signaal_id", ForeignKey("signaal.id", ondelete="CASCADE"), nullable=True),
    Index("ix_terugkoppeling_knelpunt", "knelpunt_id"),
    Index("ix_terugkoppeling_signaal", "signaal_id"),
    Index("ix_terugkoppeling_organisatie", "organisatie"),
)

bericht = Table(
    "bericht",
    metadata,
    Column("id", Uuid, primary_key=True),
    Column("sleutel", String(200), nullable=False, unique=True),
    Column("organisatie", String(40), nullable=False),
    Column("soort", String(40), nullable=False),
    Column("sleutelversie", Integer, nullable=False),
    Column("aan_versleuteld", LargeBinary, nullable=False),
    Column("onderwerp", String(300), nullable=False),
    Column("tekst", Text, nullable=False),
    Column("status", String(20), nullable=False),
    Column("pogingen", Integer, nullable=False),
    Column("volgende_poging_op", UTCDateTime, nullable=False),
    Column("geclaimd_tot", UTCDateTime, nullable=True),
    Column("laatste_fout", String(500), nullable=True),
    Column("aangemaakt_op", UTCDateTime, nullable=False),
    Column("verzonden_op", UTCDateTime, nullable=True),
    Column("signaal_id", ForeignKey("signaal.id", ondelete="SET NULL"), nullable=True),
    Column("terugkoppeling_id", ForeignKey("terugkoppeling.id"), nullable=True),
    Column("afzender", String(400), nullable=True),  # migration 0010: the From header
    Index("ix_bericht_status_volgende", "status", "volgende_poging_op"),
    Index("ix_bericht_signaal", "signaal_id"),
)

notificatie = Table(
    "notificatie",
    metadata,
    Column("id", BigInteger().with_variant(Integer, "sqlite"), primary_key=True),
    Column("ontvanger", String(200), nullable=False),
    Column("knelpunt_id", ForeignKey("knelpunt.id", ondelete="CASCADE"), nullable=True),
    Column("tekst", Text, nullable=False),
    Column("aangemaakt_op", UTCDateTime, nullable=False),
    Index("ix_notificatie_ontvanger", "ontvanger", "aangemaakt_op"),
)

# --- Agenda reminders (migration 0003) ---

# One row per reminder sent: (moment, bottleneck, days before the deadline). The primary
# key makes "sent once" hold even when two schedulers run at the same moment.
agendaherinnering = Table(
    "agendaherinnering",
    metadata,
    Column(
        "agenderingsmoment_id",
        ForeignKey("agenderingsmoment.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("knelpunt_id", ForeignKey("knelpunt.id", ondelete="CASCADE"), primary_key=True),
    Column("dagen", Integer, primary_key=True),
    Column("verstuurd_op", UTCDateTime, nullable=False),
)

# --- Privacy: settings per organisation, kept originals, pseudonym links (migration 0004) ---

# Per organisation; a NULL period means "the default" (docs/privacy.md).
organisatie_instelling = Table(
    "organisatie_instelling",
    metadata,
    Column("organisatie_id", ForeignKey("organisatie.id"), primary_key=True),
    Column("originelen_bewaren", Boolean, nullable=False),
    Column("contact_dagen", Integer, nullable=True),
    Column("origineel_dagen", Integer, nullable=True),
    Column("signaal_dagen", Integer, nullable=True),
    Column("gewijzigd_op", UTCDateTime, nullable=False),
)

# The text as received, encrypted like the contact vault; only when the organisation
# keeps originals. Goes with its signal.
origineel = Table(
    "origineel",
    metadata,
    Column("signaal_id", ForeignKey("signaal.id", ondelete="CASCADE"), primary_key=True),
    Column("organisatie_id", ForeignKey("organisatie.id"), nullable=False),
    Column("sleutelversie", Integer, nullable=False),
    Column("versleuteld", LargeBinary, nullable=False),
    Column("bewaren_tot", Date, nullable=False),
    Column("aangemaakt_op", UTCDateTime, nullable=False),
    Index("ix_origineel_organisatie_bewaren", "organisatie_id", "bewaren_tot"),
)

# Keyed pseudonyms (HMAC) of identifiers found in a signal's text or left as contact
# details: how subject access and erasure find the signals that concern a person.
signaal_pseudoniem = Table(
    "signaal_pseudoniem",
    metadata,
    Column("signaal_id", ForeignKey("signaal.id", ondelete="CASCADE"), primary_key=True),
    Column("soort", String(20), primary_key=True),
    Column("bron", String(10), primary_key=True),
    Column("pseudoniem", String(64), primary_key=True),
    Index("ix_signaal_pseudoniem_pseudoniem", "pseudoniem"),
)

# --- Free text: pseudonym links of what people typed outside a signal (migration 0007) ---

# Keyed pseudonyms (HMAC) of identifiers found in free text a person typed about a record
# (a dossier's description, a decision's rationale, a reason in the audit trail, ...):
# how subject access and erasure find that text. The text itself holds placeholders only.
tekst_pseudoniem = Table(
    "tekst_pseudoniem",
    metadata,
    Column("organisatie_id", ForeignKey("organisatie.id"), primary_key=True),
    Column("onderwerp_type", String(40), primary_key=True),
    Column("onderwerp_id", String(200), primary_key=True),
    Column("veld", String(60), primary_key=True),
    Column("soort", String(20), primary_key=True),
    Column("pseudoniem", String(64), primary_key=True),
    Index("ix_tekst_pseudoniem_pseudoniem", "organisatie_id", "pseudoniem"),
    Index("ix_tekst_pseudoniem_onderwerp", "onderwerp_type", "onderwerp_id"),
)

# --- Analysis: runs, patterns, assignments, alerts, vectors, theme suggestions (0005) ---

analyserun = Table(
    "analyserun",
    metadata,
    Column("id", Uuid, primary_key=True),
    Column("bereik", String(40), nullable=False),  # "*" (every organisation) or a code
    Column("peildatum", Date, nullable=False),
    Column("representatie", String(20), nullable=False),
    Column("gestart_op", UTCDateTime, nullable=False),
    Column("voltooid_op", UTCDateTime, nullable=False),
    Column("gestart_door", String(200), nullable=False),
    Column("aantal_signalen", Integer, nullable=False),
    Column("aantal_patronen", Integer, nullable=False),
    Column("model", LargeBinary, nullable=True),
    Column("midden", LargeBinary, nullable=True),
    Index("ix_analyserun_bereik_voltooid", "bereik", "voltooid_op"),
)

patroon = Table(
    "patroon",
    metadata,
    Column("id", Uuid, primary_key=True),
    Column("bereik", String(40), nullable=False),
    Column("status", String(20), nullable=False),
    Column("titel", String(300), nullable=False),
    Column("titel_handmatig", Boolean, nullable=False),
    Column("sleutelwoorden", JSON, nullable=False),
    Column("omvang", Integer, nullable=False),
    Column("eerst_gezien", UTCDateTime, nullable=True),
    Column("laatst_gezien", UTCDateTime, nullable=True),
    Column("organisaties", JSON, nullable=False),
    Column("brontypes", JSON, nullable=False),
    Column("kanalen", JSON, nullable=False),
    Column("reeks", JSON, nullable=False),
    Column("representanten", JSON, nullable=False),
    Column("herhaalcontacten", Integer, nullable=False),
    Column("organisatieoverstijgend", Boolean, nullable=False),
    Column("score", Float, nullable=False),
    Column("centroide", LargeBinary, nullable=True),
    Column("samengevoegd_in", Uuid, nullable=True),
    Column("bijgewerkt_op", UTCDateTime, nullable=False),
    Index("ix_patroon_bereik_status", "bereik", "status"),
)

patroon_signaal = Table(
    "patroon_signaal",
    metadata,
    Column("bereik", String(40), primary_key=True),
    Column("signaal_id", ForeignKey("signaal.id", ondelete="CASCADE"), primary_key=True),
    Column("patroon_id", ForeignKey("patroon.id"), nullable=True),
    Column("gelijkenis", Float, nullable=False),
    Column("handmatig", Boolean, nullable=False),
    Column("herhaalcontact_van", Uuid, nullable=True),
    Index("ix_patroon_signaal_patroon", "patroon_id"),
    Index("ix_patroon_signaal_signaal", "signaal_id"),
)

patroon_mutatie = Table(
    "patroon_mutatie",
    metadata,
    Column("id", BigInteger().with_variant(Integer, "sqlite"), primary_key=True),
    Column("bereik", String(40), nullable=False),
    Column("run_id", Uuid, nullable=True),
    Column("soort", String(20), nullable=False),
    Column("van", JSON, nullable=False),
    Column("naar", JSON, nullable=False),
    Column("actor", String(200), nullable=False),
    Column("tijdstip", UTCDateTime, nullable=False),
    Column("toelichting", Text, nullable=True),
    Index("ix_patroon_mutatie_bereik_tijdstip", "bereik", "tijdstip"),
)

waarschuwing = Table(
    "waarschuwing",
    metadata,
    Column("id", Uuid, primary_key=True),
    Column("run_id", ForeignKey("analyserun.id", ondelete="CASCADE"), nullable=False),
    Column("bereik", String(40), nullable=False),
    Column("soort", String(20), nullable=False),
    Column("onderwerp_soort", String(20), nullable=False),
    Column("onderwerp", String(200), nullable=False),
    Column("patroon_id", Uuid, nullable=True),
    Column("peildatum", Date, nullable=False),
    Column("begin_stijging", Date, nullable=True),
    Column("waargenomen", Integer, nullable=False),
    Column("verwacht", Float, nullable=False),
    Column("ondergrens", Integer, nullable=False),
    Column("bovengrens", Integer, nullable=False),
    Column("uitleg", Text, nullable=False),
    Column("organisaties", JSON, nullable=False),
    Index("ix_waarschuwing_bereik", "bereik"),
)

signaal_vector = Table(
    "signaal_vector",
    metadata,
    Column("signaal_id", ForeignKey("signaal.id", ondelete="CASCADE"), primary_key=True),
    Column("representatie", String(20), primary_key=True),
    Column("vector", LargeBinary, nullable=False),
    Column("aangemaakt_op", UTCDateTime, nullable=False),
)

themasuggestie = Table(
    "themasuggestie",
    metadata,
    Column("signaal_id", ForeignKey("signaal.id", ondelete="CASCADE"), primary_key=True),
    Column("thema", String(100), primary_key=True),
    Column("zekerheid", Float, nullable=False),
    Column("rang", Integer, nullable=False),
    Column("aangemaakt_op", UTCDateTime, nullable=False),
    Index("ix_themasuggestie_zekerheid", "zekerheid"),
)

# --- Editorial control and the sender per organisation (migration 0010) ---

# The public text of a bottleneck on one organisation's "jullie zeiden, wij deden" page:
# one per bottleneck and organisation; the page shows only the published ones.
publieke_tekst = Table(
    "publieke_tekst",
    metadata,
    Column("id", Uuid, primary_key=True),
    Column("knelpunt_id", ForeignKey("knelpunt.id"), nullable=False),
    Column("organisatie", String(40), nullable=False),
    Column("status", String(20), nullable=False),
    Column("inhoud", JSON, nullable=False),
    UniqueConstraint("knelpunt_id", "organisatie", name="uq_publieke_tekst_knelpunt_organisatie"),
    Index("ix_publieke_tekst_organisatie_status", "organisatie", "status"),
)

# The name and address an organisation's e-mails to reporters are signed with; NULL
# means the default (the organisation's name, HARTSLAG_MAIL_FROM).
organisatie_afzender = Table(
    "organisatie_afzender",
    metadata,
    Column("organisatie_id", ForeignKey("organisatie.id"), primary_key=True),
    Column("weergavenaam", String(200), nullable=True),
    Column("email", String(320), nullable=True),
    Column("gewijzigd_op", UTCDateTime, nullable=False),
)

# Exchange between organisations (migration 0015): its tables live in their own module.
from hartslag.adapters.opslag import uitwisseling_tabellen  # noqa: E402, F401
