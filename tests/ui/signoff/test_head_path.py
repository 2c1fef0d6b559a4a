"""The head teacher's path through the sign-off screen: agree, conditions, decline."""

from __future__ import annotations

from decimal import Decimal

import pytest
from factories import MEETING_DAY
from PySide6.QtWidgets import QDialog, QLabel
from signoff_helpers import click, draw_signature, enter_pin

from coplan.domain import agreements, rules
from coplan.domain.fingerprint import AgreementState, agreement_status
from coplan.domain.model import Decision, ManagementOption, SignatureMethod
from coplan.domain.money import Money
from coplan.ui.signoff.screen import Page

pytestmark = pytest.mark.gui


def to_decision(qtbot, screen):
    assert screen.page() is Page.ITEMS
    click(qtbot, screen.ui.toDecisionButton)
    assert screen.page() is Page.DECISION


def test_agree_with_a_drawn_signature_then_hand_back(qtbot, make_screen, plan, recorded):
    screen = make_screen()
    to_decision(qtbot, screen)
    click(qtbot, screen.ui.agreeRadio)
    click(qtbot, screen.ui.toSignButton)
    assert screen.page() is Page.SIGN
    assert screen.ui.nameEdit.text() == "J Patel"  # the setting's head, changeable
    assert screen.ui.roleCombo.currentText() == "Head teacher"
    assert screen.ui.dateValue.text() == "23 November 2026 (set by CoPlan)"
    draw_signature(screen.ui.signaturePad)
    click(qtbot, screen.ui.signButton)

    assert screen.page() is Page.DONE
    agreement = screen.agreement
    assert agreement is plan.current_agreement("s1")
    assert recorded == [agreement]
    assert agreement.decision is Decision.AGREED
    assert agreement.method is SignatureMethod.DRAWN
    assert agreement.signature_svg_path.startswith("M")
    assert agreement.signed_on == MEETING_DAY
    assert agreement.item_ids == ["p1", "p3"]
    assert agreement_status(plan, "s1").state == AgreementState.AGREED
    assert agreements.audit_action(agreement) == "premises_signed"

    # signed, but still locked: hand back needs the PIN
    assert screen.locked and screen.isVisible()
    assert not screen.ui.officerButton.isVisible()
    click(qtbot, screen.ui.handBackButton)
    assert screen.page() is Page.PIN
    enter_pin(qtbot, screen)
    assert not screen.isVisible()
    assert screen.result() == QDialog.DialogCode.Accepted


def test_agree_with_conditions_and_a_typed_name(qtbot, make_screen, plan, pack):
    screen = make_screen()
    to_decision(qtbot, screen)
    assert not screen.ui.conditionsBox.isVisible()
    click(qtbot, screen.ui.conditionsRadio)
    assert screen.ui.conditionsBox.isVisible()
    labels = [box.text() for _, box in screen._condition_boxes]
    assert labels == [c.label for c in pack.premises_conditions]
    click(qtbot, screen.condition_box("dbs_seen"))
    click(qtbot, screen.condition_box("timetable_agreed"))
    screen.ui.otherConditionsEdit.setPlainText("The tutor signs in at reception.")
    click(qtbot, screen.ui.toSignButton)

    summary = screen.ui.summaryLabel.text()
    assert "I agree, with conditions" in summary
    assert "DBS check seen before the first session" in summary
    assert "Timetable agreed with the school" in summary
    assert "The tutor signs in at reception." in summary
    assert "Speech and language tutor in class" in summary
    assert "iPad with a communication app" in summary
    assert "They will need: nothing extra" in summary
    assert "They will need: a DBS check, their own insurance and access to the site" in summary

    click(qtbot, screen.ui.typeRadio)
    assert not screen.ui.signaturePad.isVisible()
    screen.ui.nameEdit.setText("Jaya Patel")
    click(qtbot, screen.ui.signButton)  # the tick is missing
    assert screen.page() is Page.SIGN
    assert "Tick the box" in screen.ui.messageLabel.text()
    click(qtbot, screen.ui.typedConfirmCheck)
    click(qtbot, screen.ui.signButton)

    agreement = plan.current_agreement("s1")
    assert agreement.decision is Decision.AGREED_WITH_CONDITIONS
    assert agreement.conditions == ["dbs_seen", "timetable_agreed"]
    assert agreement.other_conditions == "The tutor signs in at reception."
    assert agreement.method is SignatureMethod.TYPED
    assert agreement.signature_svg_path == ""
    assert agreement.signatory_name == "Jaya Patel"
    assert agreement_status(plan, "s1").state == AgreementState.AGREED_WITH_CONDITIONS


def test_conditions_chosen_but_none_given_is_refused(qtbot, make_screen, plan):
    screen = make_screen()
    to_decision(qtbot, screen)
    click(qtbot, screen.ui.conditionsRadio)
    click(qtbot, screen.ui.toSignButton)
    assert screen.page() is Page.DECISION
    assert screen.ui.messageLabel.text() == "Choose or write at least one condition."
    assert plan.current_agreement("s1") is None


