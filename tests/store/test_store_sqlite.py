"""What only the SQLite file has: where it is, who can read it, and how it is written."""

from __future__ import annotations

import os
import stat
import subprocess
import sys

import pytest

from coplan.store import open_store


def mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_the_database_and_its_log_files_are_readable_by_the_owner_only(
    sqlite_store, sqlite_database, plan_factory
):
    sqlite_store.save(plan_factory(), actor="a")  # the -wal and -shm exist while it is open
    files = sorted(path.name for path in sqlite_database.data_dir.glob("coplan.db*"))
    assert files == ["coplan.db", "coplan.db-shm", "coplan.db-wal"]
    for name in files:
        assert mode(sqlite_database.data_dir / name) == 0o600, name
    assert mode(sqlite_database.data_dir) == 0o700


def test_an_existing_database_readable_by_others_is_closed_on_open(sqlite_database):
    open_store(data_dir=sqlite_database.data_dir).close()
    os.chmod(sqlite_database.sqlite_file, 0o644)
    with open_store(data_dir=sqlite_database.data_dir):
        assert mode(sqlite_database.sqlite_file) == 0o600


def test_write_ahead_log_full_sync_foreign_keys_and_secure_delete_are_on(sqlite_store):
    with sqlite_store.engine.connect() as connection:

        def pragma(name):
            return connection.exec_driver_sql(f"PRAGMA {name}").scalar()

        assert pragma("journal_mode") == "wal"
        assert pragma("synchronous") == 2  # FULL
        assert pragma("foreign_keys") == 1
        assert pragma("secure_delete") == 1


def test_the_default_database_is_coplan_db_in_the_data_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("COPLAN_DATA_DIR", str(tmp_path / "from-env"))
    with open_store() as store:
        assert store.url.endswith(str(tmp_path / "from-env" / "coplan.db"))
    with open_store(data_dir=tmp_path / "from-arg") as store:
        assert store.url.endswith(str(tmp_path / "from-arg" / "coplan.db"))


def test_coplan_database_url_chooses_another_database(tmp_path, monkeypatch):
    elsewhere = tmp_path / "elsewhere.db"
    monkeypatch.setenv("COPLAN_DATABASE_URL", f"sqlite:///{elsewhere}")
    monkeypatch.setenv("COPLAN_DATA_DIR", str(tmp_path / "data"))
    with open_store() as store:
        assert store.url.endswith(str(elsewhere))
    assert elsewhere.exists() and mode(elsewhere) == 0o600
    assert not (tmp_path / "data" / "coplan.db").exists()


def test_arguments_beat_environment_variables(tmp_path, monkeypatch):
    monkeypatch.setenv("COPLAN_DATABASE_URL", f"sqlite:///{tmp_path / 'team.db'}")
    with open_store(data_dir=tmp_path / "demo") as store:  # a folder given: that folder
        assert store.url.endswith(str(tmp_path / "demo" / "coplan.db"))
    url = f"sqlite:///{tmp_path / 'chosen.db'}"
    with open_store(data_dir=tmp_path / "demo", database_url=url) as store:
        assert store.url.endswith("chosen.db")
    assert not (tmp_path / "team.db").exists()


def run_python(code: str, data_dir) -> str:
    env = {**os.environ, "COPLAN_DATA_DIR": str(data_dir)}
    env.pop("COPLAN_DATABASE_URL", None)
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    return result.stdout.strip()


@pytest.mark.slow
def test_importing_the_store_or_opening_a_current_database_does_not_load_alembic(tmp_path):
    check = (
        "import sys; import coplan.store as s; print('alembic' in sys.modules);"
        "s.open_store().close(); print('alembic' in sys.modules)"
    )
    data_dir = tmp_path / "data"
    assert run_python(check, data_dir).split() == ["False", "True"]  # a new database: migrate
    assert run_python(check, data_dir).split() == ["False", "False"]  # already current
