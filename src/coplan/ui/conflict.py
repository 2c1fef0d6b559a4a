"""The choice an officer makes when someone else saved the plan while they were editing it.

The dialog says who saved it and when, lists how the saved version differs from the one on
screen (in the domain's words: `coplan.domain.differences`), and offers the two honest ways on:
keep mine as the newest version, or use the saved one. Either way the other copy is kept in the
plan's history (a snapshot), so nothing is thrown away; there is no way out of the dialog
without choosing, because either silent choice would lose someone's work.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QListWidgetItem, QWidget

from coplan.domain.dates import format_long
from coplan.domain.differences import differences
from coplan.domain.model import Plan
from coplan.store.errors import PlanConflict

from .forms_compiled.ui_conflict import Ui_ConflictDialog

KEEP_MINE = 1
TAKE_SAVED = 2


def _moment(value) -> str:
    """14:05 on 1 December 2026, in this computer's time."""
    local = value.astimezone()
    return f"{local:%H:%M} on {format_long(local.date())}"


class ConflictDialog(QDialog):
    def __init__(
        self,
        conflict: PlanConflict,
        yours: Plan,
        saved: Plan | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_ConflictDialog()
        ui.setupUi(self)
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        self.choice = 0
        called = yours.child.called or "this child"
        who = conflict.by or "someone else"
        when = f" at {_moment(conflict.at)}" if conflict.at else ""
        if saved is None:
            self.setWindowTitle("This plan was erased while you were editing it")
            ui.introLabel.setText(
                f"While you were editing {called}’s plan, {who} erased it from the caseload"
                f"{when}. Your copy is still on this screen and has not been saved."
            )
            ui.differencesLabel.setVisible(False)
            ui.differencesList.setVisible(False)
            ui.choiceLabel.setText(
                "Save your copy again as a plan in the caseload, or close it without saving "
                "(your changes since the last save are then lost)."
            )
            ui.keepMineButton.setText("&Save my copy again")
            ui.takeSavedButton.setText("&Close without saving")
        else:
            ui.introLabel.setText(
                f"While you were editing {called}’s plan, {who} saved it{when} (another window "
                f"or another officer). Your changes are still on this screen and have not been "
                "saved: CoPlan saves nothing over someone else’s work without asking."
            )
            lines = differences(yours, saved) or [
                "Nothing the plan says is different: the other save changed no answer."
            ]
            for line in lines:
                QListWidgetItem(line, ui.differencesList)
            ui.choiceLabel.setText(
                "Choose which version to carry on with. Whichever you choose, the other is kept "
                "in the plan’s history, so nobody’s work is thrown away."
            )
        ui.keepMineButton.clicked.connect(lambda: self._chosen(KEEP_MINE))
        ui.takeSavedButton.clicked.connect(lambda: self._chosen(TAKE_SAVED))
        ui.differencesList.setFocus()

    def _chosen(self, choice: int) -> None:
        self.choice = choice
        self.accept()

    def reject(self) -> None:
        """Escape does not close it: there is no safe default between two people's work."""
