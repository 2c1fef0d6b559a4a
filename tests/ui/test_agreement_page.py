"""The school agreement page: request on paper, an answer given outside the meeting, withdrawal,
history and what changed; each leaves the audit trail and the saved plan right."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox
from test_review_and_family import open_example

from coplan.domain.agreements import AuditAction
from coplan.domain.fingerprint import AgreementState, agreement_status, fingerprint, reference
from coplan.domain.model import Decision, SignatureMethod
from coplan.domain.money import Money
from coplan.ui.page_agreement import PAPER_LABEL, REQUEST_LABEL, WITHDRAW_LABEL, request_file_name

SETTING = "s1"  # Meadowbank Primary School in the iPad example


@pytest.fixture
def page(qtbot, main_window, store):
    wizard = open_example(main_window, store, qtbot, index=0)
    wizard.go_to("agreement")
    page = wizard.page_by_key("agreement")
    assert SETTING in page.boxes
    page.wizard_ = wizard
    return page


def trail(store, plan_id):
    return [(e.action, e.detail, e.fingerprint) for e in store.audit_trail(plan_id)]


def actions(store, plan_id):
    return [e.action for e in store.audit_trail(plan_id)]


@pytest.fixture
def answer(monkeypatch):
    """Answer QMessageBox questions with Yes and keep warnings and opened files."""
    seen = {"questions": [], "warnings": [], "opened": []}

    def question(parent, title, text, *args, **kwargs):
        seen["questions"].append(text)
        return QMessageBox.StandardButton.Yes

    def warning(parent, title, text, *args, **kwargs):
        seen["warnings"].append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(warning))
    from PySide6.QtGui import QDesktopServices

    monkeypatch.setattr(
        QDesktopServices, "openUrl", staticmethod(lambda url: seen["opened"].append(url))
    )
    return seen


def save_as(monkeypatch, path):
    asked = []

    def dialog(parent, caption, suggested, *args, **kwargs):
        asked.append(suggested)
        return (str(path), "PDF documents (*.pdf)")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(dialog))
    return asked


def drive_dialog(monkeypatch, fill):
    """Run the real dialog: `fill(dialog)` types into it, then Record is pressed."""

    def exec_(dialog):
        fill(dialog)
        dialog.ui.recordButton.click()
        return dialog.result()

    monkeypatch.setattr(QDialog, "exec", exec_)


def test_every_control_is_named_by_its_label(page):
    labels = {
        "request": REQUEST_LABEL,
        "paper": PAPER_LABEL,
        "withdraw": WITHDRAW_LABEL,
    }
    for key, button in page.actions[SETTING].items():
        assert button.accessibleName() == button.text().replace("&", "")
        if key in labels:
            assert button.text() == labels[key]
    # Agreed with conditions in the example: it can be withdrawn.
    assert page.actions[SETTING]["withdraw"].isEnabled()


def test_the_request_file_name_never_forms_a_path():
    name = request_file_name("../../etc/passwd\\C:evil .. School")
    assert "/" not in name and "\\" not in name and ":" not in name and ".." not in name
    assert name.endswith(" - request for agreement.pdf")
    assert request_file_name("") == "setting - request for agreement.pdf"
    assert len(request_file_name("x" * 500)) < 100


def test_printing_a_request_saves_the_pdf_audits_it_and_offers_to_open_it(
    qtbot, page, store, tmp_path, monkeypatch, answer
):
    plan = page.plan
    target = tmp_path / "request"
    asked = save_as(monkeypatch, target)
    page.actions[SETTING]["request"].click()
    written = tmp_path / "request.pdf"  # the extension is added
    assert written.read_bytes().startswith(b"%PDF")
    assert asked[0].endswith(
        "Amara Grace Okafor born 14-03-2018 v1 - Meadowbank Primary School - request for "
        "agreement.pdf"
    )
    assert trail(store, plan.id)[-1] == (
        AuditAction.REQUESTED.value,
        f"setting {SETTING}",
        fingerprint(plan, SETTING),
    )
    assert len(answer["opened"]) == 1 and answer["opened"][0].toLocalFile() == str(written)
    assert "Request saved as" in page.messages[SETTING].text()


def test_a_request_that_cannot_be_written_says_why_and_is_not_audited(
    qtbot, page, store, tmp_path, monkeypatch, answer
):
    save_as(monkeypatch, tmp_path / "no such folder" / "request.pdf")
    before = actions(store, page.plan.id)
    page.actions[SETTING]["request"].click()
    assert len(answer["warnings"]) == 1 and "folder" in answer["warnings"][0].lower()
    assert page.messages[SETTING].text().startswith("The request was not saved")
    assert page.messages[SETTING].isVisibleTo(page)
    assert actions(store, page.plan.id) == before
    assert answer["opened"] == []


def test_cancelling_the_save_dialog_does_nothing(qtbot, page, store, monkeypatch, answer):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: ("", "")))
    before = actions(store, page.plan.id)
    page.actions[SETTING]["request"].click()
    assert actions(store, page.plan.id) == before


def test_an_agreement_given_by_email_is_recorded_saved_and_audited(qtbot, page, store, monkeypatch):
    plan = page.plan
    plan.premises_agreements.clear()  # not asked yet
    page.session.edited()
    page.session.save_now()
    page.load()
    assert not page.actions[SETTING]["withdraw"].isEnabled()

    def fill(dialog):
        ui = dialog.ui
        ui.methodCombo.setCurrentIndex(ui.methodCombo.findData(SignatureMethod.EMAIL.value))
        ui.decisionCombo.setCurrentIndex(ui.decisionCombo.findData(Decision.AGREED.value))
        assert ui.recordedByEdit.text() == "Sam Patel"  # the officer, filled in
        ui.referenceEdit.setText(reference(plan, SETTING))  # quoted from the printed request

    drive_dialog(monkeypatch, fill)
    page.actions[SETTING]["paper"].click()
    (agreement,) = plan.premises_agreements
    assert agreement.method is SignatureMethod.EMAIL
    saved = store.load(plan.id)
    assert saved.premises_agreements == plan.premises_agreements
    last = store.audit_trail(plan.id)
    signed = [e for e in last if e.action == AuditAction.SIGNED.value]
    assert len(signed) == 1 and signed[0].fingerprint == agreement.fingerprint
    assert "method email" in signed[0].detail
    assert [v.reason for v in store.versions(plan.id)][-1] == "agreement signed"
    # The page shows it, and it can now be withdrawn; nothing is left unsaved.
    history = page.histories[SETTING]
    assert "given by email" in history.history_label.text()
    assert page.actions[SETTING]["withdraw"].isEnabled()
    assert not page.session.dirty
    assert agreement_status(plan, SETTING).state == AgreementState.AGREED


def test_a_withdrawal_is_recorded_blocks_the_plan_and_shows_on_the_side_list(
    qtbot, page, store, monkeypatch
):
    plan = page.plan
    wizard = page.wizard_

    def fill(dialog):
        dialog.ui.withdrawnOnEdit.setDate(date.today())
        dialog.ui.reasonEdit.setPlainText("The governors changed the policy on visitors.")
        dialog.ui.toldByEdit.setText("the school business manager")

    drive_dialog(monkeypatch, fill)
    page.actions[SETTING]["withdraw"].click()
    assert agreement_status(plan, SETTING).state == AgreementState.WITHDRAWN
    assert store.load(plan.id).premises_agreements[-1].withdrawal is not None
    assert actions(store, plan.id).count(AuditAction.WITHDRAWN.value) == 1
    assert not page.actions[SETTING]["withdraw"].isEnabled()  # nothing left to withdraw
    assert "Withdrawn on" in page.histories[SETTING].history_label.text()
    assert any(f.code == "premises.withdrawn" for f in page.session.findings)
    assert "to fix" in wizard.page_list.item(6).text()
    assert "must stop or be re-arranged" in page.messages[SETTING].text()


def test_a_cancelled_dialog_records_nothing(qtbot, page, store, monkeypatch):
    monkeypatch.setattr(QDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected)
    before = (actions(store, page.plan.id), list(page.plan.premises_agreements))
    page.actions[SETTING]["paper"].click()
    page.actions[SETTING]["withdraw"].click()
    assert (actions(store, page.plan.id), list(page.plan.premises_agreements)) == before


def test_a_changed_item_shows_what_changed_naming_the_item(qtbot, page):
    plan = page.plan
    item = plan.premises_dp_items(SETTING)[0]
    item.one_off_cost = Money(49900)
    item.unit_cost = Money(49900)
    page.session.edited()
    page.load()
    qtbot.wait(1)
    assert agreement_status(plan, SETTING).state == AgreementState.CHANGED
    history = page.histories[SETTING]
    assert history.changes_label.isVisibleTo(page)
    changes = history.changes_label.text()
    assert item.description[:20] in changes
    assert "No longer valid" in history.status_label.text()
    assert history.status_label.property("role") == "nudge"


def test_the_head_s_decision_on_the_sign_off_screen_is_saved_and_audited(
    qtbot, page, store, monkeypatch
):
    import coplan.ui.signoff as signoff
    from coplan.domain.agreements import record_decision

    plan = page.plan

    def fake_open_signoff(parent, plan_, setting_id, pack, *, lock, on_recorded=None, **kw):
        agreement = record_decision(
            plan_,
            setting_id,
            decision=Decision.DECLINED,
            signatory_name="Helen Whitfield",
            signatory_role="Head teacher",
            signed_on=date.today(),
            method=SignatureMethod.TYPED,
            reasons="We have no room for a visiting therapist this term.",
        )
        on_recorded(agreement)
        return agreement

    monkeypatch.setattr(signoff, "open_signoff", fake_open_signoff)
    page.actions[SETTING]["signoff"].click()
    assert store.load(plan.id).premises_agreements == plan.premises_agreements
    assert actions(store, plan.id).count(AuditAction.DECLINED.value) == 1
    assert agreement_status(plan, SETTING).state == AgreementState.DECLINED
    assert not page.actions[SETTING]["withdraw"].isEnabled()
    assert "Declined" in page.histories[SETTING].status_label.text()
