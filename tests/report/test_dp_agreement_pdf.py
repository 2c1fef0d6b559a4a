"""The direct payment agreement PDF: each example with a direct payment produces its agreement,
read back with pypdf (recipient, items, amounts with their period, reference); its state
(signed, not yet, to be signed again) in words; the pack's wording; hostile text printed
literally; only the bundled fonts; atomic export."""

from __future__ import annotations

import copy
import dataclasses
import io
import shutil
from decimal import Decimal

import pytest
from factories import build_plan, sign_dp_agreement
from section_j_pdf import TODAY, example_paths, flat, pdf_pages
from section_j_pdf import render as render_section_j
from test_section_j_layout import words_outside_the_page

from coplan.domain import dp_agreement, shown_words
from coplan.domain.fingerprint import shown_item
from coplan.domain.model import ManagementOption
from coplan.plan_file import read_plan
from coplan.report import ExportError, export_dp_agreement, render_dp_agreement

needs_pdftotext = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler")
WITH_DP = [p for p in example_paths() if dp_agreement.needs_agreement(read_plan(p))]


def render(plan, pack, **kwargs) -> bytes:
    kwargs.setdefault("today", TODAY)
    kwargs.setdefault("deterministic", True)
    return render_dp_agreement(plan, pack, **kwargs)


def text_of(data: bytes) -> str:
    return flat("".join(pdf_pages(data)))


def test_two_examples_pay_by_direct_payment():
    assert {p.stem for p in WITH_DP} == {"ipad-communication", "work-experience-16"}


@pytest.mark.parametrize("path", WITH_DP, ids=lambda p: p.stem)
def test_each_example_with_a_direct_payment_produces_its_agreement(path, pack):
    plan = read_plan(path)
    text = text_of(render(plan, pack))
    reference = dp_agreement.reference(plan, pack)
    assert flat(f"Reference {reference}") in text
    assert flat(plan.direct_payment.recipient_name) in text
    assert flat(plan.child.full_name) in text
    for item in dp_agreement.paid_items(plan):
        assert flat(item.description) in text
        assert flat(f"In the plan Provision {item.provision_ref}") in text  # traceable
        shown = shown_item(item)
        period = "once" if item.is_one_off else "a year"
        assert flat(f"{shown_words.cost_amount(shown)} {period}") in text
        for outcome_id in item.outcome_ids:
            assert flat(plan.outcome(outcome_id).text) in text
    for item in plan.items:
        if item.management is not ManagementOption.DIRECT_PAYMENT:
            assert flat(item.description) not in text  # only what the payments are for
    # Signed in the example: by whom and when, in the agreement's words.
    signed = plan.dp_agreements[-1]
    assert flat(f"Signed on {signed.signed_on.day}") in text
    for title in (
        "Who this agreement is between",
        "What the direct payments are for",
        "How and when the money is paid",
        "The bank account",
        "Records and returns",
        "Reviews",
        "Money not spent",
        "Flexibility agreed",
        "Reducing, suspending or stopping the payments",
        "Support on a school's or college's premises",
        "Who to contact",
        "Signatures",
    ):
        assert flat(title) in text


def test_amounts_say_their_period_and_the_schedule_is_printed(pack):
    plan = read_plan(next(p for p in WITH_DP if p.stem == "ipad-communication"))
    text = text_of(render(plan, pack))
    assert flat("£429.00 once (a one-off purchase)") in text
    assert flat("£2,250.00 a year (£75.00 an hour), from the health budget") in text
    assert flat("In all: £4,410.00 a year and £678.99 once for one-off purchases.") in text
    assert flat("First payment 4 January 2027") in text
    assert flat("Payment schedule") in text and flat("£5,088.99") in text
    assert flat("within 3 months of the first payment") in text
    assert flat("at least 4 weeks' written notice") in text
    assert flat("Care plan ICB-SLT-2026-0412") in text
    # Contacts: the council's direct payments team (the pack) and the plan's case officer.
    assert flat(pack.dp_agreement.contact) in text
    assert flat(f"Your case officer: {plan.officer.name}") in text
    assert flat(plan.officer.email) in text


