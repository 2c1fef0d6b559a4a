"""While the head has the laptop (or CoPlan is locked): nothing of CoPlan but that one screen,
on every screen.

`SignoffCover(screen)` is started when the sign-off screen (or the idle lock screen) is shown
and stopped by its `_finish` (after the officer's PIN). It lives outside `ui/signoff` so that the
lock screen can use it without loading the sign-off package at start-up.

- every other CoPlan window (the caseload, the wizard, the family view, any dialog) is
  hidden, not merely disabled, so that no window-manager key (show desktop, another virtual
  desktop, Alt+Tab, a task bar preview) can uncover a child's record; they are shown again,
  as they were, after the PIN;
- every other screen (a projector showing the family view, a second monitor) is covered by a
  plain panel that takes no focus;
- if the window manager hides, minimises, moves, resizes or deactivates the sign-off screen,
  it is put back full screen, on top and active: at once on the event, and by a watchdog
  that looks every `WATCH_MS` in case the event never reached CoPlan;
- a window that appears meanwhile (a message from autosave, a second start's "come forward")
  is hidden as it is shown, and shown again after the PIN;
- a modal dialog waiting for an answer (only the idle lock can find one) is left under the
  full-screen, stay-on-top lock screen: hiding it would end its modal loop, which would answer
  it as if the officer had cancelled.

`locked_screen()` is the screen a cover keeps up, if any: code that brings CoPlan forward
(a second start) raises that instead of the caseload.

What CoPlan cannot close: the operating system's own keys (Ctrl+Alt+Del, the Windows key,
switching to another application). docs/signoff.md describes the kiosk / assigned-access
set-up for councils that want those closed too.
"""

from __future__ import annotations

import time

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QVBoxLayout, QWidget

WATCH_MS = 300
# Asking the window system to activate the screen again is rate-limited: some (Wayland) refuse
# and warn each time, and a refusal must not become a warning every 300 ms.
REACTIVATE_EVERY_S = 2.0
# Window types that belong to the screen itself while it is used (a combo box's list, a tip).
_TRANSIENT_TYPES = (Qt.WindowType.Popup, Qt.WindowType.ToolTip)
_ACTIVE: list[SignoffCover] = []


def locked_screen() -> QWidget | None:
    """The sign-off or lock screen a cover is keeping up now, or None."""
    _ACTIVE[:] = [cover for cover in _ACTIVE if shiboken6.isValid(cover) and cover.active]
    return _ACTIVE[-1].screen if _ACTIVE else None


SIGNING = "CoPlan is showing a sign-off on the laptop's screen."
LOCKED = "CoPlan is locked."


class CoverPanel(QWidget):
    """A plain dark panel over a screen the locked screen is not on. (It can be clicked, but
    a click only makes the cover put the locked screen back in front.)"""

    def __init__(self, message: str = SIGNING) -> None:
        super().__init__(
            None,
            Qt.WindowType.Window
            | Qt.WindowType.FramelessWindowHint
            | Qt.WindowType.WindowStaysOnTopHint,
        )
        self.setObjectName("signoffCoverPanel")
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setStyleSheet("#signoffCoverPanel { background: #0b0c0c; } QLabel { color: white; }")
        layout = QVBoxLayout(self)
        label = QLabel(message)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = label.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        label.setFont(font)
        layout.addWidget(label)

    def cover(self, screen) -> None:
        self.setScreen(screen)
        self.setGeometry(screen.geometry())
        self.showFullScreen()


