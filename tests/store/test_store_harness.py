"""The test harness itself: CI can never skip the PostgreSQL half silently."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent


@pytest.mark.slow
@pytest.mark.parametrize(("ci", "outcome"), [("true", "1 error"), ("", "1 skipped")])
def test_postgresql_tests_fail_in_ci_without_a_server_and_skip_elsewhere(tmp_path, ci, outcome):
    env = {**os.environ, "CI": ci}
    env.pop("COPLAN_TEST_POSTGRES_URL", None)
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            f"{HERE / 'test_store_plans.py'}::test_timestamps_are_utc[postgresql]",
        ],
        cwd=HERE.parents[1],
        env=env,
        capture_output=True,
        text=True,
    )
    assert outcome in result.stdout, result.stdout
    if ci:
        assert result.returncode != 0
        assert "cannot be skipped in CI" in result.stdout


SCRIPT = HERE.parents[1] / "scripts" / "with-postgres"
HAVE_POSTGRES = any(Path("/usr/lib/postgresql").glob("*/bin/initdb"))


def run_script(tmp_path, command: list[str], **env_changes) -> subprocess.CompletedProcess:
    env = {**os.environ, "TMPDIR": str(tmp_path), "CI": "", **env_changes}
    env.pop("COPLAN_TEST_POSTGRES_URL", None)
    return subprocess.run(
        [str(SCRIPT), *command], env=env, capture_output=True, text=True, timeout=120
    )


@pytest.mark.slow
@pytest.mark.skipif(not HAVE_POSTGRES, reason="needs Debian's postgresql package")
def test_with_postgres_runs_a_real_server_and_removes_it(tmp_path):
    if os.geteuid() == 0 and subprocess.run(["id", "postgres"], capture_output=True).returncode:
        pytest.skip("as root the script needs the postgres user")
    probe = (
        "import os, psycopg, sys\n"
        "url = os.environ['COPLAN_TEST_POSTGRES_URL'].replace('+psycopg', '')\n"
        "with psycopg.connect(url) as c:\n"
        "    print(c.execute('select 40 + 2').fetchone()[0])\n"
        "    print(c.execute('show unix_socket_directories').fetchone()[0])\n"
        "sys.exit(7)\n"
    )
    result = run_script(tmp_path, [sys.executable, "-c", probe])

    assert result.returncode == 7, result.stderr  # the command's own exit code
    answer, cluster = result.stdout.split()
    assert answer == "42"
    assert "coplan-pg." in cluster
    assert not Path(cluster).exists()  # the cluster is gone


def test_with_postgres_without_binaries_runs_the_command_unless_ci(tmp_path):
    missing = str(tmp_path / "no-postgres-here")
    result = run_script(tmp_path, ["sh", "-c", "exit 5"], PG_BIN=missing)
    assert result.returncode == 5
    assert "note: no PostgreSQL" in result.stderr

    result = run_script(tmp_path, ["sh", "-c", "echo ran; exit 0"], PG_BIN=missing, CI="true")
    assert result.returncode == 1
    assert result.stdout == ""
    assert "CI=true" in result.stderr