def test_not_signed_yet_asks_for_a_signature(pack):
    plan = build_plan()
    plan.dp_agreements.clear()
    text = text_of(render(plan, pack))
    assert flat("Not signed yet. No payment can be made until Sara Khan signs") in text
    assert flat("Signed by Sara Khan, the person receiving the payments") in text
    assert flat("Name in capitals") in text


def test_a_changed_agreement_says_to_be_signed_again_in_it_and_in_section_j(pack):
    plan = build_plan()
    plan.items[0].units_per_period = Decimal(4)
    text = text_of(render(plan, pack))
    assert flat("To be signed again: what it covers changed after it was signed on 23") in text
    assert flat("No payment can be made under the changed agreement until it is signed again") in (
        text
    )
    section_j = text_of(render_section_j(plan, pack))
    assert flat("To be signed again: what it covers changed after it was signed") in section_j
    sign_dp_agreement(plan, pack)
    assert flat("Signed on 23 November 2026, reference") in text_of(render_section_j(plan, pack))


def test_a_second_pack_changes_the_words_with_no_code_change(pack, strict_pack):
    plan = build_plan()
    text = text_of(render(plan, strict_pack))
    assert flat("Strict Borough Direct Payments Unit") in text
    assert flat("every month") in text and flat("at least 2 weeks' written notice") in text
    assert flat("I accept the Strict Borough terms for direct payments.") in text
    assert flat("Example Shire") not in text
    # and its terms are not what was signed under the first pack
    assert flat("To be signed again") in text


def test_a_pack_without_terms_prints_nothing_and_says_why(pack, tmp_path):
    with pytest.raises(ValueError, match=r"no direct payment agreement terms \(\[dp_agreement\]\)"):
        export_dp_agreement(
            build_plan(), dataclasses.replace(pack, dp_agreement=None), tmp_path / "a.pdf"
        )
    assert list(tmp_path.iterdir()) == []


def test_metadata_and_fonts(pack):
    from pypdf import PdfReader

    plan = build_plan()
    plan.child.full_name = "Łukasz <b>Σοφία</b> Алексей"
    data = render(plan, pack)
    reader = PdfReader(io.BytesIO(data))
    assert reader.metadata.creator == "CoPlan"
    assert dp_agreement.reference(plan, pack) in reader.metadata.subject
    assert reader.trailer["/Root"]["/Lang"] == "en-GB"
    fonts = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            fonts.add(str(font.get_object()["/BaseFont"]).split("+")[-1])
    assert fonts <= {"DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique"}
    assert flat("Łukasz <b>Σοφία</b> Алексей") in text_of(data)


HOSTILE = ["<b>bold</b>", "S&P", '<img src="/etc/passwd">', "</para>", "&amp; &lt;"]


@pytest.mark.parametrize("hostile", HOSTILE)
def test_hostile_text_prints_literally(pack, hostile):
    plan = build_plan()
    plan.child.full_name = f"Child {hostile}"
    plan.direct_payment.recipient_name = f"Parent {hostile}"
    item = plan.items[0]
    item.description = f"Tutor {hostile}"
    item.delivered_by = f"Service {hostile}"
    item.when = f"Mondays {hostile}"
    plan.needs[0].summary = f"Need {hostile}"
    plan.outcomes[0].text = f"Outcome {hostile}"
    hostile_pack = dataclasses.replace(
        pack,
        council=f"Council {hostile}",
        dp_agreement=dataclasses.replace(pack.dp_agreement, contact=f"Contact {hostile}"),
    )
    data = render(plan, hostile_pack)
    text = text_of(data)
    for shown in (
        f"for Child {hostile}",
        f"Parent {hostile}",
        f"Tutor {hostile}",
        f"Service {hostile}",
        f"Mondays {hostile}",
        f"Need {hostile}",
        f"Outcome {hostile}",
        f"Contact {hostile}",
        f"Council {hostile}",
    ):
        assert flat(shown) in text, shown
    assert b"/Subtype /Image" not in data


