"""Forgiving: bad input never reaches the plan, every change can be undone, closing remembers."""

from __future__ import annotations

from PySide6.QtCore import Qt
from ui_driver import Driver

from coplan.domain.model import Outcome
from coplan.domain.money import Money


def open_new(main_window, qtbot):
    main_window.ui.actionNew.trigger()
    (wizard,) = main_window.wizards.values()
    qtbot.waitExposed(wizard)
    return wizard, Driver(qtbot, wizard)


def test_an_amount_typed_wrong_leaves_the_last_valid_amount_in_the_plan(qtbot, main_window, store):
    wizard, driver = open_new(main_window, qtbot)
    wizard.go_to("provision")
    page = wizard.currentPage()
    driver.click(page.ui.addItem)
    driver.type(page.ui.itemDescription, "Teaching assistant")
    driver.type(page.ui.itemUnitCost, "649")
    driver.type(page.ui.itemUnitsPerWeek, "1")
    driver.type(page.ui.itemWeeksPerYear, "1")
    item = wizard.session.plan.items[0]
    assert item.unit_cost == Money(64900)
    # Typed over it with a slip: "£1" is an amount on the way, "£1,2.50" is not one at all.
    driver.type(page.ui.itemUnitCost, "£1,2.50")
    assert page.ui.itemUnitCost.text() == "£1,2.50"  # kept as typed, with a message
    assert page.unit_cost.error.isVisibleTo(page)
    assert item.unit_cost == Money(64900)  # not the £1.00 that "£1" was
    assert page.ui.itemTable.item(0, 3).text().startswith("£649.00")
    assert "£649.00" in page.ui.itemTotals.text() if hasattr(page.ui, "itemTotals") else True
    qtbot.waitUntil(lambda: not wizard.session.dirty, timeout=2000)
    assert store.load(wizard.session.plan.id).items[0].unit_cost == Money(64900)
    # Fixed: the new amount goes in at once.
    driver.type(page.ui.itemUnitCost, "£1,250.00")
    assert item.unit_cost == Money(125000)
    assert not page.unit_cost.error.isVisibleTo(page)