def test_no_decision_chosen_is_refused(qtbot, make_screen):
    screen = make_screen()
    to_decision(qtbot, screen)
    click(qtbot, screen.ui.toSignButton)
    assert screen.page() is Page.DECISION
    assert "Choose whether you agree" in screen.ui.messageLabel.text()


def test_decline_needs_reasons(qtbot, make_screen, plan, pack, recorded):
    screen = make_screen()
    to_decision(qtbot, screen)
    click(qtbot, screen.ui.declineRadio)
    assert screen.ui.reasonsBox.isVisible()
    click(qtbot, screen.ui.toSignButton)
    assert screen.page() is Page.DECISION
    assert screen.ui.messageLabel.text() == "Give the reasons for declining."
    screen.ui.reasonsEdit.setPlainText("   ")
    click(qtbot, screen.ui.toSignButton)
    assert screen.page() is Page.DECISION
    assert plan.current_agreement("s1") is None and recorded == []


def test_decline_with_reasons_is_recorded_and_blocks_the_plan(qtbot, make_screen, plan, pack):
    screen = make_screen()
    to_decision(qtbot, screen)
    click(qtbot, screen.ui.declineRadio)
    screen.ui.reasonsEdit.setPlainText("We cannot supervise a visiting tutor on Tuesdays.")
    click(qtbot, screen.ui.toSignButton)
    assert "We cannot supervise a visiting tutor on Tuesdays." in screen.ui.summaryLabel.text()
    draw_signature(screen.ui.signaturePad)
    click(qtbot, screen.ui.signButton)

    agreement = plan.current_agreement("s1")
    assert agreement.decision is Decision.DECLINED
    assert agreement.reasons == "We cannot supervise a visiting tutor on Tuesdays."
    assert agreements.audit_action(agreement) == "premises_declined"
    codes = {f.code for f in rules.blocking(rules.validate(plan, pack))}
    assert "premises.declined" in codes
    assert "declined" in screen.ui.doneText.text()


def test_changing_the_decision_drops_terms_of_the_old_one(qtbot, make_screen, plan):
    screen = make_screen()
    to_decision(qtbot, screen)
    click(qtbot, screen.ui.declineRadio)
    screen.ui.reasonsEdit.setPlainText("No.")
    click(qtbot, screen.ui.conditionsRadio)
    click(qtbot, screen.condition_box("insurance"))
    click(qtbot, screen.ui.agreeRadio)
    click(qtbot, screen.ui.toSignButton)
    click(qtbot, screen.ui.typeRadio)
    click(qtbot, screen.ui.typedConfirmCheck)
    click(qtbot, screen.ui.signButton)
    agreement = plan.current_agreement("s1")
    assert agreement.decision is Decision.AGREED
    assert agreement.conditions == [] and agreement.reasons == ""


def test_a_drawn_signature_is_needed_when_drawing(qtbot, make_screen, plan):
    screen = make_screen()
    to_decision(qtbot, screen)
    click(qtbot, screen.ui.agreeRadio)
    click(qtbot, screen.ui.toSignButton)
    click(qtbot, screen.ui.signButton)
    assert screen.page() is Page.SIGN
    assert "Draw the signature" in screen.ui.messageLabel.text()
    draw_signature(screen.ui.signaturePad)
    click(qtbot, screen.ui.clearSignatureButton)
    click(qtbot, screen.ui.signButton)
    assert plan.current_agreement("s1") is None


def test_the_signatory_must_be_named(qtbot, make_screen, plan):
    screen = make_screen()
    to_decision(qtbot, screen)
    click(qtbot, screen.ui.agreeRadio)
    click(qtbot, screen.ui.toSignButton)
    screen.ui.nameEdit.setText("  ")
    draw_signature(screen.ui.signaturePad)
    click(qtbot, screen.ui.signButton)
    assert screen.ui.messageLabel.text() == "Enter the name of the person signing."
    assert plan.current_agreement("s1") is None


def test_someone_with_delegated_authority_is_named(qtbot, make_screen, plan):
    screen = make_screen()
    to_decision(qtbot, screen)
    click(qtbot, screen.ui.agreeRadio)
    click(qtbot, screen.ui.toSignButton)
    assert not screen.ui.jobTitleEdit.isVisible()
    screen.ui.roleCombo.setCurrentText("Someone with delegated authority")
    assert screen.ui.jobTitleEdit.isVisible() and screen.ui.delegatedByEdit.isVisible()
    screen.ui.nameEdit.setText("Sam Lee")
    draw_signature(screen.ui.signaturePad)
    click(qtbot, screen.ui.signButton)
    assert "job title" in screen.ui.messageLabel.text()
    screen.ui.jobTitleEdit.setText("Deputy head teacher")
    screen.ui.delegatedByEdit.setText("J Patel, head teacher")
    click(qtbot, screen.ui.signButton)
    agreement = plan.current_agreement("s1")
    assert agreement.signatory_name == "Sam Lee"
    assert agreement.signatory_role == (
        "Deputy head teacher, with authority delegated by J Patel, head teacher"
    )


def test_a_college_defaults_to_its_principal(qtbot, make_screen):
    screen = make_screen("s2")
    assert screen.ui.roleCombo.currentText() == "Principal"
    assert screen.ui.nameEdit.text() == "M Osei"


