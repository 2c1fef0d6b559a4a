"""The passphrase prompt shown before anything of a plan: open the caseload, or choose one.

Three cases (`crypto.caseload_state`):
- encrypted: "Enter your passphrase" — the key is derived and checked against the salt file;
- new: the first start — choose a passphrase, typed twice, with what it protects and what a
  forgotten one means;
- plain: a caseload from an earlier CoPlan — choose a passphrase; CoPlan encrypts the caseload
  after a backup.

The key derivation (scrypt, a few tenths of a second) and any encryption of a plain caseload
run on a worker thread, so the window stays responsive and says what it is doing. The dialog
only ever holds the passphrase in its fields; they are cleared as soon as the work starts.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QLineEdit, QWidget

from coplan.store.crypto import (
    MIN_PASSPHRASE_LENGTH,
    CaseloadState,
    DatabaseKey,
    SaltFile,
    problem_with_new_passphrase,
)
from coplan.store.errors import StoreError

from .forms_compiled.ui_passphrase import Ui_PassphraseDialog

FORGOTTEN = (
    "If the passphrase is forgotten, nobody can open this caseload: not you, not IT support, "
    "not CoPlan. Plans already sent to the council's case management system are safe there, "
    "and IT can set CoPlan up again with a new, empty caseload."
)

TEXTS = {
    CaseloadState.ENCRYPTED: (
        "Enter your passphrase",
        "Your caseload is encrypted on this laptop. Enter your passphrase to open it.",
        "Open caseload",
    ),
    CaseloadState.NEW: (
        "Choose a passphrase for your caseload",
        "CoPlan keeps every child's plan on this laptop encrypted, so that a lost or shared "
        "laptop gives nothing away. Choose a passphrase: you will type it each time you start "
        "CoPlan. While CoPlan is open, your sign-off PIN unlocks it.\n\n" + FORGOTTEN,
        "Encrypt and open",
    ),
    CaseloadState.PLAIN: (
        "Protect your caseload with a passphrase",
        "This version of CoPlan keeps every child's plan on this laptop encrypted, so that a "
        "lost or shared laptop gives nothing away. Choose a passphrase: CoPlan then makes an "
        "encrypted backup and encrypts your caseload, which takes a moment. You will type the "
        "passphrase each time you start CoPlan; while it is open, your sign-off PIN unlocks "
        "it.\n\n" + FORGOTTEN,
        "Encrypt and open",
    ),
}


class _Worker(QObject):
    """Runs one job on a plain thread and reports back on the window's thread."""

    finished = Signal(object, object)  # (result, error)

    def run(self, job: Callable[[], object]) -> None:
        def work() -> None:
            try:
                result = job()
            except Exception as error:  # shown to the officer in plain words
                self.finished.emit(None, error)
            else:
                self.finished.emit(result, None)

        threading.Thread(target=work, name="coplan-passphrase", daemon=True).start()


