# SPDX-License-Identifier: EUPL-1.2
"""API tokens: an optional expiry and the time of last use

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-03 09:30:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("apitoken", recreate="never") as batch:
        batch.add_column(sa.Column("verloopt_op", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column("laatst_gebruikt_op", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("apitoken", recreate="never") as batch:
        batch.drop_column("laatst_gebruikt_op")
        batch.drop_column("verloopt_op")
