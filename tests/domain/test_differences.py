"""The words an officer reads when someone else saved the plan meanwhile."""

from __future__ import annotations

from copy import deepcopy
from datetime import date

from factories import build_plan

from coplan.domain.differences import differences


def test_identical_copies_have_no_differences():
    plan = build_plan()
    assert differences(plan, deepcopy(plan)) == []


def test_a_provision_line_reads_as_the_head_teachers_agreement_does():
    yours = build_plan()
    saved = deepcopy(yours)
    item = saved.items[1]
    item.units_per_period += 1
    assert differences(yours, saved) == [
        f"Provision “{item.description}”: how much a week is “4” in the saved one, “3” in yours",
        f"Provision “{item.description}”: cost is £2,520.00 a year in the saved one, "
        "£1,890.00 a year in yours",
    ]


def test_how_often_when_and_each_streams_reason_are_told_apart():
    from coplan.domain.model import Frequency, FundingStream

    yours = build_plan()
    saved = deepcopy(yours)
    saved.items[1].frequency = Frequency.FORTNIGHT
    saved.items[1].starts_on = date(2027, 1, 4)
    saved.over_budget_reasons = {FundingStream.HEALTH: "Therapy set by the NHS"}
    saved.direct_payment.first_payment_on = date(2027, 1, 11)
    lines = differences(yours, saved)
    name = saved.items[1].description
    assert f"Provision “{name}”: how often is “fortnight” in the saved one, nothing in yours" in (
        lines
    )
    assert f"Provision “{name}”: start date is “2027-01-04” in the saved one, nothing in yours" in (
        lines
    )
    assert (
        "The reason for going over the health indicative budget is “Therapy set by the NHS” in "
        "the saved one, empty in yours"
    ) in lines
    assert (
        "The direct payment: the first payment date is 11 January 2027 in the saved one, "
        "7 December 2026 in yours"
    ) in lines


def test_added_and_removed_things_say_which_side_has_them():
    yours = build_plan()
    saved = deepcopy(yours)
    removed = saved.items.pop()
    saved.outcomes[0].text = "Read a chapter book with a friend"
    saved.child.preferred_name = "Mo"
    saved.next_review_on = date(2027, 2, 28)
    lines = differences(yours, saved)
    assert f"Provision “{removed.description}” is in yours only" in lines
    assert any(
        line.startswith("Outcome “Read a chapter book with a friend”: the wording is")
        for line in lines
    )
    assert any("the name they like to be called is “Mo” in the saved one" in line for line in lines)
    assert "The next review date is 28 February 2027 in the saved one" in " ".join(lines)


def test_lines_of_text_say_which_line_is_on_which_side():
    yours = build_plan()
    saved = deepcopy(yours)
    saved.what_matters.append("Going to the football with his dad")
    yours.what_matters.append("Drawing comics")
    assert differences(yours, saved) == [
        "What matters to the child and family: “Going to the football with his dad” is in the "
        "saved one only",
        "What matters to the child and family: “Drawing comics” is in yours only",
    ]
    saved.what_matters = ["Swimming", "Drawing"]
    yours = deepcopy(saved)
    yours.what_matters.reverse()
    assert differences(yours, saved) == [
        "What matters to the child and family: the same lines in another order"
    ]


def test_a_lines_plan_reference_and_the_officers_details_are_told_apart():
    from coplan.domain.model import OfficerContact

    yours = build_plan()
    saved = deepcopy(yours)
    saved.items[0].provision_ref = "F7"
    saved.officer = OfficerContact("Sam Patel", "SEND case officer", "sam@example.org")
    lines = differences(yours, saved)
    name = saved.items[0].description
    assert (
        f"Provision “{name}”: its reference in the plan is “F7” in the saved one, “F1” in yours"
        in (lines)
    )
    assert "The case officer's details: set out in the saved one only" not in lines  # both set
    assert any(
        line.startswith("The case officer's details: the name is “Sam Patel”") for line in lines
    )
