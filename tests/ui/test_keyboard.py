"""Keyboard first: Tab follows the eye, reaches everything, never stops on a nameless container,
never gets stuck; shortcuts add and remove; Enter in the caseload search opens the plan."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QGroupBox,
    QLabel,
    QWidget,
)
from ui_driver import example_paths

from coplan.plan_file import read_plan


def open_example(qtbot, main_window, store, path):
    plan = read_plan(path)
    store.save(plan, actor="test")
    wizard = main_window.open_plan(store.load(plan.id))
    wizard.resize(1350, 682)
    qtbot.waitExposed(wizard)
    wizard.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is wizard, timeout=1000)
    return wizard


def name_of(widget: QWidget) -> str:
    if widget.accessibleName():
        return widget.accessibleName()
    if isinstance(widget, QAbstractButton):
        return widget.text()
    if isinstance(widget, QGroupBox):
        return widget.title()
    return ""


def tab_round(qtbot, wizard, limit: int = 120) -> list[QWidget]:
    """Press Tab from the page's first field until the focus comes back to it."""
    start = QApplication.focusWidget()
    assert start is not None
    stops = [start]
    for _ in range(limit):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        if now is start:
            return stops
        stops.append(now)
    raise AssertionError(
        "Tab never came back to the first field: stuck in "
        + ", ".join(dict.fromkeys(w.objectName() for w in stops[-10:]))
    )


@pytest.mark.parametrize("path", example_paths(), ids=[p.stem for p in example_paths()])
def test_tab_reaches_every_field_in_order_then_the_pages_list_and_buttons(
    qtbot, main_window, store, path
):
    wizard = open_example(qtbot, main_window, store, path)
    problems = []
    for page in wizard.pages:
        wizard.go_to(page.key)
        qtbot.wait(20)
        page.focus_first()
        stops = tab_round(qtbot, wizard)
        names = [w.objectName() for w in stops]
        wanted = [
            w for w in page.focus_order() if w.isVisible() and w.isEnabled() and w.isVisibleTo(page)
        ]
        on_page = [w for w in stops if page.isAncestorOf(w)]
        if on_page != wanted:
            problems.append(f"{page.key}: Tab visits {[w.objectName() for w in on_page]}")
        # The page first, then the Pages list and the buttons, never back into the page.
        last_on_page = max((i for i, w in enumerate(stops) if page.isAncestorOf(w)), default=-1)
        if names.index("pageList") < last_on_page:
            problems.append(f"{page.key}: the Pages list comes before the page's last field")
        for widget in stops:
            if not name_of(widget):
                problems.append(
                    f"{page.key}: {type(widget).__name__} {widget.objectName()} has no name"
                )
            if isinstance(widget, QAbstractScrollArea) and not widget.accessibleName():
                problems.append(f"{page.key}: the focus stops on a container {widget.objectName()}")
            if type(widget) in (QWidget, QLabel):
                problems.append(f"{page.key}: the focus stops on a container {widget.objectName()}")
    assert problems == [], "\n".join(problems)


def test_an_items_condition_evidence_comes_before_the_pages_list(qtbot, main_window, store):
    path = next(p for p in example_paths() if p.stem == "ipad-communication")
    wizard = open_example(qtbot, main_window, store, path)
    wizard.go_to("provision")
    page = wizard.page_by_key("provision")
    page.ui.itemTable.selectRow(0)  # the iPad: specialist equipment, with a condition
    qtbot.wait(10)
    assert page.condition_edits
    page.ui.onSiteSiteAccess.setFocus()
    if not page.ui.onSiteSiteAccess.isVisible():
        page.ui.itemNeeds.setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() in page.condition_edits.values()


def test_the_management_choices_come_before_the_direct_payment_details(qtbot, main_window, store):
    path = next(p for p in example_paths() if p.stem == "ipad-communication")
    wizard = open_example(qtbot, main_window, store, path)
    wizard.go_to("management")
    qtbot.wait(20)
    page = wizard.page_by_key("management")
    first = next(iter(page.item_combos.values()))
    assert QApplication.focusWidget() is first


# (page, Add button, its list, the field the focus goes to)
LISTS = [
    ("meeting", "addAttendee", "attendeeList", "attendeeName"),
    ("meeting", "addSetting", "settingList", "settingName"),
    ("outcomes", "addOutcome", "outcomeList", "outcomeText"),
    ("outcomes", "addNeed", "needList", "needSection"),
    ("provision", "addItem", "itemTable", "itemDescription"),
    ("review", "addRefusal", "refusalList", "refusalRequest"),
]


def rows(view) -> int:
    return view.rowCount() if hasattr(view, "rowCount") else view.count()


