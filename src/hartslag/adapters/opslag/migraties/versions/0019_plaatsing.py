# SPDX-License-Identifier: EUPL-1.2
"""an index on signaal.geregistreerd_op: the planner finds new signals to place by it

Web workers no longer place a new signal in its pattern themselves (that needs numpy,
SciPy and scikit-learn in every worker); the planner looks up the signals registered since
its last look that have no vector yet (`services.plaatsing`).

Revision ID: 0019
Revises: 0013
Create Date: 2026-12-03 15:00:00
"""

from alembic import op

revision = "0019"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_signaal_geregistreerd", "signaal", ["geregistreerd_op"])


def downgrade() -> None:
    op.drop_index("ix_signaal_geregistreerd", table_name="signaal")
