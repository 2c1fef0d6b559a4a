"""First use: the case officer chooses the PIN or password that unlocks the sign-off screen."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from coplan.lock import LockError, OfficerLock
from coplan.ui.forms_compiled.ui_signoff_setpin import Ui_SetPinDialog

from .accessibility import name_fields_from_labels


class SetPinDialog(QDialog):
    def __init__(self, lock: OfficerLock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SetPinDialog()
        self.ui.setupUi(self)
        self._lock = lock
        name_fields_from_labels(self)
        # The rule is read with the field it is about (a screen reader says it on the PIN).
        self.ui.pinEdit.setAccessibleDescription(self.ui.rulesLabel.text())
        self.ui.setButton.clicked.connect(self.accept)
        self.ui.cancelButton.clicked.connect(self.reject)

    def accept(self) -> None:
        try:
            self._lock.set_secret(self.ui.pinEdit.text(), self.ui.confirmEdit.text())
        except LockError as error:
            self.ui.messageLabel.setText(str(error))
            self.ui.pinEdit.setAccessibleDescription(f"{error} {self.ui.rulesLabel.text()}")
            self.ui.confirmEdit.clear()
            self.ui.pinEdit.setFocus()
            return
        super().accept()
