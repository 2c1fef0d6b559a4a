"""Agreements given outside the meeting, withdrawals, and a setting's history."""

from __future__ import annotations

from datetime import date

import pytest
from factories import MEETING_DAY
from PySide6.QtCore import QDate, QTimer
from PySide6.QtWidgets import QApplication

from coplan.domain import agreements, rules
from coplan.domain.agreements import AgreementError
from coplan.domain.fingerprint import AgreementState, agreement_status, reference
from coplan.domain.model import Decision, SignatureMethod
from coplan.domain.money import Money
from coplan.ui.signoff import (
    AgreementHistory,
    history_lines,
    record_outside_meeting,
    record_withdrawal,
)
from coplan.ui.signoff.dialogs import PaperAgreementDialog, WithdrawalDialog

pytestmark = pytest.mark.gui


@pytest.fixture
def paper(qtbot, plan, pack):
    recorded = []
    dialog = PaperAgreementDialog(
        plan,
        "s1",
        pack,
        recorded_by="Chris Officer",
        on_recorded=recorded.append,
        today=MEETING_DAY,
    )
    dialog.recorded = recorded
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_an_emailed_agreement_with_conditions_is_recorded_as_such(paper, plan):
    ui = paper.ui
    assert "iPad with a communication app" in ui.itemsLabel.text()
    assert "Hydrotherapy" not in ui.itemsLabel.text()
    assert ui.recordedByEdit.text() == "Chris Officer"
    assert ui.givenOnEdit.maximumDate() == QDate(2026, 11, 23)
    ui.methodCombo.setCurrentIndex(ui.methodCombo.findText("By email"))
    ui.givenOnEdit.setDate(QDate(2026, 11, 20))
    ui.decisionCombo.setCurrentIndex(ui.decisionCombo.findText("Agreed with conditions"))
    assert ui.conditionsBox.isVisible() and not ui.reasonsBox.isVisible()
    paper.condition_box("insurance").setChecked(True)
    ui.recordButton.click()
    assert "Enter the reference printed on the request" in ui.messageLabel.text()
    ui.referenceEdit.setText("0" * 12)
    ui.recordButton.click()
    assert "the items changed after that request was printed" in ui.messageLabel.text()
    assert plan.current_agreement("s1") is None
    ui.referenceEdit.setText(reference(plan, "s1").upper())  # as typed from the paper
    ui.recordButton.click()
    agreement = plan.current_agreement("s1")
    assert paper.recorded == [agreement]
    assert agreement.method is SignatureMethod.EMAIL
    assert agreement.signature_svg_path == ""
    assert agreement.signed_on == date(2026, 11, 20)
    assert agreement.recorded_by == "Chris Officer"
    assert agreement.conditions == ["insurance"]
    assert agreement_status(plan, "s1").state == AgreementState.AGREED_WITH_CONDITIONS
    assert "given by email, recorded afterwards by Chris Officer" in " ".join(
        history_lines(plan, "s1")
    )


def test_paper_needs_who_recorded_it_and_a_decline_needs_reasons(paper, plan):
    ui = paper.ui
    ui.referenceEdit.setText(reference(plan, "s1"))
    ui.recordedByEdit.setText("")
    ui.recordButton.click()
    assert ui.messageLabel.text() == "Say who recorded an agreement given on paper or by email."
    ui.recordedByEdit.setText("Chris Officer")
    ui.decisionCombo.setCurrentIndex(ui.decisionCombo.findText("Declined"))
    ui.recordButton.click()
    assert ui.messageLabel.text() == "Give the reasons for declining."
    assert plan.current_agreement("s1") is None and paper.isVisible()
    ui.reasonsEdit.setPlainText("No space for sessions on site.")
    ui.recordButton.click()
    assert plan.current_agreement("s1").decision is Decision.DECLINED
    assert plan.current_agreement("s1").method is SignatureMethod.PAPER
    assert not paper.isVisible()


