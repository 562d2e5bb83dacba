# SPDX-License-Identifier: EUPL-1.2
"""Dialect-specific DDL that SQLAlchemy's table model cannot express: full-text search
and the database-enforced immutability of the audit trail. Used by the migrations."""

from __future__ import annotations

SQLITE_UP = [
    # Full-text search: an external-content FTS5 index over title and text. New rows are
    # indexed by the store in one statement per batch (see bulk.py); changes and deletions
    # by these triggers.
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
    # The audit trail is append-only: the database refuses changes and deletions.
    """CREATE TRIGGER gebeurtenis_geen_wijziging BEFORE UPDATE ON gebeurtenis BEGIN
        SELECT RAISE(ABORT, 'gebeurtenis is append-only: wijzigen is niet toegestaan');
    END""",
    """CREATE TRIGGER gebeurtenis_geen_verwijdering BEFORE DELETE ON gebeurtenis BEGIN
        SELECT RAISE(ABORT, 'gebeurtenis is append-only: verwijderen is niet toegestaan');
    END""",
]

SQLITE_DOWN = [
    "DROP TRIGGER IF EXISTS gebeurtenis_geen_verwijdering",
    "DROP TRIGGER IF EXISTS gebeurtenis_geen_wijziging",
    "DROP TRIGGER IF EXISTS signaal_fts_au",
    "DROP TRIGGER IF EXISTS signaal_fts_ad",
    "DROP TABLE IF EXISTS signaal_fts",
]

POSTGRESQL_UP = [
    """ALTER TABLE signaal ADD COLUMN zoekvector tsvector GENERATED ALWAYS AS (
        to_tsvector('dutch', coalesce(titel, '') || ' ' || tekst)) STORED""",
    "CREATE INDEX ix_signaal_zoekvector ON signaal USING gin (zoekvector)",
    """CREATE FUNCTION gebeurtenis_append_only() RETURNS trigger AS $$
    BEGIN
        RAISE EXCEPTION 'gebeurtenis is append-only: % is niet toegestaan', TG_OP;
    END $$ LANGUAGE plpgsql""",
    """CREATE TRIGGER gebeurtenis_geen_wijziging BEFORE UPDATE OR DELETE ON gebeurtenis
        FOR EACH ROW EXECUTE FUNCTION gebeurtenis_append_only()""",
    """CREATE TRIGGER gebeurtenis_geen_truncate BEFORE TRUNCATE ON gebeurtenis
        FOR EACH STATEMENT EXECUTE FUNCTION gebeurtenis_append_only()""",
]

POSTGRESQL_DOWN = [
    "DROP TRIGGER IF EXISTS gebeurtenis_geen_truncate ON gebeurtenis",
    "DROP TRIGGER IF EXISTS gebeurtenis_geen_wijziging ON gebeurtenis",
    "DROP FUNCTION IF EXISTS gebeurtenis_append_only()",
    "DROP INDEX IF EXISTS ix_signaal_zoekvector",
    "ALTER TABLE signaal DROP COLUMN IF EXISTS zoekvector",
]


def statements(dialect: str, *, up: bool) -> list[str]:
    if dialect == "sqlite":
        return SQLITE_UP if up else SQLITE_DOWN
    if dialect == "postgresql":
        return POSTGRESQL_UP if up else POSTGRESQL_DOWN
    raise ValueError(f"database '{dialect}' wordt niet ondersteund: gebruik SQLite of PostgreSQL")
