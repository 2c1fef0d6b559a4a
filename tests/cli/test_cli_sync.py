"""`coplan sync`, `coplan list --team`, `coplan take`, `coplan release`, through the real command,
with two laptops (two data folders) and a real PostgreSQL team database."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from sqlalchemy import create_engine
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

from coplan.plan_file import write_plan
from coplan.store import open_store

NAME = "Zebedee Quartermaine"


@pytest.fixture
def team_url():
    """A new database on the test server, as a team database URL (TLS off: a loopback test
    server, said explicitly, as the team set-up requires)."""
    url = os.environ.get("COPLAN_TEST_POSTGRES_URL")
    if not url:
        message = "COPLAN_TEST_POSTGRES_URL is not set (run the tests under scripts/with-postgres)"
        if os.environ.get("CI") == "true":
            pytest.fail(f"PostgreSQL tests cannot be skipped in CI: {message}")
        pytest.skip(message)
    admin_url = make_url(url)
    if admin_url.drivername == "postgresql":
        admin_url = admin_url.set(drivername="postgresql+psycopg")
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT", poolclass=NullPool)
    name = f"coplan_team_{uuid.uuid4().hex[:12]}"
    with admin.connect() as connection:
        connection.exec_driver_sql(f'CREATE DATABASE "{name}"')
    try:
        yield (
            admin_url.set(database=name)
            .update_query_dict({"sslmode": "disable"})
            .render_as_string(hide_password=False)
        )
    finally:
        with admin.connect() as connection:
            connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()


def coplan(*arguments: str, laptop: Path, team: str | None = None) -> subprocess.CompletedProcess:
    environment = dict(os.environ, COPLAN_DATA_DIR=str(laptop))
    environment.pop("COPLAN_DATABASE_URL", None)
    environment.pop("COPLAN_TEAM_URL", None)
    if team is not None:
        environment["COPLAN_TEAM_URL"] = team
    return subprocess.run(
        [sys.executable, "-m", "coplan", *arguments],
        capture_output=True,
        text=True,
        env=environment,
        timeout=120,
    )


def add_plan(laptop: Path, tmp_path: Path, plan_id: str = "p1") -> None:
    from factories import build_plan

    plan = build_plan()
    plan.id = plan_id
    plan.child.full_name = NAME
    write_plan(plan, tmp_path / f"{plan_id}.json")
    assert coplan("import", str(tmp_path / f"{plan_id}.json"), laptop=laptop).returncode == 0


def edit(laptop: Path, words: str, plan_id: str = "p1") -> None:
    with open_store(laptop) as store:
        plan, revision = store.load_with_revision(plan_id)
        plan.what_matters.append(words)
        store.save(plan, actor="officer", replaces=revision)


@pytest.mark.postgresql
def test_sync_list_take_and_release_between_two_laptops(team_url, tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    add_plan(a, tmp_path)
    not_yet = coplan("sync", laptop=a, team=team_url)
    assert not_yet.returncode == 2 and "coplan team upgrade" in not_yet.stderr
    set_up = coplan("team", "upgrade", "--team-url", team_url, laptop=a)
    assert set_up.returncode == 0, set_up.stderr
    assert "schema 0004" in set_up.stdout

    synced = coplan("sync", "--officer", "a.officer", laptop=a, team=team_url)
    assert synced.returncode == 0, synced.stderr
    assert "1 plan sent to the team database" in synced.stdout
    assert "in step" in synced.stdout and NAME not in synced.stdout

    listed = coplan("list", "--team", laptop=a, team=team_url)
    assert listed.returncode == 0, listed.stderr
    assert (
        "p1" in listed.stdout and NAME in listed.stdout and "held by this laptop" in listed.stdout
    )
    seen_from_b = coplan("list", "--team", "--team-url", team_url, laptop=b).stdout
    assert "held by a.officer" in seen_from_b and "last synced" in seen_from_b

    refused = coplan("take", "p1", "--officer", "b.officer", laptop=b, team=team_url)
    assert refused.returncode == 1
    assert "held by a.officer" in refused.stderr and "--force" in refused.stderr
    assert "p1" not in coplan("list", laptop=b).stdout

    taken = coplan("take", "p1", "--force", "--officer", "b.officer", laptop=b, team=team_url)
    assert taken.returncode == 0, taken.stderr
    assert "p1" in coplan("list", laptop=b).stdout

    handed = coplan("sync", laptop=a, team=team_url)
    assert handed.returncode == 0 and "now held on another laptop" in handed.stdout
    assert "p1" not in coplan("list", laptop=a).stdout

    edit(b, "Last words")
    released = coplan("release", "p1", "--officer", "b.officer", laptop=b, team=team_url)
    assert released.returncode == 0, released.stderr
    assert "handed back" in released.stdout
    assert "not held by anyone" in coplan("list", "--team", laptop=b, team=team_url).stdout


@pytest.mark.postgresql
def test_sync_exits_3_and_lists_the_conflicts_waiting(team_url, tmp_path):
    a = tmp_path / "a"
    add_plan(a, tmp_path)
    assert coplan("team", "upgrade", laptop=a, team=team_url).returncode == 0
    assert coplan("sync", laptop=a, team=team_url).returncode == 0
    edit(a, "On the laptop")
    team = open_store(database_url=team_url)  # an office PC working on the team database
    try:
        plan, revision = team.load_with_revision("p1")
        plan.what_matters.append("In the office")
        team.save(plan, actor="manager", replaces=revision)
    finally:
        team.close()

    result = coplan("sync", laptop=a, team=team_url)

    assert result.returncode == 3, result.stderr
    assert "changed both on this laptop and in the team database" in result.stdout
    assert "p1" in result.stdout and "by manager" in result.stdout
    assert coplan("sync", laptop=a, team=team_url).returncode == 3  # still waiting


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_sync_exits_2_when_the_team_database_cannot_be_reached(tmp_path):
    a = tmp_path / "a"
    add_plan(a, tmp_path)
    url = f"postgresql://officer:s3cret-pw@127.0.0.1:{closed_port()}/coplan?sslmode=disable"

    result = coplan("sync", "--team-url", url, laptop=a)

    assert result.returncode == 2
    assert "cannot be reached" in result.stderr + result.stdout
    assert "Nothing was lost" in result.stderr + result.stdout
    for said in (result.stdout, result.stderr):
        assert "s3cret-pw" not in said and NAME not in said and "Traceback" not in said
    assert "p1" in coplan("list", laptop=a).stdout


def test_no_team_database_set_up_is_said_plainly(tmp_path):
    result = coplan("sync", laptop=tmp_path / "a")
    assert result.returncode == 2
    assert "team database" in result.stderr and "--team-url" in result.stderr
