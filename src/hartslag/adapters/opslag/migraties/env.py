# SPDX-License-Identifier: EUPL-1.2
"""Alembic environment: runs on the connection handed over by ``hartslag db upgrade``."""

from alembic import context

from hartslag.adapters.opslag.tabellen import metadata

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
