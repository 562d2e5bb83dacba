# SPDX-License-Identifier: EUPL-1.2
"""analysis: runs, patterns and their signals, identity changes, alerts, vectors and theme
suggestions

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-22 12:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "analyserun",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("bereik", sa.String(length=40), nullable=False),
        sa.Column("peildatum", sa.Date(), nullable=False),
        sa.Column("representatie", sa.String(length=20), nullable=False),
        sa.Column("gestart_op", sa.DateTime(timezone=True), nullable=False),
        sa.Column("voltooid_op", sa.DateTime(timezone=True), nullable=False),
        sa.Column("gestart_door", sa.String(length=200), nullable=False),
        sa.Column("aantal_signalen", sa.Integer(), nullable=False),
        sa.Column("aantal_patronen", sa.Integer(), nullable=False),
        sa.Column("model", sa.LargeBinary(), nullable=True),
        sa.Column("midden", sa.LargeBinary(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_analyserun")),
    )
    op.create_index(
        "ix_analyserun_bereik_voltooid", "analyserun", ["bereik", "voltooid_op"], unique=False
    )
    op.create_table(
        "patroon",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("bereik", sa.String(length=40), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("titel", sa.String(length=300), nullable=False),
        sa.Column("titel_handmatig", sa.Boolean(), nullable=False),
        sa.Column("sleutelwoorden", sa.JSON(), nullable=False),
        sa.Column("omvang", sa.Integer(), nullable=False),
        sa.Column("eerst_gezien", sa.DateTime(timezone=True), nullable=True),
        sa.Column("laatst_gezien", sa.DateTime(timezone=True), nullable=True),
        sa.Column("organisaties", sa.JSON(), nullable=False),
        sa.Column("brontypes", sa.JSON(), nullable=False),
        sa.Column("kanalen", sa.JSON(), nullable=False),
        sa.Column("reeks", sa.JSON(), nullable=False),
        sa.Column("representanten", sa.JSON(), nullable=False),
        sa.Column("herhaalcontacten", sa.Integer(), nullable=False),
        sa.Column("organisatieoverstijgend", sa.Boolean(), nullable=False),
        sa.Column("score", sa.Float(), nullable=False),
        sa.Column("centroide", sa.LargeBinary(), nullable=True),
        sa.Column("samengevoegd_in", sa.Uuid(), nullable=True),
        sa.Column("bijgewerkt_op", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_patroon")),
    )
    op.create_index("ix_patroon_bereik_status", "patroon", ["bereik", "status"], unique=False)
    op.create_table(
        "patroon_mutatie",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("bereik", sa.String(length=40), nullable=False),
        sa.Column("run_id", sa.Uuid(), nullable=True),
        sa.Column("soort", sa.String(length=20), nullable=False),
        sa.Column("van", sa.JSON(), nullable=False),
        sa.Column("naar", sa.JSON(), nullable=False),
        sa.Column("actor", sa.String(length=200), nullable=False),
        sa.Column("tijdstip", sa.DateTime(timezone=True), nullable=False),
        sa.Column("toelichting", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_patroon_mutatie")),
    )
    op.create_index(
        "ix_patroon_mutatie_bereik_tijdstip",
        "patroon_mutatie",
        ["bereik", "tijdstip"],
        unique=False,
    )
    op.create_table(
        "waarschuwing",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("run_id", sa.Uuid(), nullable=False),
        sa.Column("bereik", sa.String(length=40), nullable=False),
        sa.Column("soort", sa.String(length=20), nullable=False),
        sa.Column("onderwerp_soort", sa.String(length=20), nullable=False),
        sa.Column("onderwerp", sa.String(length=200), nullable=False),
        sa.Column("patroon_id", sa.Uuid(), nullable=True),
        sa.Column("peildatum", sa.Date(), nullable=False),
        sa.Column("begin_stijging", sa.Date(), nullable=True),
        sa.Column("waargenomen", sa.Integer(), nullable=False),
        sa.Column("verwacht", sa.Float(), nullable=False),
        sa.Column("ondergrens", sa.Integer(), nullable=False),
        sa.Column("bovengrens", sa.Integer(), nullable=False),
        sa.Column("uitleg", sa.Text(), nullable=False),
        sa.Column("organisaties", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["run_id"],
            ["analyserun.id"],
            name=op.f("fk_waarschuwing_run_id_analyserun"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_waarschuwing")),
    )
    op.create_index("ix_waarschuwing_bereik", "waarschuwing", ["bereik"], unique=False)
    op.create_table(
        "patroon_signaal",
        sa.Column("bereik", sa.String(length=40), nullable=False),
        sa.Column("signaal_id", sa.Uuid(), nullable=False),
        sa.Column("patroon_id", sa.Uuid(), nullable=True),
        sa.Column("gelijkenis", sa.Float(), nullable=False),
        sa.Column("handmatig", sa.Boolean(), nullable=False),
        sa.Column("herhaalcontact_van", sa.Uuid(), nullable=True),
        sa.ForeignKeyConstraint(
            ["patroon_id"], ["patroon.id"], name=op.f("fk_patroon_signaal_patroon_id_patroon")
        ),
        sa.ForeignKeyConstraint(
            ["signaal_id"],
            ["signaal.id"],
            name=op.f("fk_patroon_signaal_signaal_id_signaal"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("bereik", "signaal_id", name=op.f("pk_patroon_signaal")),
    )
    op.create_index("ix_patroon_signaal_patroon", "patroon_signaal", ["patroon_id"], unique=False)
    op.create_index("ix_patroon_signaal_signaal", "patroon_signaal", ["signaal_id"], unique=False)
    op.create_table(
        "signaal_vector",
        sa.Column("signaal_id", sa.Uuid(), nullable=False),
        sa.Column("representatie", sa.String(length=20), nullable=False),
        sa.Column("vector", sa.LargeBinary(), nullable=False),
        sa.Column("aangemaakt_op", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["signaal_id"],
            ["signaal.id"],
            name=op.f("fk_signaal_vector_signaal_id_signaal"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("signaal_id", "representatie", name=op.f("pk_signaal_vector")),
    )
    op.create_table(
        "themasuggestie",
        sa.Column("signaal_id", sa.Uuid(), nullable=False),
        sa.Column("thema", sa.String(length=100), nullable=False),
        sa.Column("zekerheid", sa.Float(), nullable=False),
        sa.Column("rang", sa.Integer(), nullable=False),
        sa.Column("aangemaakt_op", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["signaal_id"],
            ["signaal.id"],
            name=op.f("fk_themasuggestie_signaal_id_signaal"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("signaal_id", "thema", name=op.f("pk_themasuggestie")),
    )
    op.create_index("ix_themasuggestie_zekerheid", "themasuggestie", ["zekerheid"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_themasuggestie_zekerheid", table_name="themasuggestie")
    op.drop_table("themasuggestie")
    op.drop_table("signaal_vector")
    op.drop_index("ix_patroon_signaal_signaal", table_name="patroon_signaal")
    op.drop_index("ix_patroon_signaal_patroon", table_name="patroon_signaal")
    op.drop_table("patroon_signaal")
    op.drop_index("ix_waarschuwing_bereik", table_name="waarschuwing")
    op.drop_table("waarschuwing")
    op.drop_index("ix_patroon_mutatie_bereik_tijdstip", table_name="patroon_mutatie")
    op.drop_table("patroon_mutatie")
    op.drop_index("ix_patroon_bereik_status", table_name="patroon")
    op.drop_table("patroon")
    op.drop_index("ix_analyserun_bereik_voltooid", table_name="analyserun")
    op.drop_table("analyserun")
