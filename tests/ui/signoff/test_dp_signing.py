"""The direct payment agreement signed on the laptop: the recipient's locked screen (only that
agreement shown, drawn or typed signature, the officer's PIN to leave), and in the wizard: sign,
change an item, "to be signed again" on the page, in the findings and in the PDFs; paper signing
quoting the reference."""

from __future__ import annotations

import io
from decimal import Decimal

import pytest
import shiboken6
from factories import MEETING_DAY, example_paths
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog
from signoff_helpers import FAST, PIN, click, draw_signature, enter_pin

from coplan.domain import dp_agreement
from coplan.domain.dp_agreement import DpAgreementState
from coplan.domain.model import SignatureMethod
from coplan.lock import OfficerLock
from coplan.lock.officer_lock import FILE_NAME
from coplan.plan_file import read_plan
from coplan.ui.dp_agreement_panel import PaperSigningDialog
from coplan.ui.signoff.dp_screen import DpSigningScreen
from coplan.ui.signoff.screen import Page


def ipad_plan(*, signed: bool = False):
    plan = read_plan(next(p for p in example_paths() if p.stem == "ipad-communication"))
    if not signed:
        plan.dp_agreements.clear()
    return plan


@pytest.fixture
def make_dp_screen(qtbot, pack, lock, recorded):
    screens: list[DpSigningScreen] = []

    def make(plan) -> DpSigningScreen:
        screen = DpSigningScreen(
            plan, pack, lock=lock, today=MEETING_DAY, on_recorded=recorded.append
        )
        screens.append(screen)
        screen.resize(1366, 768)
        screen.show()
        qtbot.waitExposed(screen)
        return screen

    yield make
    for screen in screens:
        if not shiboken6.isValid(screen):
            continue
        screen._may_close = True
        screen.close()
        screen.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_only_the_agreement_is_shown_then_signed_by_hand(qtbot, make_dp_screen, pack, recorded):
    plan = ipad_plan()
    screen = make_dp_screen(plan)
    assert screen.page() is Page.ITEMS
    shown = "\n".join(
        label.text() for label in screen.ui.itemsContainer.findChildren(type(screen.ui.itemsIntro))
    )
    assert "Grace Okafor, you will receive direct payments" in screen.ui.itemsIntro.text()
    reference = dp_agreement.reference(plan, pack)
    assert reference in screen.ui.itemsIntro.text()
    for item in dp_agreement.paid_items(plan):
        assert item.description in shown
    assert "£429.00 once (one-off)" in shown and "£2,250.00 a year (£75.00 an hour)" in shown
    assert "9. Reducing, suspending or stopping the payments" in shown
    assert pack.dp_agreement.premises_withdrawn in shown
    for item in plan.items:  # nothing else of the family's file
        if item not in dp_agreement.paid_items(plan):
            assert item.description not in shown
    assert "Meadowbank" in shown  # where the on-premises items happen

    click(qtbot, screen.ui.toDecisionButton)
    assert screen.page() is Page.SIGN  # no decision to choose
    assert screen.ui.nameEdit.text() == "Grace Okafor" and screen.ui.nameEdit.isReadOnly()
    assert not screen.ui.roleCombo.isVisible()
    assert reference in screen.ui.summaryLabel.text()
    assert pack.dp_agreement.declaration in screen.ui.summaryLabel.text()
    click(qtbot, screen.ui.signButton)
    assert "Draw your signature" in screen.ui.messageLabel.text()
    draw_signature(screen.ui.signaturePad)
    click(qtbot, screen.ui.signButton)

    assert screen.page() is Page.DONE
    signed = screen.agreement
    assert recorded == [signed] and plan.dp_agreements == [signed]
    assert (signed.method, signed.signed_on, signed.reference) == (
        SignatureMethod.DRAWN,
        MEETING_DAY,
        reference,
    )
    assert signed.signature_svg_path.startswith("M")
    assert reference in screen.ui.doneText.text()
    assert dp_agreement.status(plan, pack).valid

    # Signed, still locked: Escape does nothing, the PIN hands back.
    qtbot.keyClick(screen, Qt.Key.Key_Escape)
    assert screen.locked and screen.isVisible()
    click(qtbot, screen.ui.handBackButton)
    enter_pin(qtbot, screen)
    assert not screen.isVisible()
    assert screen.result() == QDialog.DialogCode.Accepted


def test_a_typed_name_needs_the_tick(qtbot, make_dp_screen, pack):
    plan = ipad_plan()
    screen = make_dp_screen(plan)
    click(qtbot, screen.ui.toDecisionButton)
    click(qtbot, screen.ui.typeRadio)
    click(qtbot, screen.ui.signButton)
    assert "Tick the box" in screen.ui.messageLabel.text()
    assert plan.dp_agreements == []
    click(qtbot, screen.ui.typedConfirmCheck)
    click(qtbot, screen.ui.signButton)
    assert screen.agreement.method is SignatureMethod.TYPED


