"""A plan's stages: served (and served again when it changes), answered, issued, reviewed."""

from datetime import date

import pytest

from coplan.domain.agreements import record_decision
from coplan.domain.fingerprint import AgreementState, agreement_status
from coplan.domain.lifecycle import (
    LifecycleError,
    change_status,
    issue_final_plan,
    new_draft_revision,
    record_response,
    revise_if_changed,
    serve_draft,
    serve_for_consultation,
    set_assessment_request,
    start_annual_review,
)
from coplan.domain.model import (
    Attendee,
    AttendeeRole,
    Consultee,
    ConsulteeRole,
    CostBasis,
    Decision,
    MeetingKind,
    PlanStatus,
    RefusedRequest,
    ServiceMethod,
    SignatureMethod,
)
from coplan.domain.money import Money
from coplan.domain.rules import blocking, validate
from coplan.domain.stages import NextDateKind, Stage, changed_since_served, next_date

SERVED = date(2026, 11, 23)
FAMILY = [Consultee("Sara Khan", ConsulteeRole.FAMILY, ServiceMethod.EMAIL)]


def serve(plan, pack, on=SERVED):
    serve_draft(
        plan,
        pack,
        on=on,
        served_to=[
            *FAMILY,
            Consultee("Oakfield Primary School", ConsulteeRole.SETTING, ServiceMethod.POST, "s1"),
        ],
    )


def final_ready(plan, pack):
    """Served, the family's response recorded, Section I named."""
    serve(plan, pack)
    record_response(
        plan,
        received_on=date(2026, 11, 30),
        from_name="Sara Khan",
        role=ConsulteeRole.FAMILY,
        summary="Happy with the draft.",
    )
    plan.section_i = "Oakfield Primary School"


def test_serving_records_who_and_sets_the_last_day_beginning_with_the_day_served(plan, pack):
    serve(plan, pack)
    assert plan.status is PlanStatus.CONSULTATION
    assert plan.served_on == SERVED
    assert plan.comment_deadline == date(2026, 12, 7)  # 15 days beginning with 23 November
    assert [c.name for c in plan.served_to] == ["Sara Khan", "Oakfield Primary School"]
    assert plan.next_review_on == date(2027, 11, 23)
    assert next_date(plan) == next_date(plan).__class__(
        NextDateKind.COMMENTS_DUE, date(2026, 12, 7)
    )


def test_a_later_last_day_may_be_given_but_never_an_earlier_one(plan, pack):
    with pytest.raises(LifecycleError, match="cannot be before 7 December 2026"):
        serve_draft(plan, pack, on=SERVED, served_to=FAMILY, last_day=date(2026, 12, 6))
    assert plan.status is PlanStatus.DRAFT
    serve_draft(plan, pack, on=SERVED, served_to=FAMILY, last_day=date(2026, 12, 11))
    assert plan.comment_deadline == date(2026, 12, 11)


def test_a_draft_is_not_served_without_saying_to_whom(plan, pack):
    with pytest.raises(LifecycleError, match="who the draft is sent to"):
        serve_draft(plan, pack, on=SERVED, served_to=[])


def test_a_second_pack_gives_its_own_period(plan, strict_pack):
    # Under Strict Borough the iPad (specialist equipment) cannot be a direct payment: keep
    # only the social care line, which both councils allow.
    plan.items = [item for item in plan.items if item.id == "p2"]
    plan.premises_agreements.clear()
    serve_for_consultation(plan, strict_pack, on=SERVED)
    assert strict_pack.timescales.comment_period_days == 21
    assert plan.comment_deadline == date(2026, 12, 13)


def test_a_draft_that_is_wrong_as_a_document_is_not_served(plan, pack):
    plan.items[0].outcome_ids = []
    with pytest.raises(LifecycleError, match="must be resolved"):
        serve(plan, pack)
    assert plan.status is PlanStatus.DRAFT
    assert plan.served_on is None


def test_a_draft_with_a_pending_or_declined_agreement_is_served_but_cannot_be_final(plan, pack):
    plan.premises_agreements.clear()  # the head has not agreed yet
    plan.dp_agreements.clear()
    plan.direct_payment.appropriate_use_confirmed = False
    serve(plan, pack)
    assert plan.status is PlanStatus.CONSULTATION
    final_ready_codes = {f.code for f in blocking(validate(plan, pack, today=date(2026, 12, 8)))}
    assert {"premises.not_agreed", "dp.condition_not_confirmed"} <= final_ready_codes
    record_decision(
        plan,
        "s1",
        decision=Decision.DECLINED,
        signatory_name="J Patel",
        signatory_role="Head teacher",
        signed_on=date(2026, 11, 25),
        method=SignatureMethod.TYPED,
        reasons="No space in the classroom for a second adult.",
    )
    plan.section_i = "Oakfield Primary School"
    with pytest.raises(LifecycleError, match="declined direct payments"):
        issue_final_plan(plan, pack, on=date(2026, 12, 8))
    assert plan.status is PlanStatus.CONSULTATION
    # Recording the head's decision during consultation is not a change to the draft.
    assert not changed_since_served(plan)