@needs_pdftotext
def test_long_text_stays_inside_the_page(pack, tmp_path):
    plan = build_plan()
    plan.items[0].description = "A very detailed description of the tutoring " * 30
    plan.items[0].delivered_by = "x" * 300
    data = render(plan, pack)
    assert words_outside_the_page(data, tmp_path) == []
    assert "x" * 300 in text_of(data)


def test_text_longer_than_a_page_in_one_field_still_exports(pack):
    plan = build_plan()
    plan.outcomes[0].text = " ".join(f"word{n}" for n in range(3000))
    text = text_of(render(plan, pack))
    assert "word0word1" in text and "word2998word2999" in text


# -- export -----------------------------------------------------------------------------------
def test_export_writes_exactly_the_rendered_pdf(pack, tmp_path):
    plan = build_plan()
    target = tmp_path / "agreement.pdf"
    export_dp_agreement(plan, pack, target, today=TODAY, deterministic=True)
    assert target.read_bytes() == render(plan, pack)
    assert [p.name for p in tmp_path.iterdir()] == ["agreement.pdf"]


def test_a_failed_rename_keeps_the_earlier_file(pack, tmp_path, monkeypatch):
    import errno
    import os

    target = tmp_path / "agreement.pdf"
    target.write_bytes(b"the earlier agreement")

    def refuse(source, destination):
        raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(destination))

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(ExportError, match="read-only"):
        export_dp_agreement(build_plan(), pack, target, today=TODAY, deterministic=True)
    assert target.read_bytes() == b"the earlier agreement"
    assert [p.name for p in tmp_path.iterdir()] == ["agreement.pdf"]


def test_a_missing_folder_leaves_nothing(pack, tmp_path):
    with pytest.raises(ExportError, match="does not exist"):
        export_dp_agreement(build_plan(), pack, tmp_path / "nowhere" / "a.pdf")
    assert list(tmp_path.iterdir()) == []


def test_deterministic_and_the_plan_unchanged(pack):
    plan = build_plan()
    before = copy.deepcopy(plan)
    first = render(plan, pack)
    assert render(copy.deepcopy(plan), pack) == first
    assert plan == before


def test_the_third_partys_agreement(pack):
    plan = read_plan(next(p for p in example_paths() if p.stem == "joint-school-managed"))
    text = text_of(render(plan, pack, recipient="third_party"))
    assert flat("A third-party arrangement: Brightpath Support Brokerage CIC holds money") in text
    assert flat("The organisation holding the money") in text
    assert flat(plan.third_party.holds) in text and flat(plan.third_party.reports) in text
    assert flat("Signed for Brightpath Support Brokerage CIC, which holds the money") in text
    reference = dp_agreement.reference(plan, pack, "third_party")
    assert flat(f"Reference {reference}") in text
    for item in dp_agreement.paid_items(plan, "third_party"):
        assert flat(item.description) in text
    assert flat("Payment schedule") not in text  # the family's schedule is not the broker's
    with pytest.raises(ValueError, match="has an agreement of its own"):
        render(plan, pack)


def test_section_j_says_the_third_partys_agreement_state(pack):
    plan = read_plan(next(p for p in example_paths() if p.stem == "joint-school-managed"))
    text = text_of(render_section_j(plan, pack))
    assert flat("Its direct payment agreement Not signed yet. No payment can be made") in text
    dp_agreement.record_signing(
        plan,
        pack,
        signatory_name="Nadia Hussain",
        signed_on=TODAY,
        method=dp_agreement.SignatureMethod.TYPED,
        recipient="third_party",
    )
    reference = dp_agreement.reference(plan, pack, "third_party")
    assert flat(f"Signed on 23 November 2026, reference {reference}.") in text_of(
        render_section_j(plan, pack)
    )
    plan.third_party.holds = "Everything, paid monthly"
    assert flat("To be signed again: what it covers changed") in text_of(
        render_section_j(plan, pack)
    )
