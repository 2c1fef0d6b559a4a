"""The app's fields hold what a plan file can carry, and say so at the field when they are full.

A 606-character name used to save from the app and then give a file `coplan import` refused;
a right-to-left override pasted into a name used to reach every output; "١٢٣" was £123.00.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit
from ui_driver import Driver

from coplan.domain.money import Money
from coplan.plan_file import read_plan, write_plan
from coplan.plan_file.limits import max_length


def open_new(main_window, qtbot):
    main_window.ui.actionNew.trigger()
    (wizard,) = main_window.wizards.values()
    qtbot.waitExposed(wizard)
    return wizard, Driver(qtbot, wizard)


def paste(qtbot, widget, text: str, *, replace: bool = True) -> None:
    """Paste from the clipboard with Ctrl+V, as a person would (over everything, or at the end)."""
    widget.setFocus()
    if replace:
        qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    else:
        qtbot.keyClick(widget, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    QApplication.clipboard().setText(text)
    qtbot.keyClick(widget, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    QApplication.processEvents()


def message_of(page, widget) -> str:
    limit = page.limits[widget.objectName()]
    return limit.message.text() if limit.message.isVisibleTo(page) else ""


def test_a_name_stops_at_the_plan_files_limit_with_a_message(qtbot, main_window):
    wizard, driver = open_new(main_window, qtbot)
    page = wizard.currentPage()
    name = page.ui.childFullName
    assert max_length("child.full_name") == 500
    paste(qtbot, name, "A" * 499)
    assert message_of(page, name) == ""
    driver.type(name, "A" * 499 + "B")  # the 500th character: full, kept
    assert wizard.session.plan.child.full_name == "A" * 499 + "B"
    assert message_of(page, name) == "This box is full: it holds up to 500 characters."
    assert name.accessibleDescription() == message_of(page, name)
    qtbot.keyClick(name, Qt.Key.Key_End)
    qtbot.keyClicks(name, "C")  # one more: refused, with the same plain words
    assert name.text() == "A" * 499 + "B"
    assert wizard.session.plan.child.full_name == "A" * 499 + "B"
    assert "holds up to 500 characters" in message_of(page, name)
    qtbot.keyClick(name, Qt.Key.Key_Backspace)
    assert message_of(page, name) == ""


def test_a_606_character_name_is_refused_whole_when_pasted_and_nothing_is_cut(qtbot, main_window):
    wizard, driver = open_new(main_window, qtbot)
    page = wizard.currentPage()
    name = page.ui.childFullName
    driver.type(name, "Amara Okafor")
    paste(qtbot, name, "Amara " + "x" * 600)
    assert name.text() == "Amara Okafor"  # not cut to 500: the clipboard still has all of it
    assert wizard.session.plan.child.full_name == "Amara Okafor"
    message = message_of(page, name)
    assert message.startswith("Too long to add: this would make 606 characters")
    assert "holds up to 500" in message and "Nothing was added" in message


def test_a_long_description_is_held_to_its_limit_too(qtbot, main_window):
    wizard, driver = open_new(main_window, qtbot)
    wizard.go_to("provision")
    page = wizard.currentPage()
    driver.click(page.ui.addItem)
    description = page.ui.itemDescription
    driver.type(description, "Speech and language therapy")
    paste(qtbot, description, "y" * 20_001, replace=False)
    item = wizard.session.plan.items[0]
    assert description.toPlainText() == "Speech and language therapy"
    assert item.description == "Speech and language therapy"
    assert "would make 20,028 characters" in message_of(page, description)
    paste(qtbot, description, "z" * 20_000)
    assert item.description == "z" * 20_000
    assert message_of(page, description) == ("This box is full: it holds up to 20,000 characters.")


def test_an_invisible_direction_override_is_left_out_with_a_message(qtbot, main_window):
    wizard, _driver = open_new(main_window, qtbot)
    page = wizard.currentPage()
    name = page.ui.childFullName
    paste(qtbot, name, "Amara\u202e Okafor\x1b[2J")
    assert name.text() == "Amara Okafor[2J"
    assert wizard.session.plan.child.full_name == "Amara Okafor[2J"
    message = message_of(page, name)
    assert "left out a right-to-left override (U+202E)" in message
    assert "can disguise what the text says" in message


def test_pasting_only_an_invisible_character_says_so_at_once(qtbot, main_window):
    wizard, driver = open_new(main_window, qtbot)
    page = wizard.currentPage()
    name = page.ui.childFullName
    driver.type(name, "Amara")
    paste(qtbot, name, "\u2066", replace=False)
    assert name.text() == "Amara"
    assert "left-to-right isolate (U+2066)" in message_of(page, name)
    qtbot.keyClicks(name, "h")
    assert message_of(page, name) == ""


def test_an_override_in_long_text_is_left_out_and_the_cursor_stays(qtbot, main_window):
    wizard, driver = open_new(main_window, qtbot)
    wizard.go_to("what_matters")
    page = wizard.currentPage()
    box = page.ui.whatMatters
    driver.type(box, "Music")
    paste(qtbot, box, " and \u2066drums\u2069", replace=False)
    assert box.toPlainText() == "Music and drums"
    assert box.textCursor().position() == len("Music and drums")
    assert wizard.session.plan.what_matters == ["Music and drums"]
    assert "left-to-right isolate (U+2066)" in message_of(page, box)


def test_every_text_box_of_every_page_has_the_plan_files_limit(qtbot, main_window):
    wizard, _driver = open_new(main_window, qtbot)
    unlimited = []
    for page_id in wizard.pageIds():
        page = wizard.page(page_id)
        checked = {check.edit for check in getattr(page, "checks", [])}  # money and dates
        for widget in page.findChildren(QLineEdit) + page.findChildren(QPlainTextEdit):
            if widget in checked or widget.isReadOnly() or not widget.objectName():
                continue
            if widget.objectName().startswith("qt_"):
                continue
            if widget.property("coplanMaxLength") is None:
                unlimited.append(f"{type(page).__name__}.{widget.objectName()}")
    assert not unlimited, unlimited


def test_a_name_at_the_limit_saves_exports_and_imports_again(qtbot, main_window, store, tmp_path):
    wizard, _driver = open_new(main_window, qtbot)
    page = wizard.currentPage()
    paste(qtbot, page.ui.childFullName, "N" * 500)
    qtbot.waitUntil(lambda: not wizard.session.dirty, timeout=2000)
    saved = store.load(wizard.session.plan.id)
    path = tmp_path / "plan.json"
    write_plan(saved, path)
    assert read_plan(path).child.full_name == "N" * 500


def test_money_in_arabic_indic_digits_is_refused_at_the_field(qtbot, main_window):
    wizard, driver = open_new(main_window, qtbot)
    wizard.go_to("provision")
    page = wizard.currentPage()
    driver.click(page.ui.addItem)
    driver.type(page.ui.itemUnitCost, "75")
    driver.type(page.ui.itemUnitCost, "١٢٣")
    assert page.unit_cost.error.isVisibleTo(page)
    assert page.unit_cost.error.text() == (
        "Type the amount with the digits 0 to 9, for example 1,250.00."
    )
    assert page.ui.itemUnitCost.text() == "١٢٣"  # what was typed stays, to be corrected
    assert wizard.session.plan.items[0].unit_cost == Money(7500)


def test_a_date_in_other_digits_is_refused_at_the_field(qtbot, main_window):
    wizard, driver = open_new(main_window, qtbot)
    page = wizard.currentPage()
    driver.type(page.ui.meetingDate, "٢٣/١١/٢٠٢٦")
    assert "digits 0 to 9" in page.meeting_date.error.text()


def test_a_long_text_stored_before_the_limit_loads_as_it_is_and_is_reported(qtbot, main_window):
    """Showing another record's longer text is a load, not an edit: it is never refused (that
    would leave the first record's text on the screen of the second)."""
    wizard, driver = open_new(main_window, qtbot)
    wizard.go_to("provision")
    page = wizard.currentPage()
    driver.click(page.ui.addItem)
    driver.type(page.ui.itemDescription, "Short")
    driver.click(page.ui.addItem)
    wizard.session.plan.items[1].description = "L" * 20_050  # saved by an older CoPlan
    page._reload_table(select=0)
    page._reload_table(select=1)
    assert page.ui.itemDescription.toPlainText() == "L" * 20_050
    assert message_of(page, page.ui.itemDescription) == (
        "This is 20,050 characters; a plan keeps up to 20,000 here. Shorten it by 50."
    )
    page.ui.itemDescription.setFocus()
    qtbot.keyClick(page.ui.itemDescription, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(page.ui.itemDescription, Qt.Key.Key_Backspace)  # shortening is allowed
    assert wizard.session.plan.items[1].description == "L" * 20_049


def test_a_list_stops_at_the_plan_files_number_of_rows(qtbot, main_window, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from coplan.domain.model import Attendee, AttendeeRole
    from coplan.plan_file.limits import max_rows

    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: told.append(args[1:3]))
    wizard, driver = open_new(main_window, qtbot)
    page = wizard.currentPage()
    most = max_rows("meeting.attendees")
    people = wizard.session.plan.meeting.attendees
    people[:] = [Attendee(f"Person {n}", AttendeeRole.OTHER) for n in range(most - 1)]
    page.attendees.reload()
    driver.click(page.ui.addAttendee)
    assert len(people) == most and not told
    driver.click(page.ui.addAttendee)
    assert len(people) == most
    assert told == [
        (
            "This list is full",
            f"A plan holds up to {most} of these (person). Remove one before adding another.",
        )
    ]


def test_what_matters_stops_at_the_plan_files_number_of_lines(qtbot, main_window):
    wizard, _driver = open_new(main_window, qtbot)
    wizard.go_to("what_matters")
    page = wizard.currentPage()
    box = page.ui.whatMatters
    paste(qtbot, box, "\n".join(f"Point {n}" for n in range(100)))
    assert len(wizard.session.plan.what_matters) == 100
    paste(qtbot, box, "\nOne more", replace=False)
    assert len(wizard.session.plan.what_matters) == 100
    assert "holds up to 100 lines" in message_of(page, box)


def test_the_officers_name_in_the_audit_trail_is_one_visible_line(
    qtbot, main_window, store, monkeypatch
):
    """A settings file or login name with a control character, or a name over the trail's
    length, must never stop every save (the store refuses such an actor)."""
    from PySide6.QtWidgets import QInputDialog, QMessageBox

    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warned.append(args[2]))
    main_window.settings.setValue("actor", "Sam\u202e Patel\n\x1b[2J")
    assert main_window.actor == "Sam Patel [2J"
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("S" * 201, True))
    assert not main_window.choose_name()
    assert "up to 200 characters" in warned[0]
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("  Sam\tPatel ", True))
    assert main_window.choose_name()
    assert main_window.actor == "Sam Patel"
    wizard, driver = open_new(main_window, qtbot)
    driver.type(wizard.currentPage().ui.childFullName, "Amara")
    qtbot.waitUntil(lambda: not wizard.session.dirty, timeout=2000)
    assert store.audit_trail(wizard.session.plan.id)[-1].actor == "Sam Patel"


