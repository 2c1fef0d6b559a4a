"""Read the PDF back with pypdf and check it against the plan: totals, items, options,
agreements, dates and the council's wording."""

from __future__ import annotations

import dataclasses
import io
import re
from datetime import date

import pytest
from pypdf import PdfReader
from section_j_pdf import flat, pdf_pages, render
from section_j_plans import SCHOOL, annual_review, typical_plan

from coplan.domain.agreements import record_decision, withdraw
from coplan.domain.budget import summarise
from coplan.domain.dates import format_long
from coplan.domain.fingerprint import reference
from coplan.domain.model import (
    Decision,
    ManagementOption,
    Plan,
    RecipientKind,
    SignatureMethod,
)
from coplan.report import labels


@pytest.fixture
def pages(plan, pack) -> list[str]:
    return pdf_pages(render(plan, pack))


def whole(pages: list[str]) -> str:
    return flat("\n".join(pages))


def test_every_page_has_the_header_and_page_x_of_y(pages, plan, pack):
    for number, page in enumerate(pages, 1):
        text = flat(page)
        assert flat(pack.council) in text
        assert flat("DRAFT — for consultation") in text
        assert flat(plan.child.full_name) in text
        assert flat(f"Version {plan.version} · sent {format_long(plan.served_on)}") in text
        assert flat(f"Page {number} of {len(pages)}") in text


def test_every_page_is_a4(plan, pack):
    reader = PdfReader(io.BytesIO(render(plan, pack)))
    for page in reader.pages:
        assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (595, 842)


def test_metadata_names_the_council_and_the_language(plan, pack):
    reader = PdfReader(io.BytesIO(render(plan, pack)))
    info = reader.metadata
    assert info.author == pack.council
    assert plan.child.full_name in info.title
    assert "Section J" in info.title
    assert "consultation" in info.subject
    assert reader.trailer["/Root"]["/Lang"] == "en-GB"


def test_the_first_page_speaks_to_the_family(pages, plan, pack):
    first = flat(pages[0])
    summary = summarise(plan)
    assert flat(f"Draft personal budget for {plan.child.called}") in first
    assert flat(f"The personal budget is {summary.total_text()}.") in first
    assert flat(f"The last day to reply is {format_long(plan.comment_deadline)}") in first
    for heading in (
        "What the money pays for",
        "Who looks after the money",
        "What to do next",
        "Who to talk to",
    ):
        assert flat(heading) in first
    dp_total = summary.by_management[ManagementOption.DIRECT_PAYMENT]
    assert flat(f"{plan.direct_payment.recipient_name} will get {dp_total.text()}") in first
    # Every item, never "and 1 more": a plan of up to eight items lists each with its cost;
    # more are grouped by who pays (tests/report/test_family_page.py).
    assert not re.search(r"and\d+more", first)
    assert flat(plan.third_party.organisation) in first
    assert flat("Sign the direct payment agreement") in first


def test_totals_by_funding_stream_and_management_option(pages, plan):
    text = whole(pages)
    summary = summarise(plan)
    assert flat(summary.total_text()) in text
    for comparison in summary.streams:
        planned = comparison.planned.yearly.format()
        indicative = comparison.indicative.format()
        assert flat(f"{labels.FUNDING[comparison.stream]}{planned}{indicative}") in text
    school = summary.school.text()
    assert flat(f"Beside the budget: the school's own contribution, {school}") in text
    for option in ManagementOption:
        count = sum(1 for item in plan.items if item.management is option)
        cost = summary.by_management[option]
        once = cost.once.format() if cost.once else "none"
        assert flat(f"{labels.MANAGEMENT[option]}{count}{cost.yearly.format()}{once}") in text
    assert flat("Overall: Mixed.") in text
    for comparison in summary.over_streams:
        assert flat(f"{labels.FUNDING[comparison.stream]}: {comparison.difference_text()}") in text
        assert flat(plan.over_budget_reasons[comparison.stream]) in text
    assert flat(plan.indicative.override.reason) in text


def test_each_item_with_its_quantity_provider_needs_outcomes_and_cost(pages, plan):
    text = whole(pages)
    for number, item in enumerate(plan.items, 1):
        assert flat(f"{number}. {item.description}") in text
        quantity = item.quantity_text()
        assert flat(quantity[:1].upper() + quantity[1:]) in text
        assert flat(f"Who: {item.delivered_by}") in text
        assert flat(item.cost_text()) in text
        assert flat(f"Managed as: {labels.MANAGEMENT[item.management].lower()}") in text
        for outcome_id in item.outcome_ids:
            assert flat(plan.outcome(outcome_id).text) in text
        for need_id in item.need_ids:
            assert flat(plan.need(need_id).summary) in text
    assert "p1" not in text.replace("p1.", "")  # ids never stand in for the words


