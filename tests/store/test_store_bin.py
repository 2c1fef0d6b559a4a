"""The bin: deleting is recoverable; purging is not, and leaves only an anonymous trail."""

from __future__ import annotations

import pytest

from coplan.plan_file import dumps
from coplan.store import PlanNotFound


def test_a_deleted_plan_waits_in_the_bin_and_comes_back_whole(store, plan_factory):
    plan = plan_factory()
    store.save(plan, actor="a")

    store.delete(plan.id, actor="b")
    binned = store.summary(plan.id)
    assert binned.in_bin and binned.deleted_at >= binned.updated_at
    assert dumps(store.load(plan.id)) == dumps(plan)  # still readable while in the bin

    store.restore(plan.id, actor="c")
    assert store.summary(plan.id).deleted_at is None
    assert store.list_plans()[0].id == plan.id
    assert [(e.action, e.actor) for e in store.audit_trail(plan.id)] == [
        ("edited", "a"),
        ("deleted", "b"),
        ("restored", "c"),
    ]


def test_deleting_twice_or_restoring_a_live_plan_changes_nothing(store, plan_factory):
    plan = plan_factory()
    store.save(plan, actor="a")
    store.restore(plan.id, actor="a")
    store.delete(plan.id, actor="a")
    first_deleted_at = store.summary(plan.id).deleted_at
    store.delete(plan.id, actor="a")

    assert store.summary(plan.id).deleted_at == first_deleted_at
    assert [e.action for e in store.audit_trail(plan.id)] == ["edited", "deleted"]


def test_saving_a_binned_plan_keeps_it_in_the_bin(store, plan_factory):
    plan = plan_factory()
    store.save(plan, actor="a")
    store.delete(plan.id, actor="a")
    store.save(plan, actor="a")
    assert store.summary(plan.id).in_bin


def test_purge_removes_document_summary_and_versions_but_keeps_the_trail(store, plan_factory):
    plan = plan_factory("Amira Khan", "Mira")
    other = plan_factory("Oliver Twist")
    store.save(plan, actor="a")
    store.save(other, actor="a")
    version = store.snapshot(plan, reason="draft exported", actor="a")
    store.snapshot(other, reason="draft exported", actor="a")
    store.delete(plan.id, actor="a")

    store.purge(plan.id, actor="b")

    with pytest.raises(PlanNotFound):
        store.load(plan.id)
    with pytest.raises(PlanNotFound):
        store.summary(plan.id)
    with pytest.raises(PlanNotFound):
        store.load_version(version.id)
    assert store.versions(plan.id) == []
    assert store.count_plans(include_deleted=True) == 1
    assert len(store.versions(other.id)) == 1  # nobody else's history is touched
    trail = store.audit_trail(plan.id)
    assert [e.action for e in trail] == ["edited", "snapshot", "deleted", "purged"]
    for entry in trail:
        text = " ".join(str(value) for value in vars_of(entry)).casefold()
        assert "amira" not in text and "khan" not in text and "mira" not in text


def test_purge_works_on_a_live_plan_too(store, plan_factory):
    plan = plan_factory()
    store.save(plan, actor="a")
    store.purge(plan.id, actor="a")
    assert store.count_plans(include_deleted=True) == 0


@pytest.mark.parametrize("operation", ["delete", "restore", "purge"])
def test_bin_operations_on_an_unknown_plan_raise_plan_not_found(store, operation):
    with pytest.raises(PlanNotFound):
        getattr(store, operation)("no-such-plan", actor="a")
    assert store.audit_trail("no-such-plan") == []


def test_a_purged_plan_leaves_no_trace_in_the_sqlite_files(sqlite_database, plan_factory):
    marker = "Xanthippe Quorndon-Vell"
    store = sqlite_database.open()
    try:
        plan = plan_factory(marker, items=30)
        store.save(plan, actor="a")
        plan.child.preferred_name = "Xan"
        store.save(plan, actor="a")  # an overwritten document must not linger either
        store.snapshot(plan, reason="draft exported", actor="a")
        store.purge(plan.id, actor="a")
    finally:
        store.close()

    folder = sqlite_database.data_dir
    for path in folder.glob("coplan.db*"):
        assert marker.encode() not in path.read_bytes(), path.name


def vars_of(entry):
    return [getattr(entry, name) for name in entry.__slots__]