class PassphraseDialog(QDialog):
    """Asks for the passphrase; `key` is set once it opened (or encrypted) the caseload."""

    def __init__(
        self,
        database_file: Path,
        state: str,
        *,
        backups_folder: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_PassphraseDialog()
        self.ui.setupUi(self)
        self.setWindowTitle("CoPlan")
        self.database_file = Path(database_file)
        self.backups_folder = backups_folder
        self.state = state
        self.key: DatabaseKey | None = None
        self.busy = False
        ui = self.ui
        font = ui.headingLabel.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        ui.headingLabel.setFont(font)
        ui.rulesLabel.setText(
            f"At least {MIN_PASSPHRASE_LENGTH} characters. A few words you will remember work "
            "well, such as a line of a song."
        )
        self._apply_state()
        ui.messageLabel.setVisible(False)
        # Screen readers name each field by its visible label (as the sign-off screens do; not
        # imported from there, which would load the sign-off package before the prompt).
        for label, field in (
            (ui.passphraseLabel, ui.passphraseEdit),
            (ui.confirmLabel, ui.confirmEdit),
        ):
            field.setAccessibleName(label.text().replace("&", ""))
        self._worker = _Worker(self)
        self._worker.finished.connect(self._done)
        ui.openButton.clicked.connect(self._start)
        ui.quitButton.clicked.connect(self.reject)
        ui.showCheck.toggled.connect(self._show_typing)
        ui.passphraseEdit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.resize(self.width(), self.sizeHint().height())

    def _apply_state(self) -> None:
        ui = self.ui
        heading, intro, button = TEXTS[self.state]
        ui.headingLabel.setText(heading)
        ui.introLabel.setText(intro)
        ui.openButton.setText(f"&{button}")
        choosing = self.state != CaseloadState.ENCRYPTED
        ui.form.setRowVisible(ui.confirmEdit, choosing)
        ui.rulesLabel.setVisible(choosing)

    # -- what the officer does ---------------------------------------------------------------
    def _show_typing(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.ui.passphraseEdit.setEchoMode(mode)
        self.ui.confirmEdit.setEchoMode(mode)

    def _say(self, text: str, *, error: bool = True) -> None:
        label = self.ui.messageLabel
        label.setProperty("role", "error" if error else "nudge")
        label.style().unpolish(label)
        label.style().polish(label)
        label.setText(text)
        label.setVisible(bool(text))

    def _start(self) -> None:
        ui = self.ui
        if self.busy:
            return
        passphrase = ui.passphraseEdit.text()
        if not passphrase:
            self._say("Type your passphrase.")
            ui.passphraseEdit.setFocus()
            return
        if self.state != CaseloadState.ENCRYPTED:
            problem = problem_with_new_passphrase(passphrase, ui.confirmEdit.text())
            if problem:
                self._say(problem)
                ui.confirmEdit.clear()
                ui.passphraseEdit.setFocus()
                return
        ui.passphraseEdit.clear()
        ui.confirmEdit.clear()
        self._set_busy(True)
        encrypting = self.state == CaseloadState.PLAIN
        self._say(
            "Encrypting your caseload. Please wait…" if encrypting else "Opening your caseload…",
            error=False,
        )
        self._worker.run(self._job(passphrase))

    def _job(self, passphrase: str) -> Callable[[], DatabaseKey]:
        salt = SaltFile(self.database_file)
        database_file, backups_folder = self.database_file, self.backups_folder
        creating = self.state != CaseloadState.ENCRYPTED

        def job() -> DatabaseKey:
            key = salt.create(passphrase) if creating else salt.unlock(passphrase)
            from coplan.store.encrypt import finish_encryption, needs_finishing

            if needs_finishing(database_file, backups_folder):
                finish_encryption(database_file, key, backups_folder)
            return key

        return job

    def _done(self, key: DatabaseKey | None, error: Exception | None) -> None:
        self._set_busy(False)
        if error is not None:
            if isinstance(error, StoreError):
                message = str(error)
                message = message[:1].upper() + message[1:]
            else:
                message = f"CoPlan could not open the caseload ({type(error).__name__})."
            if self.state != CaseloadState.ENCRYPTED and SaltFile(self.database_file).exists():
                self.state = CaseloadState.ENCRYPTED  # the salt is made: from now on, unlock
                self._apply_state()
            self._say(message)
            self.ui.passphraseEdit.setFocus()
            return
        self.key = key
        self.accept()

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        for widget in (
            self.ui.passphraseEdit,
            self.ui.confirmEdit,
            self.ui.showCheck,
            self.ui.openButton,
            self.ui.quitButton,
        ):
            widget.setEnabled(not busy)
        if busy:
            QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        else:
            QGuiApplication.restoreOverrideCursor()

    # -- nothing leaves while the work runs --------------------------------------------------
    def done(self, result: int) -> None:
        if not self.busy:
            super().done(result)

    def closeEvent(self, event) -> None:
        if self.busy:
            event.ignore()
        else:
            super().closeEvent(event)


def ask_for_key(
    database_file: Path, state: str, *, backups_folder: Path | None = None
) -> DatabaseKey | None:
    """Show the prompt until the caseload opens (its key) or the officer quits (None)."""
    dialog = PassphraseDialog(database_file, state, backups_folder=backups_folder)
    dialog.exec()
    key = dialog.key
    dialog.deleteLater()
    return key
