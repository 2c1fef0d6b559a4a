"""Turning a plain (unencrypted) caseload into an encrypted one, so that a kill at any moment
loses nothing.

    coplan.db (plain) ──checkpoint, journal DELETE──▶ coplan.db (plain, one file, no -wal)
      ──sqlcipher_export──▶ coplan.db.encrypting (encrypted, checked, fsynced)
      ──backup──▶ backups/coplan-…-before-encryption.db (encrypted)
      ──os.replace──▶ coplan.db (encrypted)

At every moment `coplan.db` is a whole database, plain or encrypted: the swap is one atomic
rename, made only after the encrypted copy has been read back and counted. The salt file is
written before any of it (by the caller), so an encrypted `coplan.db` always has its salt. A
kill before the rename leaves the plain file and a half-written `.encrypting` file, which the
next start deletes before starting again. Backups taken before encryption (pre-migration
copies) are encrypted the same way, one by one, at every opening until none is left plain.

What cannot be done from here: the disk blocks the plain file used are freed, not overwritten
(on an SSD they cannot be, reliably); docs/storage.md says what councils should do about it.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
from contextlib import closing
from functools import partial
from pathlib import Path

from .backup import backup_sqlite, list_backups
from .crypto import DatabaseKey, connect, fsync_folder, is_plain_sqlite
from .errors import StoreError

log = logging.getLogger(__name__)

ENCRYPTING_SUFFIX = ".encrypting"
BUSY_TIMEOUT_SECONDS = 15


def finish_encryption(database_file: Path, key: DatabaseKey, backups_folder: Path | None) -> None:
    """Make sure everything of an encrypted caseload is encrypted: its database (plain after
    an earlier CoPlan, or a start killed while encrypting), then any backup still plain."""
    if database_file.exists() and database_file.stat().st_size and is_plain_sqlite(database_file):
        encrypt_plain_database(database_file, key, backups_folder)
    encrypt_plain_backups(backups_folder, key)


def needs_finishing(database_file: Path, backups_folder: Path | None) -> bool:
    """Whether `finish_encryption` has anything to do (read without a key)."""
    if database_file.exists() and database_file.stat().st_size and is_plain_sqlite(database_file):
        return True
    return backups_folder is not None and any(
        is_plain_sqlite(backup) for backup in list_backups(backups_folder)
    )


def encrypt_plain_database(
    database_file: Path, key: DatabaseKey, backups_folder: Path | None
) -> Path | None:
    """Encrypt the plain `database_file` in place with `key`; the backup made, if any."""
    database_file = Path(database_file)
    target = database_file.with_name(database_file.name + ENCRYPTING_SUFFIX)
    target.unlink(missing_ok=True)  # a copy left by a start that was killed
    log.info("encrypting the caseload")
    _fold_write_ahead_log(database_file)
    _export_encrypted(database_file, target, key)
    backup = None
    if backups_folder is not None:
        backup = backup_sqlite(
            target, backups_folder, label="before-encryption", connect=partial(connect, key=key)
        )
    os.replace(target, database_file)
    fsync_folder(database_file.parent)
    # A plain `-shm` left behind would be read as the encrypted file's: there is none in
    # journal mode DELETE, but a file left by an older crash must go too.
    for suffix in ("-wal", "-shm"):
        database_file.with_name(database_file.name + suffix).unlink(missing_ok=True)
    log.info("the caseload is encrypted")
    return backup


def encrypt_plain_backups(backups_folder: Path | None, key: DatabaseKey) -> int:
    """Encrypt every backup still plain (taken before the caseload was encrypted); how many."""
    if backups_folder is None:
        return 0
    done = 0
    for leftover in backups_folder.glob(f"*{ENCRYPTING_SUFFIX}"):
        leftover.unlink(missing_ok=True)
    for backup in list_backups(backups_folder):
        if not is_plain_sqlite(backup):
            continue
        target = backup.with_name(backup.name + ENCRYPTING_SUFFIX)
        _export_encrypted(backup, target, key)
        os.replace(target, backup)
        fsync_folder(backups_folder)
        done += 1
    if done:
        log.info("encrypted %d backups taken before the caseload was encrypted", done)
    return done


def _fold_write_ahead_log(database_file: Path) -> None:
    """Move everything in `-wal` into the file and leave WAL mode: one self-contained file."""
    try:
        with closing(
            sqlite3.connect(database_file, timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None)
        ) as plain:
            plain.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            mode = plain.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
    except sqlite3.Error as exc:
        raise StoreError(
            f"the caseload could not be prepared for encryption ({type(exc).__name__}); "
            "close any other CoPlan and try again. Nothing was changed."
        ) from exc
    if mode != "delete":
        raise StoreError(
            "the caseload is in use by another program, so it cannot be encrypted now; close "
            "any other CoPlan and try again. Nothing was changed."
        )


def _export_encrypted(source: Path, target: Path, key: DatabaseKey) -> None:
    """Write an encrypted copy of the plain `source` to `target`, read back and counted."""
    from sqlcipher3 import dbapi2 as sqlcipher

    descriptor = os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(descriptor)
    try:
        with closing(
            sqlcipher.connect(str(source), timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None)
        ) as plain:
            plain.execute(f"ATTACH DATABASE ? AS encrypted KEY {key.attach_key()}", (str(target),))
            plain.execute("SELECT sqlcipher_export('encrypted')")
            user_version = plain.execute("PRAGMA main.user_version").fetchone()[0]
            plain.execute(f"PRAGMA encrypted.user_version = {int(user_version)}")
            plain.execute("DETACH DATABASE encrypted")
            expected = _row_counts(plain)
        with closing(connect(target, key, isolation_level=None)) as check:
            if check.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise StoreError("the encrypted copy of the caseload did not check out")
            if _row_counts(check) != expected:
                raise StoreError("the encrypted copy of the caseload is not complete")
        with open(target, "rb+") as handle:
            os.fsync(handle.fileno())
    except (sqlite3.Error, sqlcipher.Error) as exc:
        with contextlib.suppress(OSError):
            target.unlink()
        raise StoreError(f"the caseload could not be encrypted ({type(exc).__name__})") from exc
    except BaseException:
        with contextlib.suppress(OSError):
            target.unlink()
        raise


def _row_counts(connection) -> dict[str, int]:
    tables = [
        row[0]
        for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return {
        table: connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
        for table in tables
    }
