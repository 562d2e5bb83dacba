# SPDX-License-Identifier: EUPL-1.2
"""closing the loop: feedback on closed signals, public texts, senders per organisation,
action status and target dates

Revision ID: 0010
Revises: 0012
Create Date: 2026-12-10 09:00:00
"""

from datetime import datetime, timedelta
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0012"
branch_labels = None
depends_on = None

STREEFDAGEN = 90  # the default target: days after the dossier was made

_knelpunt = sa.table(
    "knelpunt",
    sa.column("id", sa.Uuid()),
    sa.column("aangemaakt_op", sa.DateTime(timezone=True)),
    sa.column("dossier", sa.JSON()),
)


def _with_target_and_action_status(dossier: dict[str, Any], aangemaakt_op: datetime) -> None:
    """Dossiers of before this revision: actions get a status from ``gereed``, and the
    dossier the default target date."""
    for actie in dossier.get("acties", []):
        gereed = actie.pop("gereed", False)
        actie.setdefault("status", "afgerond" if gereed else "open")
    if not dossier.get("streefdatum"):
        dossier["streefdatum"] = (aangemaakt_op.date() + timedelta(days=STREEFDAGEN)).isoformat()


def _with_gereed(dossier: dict[str, Any]) -> None:
    for actie in dossier.get("acties", []):
        actie["gereed"] = actie.pop("status", "open") == "afgerond"
        for veld in (
            "organisatie",
            "gestart_op",
            "afgesloten_op",
            "afgesloten_door",
            "resultaat",
            "annuleringsreden",
        ):
            actie.pop(veld, None)
    dossier.pop("streefdatum", None)


def _rewrite_dossiers(upgrade: bool) -> None:
    c = op.get_bind()
    for knelpunt_id, aangemaakt_op, dossier in c.execute(
        sa.select(_knelpunt.c.id, _knelpunt.c.aangemaakt_op, _knelpunt.c.dossier)
    ).all():
        dossier = dict(dossier)
        if upgrade:
            _with_target_and_action_status(dossier, aangemaakt_op)
        else:
            _with_gereed(dossier)
        c.execute(sa.update(_knelpunt).where(_knelpunt.c.id == knelpunt_id).values(dossier=dossier))


def _sqlite_recreate_terugkoppeling(change: Any) -> None:
    """SQLite changes a column by copying the table; dropping the old copy must not find
    outbox messages pointing at it (foreign keys are on), so they let go and come back."""
    sqlite = op.get_bind().dialect.name == "sqlite"
    if sqlite:
        op.execute(
            "CREATE TEMP TABLE bericht_terugkoppeling AS SELECT id, terugkoppeling_id "
            "FROM bericht WHERE terugkoppeling_id IS NOT NULL"
        )
        op.execute("UPDATE bericht SET terugkoppeling_id = NULL")
    change()
    if sqlite:
        op.execute(
            "UPDATE bericht SET terugkoppeling_id = (SELECT b.terugkoppeling_id FROM "
            "bericht_terugkoppeling b WHERE b.id = bericht.id) WHERE id IN "
            "(SELECT id FROM bericht_terugkoppeling)"
        )
        op.execute("DROP TABLE bericht_terugkoppeling")


def _terugkoppeling_per_signal() -> None:
    with op.batch_alter_table("terugkoppeling", schema=None) as batch_op:
        batch_op.add_column(sa.Column("signaal_id", sa.Uuid(), nullable=True))
        batch_op.alter_column("knelpunt_id", existing_type=sa.Uuid(), nullable=True)
        batch_op.create_foreign_key(
            batch_op.f("fk_terugkoppeling_signaal_id_signaal"),
            "signaal",
            ["signaal_id"],
            ["id"],
            ondelete="CASCADE",
        )
        batch_op.create_index("ix_terugkoppeling_signaal", ["signaal_id"], unique=False)
        batch_op.create_index("ix_terugkoppeling_organisatie", ["organisatie"], unique=False)


def _terugkoppeling_per_bottleneck() -> None:
    with op.batch_alter_table("terugkoppeling", schema=None) as batch_op:
        batch_op.drop_index("ix_terugkoppeling_organisatie")
        batch_op.drop_index("ix_terugkoppeling_signaal")
        batch_op.drop_constraint(
            batch_op.f("fk_terugkoppeling_signaal_id_signaal"), type_="foreignkey"
        )
        batch_op.alter_column("knelpunt_id", existing_type=sa.Uuid(), nullable=False)
        batch_op.drop_column("signaal_id")


def upgrade() -> None:
    _sqlite_recreate_terugkoppeling(_terugkoppeling_per_signal)
    with op.batch_alter_table("bericht", schema=None) as batch_op:
        batch_op.add_column(sa.Column("afzender", sa.String(length=400), nullable=True))
    with op.batch_alter_table("opschalingsroute", schema=None) as batch_op:
        batch_op.add_column(sa.Column("streefdagen", sa.Integer(), nullable=True))
    op.create_table(
        "publieke_tekst",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("knelpunt_id", sa.Uuid(), nullable=False),
        sa.Column("organisatie", sa.String(length=40), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("inhoud", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["knelpunt_id"], ["knelpunt.id"], name=op.f("fk_publieke_tekst_knelpunt_id_knelpunt")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_publieke_tekst")),
        sa.UniqueConstraint(
            "knelpunt_id", "organisatie", name="uq_publieke_tekst_knelpunt_organisatie"
        ),
    )
    with op.batch_alter_table("publieke_tekst", schema=None) as batch_op:
        batch_op.create_index(
            "ix_publieke_tekst_organisatie_status", ["organisatie", "status"], unique=False
        )
    op.create_table(
        "organisatie_afzender",
        sa.Column("organisatie_id", sa.Integer(), nullable=False),
        sa.Column("weergavenaam", sa.String(length=200), nullable=True),
        sa.Column("email", sa.String(length=320), nullable=True),
        sa.Column("gewijzigd_op", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisatie_id"],
            ["organisatie.id"],
            name=op.f("fk_organisatie_afzender_organisatie_id_organisatie"),
        ),
        sa.PrimaryKeyConstraint("organisatie_id", name=op.f("pk_organisatie_afzender")),
    )
    _rewrite_dossiers(upgrade=True)


def downgrade() -> None:
    _rewrite_dossiers(upgrade=False)
    op.drop_table("organisatie_afzender")
    with op.batch_alter_table("publieke_tekst", schema=None) as batch_op:
        batch_op.drop_index("ix_publieke_tekst_organisatie_status")
    op.drop_table("publieke_tekst")
    with op.batch_alter_table("opschalingsroute", schema=None) as batch_op:
        batch_op.drop_column("streefdagen")
    with op.batch_alter_table("bericht", schema=None) as batch_op:
        batch_op.drop_column("afzender")
    # Feedback on closed signals has no place in the older schema.
    op.execute(
        "DELETE FROM bericht WHERE terugkoppeling_id IN "
        "(SELECT id FROM terugkoppeling WHERE knelpunt_id IS NULL)"
    )
    op.execute("DELETE FROM terugkoppeling WHERE knelpunt_id IS NULL")
    _sqlite_recreate_terugkoppeling(_terugkoppeling_per_bottleneck)
