# SPDX-License-Identifier: EUPL-1.2
"""intake under load: an index to find signals still to place, and audit-chain strands

1. ``ix_signaal_geregistreerd``: web workers no longer place a new signal in its pattern
   themselves (that needs numpy, SciPy and scikit-learn in every worker); the planner looks
   up the signals registered since its last look that have no vector yet
   (`services.plaatsing`).
2. Each organisation's audit chain gets strands (``streng``): a record is added to a
   strand whose head no other transaction holds, so concurrent writers of one organisation
   no longer queue on one head row. Each strand is a hash chain with its own head, checked
   like the single chain was; existing records and heads are strand 0.

Revision ID: 0019
Revises: 0013
Create Date: 2026-12-03 15:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0019"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_signaal_geregistreerd", "signaal", ["geregistreerd_op"])
    # ADD COLUMN without rebuilding the table: the append-only triggers stay as they are.
    op.add_column(
        "gebeurtenis", sa.Column("streng", sa.SmallInteger(), nullable=False, server_default="0")
    )
    with op.batch_alter_table("auditketen", recreate="always") as batch:
        batch.add_column(sa.Column("streng", sa.SmallInteger(), nullable=False, server_default="0"))
        batch.drop_constraint("pk_auditketen", type_="primary")
        batch.create_primary_key("pk_auditketen", ["sleutel", "streng"])


def downgrade() -> None:
    verbinding = op.get_bind()
    if verbinding.execute(sa.text("SELECT count(*) FROM gebeurtenis WHERE streng > 0")).scalar():
        raise RuntimeError(
            "audit records on strands other than 0: one chain per organisation cannot hold them"
        )
    op.execute("DELETE FROM auditketen WHERE streng > 0")
    with op.batch_alter_table("auditketen", recreate="always") as batch:
        batch.drop_constraint("pk_auditketen", type_="primary")
        batch.create_primary_key("pk_auditketen", ["sleutel"])
        batch.drop_column("streng")
    op.drop_column("gebeurtenis", "streng")
    op.drop_index("ix_signaal_geregistreerd", table_name="signaal")
