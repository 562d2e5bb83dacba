# SPDX-License-Identifier: EUPL-1.2
"""agenda reminders: one row per reminder sent, so that each goes out once

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22 12:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "agendaherinnering",
        sa.Column("agenderingsmoment_id", sa.Uuid(), nullable=False),
        sa.Column("knelpunt_id", sa.Uuid(), nullable=False),
        sa.Column("dagen", sa.Integer(), nullable=False),
        sa.Column("verstuurd_op", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["agenderingsmoment_id"],
            ["agenderingsmoment.id"],
            name=op.f("fk_agendaherinnering_agenderingsmoment_id_agenderingsmoment"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["knelpunt_id"],
            ["knelpunt.id"],
            name=op.f("fk_agendaherinnering_knelpunt_id_knelpunt"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "agenderingsmoment_id", "knelpunt_id", "dagen", name=op.f("pk_agendaherinnering")
        ),
    )


def downgrade() -> None:
    op.drop_table("agendaherinnering")
