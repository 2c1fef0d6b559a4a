"""No one-off purchase is ever called yearly: in every example's Section J, every request for a
premises agreement, and the command line's budget, read as text.

A figure "a year" that is a one-off's price, or a total that adds a one-off to the yearly
cost, is the mistake this guards against; each is searched for as the words a reader would see.
"""

from __future__ import annotations

import subprocess
import sys
from datetime import date

import pytest
from section_j_pdf import TODAY, example_paths, flat, pdf_pages, render
from section_j_plans import typical_plan

from coplan.domain.budget import summarise
from coplan.plan_file import read_plan
from coplan.policy import load_pack_by_id
from coplan.report import render_premises_request


def plans():
    named = [(path.stem, read_plan(path)) for path in example_paths()]
    return [*named, ("typical", typical_plan())]


def yearly_lies(plan) -> list[str]:
    """Words that would call money paid once yearly, for this plan."""
    summary = summarise(plan)
    lies = [f"{item.once_cost.format()} a year" for item in plan.items if item.is_one_off]
    if summary.once:
        lies.append(f"{(summary.yearly + summary.once).format()} a year")
        for cost in (*summary.by_management.values(), *summary.by_funding.values()):
            if cost.once:
                lies.append(f"{(cost.yearly + cost.once).format()} a year")
    return [flat(lie) for lie in lies if not lie.startswith("£0.00")]


@pytest.mark.parametrize(("name", "plan"), plans(), ids=[name for name, _ in plans()])
def test_section_j_never_calls_a_one_off_yearly(name, plan, pack):
    if plan.direct_payment and plan.direct_payment.first_payment_on is None:
        plan.direct_payment.first_payment_on = date(2027, 1, 4)  # so the schedule prints too
    text = flat("".join(pdf_pages(render(plan, pack))))
    assert any(item.is_one_off for item in plan.items)
    for lie in yearly_lies(plan):
        assert lie not in text, lie
    for item in plan.items:
        if item.is_one_off:
            assert flat(f"{item.once_cost.format()} once") in text
    assert flat(summarise(plan).total_text()) in text


@pytest.mark.parametrize(("name", "plan"), plans(), ids=[name for name, _ in plans()])
def test_no_request_for_agreement_calls_a_one_off_yearly(name, plan):
    pack = load_pack_by_id(plan.policy_pack or None)
    for setting in plan.settings_needing_agreement():
        data = render_premises_request(plan, setting.id, pack, today=TODAY, deterministic=True)
        text = flat("".join(pdf_pages(data)))
        for lie in yearly_lies(plan):
            assert lie not in text, lie
        for item in plan.premises_dp_items(setting.id):
            if item.is_one_off:
                assert flat(f"{item.once_cost.format()} once (one-off)") in text


@pytest.mark.parametrize("path", example_paths(), ids=[p.stem for p in example_paths()])
def test_the_command_line_budget_never_calls_a_one_off_yearly(path):
    plan = read_plan(path)
    result = subprocess.run(
        [sys.executable, "-m", "coplan", "budget", str(path)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    for lie in yearly_lies(plan):
        assert lie not in flat(result.stdout), lie
    assert summarise(plan).total_text() in result.stdout