def test_changing_a_served_draft_makes_a_new_revision_to_serve_again(plan, pack):
    serve(plan, pack)
    plan.items[1].units_per_period += 1
    assert changed_since_served(plan)
    assert revise_if_changed(plan)
    assert plan.status is PlanStatus.DRAFT
    assert plan.draft_revision == 2
    assert (plan.served_on, plan.comment_deadline, plan.served_to) == (None, None, [])
    [old] = plan.earlier_services
    assert (old.draft_revision, old.served_on, old.comment_deadline) == (
        1,
        SERVED,
        date(2026, 12, 7),
    )
    serve(plan, pack, on=date(2026, 12, 3))
    assert plan.comment_deadline == date(2026, 12, 17)  # a new period, not the old one
    assert not revise_if_changed(plan)


def test_the_final_plan_waits_for_the_comment_period_or_the_familys_response(plan, pack):
    serve(plan, pack)
    plan.section_i = "Oakfield Primary School"
    with pytest.raises(LifecycleError, match="until 7 December 2026"):
        issue_final_plan(plan, pack, on=date(2026, 11, 24))  # the day after it was served
    issue_final_plan(plan, pack, on=date(2026, 12, 8))
    assert (plan.status, plan.issued_on) == (PlanStatus.FINAL, date(2026, 12, 8))


def test_the_familys_response_lets_the_final_plan_be_issued_early(plan, pack):
    final_ready(plan, pack)
    issue_final_plan(plan, pack, on=date(2026, 12, 1))
    assert plan.is_final


def test_a_final_plan_needs_section_i(plan, pack):
    serve(plan, pack)
    with pytest.raises(LifecycleError, match="Section I"):
        issue_final_plan(plan, pack, on=date(2026, 12, 8))


def test_a_draft_never_served_cannot_be_final(plan, pack):
    plan.section_i = "Oakfield Primary School"
    with pytest.raises(LifecycleError, match="not been sent for consultation"):
        issue_final_plan(plan, pack, on=date(2026, 12, 8))


def test_a_final_plan_is_read_only(plan, pack):
    final_ready(plan, pack)
    issue_final_plan(plan, pack, on=date(2026, 12, 1))
    with pytest.raises(LifecycleError, match="Start an annual review"):
        change_status(plan, pack, PlanStatus.DRAFT, on=date(2026, 12, 2))
    with pytest.raises(LifecycleError, match="final plan"):
        new_draft_revision(plan)
    with pytest.raises(LifecycleError):
        record_response(
            plan,
            received_on=date(2026, 12, 2),
            from_name="Sara Khan",
            role=ConsulteeRole.FAMILY,
            summary="Late comment",
        )
    assert (plan.status, plan.version) == (PlanStatus.FINAL, 1)


def test_responses_belong_to_a_served_draft_and_come_after_it(plan, pack):
    with pytest.raises(LifecycleError, match="sent for consultation"):
        record_response(
            plan, received_on=SERVED, from_name="x", role=ConsulteeRole.FAMILY, summary="y"
        )
    serve(plan, pack)
    with pytest.raises(LifecycleError, match="before the draft was sent"):
        record_response(
            plan,
            received_on=date(2026, 11, 22),
            from_name="Sara Khan",
            role=ConsulteeRole.FAMILY,
            summary="Comments",
        )
    response = record_response(
        plan,
        received_on=date(2026, 11, 26),
        from_name="Oakfield Primary School",
        role=ConsulteeRole.SETTING,
        setting_id="s1",
        setting_can_meet_needs=True,
        summary="We can meet Amira's needs.",
    )
    assert (response.id, response.draft_revision) == ("c1", 1)


def test_the_twenty_week_date_comes_from_the_request_and_the_pack(plan, pack):
    set_assessment_request(plan, pack, date(2026, 8, 27))
    assert plan.final_due_on == date(2027, 1, 14)
    assert next_date(plan).kind is NextDateKind.FINAL_DUE
    soon = [f for f in validate(plan, pack, today=date(2027, 1, 1)) if f.code == "final.due_soon"]
    assert soon and "14 January 2027" in soon[0].message and "13 days" in soon[0].message
    late = [f for f in validate(plan, pack, today=date(2027, 1, 15)) if f.code == "final.overdue"]
    assert late and not late[0].blocking


