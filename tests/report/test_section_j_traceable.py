"""Section J traceable and short: each line by its reference in Section F, G or H1/H2; each need
and outcome printed once with its code; a grid from need to money; the examples shorter."""

from __future__ import annotations

import pytest
from section_j_pdf import example_paths, flat, pdf_pages, render

from coplan.domain.budget import summarise
from coplan.domain.codes import plan_codes
from coplan.plan_file import read_plan

# Pages of each example's Section J: before issue 11 (9, 6 and 7) and now (docs/section-j.md).
# The joint example's third-party arrangement gained two rows the law asks for (the needs and
# outcomes it is to meet, and its own direct payment agreement), which pushes "What happens
# next" onto a seventh page.
MOST_PAGES = {"ipad-communication": 8, "joint-school-managed": 7, "work-experience-16": 7}


def _example(stem):
    return read_plan(next(p for p in example_paths() if p.stem == stem))


@pytest.mark.parametrize("stem", sorted(MOST_PAGES))
def test_each_need_and_outcome_is_printed_once_and_lines_refer_to_codes(stem, pack):
    plan = _example(stem)
    pages = pdf_pages(render(plan, pack))
    text = flat("".join(pages[1:]))  # Section J (page 1 is the family's)
    codes = plan_codes(plan)
    for need in plan.needs:
        assert text.count(flat(need.summary.rstrip("."))) == 1, need.summary
        assert flat(codes.needs[need.id]) in text
    for outcome in plan.outcomes:
        assert text.count(flat(outcome.text.rstrip("."))) == 1, outcome.text
    for number, item in enumerate(plan.items, 1):
        needs, outcomes = codes.of_needs(item), codes.of_outcomes(item)
        # In the grid: need → outcome → provision (reference and number) → cost.
        grid_row = ",".join(needs) + ",".join(outcomes) + f"{item.provision_ref}·{number}."
        assert flat(grid_row) in text, grid_row
        # In the table of items: the reference, then the line, then its codes.
        assert flat(f"{item.provision_ref}{number}. {item.description}") in text
        assert flat("Needs " + ", ".join(needs)) in text


@pytest.mark.parametrize("stem", sorted(MOST_PAGES))
def test_the_grid_adds_up_to_the_whole_budget(stem, pack):
    plan = _example(stem)
    text = flat("".join(pdf_pages(render(plan, pack))))
    summary = summarise(plan)
    total = f"The whole personal budget{summary.yearly.format()} a year"
    assert flat(total) in text


def test_education_direct_payments_name_their_needs_and_outcomes_in_words(pack):
    plan = _example("ipad-communication")
    text = flat("".join(pdf_pages(render(plan, pack))[1:]))
    # B1, in full, with the items that meet it and which of them are direct payments.
    b1 = plan.need("n1").summary
    assert flat(f"B1{b1}Items 1, 2, 3, 4 and 5; by direct payment: 1, 2, 4 and 5") in text
    e2 = plan.outcome("o2").text
    assert flat(f"E2{e2}") in text


@pytest.mark.parametrize("stem", sorted(MOST_PAGES))
def test_the_examples_are_shorter_than_before(stem, pack):
    assert len(pdf_pages(render(_example(stem), pack))) <= MOST_PAGES[stem]


def test_a_draft_line_without_a_reference_says_it_is_to_be_added(pack):
    plan = _example("joint-school-managed")
    plan.items[0].provision_ref = ""
    text = flat("".join(pdf_pages(render(plan, pack))))
    assert flat("to be added1. Key worker in class") in text


def _lowest_text(page) -> float:
    """The lowest point of the page's body text, in points from the bottom (the footer left
    out: it sits in the bottom 20 mm)."""
    lowest = [page.mediabox.height]

    def visit(text, cm, tm, font, size):
        y = tm[5] * cm[3] + cm[5]
        if text.strip() and y > 58:  # above the footer
            lowest[0] = min(lowest[0], y)

    page.extract_text(visitor_text=visit)
    return lowest[0]


@pytest.mark.parametrize("stem", sorted(MOST_PAGES))
def test_no_page_but_the_last_is_left_half_empty(stem, pack):
    import io

    from pypdf import PdfReader

    pages = PdfReader(io.BytesIO(render(_example(stem), pack))).pages
    for number, page in enumerate(pages[:-1], 1):
        assert _lowest_text(page) < page.mediabox.height / 2, f"page {number} is half empty"


def test_the_direct_payment_part_names_the_codes_it_is_to_meet(pack):
    text = flat("".join(pdf_pages(render(_example("ipad-communication"), pack))))
    assert (
        flat(
            "Needs and outcomes it is to meetNeeds B1, B2, C1, D1; outcomes E1, E2, E3, E4 (each in "
            "full under “What the budget is for”)"
        )
        in text
    )


def test_a_third_party_line_is_not_called_a_plain_direct_payment(pack):
    """Item 5 (the holiday scheme) is held by a broker: the "By how the money is managed" table
    counts it as a third-party arrangement and no item as a direct payment, so "Met by" must
    not list it as one without saying so."""
    plan = _example("joint-school-managed")
    text = flat("".join(pdf_pages(render(plan, pack))[1:]))
    d1 = plan.need(plan.needs[-1].id).summary
    assert flat(f"D1{d1}Items 2, 3 and 5; by direct payment to a third party: 5") in text
    assert flat("by direct payment: 5") not in text


def test_a_third_party_arrangement_names_the_needs_and_outcomes_it_is_to_meet(pack):
    text = flat("".join(pdf_pages(render(_example("joint-school-managed"), pack))))
    assert (
        flat(
            "What it pays for£684.00 a year for item 5 (H1.3)"
            "Needs and outcomes it is to meetNeeds D1; outcomes E3"
        )
        in text
    )
