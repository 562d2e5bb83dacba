# SPDX-License-Identifier: EUPL-1.2
"""Tables of the exchange between organisations (migration 0015): partners and their
secrets, sharing agreements, the outbox of events, the inbox, and what partners shared,
kept apart from the organisation's own data."""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Table,
    Text,
    UniqueConstraint,
    Uuid,
)

from hartslag.adapters.opslag.tabellen import UTCDateTime, metadata

partner = Table(
    "partner",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("organisatie_id", ForeignKey("organisatie.id"), nullable=False),
    Column("code", String(40), nullable=False),
    Column("naam", String(200), nullable=False),
    Column("oin", String(20), nullable=False),
    Column("webhook_url", String(500), nullable=True),  # the subscription: where we deliver
    Column("actief", Boolean, nullable=False),
    Column("aangemaakt_op", UTCDateTime, nullable=False),
    UniqueConstraint("organisatie_id", "code", name="uq_partner_organisatie_code"),
    UniqueConstraint("organisatie_id", "oin", name="uq_partner_organisatie_oin"),
)

# The shared HMAC secrets, sealed like the contact vault. The newest signs; older ones
# stay valid until ``geldig_tot`` (rotation without a gap).
partnersleutel = Table(
    "partnersleutel",
    metadata,
    Column("partner_id", ForeignKey("partner.id"), primary_key=True),
    Column("versie", Integer, primary_key=True, autoincrement=False),
    Column("sleutelversie", Integer, nullable=False),
    Column("versleuteld", LargeBinary, nullable=False),
    Column("aangemaakt_op", UTCDateTime, nullable=False),
    Column("geldig_tot", UTCDateTime, nullable=True),
)

deelafspraak = Table(
    "deelafspraak",
    metadata,
    Column("id", Uuid, primary_key=True),
    Column("organisatie_id", ForeignKey("organisatie.id"), nullable=False),
    # The partner: an installation elsewhere (partner_id), or, for a local agreement,
    # another organisation of this installation (partner_organisatie_id; migration 0018).
    Column("partner_id", ForeignKey("partner.id"), nullable=True),
    Column("partner_organisatie_id", ForeignKey("organisatie.id"), nullable=True),
    Column("code", String(60), nullable=False),
    Column("richting", String(10), nullable=False),
    Column("gebeurtenistypen", JSON, nullable=False),
    Column("themas", JSON, nullable=False),
    Column("velden", JSON, nullable=False),
    Column("grondslag", Text, nullable=False),
    Column("doel", Text, nullable=False),
    Column("geldig_vanaf", UTCDateTime, nullable=False),
    Column("geldig_tot", UTCDateTime, nullable=True),
    Column("aangemaakt_op", UTCDateTime, nullable=False),
    UniqueConstraint(
        "organisatie_id", "partner_id", "code", "richting", name="uq_deelafspraak_code"
    ),
)

# The transactional outbox: one row per event per partner, written in the transaction of
# the change; delivered after commit. Status wachtend -> afgeleverd, or onbestelbaar
# (the dead-letter list) after the last attempt.
uitgaande_gebeurtenis = Table(
    "uitgaande_gebeurtenis",
    metadata,
    Column("id", Uuid, primary_key=True),  # the CloudEvent id
    Column("organisatie_id", ForeignKey("organisatie.id"), nullable=False),
    Column("partner_id", ForeignKey("partner.id"), nullable=False),
    Column("afspraak", String(60), nullable=False),
    Column("type", String(100), nullable=False),
    Column("onderwerp", String(200), nullable=False),
    Column("inhoud", JSON, nullable=False),
    Column("status", String(20), nullable=False),
    Column("pogingen", Integer, nullable=False),
    Column("volgende_poging_op", UTCDateTime, nullable=False),
    Column("geclaimd_tot", UTCDateTime, nullable=True),
    Column("laatste_fout", String(500), nullable=True),
    Column("aangemaakt_op", UTCDateTime, nullable=False),
    Column("afgeleverd_op", UTCDateTime, nullable=True),
    Index("ix_uitgaande_gebeurtenis_status", "status", "volgende_poging_op"),
    Index("ix_uitgaande_gebeurtenis_partner", "organisatie_id", "partner_id"),
)

# The inbox: every event accepted, once per (source, id).
inkomende_gebeurtenis = Table(
    "inkomende_gebeurtenis",
    metadata,
    Column("organisatie_id", ForeignKey("organisatie.id"), primary_key=True),
    Column("bron", String(100), primary_key=True),
    Column("id", String(200), primary_key=True),
    Column("partner_id", ForeignKey("partner.id"), nullable=False),
    Column("afspraak", String(60), nullable=False),
    Column("type", String(100), nullable=False),
    Column("onderwerp", String(200), nullable=False),
    Column("tijdstip", UTCDateTime, nullable=False),
    Column("ontvangen_op", UTCDateTime, nullable=False),
    Index("ix_inkomende_gebeurtenis_partner", "organisatie_id", "partner_id"),
)

# What partners shared, apart from the organisation's own signals, patterns and dossiers:
# the latest state per (partner, kind, subject).
gedeeld_gegeven = Table(
    "gedeeld_gegeven",
    metadata,
    Column("organisatie_id", ForeignKey("organisatie.id"), primary_key=True),
    Column("partner_id", ForeignKey("partner.id"), primary_key=True),
    Column("soort", String(20), primary_key=True),
    Column("onderwerp", String(200), primary_key=True),
    Column("afspraak", String(60), nullable=False),
    Column("gegevens", JSON, nullable=False),
    Column("bijgewerkt_op", UTCDateTime, nullable=False),  # the event's time
    Column("ingetrokken", Boolean, nullable=False),
)
