# SPDX-License-Identifier: EUPL-1.2
"""reference numbers without a hot row: on PostgreSQL a sequence and a per-year offset

Every signal took its number from the one row of its year in ``referentieteller``, so on
PostgreSQL every insert waited for the one before it to commit. From here on, PostgreSQL
draws numbers from the sequence ``signaal_volgnummer``; the year's row only holds the
offset (``basis``) that makes the numbers of that year start at one, and is written once a
year. SQLite (one writer at a time anyway) keeps counting in ``laatste``.

Revision ID: 0013
Revises: 0015
Create Date: 2026-12-03 12:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0015"
branch_labels = None
depends_on = None

SEQUENCE = "signaal_volgnummer"


def upgrade() -> None:
    with op.batch_alter_table("referentieteller", recreate="never") as batch:
        batch.add_column(sa.Column("basis", sa.BigInteger(), nullable=True))
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"CREATE SEQUENCE {SEQUENCE} AS bigint START 1")
        # The first number drawn (1) continues each year where its counter stopped.
        op.execute("UPDATE referentieteller SET basis = -laatste")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        # An upper bound of every number handed out: no reference is given twice.
        op.execute(
            f"UPDATE referentieteller SET laatste = "
            f"(SELECT last_value FROM {SEQUENCE}) - basis WHERE basis IS NOT NULL"
        )
        op.execute(f"DROP SEQUENCE {SEQUENCE}")
    with op.batch_alter_table("referentieteller", recreate="never") as batch:
        batch.drop_column("basis")
