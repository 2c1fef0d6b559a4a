"""Erasure: a plan, its versions, snapshots and audit lines gone for good, also from backups;
one audit line of the erasure remains, without personal data."""

from __future__ import annotations

import sqlite3
from contextlib import closing

import pytest
from sqlalchemy import delete, select
from sqlalchemy.exc import DBAPIError

from coplan.store import PlanNotFound
from coplan.store.backup import backup_sqlite, list_backups
from coplan.store.models import AuditEntryRow

NAME = "Xanthippe Quorndon-Vell"


def filled(store, plan_factory):
    plan = plan_factory(NAME, "Xan", items=12)
    store.save(plan, actor="j.smith", replaces=0)
    store.snapshot(plan, reason="draft exported", actor="j.smith")
    store.record(plan.id, actor="j.smith", action="exported", detail="Section J PDF")
    store.mark_open(plan.id, actor="j.smith", computer="LAPTOP-12")
    kept = plan_factory("Bartholomew Okonjo", plan_id="kept")
    store.save(kept, actor="j.smith", replaces=0)
    store.snapshot(kept, reason="draft exported", actor="j.smith")
    return plan, kept


def test_erasing_leaves_one_audit_line_and_nothing_else(store, plan_factory):
    plan, kept = filled(store, plan_factory)
    kept_trail = store.audit_trail(kept.id)

    store.erase(plan.id, actor="a.jones")

    with pytest.raises(PlanNotFound):
        store.load(plan.id)
    assert store.versions(plan.id) == []
    assert store.openings([plan.id]) == {}
    (line,) = store.audit_trail(plan.id)
    assert (line.action, line.actor, line.detail, line.fingerprint) == (
        "erased",
        "a.jones",
        "",
        None,
    )
    # Everything of the other plan is untouched.
    assert store.audit_trail(kept.id) == kept_trail
    assert len(store.versions(kept.id)) == 1
    assert store.load(kept.id).child.full_name == "Bartholomew Okonjo"


def test_the_trail_stays_append_only_for_everything_not_erased(store, plan_factory):
    plan, kept = filled(store, plan_factory)
    store.erase(plan.id, actor="a.jones")
    for plan_id in (kept.id, plan.id):  # another plan's lines; the erasure's own line
        with pytest.raises(DBAPIError), store.engine.begin() as connection:
            connection.execute(delete(AuditEntryRow).where(AuditEntryRow.plan_id == plan_id))
    with store.engine.connect() as connection:
        assert connection.execute(
            select(AuditEntryRow.action).where(AuditEntryRow.plan_id == plan.id)
        ).scalars().all() == ["erased"]


def test_emptying_the_bin_erases_only_what_is_in_it(store, plan_factory):
    plan, kept = filled(store, plan_factory)
    other = plan_factory("Cerys Lloyd", plan_id="binned-too")
    store.save(other, actor="a")
    store.delete(plan.id, actor="a")
    store.delete(other.id, actor="a")

    assert store.empty_bin(actor="a.jones") == 2
    assert store.count_plans(only_deleted=True) == 0
    assert [s.id for s in store.list_plans()] == [kept.id]
    assert store.empty_bin(actor="a.jones") == 0


def test_erasing_an_unknown_plan_raises_plan_not_found(store):
    with pytest.raises(PlanNotFound):
        store.erase("no-such-plan", actor="a")
    assert store.audit_trail("no-such-plan") == []


def test_after_an_erasure_the_name_is_nowhere_in_the_data_folder(sqlite_database, plan_factory):
    """grep, in effect, across the database, its WAL and every backup taken before."""
    folder = sqlite_database.data_dir
    store = sqlite_database.open()
    try:
        plan, _kept = filled(store, plan_factory)
        plan.child.preferred_name = "Xanthe"
        store.save(plan, actor="j.smith", replaces=1)
        for label in ("before-a", "before-b"):
            backup_sqlite(folder / "coplan.db", folder / "backups", label=label)
        assert any(NAME.encode() in path.read_bytes() for path in list_backups(folder / "backups"))

        store.erase(plan.id, actor="a.jones")
    finally:
        store.close()

    files = [path for path in folder.rglob("*") if path.is_file()]
    assert len(list_backups(folder / "backups")) == 2  # re-made, not deleted
    for path in files:
        data = path.read_bytes()
        for needle in (NAME, "Quorndon", "Xanthe"):
            assert needle.encode() not in data, path.name
    for backup in list_backups(folder / "backups"):  # the other plan is still in every backup
        assert b"Bartholomew Okonjo" in backup.read_bytes()
        with closing(sqlite3.connect(backup)) as connection:
            assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            triggers = {
                row[0]
                for row in connection.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'trigger'"
                )
            }
            assert "audit_entries_no_delete" in triggers  # put back as they were
            assert connection.execute(
                "SELECT count(*) FROM plans WHERE id = ?", (plan.id,)
            ).fetchone() == (0,)
