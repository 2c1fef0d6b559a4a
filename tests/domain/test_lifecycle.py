from datetime import date

import pytest

from coplan.domain.fingerprint import agreement_status
from coplan.domain.lifecycle import LifecycleError, serve_for_consultation, start_annual_review
from coplan.domain.model import MeetingKind, PlanStatus


def test_serving_sets_the_packs_comment_period(plan, pack):
    serve_for_consultation(plan, pack, on=date(2026, 11, 23))
    assert plan.status is PlanStatus.CONSULTATION
    assert plan.comment_deadline == date(2026, 12, 8)
    assert plan.next_review_on == date(2027, 11, 23)


def test_a_second_pack_gives_its_own_period(plan, strict_pack):
    # Under Strict Borough the iPad (specialist equipment) cannot be a direct payment: keep
    # only the social care line, which both councils allow.
    plan.items = [item for item in plan.items if item.id == "p2"]
    plan.premises_agreements.clear()
    serve_for_consultation(plan, strict_pack, on=date(2026, 11, 23))
    assert strict_pack.timescales.comment_period_days == 21
    assert plan.comment_deadline == date(2026, 12, 14)


def test_a_plan_with_blocking_findings_is_not_served(plan, pack):
    plan.items[0].outcome_ids = []
    with pytest.raises(LifecycleError, match="must be resolved"):
        serve_for_consultation(plan, pack, on=date(2026, 11, 23))
    assert plan.status is PlanStatus.DRAFT
    assert plan.served_on is None


def test_annual_review_is_a_new_linked_draft(plan):
    plan.status = PlanStatus.AGREED
    review = start_annual_review(plan, on=date(2027, 11, 1))
    assert review.id != plan.id
    assert (review.version, review.previous_version_id) == (2, plan.id)
    assert review.status is PlanStatus.DRAFT
    assert review.meeting.kind is MeetingKind.ANNUAL_REVIEW
    assert review.served_on is None
    review.items[0].description = "Changed in the review"
    assert plan.items[0].description != "Changed in the review"  # a real copy
    assert agreement_status(plan, "s1").valid


def test_status_changes_go_through_the_rules(plan, pack):
    from coplan.domain.lifecycle import change_status

    change_status(plan, pack, PlanStatus.CONSULTATION, on=date(2026, 11, 23))
    assert (plan.status, plan.comment_deadline) == (PlanStatus.CONSULTATION, date(2026, 12, 8))
    plan.items[0].need_ids = []
    with pytest.raises(LifecycleError, match="cannot be agreed yet"):
        change_status(plan, pack, PlanStatus.AGREED, on=date(2026, 12, 10))
    assert plan.status is PlanStatus.CONSULTATION
    change_status(plan, pack, PlanStatus.DRAFT, on=date(2026, 12, 10))
    assert plan.status is PlanStatus.DRAFT
    plan.items[0].need_ids = ["n1"]
    change_status(plan, pack, PlanStatus.AGREED, on=date(2026, 12, 10))
    assert plan.status is PlanStatus.AGREED
