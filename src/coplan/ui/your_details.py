"""Settings → Your details: the case officer's name, role, email and phone, typed once.

Kept in the app's settings (QSettings keys "officer/name", "officer/role", "officer/email",
"officer/phone"). Each new plan takes a copy (`domain.officer.fill_officer`), and so does a plan
opened without one, so the plan file carries it and every output — the Section J PDF, the
request for a head's agreement, the command line's export — says who to talk to.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from coplan.domain.model import OfficerContact
from coplan.domain.officer import clean_officer, contact_problems
from coplan.domain.text_safety import without_unsafe
from coplan.plan_file.limits import max_length

from .fields import _error_label_for, limit_fields
from .forms_compiled.ui_your_details import Ui_YourDetailsDialog

FIELDS = ("name", "role", "email", "phone")


def _key(field: str) -> str:
    return f"officer/{field}"


def officer_from_settings(settings: QSettings) -> OfficerContact:
    """The officer's own details as saved in the settings (empty where nothing is saved)."""
    values = {field: without_unsafe(str(settings.value(_key(field), "") or "")) for field in FIELDS}
    return clean_officer(OfficerContact(**values))


def save_officer(settings: QSettings, officer: OfficerContact) -> None:
    cleaned = clean_officer(officer)
    for field in FIELDS:
        settings.setValue(_key(field), getattr(cleaned, field))
    settings.sync()


def limits() -> dict[str, int]:
    """How long each detail may be: the plan file's own limits (a plan must be able to keep
    what is typed here)."""
    return {field: max_length(f"officer.{field}") for field in FIELDS}


class YourDetailsDialog(QDialog):
    """Four fields, the problem with any of them said under them as it is typed; Save stays
    off while something is wrong, and nothing typed is thrown away."""

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.ui = Ui_YourDetailsDialog()
        self.ui.setupUi(self)
        current = officer_from_settings(settings)
        # As every field of a plan: no more than the plan file keeps, no invisible characters,
        # with the message at the field; and what is wrong with each, under it.
        self.text_limits = limit_fields(self.ui, {field: f"officer.{field}" for field in FIELDS})
        self.errors = {field: _error_label_for(self.edit(field))[0] for field in FIELDS}
        for field in FIELDS:
            edit = self.edit(field)
            edit.setText(getattr(current, field))
            edit.setAccessibleName(getattr(self.ui, f"{field}Label").text().replace("&", ""))
            edit.textChanged.connect(self._check)
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)
        self._check()

    def edit(self, field: str):
        return getattr(self.ui, field)

    def typed(self) -> OfficerContact:
        return OfficerContact(**{field: self.edit(field).text() for field in FIELDS})

    def problems(self) -> dict[str, str]:
        return contact_problems(self.typed(), limits())

    def _check(self) -> None:
        problems = self.problems()
        # Above the buttons, only which fields to look at (each says what is wrong under it).
        words = {"name": "name", "role": "role", "email": "email address", "phone": "phone number"}
        wrong = [words[field] for field in FIELDS if field in problems]
        self.ui.problem.setText(
            "To save, correct the " + " and the ".join(wrong) + "." if wrong else ""
        )
        for field in FIELDS:
            edit, error = self.edit(field), self.errors[field]
            edit.setProperty("invalid", field in problems)
            edit.setToolTip(problems.get(field, ""))
            edit.setAccessibleDescription(problems.get(field, ""))
            error.setText(problems.get(field, ""))
            error.setVisible(field in problems)
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not problems)

    def accept(self) -> None:
        if self.problems():
            return
        save_officer(self.settings, self.typed())
        super().accept()
