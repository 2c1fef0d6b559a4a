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
