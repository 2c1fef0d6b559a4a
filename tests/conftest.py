"""Test-wide safety and shared fixtures.

Before anything imports platformdirs or Qt, HOME and the XDG folders point into a temporary
folder and COPLAN_DATA_DIR is set, so no test can ever read or write the real user data folder.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

_SANDBOX = Path(tempfile.mkdtemp(prefix="coplan-tests-"))
_XDG = ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME", "XDG_CONFIG_DIRS")
for _name in ("HOME", *_XDG):
    os.environ[_name] = str(_SANDBOX / _name.lower())
os.environ["COPLAN_DATA_DIR"] = str(_SANDBOX / "data")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Tests keep their caseloads unencrypted unless they give a passphrase (tests/store/test_encryption.py
# and the subprocess tests of encryption do); subprocesses inherit this.
os.environ["COPLAN_UNENCRYPTED"] = "1"
os.environ.pop("COPLAN_PASSPHRASE", None)

import pytest  # noqa: E402
from factories import TEST_PACKS  # noqa: E402
from team_tls import tls_server  # noqa: E402, F401 - the fixture, for tests/store and tests/ui

from coplan.policy import load_pack, load_pack_by_id  # noqa: E402


@pytest.fixture(autouse=True)
def _private_data_dir(tmp_path, monkeypatch):
    """Every test gets its own data folder; the real one is never reachable."""
    monkeypatch.setenv("COPLAN_DATA_DIR", str(tmp_path / "coplan-data"))
    monkeypatch.delenv("COPLAN_DATABASE_URL", raising=False)
    monkeypatch.setenv("COPLAN_UNENCRYPTED", "1")
    monkeypatch.delenv("COPLAN_PASSPHRASE", raising=False)
    monkeypatch.delenv("COPLAN_TEAM_URL", raising=False)


@pytest.fixture(autouse=True)
def memory_keychain():
    """No test touches (or needs) the computer's own keychain: a keychain in memory each."""
    import keyring
    from memory_keyring import MemoryKeyring

    before = keyring.get_keyring()
    chain = MemoryKeyring()
    keyring.set_keyring(chain)
    yield chain
    keyring.set_keyring(before)


@pytest.fixture(scope="session")
def pack():
    return load_pack_by_id("example-shire")


@pytest.fixture(scope="session")
def strict_pack():
    """A second council's pack: same code, different rules (tests/packs/strict-borough.toml)."""
    return load_pack(TEST_PACKS / "strict-borough.toml")
