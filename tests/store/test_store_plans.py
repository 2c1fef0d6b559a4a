"""Saving and loading plans: the document comes back exactly, the summary follows it."""

from __future__ import annotations

import json
from datetime import UTC, date

import pytest
from sqlalchemy import text

from coplan.domain.model import PlanStatus
from coplan.plan_file import dumps, parse_text
from coplan.store import InvalidPlan, PlanNotFound, PlanSummary


def test_a_200_line_plan_comes_back_byte_for_byte(store, plan_factory):
    plan = plan_factory("Zoë O'Brien-Ńowak", "Zo", items=200, next_review_on=date(2027, 11, 23))
    store.save(plan, actor="case.officer")

    loaded = store.load(plan.id)

    assert loaded == plan
    assert dumps(loaded) == dumps(plan)


def test_the_stored_text_is_the_plan_file_document(store, plan_factory):
    plan = plan_factory(items=3)
    store.save(plan, actor="a")
    with store.engine.connect() as connection:
        stored = connection.execute(
            text("SELECT document FROM plan_documents WHERE plan_id = :id"), {"id": plan.id}
        ).scalar_one()
    assert json.loads(stored) == json.loads(dumps(plan))
    assert parse_text(stored) == plan  # it is a valid plan file, schema and all


def test_saving_again_updates_document_and_summary_but_not_created_at(store, plan_factory):
    plan = plan_factory("Amira Khan")
    store.save(plan, actor="a")
    first = store.summary(plan.id)

    plan.child.full_name = "Amira Begum"
    plan.child.preferred_name = "Mira"
    plan.status = PlanStatus.CONSULTATION
    plan.comment_deadline = date(2026, 12, 7)
    plan.version = 2
    plan.next_review_on = date(2027, 1, 31)
    plan.items.pop()
    store.save(plan, actor="b")

    assert dumps(store.load(plan.id)) == dumps(plan)
    second = store.summary(plan.id)
    assert second == PlanSummary(
        id=plan.id,
        child_name="Amira Begum",
        preferred_name="Mira",
        status=PlanStatus.CONSULTATION,
        version=2,
        updated_at=second.updated_at,
        next_review_on=date(2027, 1, 31),
        deleted_at=None,
        policy_pack="example-shire",
        created_at=first.created_at,
        next_date=date(2026, 12, 7),
        next_date_kind="comments_due",
    )
    assert second.updated_at >= first.updated_at
    assert store.count_plans() == 1


def test_timestamps_are_utc(store, plan_factory):
    plan = plan_factory()
    store.save(plan, actor="a")
    summary = store.summary(plan.id)
    assert summary.updated_at.tzinfo is UTC
    assert summary.created_at.tzinfo is UTC
    assert summary.called == "Amira Khan"


def test_loading_an_unknown_plan_raises_plan_not_found(store):
    with pytest.raises(PlanNotFound):
        store.load("no-such-plan")
    with pytest.raises(PlanNotFound):
        store.summary("no-such-plan")


def test_a_plan_that_could_not_be_read_back_is_refused_and_nothing_is_written(store, plan_factory):
    plan = plan_factory()
    plan.items[0].outcome_ids = ["o99"]  # points nowhere: decode would refuse it on load

    with pytest.raises(InvalidPlan, match="items"):
        store.save(plan, actor="a")

    assert store.count_plans() == 0
    assert store.audit_trail(plan.id) == []


@pytest.mark.parametrize("bad_id", ["", "has space", "x" * 65, "../etc"])
def test_plan_ids_follow_the_plan_file_pattern(store, plan_factory, bad_id):
    plan = plan_factory(plan_id=bad_id)
    with pytest.raises(InvalidPlan):
        store.save(plan, actor="a")


def test_save_many_upserts_in_one_go(store, plan_factory):
    plans = [plan_factory(f"Child {n}", plan_id=f"plan-{n}") for n in range(50)]
    assert store.save_many(plans, actor="importer") == 50
    plans[0].child.full_name = "Changed"
    assert store.save_many([plans[0], plans[0]], actor="importer") == 1

    assert store.count_plans() == 50
    assert store.load("plan-0").child.full_name == "Changed"
    assert [e.action for e in store.audit_trail("plan-0")] == ["imported", "imported"]
    assert store.save_many([], actor="importer") == 0
