"""Every committed database of a past schema version upgrades to the newest without losing a row.

The fixtures are made by fixtures/make_fixtures.py; see its docstring to add one.
"""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from coplan.store import open_store, schema
from coplan.store.backup import list_backups

FIXTURES = Path(__file__).resolve().parent / "fixtures"
FIXTURE_FILES = sorted(FIXTURES.glob("schema_*.db"))
DATA_TABLES = ("plans", "plan_documents", "plan_versions", "audit_entries")


def row_counts(path: Path) -> dict[str, int]:
    with closing(sqlite3.connect(path)) as connection:
        return {
            table: connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in DATA_TABLES
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
            assert store.audit_trail(summary.id)
            for version in store.versions(summary.id):
                assert store.load_version(version.id).id == summary.id
        assert store.list_plans(search=summaries[0].child_name[:3].upper())

    after = row_counts(database_file)
    assert after == before
    if fixture_revision != (schema.HEAD_REVISION,):
        assert len(list_backups(data_dir / "backups")) == 1


def every_row(path: Path) -> dict[str, set[tuple]]:
    """Every row of every table (but Alembic's), as (column, value) pairs."""
    with closing(sqlite3.connect(path)) as connection:
        tables = [
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite_%' AND name != 'alembic_version'"
            )
        ]
        rows = {}
        for table in tables:
            cursor = connection.execute(f'SELECT * FROM "{table}"')
            names = [column[0] for column in cursor.description]
            rows[table] = {tuple(zip(names, row, strict=True)) for row in cursor}
        return rows


@pytest.mark.parametrize("fixture", FIXTURE_FILES, ids=lambda path: path.stem)
def test_every_row_of_a_fixture_arrives_intact(fixture, tmp_path):
    """Not only as many rows: each row, every column it had, with the same value."""
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    shutil.copyfile(fixture, data_dir / "coplan.db")
    before = every_row(data_dir / "coplan.db")
    open_store(data_dir=data_dir).close()
    after = every_row(data_dir / "coplan.db")
    for table, rows in before.items():
        kept_columns = {name for row in rows for name, _value in row}
        upgraded = {
            tuple((name, value) for name, value in row if name in kept_columns)
            for row in after[table]
        }
        missing = rows - upgraded
        assert not missing, f"{len(missing)} rows of {table} changed or lost"
        assert len(after[table]) == len(rows)
