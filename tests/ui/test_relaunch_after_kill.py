"""Kill CoPlan while the head's sign-off screen is up, start it again: nothing of any plan is
shown (not the caseload, not the recovery offer) until the officer's passphrase is typed, and
nothing in the data folder gives the child's name away. Real processes, real encryption."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
PASSPHRASE = "blackbirds at the bird table"


def files_holding(folder: Path, text: str) -> list[str]:
    needles = [text.encode(), text.encode("utf-16-le"), text.encode("utf-16-be")]
    return sorted(
        str(path.relative_to(folder))
        for path in folder.rglob("*")
        if path.is_file() and any(needle in path.read_bytes() for needle in needles)
    )


def run(script: str, *arguments: str) -> subprocess.Popen:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(HERE))
    env.pop("COPLAN_UNENCRYPTED", None)  # the real thing: the caseload must be encrypted
    env.pop("COPLAN_PASSPHRASE", None)
    return subprocess.Popen(
        [sys.executable, str(HERE / script), *arguments],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        text=True,
    )


def lines_of(process: subprocess.Popen) -> dict[str, str]:
    out, err = process.communicate(timeout=120)
    assert "Traceback" not in err, err
    return {
        line.split(" ", 1)[0]: line.split(" ", 1)[1] for line in out.splitlines() if " " in line
    }


@pytest.mark.slow
def test_a_relaunch_after_killing_the_signoff_screen_shows_nothing_without_the_passphrase(
    tmp_path,
):
    folder = tmp_path / "data"
    child = run("signoff_kill_child.py", str(folder), PASSPHRASE)
    try:
        line = child.stdout.readline()
        assert line.startswith("READY"), line + child.stderr.read()
        _ready, plan_id, name = line.split(" ", 2)
        name = name.strip()
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=10)
        child.stdout.close()
        child.stderr.close()
    assert child.returncode == -signal.SIGKILL

    # What a thief or the next user finds on disk: the database, its write-ahead log (left
    # behind by the kill), the recovery marker, the PIN file, the salt: no name anywhere.
    assert (folder / "coplan.db-wal").exists()
    assert (folder / "open-plan.json").exists()
    first, last = name.split()[0], name.split()[-1]
    for text in (name, first, last, plan_id):
        assert files_holding(folder, text) == []

    # Started again without the passphrase (Quit at the prompt): only the prompt was shown.
    quitting = lines_of(run("relaunch_child.py", str(folder)))
    shown = json.loads(quitting["PROMPT"])
    assert [window["class"] for window in shown] == ["PassphraseDialog"]
    everything = " ".join(text for window in shown for text in window["texts"])
    assert "Enter your passphrase" in everything
    assert first not in everything and last not in everything and plan_id not in everything
    assert quitting["EXIT"] == "0" and "RECOVERY" not in quitting and "WINDOW" not in quitting

    # A wrong passphrase is refused in plain words, still showing nothing; then the right one
    # opens the caseload, and only then comes the offer to continue the plan that was open.
    opened = lines_of(
        run("relaunch_child.py", str(folder), "blackbirds at the bird tablet", PASSPHRASE)
    )
    refused = json.loads(opened["REFUSED"])
    assert [window["class"] for window in refused] == ["PassphraseDialog"]
    everything = " ".join(text for window in refused for text in window["texts"])
    assert "That passphrase does not open this caseload" in everything
    assert first not in everything and last not in everything
    assert first in json.loads(opened["RECOVERY"])
    windows = json.loads(opened["WINDOW"])
    assert any(name in text for window in windows for text in window["texts"])
