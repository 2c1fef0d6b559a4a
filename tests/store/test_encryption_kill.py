"""kill -9 at random moments while a plain caseload is being encrypted: nothing is lost, and
in the end nothing is left plain."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import make_plan

from coplan.store import crypto, open_store
from coplan.store.backup import backup_sqlite, list_backups
from coplan.store.crypto import KdfParams, is_plain_sqlite

HERE = Path(__file__).resolve().parent
PASSPHRASE = "tea in the staff room at three"
PLANS = 600


@pytest.mark.slow
def test_killing_the_encryption_at_random_moments_loses_no_plan(tmp_path, monkeypatch):
    folder = tmp_path / "data"
    plans = [make_plan(f"Quillon Featherstonehaugh {n}", plan_id=f"plan-{n}") for n in range(PLANS)]
    with open_store(folder) as store:  # an earlier CoPlan's plain caseload
        store.save_many(plans, actor="officer")
    backup_sqlite(folder / "coplan.db", folder / "backups", label="schema-0000")
    env = dict(os.environ, PYTHONPATH=str(HERE))
    env.pop("COPLAN_UNENCRYPTED", None)
    rng = random.Random(12)
    killed = mid_way = 0
    delay = 0.0
    # Kill later and later (with a little jitter) until one run gets to the end: the kills
    # sweep the whole conversion, whatever the machine's speed.
    for _round in range(80):
        child = subprocess.Popen(
            [sys.executable, str(HERE / "encrypt_child.py"), str(folder), PASSPHRASE],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
        )
        assert child.stdout.readline() == b"START\n"  # imports done: encrypting from now on
        time.sleep(delay + rng.uniform(0.0, 0.01))
        delay += 0.02
        if child.poll() is None:
            child.send_signal(signal.SIGKILL)
            killed += 1
        child.communicate(timeout=60)
        mid_way += (folder / "coplan.db.encrypting").exists()
        if not is_plain_sqlite(folder / "coplan.db"):
            break
    assert killed and mid_way, "no kill landed mid-way: the test proved nothing"

    monkeypatch.setattr(crypto, "DEFAULT_KDF", KdfParams(n=2**12))
    with open_store(folder, passphrase=PASSPHRASE) as store:
        assert store.count_plans() == PLANS
        assert store.load("plan-599").child.full_name == "Quillon Featherstonehaugh 599"
    assert not is_plain_sqlite(folder / "coplan.db")
    assert not any(is_plain_sqlite(backup) for backup in list_backups(folder / "backups"))
    assert not list(folder.rglob("*.encrypting"))
    for path in folder.rglob("*"):
        if path.is_file():
            assert b"Featherstonehaugh" not in path.read_bytes(), path


@pytest.mark.slow
def test_killing_a_passphrase_change_at_random_moments_loses_no_plan(tmp_path, monkeypatch):
    from functools import partial

    new = "the new passphrase for the test"
    folder = tmp_path / "data"
    monkeypatch.setattr(crypto, "DEFAULT_KDF", KdfParams(n=2**12))
    plans = [make_plan(f"Quillon Featherstonehaugh {n}", plan_id=f"plan-{n}") for n in range(PLANS)]
    with open_store(folder, passphrase=PASSPHRASE) as store:
        store.save_many(plans, actor="officer")
    old_key = crypto.SaltFile(folder / "coplan.db").unlock(PASSPHRASE)
    for label in ("one", "two"):
        backup_sqlite(
            folder / "coplan.db",
            folder / "backups",
            label=label,
            connect=partial(crypto.connect, key=old_key),
        )
    env = dict(os.environ, PYTHONPATH=str(HERE))
    rng = random.Random(7)
    killed = mid_way = 0
    delay = 0.0
    salt = crypto.SaltFile(folder / "coplan.db")

    def changed() -> bool:
        if salt.next_path.exists():
            return False  # (unlock would finish the change: only look when none is pending)
        try:
            salt.unlock(new)
        except crypto.WrongPassphrase:
            return False
        return True

    for _round in range(80):
        child = subprocess.Popen(
            [sys.executable, str(HERE / "rekey_child.py"), str(folder), PASSPHRASE, new],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
        )
        line = child.stdout.readline()
        if line == b"FINISHED\n":  # opened with the old passphrase: the change was finished
            child.communicate(timeout=60)
            break
        assert line == b"START\n", child.communicate(timeout=60)[1].decode()[-1500:]
        time.sleep(delay + rng.uniform(0.0, 0.01))
        delay += 0.02
        if child.poll() is None:
            child.send_signal(signal.SIGKILL)
            killed += 1
        child.communicate(timeout=60)
        mid_way += salt.next_path.exists()
        if changed():
            break
    assert killed and mid_way, "no kill landed mid-way: the test proved nothing"

    with open_store(folder, passphrase=new) as store:
        assert store.count_plans() == PLANS
        assert store.load("plan-599").child.full_name == "Quillon Featherstonehaugh 599"
    new_key = crypto.SaltFile(folder / "coplan.db").unlock(new)
    for path in [folder / "coplan.db", *list_backups(folder / "backups")]:
        crypto.connect(path, new_key).close()
    assert not list(folder.rglob("*.rekeying")) and not list(folder.rglob("*.next"))
    for path in folder.rglob("*"):
        if path.is_file():
            assert b"Featherstonehaugh" not in path.read_bytes(), path
