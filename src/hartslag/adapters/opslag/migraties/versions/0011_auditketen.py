# SPDX-License-Identifier: EUPL-1.2
"""audit chain: each record carries the hash of its content and of the record before it
(per organisation), and a head row per chain

Revision ID: 0011
Revises: 0006
Create Date: 2026-12-03 09:00:00
"""

from typing import Any

import sqlalchemy as sa
from alembic import op

from hartslag.domein.gebeurtenis import BEGIN_VAN_KETEN, Gebeurtenis, chain_hash

revision = "0011"
down_revision = "0006"
branch_labels = None
depends_on = None

# The append-only triggers must step aside while existing records get their hashes.
_TRIGGERS = {
    "sqlite": (
        [
            "DROP TRIGGER IF EXISTS gebeurtenis_geen_wijziging",
        ],
        [
            """CREATE TRIGGER gebeurtenis_geen_wijziging BEFORE UPDATE ON gebeurtenis BEGIN
            SELECT RAISE(ABORT, 'gebeurtenis is append-only: wijzigen is niet toegestaan');
            END""",
        ],
    ),
    "postgresql": (
        ["ALTER TABLE gebeurtenis DISABLE TRIGGER gebeurtenis_geen_wijziging"],
        ["ALTER TABLE gebeurtenis ENABLE TRIGGER gebeurtenis_geen_wijziging"],
    ),
}


def upgrade() -> None:
    with op.batch_alter_table("gebeurtenis", recreate="never") as batch:
        batch.add_column(sa.Column("vorige_hash", sa.String(length=64), nullable=True))
        batch.add_column(sa.Column("hash", sa.String(length=64), nullable=True))
    keten = op.create_table(
        "auditketen",
        sa.Column("sleutel", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("laatste_id", sa.BigInteger(), nullable=True),
        sa.Column("laatste_hash", sa.String(length=64), nullable=False),
        sa.Column("aantal", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("sleutel", name=op.f("pk_auditketen")),
    )
    _chain_existing_records(keten)


def _chain_existing_records(keten: Any) -> None:
    bind = op.get_bind()
    uit, aan = _TRIGGERS[bind.dialect.name]
    for statement in uit:
        op.execute(statement)
    g = sa.table(
        "gebeurtenis",
        *(
            sa.column(c)
            for c in (
                "id",
                "tijdstip",
                "actor",
                "organisatie_id",
                "actie",
                "onderwerp_type",
                "onderwerp_id",
                "reden",
                "voor",
                "na",
                "vorige_hash",
                "hash",
            )
        ),
    )
    rijen = bind.execute(
        sa.text(
            "SELECT id, tijdstip, actor, organisatie_id, actie, onderwerp_type, "
            "onderwerp_id, reden, voor, na FROM gebeurtenis ORDER BY id"
        )
    ).mappings()
    koppen: dict[int, tuple[int, str, int]] = {}
    for r in list(rijen):
        record = _record(r)
        sleutel = record.organisatie_id or 0
        vorige = koppen.get(sleutel, (0, BEGIN_VAN_KETEN, 0))
        nieuw = chain_hash(vorige[1], record)
        bind.execute(
            sa.update(g).where(g.c.id == r["id"]).values(vorige_hash=vorige[1], hash=nieuw)
        )
        koppen[sleutel] = (r["id"], nieuw, vorige[2] + 1)
    for sleutel, (laatste, h, aantal) in koppen.items():
        bind.execute(
            sa.insert(keten).values(
                sleutel=sleutel, laatste_id=laatste, laatste_hash=h, aantal=aantal
            )
        )
    for statement in aan:
        op.execute(statement)


def _record(r: Any) -> Gebeurtenis:
    """A stored record as the store reads it (JSON decoded, timestamps aware UTC)."""
    import json
    from datetime import UTC, datetime

    tijdstip = r["tijdstip"]
    if isinstance(tijdstip, str):
        tijdstip = datetime.fromisoformat(tijdstip)
    tijdstip = tijdstip.replace(tzinfo=UTC) if tijdstip.tzinfo is None else tijdstip
    voor, na = r["voor"], r["na"]
    if isinstance(voor, str):
        voor = json.loads(voor)
    if isinstance(na, str):
        na = json.loads(na)
    return Gebeurtenis(
        tijdstip=tijdstip,
        actor=r["actor"],
        actie=r["actie"],
        onderwerp_type=r["onderwerp_type"],
        onderwerp_id=r["onderwerp_id"],
        organisatie_id=r["organisatie_id"],
        reden=r["reden"],
        voor=voor,
        na=na,
    )


def downgrade() -> None:
    op.drop_table("auditketen")
    bind = op.get_bind()
    uit, aan = _TRIGGERS[bind.dialect.name]
    for statement in uit:
        op.execute(statement)
    with op.batch_alter_table("gebeurtenis", recreate="never") as batch:
        batch.drop_column("hash")
        batch.drop_column("vorige_hash")
    for statement in aan:
        op.execute(statement)
