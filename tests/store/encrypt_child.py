"""Run by test_encryption_kill: open (and so encrypt) the caseload in a folder; killed at a
random moment by the test."""

import sys

from coplan.store import crypto, open_store
from coplan.store.crypto import KdfParams

crypto.DEFAULT_KDF = KdfParams(n=2**12)  # cheap: the test is about the swap, not scrypt
print("START", flush=True)
with open_store(sys.argv[1], passphrase=sys.argv[2]) as store:
    print("OPEN", store.count_plans(), flush=True)
