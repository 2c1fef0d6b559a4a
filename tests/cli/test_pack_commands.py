"""`coplan pack list` and `coplan pack check FILE`, as a council's IT department runs them."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from coplan.policy.loader import pack_folders, packs_dir

EXAMPLE = packs_dir() / "example-shire.toml"


def coplan(*arguments: str, **environment: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "coplan", *arguments],
        capture_output=True,
        text=True,
        env={**os.environ, **environment},
        timeout=120,
    )


def test_pack_list_shows_each_pack_with_its_council_version_and_folder():
    result = coplan("pack", "list")
    assert result.returncode == 0, result.stderr
    assert "example-shire: Example Shire Council, version" in result.stdout
    assert f"{EXAMPLE}  (installed with CoPlan)" in result.stdout


def test_pack_list_says_which_pack_replaces_which_and_which_cannot_be_used(tmp_path):
    user = tmp_path / "config"
    broken = user / "CoPlan" / "policies"
    broken.mkdir(parents=True)
    (broken / "example-shire.toml").write_text(
        EXAMPLE.read_text(encoding="utf-8").replace("format = 1", "format = 9"), encoding="utf-8"
    )
    result = coplan("pack", "list", XDG_CONFIG_HOME=str(user))
    assert "example-shire: cannot be used: example-shire.toml: pack.format" in result.stdout
    assert f"replaces {EXAMPLE}" in result.stdout
    assert result.returncode == 1  # no pack can be used
    assert "Packs are read from" in result.stdout


def test_pack_check_a_good_file_says_where_to_install_it():
    result = coplan("pack", "check", str(EXAMPLE))
    assert result.returncode == 0, result.stderr
    assert "no problems: Example Shire Council" in result.stdout
    for _label, folder in pack_folders()[1:]:
        assert str(folder).split("CoPlan")[-1] in result.stdout


def test_pack_check_lists_every_problem_with_its_line(tmp_path):
    text = EXAMPLE.read_text(encoding="utf-8").replace("[timescales]", "[timescales]\nmonths = 3")
    text = text.replace('personal_budget = "yes"', 'personal_budget = "perhaps"')
    path = tmp_path / "example-shire.toml"
    path.write_text(text, encoding="utf-8")
    result = coplan("pack", "check", str(path))
    assert result.returncode == 1
    lines = text.splitlines()
    months = lines.index("months = 3") + 1
    assert f"line {months}: timescales.months: unknown key" in result.stdout
    perhaps = [n for n, line in enumerate(lines, 1) if line == 'personal_budget = "perhaps"']
    assert len(perhaps) > 1
    for number in perhaps:
        assert f"line {number}: categories[" in result.stdout
    assert f"{len(perhaps) + 1} problems" in result.stdout


def test_pack_check_an_unreadable_file(tmp_path):
    path = tmp_path / "x.toml"
    path.write_bytes(b"\xff\xfe[pack]")
    result = coplan("pack", "check", str(path))
    assert result.returncode == 2
    assert "is not UTF-8 text" in result.stdout
    missing = coplan("pack", "check", str(Path(tmp_path / "none.toml")))
    assert missing.returncode == 2
    assert "cannot read the file" in missing.stdout
