"""The demo caseload's database is built once, cached under a key of what it is made from, and
copied for each `coplan demo`; a new schema, version or example makes a new one."""

from __future__ import annotations

import shutil

import pytest

from coplan import demo
from coplan.store import open_store
from coplan.store.layout import DATABASE_FILE_NAME


@pytest.fixture(autouse=True)
def _own_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))


def plans_in(folder):
    store = open_store(folder)
    try:
        return {row.child_name for row in store.list_plans(include_deleted=True)}
    finally:
        store.close()


def test_the_first_demo_builds_and_caches_the_next_copies(monkeypatch):
    assert demo.cached_demo_database() is None
    first = demo.prepare_demo_data_dir()
    cached = demo.cached_demo_database()
    assert cached is not None and cached.stat().st_mode & 0o777 == 0o600

    def no_building(_folder):
        raise AssertionError("the cached database should have been copied")

    monkeypatch.setattr(demo, "build_demo_database", no_building)
    second = demo.prepare_demo_data_dir()
    assert second != first
    names = plans_in(second)
    assert names == plans_in(first)
    assert len(names) == len(demo.example_plans()) + demo.DEMO_EXTRA_PLANS
    for plan in demo.example_plans():
        assert plan.child.full_name in names
    shutil.rmtree(first)
    shutil.rmtree(second)


def test_each_demo_gets_its_own_copy():
    first = demo.prepare_demo_data_dir()
    second = demo.prepare_demo_data_dir()
    store = open_store(first)
    try:
        plan_id = store.list_plans()[0].id
        store.delete(plan_id, actor="test")
    finally:
        store.close()
    assert len(plans_in(second)) == len(plans_in(first))
    store = open_store(second)
    try:
        assert plan_id in {row.id for row in store.list_plans()}
    finally:
        store.close()
    assert (first / DATABASE_FILE_NAME).exists()


def test_a_new_schema_or_a_changed_example_makes_a_new_database(tmp_path, monkeypatch):
    from coplan.store import layout

    key = demo.demo_cache_key()
    monkeypatch.setattr(layout, "HEAD_REVISION", "0099")
    assert demo.demo_cache_key() != key
    monkeypatch.undo()
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    assert demo.demo_cache_key() == key

    examples = tmp_path / "examples"
    shutil.copytree(demo.examples_dir(), examples)
    monkeypatch.setattr(demo, "examples_dir", lambda: examples)
    assert demo.demo_cache_key() == key
    first = next(examples.glob("*.json"))
    first.write_text(first.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert demo.demo_cache_key() != key


def test_an_old_cached_database_is_removed_when_a_new_one_is_kept(monkeypatch):
    demo.prepare_demo_data_dir()
    (old,) = demo.demo_cache_dir().glob("demo-*.db")
    monkeypatch.setattr(demo, "demo_cache_key", lambda: "another")
    demo.prepare_demo_data_dir()
    assert [p.name for p in demo.demo_cache_dir().glob("demo-*.db")] == ["demo-another.db"]
    assert not old.exists()


def test_a_cache_that_cannot_be_written_still_gives_a_demo(tmp_path, monkeypatch):
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the cache folder would be", encoding="utf-8")
    monkeypatch.setattr(demo, "demo_cache_dir", lambda: blocked / "demo")
    folder = demo.prepare_demo_data_dir()
    assert len(plans_in(folder)) > len(demo.example_plans())