def test_the_officer_can_stop_without_a_signature(qtbot, make_dp_screen):
    plan = ipad_plan()
    screen = make_dp_screen(plan)
    click(qtbot, screen.ui.officerButton)
    enter_pin(qtbot, screen, "wrong-pin")
    assert screen.locked
    enter_pin(qtbot, screen)
    assert not screen.isVisible() and plan.dp_agreements == []
    assert screen.result() == QDialog.DialogCode.Rejected


def test_signed_then_an_item_changes_so_it_is_to_be_signed_again(qtbot, make_dp_screen, pack):
    from pypdf import PdfReader

    from coplan.report import render_dp_agreement, render_section_j

    plan = ipad_plan()
    screen = make_dp_screen(plan)
    click(qtbot, screen.ui.toDecisionButton)
    draw_signature(screen.ui.signaturePad)
    click(qtbot, screen.ui.signButton)
    assert dp_agreement.status(plan, pack).valid

    therapy = next(i for i in plan.items if i.description.startswith("Speech and language"))
    therapy.periods_per_year = Decimal(32)
    found = dp_agreement.status(plan, pack)
    assert found.state == DpAgreementState.CHANGED

    def text(data: bytes) -> str:
        pages = PdfReader(io.BytesIO(data)).pages
        return "".join("".join(page.extract_text() for page in pages).split())

    expected = "".join(found.label.split())
    assert expected in text(render_dp_agreement(plan, pack))
    assert "Tobesignedagain" in text(render_section_j(plan, pack))


# -- from the wizard --------------------------------------------------------------------------
def drive_when_shown(qtbot, steps) -> None:
    """Run `steps(screen)` once the signing screen is up (its modal loop runs meanwhile)."""

    def look() -> None:
        screen = QApplication.activeModalWidget()
        if isinstance(screen, DpSigningScreen) and screen.isVisible():
            steps(screen)
        else:
            QTimer.singleShot(20, look)

    QTimer.singleShot(20, look)


def test_from_the_wizard_sign_then_change_an_item(qtbot, main_window, store, data_folder, pack):
    OfficerLock(data_folder / FILE_NAME, kdf=FAST).set_secret(PIN)
    plan = ipad_plan()
    store.save(plan, actor="test")
    wizard = main_window.open_plan(store.load(plan.id))
    wizard.go_to("management")
    panel = wizard.page_by_key("management").dp_agreement
    assert panel.status_label.text().startswith("Not signed yet. No payment can be made")
    assert dp_agreement.reference(plan, pack) in panel.status_label.text()

    def sign(screen) -> None:
        click(qtbot, screen.ui.toDecisionButton)
        click(qtbot, screen.ui.typeRadio)
        click(qtbot, screen.ui.typedConfirmCheck)
        click(qtbot, screen.ui.signButton)
        click(qtbot, screen.ui.handBackButton)
        enter_pin(qtbot, screen)

    drive_when_shown(qtbot, sign)
    click(qtbot, panel.sign_button)
    assert panel.status_label.text().startswith("Signed on ")
    assert panel.message.text() == "The agreement is signed and saved."
    assert not panel.sign_button.isEnabled()
    saved = store.load(plan.id)
    assert dp_agreement.status(saved, pack).valid
    trail = [e for e in store.audit_trail(plan.id) if e.action == dp_agreement.AUDIT_SIGNED]
    assert len(trail) == 1 and "Okafor" not in trail[0].detail
    assert trail[0].fingerprint == saved.dp_agreements[-1].fingerprint

    # Change an item on the provision page: the agreement is to be signed again.
    wizard.go_to("provision")
    page = wizard.page_by_key("provision")
    row = next(
        n
        for n, item in enumerate(wizard.session.plan.items)
        if item.description.startswith("Speech")
    )
    page.ui.itemTable.setCurrentCell(row, 0)
    page.ui.itemWeeksPerYear.setFocus()
    page.ui.itemWeeksPerYear.selectAll()
    qtbot.keyClicks(page.ui.itemWeeksPerYear, "32")
    qtbot.keyClick(page.ui.itemWeeksPerYear, Qt.Key.Key_Tab)
    wizard.go_to("management")
    said = panel.status_label.text()
    assert said.startswith("To be signed again: what it covers changed after it was signed on")
    assert "Speech and language therapy" in said and "No payment can be made" in said
    assert panel.sign_button.isEnabled() and panel.sign_button.text().startswith("Sign it again")
    wizard.go_to("review")
    assert "is to be signed again" in wizard.review_page.ui.stageText.text()
    # The edit that made it so is in the plan's history, once, with what was signed.
    wizard.session.save_now()
    invalidated = [
        e for e in store.audit_trail(plan.id) if e.action == dp_agreement.AUDIT_INVALIDATED
    ]
    assert [e.fingerprint for e in invalidated] == [trail[0].fingerprint]


