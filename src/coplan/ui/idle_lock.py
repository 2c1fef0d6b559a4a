"""CoPlan locks itself when the laptop is left: after the pack's `idle_lock_minutes` without a
key press, a click, a scroll or a touch, every window is hidden behind a full-screen lock
screen that asks for the case officer's sign-off PIN (the quick unlock) or the passphrase.

- Open plans are saved before anything is hidden; nothing typed is lost.
- The lock screen is kept up like the sign-off screen (`SignoffCover`): every other CoPlan
  window hidden, other screens covered, back on top whatever the window manager does.
- While the head's sign-off screen is up, the idle lock waits: that screen is already locked
  and the head may take their time; it counts again from when it closes.
- A caseload without a PIN or a key (the demo, the tests' plain caseloads) is not locked:
  there would be nothing to unlock it with, and no real child's data to protect.
- Checking the passphrase (scrypt) runs on a worker thread; a wrong PIN counts towards the
  PIN's slowed retries like on the sign-off screen.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coplan.lock import LockError, OfficerLock
from coplan.store.crypto import MIN_PASSPHRASE_LENGTH, DatabaseKey, SaltFile, WrongPassphrase

from .cover import LOCKED, SignoffCover
from .passphrase import _Worker

CHECK_MS = 5000
DEFAULT_IDLE_MINUTES = 10
_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
    QEvent.Type.TabletPress,
}


class LockScreen(QWidget):
    """Full screen: "CoPlan is locked", one field for the PIN or the passphrase."""

    def __init__(
        self,
        *,
        lock: OfficerLock | None,
        key: DatabaseKey | None,
        salt: SaltFile | None,
        on_unlocked: Callable[[], None],
    ) -> None:
        super().__init__(
            None,
            Qt.WindowType.Window
            | Qt.WindowType.FramelessWindowHint
            | Qt.WindowType.WindowStaysOnTopHint,
        )
        self.setObjectName("idleLockScreen")
        self.setWindowTitle("CoPlan is locked")
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self._lock = lock if lock is not None and lock.is_set() else None
        self._key = key
        self._salt = salt
        self._on_unlocked = on_unlocked
        self.locked = True
        self.busy = False

        what = " or ".join(
            part
            for part, there in (
                ("your sign-off PIN", self._lock is not None),
                ("your passphrase", key is not None),
            )
            if there
        )
        heading = QLabel("CoPlan is locked")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        heading.setFont(font)
        intro = QLabel(
            f"CoPlan locked itself because the laptop was not used for a while. Your work is "
            f"saved. Enter {what} to continue."
        )
        intro.setWordWrap(True)
        self.field_label = QLabel("&PIN or passphrase" if key is not None else "&PIN")
        self.field = QLineEdit()
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setMaxLength(1024)
        self.field.setAccessibleName(self.field_label.text().replace("&", ""))
        self.field_label.setBuddy(self.field)
        self.unlock_button = QPushButton("&Unlock")
        self.unlock_button.setDefault(True)
        self.message = QLabel("")
        self.message.setProperty("role", "error")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)

        box = QWidget()
        box.setMaximumWidth(760)
        inner = QVBoxLayout(box)
        inner.setSpacing(14)
        inner.addWidget(heading)
        inner.addWidget(intro)
        row = QHBoxLayout()
        row.addWidget(self.field_label)
        row.addWidget(self.field, 1)
        row.addWidget(self.unlock_button)
        inner.addLayout(row)
        inner.addWidget(self.message)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        column = QVBoxLayout()
        column.addStretch(1)
        column.addWidget(box)
        column.addStretch(2)
        outer.addLayout(column, 3)
        outer.addStretch(1)

        self._worker = _Worker(self)
        self._worker.finished.connect(self._checked)
        self.field.returnPressed.connect(self.try_unlock)
        self.unlock_button.clicked.connect(self.try_unlock)
        self.cover = SignoffCover(self, message=LOCKED)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.locked:
            self.cover.start()
        self.field.setFocus(Qt.FocusReason.OtherFocusReason)

    def closeEvent(self, event) -> None:
        if self.locked:
            event.ignore()  # Alt+F4 does not unlock
        else:
            super().closeEvent(event)

    def try_unlock(self) -> None:
        secret = self.field.text()
        if self.busy:
            return
        if not secret:
            self.message.setText("Enter your PIN or passphrase.")
            return
        self.field.clear()
        if self._key is None or self._salt is None or len(secret) < MIN_PASSPHRASE_LENGTH:
            self._try_pin(secret)  # too short to be the passphrase: the quick unlock
            return
        # The passphrase first, so that unlocking with it never counts as a wrong PIN.
        self.busy = True
        self.unlock_button.setEnabled(False)
        self._say("Checking…", error=False)
        salt, key = self._salt, self._key

        def job() -> tuple[bool, str]:
            try:
                return salt.unlock(secret) == key, secret
            except WrongPassphrase:
                return False, secret

        self._worker.run(job)

    def _say(self, text: str, *, error: bool = True) -> None:
        self.message.setProperty("role", "error" if error else "nudge")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.setText(text)

    def _checked(self, result: tuple | None, error: Exception | None) -> None:
        self.busy = False
        self.unlock_button.setEnabled(True)
        self._say("")
        if result is not None and result[0]:
            self._unlock()
            return
        if error is not None or result is None:
            self.message.setText(str(error))
            return
        self._try_pin(result[1])

    def _try_pin(self, secret: str) -> None:
        either = "PIN or passphrase" if self._key is not None else "PIN"
        if self._lock is None or not secret:
            self.message.setText(f"That is not the right {either}.")
            return
        try:
            attempt = self._lock.attempt(secret)
        except LockError as error:
            self.message.setText(str(error))
            return
        if attempt.ok:
            self._unlock()
        elif not attempt.checked:
            self.message.setText(
                f"Too many wrong PINs: the PIN can be tried again in {attempt.wait_seconds} "
                "seconds" + (" (the passphrase works now)." if self._key is not None else ".")
            )
        else:
            self.message.setText(f"That is not the right {either}.")
        self.field.setFocus()

    def _unlock(self) -> None:
        self.locked = False
        self.message.setText("")
        self.cover.stop()
        self.close()
        self.deleteLater()
        self._on_unlocked()


class IdleLock(QObject):
    """Watches for use of CoPlan and locks it after `minutes()` minutes without any."""

    def __init__(
        self,
        window,
        *,
        minutes: Callable[[], int],
        lock: OfficerLock | None,
        key: DatabaseKey | None,
        salt: SaltFile | None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._minutes = minutes
        self._lock = lock
        self._key = key
        self._salt = salt
        self._clock = clock
        self._last_use = clock()
        self.screen: LockScreen | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_MS)
        self._timer.timeout.connect(self.check)
        QApplication.instance().installEventFilter(self)
        self._timer.start()

    def use_key(self, key: DatabaseKey | None, data_folder) -> None:
        """Another caseload (Settings → data folder): its key, salt and PIN file."""
        from coplan.lock.officer_lock import FILE_NAME
        from coplan.store.layout import DATABASE_FILE_NAME

        self._key = key
        self._salt = SaltFile(data_folder / DATABASE_FILE_NAME) if key is not None else None
        self._lock = OfficerLock(data_folder / FILE_NAME)

    @property
    def can_lock(self) -> bool:
        return self._key is not None or (self._lock is not None and self._lock.is_set())

    def eventFilter(self, _watched, event) -> bool:
        if event.type() in _ACTIVITY:
            self._last_use = self._clock()
        return False

    def check(self) -> None:
        if self.screen is not None:
            return
        if _signoff_screen_up():
            self._last_use = self._clock()  # counts again when the head hands back
            return
        if self._clock() - self._last_use >= self._minutes() * 60:
            self.lock_now()

    def lock_now(self) -> bool:
        """Save every open plan, hide everything behind the lock screen; False if it cannot."""
        if self.screen is not None or not self.can_lock:
            return False
        for wizard in list(getattr(self._window, "wizards", {}).values()):
            wizard.session.save_now()
        QGuiApplication.restoreOverrideCursor()
        self.screen = LockScreen(
            lock=self._lock, key=self._key, salt=self._salt, on_unlocked=self._unlocked
        )
        target = self._window.screen()
        if target is not None:
            self.screen.setGeometry(target.geometry())
        self.screen.showFullScreen()
        return True

    def _unlocked(self) -> None:
        self.screen = None
        self._last_use = self._clock()


def _signoff_screen_up() -> bool:
    from .signoff.screen import SignoffScreen

    return any(
        isinstance(widget, SignoffScreen) and widget.isVisible() and widget.locked
        for widget in QApplication.topLevelWidgets()
    )


def install_idle_lock(window, *, key: DatabaseKey | None, data_folder) -> IdleLock | None:
    """The idle lock for the main window, with the pack's idle time; None without a folder."""
    from coplan.lock.officer_lock import FILE_NAME
    from coplan.store.layout import DATABASE_FILE_NAME

    if data_folder is None:
        return None
    salt = SaltFile(data_folder / DATABASE_FILE_NAME) if key is not None else None

    def minutes() -> int:
        try:
            return window.pack_for().idle_lock_minutes
        except Exception:  # a pack that cannot be read must not stop the lock
            return DEFAULT_IDLE_MINUTES

    return IdleLock(
        window,
        minutes=minutes,
        lock=OfficerLock(data_folder / FILE_NAME),
        key=key,
        salt=salt,
    )
