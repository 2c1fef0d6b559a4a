"""No way out of the sign-off screen without the case officer's PIN."""

from __future__ import annotations

import pytest
from factories import MEETING_DAY
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QPushButton
from signoff_helpers import FAST, PIN, click, draw_signature, enter_pin

from coplan.lock import OfficerLock
from coplan.ui.signoff import open_signoff
from coplan.ui.signoff.screen import Page, SignoffScreen
from coplan.ui.signoff.set_pin import SetPinDialog

pytestmark = pytest.mark.gui


def still_locked(screen) -> bool:
    QApplication.processEvents()
    return screen.isVisible() and screen.locked and screen.result() == 0


def test_the_screen_is_modal_frameless_and_full_screen_when_opened(qtbot, make_screen):
    screen = make_screen()
    assert screen.windowModality() == Qt.WindowModality.ApplicationModal
    assert screen.windowFlags() & Qt.WindowType.FramelessWindowHint
    assert screen.windowFlags() & Qt.WindowType.WindowStaysOnTopHint


def test_escape_does_not_leave(qtbot, make_screen):
    screen = make_screen()
    for page in (Page.ITEMS, Page.DECISION, Page.SIGN, Page.PIN):
        screen.ui.pages.setCurrentIndex(page)
        QTest.keyClick(screen, Qt.Key.Key_Escape)
        QTest.keyClick(screen.focusWidget() or screen, Qt.Key.Key_Escape)
        assert still_locked(screen)


def test_closing_the_window_does_not_leave(qtbot, make_screen):
    screen = make_screen()
    assert screen.close() is False
    event = QCloseEvent()
    QApplication.sendEvent(screen, event)
    assert not event.isAccepted()
    screen.reject()
    screen.accept()
    screen.done(QDialog.DialogCode.Accepted)
    assert still_locked(screen)


