"""The head teacher can read everything from the keyboard: the items and "what you are signing"
are Tab stops named by their headings that the arrow keys and Page Down scroll, and the
decision step puts the focus on a named area, never on a nameless container."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from signoff_helpers import plan_with_two_settings

from coplan.ui.signoff.screen import Page

pytestmark = pytest.mark.gui


def tab_until(qtbot, screen, widget, limit: int = 30) -> None:
    for _ in range(limit):
        if screen.focusWidget() is widget:
            return
        qtbot.keyClick(screen.focusWidget(), Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {widget.objectName()}")


def test_items_and_summary_scroll_from_the_keyboard(qtbot, make_screen):
    screen = make_screen(plan=plan_with_two_settings())
    screen.resize(900, 420)  # a short screen: the items go below the fold
    qtbot.wait(20)
    ui = screen.ui
    area = ui.itemsScroll
    assert area.accessibleName() == ui.itemsHeading.text()
    tab_until(qtbot, screen, area)
    bar = area.verticalScrollBar()
    assert bar.maximum() > 0, "the test needs items below the fold"
    qtbot.keyClick(area, Qt.Key.Key_PageDown)
    assert bar.value() > 0

    screen._go(Page.SIGN)
    qtbot.wait(20)
    summary = ui.summaryScroll
    assert summary.accessibleName() == "What you are signing"
    tab_until(qtbot, screen, summary)
    assert summary.verticalScrollBar().maximum() > 0, "the test needs a summary below the fold"
    qtbot.keyClick(summary, Qt.Key.Key_PageDown)
    assert summary.verticalScrollBar().value() > 0


def test_the_decision_step_focuses_a_named_area(qtbot, make_screen):
    screen = make_screen()
    screen._go(Page.DECISION)
    focused = screen.focusWidget()
    assert focused.accessibleName() == "Your decision"
    assert not any(button.hasFocus() for button in screen._decisions.buttons())
    qtbot.keyClick(focused, Qt.Key.Key_Tab)
    assert screen.focusWidget() is screen.ui.agreeRadio


def test_the_choose_message_goes_once_she_chooses(qtbot, make_screen):
    """It stayed on the screen after she had chosen."""
    from coplan.ui.signoff.screen import CHOOSE_A_DECISION

    screen = make_screen()
    screen._go(Page.DECISION)
    screen.ui.toSignButton.click()
    assert screen.ui.messageLabel.text() == CHOOSE_A_DECISION
    screen.ui.agreeRadio.setChecked(True)
    assert screen.ui.messageLabel.text() == ""
    assert not screen.ui.messageLabel.isVisible()


def test_the_pin_rule_is_read_with_the_pin_field(qtbot, tmp_path):
    from coplan.lock import OfficerLock
    from coplan.ui.signoff.set_pin import SetPinDialog

    dialog = SetPinDialog(OfficerLock(tmp_path / "new.json"))
    qtbot.addWidget(dialog)
    assert dialog.ui.pinEdit.accessibleDescription() == dialog.ui.rulesLabel.text()
    dialog.ui.pinEdit.setText("123456")
    dialog.ui.confirmEdit.setText("123456")
    dialog.accept()
    said = dialog.ui.pinEdit.accessibleDescription()
    assert dialog.ui.messageLabel.text() in said and dialog.ui.rulesLabel.text() in said
