# SPDX-License-Identifier: EUPL-1.2
"""initial schema

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-22 10:51:31.691056
"""

import sqlalchemy as sa
from alembic import op

from hartslag.adapters.opslag.extra_ddl import statements

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table(
        "organisatie",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("naam", sa.String(length=200), nullable=False),
        sa.Column("aangemaakt_op", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_organisatie")),
        sa.UniqueConstraint("code", name=op.f("uq_organisatie_code")),
    )
    op.create_table(
        "referentieteller",
        sa.Column("jaar", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("laatste", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("jaar", name=op.f("pk_referentieteller")),
    )
    op.create_table(
        "account",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("organisatie_id", sa.Integer(), nullable=False),
        sa.Column("naam", sa.String(length=200), nullable=False),
        sa.Column("rol", sa.String(length=20), nullable=False),
        sa.Column("aangemaakt_op", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisatie_id"],
            ["organisatie.id"],
            name=op.f("fk_account_organisatie_id_organisatie"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_account")),
        sa.UniqueConstraint("organisatie_id", "naam", name="uq_account_organisatie_naam"),
    )
    op.create_table(
        "contactgegevens",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("organisatie_id", sa.Integer(), nullable=False),
        sa.Column("sleutelversie", sa.Integer(), nullable=False),
        sa.Column("versleuteld", sa.LargeBinary(), nullable=False),
        sa.Column("bewaren_tot", sa.Date(), nullable=False),
        sa.Column("aangemaakt_op", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisatie_id"],
            ["organisatie.id"],
            name=op.f("fk_contactgegevens_organisatie_id_organisatie"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contactgegevens")),
    )
    op.create_table(
        "gebeurtenis",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("tijdstip", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(length=200), nullable=False),
        sa.Column("organisatie_id", sa.Integer(), nullable=True),
        sa.Column("actie", sa.String(length=60), nullable=False),
        sa.Column("onderwerp_type", sa.String(length=40), nullable=False),
        sa.Column("onderwerp_id", sa.String(length=64), nullable=True),
        sa.Column("reden", sa.Text(), nullable=True),
        sa.Column("voor", sa.JSON(), nullable=True),
        sa.Column("na", sa.JSON(), nullable=True),
        sa.ForeignKeyConstraint(
            ["organisatie_id"],
            ["organisatie.id"],
            name=op.f("fk_gebeurtenis_organisatie_id_organisatie"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_gebeurtenis")),
    )
    with op.batch_alter_table("gebeurtenis", schema=None) as batch_op:
        batch_op.create_index(
            "ix_gebeurtenis_onderwerp", ["onderwerp_type", "onderwerp_id"], unique=False
        )
        batch_op.create_index(
            "ix_gebeurtenis_organisatie_tijdstip", ["organisatie_id", "tijdstip"], unique=False
        )

    op.create_table(
        "idempotentie",
        sa.Column("organisatie_id", sa.Integer(), nullable=False),
        sa.Column("sleutel", sa.String(length=200), nullable=False),
        sa.Column("verzoek_hash", sa.String(length=64), nullable=False),
        sa.Column("status", sa.Integer(), nullable=False),
        sa.Column("resource_id", sa.String(length=64), nullable=True),
        sa.Column("antwoord", sa.JSON(), nullable=False),
        sa.Column("aangemaakt_op", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisatie_id"],
            ["organisatie.id"],
            name=op.f("fk_idempotentie_organisatie_id_organisatie"),
        ),
        sa.PrimaryKeyConstraint("organisatie_id", "sleutel", name=op.f("pk_idempotentie")),
    )
    op.create_table(
        "importrun",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("organisatie_id", sa.Integer(), nullable=False),
        sa.Column("bestandsnaam", sa.String(length=500), nullable=False),
        sa.Column("bestandshash", sa.String(length=64), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("laatste_rij", sa.BigInteger(), nullable=False),
        sa.Column("opgeslagen", sa.BigInteger(), nullable=False),
        sa.Column("dubbel", sa.BigInteger(), nullable=False),
        sa.Column("fouten", sa.BigInteger(), nullable=False),
        sa.Column("gestart_door", sa.String(length=200), nullable=False),
        sa.Column("gestart_op", sa.DateTime(timezone=True), nullable=False),
        sa.Column("bijgewerkt_op", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisatie_id"],
            ["organisatie.id"],
            name=op.f("fk_importrun_organisatie_id_organisatie"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_importrun")),
    )
    with op.batch_alter_table("importrun", schema=None) as batch_op:
        batch_op.create_index(
            "ix_importrun_bestand", ["organisatie_id", "bestandshash"], unique=False
        )

    op.create_table(
        "apitoken",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("aangemaakt_op", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ingetrokken_op", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["account_id"], ["account.id"], name=op.f("fk_apitoken_account_id_account")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_apitoken")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_apitoken_token_hash")),
    )
    op.create_table(
        "signaal",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("referentie", sa.String(length=32), nullable=False),
        sa.Column("organisatie_id", sa.Integer(), nullable=False),
        sa.Column("ontvangen_op", sa.DateTime(timezone=True), nullable=False),
        sa.Column("geregistreerd_op", sa.DateTime(timezone=True), nullable=False),
        sa.Column("geregistreerd_door", sa.String(length=200), nullable=False),
        sa.Column("brontype", sa.String(length=30), nullable=False),
        sa.Column("meldertype", sa.String(length=30), nullable=False),
        sa.Column("kanaal", sa.String(length=30), nullable=False),
        sa.Column("gevraagd", sa.Boolean(), nullable=False),
        sa.Column("polariteit", sa.String(length=20), nullable=True),
        sa.Column("impact", sa.JSON(), nullable=False),
        sa.Column("bereik", sa.String(length=20), nullable=True),
        sa.Column("levensgebeurtenis", sa.String(length=200), nullable=True),
        sa.Column("regelgeving", sa.JSON(), nullable=False),
        sa.Column("titel", sa.String(length=300), nullable=False),
        sa.Column("tekst", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("externe_referentie", sa.String(length=200), nullable=True),
        sa.Column("inhoudshash", sa.String(length=64), nullable=True),
        sa.Column("melder_pseudoniem", sa.String(length=64), nullable=True),
        sa.Column("contact_id", sa.Uuid(), nullable=True),
        sa.Column("importrun_id", sa.Uuid(), nullable=True),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contactgegevens.id"],
            name=op.f("fk_signaal_contact_id_contactgegevens"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["importrun_id"], ["importrun.id"], name=op.f("fk_signaal_importrun_id_importrun")
        ),
        sa.ForeignKeyConstraint(
            ["organisatie_id"],
            ["organisatie.id"],
            name=op.f("fk_signaal_organisatie_id_organisatie"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_signaal")),
        sa.UniqueConstraint(
            "organisatie_id", "externe_referentie", name="uq_signaal_organisatie_externe_referentie"
        ),
        sa.UniqueConstraint(
            "organisatie_id", "inhoudshash", name="uq_signaal_organisatie_inhoudshash"
        ),
        sa.UniqueConstraint("referentie", name=op.f("uq_signaal_referentie")),
    )
    with op.batch_alter_table("signaal", schema=None) as batch_op:
        batch_op.create_index(
            "ix_signaal_melder", ["organisatie_id", "melder_pseudoniem"], unique=False
        )
        batch_op.create_index(
            "ix_signaal_organisatie_ontvangen", ["organisatie_id", "ontvangen_op"], unique=False
        )

    op.create_table(
        "signaal_thema",
        sa.Column("signaal_id", sa.Uuid(), nullable=False),
        sa.Column("thema", sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(
            ["signaal_id"],
            ["signaal.id"],
            name=op.f("fk_signaal_thema_signaal_id_signaal"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("signaal_id", "thema", name=op.f("pk_signaal_thema")),
    )
    with op.batch_alter_table("signaal_thema", schema=None) as batch_op:
        batch_op.create_index("ix_signaal_thema_thema", ["thema"], unique=False)
    for statement in statements(op.get_bind().dialect.name, up=True):
        op.execute(statement)


def downgrade() -> None:
    for statement in statements(op.get_bind().dialect.name, up=False):
        op.execute(statement)

    with op.batch_alter_table("signaal_thema", schema=None) as batch_op:
        batch_op.drop_index("ix_signaal_thema_thema")

    op.drop_table("signaal_thema")
    with op.batch_alter_table("signaal", schema=None) as batch_op:
        batch_op.drop_index("ix_signaal_organisatie_ontvangen")
        batch_op.drop_index("ix_signaal_melder")

    op.drop_table("signaal")
    op.drop_table("apitoken")
    with op.batch_alter_table("importrun", schema=None) as batch_op:
        batch_op.drop_index("ix_importrun_bestand")

    op.drop_table("importrun")
    op.drop_table("idempotentie")
    with op.batch_alter_table("gebeurtenis", schema=None) as batch_op:
        batch_op.drop_index("ix_gebeurtenis_organisatie_tijdstip")
        batch_op.drop_index("ix_gebeurtenis_onderwerp")

    op.drop_table("gebeurtenis")
    op.drop_table("contactgegevens")
    op.drop_table("account")
    op.drop_table("referentieteller")
    op.drop_table("organisatie")
