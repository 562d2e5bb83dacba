# SPDX-License-Identifier: EUPL-1.2
"""Dutch stemmed full-text search on SQLite: the FTS5 index is built from the stemmed
words of each signal (``signaal_zoektekst``, kept by triggers), see zoekwoorden.py.
PostgreSQL already searches with its ``dutch`` configuration: nothing changes there.

Revision ID: 0016
Revises: 0007
Create Date: 2026-12-03 12:00:00
"""

from alembic import op

revision = "0016"
down_revision = "0007"
branch_labels = None
depends_on = None

_WOORDEN = "nl_stammen(coalesce({r}.titel, '') || ' ' || {r}.tekst)"

UP = [
    "DROP TRIGGER IF EXISTS signaal_fts_au",
    "DROP TRIGGER IF EXISTS signaal_fts_ad",
    "DROP TABLE IF EXISTS signaal_fts",
    "CREATE TABLE signaal_zoektekst (rowid INTEGER PRIMARY KEY, woorden TEXT NOT NULL)",
    """CREATE VIRTUAL TABLE signaal_fts USING fts5(
        woorden, content='signaal_zoektekst', content_rowid='rowid',
        tokenize='unicode61 remove_diacritics 2')""",
    """CREATE TRIGGER signaal_zoektekst_ai AFTER INSERT ON signaal_zoektekst BEGIN
        INSERT INTO signaal_fts(rowid, woorden) VALUES (new.rowid, new.woorden);
    END""",
    """CREATE TRIGGER signaal_zoektekst_ad AFTER DELETE ON signaal_zoektekst BEGIN
        INSERT INTO signaal_fts(signaal_fts, rowid, woorden)
        VALUES ('delete', old.rowid, old.woorden);
    END""",
    """CREATE TRIGGER signaal_zoektekst_au AFTER UPDATE ON signaal_zoektekst BEGIN
        INSERT INTO signaal_fts(signaal_fts, rowid, woorden)
        VALUES ('delete', old.rowid, old.woorden);
        INSERT INTO signaal_fts(rowid, woorden) VALUES (new.rowid, new.woorden);
    END""",
    """CREATE TRIGGER signaal_fts_ad AFTER DELETE ON signaal BEGIN
        DELETE FROM signaal_zoektekst WHERE rowid = old.rowid;
    END""",
    f"""CREATE TRIGGER signaal_fts_au AFTER UPDATE OF titel, tekst ON signaal BEGIN
        UPDATE signaal_zoektekst SET woorden = {_WOORDEN.format(r="new")}
        WHERE rowid = new.rowid;
    END""",
    f"""INSERT INTO signaal_zoektekst (rowid, woorden)
        SELECT rowid, {_WOORDEN.format(r="signaal")} FROM signaal""",
]

DOWN = [
    "DROP TRIGGER IF EXISTS signaal_fts_au",
    "DROP TRIGGER IF EXISTS signaal_fts_ad",
    "DROP TABLE IF EXISTS signaal_fts",
    "DROP TABLE IF EXISTS signaal_zoektekst",
    """CREATE VIRTUAL TABLE signaal_fts USING fts5(
        titel, tekst, content='signaal', content_rowid='rowid',
        tokenize='unicode61 remove_diacritics 2')""",
    """CREATE TRIGGER signaal_fts_ad AFTER DELETE ON signaal BEGIN
        INSERT INTO signaal_fts(signaal_fts, rowid, titel, tekst)
        VALUES ('delete', old.rowid, old.titel, old.tekst);
    END""",
    """CREATE TRIGGER signaal_fts_au AFTER UPDATE OF titel, tekst ON signaal BEGIN
        INSERT INTO signaal_fts(signaal_fts, rowid, titel, tekst)
        VALUES ('delete', old.rowid, old.titel, old.tekst);
        INSERT INTO signaal_fts(rowid, titel, tekst) VALUES (new.rowid, new.titel, new.tekst);
    END""",
    "INSERT INTO signaal_fts(signaal_fts) VALUES ('rebuild')",
]


def upgrade() -> None:
    if op.get_context().dialect.name == "sqlite":
        for statement in UP:
            op.execute(statement)


def downgrade() -> None:
    if op.get_context().dialect.name == "sqlite":
        for statement in DOWN:
            op.execute(statement)
