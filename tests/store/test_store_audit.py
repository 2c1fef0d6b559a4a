"""The audit trail: append-only, in order, and free of personal data."""

from __future__ import annotations

import hashlib
import itertools

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from coplan.store import AuditEntry, InvalidAuditEntry
from coplan.store.documents import document_for


def test_every_change_leaves_an_entry_oldest_first(store, plan_factory):
    plan = plan_factory()
    store.save(plan, actor="j.smith", action="created")
    store.save(plan, actor="j.smith")
    version = store.snapshot(plan, reason="draft exported", actor="j.smith")
    recorded = store.record(
        plan.id, actor="head", action="premises agreed", detail="setting s1", fingerprint="ab12"
    )
    store.delete(plan.id, actor="j.smith")

    trail = store.audit_trail(plan.id)

    assert [e.action for e in trail] == [
        "created",
        "edited",
        "snapshot",
        "premises agreed",
        "deleted",
    ]
    assert trail[3] == recorded
    assert isinstance(recorded, AuditEntry)
    assert (recorded.detail, recorded.fingerprint, recorded.actor) == ("setting s1", "ab12", "head")
    assert trail[0].fingerprint == hashlib.sha256(document_for(plan).encode()).hexdigest()
    assert trail[2].detail == f"version {version.id}"
    assert [e.id for e in trail] == sorted(e.id for e in trail)
    assert all(a.at <= b.at for a, b in itertools.pairwise(trail))


def test_entries_for_a_plan_never_saved_are_kept(store):
    store.record("imported-elsewhere", actor="a", action="exported")
    assert [e.action for e in store.audit_trail("imported-elsewhere")] == ["exported"]


@pytest.mark.parametrize(
    "statement",
    ["UPDATE audit_entries SET actor = 'someone else'", "DELETE FROM audit_entries"],
)
def test_the_database_refuses_to_rewrite_the_trail(store, plan_factory, statement):
    plan = plan_factory()
    store.save(plan, actor="a")

    with pytest.raises(DBAPIError), store.engine.begin() as connection:
        connection.execute(text(statement))
    assert [(e.action, e.actor) for e in store.audit_trail(plan.id)] == [("edited", "a")]


def test_the_store_has_no_way_to_edit_or_remove_entries(store):
    verbs = [name for name in dir(store) if "audit" in name or "record" in name]
    assert sorted(verbs) == ["audit_trail", "record"]


@pytest.mark.parametrize("detail", ["called Amira", "KHAN family", "mira's mum phoned"])
def test_an_entry_naming_the_child_is_refused(store, plan_factory, detail):
    plan = plan_factory("Amira Khan", "Mira")
    store.save(plan, actor="a")
    with pytest.raises(InvalidAuditEntry):
        store.record(plan.id, actor="a", action="note", detail=detail)
    assert len(store.audit_trail(plan.id)) == 1


@pytest.mark.parametrize("action", ["", "Amira's plan", "x" * 65, "edited\nby"])
def test_an_action_is_a_short_lowercase_phrase(store, plan_factory, action):
    plan = plan_factory()
    with pytest.raises(InvalidAuditEntry):
        store.save(plan, actor="a", action=action)
    with pytest.raises(InvalidAuditEntry):
        store.record(plan.id, actor="a", action=action)
    assert store.count_plans() == 0


@pytest.mark.parametrize(
    "actor",
    ["", "  ", "two\nlines", "back\rover", "j.smith\u202e", "j\x1b[2Jsmith", "j.smith\ud800"],
    ids=["empty", "blank", "newline", "return", "override", "escape", "surrogate"],
)
def test_every_entry_has_an_actor(store, plan_factory, actor):
    with pytest.raises(InvalidAuditEntry):
        store.save(plan_factory(), actor=actor)


def test_a_fingerprint_is_short_and_plain(store):
    with pytest.raises(InvalidAuditEntry):
        store.record("p", actor="a", action="signed", fingerprint="not a fingerprint!")
    with pytest.raises(InvalidAuditEntry):
        store.record("p", actor="a", action="signed", fingerprint="f" * 65)