def test_removing_an_outcome_is_undone_and_redone_from_the_edit_menu(qtbot, main_window):
    wizard, driver = open_new(main_window, qtbot)
    plan = wizard.session.plan
    plan.outcomes.append(Outcome(id="o1", text="Walk to school with a friend by July 2027"))
    plan.outcomes.append(Outcome(id="o2", text="Read a bedtime story to his sister"))
    wizard.session.edited()
    wizard.go_to("outcomes")
    page = wizard.currentPage()
    page.ui.outcomeList.setCurrentRow(0)
    driver.click(page.ui.removeOutcome)  # at once: nothing is asked, it can be undone
    assert [o.id for o in plan.outcomes] == ["o2"]
    undo = wizard.undo_action
    assert undo.isEnabled()
    assert undo.text() == "Undo remove outcome ‘Walk to school with a friend by July 2027’"
    assert wizard.edit_menu.actions()[0] is undo
    assert "Undo with Ctrl+Z" in wizard.save_status.text()
    page.ui.outcomeList.setFocus()
    qtbot.keyClick(page.ui.outcomeList, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [o.id for o in plan.outcomes] == ["o1", "o2"]
    assert page.ui.outcomeList.count() == 2
    assert "Walk to school" in page.ui.outcomeList.item(0).text()
    assert wizard.redo_action.text().startswith("Redo remove outcome")
    qtbot.keyClick(
        page.ui.outcomeList,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert [o.id for o in plan.outcomes] == ["o2"]
    qtbot.keyClick(page.ui.outcomeList, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(page.ui.outcomeList, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert [o.id for o in plan.outcomes] == ["o2"]


def test_typing_in_a_field_is_one_step_and_an_undo_on_another_page_goes_there(
    qtbot, main_window, store
):
    wizard, driver = open_new(main_window, qtbot)
    page = wizard.currentPage()
    driver.type(page.ui.childFullName, "Amara Okafor")
    driver.type(page.ui.childPreferredName, "Amara")
    assert wizard.undo_action.text() == "Undo change ‘Preferred name’", wizard.undo_action.text()
    wizard.go_to("review")
    wizard.undo_action.trigger()
    assert wizard.currentPage().key == "meeting"
    assert wizard.session.plan.child.full_name == "Amara Okafor"
    assert wizard.session.plan.child.preferred_name == ""
    assert page.ui.childPreferredName.text() == ""
    wizard.undo_action.trigger()  # the whole name typed is one step, not one per letter
    assert wizard.session.plan.child.full_name == ""
    assert page.ui.childFullName.text() == ""
    # The undone state is saved like any edit.
    qtbot.waitUntil(lambda: not wizard.session.dirty, timeout=2000)
    assert store.load(wizard.session.plan.id).child.full_name == ""


def test_closing_with_nothing_to_lose_asks_nothing_and_reopens_on_the_same_page(qtbot, main_window):
    wizard, driver = open_new(main_window, qtbot)
    plan_id = wizard.session.plan.id
    driver.type(wizard.currentPage().ui.childFullName, "Harry Thompson")
    wizard.go_to("budget")
    qtbot.keyClick(wizard.currentPage(), Qt.Key.Key_Escape)  # no question: nothing is lost
    qtbot.waitUntil(lambda: not main_window.wizards, timeout=2000)
    main_window.select_plan(plan_id)
    main_window.open_selected()
    wizard = main_window.wizards[plan_id]
    qtbot.waitExposed(wizard)
    qtbot.waitUntil(lambda: wizard.currentPage().key == "budget", timeout=2000)
    assert wizard.session.plan.child.full_name == "Harry Thompson"


def test_a_field_a_head_signed_for_says_so_before_it_changes_and_undo_puts_it_back(
    qtbot, main_window, store
):
    from test_review_and_family import open_example

    from coplan.domain.fingerprint import agreement_status

    wizard = open_example(main_window, store, qtbot)  # Amara: Helen Whitfield signed
    driver = Driver(qtbot, wizard)
    plan = wizard.session.plan
    ipad = plan.items[0]
    setting = ipad.setting_id
    assert agreement_status(plan, setting).valid
    wizard.go_to("provision")
    page = wizard.currentPage()
    page.select_item(ipad.id)
    # Before anything changes: the item as a whole, under the table ...
    assert page.signed_item.isVisibleTo(page)
    assert page.signed_item.text().startswith("Helen Whitfield agreed to “iPad")
    # ... and the field, as soon as the officer goes into it.
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow)
    page.ui.itemOneOffCost.setFocus()
    qtbot.waitUntil(lambda: page.signed.label_for(page.ui.itemOneOffCost).isVisibleTo(page))
    assert page.signed.label_for(page.ui.itemOneOffCost).text() == (
        "Helen Whitfield agreed to £429.00 for one-off cost on 16 November 2026; changing it "
        "means asking them again."
    )
    # A slip does not reach the plan, so the agreement still holds.
    driver.type(page.ui.itemOneOffCost, "£4,2.9")
    assert ipad.one_off_cost == Money(42900)
    assert agreement_status(plan, setting).valid
    driver.type(page.ui.itemOneOffCost, "£449.00")
    assert not agreement_status(plan, setting).valid
    wizard.undo_action.trigger()
    assert plan.items[0].one_off_cost == Money(42900)
    assert agreement_status(plan, setting).valid
    assert page.ui.itemOneOffCost.text() == "429.00"


def test_removing_an_item_is_undone_with_its_place_and_details(qtbot, main_window, store):
    from test_review_and_family import open_example

    wizard = open_example(main_window, store, qtbot)
    driver = Driver(qtbot, wizard)
    plan = wizard.session.plan
    before = [item.id for item in plan.items]
    wizard.go_to("provision")
    page = wizard.currentPage()
    page.select_item(before[1])
    driver.click(page.ui.removeItem)  # nothing asked
    assert [item.id for item in plan.items] == before[:1] + before[2:]
    assert wizard.undo_action.text() == (
        "Undo remove item ‘Symbol communication app: lifetime licence, set…’"
    )
    page.ui.itemTable.setFocus()
    qtbot.keyClick(page.ui.itemTable, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [item.id for item in plan.items] == before
    assert page.ui.itemTable.rowCount() == len(before)
    qtbot.waitUntil(lambda: not wizard.session.dirty, timeout=2000)
    assert [item.id for item in store.load(plan.id).items] == before


def test_a_refused_export_goes_straight_to_the_fix_and_back(qtbot, main_window, store):
    from test_review_and_family import open_example

    from coplan.domain.rules import validate
    from coplan.domain.stages import Stage

    wizard = open_example(main_window, store, qtbot)
    driver = Driver(qtbot, wizard)
    plan = wizard.session.plan
    item = plan.items[0]
    outcomes = list(item.outcome_ids)
    item.outcome_ids = []  # a line that serves no outcome stops the draft
    wizard.session.edited()
    wizard.go_to("review")
    review = wizard.currentPage()
    driver.click(review.ui.exportPdf)  # refused: nothing is asked, nothing written
    assert "cannot be exported yet: 1 thing to fix first" in review.ui.exportStatus.text()
    back = wizard.button(wizard.WizardButton.CustomButton2)
    assert not back.isVisible()
    driver.click(review.fix_button)
    qtbot.waitUntil(lambda: wizard.currentPage().key == "provision", timeout=1000)
    page = wizard.currentPage()
    assert page.current() is item
    assert back.isVisible() and back.text() == "Back to export"
    driver.tick(page.ui.itemOutcomes, set(outcomes))
    assert not [f for f in validate(plan, wizard.session.pack) if f.stops(Stage.DRAFT)]
    driver.click(back)
    assert wizard.currentPage() is review
    assert not back.isVisible()
    qtbot.waitUntil(lambda: review.ui.exportPdf.hasFocus(), timeout=1000)


def test_a_new_plan_starts_with_today_s_meeting_and_people_get_sensible_roles(qtbot, main_window):
    from datetime import date

    from coplan.domain.model import AttendeeRole
    from coplan.ui.fields import show_date

    wizard, driver = open_new(main_window, qtbot)
    page = wizard.currentPage()
    assert wizard.session.plan.meeting.held_on == date.today()
    assert page.ui.meetingDate.text() == show_date(date.today())
    roles = []
    for _ in range(4):
        driver.click(page.ui.addAttendee)
        roles.append(page.ui.attendeeRole.currentData())
    assert roles == [
        AttendeeRole.CHILD.value,
        AttendeeRole.PARENT.value,
        AttendeeRole.PARENT.value,
        AttendeeRole.HEAD_TEACHER.value,
    ]


def test_the_head_s_signature_stands_for_her_agreeing_to_release_school_funding(
    qtbot, main_window, store
):
    from test_review_and_family import open_example

    from coplan.domain.fingerprint import fingerprint, shown_to_head
    from coplan.domain.rules import validate

    wizard = open_example(main_window, store, qtbot)
    plan = wizard.session.plan
    item = plan.items[0]
    item.category = "school_funded_support"
    agreement = plan.current_agreement(item.setting_id)
    agreement.shown = shown_to_head(plan, item.setting_id)
    agreement.fingerprint = fingerprint(plan, item.setting_id)
    wizard.session.edited()
    wizard.go_to("provision")
    page = wizard.currentPage()
    page.select_item(item.id)
    evidence = page.condition_edits["head_agrees"]
    assert evidence.isReadOnly()
    assert (
        evidence.text() == "Agreed by Helen Whitfield on the sign-off screen on 16 November 2026."
    )
    assert not [f for f in validate(plan, wizard.session.pack) if "head_agrees" in f.field]


def test_how_a_signed_item_is_managed_says_so_where_it_is_chosen(qtbot, main_window, store):
    from test_review_and_family import open_example

    wizard = open_example(main_window, store, qtbot)
    plan = wizard.session.plan
    wizard.go_to("management")
    page = wizard.currentPage()
    combo = page.item_combos[plan.items[0].id]
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow)
    combo.setFocus()
    label = page.signed.label_for(combo)
    qtbot.waitUntil(lambda: label.isVisibleTo(page))
    assert label.text().startswith("Helen Whitfield agreed to “iPad")
    assert "how it is managed, means asking them again" in label.text()


def test_the_person_paid_is_the_parent_already_named_at_the_meeting(qtbot, main_window):
    from coplan.domain.model import (
        Attendee,
        AttendeeRole,
        ManagementOption,
        ProvisionItem,
        RecipientKind,
    )

    wizard, driver = open_new(main_window, qtbot)
    plan = wizard.session.plan
    plan.child.full_name = "Harry Thompson"
    plan.meeting.attendees.append(Attendee("Leanne Thompson", AttendeeRole.PARENT))
    plan.items.append(
        ProvisionItem(id="p1", description="Tutor", management=ManagementOption.DIRECT_PAYMENT)
    )
    wizard.session.edited()
    wizard.go_to("management")
    page = wizard.currentPage()
    assert plan.direct_payment.recipient_name == "Leanne Thompson"  # not asked again
    assert page.ui.dpRecipientName.text() == "Leanne Thompson"
    driver.choose(page.ui.dpRecipient, RecipientKind.YOUNG_PERSON.value)
    assert plan.direct_payment.recipient_name == "Harry Thompson"
    driver.type(page.ui.dpRecipientName, "Harry J Thompson")
    driver.choose(page.ui.dpRecipient, RecipientKind.PARENT.value)
    assert plan.direct_payment.recipient_name == "Harry J Thompson"  # typed: kept


def test_undoing_the_change_that_made_a_new_draft_revision(qtbot, main_window, store):
    from test_review_and_family import open_example

    from coplan.domain.model import PlanStatus
    from coplan.domain.stages import changed_since_served

    wizard = open_example(main_window, store, qtbot)
    driver = Driver(qtbot, wizard)
    plan = wizard.session.plan
    assert plan.status is PlanStatus.CONSULTATION and not changed_since_served(plan)
    sent = plan.draft_revision
    page = wizard.currentPage()
    driver.type(page.ui.childPreferredName, "Mara")
    qtbot.waitUntil(lambda: not wizard.session.dirty, timeout=2000)
    assert plan.draft_revision == sent + 1  # the save made it the next revision
    wizard.undo_action.trigger()
    assert plan.draft_revision == sent and not changed_since_served(plan)
    wizard.redo_action.trigger()
    assert plan.draft_revision == sent + 1 and plan.child.preferred_name == "Mara"
