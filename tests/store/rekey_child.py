"""Run by test_encryption_kill: change the caseload's passphrase (old, new); killed at a
moment the test chooses."""

import sys
from pathlib import Path

from coplan.store import crypto
from coplan.store.crypto import KdfParams, SaltFile
from coplan.store.encrypt import change_passphrase

crypto.DEFAULT_KDF = KdfParams(n=2**12)
folder = Path(sys.argv[1])
salt = SaltFile(folder / "coplan.db")
pending = salt.next_path.exists()
old_key = salt.unlock(sys.argv[2])  # finishes a change a kill interrupted
if pending:
    print("FINISHED", flush=True)  # as the app would: the new passphrase is in force now
    sys.exit(0)
print("START", flush=True)
change_passphrase(folder / "coplan.db", folder / "backups", old_key, sys.argv[3])
print("DONE", flush=True)
