"""Exporting the draft Section J from the Review page: refused while anything blocks, otherwise
written, audited, kept as a version, and offered to open."""

from __future__ import annotations

import pypdf
import pytest
from test_agreement_page import answer, save_as  # noqa: F401  (fixtures and helpers)
from test_review_and_family import open_example

from coplan.domain.money import Money


@pytest.fixture
def review(qtbot, main_window, store):
    wizard = open_example(main_window, store, qtbot, index=0)
    wizard.go_to("review")
    return wizard.page_by_key("review")


def test_the_draft_is_written_audited_snapshotted_and_offered(
    review,
    store,
    tmp_path,
    monkeypatch,
    answer,  # noqa: F811
):
    out = tmp_path / "draft.pdf"
    asked = save_as(monkeypatch, out)
    review.ui.exportPdf.click()
    assert asked, "the officer chooses where it goes"
    # The name offered tells this child's plan from any other Amara's.
    assert asked[0].endswith("Amara Grace Okafor born 14-03-2018 v1 Section J draft.pdf")
    text = " ".join(page.extract_text() for page in pypdf.PdfReader(out).pages)
    assert "DRAFT" in text and review.plan.child.full_name in text
    actions = [entry.action for entry in store.audit_trail(review.plan.id)]
    assert "exported" in actions
    assert [v.reason for v in store.versions(review.plan.id)][-1] == "draft exported"
    assert answer["opened"] and answer["opened"][0].toLocalFile() == str(out)
    assert "Draft written to" in review.ui.exportStatus.text()


def test_a_plan_with_something_to_fix_is_not_exported(review, tmp_path, monkeypatch, qtbot):
    review.session.plan.items[0].outcome_ids = []
    review.session.plan.items[0].one_off_cost = Money(1)
    review.session.refresh_findings()
    asked = save_as(monkeypatch, tmp_path / "draft.pdf")
    review.ui.exportPdf.click()
    assert asked == []  # not even asked where to save
    assert not (tmp_path / "draft.pdf").exists()
    assert "cannot be exported yet" in review.ui.exportStatus.text()


def test_not_exported_while_a_field_holds_input_that_is_not_valid(review, tmp_path, monkeypatch):
    review.session.note_input("unit_cost", "Unit cost (£)", "22.5.0", "Not an amount of money.")
    asked = save_as(monkeypatch, tmp_path / "draft.pdf")
    review.ui.exportPdf.click()
    assert asked == []
    assert "correct what is typed in Unit cost (£)" in review.ui.exportStatus.text()


def test_a_draft_with_a_declined_agreement_exports_and_says_what_is_open(
    review,
    store,
    tmp_path,
    monkeypatch,
    answer,  # noqa: F811
):
    from datetime import date

    from coplan.domain.agreements import record_decision
    from coplan.domain.model import Decision, SignatureMethod

    plan = review.session.plan
    record_decision(
        plan,
        "s1",
        decision=Decision.DECLINED,
        signatory_name="Helen Whitfield",
        signatory_role="Head teacher",
        signed_on=date(2026, 11, 20),
        method=SignatureMethod.TYPED,
        reasons="The class has no space for the equipment",
    )
    review.session.edited()
    review.session.refresh_findings()
    out = tmp_path / "draft.pdf"
    save_as(monkeypatch, out)
    review.ui.exportPdf.click()
    text = "".join("".join(p.extract_text().split()) for p in pypdf.PdfReader(out).pages)
    assert "DeclinedbytheheadteacheronNovember" not in text  # the date reads in full
    assert "Declinedbytheheadteacheron20November2026:Theclasshasnospacefortheequipment." in text
    assert "Stilltosettlebeforetheplanisfinal" in text
    assert "Draft written to" in review.ui.exportStatus.text()