@pytest.mark.parametrize(
    ("key", "button", "view", "field"), LISTS, ids=[b for _k, b, _v, _f in LISTS]
)
def test_shortcuts_add_and_remove(qtbot, main_window, yes_to_questions, key, button, view, field):
    from coplan.ui.shortcuts import ADD, REMOVE

    main_window.ui.actionNew.trigger()
    (wizard,) = main_window.wizards.values()
    wizard.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is wizard, timeout=1000)
    wizard.go_to(key)
    qtbot.wait(20)
    page = wizard.page_by_key(key)
    ui = page.ui
    listing = getattr(ui, view)
    before = rows(listing)
    # From the page's first field, wherever it is: Ctrl+Shift+letter adds and goes to the new one.
    page.focus_first()
    letter = ADD[button].rsplit("+", 1)[1]
    shift_ctrl = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(QApplication.focusWidget(), getattr(Qt.Key, f"Key_{letter}"), shift_ctrl)
    qtbot.waitUntil(lambda: rows(listing) == before + 1, timeout=1000)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is getattr(ui, field), timeout=1000)
    # The tooltip tells the key.
    assert ADD[button].split("+")[-1] in getattr(ui, button).toolTip()
    # Ctrl+Shift+Delete in its fields removes it (at once: Ctrl+Z puts it back).
    assert REMOVE == "Ctrl+Shift+Delete"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Delete, shift_ctrl)
    qtbot.waitUntil(lambda: rows(listing) == before, timeout=1000)


def test_the_user_guide_lists_every_shortcut():
    from pathlib import Path

    from coplan.ui.shortcuts import ADD, REMOVE

    guide = (Path(__file__).resolve().parents[2] / "docs" / "user-guide.md").read_text("utf-8")
    for keys in [*ADD.values(), REMOVE]:
        assert f"| {keys} |" in guide, keys


def test_enter_in_the_caseload_search_opens_the_plan_found(qtbot, main_window, store):
    for path in example_paths():
        store.save(read_plan(path), actor="test")
    main_window.model.refresh(reset=True)
    field = main_window.ui.searchField
    field.setFocus()
    from ui_driver import type_text

    type_text(field, "Harry")
    qtbot.keyClick(field, Qt.Key.Key_Return)  # at once, before the search's typing pause
    assert len(main_window.wizards) == 1
    (wizard,) = main_window.wizards.values()
    assert wizard.session.plan.child.full_name.startswith("Harry")


def visible_words(root: QWidget) -> set[str]:
    from coplan.ui.text import strip_mnemonic

    words = {
        strip_mnemonic(label.text()) for label in root.findChildren(QLabel) if label.isVisible()
    }
    words |= {strip_mnemonic(g.title()) for g in root.findChildren(QGroupBox) if g.isVisible()}
    return words


@pytest.mark.parametrize("path", example_paths(), ids=[p.stem for p in example_paths()])
def test_every_list_is_named_by_the_words_above_it(qtbot, main_window, store, path):
    """AT-SPI showed "Needs" for a list headed "Needs (sections B, C and D)"."""
    from PySide6.QtWidgets import QAbstractItemView

    wizard = open_example(qtbot, main_window, store, path)
    problems = []
    for page in wizard.pages:
        wizard.go_to(page.key)
        qtbot.wait(10)
        seen = visible_words(page)
        for view in page.findChildren(QAbstractItemView):
            if not view.objectName():
                continue  # a combo box's pop-up list
            if view.isVisible() and view.accessibleName() not in seen:
                problems.append(
                    f"{page.key}: {view.objectName()} is called “{view.accessibleName()}”"
                )
    assert problems == [], "\n".join(problems)


def test_a_final_plans_pages_are_read_and_scrolled_from_the_keyboard(qtbot, main_window, store):
    path = next(p for p in example_paths() if p.stem == "work-experience-16")  # a final plan
    wizard = open_example(qtbot, main_window, store, path)
    wizard.resize(1240, 560)  # small: the page is taller than its window
    wizard.go_to("meeting")
    qtbot.wait(50)
    page = wizard.page_by_key("meeting")
    assert not page.editable
    area = page.scroll
    assert QApplication.focusWidget() is area
    assert area.accessibleName() == "Meeting and people (read-only)"
    bar = area.verticalScrollBar()
    assert bar.maximum() > 0
    qtbot.keyClick(area, Qt.Key.Key_PageDown)
    assert bar.value() > 0


def test_down_in_the_search_chooses_the_next_plan_found(qtbot, main_window, store):
    for path in example_paths():
        store.save(read_plan(path), actor="test")
    main_window.model.refresh(reset=True)
    main_window._select_first_if_none()
    field = main_window.ui.searchField
    field.setFocus()
    first = main_window.selected_id()
    qtbot.keyClick(field, Qt.Key.Key_Down)
    second = main_window.selected_id()
    assert second != first and field.hasFocus()
    qtbot.keyClick(field, Qt.Key.Key_Return)
    (wizard,) = main_window.wizards.values()
    assert wizard.session.plan.id == second


def test_a_field_below_the_fold_is_scrolled_into_sight_when_it_takes_the_focus(
    qtbot, main_window, store
):
    """offscreen_controls.py (AT-SPI) lists the fields below a scroll area's fold as leaving the
    screen: Tab (or a jump) brings each into sight."""
    path = next(p for p in example_paths() if p.stem == "ipad-communication")
    wizard = open_example(qtbot, main_window, store, path)
    wizard.go_to("management")
    qtbot.wait(20)
    page = wizard.page_by_key("management")
    area = page.ui.detailScroll
    for field in (page.ui.dpFirstPayment, page.ui.dpScheduleTable, page.ui.dpRecipient):
        field.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.wait(5)
        top_left = field.mapTo(area.viewport(), field.rect().topLeft())
        assert 0 <= top_left.y() < area.viewport().height(), field.objectName()
    assert area.verticalScrollBar().maximum() > 0, "the test needs fields below the fold"
