"""Opening the store: find the database, make the engine, bring the schema up to date."""

from __future__ import annotations

import os
from functools import partial
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError

from coplan import paths

from .backup import BACKUPS_FOLDER_NAME
from .crypto import DatabaseKey, connect, key_for
from .engine import create_store_engine, default_sqlite_url, make_sidecar_files_private, sqlite_file
from .errors import StoreError
from .repository import Store
from .schema import ensure_current_schema


def open_store(
    data_dir: str | os.PathLike | None = None,
    database_url: str | None = None,
    *,
    key: DatabaseKey | None = None,
    passphrase: str | None = None,
    plain: bool = False,
) -> Store:
    """Open (creating, encrypting and migrating when needed) the store, and return it.

    Which database, first match wins; an argument beats an environment variable:
    `database_url`; else `coplan.db` in `data_dir`; else $COPLAN_DATABASE_URL; else `coplan.db`
    in $COPLAN_DATA_DIR or the platform's data folder. So `open_store(folder)` (the demo, a
    test) always means that folder, even where a team database is configured.

    A SQLite caseload is encrypted (crypto.py): give the derived `key` or the `passphrase`
    (else $COPLAN_PASSPHRASE is read); a plain caseload given one is encrypted first, after a
    backup (encrypt.py). `plain=True` keeps a new caseload unencrypted (the demo). PostgreSQL
    ignores all three: the server keeps its own data.
    """
    url = database_url or (None if data_dir else os.environ.get(paths.DATABASE_URL_ENV)) or None
    folder = None
    if url is None:
        folder = _data_folder(data_dir)
        url = default_sqlite_url(folder)
    database_file = sqlite_file(url)
    if database_file is not None and folder is None:
        folder = _data_folder(data_dir)  # backups of any SQLite database go in the data folder
    backups_folder = (folder / BACKUPS_FOLDER_NAME) if folder and database_file else None
    copies = {}
    if database_file is not None:
        key = key_for(database_file, key=key, passphrase=passphrase, plain=plain)
        if key is not None:
            from .encrypt import finish_encryption

            finish_encryption(database_file, key, backups_folder)
            copies = {"connect": partial(connect, key=key)}
    else:
        key = None
    engine = create_store_engine(url, key=key)
    try:
        ensure_current_schema(
            engine, database_file=database_file, backups_folder=backups_folder, **copies
        )
    except StoreError:
        engine.dispose()
        raise
    except SQLAlchemyError as exc:
        engine.dispose()
        shown = engine.url.render_as_string(hide_password=True)
        raise StoreError(f"cannot open the database at {shown}: {type(exc).__name__}") from exc
    except BaseException:
        engine.dispose()
        raise
    if database_file is not None:
        make_sidecar_files_private(database_file)
    return Store(engine, backups_folder=backups_folder, backup_connect=copies.get("connect"))


def _data_folder(data_dir) -> Path:
    try:
        return paths.data_dir(data_dir)
    except OSError as exc:
        raise StoreError(
            f"the data folder cannot be used: {exc.strerror or exc} ({type(exc).__name__})"
        ) from exc