def test_a_hostile_file_name_is_shown_as_text_never_obeyed_as_markup(
    qtbot, main_window, store, tmp_path, monkeypatch
):
    from PySide6.QtWidgets import QMessageBox

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a, **k: shown.append(a[2])))
    bad = tmp_path / "<b>Plan<i> \u202eevil.json"  # a file name can hold both
    bad.write_text('{"format": ', encoding="utf-8")
    assert main_window.import_plan_file(str(bad)) is None
    assert shown[0].startswith("<p>&lt;b&gt;Plan&lt;i&gt; \\u202eevil.json: ")
    assert "\u202e" not in shown[0]
    assert store.count_plans() == 0


def test_a_name_that_looks_like_markup_is_told_about_as_text(qtbot, main_window, store):
    """A label reads markup-looking text as markup: a name such as "<b>Amara</b>" in
    "Removed person ‘…’" and in Edit → Undo is shown as typed, never as bold."""
    from PySide6.QtCore import Qt

    wizard, driver = open_new(main_window, qtbot)
    page = wizard.currentPage()
    driver.click(page.ui.addAttendee)
    driver.type(page.ui.attendeeName, "<b>Amara</b> <img src=x>")
    driver.click(page.ui.removeAttendee)
    status = wizard.save_status
    assert status.textFormat() == Qt.TextFormat.PlainText
    assert "‘<b>Amara</b> <img src=x>’" in status.text()
    assert wizard.undo_action.text() == "Undo remove person ‘<b>Amara</b> <img src=x>’"


def test_the_stage_dialogs_hold_what_the_plan_file_holds(qtbot):
    from factories import MEETING_DAY, build_plan

    from coplan.policy import load_pack_by_id
    from coplan.ui.stage_dialogs import IssueFinalDialog, ResponseDialog

    plan = build_plan()
    response = ResponseDialog(None, plan, today=MEETING_DAY)
    qtbot.addWidget(response)
    assert response.from_name.property("coplanMaxLength") == max_length(
        "consultation.responses.from_name"
    )
    assert response.said.property("coplanMaxLength") == 20_000
    final = IssueFinalDialog(None, plan, load_pack_by_id(), today=MEETING_DAY)
    qtbot.addWidget(final)
    assert final.section_i.property("coplanMaxLength") == max_length("section_i")
