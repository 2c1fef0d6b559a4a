"""Before the caseload is shown: does it need the officer's passphrase, and which key opens it.

Kept apart from the prompt (passphrase.py) so that a start that asks nothing (the team's
PostgreSQL, the tests' plain caseloads) loads no dialog code.
"""

from __future__ import annotations

import os


def unlock_caseload(data_dir, database_url):
    """Ask for the passphrase when the caseload is (or must become) encrypted.

    (key, kept_plain): key None for PostgreSQL (not ours to encrypt) and for a caseload kept
    plain by COPLAN_UNENCRYPTED=1 (kept_plain True); None when the officer quit. Raises
    StoreError when the caseload cannot be opened at all (its salt file is gone).
    """
    from coplan import paths
    from coplan.store.backup import BACKUPS_FOLDER_NAME
    from coplan.store.crypto import CaseloadState, SaltFile, caseload_state, unencrypted_allowed
    from coplan.store.layout import DATABASE_FILE_NAME

    url = database_url or (None if data_dir else os.environ.get(paths.DATABASE_URL_ENV)) or None
    folder = paths.data_dir(data_dir)
    if url is None:
        database_file = folder / DATABASE_FILE_NAME
    else:
        from coplan.store.engine import sqlite_file

        database_file = sqlite_file(url)
        if database_file is None:
            return None, False  # the team's PostgreSQL: the server protects its data
    state = caseload_state(database_file)
    if state == CaseloadState.SALT_MISSING:
        SaltFile(database_file).read()  # raises EncryptionError, saying what to do
    if state in (CaseloadState.NEW, CaseloadState.PLAIN) and unencrypted_allowed():
        return None, True
    from .passphrase import ask_for_key  # Qt widgets and the form: only when asking

    key = ask_for_key(database_file, state, backups_folder=folder / BACKUPS_FOLDER_NAME)
    return None if key is None else (key, False)
