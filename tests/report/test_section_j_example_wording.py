"""What a parent reads in the example plans' Section J: the words, not only the figures."""

from __future__ import annotations

from section_j_pdf import example_paths, flat, pdf_pages, render

from coplan.plan_file import read_plan
from coplan.policy import load_pack_by_id

EXAMPLES = {p.stem: p for p in example_paths()}


def pages_of(stem):
    plan = read_plan(EXAMPLES[stem])
    previous = None
    if plan.previous_version_id:
        others = {read_plan(p).id: p for p in EXAMPLES.values()}
        if plan.previous_version_id in others:
            previous = read_plan(others[plan.previous_version_id])
    return plan, pdf_pages(
        render(plan, load_pack_by_id(plan.policy_pack or None), previous=previous)
    )


def test_the_social_care_reason_explains_only_the_social_care_difference():
    plan, pages = pages_of("work-experience-16")
    text = flat("".join(pages[:2]))
    assert flat("Travel training needs twelve weeks rather than the ten") in text
    assert flat("£126.00 a year more") in text
    assert "boots" not in flat(next(iter(plan.over_budget_reasons.values()))).lower()


def test_the_headline_and_the_council_total_are_reconciled_in_words():
    _plan, pages = pages_of("joint-school-managed")
    text = flat("".join(pages[:2]))
    share = flat(
        "This includes £1,110.00 a year that the school pays from its own money. The council "
        "pays £12,813.00 a year, plus £320.00 once."
    )
    assert flat("The personal budget is £13,923.00 a year, plus £320.00 once.") + share in text
    assert flat("£13,923.00 a year, plus £320.00 once") + share in text
    assert flat("Total from the council£12,813.00£13,300.00") in text


def test_a_stream_without_a_starting_figure_is_not_called_over_it():
    _plan, pages = pages_of("ipad-communication")
    text = flat("".join(pages))
    assert flat("Health: £2,250.00 a year. There was no starting figure for it.") in text
    # In the table too: no starting figure is "none", not a starting figure of £0.00.
    assert flat("Health£2,250.00noneno starting figurenone") in text
    assert flat("Total£7,296.00£8,500.00see each stream£678.99") in text
    assert flat("by stream, above") not in text
    assert flat("Health: £2,250.00 a year, with no starting figure for health.") in text
    assert flat("the starting figure was £0.00") not in text
    assert flat("£2,250.00 over") not in text


def test_the_still_to_settle_box_claims_no_marks_that_are_not_there():
    _plan, pages = pages_of("joint-school-managed")
    text = flat("".join(pages))
    assert flat("Still to settle before the plan is final") in text
    assert flat("This draft can be commented on as it is. These points are still open.") in text
    assert flat("also marked where it appears") not in text


def test_the_payment_schedule_stops_when_the_support_stops():
    _plan, pages = pages_of("work-experience-16")
    text = flat("".join(pages))
    assert flat("July 2027£80.97 (on the 19th)£372.46£0.00Total£4,096.00£4,096.00£0.00") in text
    # July is followed straight by the total: no empty months from August 2027 to January 2028.
    assert flat("August 2027") not in text and flat("January 2028£0.00") not in text


def test_a_refused_request_among_several_does_not_read_as_partly_refused():
    from coplan.report import labels
    from coplan.ui import text as ui_text

    _plan, pages = pages_of("ipad-communication")
    text = flat("".join(pages))
    assert flat("What was asked forA second iPad to keep at home") in text
    assert flat("What was not agreedThis request (part of what was asked for)") in text
    assert flat("Part of the request") not in text
    assert ui_text.REFUSAL_SCOPE is labels.REFUSAL_SCOPE  # one wording, screen and paper
