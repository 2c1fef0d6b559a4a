"""Page 1, the family's page: read by a parent (or the young person) in two minutes.

Reading age: the Flesch–Kincaid grade (textstat) is a US school grade; a UK reading age is about
the grade plus five, so "a reading age of 11 or under" is a grade of 6 or under. Two minutes:
at most 500 words, two minutes at an adult's silent reading speed of about 240–250 words a
minute (Brysbaert, 2019). Both are measured on the page's own words, as the story builds them
(the PDF's text layer also holds the header, the footer and the draft mark).
"""

from __future__ import annotations

import dataclasses
import re
from datetime import date

import pytest
import textstat
from reportlab.platypus import Paragraph, Table
from section_j_pdf import example_paths, flat, pdf_pages, render
from section_j_plans import typical_plan

from coplan.domain.budget import summarise
from coplan.domain.model import FundingStream, Plan, RecipientKind
from coplan.domain.money import total_cost
from coplan.plan_file import read_plan
from coplan.report.context import ReportContext
from coplan.report.fonts import register_fonts
from coplan.report.labels import FAMILY_TERMS
from coplan.report.sections import family

TODAY = date(2026, 11, 23)
MOST_GRADE = 6  # Flesch–Kincaid grade 6 ≈ UK reading age 11
MOST_WORDS = 500  # two minutes


def _example(stem: str) -> Plan:
    return read_plan(next(p for p in example_paths() if p.stem == stem))


def page_text(plan: Plan, pack, *, today: date = TODAY, final: bool | None = None) -> str:
    """The family page's words, paragraph by paragraph, each ending a sentence."""
    register_fonts()
    final = plan.is_final if final is None else final
    ctx = ReportContext(plan=plan, pack=pack, today=today, final=final)
    parts: list[str] = []

    def walk(flowable) -> None:
        if isinstance(flowable, Paragraph):
            text = " ".join(flowable.getPlainText().split())
            bullet = getattr(flowable, "bulletText", None)
            parts.append(text if text.endswith((".", ":", "?")) or not bullet else text + ".")
        elif isinstance(flowable, Table):
            for row in flowable._cellvalues:
                for cell in row:
                    for inner in cell if isinstance(cell, list) else [cell]:
                        walk(inner)
        elif isinstance(flowable, list):
            for inner in flowable:
                walk(inner)

    for flowable in family.story(ctx):
        walk(flowable)
    return "\n".join(parts)


EXAMPLES = ["ipad-communication", "joint-school-managed", "work-experience-16"]


@pytest.mark.parametrize("stem", EXAMPLES)
def test_a_parent_reads_it_in_two_minutes_at_a_reading_age_of_eleven(stem, pack):
    text = page_text(_example(stem), pack)
    grade = textstat.flesch_kincaid_grade(text)
    words = textstat.lexicon_count(text)
    assert grade <= MOST_GRADE, (grade, text)
    assert words <= MOST_WORDS, (words, text)


def test_a_long_plan_is_grouped_and_still_easy_to_read(pack):
    plan = typical_plan(items=20)
    text = page_text(plan, pack)
    assert textstat.flesch_kincaid_grade(text) <= MOST_GRADE
    assert textstat.lexicon_count(text) <= MOST_WORDS


@pytest.mark.parametrize("stem", EXAMPLES)
def test_every_item_is_listed_and_adds_up_to_the_headline(stem, pack):
    plan = _example(stem)
    text = page_text(plan, pack)
    assert not re.search(r"and \d+ more", text)
    for item in plan.items:
        assert flat(item.cost_text()) in flat(text)
    assert len(plan.items) <= family.ITEMS_LISTED
    summary = summarise(plan)
    assert total_cost(item.cost for item in plan.items) == summary.cost
    assert flat(f"The personal budget is {summary.total_text()}.") in flat(text)


def test_too_many_items_to_list_are_grouped_by_who_pays_and_the_groups_add_up(pack):
    plan = typical_plan(items=20)
    plan.items[3].funding = FundingStream.HEALTH
    text = page_text(plan, pack)
    summary = summarise(plan)
    assert "There are 20 items. Here they are by who pays." in text
    counted, groups = 0, []
    for stream, words in family.STREAM_GROUPS.items():
        items = [i for i in plan.items if i.funding is stream]
        if items:
            cost = summary.by_funding[stream]
            line = f"{words}: {len(items)} item{'s' if len(items) > 1 else ''}, {cost.text()}."
            assert line in text
            counted += len(items)
            groups.append(cost)
    assert counted == len(plan.items)
    assert total_cost(groups) == summary.cost  # the groups add up to the total in the box
    assert flat(f"The personal budget is {summary.total_text()}.") in flat(text)