def test_a_lunchtime_supervisor_is_refused_and_a_delegated_signatory_recorded(paper, plan):
    ui = paper.ui
    ui.referenceEdit.setText(reference(plan, "s1"))
    ui.signatoryEdit.setText("Pat Jones")
    ui.roleCombo.setEditText("Lunchtime supervisor")
    ui.recordButton.click()
    assert "“Lunchtime supervisor” cannot agree" in ui.messageLabel.text()
    assert plan.current_agreement("s1") is None and paper.isVisible()
    ui.roleCombo.setEditText("Deputy head teacher")
    ui.delegatedByEdit.setText("J Patel, head teacher, letter of 1 September 2026")
    ui.recordButton.click()
    agreement = plan.current_agreement("s1")
    assert (agreement.signatory_role, agreement.delegated_by) == (
        "Deputy head teacher",
        "J Patel, head teacher, letter of 1 September 2026",
    )


def sign_on_paper(plan):
    return agreements.record_decision(
        plan,
        "s1",
        decision=Decision.AGREED,
        signatory_name="J Patel",
        signatory_role="Head teacher",
        signed_on=MEETING_DAY,
        method=SignatureMethod.PAPER,
        recorded_by="Chris Officer",
        reference=reference(plan, "s1"),
    )


def test_withdrawal_is_recorded_and_blocks_the_direct_payments(qtbot, plan, pack):
    sign_on_paper(plan)
    recorded = []
    dialog = WithdrawalDialog(plan, "s1", on_recorded=recorded.append, today=MEETING_DAY)
    qtbot.addWidget(dialog)
    assert "iPad with a communication app" in dialog.ui.effectLabel.text()
    assert "stop or must be re-arranged from the date you give" in dialog.ui.effectLabel.text()
    dialog.ui.recordButton.click()
    assert dialog.ui.messageLabel.text() == "Record the reason and who told the council."
    dialog.ui.withdrawnOnEdit.setDate(QDate(2027, 1, 8))
    assert dialog.ui.stopsFromEdit.date() == QDate(2027, 1, 8)  # never before the withdrawal
    dialog.ui.stopsFromEdit.setDate(QDate(2027, 2, 1))
    dialog.ui.reasonEdit.setPlainText("The tutor's DBS check lapsed.")
    dialog.ui.toldByEdit.setText("Sara Khan, by phone")
    dialog.ui.recordButton.click()
    agreement = plan.current_agreement("s1")
    assert recorded == [agreement]
    assert agreements.audit_action(agreement) == "premises_withdrawn"
    assert agreement.withdrawal.withdrawn_on == date(2027, 1, 8)
    assert agreement.withdrawal.effective_from == date(2027, 2, 1)
    status = agreement_status(plan, "s1")
    assert status.label == "Withdrawn on 8 January 2027"
    codes = {f.code for f in rules.blocking(rules.validate(plan, pack))}
    assert "premises.withdrawn" in codes


def test_nothing_to_withdraw_is_refused(qtbot, plan):
    with pytest.raises(AgreementError):
        record_withdrawal(None, plan, "s1")


def test_entry_functions_return_none_when_cancelled(qtbot, plan, pack):
    def cancel():
        QApplication.activeModalWidget().ui.cancelButton.click()

    QTimer.singleShot(0, cancel)
    assert record_outside_meeting(None, plan, "s1", pack) is None
    sign_on_paper(plan)
    QTimer.singleShot(0, cancel)
    assert record_withdrawal(None, plan, "s1") is None
    assert plan.current_agreement("s1").withdrawal is None


