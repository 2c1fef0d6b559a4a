"""The review page shows the plan's stage and takes it through its timeline: send the draft
(to whom, how), record responses, issue the final plan (refused with the reasons while anything
stops it), after which the plan is read-only."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QDialog, QLineEdit
from test_review_and_family import open_example
from ui_driver import example_paths

from coplan.domain.model import ConsulteeRole, PlanStatus, ServiceMethod
from coplan.plan_file import read_plan
from coplan.ui import stage_dialogs

INDEX = {path.stem: n for n, path in enumerate(example_paths())}


def drive(monkeypatch, dialog_class, fill):
    """Replace the dialog's exec: fill it as an officer would, press OK, report what it said."""
    said = []

    def exec_(dialog):
        fill(dialog)
        dialog._try()
        said.append(dialog.message.text())
        if dialog.result() != QDialog.DialogCode.Accepted:
            dialog.reject()
        return dialog.result()

    monkeypatch.setattr(dialog_class, "exec", exec_)
    return said


def review_of(main_window, store, qtbot, stem):
    wizard = open_example(main_window, store, qtbot, index=INDEX[stem])
    wizard.go_to("review")
    return wizard, wizard.review_page


def test_a_sent_draft_shows_its_stage_who_it_went_to_and_the_responses(qtbot, main_window, store):
    _wizard, review = review_of(main_window, store, qtbot, "ipad-communication")
    stage = review.ui.stageText.text()
    assert "Sent for consultation on 23 November 2026 to Grace Okafor (family, by email)" in stage
    assert "Meadowbank Primary School (school or setting consulted, by email)" in stage
    assert "Comments due: 7 December 2026" in stage
    assert review.ui.responsesList.count() == 2
    assert "Can meet the needs." in review.ui.responsesList.item(1).text()
    assert not review.ui.sendDraft.isEnabled()
    assert review.ui.issueFinal.isEnabled() and review.ui.recordResponse.isEnabled()


def test_sending_a_draft_records_who_when_and_the_last_day(qtbot, main_window, store, monkeypatch):
    _wizard, review = review_of(main_window, store, qtbot, "joint-school-managed")
    plan = review.plan
    assert "Draft, not yet sent" in review.ui.stageText.text()
    assert "Final plan due: 18 February 2027" in review.ui.stageText.text()

    def fill(dialog):
        assert [c.role for c in dialog.consultees()][:1] == [ConsulteeRole.FAMILY]
        dialog.sent_on.setText("23/11/2026")
        assert "07/12/2026 at the earliest" in dialog.last_day.placeholderText()
        dialog.table.cellWidget(0, 2).setCurrentIndex(
            dialog.table.cellWidget(0, 2).findData(ServiceMethod.POST.value)
        )

    drive(monkeypatch, stage_dialogs.SendDraftDialog, fill)
    assert review.send_draft()
    assert plan.status is PlanStatus.CONSULTATION
    assert (plan.served_on, plan.comment_deadline) == (date(2026, 11, 23), date(2026, 12, 7))
    assert plan.served_to[0].method is ServiceMethod.POST
    assert store.load(plan.id).status is PlanStatus.CONSULTATION
    actions = [e.action for e in store.audit_trail(plan.id)]
    assert "draft sent" in actions
    assert "Leanne" not in " ".join(e.detail for e in store.audit_trail(plan.id))
    assert [v.reason for v in store.versions(plan.id)][-1] == "draft sent"
    assert "Comments due: 7 December 2026" in review.ui.stageText.text()


def test_a_refused_step_says_why_in_the_dialog_and_changes_nothing(
    qtbot, main_window, store, monkeypatch
):
    _wizard, review = review_of(main_window, store, qtbot, "joint-school-managed")

    def fill(dialog):
        dialog.sent_on.setText("23/11/2026")
        dialog.last_day.setText("01/12/2026")

    said = drive(monkeypatch, stage_dialogs.SendDraftDialog, fill)
    assert not review.send_draft()
    assert "cannot be before 7 December 2026" in said[0]
    assert review.plan.status is PlanStatus.DRAFT


def test_the_final_plan_is_refused_while_something_stops_it_then_issued_read_only(
    qtbot, main_window, store, monkeypatch
):
    wizard, review = review_of(main_window, store, qtbot, "ipad-communication")
    plan = review.plan
    plan.items[0].outcome_ids = []
    wizard.session.edited()
    said = drive(monkeypatch, stage_dialogs.IssueFinalDialog, lambda d: d.issued_on.setText(
        "14/12/2026"))  # fmt: skip
    # The edit made the sent draft a new revision: it is a draft again, to be sent again.
    wizard.session.save_now()
    assert plan.status is PlanStatus.DRAFT and plan.draft_revision == 2
    assert not review.ui.issueFinal.isEnabled()
    assert "changed after draft 1 was sent on 23 November 2026" in review.ui.stageText.text()
    assert "draft revised" in [e.action for e in store.audit_trail(plan.id)]
    assert said == []  # no dialog for a step that does not apply

    # The same plan as sent: the school is named and the comments are in.
    wizard.session.close()
    wizard._closing_checked = True
    wizard.close()
    store.save(read_plan(example_paths()[INDEX["ipad-communication"]]), actor="test")
    wizard = main_window.open_plan(store.load(plan.id))
    wizard.go_to("review")
    review = wizard.review_page
    said = drive(
        monkeypatch,
        stage_dialogs.IssueFinalDialog,
        lambda d: (d.issued_on.setText("14/12/2026"), d.section_i.setText("")),
    )
    assert not review.issue_final()
    assert "Name the school or setting for Section I" in said[-1]
    assert review.plan.status is PlanStatus.CONSULTATION

    drive(monkeypatch, stage_dialogs.IssueFinalDialog, lambda d: d.issued_on.setText("14/12/2026"))
    assert review.issue_final()
    issued = store.load(plan.id)
    assert (issued.status, issued.issued_on) == (PlanStatus.FINAL, date(2026, 12, 14))
    assert issued.section_i == "Meadowbank Primary School"
    assert "final plan: read-only" in wizard.windowTitle()
    assert not wizard.page_by_key("provision").editable
    assert not review.ui.refusalsGroup.isEnabled()
    assert review.ui.exportPdf.isEnabled() and "fin&al plan" in review.ui.exportPdf.text()
    assert [v.reason for v in store.versions(plan.id)][-1] == "final plan issued"


