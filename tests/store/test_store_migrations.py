"""Migrations: applied at start-up, backed up first, all or nothing, no row lost.

A test adds a migration of its own after the newest real one (in a folder of its own, through
`migrate.version_folders`), so these tests keep working as real migrations are added.
"""

from __future__ import annotations

import os
import sqlite3
import stat
from contextlib import closing

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, inspect, text

from coplan.plan_file import dumps
from coplan.store import MigrationError, migrate, schema
from coplan.store.backup import KEEP_BACKUPS, backup_sqlite, list_backups
from coplan.store.models import Base

INJECTED = "zz_injected"

# Rebuilds `plans` on SQLite (copy, drop, rename): with foreign keys on, dropping the parent
# table would empty plan_documents and plan_versions through ON DELETE CASCADE.
REBUILD_PLANS = """
import sqlalchemy as sa
from alembic import op

revision = "{revision}"
down_revision = "{down_revision}"
branch_labels = None
depends_on = None


def upgrade():
    recreate = "always" if op.get_bind().dialect.name == "sqlite" else "auto"
    with op.batch_alter_table("plans", recreate=recreate) as batch:
        batch.add_column(sa.Column("case_reference", sa.Text(), nullable=True))
    {after}


def downgrade():
    pass
"""


@pytest.fixture
def add_migration(tmp_path, monkeypatch):
    """Install one extra migration after the newest real one, for the rest of the test."""

    def add(after: str = "pass") -> None:
        folder = tmp_path / "extra_versions"
        folder.mkdir()
        (folder / f"{INJECTED}.py").write_text(
            REBUILD_PLANS.format(
                revision=INJECTED, down_revision=migrate.head_revision(), after=after
            )
        )
        real_folders = migrate.version_folders()
        monkeypatch.setattr(migrate, "version_folders", lambda: [*real_folders, folder])
        monkeypatch.setattr(schema, "HEAD_REVISION", INJECTED)

    return add


@pytest.fixture
def filled_database(database, plan_factory):
    """A database at today's schema with plans, a binned plan, versions and audit entries."""
    return database, fill(database, plan_factory)


@pytest.fixture
def filled_sqlite_database(sqlite_database, plan_factory):
    return sqlite_database, fill(sqlite_database, plan_factory)


def fill(database, plan_factory) -> dict:
    store = database.open()
    try:
        plans = [plan_factory(f"Child {n}", plan_id=f"plan-{n}", items=5) for n in range(6)]
        for plan in plans:
            store.save(plan, actor="a")
            store.snapshot(plan, reason="draft exported", actor="a")
        store.delete("plan-5", actor="a")
        expected = {
            "documents": {plan.id: dumps(plan) for plan in plans},
            "audit": {plan.id: store.audit_trail(plan.id) for plan in plans},
            "versions": {plan.id: store.versions(plan.id) for plan in plans},
        }
    finally:
        store.close()
    return expected


def assert_everything_still_there(store, expected) -> None:
    assert store.count_plans(include_deleted=True) == len(expected["documents"])
    assert store.count_plans(only_deleted=True) == 1
    for plan_id, document in expected["documents"].items():
        assert dumps(store.load(plan_id)) == document
        assert store.versions(plan_id) == expected["versions"][plan_id]
        assert store.audit_trail(plan_id) == expected["audit"][plan_id]
        for version in expected["versions"][plan_id]:
            assert dumps(store.load_version(version.id)) == document


def revision_of(store) -> str:
    with store.engine.connect() as connection:
        return schema.current_revision(connection)


def test_head_revision_constant_matches_the_newest_migration():
    assert migrate.head_revision() == schema.HEAD_REVISION


def test_the_models_match_the_migrated_schema(store):
    with store.engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert differences == []


def test_a_new_database_is_created_at_head_without_a_backup(store, database):
    assert revision_of(store) == schema.HEAD_REVISION
    assert list_backups(database.data_dir / "backups") == []