def test_change_status_moves_through_the_lifecycle(plan, pack):
    change_status(plan, pack, PlanStatus.CONSULTATION, on=SERVED, served_to=FAMILY)
    assert (plan.status, plan.comment_deadline) == (PlanStatus.CONSULTATION, date(2026, 12, 7))
    change_status(plan, pack, PlanStatus.DRAFT, on=date(2026, 11, 24))
    assert (plan.status, plan.draft_revision) == (PlanStatus.DRAFT, 2)
    with pytest.raises(LifecycleError):
        change_status(plan, pack, PlanStatus.FINAL, on=date(2026, 12, 10))


def test_annual_review_starts_from_a_final_plan_only(plan):
    with pytest.raises(LifecycleError, match="final plan"):
        start_annual_review(plan, on=date(2027, 11, 1))


def test_annual_review_clears_what_must_be_decided_again(plan, pack):
    plan.meeting.attendees = [
        Attendee("Sara Khan", AttendeeRole.PARENT),
        Attendee("Sam Patel", AttendeeRole.CASE_OFFICER),
    ]
    plan.refusals.append(
        RefusedRequest(
            "r1",
            "A laptop",
            reasons="Not in the plan.",
            requested_on=date(2026, 11, 2),
            decided_on=date(2026, 11, 23),
            review_rights_told_on=date(2026, 11, 23),
        )
    )
    one_off = plan.items[0]
    one_off.cost_basis = CostBasis.ONE_OFF
    one_off.one_off_cost = Money(42900)
    plan.premises_agreements.clear()
    record_decision(
        plan,
        "s1",
        decision=Decision.AGREED,
        signatory_name="J Patel",
        signatory_role="Head teacher",
        signed_on=date(2026, 11, 23),
        method=SignatureMethod.TYPED,
    )
    final_ready(plan, pack)
    issue_final_plan(plan, pack, on=date(2026, 12, 1))

    review = start_annual_review(plan, on=date(2027, 11, 1))
    assert review.id != plan.id
    assert (review.version, review.previous_version_id) == (2, plan.id)
    assert review.status is PlanStatus.DRAFT
    assert review.meeting.kind is MeetingKind.ANNUAL_REVIEW
    assert [a.name for a in review.meeting.attendees] == ["Sam Patel"]
    assert (review.served_on, review.issued_on, review.responses, review.draft_revision) == (
        None,
        None,
        [],
        1,
    )
    dp = review.direct_payment
    assert not dp.appropriate_use_confirmed and review.dp_agreements == []
    assert review.refusals == []
    assert one_off.id not in {i.id for i in review.items}  # bought last year, not repeated
    assert len(review.to_decide_again) == 5
    assert any("confirmed again" in note for note in review.to_decide_again)
    # Last year's agreement is history: the final plan needs it confirmed again.
    assert review.premises_agreements[0].carried_over
    codes = {f.code for f in blocking(validate(review, pack, stage=Stage.FINAL))}
    assert "premises.confirm_again" not in codes  # the one-off was the only item on premises
    # The plan before is unchanged.
    assert plan.direct_payment.appropriate_use_confirmed
    assert agreement_status(plan, "s1").state == AgreementState.AGREED


def test_annual_review_may_keep_a_one_off_purchase_chosen_again(plan, pack):
    plan.items[1].cost_basis = CostBasis.ONE_OFF
    plan.items[1].one_off_cost = Money(5000)
    final_ready(plan, pack)
    issue_final_plan(plan, pack, on=date(2026, 12, 1))
    review = start_annual_review(plan, on=date(2027, 11, 1), keep_one_offs=("p2",))
    assert "p2" in {i.id for i in review.items}


def test_carried_over_agreements_must_be_confirmed_again(plan, pack):
    final_ready(plan, pack)
    issue_final_plan(plan, pack, on=date(2026, 12, 1))
    review = start_annual_review(plan, on=date(2027, 11, 1), keep_one_offs=("p1",))
    found = [f for f in validate(review, pack) if f.code == "premises.confirm_again"]
    assert found and found[0].stage is Stage.FINAL and found[0].field == "premises[s1]"
    assert not [f for f in validate(review, pack, stage=Stage.DRAFT) if f.blocking]


def test_a_served_draft_read_back_from_its_file_is_not_a_change(plan, pack):
    from decimal import Decimal

    from coplan.plan_file import parse_text
    from coplan.plan_file.io import dumps

    plan.items[1].units_per_period = Decimal("3.00")  # typed with trailing zeros
    serve(plan, pack)
    again = parse_text(dumps(plan))
    assert again.items[1].units_per_period == Decimal("3")
    assert not changed_since_served(again)