def test_a_final_plan_opens_read_only(qtbot, main_window, store):
    wizard, review = review_of(main_window, store, qtbot, "work-experience-16")
    assert wizard.session.plan.is_final
    assert "final plan: read-only" in wizard.windowTitle()
    for key in ("meeting", "provision", "agreement"):
        assert not wizard.page_by_key(key).editable
        assert not wizard.page_by_key(key).content.isEnabled()
    assert "Final plan issued on 14 December 2026" in review.ui.stageText.text()
    assert "Direct payments may start." in review.ui.stageText.text()
    assert not review.ui.sendDraft.isEnabled() and not review.ui.issueFinal.isEnabled()


def test_a_response_is_recorded_and_listed(qtbot, main_window, store, monkeypatch):
    _wizard, review = review_of(main_window, store, qtbot, "ipad-communication")

    def fill(dialog):
        dialog.received_on.setText("03/12/2026")
        dialog.from_name.setText("Priya Shah")
        dialog.role.setCurrentIndex(dialog.role.findData(ConsulteeRole.HEALTH.value))
        dialog.said.setPlainText("The therapy hours are right.")

    drive(monkeypatch, stage_dialogs.ResponseDialog, fill)
    assert review.record_response()
    assert review.plan.responses[-1].from_name == "Priya Shah"
    assert review.ui.responsesList.count() == 3
    assert "Priya Shah (health, on draft 1): The therapy hours are right." in (
        review.ui.responsesList.item(2).text()
    )


@pytest.mark.parametrize("field", ["assessmentRequested", "sectionI", "nextReview"])
def test_the_dates_have_accessible_names(qtbot, main_window, store, field):
    _wizard, review = review_of(main_window, store, qtbot, "joint-school-managed")
    widget = getattr(review.ui, field)
    assert isinstance(widget, QLineEdit) and widget.accessibleName()


def test_an_annual_review_says_what_to_decide_again(qtbot, main_window, store, yes_to_questions):
    from coplan.domain.lifecycle import start_annual_review

    final = read_plan(example_paths()[INDEX["work-experience-16"]])
    review_plan = start_annual_review(final, on=date(2027, 11, 1))
    store.save(review_plan, actor="test")
    wizard = main_window.open_plan(store.load(review_plan.id))
    wizard.go_to("review")
    said = wizard.review_page.ui.toDecideAgain
    assert said.isVisibleTo(wizard) and "Decided again at this review" in said.text()
    assert "direct payment conditions" in said.text()


def test_direct_payments_wait_for_their_agreement(qtbot, main_window, store):
    plan = read_plan(example_paths()[INDEX["ipad-communication"]])
    plan.dp_agreements.clear()
    store.save(plan, actor="test")
    wizard = main_window.open_plan(store.load(plan.id))
    wizard.go_to("review")
    said = wizard.review_page.ui.stageText.text()
    assert (
        "Direct payments can start once the plan is final and when: No payment can be made "
        "until Grace Okafor signs the direct payment agreement (on the laptop, or on paper "
        "quoting its reference)." in said
    )


def test_a_consultee_name_longer_than_a_plan_file_keeps_is_refused_with_a_message(
    qtbot, main_window, store, monkeypatch
):
    _wizard, review = review_of(main_window, store, qtbot, "joint-school-managed")
    seen = {}

    def fill(dialog):
        dialog.sent_on.setText("23/11/2026")
        dialog.add_button.click()
        row = dialog.table.rowCount() - 1
        dialog.table.item(row, 0).setText("A" * 600)
        seen["row"], seen["shown"] = row, dialog.message.text()
        seen["dialog"] = dialog

    said = drive(monkeypatch, stage_dialogs.SendDraftDialog, fill)
    assert not review.send_draft()
    expected = (
        f"The name in row {seen['row'] + 1}: This is 600 characters; a plan keeps up to 500 "
        "here. Shorten it by 100."
    )
    assert seen["shown"] == expected and said == [expected]
    assert review.plan.status is PlanStatus.DRAFT
    dialog = seen["dialog"]
    assert dialog.table.item(seen["row"], 0).text() == "A" * 600  # nothing typed is lost
    dialog.table.item(seen["row"], 0).setText("A" * 500)
    assert dialog.message.text() == ""