def test_upgrading_rebuilds_a_parent_table_without_losing_its_children(
    filled_database, add_migration
):
    database, expected = filled_database
    add_migration()

    with database.open() as store:
        assert revision_of(store) == INJECTED
        assert "case_reference" in {c["name"] for c in inspect(store.engine).get_columns("plans")}
        assert_everything_still_there(store, expected)
        if database.backend == "sqlite":
            with store.engine.connect() as connection:
                assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_an_sqlite_database_is_backed_up_before_it_is_migrated(
    filled_sqlite_database, add_migration
):
    database, _expected = filled_sqlite_database
    real_head = migrate.head_revision()
    add_migration()
    database.open().close()

    [backup] = list_backups(database.data_dir / "backups")
    assert backup.name.endswith(f"-schema-{real_head}.db")
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    assert stat.S_IMODE(backup.parent.stat().st_mode) == 0o700
    assert not backup.with_name(backup.name + "-wal").exists()
    with closing(sqlite3.connect(backup)) as copy:
        assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == (real_head,)
        assert copy.execute("SELECT count(*) FROM plans").fetchone() == (6,)
        assert copy.execute("SELECT count(*) FROM plan_versions").fetchone() == (6,)
        assert copy.execute("PRAGMA journal_mode").fetchone() == ("delete",)


def test_a_failed_migration_leaves_the_old_database_usable(filled_database, add_migration):
    database, expected = filled_database
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(schema, "HEAD_REVISION", schema.HEAD_REVISION)  # restored afterwards
        add_migration(after='raise RuntimeError("injected failure")')
        with pytest.raises(MigrationError, match="left unchanged") as failure:
            database.open()
        assert isinstance(failure.value.__cause__, RuntimeError)

    with database.open() as store:  # today's code, as before the failed upgrade
        assert revision_of(store) == schema.HEAD_REVISION
        assert "case_reference" not in {
            c["name"] for c in inspect(store.engine).get_columns("plans")
        }
        assert_everything_still_there(store, expected)
        store.save(store.load("plan-1"), actor="a")  # and it still takes writes


def test_a_migration_that_commits_half_way_is_undone_from_the_backup(
    filled_sqlite_database, add_migration
):
    # (PostgreSQL needs no backup for this: its schema changes are transactional.)
    database, expected = filled_sqlite_database
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(schema, "HEAD_REVISION", schema.HEAD_REVISION)
        add_migration(after='op.get_bind().commit()\n    raise RuntimeError("half way")')
        with pytest.raises(MigrationError):
            database.open()

    with database.open() as store:
        assert "case_reference" not in {
            c["name"] for c in inspect(store.engine).get_columns("plans")
        }
        assert_everything_still_there(store, expected)


def test_a_database_from_a_newer_coplan_is_refused_and_left_alone(database, plan_factory):
    with database.open() as store:
        store.save(plan_factory(plan_id="kept"), actor="a")
        with store.engine.begin() as connection:
            connection.execute(text("UPDATE alembic_version SET version_num = 'from_the_future'"))

    with pytest.raises(MigrationError, match="newer CoPlan"):
        database.open()

    engine = create_engine(database.url or f"sqlite:///{database.sqlite_file}")
    try:
        with engine.connect() as connection:
            assert schema.current_revision(connection) == "from_the_future"
            assert connection.execute(text("SELECT id FROM plans")).scalars().all() == ["kept"]
    finally:
        engine.dispose()
    assert list_backups(database.data_dir / "backups") == []


def test_only_the_newest_backups_are_kept(sqlite_store, sqlite_database):
    folder = sqlite_database.data_dir / "backups"
    made = [
        backup_sqlite(sqlite_database.sqlite_file, folder, label=f"n{n}")
        for n in range(KEEP_BACKUPS + 3)
    ]
    assert list_backups(folder) == made[-KEEP_BACKUPS:]


def test_an_unreachable_server_is_a_store_error_without_the_password():
    from coplan.store import StoreError, open_store

    url = "postgresql+psycopg://officer:s3cret@127.0.0.1:1/coplan?connect_timeout=2"
    with pytest.raises(StoreError) as failure:
        open_store(database_url=url)
    assert "s3cret" not in str(failure.value)
    assert "127.0.0.1" in str(failure.value)


def test_sqlite_database_file_permissions_survive_a_migration(
    filled_sqlite_database, add_migration
):
    database, _expected = filled_sqlite_database
    add_migration()
    with database.open():
        for path in database.data_dir.glob("coplan.db*"):
            assert stat.S_IMODE(os.stat(path).st_mode) == 0o600, path.name
