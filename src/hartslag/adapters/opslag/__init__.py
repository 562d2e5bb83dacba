# SPDX-License-Identifier: EUPL-1.2
"""Storage: SQLAlchemy tables, stores, Alembic migrations."""
