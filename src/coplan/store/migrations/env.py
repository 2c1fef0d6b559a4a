"""Alembic's environment: runs on the connection CoPlan hands over, in CoPlan's transaction.

There is deliberately no fileConfig() call: it would reconfigure and silence the application's
loggers. There is no offline (SQL script) mode either.
"""

from __future__ import annotations

from alembic import context

from coplan.store.models import Base

connection = context.config.attributes.get("connection")
if connection is None or context.is_offline_mode():
    raise RuntimeError("CoPlan runs its migrations from code: see coplan.store.migrate")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    # SQLite cannot ALTER most things: Alembic rebuilds the table (copy, drop, rename) instead.
    render_as_batch=connection.dialect.name == "sqlite",
)
with context.begin_transaction():
    context.run_migrations()