def test_direct_payment_arrangements_use_the_packs_wording_and_timescales(plan, pack):
    pack = dataclasses.replace(
        pack,
        timescales=dataclasses.replace(pack.timescales, first_dp_review_months=2),
        wording=dataclasses.replace(pack.wording, unspent_money="Unspent money goes back."),
    )
    text = whole(pdf_pages(render(plan, pack)))
    assert flat("Direct payment arrangements") in text
    assert flat(f"Parent or carer: {plan.direct_payment.recipient_name}") in text
    assert flat("Every month") in text
    assert flat("used only for the direct payments: confirmed") in text
    assert flat(pack.wording.monitoring_terms) in text
    assert flat("Unspent money goes back.") in text
    assert flat("The first review is within 2 months of the first payment") in text
    assert flat("Not signed yet. No payment can be made until it is signed.") in text


def test_a_plans_own_monitoring_terms_replace_the_standard_ones(plan, pack):
    plan.direct_payment.monitoring_terms = "Send bank statements every month."
    text = whole(pdf_pages(render(plan, pack)))
    assert flat("Send bank statements every month.") in text
    assert flat(pack.wording.monitoring_terms) not in text


def test_who_holds_the_money_for_organised_and_third_party_arrangements(pages, plan):
    text = whole(pages)
    assert flat(f"Who holds and manages the money{plan.organised_holder}") in text
    assert flat(f"Who holds and manages the money{plan.third_party.organisation}") in text
    assert flat(plan.third_party.role) in text


def test_a_valid_premises_agreement_in_full(pages, plan, pack):
    text = whole(pages)
    agreement = plan.premises_agreements[-1]
    signed = format_long(agreement.signed_on)
    assert flat(f"Premises agreement: Agreed by the head teacher with conditions on {signed}.") in (
        text
    )
    for condition_id in agreement.conditions:
        assert flat(pack.premises_condition(condition_id).label) in text
    assert flat(f"Signed by{agreement.signatory_name}") in text
    assert flat(f"Role{agreement.signatory_role}") in text
    assert flat(f"Date{format_long(agreement.signed_on)}") in text
    assert flat(f"How it was given{labels.SIGNATURE_METHOD[SignatureMethod.DRAWN]}") in text
    assert flat("Signature") in text


def test_an_agreement_changed_since_signed_is_never_shown_as_valid(changed_plan, pack):
    text = whole(pdf_pages(render(changed_plan, pack)))
    signed = format_long(changed_plan.premises_agreements[-1].signed_on)
    assert flat(f"No longer valid: changed since signed on {signed}") in text
    assert flat("Premises agreement: Agreed") not in text
    assert flat("but now no longer valid") in text
    assert flat("how much a week changed from “2” to “3”") in text
    assert flat("Not shown: this agreement no longer covers the support.") in text


def test_a_withdrawn_agreement(plan, pack):
    withdraw(
        plan,
        "s1",
        on=date(2026, 11, 20),
        reason="Building works",
        told_by="Ada Okafor",
        effective_from=date(2026, 12, 4),
    )
    text = whole(pdf_pages(render(plan, pack)))
    assert (
        flat(
            "Premises agreement: Agreement withdrawn on 20 November 2026: this line stops or must "
            "be re-arranged from 4 December 2026."
        )
        in text
    )
    assert flat("must stop or be arranged another way") in text
    assert flat("Reason: Building works") in text
    assert flat("The school no longer agrees to some support there") in text


def test_an_agreement_given_on_paper_never_shows_a_signature(pack):
    plan = typical_plan(sign=False)
    record_decision(
        plan,
        "s1",
        decision=Decision.AGREED,
        signatory_name="Ada Okafor",
        signatory_role="Head teacher",
        signed_on=date(2026, 11, 12),
        method=SignatureMethod.PAPER,
        recorded_by="Sam Patel",
        reference=reference(plan, "s1"),
        signature_svg_path="M 0 0 L 10 10",
    )
    text = whole(pdf_pages(render(plan, pack)))
    assert flat("Given on paper after the meeting; recorded by Sam Patel") in text
    assert flat("Signature") not in text


def test_a_delegated_signatory_prints_whose_authority_they_signed_with(pack):
    plan = typical_plan(sign=False)
    record_decision(
        plan,
        "s1",
        decision=Decision.AGREED,
        signatory_name="Tom Reid",
        signatory_role="Deputy head teacher",
        signed_on=date(2026, 11, 12),
        method=SignatureMethod.TYPED,
        delegated_by="Ada Okafor, head teacher",
        delegated_on=date(2026, 9, 1),
    )
    text = whole(pdf_pages(render(plan, pack)))
    assert flat("Deputy head teacher") in text
    assert (
        flat("Written authority delegated by Ada Okafor, head teacher, given on 1 September 2026")
        in text
    )


def test_not_asked_yet(pack):
    text = whole(pdf_pages(render(typical_plan(sign=False), pack)))
    assert (
        flat(f"Premises agreement: Subject to {SCHOOL}'s agreement: cannot start until agreed.")
        in text
    )
    assert flat("has not been asked yet") in text


def test_the_setting_is_named_only_in_the_premises_agreements(pages):
    named = [n for n, page in enumerate(pages) if flat(SCHOOL) in flat(page)]
    premises = next(n for n, page in enumerate(pages) if "Premises agreements" in page)
    assert named and all(n >= premises for n in named)
    after = flat("".join(pages[premises:]))
    assert after.index(flat(SCHOOL)) > after.index("Premisesagreements")
    assert flat("Section I: school or college") in whole(pages)


