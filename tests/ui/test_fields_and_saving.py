"""Never lose work: autosave within a second, bad input refused at the field, nothing dropped."""

from __future__ import annotations

import time
from datetime import date

from PySide6.QtWidgets import QMessageBox
from ui_driver import Driver

from coplan.domain.money import Money
from coplan.ui.session import AUTOSAVE_MS


def open_new(main_window, qtbot):
    main_window.ui.actionNew.trigger()
    (wizard,) = main_window.wizards.values()
    qtbot.waitExposed(wizard)
    return wizard, Driver(qtbot, wizard)


def test_every_edit_is_saved_within_a_second_without_waiting_on_keystrokes(
    qtbot, main_window, store
):
    wizard, driver = open_new(main_window, qtbot)
    page = wizard.currentPage()
    started = time.perf_counter()
    driver.type(page.ui.childFullName, "Amara Grace Okafor")
    typing = time.perf_counter() - started
    assert wizard.session.dirty
    assert AUTOSAVE_MS < 1000
    qtbot.waitUntil(lambda: not wizard.session.dirty, timeout=1000)
    assert store.load(wizard.session.plan.id).child.full_name == "Amara Grace Okafor"
    assert "saved at" in wizard.save_status.text()
    # Saving happens between keystrokes: typing 18 letters took no save's time.
    assert typing < 1.0


def test_bad_money_is_refused_at_the_field_and_the_rest_is_kept(
    qtbot, main_window, store, yes_to_questions
):
    wizard, driver = open_new(main_window, qtbot)
    wizard.go_to("provision")
    page = wizard.currentPage()
    driver.click(page.ui.addItem)
    driver.type(page.ui.itemDescription, "Speech and language therapy")
    driver.type(page.ui.itemUnitCost, "75")
    driver.type(page.ui.itemUnitsPerWeek, "1")
    driver.type(page.ui.itemWeeksPerYear, "30")
    item = wizard.session.plan.items[0]
    assert item.yearly_cost == Money(225000)
    driver.type(page.ui.itemUnitCost, "75 pounds")
    check = page.unit_cost
    assert check.error.isVisibleTo(page)
    assert "numbers only" in check.error.text()
    assert page.ui.itemUnitCost.accessibleDescription() == check.error.text()
    assert page.ui.itemUnitCost.text() == "75 pounds"  # what was typed stays in the field
    assert item.unit_cost == Money(7500)  # the last good value stays in the plan
    assert item.description == "Speech and language therapy"
    driver.type(page.ui.itemWeeksPerYear, "-3")
    assert "cannot be negative" in page.weeks.error.text()
    assert len(wizard.session.invalid) == 2
    # The side list says the page holds input that is not valid.
    assert "input not valid" in wizard.page_list.item(4).text()
    driver.type(page.ui.itemUnitCost, "£80.00")
    assert not page.unit_cost.error.isVisibleTo(page)
    assert item.unit_cost == Money(8000)
    assert len(wizard.session.invalid) == 1


def test_bad_dates_are_refused_with_a_message(qtbot, main_window):
    wizard, driver = open_new(main_window, qtbot)
    page = wizard.currentPage()
    driver.type(page.ui.meetingDate, "31/02/2026")
    assert "no such date" in page.meeting_date.error.text()
    # A new plan's meeting is today; the slip leaves that date in the plan.
    assert wizard.session.plan.meeting.held_on == date.today()
    driver.type(page.ui.meetingDate, "16 November 2026")
    assert str(wizard.session.plan.meeting.held_on) == "2026-11-16"
    assert not page.meeting_date.error.isVisibleTo(page)


def test_closing_with_invalid_input_asks_and_going_back_keeps_it(qtbot, main_window, monkeypatch):
    wizard, driver = open_new(main_window, qtbot)
    page = wizard.currentPage()
    driver.type(page.ui.childDob, "14/13/2018")
    asked = []

    def exec_box(box):
        asked.append(box.text())
        for button in box.buttons():
            if button.text().startswith("Go back"):
                box._clicked = button
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_box)
    monkeypatch.setattr(QMessageBox, "clickedButton", lambda box: box._clicked)
    wizard.close()
    assert asked and "14/13/2018" in asked[0] and "Date of birth" in asked[0]
    assert wizard.isVisible()
    assert page.ui.childDob.text() == "14/13/2018"
    assert main_window.wizards


def test_closing_with_invalid_input_can_discard_only_that_input(
    qtbot, main_window, store, monkeypatch
):
    wizard, driver = open_new(main_window, qtbot)
    page = wizard.currentPage()
    driver.type(page.ui.childFullName, "Harry Thompson")
    driver.type(page.ui.childDob, "not a date")

    def exec_box(box):
        for button in box.buttons():
            if button.text().startswith("Close and lose"):
                box._clicked = button
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_box)
    monkeypatch.setattr(QMessageBox, "clickedButton", lambda box: box._clicked)
    plan_id = wizard.session.plan.id
    wizard.close()
    assert not main_window.wizards
    saved = store.load(plan_id)
    assert saved.child.full_name == "Harry Thompson"
    assert saved.child.date_of_birth is None
    assert main_window.recovery.read() is None


def test_invalid_input_survives_leaving_and_coming_back_to_the_page(qtbot, main_window):
    wizard, driver = open_new(main_window, qtbot)
    page = wizard.currentPage()
    driver.type(page.ui.meetingDate, "32/11/2026")
    driver.next()
    wizard.go_to("meeting")
    assert page.ui.meetingDate.text() == "32/11/2026"
    assert page.meeting_date.error.isVisibleTo(page)


def test_an_edit_that_invalidates_a_head_s_agreement_is_audited_once(qtbot, main_window, store):
    from test_review_and_family import open_example

    from coplan.domain.agreements import AuditAction
    from coplan.domain.fingerprint import AgreementState, agreement_status
    from coplan.domain.model import CostBasis
    from coplan.ui.fields import show_money

    wizard = open_example(main_window, store, qtbot, index=0)  # signed for by Meadowbank (s1)
    driver = Driver(qtbot, wizard)
    plan = wizard.session.plan
    signed = plan.current_agreement("s1")
    item = plan.premises_dp_items("s1")[0]
    wizard.go_to("provision")
    page = wizard.currentPage()
    assert page.select_item(item.id)
    assert item.cost_basis is CostBasis.ONE_OFF
    driver.type(page.ui.itemOneOffCost, show_money(Money(49900)))
    assert agreement_status(plan, "s1").state == AgreementState.CHANGED
    qtbot.waitUntil(lambda: not wizard.session.dirty, timeout=1000)
    driver.type(page.ui.itemDeliveredBy, "A different supplier")  # still invalid: not again
    qtbot.waitUntil(lambda: not wizard.session.dirty, timeout=1000)
    invalidated = [
        entry
        for entry in store.audit_trail(plan.id)
        if entry.action == AuditAction.INVALIDATED.value
    ]
    assert len(invalidated) == 1
    assert invalidated[0].fingerprint == signed.fingerprint
    assert invalidated[0].detail == f"setting s1; agreement {signed.id}"
    assert store.load(plan.id).items == plan.items