def test_history_shows_every_decision_invalidation_and_withdrawal(qtbot, plan, pack):
    widget = AgreementHistory()
    qtbot.addWidget(widget)
    widget.show_setting(plan, "s1", pack)
    assert widget.status_label.text() == "Oakfield Primary School: Not asked yet"
    assert widget.history_label.text() == "No decision recorded yet."

    agreements.record_decision(
        plan,
        "s1",
        decision=Decision.DECLINED,
        signatory_name="J Patel",
        signatory_role="Head teacher",
        signed_on=date(2026, 11, 2),
        method=SignatureMethod.TYPED,
        reasons="Too many visitors this term.",
    )
    agreements.record_decision(
        plan,
        "s1",
        decision=Decision.AGREED_WITH_CONDITIONS,
        signatory_name="J Patel",
        signatory_role="Head teacher",
        signed_on=MEETING_DAY,
        method=SignatureMethod.DRAWN,
        signature_svg_path="M1 1 L2 2",
        conditions=["dbs_seen"],
        other_conditions="Sign in.",
    )
    plan.item("p3").unit_cost = Money(4000)
    widget.show_setting(plan, "s1", pack)
    assert widget.status_label.text() == (
        "Oakfield Primary School: No longer valid: changed since signed on 23 November 2026"
    )
    assert widget.changes_label.isVisibleTo(widget)
    assert "unit cost changed from £35.00 to £40.00" in widget.changes_label.text()
    text = widget.history_label.text()
    assert text.index("Declined by J Patel") < text.index("Agreed with conditions by J Patel")
    assert "Too many visitors this term." in text
    assert "DBS check seen before the first session; Sign in." in text
    assert "Replaced by a later decision." in text

    plan.item("p3").unit_cost = Money(3500)
    agreements.withdraw(plan, "s1", on=date(2027, 1, 8), reason="Lapsed DBS", told_by="Head")
    widget.show_setting(plan, "s1", pack)
    assert widget.status_label.text() == "Oakfield Primary School: Withdrawn on 8 January 2027"
    assert not widget.changes_label.isVisibleTo(widget)
    assert "Withdrawn on 8 January 2027" in widget.history_label.text()
    lines = history_lines(plan, "s1", pack)
    assert lines[0] == "Now: Withdrawn on 8 January 2027"
    assert "Lapsed DBS" in lines[-1]


def test_the_sign_off_fields_hold_what_the_plan_file_holds(qtbot, make_screen, paper):
    """The head's name, role and reasons are kept in the plan file: never longer than it keeps."""
    from PySide6.QtCore import Qt

    from coplan.plan_file.limits import max_length

    screen = make_screen()
    name = screen.ui.nameEdit
    assert name.property("coplanMaxLength") == max_length("premises_agreements.signatory_name")
    name.setText("Helen Whitfield")
    name.setFocus()
    name.selectAll()
    QApplication.clipboard().setText("H" * 501)
    qtbot.keyClick(name, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert name.text() == "Helen Whitfield"
    delegated = screen.ui.jobTitleEdit.property("coplanMaxLength")
    assert 2 * delegated + len(", with authority delegated by ") <= 500
    ui = paper.ui
    assert ui.reasonsEdit.property("coplanMaxLength") == max_length("premises_agreements.reasons")
    assert ui.recordedByEdit.property("coplanMaxLength") == 500


def test_asked_again_on_paper_the_conditions_set_last_time_are_ticked(qtbot, plan, pack):
    from coplan.domain.model import Decision

    paper = PaperAgreementDialog(plan, "s1", pack, recorded_by="Chris Officer", today=MEETING_DAY)
    qtbot.addWidget(paper)
    assert not paper.condition_box("insurance").isChecked()  # nothing to offer yet
    paper.ui.decisionCombo.setCurrentIndex(
        paper.ui.decisionCombo.findData(Decision.AGREED_WITH_CONDITIONS.value)
    )
    paper.condition_box("insurance").setChecked(True)
    paper.ui.otherConditionsEdit.setPlainText("Tutor signs in at reception.")
    paper.ui.referenceEdit.setText(reference(plan, "s1"))
    paper.ui.recordButton.click()
    assert plan.current_agreement("s1").conditions == ["insurance"]
    again = PaperAgreementDialog(plan, "s1", pack, recorded_by="Chris Officer", today=MEETING_DAY)
    qtbot.addWidget(again)
    assert again.condition_box("insurance").isChecked()
    assert again.ui.otherConditionsEdit.toPlainText() == "Tutor signs in at reception."
    assert again.ui.conditionsLabel.text().startswith("Last time on 23 November 2026 the head")