def test_a_setting_named_in_free_text_is_printed_as_the_school_or_setting(plan, pack):
    plan.item("p5").delivered_by = f"{SCHOOL} teaching assistant"
    plan.organised_holder = f"{SCHOOL}, under a joint agreement with the council"
    pages = pdf_pages(render(plan, pack))
    premises = next(n for n, page in enumerate(pages) if "Premises agreements" in page)
    assert all(flat(SCHOOL) not in flat(page) for page in pages[:premises])
    text = whole(pages)
    assert flat("Who: The school teaching assistant") in text
    # A whole sentence on the family page, whatever the officer typed:
    assert flat("It is held by the school, under a joint agreement with the council.") in text


def test_the_pack_can_switch_naming_the_setting_off(plan, pack):
    pack = dataclasses.replace(pack, name_setting_in_premises_agreements=False)
    plan.organised_holder = SCHOOL  # typed by the officer: still not printed
    text = whole(pdf_pages(render(plan, pack)))
    assert flat(SCHOOL) not in text
    assert flat("the school") in text and "school/setting" not in text


def test_requests_not_agreed_with_reasons_and_review_rights(pages, plan, pack):
    text = whole(pages)
    refusal = plan.refusals[0]
    assert flat(pack.wording.refusal) in text
    assert flat(refusal.request) in text
    assert flat(refusal.reasons) in text
    assert flat(refusal.block_contract_reason) in text
    assert flat(pack.wording.review_rights) in text


def test_what_happens_next(pages, plan, pack):
    text = whole(pages)
    assert flat(f"Date this draft was sent to you (served){format_long(plan.served_on)}") in text
    assert flat(f"Last day for comments{format_long(plan.comment_deadline)}") in text
    assert flat(f"at least {pack.timescales.comment_period_days} days") in text
    assert flat(pack.wording.how_to_respond) in text
    assert flat(f"Next review of the plan{format_long(plan.next_review_on)}") in text
    assert flat(f"within {pack.timescales.final_plan_weeks} weeks") in text


def test_legal_terms_are_explained(pages, pack):
    text = whole(pages)
    for term, wording in (
        ("Direct payment", pack.wording.direct_payment),
        ("Organised arrangement", pack.wording.organised_arrangement),
        ("Third-party arrangement", pack.wording.third_party),
        ("Indicative budget", pack.wording.indicative_budget),
    ):
        assert flat(term + labels.explanation(term, wording)) in text
    assert flat(labels.PERSONAL_BUDGET) in text
    assert flat(labels.PREMISES_AGREEMENT) in text


def test_what_changed_since_the_previous_version(pack):
    previous = typical_plan()
    plan = annual_review(previous)
    text = whole(pdf_pages(render(plan, pack, previous=previous)))
    assert flat("What has changed since version 1") in text
    assert flat("NewSwimming lessons with a support worker") in text
    assert flat("— → £660.00 a year") in text
    assert flat("RemovedSaturday club with support") in text
    assert flat("£1,600.00 a year → —") in text
    assert flat("ChangedSpeech and language therapy") in text
    assert flat("£2,250.00 a year → £1,500.00 a year") in text
    total_before, total_now = summarise(previous).cost, summarise(plan).cost
    assert flat(f"{total_before.text()} → {total_now.text()}") in text


def test_without_a_previous_version_there_is_no_comparison(pages):
    assert "What has changed" not in "".join(pages)


def test_an_empty_plan_still_makes_a_sensible_draft(pack):
    text = whole(pdf_pages(render(Plan(), pack)))
    assert flat("(name not recorded)") in text
    assert flat("Nothing is paid for by a personal budget in this draft.") in text
    assert flat("There are no items in this personal budget.") in text
    assert flat("Not sent yet") in text


def test_timescales_of_one_read_in_the_singular(plan, pack):
    pack = dataclasses.replace(
        pack,
        timescales=dataclasses.replace(
            pack.timescales, first_dp_review_months=1, unspent_recovery_weeks=1
        ),
        wording=dataclasses.replace(pack.wording, unspent_money=""),
    )
    text = whole(pdf_pages(render(plan, pack)))
    assert flat("The first review is within 1 month of the first payment") in text
    assert flat("Money left unspent beyond 1 week's worth of payments may be asked back.") in text


def test_a_nominee_is_the_one_person_printed_as_paid_with_who_chose_them(pack):
    plan = typical_plan()
    dp = plan.direct_payment
    dp.recipient = RecipientKind.NOMINEE
    dp.recipient_name = "Ruth Kowalczyk"
    dp.nominee_relationship = "aunt"
    dp.nominated_by = "Ada Okafor, parent"
    text = whole(pdf_pages(render(plan, pack)))
    assert flat("A nominee (someone chosen to receive the payments): Ruth Kowalczyk (aunt)") in text
    assert flat("Nominee chosen by Ada Okafor, parent") in text
    assert flat("Nominee:") not in text  # never a second "nominee" line beside the recipient
