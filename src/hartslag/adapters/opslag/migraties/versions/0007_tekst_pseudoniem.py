# SPDX-License-Identifier: EUPL-1.2
"""free text: pseudonym links of what people typed outside a signal (reasons, decisions,
conclusions, cases, feedback, titles), for subject access and erasure

Revision ID: 0007
Revises: 0010
Create Date: 2026-12-10 12:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "tekst_pseudoniem",
        sa.Column("organisatie_id", sa.Integer(), nullable=False),
        sa.Column("onderwerp_type", sa.String(length=40), nullable=False),
        sa.Column("onderwerp_id", sa.String(length=200), nullable=False),
        sa.Column("veld", sa.String(length=60), nullable=False),
        sa.Column("soort", sa.String(length=20), nullable=False),
        sa.Column("pseudoniem", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisatie_id"],
            ["organisatie.id"],
            name=op.f("fk_tekst_pseudoniem_organisatie_id_organisatie"),
        ),
        sa.PrimaryKeyConstraint(
            "organisatie_id",
            "onderwerp_type",
            "onderwerp_id",
            "veld",
            "soort",
            "pseudoniem",
            name=op.f("pk_tekst_pseudoniem"),
        ),
    )
    op.create_index(
        "ix_tekst_pseudoniem_pseudoniem",
        "tekst_pseudoniem",
        ["organisatie_id", "pseudoniem"],
        unique=False,
    )
    op.create_index(
        "ix_tekst_pseudoniem_onderwerp",
        "tekst_pseudoniem",
        ["onderwerp_type", "onderwerp_id"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index("ix_tekst_pseudoniem_onderwerp", table_name="tekst_pseudoniem")
    op.drop_index("ix_tekst_pseudoniem_pseudoniem", table_name="tekst_pseudoniem")
    op.drop_table("tekst_pseudoniem")
