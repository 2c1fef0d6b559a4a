"""Every example plan in examples/ exports, and its PDF says what the plan says."""

from __future__ import annotations

import pytest
from section_j_pdf import example_paths, flat, pdf_pages, render

from coplan.domain.budget import summarise
from coplan.domain.dates import format_long
from coplan.domain.open_items import line_status
from coplan.plan_file import read_plan
from coplan.policy import load_pack_by_id

EXAMPLES = example_paths()


@pytest.mark.skipif(not EXAMPLES, reason="no example plans yet")
@pytest.mark.parametrize("path", EXAMPLES, ids=[p.stem for p in EXAMPLES])
def test_every_example_exports_with_its_totals_items_agreements_and_deadline(path):
    plan = read_plan(path)
    pack = load_pack_by_id(plan.policy_pack or None)
    others = {read_plan(p).id: p for p in EXAMPLES if p != path}
    previous = (
        read_plan(others[plan.previous_version_id]) if plan.previous_version_id in others else None
    )
    pages = pdf_pages(render(plan, pack, previous=previous))
    text = flat("".join(pages))
    summary = summarise(plan)
    assert flat(f"The personal budget is {summary.total_text()}.") in flat(pages[0])
    for number, item in enumerate(plan.items, 1):
        assert flat(f"{number}. {item.description.strip()}") in text
        assert flat(item.cost_text()) in text
    for setting in plan.settings_needing_agreement():
        for item in plan.premises_dp_items(setting.id):
            said = line_status(plan, item).text
            assert flat(f"Premises agreement: {said}") in text
    if plan.is_final:
        assert flat(f"final plan issued {format_long(plan.issued_on)}") in text
        assert "DRAFT" not in text and flat("Subject to") not in text
        assert flat(f"Section I: school or college{plan.section_i}") in text
    elif plan.comment_deadline:
        assert flat(f"Last day for comments{format_long(plan.comment_deadline)}") in text
    for refusal in plan.refusals:
        assert flat(refusal.reasons.strip()) in text
