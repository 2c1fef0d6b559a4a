"""Creating the SQLAlchemy engine: a private SQLite file by default, or any URL given.

SQLite is set up for a laptop that may lose power mid-meeting: write-ahead log, `synchronous=FULL`
(WAL with NORMAL can lose the last commit on power loss), foreign keys on, and the database file
readable by its owner only, and deleted content overwritten. SQLite creates `-wal` and `-shm` with the database file's permission
bits, so creating the file 0600 first keeps all three private.

Given a `DatabaseKey` (crypto.py), the SQLite file is a SQLCipher one: the engine uses the
`sqlcipher3` module and keys every new connection before SQLAlchemy reads anything from it.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url

from .crypto import DatabaseKey, key_connection
from .layout import DATABASE_FILE_NAME

log = logging.getLogger(__name__)

PRIVATE_FILE_MODE = 0o600
# How long a writer waits for another one (another window, a second app) before giving up.
SQLITE_BUSY_TIMEOUT_SECONDS = 15
# Execution option naming how a SQLite transaction begins; writers ask for "IMMEDIATE".
SQLITE_BEGIN_OPTION = "coplan_sqlite_begin"


def default_sqlite_url(folder: Path) -> str:
    return f"sqlite+pysqlite:///{folder / DATABASE_FILE_NAME}"


def sqlite_file(url: str) -> Path | None:
    """The database file behind a SQLite URL; None for other databases and in-memory SQLite."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database)


def create_store_engine(url: str, key: DatabaseKey | None = None) -> Engine:
    """An engine for `url`; for SQLite also the private file and the connection pragmas, and
    with `key` a SQLCipher file keyed on every connection (PostgreSQL ignores `key`)."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "postgresql" and parsed.drivername == "postgresql":
        # A bare postgresql:// would ask for psycopg2, which CoPlan does not ship.
        parsed = parsed.set(drivername="postgresql+psycopg")
    # SQLAlchemy puts statement parameters (names, whole plan documents) into its log lines and
    # exception messages; hidden, an error shown or logged anywhere cannot leak personal data.
    private = {"hide_parameters": True}
    database_file = sqlite_file(url)
    if database_file is None:
        is_server = parsed.get_backend_name() != "sqlite"
        return create_engine(parsed, pool_pre_ping=is_server, **private)
    _create_private_file(database_file)
    if key is None:
        engine = create_engine(
            parsed, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_SECONDS}, **private
        )
    else:
        from sqlcipher3 import dbapi2 as sqlcipher

        def keyed_connection():
            # The key must come before the dialect's first query, so it is set here and not
            # in a "connect" listener (those run after SQLAlchemy's own first queries).
            connection = sqlcipher.connect(
                str(database_file), timeout=SQLITE_BUSY_TIMEOUT_SECONDS, check_same_thread=False
            )
            key_connection(connection, key)
            return connection

        engine = create_engine(parsed, module=sqlcipher, creator=keyed_connection, **private)
    event.listen(engine, "connect", _configure_sqlite_connection)
    event.listen(engine, "begin", _begin_sqlite_transaction)
    return engine


def make_sidecar_files_private(database_file: Path) -> None:
    """Belt and braces for `-wal`/`-shm` left by an older build with wider permissions."""
    for suffix in ("", "-wal", "-shm"):
        path = database_file.with_name(database_file.name + suffix)
        if path.exists() and os.name == "posix":
            os.chmod(path, PRIVATE_FILE_MODE)


def _create_private_file(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor = os.open(path, os.O_CREAT | os.O_RDWR, PRIVATE_FILE_MODE)
    os.close(descriptor)
    make_sidecar_files_private(path)


def _configure_sqlite_connection(dbapi_connection, _connection_record) -> None:
    # The sqlite3 module's own transaction handling never begins a transaction before DDL, so
    # a failed migration would leave half a schema behind. With isolation_level None the driver
    # stays out of the way and `_begin_sqlite_transaction` emits BEGIN for every transaction.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        journal_mode = cursor.execute("PRAGMA journal_mode=WAL").fetchone()[0]
        if journal_mode != "wal":
            log.warning("SQLite refused write-ahead logging (journal mode %s)", journal_mode)
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
        # Deleted and overwritten content is zeroed, not left in free pages: a purged plan
        # must not be recoverable from the file with a hex editor.
        cursor.execute("PRAGMA secure_delete=ON")
    finally:
        cursor.close()


def _begin_sqlite_transaction(connection) -> None:
    # Writers begin IMMEDIATE: they take the write lock up front and wait (busy timeout) for
    # another writer, instead of failing with SQLITE_BUSY when a read turns into a write.
    mode = connection.get_execution_options().get(SQLITE_BEGIN_OPTION, "DEFERRED")
    if mode not in ("DEFERRED", "IMMEDIATE"):
        raise ValueError(f"unknown SQLite transaction mode {mode!r}")
    connection.exec_driver_sql(f"BEGIN {mode}")
