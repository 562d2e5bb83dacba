# SPDX-License-Identifier: EUPL-1.2
"""bottlenecks: dossiers, ownership, escalation routes, sensemaking sessions, agenda
moments, feedback, the e-mail outbox and notifications

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 10:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "knelpunt",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("organisatie_id", sa.Integer(), nullable=False),
        sa.Column("titel", sa.String(length=300), nullable=False),
        sa.Column("status", sa.String(length=30), nullable=False),
        sa.Column("eigenaar_organisatie", sa.String(length=40), nullable=True),
        sa.Column("laatste_voortgang_op", sa.DateTime(timezone=True), nullable=False),
        sa.Column("aangemaakt_op", sa.DateTime(timezone=True), nullable=False),
        sa.Column("dossier", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisatie_id"],
            ["organisatie.id"],
            name=op.f("fk_knelpunt_organisatie_id_organisatie"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_knelpunt")),
    )
    op.create_index(
        "ix_knelpunt_organisatie_status", "knelpunt", ["organisatie_id", "status"], unique=False
    )
    op.create_table(
        "knelpunt_organisatie",
        sa.Column("knelpunt_id", sa.Uuid(), nullable=False),
        sa.Column("organisatie", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(
            ["knelpunt_id"],
            ["knelpunt.id"],
            name=op.f("fk_knelpunt_organisatie_knelpunt_id_knelpunt"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("knelpunt_id", "organisatie", name=op.f("pk_knelpunt_organisatie")),
    )
    op.create_index(
        "ix_knelpunt_organisatie_organisatie", "knelpunt_organisatie", ["organisatie"], unique=False
    )
    op.create_table(
        "knelpunt_signaal",
        sa.Column("knelpunt_id", sa.Uuid(), nullable=False),
        sa.Column("signaal_id", sa.Uuid(), nullable=False),
        sa.Column("gekoppeld_op", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["knelpunt_id"],
            ["knelpunt.id"],
            name=op.f("fk_knelpunt_signaal_knelpunt_id_knelpunt"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["signaal_id"],
            ["signaal.id"],
            name=op.f("fk_knelpunt_signaal_signaal_id_signaal"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("knelpunt_id", "signaal_id", name=op.f("pk_knelpunt_signaal")),
    )
    op.create_index("ix_knelpunt_signaal_signaal", "knelpunt_signaal", ["signaal_id"], unique=False)
    op.create_table(
        "knelpunt_volger",
        sa.Column("knelpunt_id", sa.Uuid(), nullable=False),
        sa.Column("volger", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["knelpunt_id"],
            ["knelpunt.id"],
            name=op.f("fk_knelpunt_volger_knelpunt_id_knelpunt"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("knelpunt_id", "volger", name=op.f("pk_knelpunt_volger")),
    )
    op.create_table(
        "vertrokken_medewerker",
        sa.Column("organisatie", sa.String(length=40), nullable=False),
        sa.Column("persoon", sa.String(length=200), nullable=False),
        sa.Column("sinds", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("organisatie", "persoon", name=op.f("pk_vertrokken_medewerker")),
    )
    op.create_table(
        "opschalingsroute",
        sa.Column("organisatie", sa.String(length=40), nullable=False),
        sa.Column("niveaus", sa.JSON(), nullable=False),
        sa.Column("bijgewerkt_op", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("organisatie", name=op.f("pk_opschalingsroute")),
    )
    op.create_table(
        "duidingssessie",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("organisatie", sa.String(length=40), nullable=False),
        sa.Column("datum", sa.DateTime(timezone=True), nullable=False),
        sa.Column("inhoud", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_duidingssessie")),
    )
    op.create_index(
        "ix_duidingssessie_organisatie_datum",
        "duidingssessie",
        ["organisatie", "datum"],
        unique=False,
    )
    op.create_table(
        "agenderingsmoment",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("organisatie", sa.String(length=40), nullable=False),
        sa.Column("indiendeadline", sa.Date(), nullable=False),
        sa.Column("inhoud", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agenderingsmoment")),
    )
    op.create_index(
        "ix_agenderingsmoment_organisatie_deadline",
        "agenderingsmoment",
        ["organisatie", "indiendeadline"],
        unique=False,
    )
    op.create_table(
        "terugkoppeling",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("knelpunt_id", sa.Uuid(), nullable=False),
        sa.Column("organisatie", sa.String(length=40), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("inhoud", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["knelpunt_id"], ["knelpunt.id"], name=op.f("fk_terugkoppeling_knelpunt_id_knelpunt")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_terugkoppeling")),
    )
    op.create_index("ix_terugkoppeling_knelpunt", "terugkoppeling", ["knelpunt_id"], unique=False)
    op.create_table(
        "bericht",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("sleutel", sa.String(length=200), nullable=False),
        sa.Column("organisatie", sa.String(length=40), nullable=False),
        sa.Column("soort", sa.String(length=40), nullable=False),
        sa.Column("sleutelversie", sa.Integer(), nullable=False),
        sa.Column("aan_versleuteld", sa.LargeBinary(), nullable=False),
        sa.Column("onderwerp", sa.String(length=300), nullable=False),
        sa.Column("tekst", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("pogingen", sa.Integer(), nullable=False),
        sa.Column("volgende_poging_op", sa.DateTime(timezone=True), nullable=False),
        sa.Column("geclaimd_tot", sa.DateTime(timezone=True), nullable=True),
        sa.Column("laatste_fout", sa.String(length=500), nullable=True),
        sa.Column("aangemaakt_op", sa.DateTime(timezone=True), nullable=False),
        sa.Column("verzonden_op", sa.DateTime(timezone=True), nullable=True),
        sa.Column("signaal_id", sa.Uuid(), nullable=True),
        sa.Column("terugkoppeling_id", sa.Uuid(), nullable=True),
        sa.ForeignKeyConstraint(
            ["signaal_id"],
            ["signaal.id"],
            name=op.f("fk_bericht_signaal_id_signaal"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["terugkoppeling_id"],
            ["terugkoppeling.id"],
            name=op.f("fk_bericht_terugkoppeling_id_terugkoppeling"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_bericht")),
        sa.UniqueConstraint("sleutel", name=op.f("uq_bericht_sleutel")),
    )
    op.create_index(
        "ix_bericht_status_volgende", "bericht", ["status", "volgende_poging_op"], unique=False
    )
    op.create_index("ix_bericht_signaal", "bericht", ["signaal_id"], unique=False)
    op.create_table(
        "notificatie",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("ontvanger", sa.String(length=200), nullable=False),
        sa.Column("knelpunt_id", sa.Uuid(), nullable=True),
        sa.Column("tekst", sa.Text(), nullable=False),
        sa.Column("aangemaakt_op", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["knelpunt_id"],
            ["knelpunt.id"],
            name=op.f("fk_notificatie_knelpunt_id_knelpunt"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_notificatie")),
    )
    op.create_index(
        "ix_notificatie_ontvanger", "notificatie", ["ontvanger", "aangemaakt_op"], unique=False
    )


def downgrade() -> None:
    op.drop_table("notificatie")
    op.drop_table("bericht")
    op.drop_table("terugkoppeling")
    op.drop_table("agenderingsmoment")
    op.drop_table("duidingssessie")
    op.drop_table("opschalingsroute")
    op.drop_table("vertrokken_medewerker")
    op.drop_table("knelpunt_volger")
    op.drop_table("knelpunt_signaal")
    op.drop_table("knelpunt_organisatie")
    op.drop_table("knelpunt")
