# SPDX-License-Identifier: EUPL-1.2
"""exchange between organisations: OIN, partners and their secrets, sharing agreements,
outbox, inbox, and what partners shared

Revision ID: 0015
Revises: 0016
Create Date: 2026-12-03 12:30:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0016"
branch_labels = None
depends_on = None

TZ = sa.DateTime(timezone=True)


def _fk(tabel: str, kolom: str, doel: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([kolom], [f"{doel}.id"], name=op.f(f"fk_{tabel}_{kolom}_{doel}"))


def upgrade() -> None:
    with op.batch_alter_table("organisatie", recreate="never") as batch:
        batch.add_column(sa.Column("oin", sa.String(length=20), nullable=True))
    op.create_index("ix_organisatie_oin", "organisatie", ["oin"], unique=True)
    op.create_table(
        "partner",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("organisatie_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("naam", sa.String(length=200), nullable=False),
        sa.Column("oin", sa.String(length=20), nullable=False),
        sa.Column("webhook_url", sa.String(length=500), nullable=True),
        sa.Column("actief", sa.Boolean(), nullable=False),
        sa.Column("aangemaakt_op", TZ, nullable=False),
        _fk("partner", "organisatie_id", "organisatie"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_partner")),
        sa.UniqueConstraint("organisatie_id", "code", name="uq_partner_organisatie_code"),
        sa.UniqueConstraint("organisatie_id", "oin", name="uq_partner_organisatie_oin"),
    )
    op.create_table(
        "partnersleutel",
        sa.Column("partner_id", sa.Integer(), nullable=False),
        sa.Column("versie", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("sleutelversie", sa.Integer(), nullable=False),
        sa.Column("versleuteld", sa.LargeBinary(), nullable=False),
        sa.Column("aangemaakt_op", TZ, nullable=False),
        sa.Column("geldig_tot", TZ, nullable=True),
        _fk("partnersleutel", "partner_id", "partner"),
        sa.PrimaryKeyConstraint("partner_id", "versie", name=op.f("pk_partnersleutel")),
    )
    op.create_table(
        "deelafspraak",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("organisatie_id", sa.Integer(), nullable=False),
        sa.Column("partner_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=60), nullable=False),
        sa.Column("richting", sa.String(length=10), nullable=False),
        sa.Column("gebeurtenistypen", sa.JSON(), nullable=False),
        sa.Column("themas", sa.JSON(), nullable=False),
        sa.Column("velden", sa.JSON(), nullable=False),
        sa.Column("grondslag", sa.Text(), nullable=False),
        sa.Column("doel", sa.Text(), nullable=False),
        sa.Column("geldig_vanaf", TZ, nullable=False),
        sa.Column("geldig_tot", TZ, nullable=True),
        sa.Column("aangemaakt_op", TZ, nullable=False),
        _fk("deelafspraak", "organisatie_id", "organisatie"),
        _fk("deelafspraak", "partner_id", "partner"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_deelafspraak")),
        sa.UniqueConstraint(
            "organisatie_id", "partner_id", "code", "richting", name="uq_deelafspraak_code"
        ),
    )
    _berichten()


def _berichten() -> None:
    op.create_table(
        "uitgaande_gebeurtenis",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("organisatie_id", sa.Integer(), nullable=False),
        sa.Column("partner_id", sa.Integer(), nullable=False),
        sa.Column("afspraak", sa.String(length=60), nullable=False),
        sa.Column("type", sa.String(length=100), nullable=False),
        sa.Column("onderwerp", sa.String(length=200), nullable=False),
        sa.Column("inhoud", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("pogingen", sa.Integer(), nullable=False),
        sa.Column("volgende_poging_op", TZ, nullable=False),
        sa.Column("geclaimd_tot", TZ, nullable=True),
        sa.Column("laatste_fout", sa.String(length=500), nullable=True),
        sa.Column("aangemaakt_op", TZ, nullable=False),
        sa.Column("afgeleverd_op", TZ, nullable=True),
        _fk("uitgaande_gebeurtenis", "organisatie_id", "organisatie"),
        _fk("uitgaande_gebeurtenis", "partner_id", "partner"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_uitgaande_gebeurtenis")),
    )
    op.create_index(
        "ix_uitgaande_gebeurtenis_partner",
        "uitgaande_gebeurtenis",
        ["organisatie_id", "partner_id"],
    )
    op.create_index(
        "ix_uitgaande_gebeurtenis_status", "uitgaande_gebeurtenis", ["status", "volgende_poging_op"]
    )
    op.create_table(
        "inkomende_gebeurtenis",
        sa.Column("organisatie_id", sa.Integer(), nullable=False),
        sa.Column("bron", sa.String(length=100), nullable=False),
        sa.Column("id", sa.String(length=200), nullable=False),
        sa.Column("partner_id", sa.Integer(), nullable=False),
        sa.Column("afspraak", sa.String(length=60), nullable=False),
        sa.Column("type", sa.String(length=100), nullable=False),
        sa.Column("onderwerp", sa.String(length=200), nullable=False),
        sa.Column("tijdstip", TZ, nullable=False),
        sa.Column("ontvangen_op", TZ, nullable=False),
        _fk("inkomende_gebeurtenis", "organisatie_id", "organisatie"),
        _fk("inkomende_gebeurtenis", "partner_id", "partner"),
        sa.PrimaryKeyConstraint(
            "organisatie_id", "bron", "id", name=op.f("pk_inkomende_gebeurtenis")
        ),
    )
    op.create_index(
        "ix_inkomende_gebeurtenis_partner",
        "inkomende_gebeurtenis",
        ["organisatie_id", "partner_id"],
    )
    op.create_table(
        "gedeeld_gegeven",
        sa.Column("organisatie_id", sa.Integer(), nullable=False),
        sa.Column("partner_id", sa.Integer(), nullable=False),
        sa.Column("soort", sa.String(length=20), nullable=False),
        sa.Column("onderwerp", sa.String(length=200), nullable=False),
        sa.Column("afspraak", sa.String(length=60), nullable=False),
        sa.Column("gegevens", sa.JSON(), nullable=False),
        sa.Column("bijgewerkt_op", TZ, nullable=False),
        sa.Column("ingetrokken", sa.Boolean(), nullable=False),
        _fk("gedeeld_gegeven", "organisatie_id", "organisatie"),
        _fk("gedeeld_gegeven", "partner_id", "partner"),
        sa.PrimaryKeyConstraint(
            "organisatie_id", "partner_id", "soort", "onderwerp", name=op.f("pk_gedeeld_gegeven")
        ),
    )


def downgrade() -> None:
    for tabel in (
        "gedeeld_gegeven",
        "inkomende_gebeurtenis",
        "uitgaande_gebeurtenis",
        "deelafspraak",
        "partnersleutel",
        "partner",
    ):
        op.drop_table(tabel)
    op.drop_index("ix_organisatie_oin", table_name="organisatie")
    with op.batch_alter_table("organisatie", recreate="never") as batch:
        batch.drop_column("oin")
