"""The command line on an encrypted caseload: COPLAN_PASSPHRASE opens it; without it, exit 3
with a plain message and nothing of a plan printed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from factories import build_plan

from coplan.plan_file import write_plan

PASSPHRASE = "a hedgehog in the hollyhocks"


def coplan(*arguments: str, data_dir: Path, passphrase: str | None, plain_ok: bool = False):
    environment = dict(os.environ, COPLAN_DATA_DIR=str(data_dir))
    environment.pop("COPLAN_PASSPHRASE", None)
    if not plain_ok:
        environment.pop("COPLAN_UNENCRYPTED", None)
    if passphrase is not None:
        environment["COPLAN_PASSPHRASE"] = passphrase
    return subprocess.run(
        [sys.executable, "-m", "coplan", *arguments],
        capture_output=True,
        text=True,
        env=environment,
        timeout=120,
        stdin=subprocess.DEVNULL,  # never a terminal: passphrases only from the variables
    )


def test_store_commands_need_the_passphrase(tmp_path):
    data = tmp_path / "data"
    plan_file = tmp_path / "plan.json"
    write_plan(build_plan(), plan_file)

    refused = coplan("import", str(plan_file), data_dir=data, passphrase=None)
    assert refused.returncode == 3, refused.stderr
    assert "COPLAN_PASSPHRASE" in refused.stderr and "Traceback" not in refused.stderr

    imported = coplan("import", str(plan_file), data_dir=data, passphrase=PASSPHRASE)
    assert imported.returncode == 0, imported.stderr
    assert (data / "coplan.db.salt").exists()
    assert b"Amira" not in (data / "coplan.db").read_bytes()

    listed = coplan("list", data_dir=data, passphrase=PASSPHRASE)
    assert listed.returncode == 0 and "Amira Khan" in listed.stdout

    for passphrase, words in ((None, "COPLAN_PASSPHRASE"), ("not the passphrase", "does not open")):
        result = coplan("list", data_dir=data, passphrase=passphrase, plain_ok=True)
        assert result.returncode == 3, result.stderr
        assert words in result.stderr and "Traceback" not in result.stderr
        assert "Amira" not in result.stdout + result.stderr
        assert "ERROR CORE" not in result.stderr  # SQLCipher's own log stays quiet

    out = tmp_path / "out.json"
    exported = coplan("export-plan", "plan-test", "-o", str(out), data_dir=data, passphrase=None)
    assert exported.returncode == 3 and not out.exists()
    exported = coplan(
        "export-plan", "plan-test", "-o", str(out), data_dir=data, passphrase=PASSPHRASE
    )
    assert exported.returncode == 0 and "Amira Khan" in out.read_text(encoding="utf-8")


def test_commands_without_the_store_need_no_passphrase(tmp_path):
    plan_file = tmp_path / "plan.json"
    write_plan(build_plan(), plan_file)
    result = coplan("validate", str(plan_file), data_dir=tmp_path / "data", passphrase=None)
    assert result.returncode in (0, 1), result.stderr  # valid, or findings: never "cannot open"
    assert "passphrase" not in (result.stdout + result.stderr).lower()


def test_change_passphrase_from_the_command_line(tmp_path):
    data = tmp_path / "data"
    plan_file = tmp_path / "plan.json"
    write_plan(build_plan(), plan_file)
    assert coplan("import", str(plan_file), data_dir=data, passphrase=PASSPHRASE).returncode == 0
    new = "otters under the old stone bridge"

    without_new = coplan("change-passphrase", data_dir=data, passphrase=PASSPHRASE)
    assert without_new.returncode == 3 and "COPLAN_NEW_PASSPHRASE" in without_new.stderr

    def change(current, new_passphrase):
        environment = dict(os.environ, COPLAN_DATA_DIR=str(data), COPLAN_PASSPHRASE=current)
        environment["COPLAN_NEW_PASSPHRASE"] = new_passphrase
        environment.pop("COPLAN_UNENCRYPTED", None)
        return subprocess.run(
            [sys.executable, "-m", "coplan", "change-passphrase"],
            capture_output=True,
            text=True,
            env=environment,
            timeout=120,
            stdin=subprocess.DEVNULL,
        )

    wrong = change("not the current one at all", new)
    assert wrong.returncode == 3 and "not changed" in wrong.stderr
    changed = change(PASSPHRASE, new)
    assert changed.returncode == 0, changed.stderr
    assert "The passphrase was changed" in changed.stdout
    assert coplan("list", data_dir=data, passphrase=PASSPHRASE).returncode == 3
    listed = coplan("list", data_dir=data, passphrase=new)
    assert listed.returncode == 0 and "Amira Khan" in listed.stdout
