"""Backups of the SQLite database, taken before every migration.

SQLite cannot roll back every schema change, and a plain file copy of a WAL database can miss
pages still in the `-wal` file, so the copy is made with SQLite's online backup API. Each backup
is one self-contained, owner-only file; the newest `KEEP_BACKUPS` are kept. Backups of an
encrypted caseload are encrypted with the same key: pass `connect` (`crypto.connect` bound to the
key) and both ends of the copy are SQLCipher connections.

A backup is written as `<name>.db.tmp` and renamed to `<name>.db` only when complete (and on
disk), so a backup interrupted by a kill or a power cut is never taken for a good one nor
counted among the ten kept; leftovers are removed at the next backup. When a plan is erased,
every backup is re-made without it (or deleted when it cannot be): an erasure reaches the
backups too.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Callable
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

log = logging.getLogger(__name__)

BACKUPS_FOLDER_NAME = "backups"
KEEP_BACKUPS = 10
_PREFIX = "coplan-"
_SUFFIX = ".db"
_UNFINISHED = ".tmp"  # a backup being written; never listed, never kept

Connect = Callable[[Path], sqlite3.Connection]


def backup_sqlite(
    database_file: Path, backups_folder: Path, *, label: str, connect: Connect = sqlite3.connect
) -> Path:
    """Copy `database_file` into `backups_folder` as coplan-<UTC time>-<label>.db; prune old ones."""
    backups_folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    if os.name == "posix":
        os.chmod(backups_folder, 0o700)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = backups_folder / f"{_PREFIX}{stamp}-{label}{_SUFFIX}"
    _remove_unfinished(backups_folder)
    partial = _partial_name(target)
    descriptor = os.open(partial, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(descriptor)
    try:
        with (
            closing(connect(database_file)) as source,
            closing(connect(partial)) as copy,
        ):
            source.backup(copy)
            # The copy inherits WAL mode from the header; make it one file that opens anywhere.
            copy.execute("PRAGMA journal_mode=DELETE")
        _finish(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    log.info("backed up the database to %s", target.name)
    prune_backups(backups_folder)
    return target


def restore_sqlite(
    backup_file: Path, database_file: Path, *, connect: Connect = sqlite3.connect
) -> None:
    """Write a backup back over the live database, through SQLite so the WAL stays consistent."""
    with (
        closing(connect(backup_file)) as source,
        closing(connect(database_file)) as live,
    ):
        source.backup(live)
    log.warning("restored the database from %s", backup_file.name)


def list_backups(backups_folder: Path) -> list[Path]:
    """Complete backups, oldest first (the UTC timestamp in the name sorts)."""
    if not backups_folder.is_dir():
        return []
    return sorted(backups_folder.glob(f"{_PREFIX}*{_SUFFIX}"))


def remove_plans_from_backups(
    backups_folder: Path, plan_ids: list[str], *, connect=sqlite3.connect
) -> None:
    """Re-make every backup without these plans (rows of every table that names them), or
    delete the backup when that fails: an erased plan must not survive in a backup.

    Each is re-made into `<name>.tmp` with secure_delete and VACUUM (no free page keeps the
    deleted text) and renamed over the old one. `connect` opens a backup (12b: SQLCipher)."""
    for backup in list_backups(backups_folder):
        partial = _partial_name(backup)
        try:
            partial.unlink(missing_ok=True)
            descriptor = os.open(partial, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
            os.close(descriptor)
            with closing(connect(backup)) as source, closing(connect(partial)) as copy:
                source.backup(copy)
            with closing(connect(partial)) as copy:
                copy.isolation_level = None
                copy.execute("PRAGMA secure_delete=ON")
                copy.execute("PRAGMA foreign_keys=OFF")
                # The backup's own schema, whatever its age: its append-only triggers are set
                # aside for the deletion and put back as they were.
                triggers = copy.execute(
                    "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"
                ).fetchall()
                tables = {row[0] for row in copy.execute("SELECT name FROM sqlite_master")}
                marks = ",".join("?" * len(plan_ids))
                copy.execute("BEGIN IMMEDIATE")
                for name, _sql in triggers:
                    copy.execute(f'DROP TRIGGER "{name}"')
                for table, column in _PLAN_COLUMNS:
                    if table in tables:
                        copy.execute(f"DELETE FROM {table} WHERE {column} IN ({marks})", plan_ids)
                for _name, sql in triggers:
                    copy.execute(sql)
                copy.execute("COMMIT")
                copy.execute("VACUUM")
            _finish(partial, backup)
            log.info("removed erased plans from backup %s", backup.name)
        except _database_errors():
            log.warning(
                "backup %s could not be re-made without an erased plan: deleted", backup.name
            )
            partial.unlink(missing_ok=True)
            backup.unlink(missing_ok=True)


def _database_errors() -> tuple[type[BaseException], ...]:
    """What a backup that cannot be re-made raises: sqlite3's or SQLCipher's errors (an encrypted
    backup), a key that does not open it, the disk."""
    from sqlcipher3 import dbapi2 as sqlcipher

    from .errors import StoreError

    return (sqlite3.Error, sqlcipher.Error, StoreError, OSError)


# Every table (in any schema so far) that holds a plan's data, and the column naming the plan.
_PLAN_COLUMNS = (
    ("plan_openings", "plan_id"),
    ("holdings", "plan_id"),
    ("sync_states", "plan_id"),
    ("plan_versions", "plan_id"),
    ("plan_documents", "plan_id"),
    ("audit_entries", "plan_id"),
    ("plans", "id"),
)


def _partial_name(target: Path) -> Path:
    return target.with_name(target.name + _UNFINISHED)


def _finish(partial: Path, target: Path) -> None:
    """Make the finished copy durable, then give it its real name (atomic on one disk)."""
    descriptor = os.open(partial, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
    os.replace(partial, target)
    if os.name == "posix":
        folder = os.open(target.parent, os.O_RDONLY)
        try:
            os.fsync(folder)
        finally:
            os.close(folder)


def _remove_unfinished(backups_folder: Path) -> None:
    for leftover in backups_folder.glob(f"{_PREFIX}*{_UNFINISHED}"):
        leftover.unlink(missing_ok=True)
        log.info("removed an unfinished backup %s", leftover.name)


def prune_backups(backups_folder: Path, keep: int = KEEP_BACKUPS) -> None:
    backups = list_backups(backups_folder)
    for old in backups[: max(0, len(backups) - keep)]:
        old.unlink(missing_ok=True)
        log.info("removed old backup %s", old.name)
