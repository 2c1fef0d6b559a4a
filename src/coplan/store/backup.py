"""Backups of the SQLite database, taken before every migration.

SQLite cannot roll back every schema change, and a plain file copy of a WAL database can miss
pages still in the `-wal` file, so the copy is made with SQLite's online backup API. Each backup
is one self-contained, owner-only file; the newest `KEEP_BACKUPS` are kept. Backups of an
encrypted caseload are encrypted with the same key: pass `connect` (`crypto.connect` bound to the
key) and both ends of the copy are SQLCipher connections.
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
    descriptor = os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(descriptor)
    try:
        with (
            closing(connect(database_file)) as source,
            closing(connect(target)) as copy,
        ):
            source.backup(copy)
            # The copy inherits WAL mode from the header; make it one file that opens anywhere.
            copy.execute("PRAGMA journal_mode=DELETE")
    except BaseException:
        target.unlink(missing_ok=True)
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
    """Oldest first (the UTC timestamp in the name sorts)."""
    if not backups_folder.is_dir():
        return []
    return sorted(backups_folder.glob(f"{_PREFIX}*{_SUFFIX}"))


def prune_backups(backups_folder: Path, keep: int = KEEP_BACKUPS) -> None:
    backups = list_backups(backups_folder)
    for old in backups[: max(0, len(backups) - keep)]:
        old.unlink(missing_ok=True)
        log.info("removed old backup %s", old.name)
