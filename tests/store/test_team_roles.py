"""IT's scripts for the team database (packaging/team-database/), run with psql against the real
test server: the owner creates and upgrades the tables with the same migrations, each officer is
their own role that can read and write plans but never change the tables or the audit trail."""

from __future__ import annotations

import os
import shutil
import subprocess
import uuid
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

from coplan.store import open_store

pytestmark = pytest.mark.postgresql

SCRIPTS = Path(__file__).resolve().parents[2] / "packaging" / "team-database"


@pytest.fixture
def admin_url():
    url = os.environ.get("COPLAN_TEST_POSTGRES_URL")
    if not url:
        if os.environ.get("CI") == "true":
            pytest.fail("PostgreSQL tests cannot be skipped in CI")
        pytest.skip("COPLAN_TEST_POSTGRES_URL is not set (run under scripts/with-postgres)")
    if shutil.which("psql") is None:
        pytest.skip("psql is not installed")
    return make_url(url)


def psql(url, script: str, **variables) -> subprocess.CompletedProcess:
    libpq = url.set(drivername="postgresql").render_as_string(hide_password=False)
    command = ["psql", libpq, "-X", "-q", "-v", "ON_ERROR_STOP=1"]
    for name, value in variables.items():
        command += ["-v", f"{name}={value}"]
    command += ["-f", str(SCRIPTS / script)]
    return subprocess.run(command, capture_output=True, text=True, check=True)


@pytest.fixture
def team_database(admin_url):
    """The scripts run twice (they must be safe to run again); dropped afterwards."""
    tag = uuid.uuid4().hex[:10]
    names = {"db": f"coplan_{tag}", "owner": f"owner_{tag}", "officers": f"officers_{tag}"}
    officer = f"j.smith.{tag}"
    try:
        for _ in range(2):
            psql(admin_url, "create-team-database.sql", **names)
            psql(admin_url, "add-officer.sql", officer=officer, officers=names["officers"])
        yield {
            "owner": admin_url.set(username=names["owner"], database=names["db"]),
            "officer": admin_url.set(username=officer, database=names["db"]),
        }
    finally:
        admin = create_engine(
            admin_url.set(drivername="postgresql+psycopg"),
            isolation_level="AUTOCOMMIT",
            poolclass=NullPool,
        )
        with admin.connect() as connection:
            connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{names["db"]}" WITH (FORCE)')
            for role in (officer, names["officers"], names["owner"]):
                connection.exec_driver_sql(f'DROP ROLE IF EXISTS "{role}"')
        admin.dispose()


def _url(url) -> str:
    return url.set(drivername="postgresql+psycopg").render_as_string(hide_password=False)


def coplan_team_upgrade(url) -> subprocess.CompletedProcess:
    """IT's command, as IT runs it: the owner's URL (a local test server: TLS off, said so)."""
    import sys

    from coplan.store.team_connection import local_test_url

    return subprocess.run(
        [
            sys.executable,
            "-m",
            "coplan",
            "team",
            "upgrade",
            "--team-url",
            local_test_url(_url(url)),
        ],
        capture_output=True,
        text=True,
    )


def test_the_owner_makes_the_tables_and_an_officer_works_in_them(team_database, plan_factory):
    done = coplan_team_upgrade(team_database["owner"])  # the same migrations as a laptop's
    assert done.returncode == 0, done.stderr
    assert "is at CoPlan's schema" in done.stdout
    plan = plan_factory()
    with open_store(database_url=_url(team_database["officer"])) as officer:
        revision = officer.save(plan, actor="j.smith", replaces=0)
        officer.save(plan, actor="j.smith", replaces=revision)
        officer.snapshot(plan, reason="draft exported", actor="j.smith")
        assert officer.load(plan.id) == plan
        assert len(officer.audit_trail(plan.id)) >= 2  # the officer's own audit lines


def test_an_officer_cannot_change_the_tables_or_the_audit_trail(team_database, plan_factory):
    with open_store(database_url=_url(team_database["owner"])) as owner:
        owner.save(plan_factory(), actor="it", replaces=0)
    officer = create_engine(_url(team_database["officer"]), poolclass=NullPool)
    try:
        for statement in (
            "CREATE TABLE mine (id int)",
            "DROP TABLE plans",
            "ALTER TABLE audit_entries DISABLE TRIGGER USER",
            "UPDATE audit_entries SET actor = 'someone else'",
        ):
            with officer.connect() as connection, pytest.raises(Exception) as refused:
                connection.execute(text(statement))
            said = str(refused.value).lower()
            assert any(
                words in said
                for words in ("permission denied", "must be owner", "cannot be changed or removed")
            ), said
        with officer.connect() as connection:  # rows, yes
            assert connection.execute(text("SELECT count(*) FROM plans")).scalar() == 1
    finally:
        officer.dispose()


def test_an_officer_cannot_upgrade_the_tables(team_database):
    """Only IT's owner role runs migrations: an officer's CoPlan syncing with an empty team
    database is told IT must run `coplan team upgrade`; forced, the officer's role is refused
    (the migration rolled back), and nothing is created."""
    from coplan.store import StoreError
    from coplan.store.sync import TeamNeedsUpgrade, open_team

    with pytest.raises(TeamNeedsUpgrade, match="coplan team upgrade"):
        open_team(_url(team_database["officer"]))
    assert coplan_team_upgrade(team_database["officer"]).returncode != 0
    with pytest.raises(StoreError):
        open_store(database_url=_url(team_database["officer"]))
    owner = create_engine(_url(team_database["owner"]), poolclass=NullPool)
    with owner.connect() as connection:
        tables = connection.execute(
            text("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")
        ).scalar()
    owner.dispose()
    assert tables == 0