class SignoffCover(QObject):
    """Keeps the sign-off screen the only thing of CoPlan to be seen, until `stop`."""

    def __init__(self, screen: QWidget, *, message: str = SIGNING) -> None:
        super().__init__(screen)
        self._screen = screen
        self._message = message
        self._reactivated_at = float("-inf")
        self._hidden: list[QWidget] = []
        self._panels: list[CoverPanel] = []
        self._active = False
        self._watchdog = QTimer(self)
        self._watchdog.setInterval(WATCH_MS)
        self._watchdog.timeout.connect(self.reassert)
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(0)
        self._soon.timeout.connect(self.reassert)
        # A screen deleted without `stop` (a test's teardown) must not be reported as locked.
        screen.destroyed.connect(self._forget)

    def _forget(self, *_args) -> None:
        self._active = False
        if self in _ACTIVE:
            _ACTIVE.remove(self)

    @property
    def active(self) -> bool:
        return self._active

    @property
    def screen(self) -> QWidget:
        return self._screen

    @property
    def panels(self) -> list[CoverPanel]:
        return list(self._panels)

    def start(self) -> None:
        if self._active:
            return
        self._active = True
        _ACTIVE.append(self)
        self._hide_the_others()
        self._cover_other_screens()
        self._screen.installEventFilter(self)
        QApplication.instance().installEventFilter(self)  # windows shown meanwhile
        self._watchdog.start()

    def stop(self) -> None:
        """Take the panels away and show again what was hidden, as it was."""
        if not self._active:
            return
        self._active = False
        if self in _ACTIVE:
            _ACTIVE.remove(self)
        self._watchdog.stop()
        self._soon.stop()
        self._screen.removeEventFilter(self)
        QApplication.instance().removeEventFilter(self)
        for panel in self._panels:
            panel.close()
            panel.deleteLater()
        self._panels.clear()
        for window in self._hidden:
            if shiboken6.isValid(window):  # a window closed meanwhile stays closed
                window.show()
        self._hidden.clear()

    # -- keeping it so ---------------------------------------------------------------------
    def eventFilter(self, watched, event) -> bool:
        if (
            event.type() == QEvent.Type.Show
            and watched is not self._screen
            and isinstance(watched, QWidget)
            and watched.isWindow()
            and not self._belongs_to_screen(watched)
        ):
            self._soon.start()  # hidden before the next paint
            return False
        if watched is self._screen and event.type() in (
            QEvent.Type.Hide,
            QEvent.Type.Move,
            QEvent.Type.Resize,
            QEvent.Type.WindowDeactivate,
            QEvent.Type.WindowStateChange,
        ):
            self._soon.start()  # after the window manager has finished what it was doing
        return False

    def reassert(self) -> None:
        """Put the sign-off screen back full screen, on top and active; hide newcomers."""
        if not self._active:
            return
        screen = self._screen
        if not getattr(screen, "locked", True):  # released by the PIN (or a test's teardown)
            self.stop()
            return
        self._hide_the_others()
        target = screen.screen()
        handle = screen.windowHandle()
        if not screen.isVisible() or handle is None or not handle.isExposed():
            # Unmapped by the window manager: shown on another virtual desktop, "show the
            # desktop", or hidden. Mapped again, it is placed on the desktop in front of the
            # officer. (Hiding ends the dialog's exec(); `open_signoff` runs it again while
            # the screen is locked.)
            screen.hide()
            self._show(screen, target)
            return
        fine = (
            not screen.isMinimized()
            and screen.isFullScreen()
            and (target is None or screen.geometry() == target.geometry())
        )
        if not fine:
            self._show(screen, target)
        elif not screen.isActiveWindow() and self._may_reactivate():
            screen.raise_()
            screen.activateWindow()
        for panel in self._panels:
            if not panel.isVisible():
                panel.showFullScreen()

    def _may_reactivate(self) -> bool:
        now = time.monotonic()
        if now - self._reactivated_at < REACTIVATE_EVERY_S:
            return False
        self._reactivated_at = now
        return True

    @staticmethod
    def _show(screen: QWidget, target) -> None:
        if target is not None:
            screen.setGeometry(target.geometry())
        screen.setWindowState(Qt.WindowState.WindowFullScreen)
        screen.show()
        screen.raise_()
        screen.activateWindow()

    # -- what is hidden and covered --------------------------------------------------------
    def _belongs_to_screen(self, window: QWidget) -> bool:
        if window is self._screen or window in self._panels:
            return True
        if window.windowType() in _TRANSIENT_TYPES:
            return True
        parent = window.parentWidget()
        while parent is not None:
            if parent is self._screen:
                return True
            parent = parent.parentWidget()
        return False

    def _hide_the_others(self) -> None:
        for window in QApplication.topLevelWidgets():
            if isinstance(window, QDialog) and window.isModal() and window is not self._screen:
                continue  # waiting for an answer: left under the screen (see above)
            if window.isVisible() and not self._belongs_to_screen(window):
                window.hide()
                if window not in self._hidden:
                    self._hidden.append(window)

    def _cover_other_screens(self) -> None:
        own = self._screen.screen()
        for screen in QGuiApplication.screens():
            if screen is own:
                continue
            panel = CoverPanel(self._message)
            panel.cover(screen)
            self._panels.append(panel)
