"""Every committed database of a past schema version upgrades to the newest without losing a row.

The fixtures are made by fixtures/make_fixtures.py; see its docstring to add one.
"""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from coplan.domain.stages import next_date
from coplan.store import open_store, schema
from coplan.store.backup import list_backups

FIXTURES = Path(__file__).resolve().parent / "fixtures"
FIXTURE_FILES = sorted(FIXTURES.glob("schema_*.db"))
DATA_TABLES = (
    "plans",
    "plan_documents",
    "plan_versions",
    "audit_entries",
    "plan_openings",
    "store_identity",
    "holdings",
    "sync_peers",
    "sync_states",
)


# What a migration may change in an existing row, by table and column: old value → new value.
RENAMED = {("plans", "status"): {"for_consultation": "sent_for_consultation", "agreed": "final"}}


def all_rows(path: Path) -> dict[str, dict[str, list[tuple]]]:
    """Every row of every data table, column by column (columns sorted), in primary-key order."""
    with closing(sqlite3.connect(path)) as connection:
        tables = {}
        for table in DATA_TABLES:
            columns = [row[1] for row in connection.execute(f"PRAGMA table_info({table})")]
            if not columns:
                continue  # a table a later schema added
            rows = connection.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall()
            tables[table] = {"columns": columns, "rows": rows}
        return tables


def row_counts(path: Path) -> dict[str, int]:
    with closing(sqlite3.connect(path)) as connection:
        present = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
        return {
            table: connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in DATA_TABLES
            if table in present
        }


def test_there_is_a_fixture_for_the_newest_schema():
    from coplan.store import migrate

    assert FIXTURES / f"schema_{migrate.head_revision()}.db" in FIXTURE_FILES


@pytest.mark.parametrize("fixture", FIXTURE_FILES, ids=lambda path: path.stem)
def test_a_fixture_upgrades_to_the_newest_schema_without_losing_rows(fixture, tmp_path):
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    database_file = data_dir / "coplan.db"
    shutil.copyfile(fixture, database_file)  # never touch the committed file itself
    before = row_counts(database_file)
    rows_before = all_rows(database_file)
    with closing(sqlite3.connect(database_file)) as connection:
        documents = dict(connection.execute("SELECT plan_id, document FROM plan_documents"))
        fixture_revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()

    with open_store(data_dir=data_dir) as store:
        with store.engine.connect() as connection:
            assert schema.current_revision(connection) == schema.HEAD_REVISION
            assert connection.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
            assert connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
        # Every plan still loads, is listed, and keeps its history.
        summaries = store.list_plans(include_deleted=True)
        assert sorted(s.id for s in summaries) == sorted(documents)
        for summary in summaries:
            plan = store.load(summary.id)
            assert plan.child.full_name == summary.child_name
            assert plan.status is summary.status  # the document and the caseload agree
            coming = next_date(plan)
            assert (summary.next_date, summary.next_date_kind) == (coming.on, coming.kind.value)
            assert store.audit_trail(summary.id)
            for version in store.versions(summary.id):
                assert store.load_version(version.id).id == summary.id
        assert store.list_plans(search=summaries[0].child_name[:3].upper())

    after = row_counts(database_file)
    assert {table: after[table] for table in before} == before
    # Every row arrives intact: each column it had keeps its value (or its documented rename).
    now = all_rows(database_file)
    for table, old in rows_before.items():
        new = now[table]
        kept = [new["columns"].index(column) for column in old["columns"]]
        for old_row, new_row in zip(old["rows"], new["rows"], strict=True):
            for position, column in enumerate(old["columns"]):
                expected = RENAMED.get((table, column), {}).get(
                    old_row[position], old_row[position]
                )
                assert new_row[kept[position]] == expected, (table, column, old_row[0])
    if fixture_revision != (schema.HEAD_REVISION,):
        assert len(list_backups(data_dir / "backups")) == 1
    # Every audit entry has its identity for syncing (0004): "<database id>-<id>" for entries
    # that were there before, unique.
    with closing(sqlite3.connect(database_file)) as connection:
        identity = connection.execute("SELECT id FROM store_identity").fetchall()
        entries = connection.execute("SELECT id, uid FROM audit_entries").fetchall()
    assert len(identity) == 1
    assert all(uid == f"{identity[0][0]}-{entry_id}" for entry_id, uid in entries)


def test_the_schema_0004_fixture_reads_as_a_laptop_that_syncs(tmp_path):
    """The committed sync state reads back: the team it syncs with, a conflict waiting with the
    team's copy, a plan in step."""
    from coplan.store.sync import conflict_plans, sync_status, waiting_conflicts

    data_dir = tmp_path / "data"
    data_dir.mkdir()
    shutil.copyfile(FIXTURES / "schema_0004.db", data_dir / "coplan.db")
    with open_store(data_dir=data_dir) as store:
        status = sync_status(store)
        assert status.team == "postgresql+psycopg://fixture@team.example.org/coplan"
        assert status.conflicts == 1
        assert [c.plan_id for c in waiting_conflicts(store)] == ["fixture-cai"]
        laptop, team = conflict_plans(store, "fixture-cai")
        assert laptop == team == store.load("fixture-cai")


def test_a_schema_0001_caseload_upgrades_on_every_backend(database):
    """The committed fixture is SQLite; the same rows, written at schema 0001 on PostgreSQL too,
    arrive at the newest schema with their statuses renamed and their next dates filled."""
    import sys

    from sqlalchemy import create_engine, select, text
    from sqlalchemy.pool import NullPool

    from coplan.store import migrate
    from coplan.store.models import PlanRow

    sys.path.insert(0, str(FIXTURES))
    try:
        import make_fixtures
    finally:
        sys.path.remove(str(FIXTURES))

    database.data_dir.mkdir(parents=True, exist_ok=True)
    url = database.url or f"sqlite+pysqlite:///{database.sqlite_file}"
    engine = create_engine(url, poolclass=NullPool)
    try:
        migrate.upgrade_database(engine, database_file=None, backups_folder=None, target="0001")
        with engine.begin() as connection:
            make_fixtures.populate_0001(connection)
            documents = dict(
                connection.execute(text("SELECT plan_id, document FROM plan_documents")).all()
            )
    finally:
        engine.dispose()

    with database.open() as store:
        with store.engine.connect() as connection:
            rows = {
                row.id: row
                for row in connection.execute(
                    select(PlanRow.id, PlanRow.status, PlanRow.next_date, PlanRow.next_date_kind)
                )
            }
        assert {row.status for row in rows.values()} == {"draft", "sent_for_consultation", "final"}
        for plan_id, document in documents.items():
            plan = store.load(plan_id)
            coming = next_date(plan)
            assert (rows[plan_id].next_date, rows[plan_id].next_date_kind) == (
                coming.on,
                coming.kind.value,
            )
            assert plan.status.value == rows[plan_id].status
            assert store.versions(plan_id) == [] or all(
                store.load_version(v.id).id == plan_id for v in store.versions(plan_id)
            )
            # The stored document is history: not rewritten by the upgrade.
            with store.engine.connect() as connection:
                stored = connection.execute(
                    text("SELECT document FROM plan_documents WHERE plan_id = :id"),
                    {"id": plan_id},
                ).scalar_one()
            assert stored == document
