# SPDX-License-Identifier: EUPL-1.2
"""privacy: settings per organisation, kept originals (encrypted), pseudonym links

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22 13:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "organisatie_instelling",
        sa.Column("organisatie_id", sa.Integer(), nullable=False),
        sa.Column("originelen_bewaren", sa.Boolean(), nullable=False),
        sa.Column("contact_dagen", sa.Integer(), nullable=True),
        sa.Column("origineel_dagen", sa.Integer(), nullable=True),
        sa.Column("signaal_dagen", sa.Integer(), nullable=True),
        sa.Column("gewijzigd_op", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisatie_id"],
            ["organisatie.id"],
            name=op.f("fk_organisatie_instelling_organisatie_id_organisatie"),
        ),
        sa.PrimaryKeyConstraint("organisatie_id", name=op.f("pk_organisatie_instelling")),
    )
    op.create_table(
        "origineel",
        sa.Column("signaal_id", sa.Uuid(), nullable=False),
        sa.Column("organisatie_id", sa.Integer(), nullable=False),
        sa.Column("sleutelversie", sa.Integer(), nullable=False),
        sa.Column("versleuteld", sa.LargeBinary(), nullable=False),
        sa.Column("bewaren_tot", sa.Date(), nullable=False),
        sa.Column("aangemaakt_op", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisatie_id"],
            ["organisatie.id"],
            name=op.f("fk_origineel_organisatie_id_organisatie"),
        ),
        sa.ForeignKeyConstraint(
            ["signaal_id"],
            ["signaal.id"],
            name=op.f("fk_origineel_signaal_id_signaal"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("signaal_id", name=op.f("pk_origineel")),
    )
    with op.batch_alter_table("origineel", schema=None) as batch_op:
        batch_op.create_index(
            "ix_origineel_organisatie_bewaren", ["organisatie_id", "bewaren_tot"], unique=False
        )
    op.create_table(
        "signaal_pseudoniem",
        sa.Column("signaal_id", sa.Uuid(), nullable=False),
        sa.Column("soort", sa.String(length=20), nullable=False),
        sa.Column("bron", sa.String(length=10), nullable=False),
        sa.Column("pseudoniem", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["signaal_id"],
            ["signaal.id"],
            name=op.f("fk_signaal_pseudoniem_signaal_id_signaal"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "signaal_id", "soort", "bron", "pseudoniem", name=op.f("pk_signaal_pseudoniem")
        ),
    )
    with op.batch_alter_table("signaal_pseudoniem", schema=None) as batch_op:
        batch_op.create_index("ix_signaal_pseudoniem_pseudoniem", ["pseudoniem"], unique=False)
    with op.batch_alter_table("contactgegevens", schema=None) as batch_op:
        batch_op.create_index(
            "ix_contactgegevens_organisatie_bewaren",
            ["organisatie_id", "bewaren_tot"],
            unique=False,
        )


def downgrade() -> None:
    with op.batch_alter_table("contactgegevens", schema=None) as batch_op:
        batch_op.drop_index("ix_contactgegevens_organisatie_bewaren")
    with op.batch_alter_table("signaal_pseudoniem", schema=None) as batch_op:
        batch_op.drop_index("ix_signaal_pseudoniem_pseudoniem")
    op.drop_table("signaal_pseudoniem")
    with op.batch_alter_table("origineel", schema=None) as batch_op:
        batch_op.drop_index("ix_origineel_organisatie_bewaren")
    op.drop_table("origineel")
    op.drop_table("organisatie_instelling")
