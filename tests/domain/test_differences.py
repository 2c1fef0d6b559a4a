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
    item.units_per_week += 1
    assert differences(yours, saved) == [
        f"Provision “{item.description}”: how much a week is “4” in the saved one, “3” in yours",
        f"Provision “{item.description}”: annual cost is £2,520.00 in the saved one, "
        "£1,890.00 in yours",
    ]


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
