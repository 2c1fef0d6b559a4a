"""Two copies side by side, and a plan combined from them: nothing merged silently."""

from __future__ import annotations

from copy import deepcopy
from dataclasses import replace
from datetime import date

import pytest
from factories import build_plan, example_paths
from hypothesis import given, settings
from hypothesis import strategies as st

from coplan.domain.model import FundingStream, Need, NeedSection, PlanStatus
from coplan.domain.reconcile import NOT_IN_THIS_COPY, combine, kept_agreements, side_by_side
from coplan.plan_file import read_plan as load


def _examples():
    return [load(path) for path in example_paths()]


def test_the_same_plan_twice_has_nothing_to_choose():
    plan = build_plan()
    assert side_by_side(plan, deepcopy(plan)) == []


def test_a_provision_line_reads_as_the_head_teachers_agreement_does():
    laptop = build_plan()
    team = deepcopy(laptop)
    team.items[1].units_per_period += 1
    [choice] = side_by_side(laptop, team)
    assert choice.key == f"items:{team.items[1].id}"
    assert choice.what == f"Provision “{team.items[1].description}”"
    assert choice.laptop == "How much a week: “3”\nCost: £1,890.00 a year"
    assert choice.team == "How much a week: “4”\nCost: £2,520.00 a year"


def test_a_field_of_the_child_a_reason_and_a_need_on_one_side_only():
    laptop = build_plan()
    team = deepcopy(laptop)
    team.child.date_of_birth = date(2015, 3, 1)
    team.over_budget_reasons = {FundingStream.HEALTH: "Therapy set by the NHS"}
    laptop.needs.append(Need(id="n99", section=NeedSection.SEN, summary="Finds noise hard"))
    choices = {c.key: c for c in side_by_side(laptop, team)}
    child = choices["child.date_of_birth"]
    assert child.what == "The child: the date of birth"
    assert child.team == "1 March 2015"
    reason = choices["over_budget_reasons:health"]
    assert reason.what == "The reason for going over the health indicative budget"
    assert (reason.laptop, reason.team) == ("(empty)", "Therapy set by the NHS")
    need = choices["needs:n99"]
    assert need.what == "Need “Finds noise hard”"
    assert need.team == NOT_IN_THIS_COPY
    assert "Finds noise hard" in need.laptop


def test_the_stage_and_its_dates_move_together():
    laptop = build_plan()
    team = deepcopy(laptop)
    team.status = PlanStatus.CONSULTATION
    team.served_on = date(2026, 11, 30)
    team.comment_deadline = date(2026, 12, 14)
    [choice] = side_by_side(laptop, team)
    assert choice.key == "stage"
    assert choice.laptop.splitlines() == [
        "Stage: Draft",
        "Date the draft was sent: (empty)",
        "Date comments are due: (empty)",
    ]
    assert choice.team.splitlines() == [
        "Stage: Sent for consultation",
        "Date the draft was sent: 30 November 2026",
        "Date comments are due: 14 December 2026",
    ]
    assert combine(laptop, team, {"stage"}) == laptop
    assert combine(laptop, team, set()) == team


def test_combining_takes_each_choice_from_the_side_chosen():
    laptop = build_plan()
    team = deepcopy(laptop)
    laptop.child.preferred_name = "Mimi"
    team.items[1].units_per_period += 1
    laptop.needs.append(Need(id="n99", section=NeedSection.SEN, summary="Finds noise hard"))
    keys = {c.key for c in side_by_side(laptop, team)}
    assert keys == {"child.preferred_name", f"items:{team.items[1].id}", "needs:n99"}
    combined = combine(laptop, team, {"child.preferred_name", "needs:n99"})
    assert combined.child.preferred_name == "Mimi"
    assert combined.items[1].units_per_period == team.items[1].units_per_period
    assert combined.needs[-1].id == "n99"
    # Nothing else differs from the team's copy, and neither copy was changed.
    assert {c.key for c in side_by_side(combined, team)} == {"child.preferred_name", "needs:n99"}
    assert team.child.preferred_name != "Mimi"


def test_removing_an_entry_on_one_side_can_be_kept():
    laptop = build_plan()
    team = deepcopy(laptop)
    removed = team.items.pop(0)
    key = f"items:{removed.id}"
    assert combine(laptop, team, {key}).items[0].id == removed.id  # put back where it was
    assert removed.id not in {i.id for i in combine(team, laptop, {key}).items}


@pytest.mark.parametrize("pair", [(0, 1), (1, 2), (2, 0)])
def test_every_difference_between_two_unrelated_plans_is_offered(pair):
    """Two different example plans (same id): all from one side gives exactly that side."""
    plans = _examples()
    laptop, team = deepcopy(plans[pair[0]]), deepcopy(plans[pair[1]])
    team.id = laptop.id
    choices = side_by_side(laptop, team)
    assert len({c.key for c in choices}) == len(choices)
    everything = {c.key for c in choices}
    agreements = {a.id for a in laptop.premises_agreements + team.premises_agreements}
    for chosen, side in ((everything, laptop), (set(), team)):
        combined = combine(laptop, team, chosen)
        # Exactly that side's plan, but no recorded agreement of either side is dropped.
        assert {a.id for a in combined.premises_agreements} == agreements
        assert replace(combined, premises_agreements=[]) == replace(side, premises_agreements=[])
    for choice in choices:
        assert choice.laptop != choice.team, choice
        assert choice.laptop.strip() and choice.team.strip()


@settings(max_examples=40, deadline=None)
@given(data=st.data())
def test_any_selection_gives_a_plan_whose_rows_match_the_selection(data):
    plans = _examples()
    laptop, team = deepcopy(plans[0]), deepcopy(plans[1])
    team.id = laptop.id
    choices = side_by_side(laptop, team)
    chosen = data.draw(st.sets(st.sampled_from([c.key for c in choices])))
    combined = combine(laptop, team, chosen)
    # Against the laptop, only the rows taken from the team differ; against the team, the rest.
    assert {c.key for c in side_by_side(laptop, combined)} <= {c.key for c in choices} - chosen
    assert {c.key for c in side_by_side(combined, team)} <= chosen


def test_an_agreement_recorded_in_one_copy_only_is_kept_whatever_is_chosen():
    """A head teacher's recorded decision is never dropped by a sync."""
    plans = _examples()
    laptop = next(p for p in plans if p.premises_agreements)
    team = deepcopy(laptop)
    team.premises_agreements = []
    team.child.preferred_name = "Someone"
    assert [c.key for c in side_by_side(laptop, team)] == ["child.preferred_name"]
    setting = laptop.setting(laptop.premises_agreements[0].setting_id).name
    assert kept_agreements(laptop, team) == [(setting, "this laptop")]
    for chosen in (set(), {"child.preferred_name"}):
        combined = combine(laptop, team, chosen)
        assert combined.premises_agreements == laptop.premises_agreements


def test_the_officers_details_and_a_provision_reference_are_offered():
    laptop = build_plan()
    team = deepcopy(laptop)
    team.officer.phone = "01632 960000"
    team.items[0].provision_ref = "F3"
    choices = {c.key: c for c in side_by_side(laptop, team)}
    phone = choices["officer.phone"]
    assert phone.what == "The case officer's details: phone"
    assert phone.team == "01632 960000"
    item = choices[f"items:{team.items[0].id}"]
    assert "Where it is written in the plan (F, G or H): F3" in item.team.splitlines()
    assert combine(laptop, team, {"officer.phone"}).officer.phone == laptop.officer.phone
