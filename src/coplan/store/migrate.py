"""Bringing a database to the newest schema with Alembic, from code, without losing data.

The order matters on SQLite:
1. foreign keys off, outside any transaction (inside one the pragma is silently ignored), because
   a batch migration rebuilds a table by copy-drop-rename and dropping a parent table would
   empty its children through ON DELETE CASCADE;
2. one IMMEDIATE transaction holds the write lock for the whole upgrade; our engine begins
   SQLite transactions explicitly, so even DDL is rolled back on failure;
3. inside it, a backup with the sqlite3 backup API (nobody else can write, so it is exactly the
   state before the upgrade), then the migrations, then `PRAGMA foreign_key_check`;
4. on any failure: roll back, and write the backup back in case a migration committed on its own;
5. foreign keys on again.
PostgreSQL has transactional DDL and needs only the single transaction.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, text

from . import schema
from .backup import Connect, backup_sqlite, restore_sqlite
from .engine import SQLITE_BEGIN_OPTION
from .errors import MigrationError

log = logging.getLogger(__name__)

MIGRATIONS_FOLDER = Path(__file__).resolve().parent / "migrations"
# PostgreSQL advisory lock taken for the upgrade: two CoPlans starting at once against the team's
# server take turns, and the second finds the work done. ("CoPlan" in ASCII.)
POSTGRESQL_MIGRATION_LOCK = 0x436F506C616E


def version_folders() -> list[Path]:
    """Where migration scripts are found (tests add a folder holding an extra one)."""
    return [MIGRATIONS_FOLDER / "versions"]


def alembic_config(connection: Connection | None = None) -> Config:
    """Alembic's configuration, built in code: no alembic.ini, no fileConfig() of our loggers."""
    config = Config()
    config.set_main_option("script_location", _escape(MIGRATIONS_FOLDER))
    config.set_main_option("path_separator", "os")
    config.set_main_option(
        "version_locations", os.pathsep.join(_escape(folder) for folder in version_folders())
    )
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    """The newest migration's revision (a test keeps `schema.HEAD_REVISION` equal to it)."""
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def upgrade_database(
    engine: Engine,
    *,
    database_file: Path | None,
    backups_folder: Path | None,
    target: str = "head",
    connect: Connect | None = None,
) -> None:
    """Upgrade to `target`; MigrationError (and the database unchanged) when anything fails.

    `connect` opens the SQLite file for the backup (a keyed SQLCipher connection when the
    caseload is encrypted); the standard library's sqlite3 by default."""
    is_sqlite = engine.dialect.name == "sqlite"
    with engine.connect() as connection:
        if is_sqlite:
            _set_sqlite_foreign_keys(connection, enabled=False)
        try:
            connection.execution_options(**{SQLITE_BEGIN_OPTION: "IMMEDIATE"})
            _upgrade_in_one_transaction(
                connection,
                target=target,
                database_file=database_file if is_sqlite else None,
                backups_folder=backups_folder,
                connect=connect,
            )
        finally:
            connection.rollback()  # nothing is left open if a migration misbehaved
            if is_sqlite:
                _set_sqlite_foreign_keys(connection, enabled=True)
                # Never hand this connection back to the pool: its settings were changed.
                connection.invalidate()


def _upgrade_in_one_transaction(
    connection: Connection,
    *,
    target: str,
    database_file: Path | None,
    backups_folder: Path | None,
    connect: Connect | None = None,
) -> None:
    copies = {"connect": connect} if connect is not None else {}
    scripts = ScriptDirectory.from_config(alembic_config())
    transaction = connection.begin()  # IMMEDIATE on SQLite: the write lock, up front
    if connection.dialect.name == "postgresql":
        connection.execute(
            text("SELECT pg_advisory_xact_lock(:key)"), {"key": POSTGRESQL_MIGRATION_LOCK}
        )
    before = schema.current_revision(connection)
    wanted = scripts.get_current_head() if target == "head" else target
    if before == wanted:
        transaction.rollback()
        return
    if before is not None and not _is_known(scripts, before):
        raise MigrationError(
            f"the database is at schema {before}, which this CoPlan does not know: "
            "it was made by a newer CoPlan; it was left unchanged"
        )
    backup = None
    if database_file is not None and backups_folder is not None and before is not None:
        # Inside the IMMEDIATE transaction nobody else can write: the backup is exactly the
        # state the upgrade starts from.
        backup = backup_sqlite(database_file, backups_folder, label=f"schema-{before}", **copies)
    log.info("migrating the database from schema %s to %s", before or "(empty)", wanted)
    try:
        command.upgrade(alembic_config(connection), target)
        if connection.dialect.name == "sqlite":
            _check_sqlite_foreign_keys(connection)
        transaction.commit()
    except Exception as exc:
        connection.rollback()
        if backup is not None:
            # Normally a no-op after the rollback; it undoes a migration that committed itself.
            restore_sqlite(backup, database_file, **copies)
        log.error("migration from schema %s failed; the database was left as it was", before)
        raise MigrationError(
            f"the database could not be upgraded from schema {before} to {wanted} "
            f"({type(exc).__name__}); it was left unchanged"
            + (f", and a backup is in {backup}" if backup else "")
        ) from exc
    log.info("the database is at schema %s", wanted)


def _is_known(scripts: ScriptDirectory, revision: str) -> bool:
    try:
        return scripts.get_revision(revision) is not None
    except Exception:  # alembic raises its own ResolutionError/CommandError family
        return False


def _set_sqlite_foreign_keys(connection: Connection, *, enabled: bool) -> None:
    # Straight to the driver, which is in autocommit mode (see engine.py): outside a transaction.
    driver_connection = connection.connection.driver_connection
    driver_connection.execute(f"PRAGMA foreign_keys={'ON' if enabled else 'OFF'}")


def _check_sqlite_foreign_keys(connection: Connection) -> None:
    problems = connection.execute(text("PRAGMA foreign_key_check")).fetchall()
    if problems:
        tables = sorted({row[0] for row in problems})
        raise MigrationError(
            f"the migration left {len(problems)} rows pointing nowhere in {', '.join(tables)}"
        )


def _escape(path: Path) -> str:
    return str(path).replace("%", "%%")  # the config is a ConfigParser: % starts interpolation
