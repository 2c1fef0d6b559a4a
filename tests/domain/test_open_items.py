"""The draft's "still to settle" box and the validator cannot disagree: every finding that stops
the final plan is answered by exactly one plain point, and nothing else is listed."""

from __future__ import annotations

import copy
from datetime import date

import pytest
from factories import example_paths

from coplan.domain.agreements import record_decision
from coplan.domain.lifecycle import issue_final_plan, serve_draft, start_annual_review
from coplan.domain.model import Consultee, Decision, PlanStatus, SignatureMethod
from coplan.domain.open_items import judged_on, still_to_settle
from coplan.domain.rules import validate
from coplan.domain.stages import Stage
from coplan.plan_file import read_plan


def variants(plan, pack):
    """The factory plan at every stage and with every kind of open point."""
    yield "draft", plan
    pending = copy.deepcopy(plan)
    pending.premises_agreements.clear()
    pending.direct_payment.appropriate_use_confirmed = False
    pending.direct_payment.recipient_name = ""
    pending.over_budget_reason = ""
    for item in pending.items:  # no line has its reference in Section F, G or H yet
        item.provision_ref = ""
    yield "pending", pending
    declined = copy.deepcopy(plan)
    record_decision(
        declined,
        "s1",
        decision=Decision.DECLINED,
        signatory_name="J Patel",
        signatory_role="Head teacher",
        signed_on=date(2026, 11, 20),
        method=SignatureMethod.TYPED,
        reasons="No room.",
    )
    yield "declined", declined
    changed = copy.deepcopy(plan)
    changed.items[0].delivered_by = "Someone else"
    yield "changed", changed
    sent = copy.deepcopy(pending)
    serve_draft(sent, pack, on=date(2026, 11, 23), served_to=[Consultee("Sara Khan")])
    yield "sent", sent
    final = copy.deepcopy(plan)
    serve_draft(final, pack, on=date(2026, 11, 23), served_to=[Consultee("Sara Khan")])
    final.section_i = "Oakfield Primary School"
    issue_final_plan(final, pack, on=date(2026, 12, 8))
    review = start_annual_review(final, on=date(2027, 11, 1), keep_one_offs=("p1",))
    yield "review", review


def test_every_final_stage_finding_is_one_point_and_every_point_a_finding(plan, pack):
    for name, variant in variants(plan, pack):
        on = judged_on(variant, date(2026, 12, 1))
        stopping = {
            (f.code)
            for f in validate(variant, pack, stage=Stage.FINAL, today=on)
            if f.stage is Stage.FINAL and f.blocking
        }
        points = still_to_settle(variant, pack, today=date(2026, 12, 1))
        answered = [code for point in points for code in point.codes]
        assert set(answered) == stopping, name
        assert all(point.text.strip() for point in points), name
        assert len({p.text for p in points}) == len(points), name


@pytest.mark.parametrize("path", example_paths(), ids=lambda p: p.stem)
def test_the_examples_say_what_stops_them_being_final(path, pack):
    plan = read_plan(path)
    points = still_to_settle(plan, pack)
    if plan.status is PlanStatus.FINAL:
        assert points == []
    else:
        assert any("Section I" in p.text for p in points)


def test_a_sent_draft_is_judged_on_the_day_it_was_sent(plan, pack):
    serve_draft(plan, pack, on=date(2026, 11, 23), served_to=[Consultee("Sara Khan")])
    before = still_to_settle(plan, pack, today=date(2026, 11, 24))
    after = still_to_settle(plan, pack, today=date(2027, 1, 5))
    assert before == after  # the same document whenever it is printed
    assert any("until 7 December 2026" in p.text for p in before)


def test_lines_without_their_reference_are_one_point_naming_them(plan, pack):
    plan.items[0].provision_ref = ""
    plan.items[1].provision_ref = ""
    points = still_to_settle(plan, pack, today=date(2026, 12, 1))
    texts = [p.text for p in points if "item.no_provision_ref" in p.codes]
    assert texts == [
        "The council to add where items 1 and 2 of the budget are written in the plan's "
        "provision (its reference in Section F, G or H)."
    ]
    plan.items[1].provision_ref = "F2"
    points = still_to_settle(plan, pack, today=date(2026, 12, 1))
    assert any(
        p.text.startswith("The council to add where item 1 of the budget is ") for p in points
    )
