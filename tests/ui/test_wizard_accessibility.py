"""Every input is named by its visible label, reachable with Tab, and the meeting runs by keys."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)
from ui_driver import example_paths, type_text

from coplan.domain.model import CostBasis, ManagementOption
from coplan.plan_file import read_plan
from coplan.ui.text import strip_mnemonic

INPUTS = (QLineEdit, QPlainTextEdit, QComboBox, QAbstractButton, QAbstractItemView)


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name) if interface is not None else ""


def labelled_by(widget: QWidget, label: QLabel) -> bool:
    interface = QAccessible.queryAccessibleInterface(widget)
    wanted = QAccessible.queryAccessibleInterface(label)
    return any(
        other.object() is wanted.object()
        for other, _relation in interface.relations(QAccessible.RelationFlag.Label)
    )


def inputs_of(root: QWidget) -> list[QWidget]:
    found = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INPUTS) or widget.objectName().startswith("qt_"):
            continue
        if isinstance(widget, QLineEdit) and isinstance(widget.parent(), QComboBox):
            continue
        if not widget.objectName():
            continue  # Qt's own parts (scroll bar buttons, header sections)
        found.append(widget)
    return found


def buddies_of(root: QWidget) -> dict[QWidget, QLabel]:
    return {label.buddy(): label for label in root.findChildren(QLabel) if label.buddy()}


def check_names(root: QWidget) -> list[str]:
    problems = []
    buddies = buddies_of(root)
    for widget in inputs_of(root):
        name = accessible_name(widget)
        if widget in buddies:
            label = strip_mnemonic(buddies[widget].text())
            if isinstance(widget, QComboBox):
                # On Linux Qt gives a combo box its current choice as the name and ties the
                # label to it as "labelled by" (what Orca reads); check both ways of naming.
                name = widget.accessibleName()
                if not labelled_by(widget, buddies[widget]):
                    problems.append(f"{widget.objectName()}: not labelled by {label!r}")
            if name != label:
                problems.append(f"{widget.objectName()}: named {name!r}, labelled {label!r}")
        elif isinstance(widget, QAbstractButton) and widget.text():
            if name != strip_mnemonic(widget.text()):
                problems.append(f"{widget.objectName()}: named {name!r}, shows {widget.text()!r}")
        elif not name:
            problems.append(f"{widget.objectName()} ({type(widget).__name__}) has no name")
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            problems.append(f"{widget.objectName()} cannot be reached with Tab")
    return problems


@pytest.mark.parametrize("path", example_paths(), ids=[p.stem for p in example_paths()])
def test_every_input_on_every_page_is_named_by_its_label(qtbot, main_window, store, path):
    plan = read_plan(path)
    store.save(plan, actor="test")
    wizard = main_window.open_plan(store.load(plan.id))
    qtbot.waitExposed(wizard)
    problems = check_names(main_window)
    for page in wizard.pages:
        wizard.go_to(page.key)
        if page.key == "provision":
            # Visit every item so that its conditions' evidence fields exist.
            for row in range(page.ui.itemTable.rowCount()):
                page.ui.itemTable.setCurrentCell(row, 0)
                problems += check_names(page)
        problems += [f"{page.key}: {p}" for p in check_names(page)]
    problems += check_names(wizard.sideWidget())
    assert problems == [], "\n".join(problems)


def test_errors_are_read_out_with_the_field(qtbot, main_window):
    main_window.ui.actionNew.trigger()
    (wizard,) = main_window.wizards.values()
    page = wizard.currentPage()
    page.ui.childDob.setFocus()
    type_text(page.ui.childDob, "yesterday")
    interface = QAccessible.queryAccessibleInterface(page.ui.childDob)
    assert "day/month/year" in interface.text(QAccessible.Text.Description)
    assert accessible_name(page.ui.childDob) == "Date of birth"


class Keys:
    """Only key presses, always to whatever has the focus in the window."""

    def __init__(self, qtbot, window) -> None:
        self.qtbot = qtbot
        self.window = window

    @property
    def focus(self) -> QWidget:
        widget = self.window.focusWidget()
        assert widget is not None
        return widget

    def press(self, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
        self.qtbot.keyClick(self.focus, key, modifier)
        self.qtbot.wait(1)

    def alt(self, letter: str) -> None:
        self.press(getattr(Qt.Key, f"Key_{letter.upper()}"), Qt.KeyboardModifier.AltModifier)
        self.qtbot.wait(250)  # a mnemonic "animates" the click for 100 ms

    def write(self, text: str) -> None:
        for number, line in enumerate(text.split("\n")):
            if number:
                self.press(Qt.Key.Key_Return)
            type_text(self.focus, line)

    def tab_to(self, name: str, limit: int = 60) -> QWidget:
        for _ in range(limit):
            if self.focus.objectName() == name:
                return self.focus
            self.press(Qt.Key.Key_Tab)
        raise AssertionError(f"Tab never reached {name}; stuck at {self.focus.objectName()}")

    def choose(self, data) -> None:
        combo = self.focus
        assert isinstance(combo, QComboBox)
        self.press(Qt.Key.Key_Home)
        for _ in range(combo.count()):
            if combo.currentData() == data:
                return
            self.press(Qt.Key.Key_Down)
        raise AssertionError(f"{combo.objectName()} has no {data!r}")


@pytest.mark.slow
def test_a_whole_meeting_from_the_keyboard(qtbot, main_window, store, yes_to_questions):
    keys = Keys(qtbot, main_window)
    main_window.activateWindow()
    main_window.ui.searchField.setFocus()
    keys.press(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    (wizard,) = main_window.wizards.values()
    keys.window = wizard
    from PySide6.QtWidgets import QApplication

    wizard.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is wizard, timeout=1000)
    qtbot.waitUntil(lambda: wizard.focusWidget() is not None, timeout=1000)
    # Page 1: the focus starts on the first field, and Tab follows the form.
    assert keys.focus.objectName() == "meetingKind"
    keys.press(Qt.Key.Key_Tab)
    assert keys.focus.objectName() == "meetingDate"
    keys.write("16/11/2026")
    keys.press(Qt.Key.Key_Tab)
    assert keys.focus.objectName() == "childFullName"
    keys.write("Amara Grace Okafor")
    keys.press(Qt.Key.Key_Tab)
    assert keys.focus.objectName() == "childPreferredName"
    keys.write("Amara")
    keys.press(Qt.Key.Key_Tab)
    assert keys.focus.objectName() == "childDob"
    keys.write("14/03/2018")
    keys.tab_to("addSetting")
    keys.press(Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: keys.focus.objectName() == "settingName", timeout=1000)
    keys.write("Meadowbank Primary School")
    keys.alt("n")
    # Page 2.
    assert wizard.currentPage().key == "what_matters"
    assert keys.focus.objectName() == "whatMatters"
    keys.write("Amara loves drawing.\nShe wants to talk to her friends at lunch.")
    keys.alt("n")
    # Page 3: an outcome.
    assert wizard.currentPage().key == "outcomes"
    keys.tab_to("addOutcome")
    keys.press(Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: keys.focus.objectName() == "outcomeText", timeout=1000)
    keys.write("By July 2027 Amara will ask for help in class three times a day.")
    keys.press(Qt.Key.Key_Tab)
    keys.press(Qt.Key.Key_Tab)
    assert keys.focus.objectName() == "outcomeTargetDate"
    keys.write("16/07/2027")
    keys.tab_to("addNeed")
    keys.press(Qt.Key.Key_Space)
    keys.tab_to("needSummary")
    keys.write("Severe speech and language disorder.")
    keys.alt("n")
    # Page 4: the questionnaire, answered with arrow keys.
    assert wizard.currentPage().key == "budget"
    keys.tab_to("sourceRas")
    keys.press(Qt.Key.Key_Space)
    for question in ("communication", "learning", "personal_care", "family_life"):
        keys.tab_to(f"ras_{question}")
        keys.choose("lots")
    assert "Band" in wizard.currentPage().ui.rasResult.text()
    keys.alt("n")
    # Page 5: one item of provision.
    assert wizard.currentPage().key == "provision"
    keys.tab_to("addItem")
    keys.press(Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: keys.focus.objectName() == "itemDescription", timeout=1000)
    keys.write("Speech and language therapy in school")
    keys.press(Qt.Key.Key_Tab)
    keys.choose("top_up_support")
    keys.tab_to("itemCostBasis")
    keys.choose(CostBasis.RECURRING)
    keys.tab_to("itemRate")
    keys.choose("speech_language_therapist")
    keys.tab_to("itemUnitsPerWeek")
    keys.write("1")
    keys.press(Qt.Key.Key_Tab)
    keys.write("30")
    keys.tab_to("itemDeliveredBy")
    keys.write("NHS speech and language therapy team")
    keys.tab_to("itemOutcomes")
    keys.press(Qt.Key.Key_Down)
    # With only one outcome in the plan a new item already serves it.
    assert keys.focus.item(0).checkState() == Qt.CheckState.Checked
    keys.tab_to("itemNeeds")
    keys.press(Qt.Key.Key_Down)
    keys.press(Qt.Key.Key_Space)
    keys.alt("n")
    # Page 6: managed by direct payment, with the details.
    assert wizard.currentPage().key == "management"
    item_id = wizard.session.plan.items[0].id
    keys.tab_to(f"management_{item_id}")
    keys.choose(ManagementOption.DIRECT_PAYMENT)
    keys.tab_to("dpRecipientName")
    keys.write("Grace Okafor")
    for box in ("dpAppropriateUse", "dpBestInterests", "dpNoAdverseImpact", "dpEfficientUse"):
        keys.tab_to(box)
        keys.press(Qt.Key.Key_Space)
    keys.alt("n")
    keys.alt("n")
    # Page 8: review, then a finding followed with Enter.
    assert wizard.currentPage().key == "review"
    assert keys.focus.objectName() == "findingsList"
    findings = wizard.currentPage().ui.findingsList
    row = next(
        r
        for r in range(findings.count())
        if findings.item(r).data(Qt.ItemDataRole.UserRole) == "next_review_on"
    )
    for _ in range(row + 1):
        keys.press(Qt.Key.Key_Down)
    findings.setCurrentRow(row)
    keys.press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: keys.focus.objectName() == "nextReview", timeout=1000)
    keys.write("16/11/2027")
    plan_id = wizard.session.plan.id
    keys.alt("d")
    assert not main_window.wizards
    saved = store.load(plan_id)
    assert saved.child.full_name == "Amara Grace Okafor"
    assert saved.settings[0].name == "Meadowbank Primary School"
    assert len(saved.what_matters) == 2
    assert saved.outcomes[0].target_date.isoformat() == "2027-07-16"
    assert saved.indicative.ras_band is not None
    item = saved.items[0]
    assert (item.category, item.cost_text()) == ("top_up_support", "£2,250.00 a year")
    assert item.outcome_ids == [saved.outcomes[0].id]
    assert item.need_ids == [saved.needs[0].id]
    assert item.management is ManagementOption.DIRECT_PAYMENT
    assert saved.direct_payment.recipient_name == "Grace Okafor"
    assert saved.direct_payment.efficient_use_confirmed
    assert saved.next_review_on.isoformat() == "2027-11-16"


def test_focus_is_visible(qtbot, main_window):
    """The style sheet draws a 2-pixel border on the focused field (not colour alone)."""
    sheet = main_window.window().styleSheet() or main_window.style().objectName()
    from PySide6.QtWidgets import QApplication

    assert ":focus" in QApplication.instance().styleSheet(), sheet
    assert isinstance(main_window.ui.showBin, QAbstractButton)
    assert isinstance(QGroupBox(), QWidget)