def test_alt_f4_and_close_shortcuts_do_not_leave(qtbot, make_screen):
    screen = make_screen()
    QTest.keyClick(screen, Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier)
    QTest.keyClick(screen, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(screen, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert still_locked(screen)


def test_minimising_brings_it_back(qtbot, make_screen):
    screen = make_screen()
    screen.showMinimized()
    qtbot.waitUntil(lambda: not screen.isMinimized())
    assert still_locked(screen)


def test_the_rest_of_the_app_is_out_of_reach(qtbot, make_screen, plan, pack, lock):
    main = QMainWindow()
    main.setCentralWidget(QPushButton("Caseload"))
    qtbot.addWidget(main)
    triggered = []
    action = QAction("Open another plan", main)
    action.setShortcut(QKeySequence("Ctrl+O"))
    action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
    action.triggered.connect(lambda: triggered.append("action"))
    main.addAction(action)
    shortcut = QShortcut(QKeySequence("Ctrl+Q"), main)
    shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
    shortcut.activated.connect(lambda: triggered.append("shortcut"))
    main.show()
    main.activateWindow()
    assert QTest.qWaitForWindowActive(main)
    QTest.keyClick(main, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert triggered == ["action"]  # the shortcuts do work while nothing is locked

    screen = make_screen(parent=main)
    screen.activateWindow()
    assert QTest.qWaitForWindowActive(screen)
    assert QApplication.activeModalWidget() is screen
    for target in (screen, screen.ui.toDecisionButton, main, main.centralWidget()):
        QTest.keyClick(target, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
        QTest.keyClick(target, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert triggered == ["action"]
    assert still_locked(screen)


def test_a_wrong_pin_does_not_leave(qtbot, make_screen):
    screen = make_screen()
    click(qtbot, screen.ui.officerButton)
    assert screen.page() is Page.PIN
    enter_pin(qtbot, screen, "not-the-pin")
    assert screen.ui.pinMessage.text() == "That is not the right PIN or password."
    assert screen.ui.pinEdit.text() == ""
    click(qtbot, screen.ui.unlockButton)  # empty
    assert screen.ui.pinMessage.text() == "Enter the PIN or password."
    assert still_locked(screen)


def test_going_back_from_the_pin_returns_to_the_head(qtbot, make_screen):
    screen = make_screen()
    click(qtbot, screen.ui.toDecisionButton)
    click(qtbot, screen.ui.officerButton)
    click(qtbot, screen.ui.pinBackButton)
    assert screen.page() is Page.DECISION
    assert still_locked(screen)


def test_retries_slow_down(qtbot, make_screen, clock):
    screen = make_screen()
    click(qtbot, screen.ui.officerButton)
    for n in range(3):
        enter_pin(qtbot, screen, f"wrong-{n:03d}")
    assert not screen.ui.unlockButton.isEnabled()
    assert "try again in 2 seconds" in screen.ui.pinMessage.text()
    # the right PIN, typed and entered with Return, is not even checked while waiting
    screen.ui.pinEdit.setText(PIN)
    QTest.keyClick(screen.ui.pinEdit, Qt.Key.Key_Return)
    assert still_locked(screen)
    clock.now += 2
    qtbot.waitUntil(screen.ui.unlockButton.isEnabled)
    assert screen.ui.pinMessage.text() == "You can try again now."
    enter_pin(qtbot, screen, "wrong-again")
    assert "try again in 4 seconds" in screen.ui.pinMessage.text()
    clock.now += 4
    qtbot.waitUntil(screen.ui.unlockButton.isEnabled)
    enter_pin(qtbot, screen)
    assert not screen.isVisible()
    assert screen.result() == QDialog.DialogCode.Rejected
    assert screen.agreement is None


def test_a_new_screen_keeps_the_wait(qtbot, make_screen, lock, clock):
    for n in range(4):
        clock.now += 60
        lock.attempt(f"wrong-{n:03d}")
    screen = make_screen()
    click(qtbot, screen.ui.officerButton)
    assert not screen.ui.unlockButton.isEnabled()
    assert "try again in 4 seconds" in screen.ui.pinMessage.text()


def test_the_officer_can_stop_with_the_pin_and_nothing_is_recorded(
    qtbot, make_screen, plan, recorded
):
    screen = make_screen()
    click(qtbot, screen.ui.officerButton)
    enter_pin(qtbot, screen)
    assert screen.result() == QDialog.DialogCode.Rejected
    assert plan.current_agreement("s1") is None and recorded == []


def test_after_signing_the_officer_button_is_gone_and_back_returns_to_hand_back(qtbot, make_screen):
    screen = make_screen()
    click(qtbot, screen.ui.toDecisionButton)
    click(qtbot, screen.ui.agreeRadio)
    click(qtbot, screen.ui.toSignButton)
    draw_signature(screen.ui.signaturePad)
    click(qtbot, screen.ui.signButton)
    assert not screen.ui.officerButton.isVisible()
    click(qtbot, screen.ui.handBackButton)
    enter_pin(qtbot, screen, "wrong-pin")
    click(qtbot, screen.ui.pinBackButton)
    assert screen.page() is Page.DONE
    QTest.keyClick(screen, Qt.Key.Key_Escape)
    assert still_locked(screen)


class Driver:
    """Acts on whichever modal window is open, step by step, while `exec()` blocks."""

    def __init__(self, qtbot, steps):
        self.steps = list(steps)
        self.qtbot = qtbot
        self.seen = []
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(self.tick)
        self.timer.start()
        self.ticks = 0

    def tick(self):
        self.ticks += 1
        modal = QApplication.activeModalWidget()
        if self.ticks > 500 and isinstance(modal, SignoffScreen):  # never hang the suite
            modal._may_close = True
            modal.done(0)
        if modal is None or not self.steps or not modal.isVisible():
            return
        kind, action = self.steps[0]
        if isinstance(modal, kind):
            self.steps.pop(0)
            self.seen.append(type(modal).__name__)
            action(modal)
        if not self.steps:
            self.timer.stop()


def test_open_signoff_first_use_sets_the_pin_then_signs(qtbot, plan, pack, tmp_path):
    lock = OfficerLock(tmp_path / "lock.json", kdf=FAST)
    recorded = []

    def set_pin(dialog):
        dialog.ui.pinEdit.setText("lighthouse-3")
        dialog.ui.confirmEdit.setText("lighthouse-3")
        dialog.ui.setButton.click()

    def sign(screen):
        assert screen.isFullScreen()
        screen.ui.toDecisionButton.click()
        screen.ui.agreeRadio.setChecked(True)
        screen.ui.toSignButton.click()
        screen.ui.typeRadio.setChecked(True)
        screen.ui.typedConfirmCheck.setChecked(True)
        screen.ui.signButton.click()
        screen.ui.handBackButton.click()
        screen.ui.pinEdit.setText("lighthouse-3")
        screen.ui.unlockButton.click()

    driver = Driver(qtbot, [(SetPinDialog, set_pin), (SignoffScreen, sign)])
    agreement = open_signoff(
        None, plan, "s1", pack, lock=lock, on_recorded=recorded.append, today=MEETING_DAY
    )
    assert driver.seen == ["SetPinDialog", "SignoffScreen"]
    assert lock.is_set() and lock.attempt("lighthouse-3").ok
    assert agreement is not None and agreement is plan.current_agreement("s1")
    assert recorded == [agreement]


def test_open_signoff_returns_none_when_the_officer_cancels(qtbot, plan, pack, lock):
    def cancel(screen):
        screen.ui.officerButton.click()
        screen.ui.pinEdit.setText(PIN)
        screen.ui.unlockButton.click()

    driver = Driver(qtbot, [(SignoffScreen, cancel)])
    assert open_signoff(None, plan, "s1", pack, lock=lock) is None
    assert driver.seen == ["SignoffScreen"]
    assert plan.current_agreement("s1") is None


def test_open_signoff_returns_none_when_the_pin_is_not_set(qtbot, plan, pack, tmp_path):
    lock = OfficerLock(tmp_path / "lock.json", kdf=FAST)
    driver = Driver(qtbot, [(SetPinDialog, lambda dialog: dialog.ui.cancelButton.click())])
    assert open_signoff(None, plan, "s1", pack, lock=lock) is None
    assert driver.seen == ["SetPinDialog"]
    assert not lock.is_set()


def test_set_pin_dialog_refuses_weak_or_mismatched(qtbot, tmp_path):
    lock = OfficerLock(tmp_path / "lock.json", kdf=FAST)
    dialog = SetPinDialog(lock)
    qtbot.addWidget(dialog)
    dialog.ui.pinEdit.setText("1234")
    dialog.ui.confirmEdit.setText("1234")
    dialog.ui.setButton.click()
    assert "at least 6" in dialog.ui.messageLabel.text()
    dialog.ui.pinEdit.setText("lighthouse-3")
    dialog.ui.confirmEdit.setText("lighthouse-4")
    dialog.ui.setButton.click()
    assert "do not match" in dialog.ui.messageLabel.text()
    assert not lock.is_set()


def test_nothing_to_agree_is_refused_before_locking(qtbot, plan, pack, lock):
    from coplan.domain.agreements import AgreementError

    with pytest.raises(AgreementError):
        open_signoff(None, plan, "nowhere", pack, lock=lock)


def test_a_damaged_pin_file_stops_before_locking(qtbot, plan, pack, lock, monkeypatch):
    lock.path.write_text("{damaged")
    warnings = []
    monkeypatch.setattr(
        "coplan.ui.signoff.entry.QMessageBox.warning", lambda *args: warnings.append(args[2])
    )
    assert open_signoff(None, plan, "s1", pack, lock=lock) is None
    assert "damaged" in warnings[0]


def test_the_screen_is_the_window_qt_blocks_all_others_for(qtbot, make_screen):
    main = QMainWindow()
    qtbot.addWidget(main)
    main.show()
    screen = make_screen(parent=main)
    assert QApplication.activeModalWidget() is screen
    assert QApplication.modalWindow() is screen.windowHandle()


def test_open_signoff_keeps_the_screen_up_when_the_window_manager_hides_it(qtbot, plan, pack, lock):
    """Hiding a dialog ends its exec(); open_signoff runs it again while it is locked."""
    hidden = []

    def hide_it(screen):
        hidden.append(screen)
        screen.hide()

    def cancel(screen):
        assert screen is hidden[0] and screen.isFullScreen()
        screen.ui.officerButton.click()
        screen.ui.pinEdit.setText(PIN)
        screen.ui.unlockButton.click()

    driver = Driver(qtbot, [(SignoffScreen, hide_it), (SignoffScreen, cancel)])
    assert open_signoff(None, plan, "s1", pack, lock=lock) is None
    assert driver.seen == ["SignoffScreen", "SignoffScreen"]
