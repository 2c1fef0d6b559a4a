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


def test_the_final_plan_cannot_be_issued_while_something_must_be_fixed(review):
    from coplan.domain.model import PlanStatus

    plan = review.session.plan
    plan.items[0].outcome_ids = []
    review.session.refresh_findings()
    combo = review.ui.planStatus
    combo.setCurrentIndex(combo.findData(PlanStatus.FINAL.value))
    assert plan.status is PlanStatus.CONSULTATION  # the example as served
    assert combo.currentData() == PlanStatus.CONSULTATION.value
    assert "final plan cannot be issued yet" in review.ui.exportStatus.text()