def test_a_failed_save_is_told_and_the_decision_kept(qtbot, make_screen, plan):
    def failing_save(agreement):
        raise OSError("disk full")

    screen = make_screen(on_recorded=failing_save)
    to_decision(qtbot, screen)
    click(qtbot, screen.ui.agreeRadio)
    click(qtbot, screen.ui.toSignButton)
    draw_signature(screen.ui.signaturePad)
    click(qtbot, screen.ui.signButton)
    assert screen.page() is Page.DONE
    assert "could not save" in screen.ui.doneText.text()
    assert plan.current_agreement("s1") is screen.agreement is not None


def test_items_changed_while_open_are_not_signed(qtbot, make_screen, plan):
    screen = make_screen()
    to_decision(qtbot, screen)
    click(qtbot, screen.ui.agreeRadio)
    click(qtbot, screen.ui.toSignButton)
    plan.item("p3").unit_cost = Money(9900)
    draw_signature(screen.ui.signaturePad)
    click(qtbot, screen.ui.signButton)
    assert "changed while this screen was open" in screen.ui.messageLabel.text()
    assert plan.current_agreement("s1") is None


@pytest.mark.parametrize(
    "tamper",
    [
        lambda plan: setattr(plan.item("p3"), "unit_cost", Money(4000)),
        lambda plan: setattr(plan.item("p3"), "units_per_period", Decimal(3)),
        lambda plan: setattr(plan.item("p3"), "delivered_by", "Someone else"),
        lambda plan: setattr(plan.item("p1"), "setting_id", "s2"),
        lambda plan: setattr(plan.item("p3"), "management", ManagementOption.THIRD_PARTY),
    ],
    ids=["cost", "hours", "who", "location", "management"],
)
def test_tampering_after_signing_invalidates_and_blocks(qtbot, make_screen, plan, pack, tamper):
    screen = make_screen()
    to_decision(qtbot, screen)
    click(qtbot, screen.ui.agreeRadio)
    click(qtbot, screen.ui.toSignButton)
    draw_signature(screen.ui.signaturePad)
    click(qtbot, screen.ui.signButton)
    assert agreement_status(plan, "s1").valid
    assert not [f for f in rules.validate(plan, pack) if f.field == "premises[s1]"]

    tamper(plan)
    status = agreement_status(plan, "s1")
    assert status.state == AgreementState.CHANGED
    assert status.label == "No longer valid: changed since signed on 23 November 2026"
    assert status.changes
    blocking = [f for f in rules.blocking(rules.validate(plan, pack)) if f.field == "premises[s1]"]
    assert [f.code for f in blocking] == ["premises.changed"]


def test_another_settings_items_never_appear(qtbot, make_screen, plan):
    screen = make_screen("s1")
    shown_text = []
    for page in Page:
        screen.ui.pages.setCurrentIndex(page)
        screen._refresh_summary()
        shown_text += [label.text() for label in screen.findChildren(QLabel)]
    text = "\n".join(shown_text)
    assert "iPad with a communication app" in text
    assert "Speech and language tutor in class" in text
    for elsewhere in (
        "Hydrotherapy",  # s2's direct-payment item
        "Riverside College",  # s2 itself
        "Aqua Physio",
        "Teaching assistant one-to-one",  # on s1's premises but not a direct payment
        "Saturday club",  # not on premises
        "Ask for help in class",  # an outcome: nothing else of the family's file
        "Communication and interaction",  # a need
        "Sara Khan",  # the direct payment recipient
    ):
        assert elsewhere not in text, elsewhere
    other = make_screen("s2")
    other_text = "\n".join(label.text() for label in other.findChildren(QLabel))
    assert "Hydrotherapy" in other_text
    assert "iPad" not in other_text and "Oakfield" not in other_text


def test_signing_again_offers_the_conditions_set_last_time(qtbot, make_screen, plan):
    # She agreed with conditions; then the tutor's hours changed, so she is asked again.
    first = make_screen()
    to_decision(qtbot, first)
    click(qtbot, first.ui.conditionsRadio)
    click(qtbot, first.condition_box("dbs_seen"))
    first.ui.otherConditionsEdit.setPlainText("The tutor signs in at reception.")
    click(qtbot, first.ui.toSignButton)
    click(qtbot, first.ui.typeRadio)
    click(qtbot, first.ui.typedConfirmCheck)
    click(qtbot, first.ui.signButton)
    assert first.page() is Page.DONE
    plan.items[0].units_per_period += 1
    assert agreement_status(plan, "s1").state == AgreementState.CHANGED

    again = make_screen()
    to_decision(qtbot, again)
    assert again.decision() is None  # the decision is hers to make again
    click(qtbot, again.ui.conditionsRadio)
    assert again.condition_box("dbs_seen").isChecked()
    assert not again.condition_box("timetable_agreed").isChecked()
    assert again.ui.otherConditionsEdit.toPlainText() == "The tutor signs in at reception."
    assert again.ui.conditionsLabel.text().startswith(
        "Last time on 23 November 2026 you agreed with the conditions ticked below."
    )