def test_recorded_as_signed_on_paper_quoting_the_reference(qtbot, pack):
    plan = ipad_plan()
    dialog = PaperSigningDialog(plan, pack, recorded_by="Sam Patel")
    qtbot.addWidget(dialog)
    assert dialog.name_edit.text() == "Grace Okafor" and dialog.name_edit.isReadOnly()
    dialog.reference_edit.setText("000000000000")
    dialog.accept()
    assert "is not the reference of the agreement as it is now" in dialog.message.text()
    assert plan.dp_agreements == []
    dialog.reference_edit.setText(dp_agreement.reference(plan, pack).upper())
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    signed = dialog.agreement
    assert signed.method is SignatureMethod.PAPER and signed.recorded_by == "Sam Patel"
    assert dp_agreement.status(plan, pack).label.endswith("(on paper)")


def test_every_control_is_named_by_what_people_see(qtbot, make_dp_screen, pack):
    from test_accessibility import check_names

    screen = make_dp_screen(ipad_plan())
    for page in (Page.ITEMS, Page.SIGN, Page.DONE, Page.PIN):
        screen.ui.pages.setCurrentIndex(page)
        check_names(screen)
    dialog = PaperSigningDialog(ipad_plan(), pack, recorded_by="Sam Patel")
    qtbot.addWidget(dialog)
    assert check_names(dialog) >= 4


def test_an_nhs_payment_without_its_care_plan_says_so_in_the_agreement(pack):
    from pypdf import PdfReader

    from coplan.report import render_dp_agreement

    plan = ipad_plan()
    plan.direct_payment.health_care_plan_reference = ""
    pages = PdfReader(io.BytesIO(render_dp_agreement(plan, pack))).pages
    text = "".join("".join(page.extract_text() for page in pages).split())
    assert "Thecareplanagreedwiththeintegratedcareboardisnotyetrecorded" in text
    assert "thehealthitemscannotbepaiduntilitis" in text


def test_a_final_plan_is_read_only_but_its_agreement_can_still_be_signed_at_the_finish(
    qtbot, main_window, store, data_folder, pack
):
    OfficerLock(data_folder / FILE_NAME, kdf=FAST).set_secret(PIN)
    plan = read_plan(next(p for p in example_paths() if p.stem == "work-experience-16"))
    assert plan.is_final
    plan.dp_agreements.clear()
    store.save(plan, actor="test")
    wizard = main_window.open_plan(store.load(plan.id))
    assert not wizard.page_by_key("management").isEnabled()  # the final plan is not edited
    wizard.go_to("review")
    review = wizard.review_page
    panel = review.dp_agreement
    assert review.dp_agreement_box.isVisible()
    assert panel.status_label.text().startswith("Not signed yet")

    def sign(screen) -> None:
        click(qtbot, screen.ui.toDecisionButton)
        draw_signature(screen.ui.signaturePad)
        click(qtbot, screen.ui.signButton)
        click(qtbot, screen.ui.handBackButton)
        enter_pin(qtbot, screen)

    drive_when_shown(qtbot, sign)
    click(qtbot, panel.sign_button)
    assert panel.status_label.text().startswith("Signed on ")
    saved = store.load(plan.id)
    assert saved.is_final and dp_agreement.status(saved, pack).valid
    assert saved.dp_agreements[-1].signatory_name == "Oliver Hughes"


def test_the_third_party_signs_its_own_agreement_from_the_management_page(
    qtbot, main_window, store, data_folder, pack
):
    OfficerLock(data_folder / FILE_NAME, kdf=FAST).set_secret(PIN)
    plan = read_plan(next(p for p in example_paths() if p.stem == "joint-school-managed"))
    store.save(plan, actor="test")
    wizard = main_window.open_plan(store.load(plan.id))
    wizard.go_to("management")
    page = wizard.page_by_key("management")
    panel = page.tp_agreement
    assert panel.status_label.text().startswith("Not signed yet")
    assert not page.dp_agreement.sign_button.isEnabled()  # nothing paid to the family

    def sign(screen) -> None:
        assert "Brightpath Support Brokerage CIC will hold money" in screen.ui.itemsIntro.text()
        click(qtbot, screen.ui.toDecisionButton)
        assert not screen.ui.nameEdit.isReadOnly() and screen.ui.nameEdit.text() == ""
        screen.ui.nameEdit.setText("Nadia Hussain")
        click(qtbot, screen.ui.typeRadio)
        click(qtbot, screen.ui.typedConfirmCheck)
        click(qtbot, screen.ui.signButton)
        click(qtbot, screen.ui.handBackButton)
        enter_pin(qtbot, screen)

    drive_when_shown(qtbot, sign)
    click(qtbot, panel.sign_button)
    assert panel.status_label.text().startswith("Signed on ")
    saved = store.load(plan.id)
    (signed,) = saved.dp_agreements
    assert (signed.recipient, signed.signatory_name) == ("third_party", "Nadia Hussain")
    # What it holds changes: to be signed again.
    page.ui.thirdPartyHolds.setFocus()
    page.ui.thirdPartyHolds.selectAll()
    qtbot.keyClicks(page.ui.thirdPartyHolds, "The holiday money, paid monthly")
    assert panel.status_label.text().startswith("To be signed again")
