"""Versions: immutable copies of a plan at the moments that matter."""

from __future__ import annotations

import hashlib

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from coplan.plan_file import dumps
from coplan.store import PlanNotFound
from coplan.store.documents import document_for


def test_a_snapshot_keeps_the_plan_as_it_was(store, plan_factory):
    plan = plan_factory(items=20)
    store.save(plan, actor="a")
    draft = dumps(plan)
    stored_text = document_for(plan)
    first = store.snapshot(plan, reason="draft exported", actor="officer")

    plan.version = 2
    plan.items.pop()
    store.save(plan, actor="a")
    second = store.snapshot(plan, reason="agreement signed", actor="officer")

    assert [v.id for v in store.versions(plan.id)] == [first.id, second.id]  # oldest first
    assert store.versions(plan.id) == [first, second]
    assert dumps(store.load_version(first.id)) == draft
    assert dumps(store.load_version(second.id)) == dumps(plan)
    assert (first.plan_version, first.reason, first.actor) == (1, "draft exported", "officer")
    assert first.fingerprint == hashlib.sha256(stored_text.encode()).hexdigest()
    assert first.created_at.tzinfo is not None


def test_a_snapshot_needs_a_saved_plan(store, plan_factory):
    with pytest.raises(PlanNotFound):
        store.snapshot(plan_factory(), reason="draft exported", actor="a")


def test_loading_an_unknown_version_raises_plan_not_found(store):
    with pytest.raises(PlanNotFound):
        store.load_version("0" * 32)


def test_the_database_refuses_to_change_a_version(store, plan_factory):
    plan = plan_factory()
    store.save(plan, actor="a")
    version = store.snapshot(plan, reason="agreement signed", actor="a")

    with pytest.raises(DBAPIError), store.engine.begin() as connection:
        connection.execute(
            text("UPDATE plan_versions SET document = '{}' WHERE id = :id"), {"id": version.id}
        )
    assert dumps(store.load_version(version.id)) == dumps(plan)
