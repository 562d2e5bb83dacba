# SPDX-License-Identifier: EUPL-1.2
"""web accounts: e-mail login with a hashed password, lock-out, language; web sessions

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-03 08:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("account") as batch:
        batch.add_column(sa.Column("email", sa.String(length=254), nullable=True))
        batch.add_column(sa.Column("wachtwoord_hash", sa.String(length=255), nullable=True))
        batch.add_column(
            sa.Column("actief", sa.Boolean(), nullable=False, server_default=sa.true())
        )
        batch.add_column(
            sa.Column("mislukte_pogingen", sa.Integer(), nullable=False, server_default="0")
        )
        batch.add_column(sa.Column("geblokkeerd_tot", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column("taal", sa.String(length=5), nullable=True))
        batch.create_unique_constraint(op.f("uq_account_email"), ["email"])
    op.create_table(
        "websessie",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("aangemaakt_op", sa.DateTime(timezone=True), nullable=False),
        sa.Column("verloopt_op", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"], ["account.id"], name=op.f("fk_websessie_account_id_account")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_websessie")),
    )
    op.create_index(op.f("ix_websessie_account_id"), "websessie", ["account_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_websessie_account_id"), table_name="websessie")
    op.drop_table("websessie")
    with op.batch_alter_table("account") as batch:
        batch.drop_constraint(op.f("uq_account_email"), type_="unique")
        for kolom in ("taal", "geblokkeerd_tot", "mislukte_pogingen", "actief"):
            batch.drop_column(kolom)
        batch.drop_column("wachtwoord_hash")
        batch.drop_column("email")
