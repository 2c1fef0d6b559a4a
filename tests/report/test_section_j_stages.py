"""The draft says what is still open, line by line and in one box; the final plan is marked
final and has nothing "subject to"; the document's date is the day it was sent."""

from __future__ import annotations

from datetime import date

from section_j_pdf import flat, pdf_pages, render
from section_j_plans import SCHOOL, changed_since_signed, typical_plan

from coplan.domain.agreements import record_decision
from coplan.domain.lifecycle import issue_final_plan, record_response
from coplan.domain.model import (
    ConsulteeRole,
    Decision,
    ManagementOption,
    PlanStatus,
    SignatureMethod,
)
from coplan.report.sections.open_items import TITLE

DECLINED_ON = date(2026, 11, 20)
REASONS = "There is no room for another adult in the classroom"


def text_of(plan, pack, **kwargs) -> str:
    return flat("\n".join(pdf_pages(render(plan, pack, **kwargs))))


def declined_plan():
    plan = typical_plan(sign=False)
    record_decision(
        plan,
        "s1",
        decision=Decision.DECLINED,
        signatory_name="Ada Okafor",
        signatory_role="Head teacher",
        signed_on=DECLINED_ON,
        method=SignatureMethod.TYPED,
        reasons=REASONS,
    )
    return plan


def test_a_pending_agreement_is_said_where_the_line_is_and_in_the_box(pack):
    text = text_of(typical_plan(sign=False), pack)
    said = f"Subject to {SCHOOL}'s agreement: cannot start until agreed."
    assert flat(f"Premises agreement: {said}") in text
    assert flat(TITLE) in text
    assert flat(f": {said}") in text  # the box names the lines it concerns
    # The box comes first: before Section J's own heading.
    assert text.index(flat(TITLE)) < text.index(flat("Section J: Personal budget"))


def test_a_declined_agreement_says_when_why_and_what_must_happen(pack):
    text = text_of(declined_plan(), pack)
    assert (
        flat(
            f"Premises agreement: Declined by the head teacher on 20 November 2026: {REASONS}. "
            "This line must be re-arranged before the plan is final."
        )
        in text
    )
    assert flat("Declined, but now declined") not in text
    assert flat("but now") not in text


def test_a_changed_line_is_to_be_agreed_again(changed_plan, pack):
    text = text_of(changed_plan, pack)
    assert (
        flat(
            "Premises agreement: Changed since the head teacher agreed on 10 November 2026: to be "
            "agreed again."
        )
        in text
    )


def test_a_line_re_arranged_after_a_decline_is_history_not_an_agreement_to_ask_again(pack):
    plan = declined_plan()
    for item in plan.premises_dp_items("s1"):
        item.management = ManagementOption.ORGANISED
    text = text_of(plan, pack)
    assert flat("No longer needed") in text
    assert flat("kept as part of the plan's history") in text
    assert flat(REASONS) in text  # the decline stays in the agreement history
    assert flat("must be asked again") not in text
    assert flat("Subject to") not in text
    assert flat("This line must be re-arranged") not in text


def test_direct_payment_conditions_are_open_in_the_draft_not_a_reason_to_refuse_it(pack):
    plan = typical_plan()
    plan.direct_payment.appropriate_use_confirmed = False
    text = text_of(plan, pack)
    assert flat("The council to confirm that the direct payments will be used appropriately") in (
        text
    )


def test_a_sent_draft_leaves_open_the_comments_and_section_i(pack):
    plan = typical_plan()
    plan.items = [i for i in plan.items if i.management is not ManagementOption.DIRECT_PAYMENT][:3]
    plan.premises_agreements.clear()
    text = text_of(plan, pack)
    # Sent, with the comment period running and Section I to be named: both are still open.
    assert flat("Your comments: you have until 8 December 2026") in text
    assert flat("The council to name the school or college in Section I") in text
    # The draft as sent: a response received later does not change it; the comment period is
    # the one thing a sent draft always leaves open.
    record_response(
        plan,
        received_on=date(2026, 11, 30),
        from_name="Siobhán Ní Bhriain",
        role=ConsulteeRole.FAMILY,
        summary="Agreed.",
    )
    plan.section_i = SCHOOL
    text = text_of(plan, pack)
    assert flat("Your comments: you have until 8 December 2026") in text
    assert flat("Section I of the final plan") not in text


def test_an_unsent_draft_is_still_to_be_sent(pack):
    plan = typical_plan()
    plan.status, plan.served_on, plan.comment_deadline = PlanStatus.DRAFT, None, None
    text = text_of(plan, pack)
    assert flat("This draft to be sent to you formally, with at least 15 days") in text


def test_the_draft_is_dated_the_day_it_was_sent_and_re_exports_identically(pack):
    plan = typical_plan()
    first = render(plan, pack, today=date(2026, 11, 24))
    again = render(plan, pack, today=date(2027, 1, 5))
    assert first == again  # printing it again later gives the same document
    text = flat("\n".join(pdf_pages(first)))
    assert flat("Version 1 · sent 23 November 2026") in text
    assert flat("1 December 2026") not in text


def test_an_unsent_draft_says_so_in_its_header(pack):
    plan = typical_plan()
    plan.status, plan.served_on, plan.comment_deadline = PlanStatus.DRAFT, None, None
    plan.draft_revision = 2
    text = text_of(plan, pack)
    assert flat("Version 1, draft 2 · draft not yet sent") in text


def final_plan(pack):
    plan = typical_plan()
    plan.comment_deadline = date(2026, 12, 7)
    record_response(
        plan,
        received_on=date(2026, 11, 30),
        from_name="Siobhán Ní Bhriain",
        role=ConsulteeRole.FAMILY,
        summary="Agreed.",
    )
    plan.section_i = SCHOOL
    issue_final_plan(plan, pack, on=date(2026, 12, 14))
    return plan


def test_the_final_plan_is_marked_final_and_names_its_school(pack):
    plan = final_plan(pack)
    pages = pdf_pages(render(plan, pack))
    for page in pages:
        assert flat("FINAL PLAN") in flat(page)
        assert "DRAFT" not in page
        assert flat("final plan issued 14 December 2026") in flat(page)
    text = flat("\n".join(pages))
    assert flat("This is the final plan. The council issued it on 14 December 2026.") in text
    assert flat("Subject to") not in text and flat(TITLE) not in text
    assert flat(f"Section I: school or college{SCHOOL}") in text
    assert flat("Last day for comments") not in text
    assert flat("Premises agreement: Agreed by the head teacher with conditions") in text


def test_the_final_plan_can_be_rendered_before_it_is_recorded_as_issued(pack):
    plan = changed_since_signed(typical_plan())
    text = text_of(plan, pack, final=True)
    assert flat("FINAL PLAN") in text and "DRAFT" not in text
