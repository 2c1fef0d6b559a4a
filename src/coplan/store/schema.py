"""Is the database at the schema this code expects? Answered without importing Alembic.

Alembic costs about a quarter of a second to import, so start-up only reads the revision
stamped in `alembic_version` and compares it with `HEAD_REVISION`; `migrate` (and Alembic) is
loaded only when they differ. `HEAD_REVISION` lives in `layout` (importable without
SQLAlchemy); a test keeps it equal to the newest migration.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Connection, Engine, inspect, text

from .layout import HEAD_REVISION, VERSION_TABLE

__all__ = ["HEAD_REVISION", "VERSION_TABLE", "current_revision", "ensure_current_schema"]


def current_revision(connection: Connection) -> str | None:
    """The revision stamped in the database; None for a database without CoPlan's tables."""
    if not inspect(connection).has_table(VERSION_TABLE):
        return None
    return connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalar()


def ensure_current_schema(
    engine: Engine,
    *,
    database_file: Path | None,
    backups_folder: Path | None,
    connect: Callable | None = None,
) -> None:
    """Create or upgrade the schema when needed; MigrationError leaves the database as it was."""
    with engine.connect() as connection:
        revision = current_revision(connection)
    if revision == HEAD_REVISION:
        return
    from . import migrate  # Alembic is imported only here, when there is work to do

    migrate.upgrade_database(
        engine, database_file=database_file, backups_folder=backups_folder, connect=connect
    )