@pytest.mark.parametrize("stem", EXAMPLES)
def test_plain_words_only_each_term_explained_where_first_used(stem, pack):
    text = page_text(_example(stem), pack)
    for jargon in ("school/setting", "setting", "indicative budget)", "notional"):
        assert jargon not in text
    for term in FAMILY_TERMS:
        found = [m.start() for m in re.finditer(rf"(?<![\w-]){re.escape(term)}(?![\w-])", text)]
        if found:  # explained at its first use, in brackets
            assert text[found[0] + len(term) :].startswith(" ("), (term, text)
    for term in ("direct payment", "organised arrangement", "third-party arrangement"):
        if term in text:
            first = text.index(term)
            assert text[first + len(term) :].startswith(" ("), (term, text)
            assert text.count(f"{term} (") == 1  # explained once
    assert "indicative budget (the figure you plan with)" in text


def test_camhs_and_cic_are_explained(pack):
    plan = _example("joint-school-managed")
    text = page_text(plan, pack)
    assert "CIC (a community interest company" in text
    plan = _example("work-experience-16")
    text = page_text(plan, pack)
    assert "CAMHS (the NHS service for children’s mental health)" in text


@pytest.mark.parametrize("stem", EXAMPLES)
def test_the_instruction_to_reply_is_given_once(stem, pack):
    text = page_text(_example(stem), pack)
    assert text.count("what you think") <= 1
    assert text.count("Tell us") + text.count("Tell your case officer") <= 1


def test_grammatical_with_the_school_named_or_not(pack):
    plan = _example("joint-school-managed")
    draft = page_text(plan, pack)
    assert (
        "It is held by the school, which holds the education and social care money under a "
        "joint agreement with the council." in draft
    )
    assert "Oakfield" not in draft
    final = page_text(plan, pack, final=True)
    assert "It is held by Oakfield Community Primary School, which holds the education" in final
    # A holder typed as a name only, or as a sentence starting with "The council".
    plan.organised_holder = "The council's SEND team"
    assert "It is held by the council's SEND team." in page_text(plan, pack)
    plan.organised_holder = ""
    assert "It is held by the council." in page_text(plan, pack)


def test_the_young_persons_own_plan_speaks_to_them(pack):
    plan = _example("work-experience-16")  # Ollie, 16, over compulsory school age
    text = page_text(plan, pack, today=date(2026, 12, 14))
    assert text.startswith("Your personal budget, Ollie")
    assert "part J of your Education, Health and Care plan" in text
    assert "You will get £4,011.00 a year, plus £85.00 once, as a direct payment" in text
    assert "so you can buy the support yourself" in text
    assert "held for you" in text
    assert "Ollie’s" not in text and "for Ollie" not in text.split("\n")[0]
    # The same young person's plan before the end of compulsory school age: to the parents.
    younger = dataclasses.replace(plan.child, date_of_birth=date(2011, 2, 10))
    plan.child = younger
    text = page_text(plan, pack, today=date(2026, 12, 14))
    assert text.startswith("Personal budget for Ollie")
    assert "part J of Ollie’s Education" in text


def test_a_parent_receiving_the_payments_is_told_what_a_direct_payment_is(pack):
    plan = _example("ipad-communication")
    assert plan.direct_payment.recipient is RecipientKind.PARENT
    text = page_text(plan, pack)
    assert (
        "Grace Okafor will get £4,410.00 a year, plus £678.99 once, as a direct payment (money "
        "paid to you, so you can buy the support yourselves)." in text
    )


@pytest.mark.parametrize("stem", EXAMPLES)
def test_the_case_officer_is_named_with_how_to_reach_them(stem, pack):
    plan = _example(stem)
    text = page_text(plan, pack)
    assert "Who to talk to" in text
    assert "Your case officer is Sam Patel, SEND case officer." in text
    assert "Email: sam.patel@example-shire.gov.uk" in text
    assert "Phone: 01632 960 123" in text
    # And in "What happens next" of the PDF.
    pages = pdf_pages(render(plan, pack))
    last = next(page for page in reversed(pages) if "What happens next" in page)
    assert flat("Your case officerSam Patel, SEND case officer") in flat(last)


def test_without_a_contact_the_council_is_named(pack):
    plan = _example("ipad-communication")
    plan.officer = dataclasses.replace(plan.officer, name="", role="", email="", phone="")
    text = page_text(plan, pack)
    assert "Your case officer at Example Shire Council." in text
