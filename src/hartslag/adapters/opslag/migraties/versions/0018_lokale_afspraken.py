# SPDX-License-Identifier: EUPL-1.2
"""Local agreements: a sharing agreement whose partner is another organisation of the same
installation (``deelafspraak.partner_organisatie_id``); ``partner_id`` becomes optional.

Revision ID: 0018
Revises: 0013
Create Date: 2026-12-03 15:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0018"
down_revision = "0019"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("deelafspraak") as batch:
        batch.alter_column("partner_id", existing_type=sa.Integer(), nullable=True)
        batch.add_column(sa.Column("partner_organisatie_id", sa.Integer(), nullable=True))
        batch.create_foreign_key(
            op.f("fk_deelafspraak_partner_organisatie_id_organisatie"),
            "organisatie",
            ["partner_organisatie_id"],
            ["id"],
        )


def downgrade() -> None:
    op.execute("DELETE FROM deelafspraak WHERE partner_id IS NULL")
    with op.batch_alter_table("deelafspraak") as batch:
        batch.drop_constraint(
            op.f("fk_deelafspraak_partner_organisatie_id_organisatie"), type_="foreignkey"
        )
        batch.drop_column("partner_organisatie_id")
        batch.alter_column("partner_id", existing_type=sa.Integer(), nullable=False)
