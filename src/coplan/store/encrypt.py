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
from .crypto import DatabaseKey, SaltFile, WrongPassphrase, connect, fsync_folder, is_plain_sqlite
from .errors import StoreError

log = logging.getLogger(__name__)

ENCRYPTING_SUFFIX = ".encrypting"
REKEYING_SUFFIX = ".rekeying"
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


# -- changing the passphrase ---------------------------------------------------------------------


def change_passphrase(
    database_file: Path, backups_folder: Path | None, old_key: DatabaseKey, new_passphrase: str
) -> DatabaseKey:
    """Re-encrypt the caseload (the database, then every backup) with a key from
    `new_passphrase`; the new key. The store must be closed. A kill at any moment is finished
    at the next opening, whichever of the two passphrases is typed then:

    1. `<salt>.next` is written: the new salt, and each key sealed with the other;
    2. each file is copied with `sqlcipher_export` under the new key to `<file>.rekeying`,
       checked and renamed over the file (a file that already opens with the new key is done);
    3. the new salt replaces the old one, and `<salt>.next` goes.
    """
    salt = SaltFile(database_file)
    new_key = salt.begin_change(old_key, new_passphrase, backups_folder=backups_folder)
    _finish_key_change(salt, old_key, new_key, backups_folder)
    return new_key


def resume_key_change(salt: SaltFile, passphrase: str) -> DatabaseKey | None:
    """Finish a passphrase change a kill interrupted; the new key, or None if none is pending."""
    keys = salt.change_keys(passphrase)
    if keys is None:
        return None
    old_key, new_key, backups_folder = keys
    log.info("finishing a passphrase change that was interrupted")
    _finish_key_change(salt, old_key, new_key, backups_folder)
    return new_key


def _finish_key_change(
    salt: SaltFile, old_key: DatabaseKey, new_key: DatabaseKey, backups_folder: Path | None
) -> None:
    # The database first: if another CoPlan has it open, nothing else is touched yet.
    database_file = salt.database_file
    files = [database_file] if database_file.exists() and database_file.stat().st_size else []
    files += list_backups(backups_folder) if backups_folder is not None else []
    for path in files:
        _rekey(path, old_key, new_key)
    salt.end_change()
    log.info("the passphrase was changed")


def _rekey(path: Path, old_key: DatabaseKey, new_key: DatabaseKey) -> None:
    target = path.with_name(path.name + REKEYING_SUFFIX)
    target.unlink(missing_ok=True)
    try:
        with closing(connect(path, new_key)):
            return  # done before the kill
    except WrongPassphrase:
        pass
    from sqlcipher3 import dbapi2 as sqlcipher

    with closing(connect(path, old_key, isolation_level=None, timeout=BUSY_TIMEOUT_SECONDS)) as old:
        # One self-contained file first: nothing of it may stay behind in a `-wal`.
        old.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        if old.execute("PRAGMA journal_mode=DELETE").fetchone()[0] != "delete":
            raise StoreError("the caseload is in use; close every CoPlan and try again")
        expected = _row_counts(old)
        descriptor = os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        os.close(descriptor)
        try:
            old.execute(f"ATTACH DATABASE ? AS rekeyed KEY {new_key.attach_key()}", (str(target),))
            old.execute("SELECT sqlcipher_export('rekeyed')")
            user_version = old.execute("PRAGMA main.user_version").fetchone()[0]
            old.execute(f"PRAGMA rekeyed.user_version = {int(user_version)}")
            old.execute("DETACH DATABASE rekeyed")
        except sqlcipher.Error as exc:
            target.unlink(missing_ok=True)
            raise StoreError(
                f"the caseload could not be re-encrypted ({type(exc).__name__})"
            ) from exc
    with closing(connect(target, new_key, isolation_level=None)) as check:
        if (
            check.execute("PRAGMA quick_check").fetchone()[0] != "ok"
            or _row_counts(check) != expected
        ):
            target.unlink(missing_ok=True)
            raise StoreError("the re-encrypted copy of the caseload did not check out")
    with open(target, "rb+") as handle:
        os.fsync(handle.fileno())
    os.replace(target, path)
    fsync_folder(path.parent)
    for suffix in ("-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
