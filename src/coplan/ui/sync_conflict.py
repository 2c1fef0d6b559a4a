"""A plan changed on this laptop and in the team database: both side by side, field by field.

Each row is one thing the officer can keep from either copy (`domain.reconcile.side_by_side`,
in the domain's own words: provision lines as the head teacher's agreement describes them). The
officer keeps this laptop's copy, the team database's, or combines them by ticking a side in
every row (`domain.reconcile.combine`). Whatever is not kept stays in the plan's history as a
version (the engine's `resolve_conflict`); nothing is merged without being shown. Deciding later
is safe: both copies wait, and the status bar keeps saying that a choice is waiting.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidgetItem, QWidget

from coplan.domain.reconcile import combine, kept_agreements, side_by_side

from .forms_compiled.ui_sync_conflict import Ui_SyncConflictDialog
from .team_caseload import long_moment
from .team_link import plain_failure

LAPTOP, TEAM = 1, 2
NOT_KEPT = QColor("#6b6b6b")
ROW_SPACE = 10  # pixels between rows: each row is one decision
TOP_LEFT = (
    Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft
)  # the side not ticked reads as set aside, still readable


class SyncConflictDialog(QDialog):
    resolved = Signal(str)  # the plan's id, once the choice is recorded

    def __init__(self, conflict, laptop_plan, team_plan, features, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = ui = Ui_SyncConflictDialog()
        ui.setupUi(self)
        self.conflict = conflict
        self.laptop_plan = laptop_plan
        self.team_plan = team_plan
        self.features = features
        self.working = False
        self._fitting = False
        self.choices = side_by_side(laptop_plan, team_plan)
        # The full name: the name they like to be called may be one of the differences.
        called = laptop_plan.child.full_name or team_plan.child.full_name or "this child"
        self.setWindowTitle(f"Changed here and in the team database: {called}’s plan")
        who = conflict.team_saved_by or "someone in the team"
        when = f" at {long_moment(conflict.team_saved_at)}" if conflict.team_saved_at else ""
        ui.introLabel.setText(
            f"{called}’s plan was changed on this laptop, and meanwhile {who} saved changes to "
            f"it in the team database{when}. Nothing has been merged. Keep one copy, or combine "
            "them by ticking, in every row, the side to keep. Whatever you do not keep stays in "
            "the plan’s history as a version, so nobody’s work is thrown away."
        )
        kept = kept_agreements(laptop_plan, team_plan)
        if kept:
            which = "; ".join(f"{name} (recorded on {where})" for name, where in kept)
            ui.introLabel.setText(
                ui.introLabel.text()
                + f"\n\nKept whatever you choose, because a recorded decision is never dropped: "
                f"the premises agreement of {which}."
            )
        self._fill()
        ui.keepLaptopButton.clicked.connect(lambda: self.keep_whole(LAPTOP))
        ui.keepTeamButton.clicked.connect(lambda: self.keep_whole(TEAM))
        ui.combineButton.clicked.connect(self.keep_ticked)
        ui.laterButton.clicked.connect(self.reject)
        ui.choicesTable.itemChanged.connect(self._ticked)
        self._update_state()
        ui.choicesTable.setFocus()

    # -- the table ---------------------------------------------------------------------------
    def _fill(self) -> None:
        table = self.ui.choicesTable
        table.setColumnCount(3)
        table.setHorizontalHeaderLabels(["What", "On this laptop", "In the team database"])
        table.setRowCount(len(self.choices))
        bold = QFont()
        bold.setBold(True)
        for row, choice in enumerate(self.choices):
            what = QTableWidgetItem(choice.what)
            what.setFlags(Qt.ItemFlag.ItemIsEnabled)
            what.setFont(bold)
            what.setTextAlignment(TOP_LEFT)
            table.setItem(row, 0, what)
            for column, words in ((LAPTOP, choice.laptop), (TEAM, choice.team)):
                item = QTableWidgetItem(words)
                item.setFlags(
                    Qt.ItemFlag.ItemIsEnabled
                    | Qt.ItemFlag.ItemIsSelectable
                    | Qt.ItemFlag.ItemIsUserCheckable
                )
                item.setCheckState(Qt.CheckState.Unchecked)
                item.setTextAlignment(TOP_LEFT)
                side = "this laptop" if column == LAPTOP else "the team database"
                item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{choice.what}, {side}: {words}")
                table.setItem(row, column, item)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(LAPTOP, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(TEAM, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(0, table.fontMetrics().horizontalAdvance("M" * 22))
        # Wrapped text needs its row height again whenever a column's width changes.
        header.sectionResized.connect(lambda *_a: self._fit_rows())
        self._fit_rows()
        if not self.choices:
            self.ui.tableLabel.setText("The two copies say the same: keep either, nothing is lost.")

    def _fit_rows(self) -> None:
        if not self._fitting:
            self._fitting = True
            QTimer.singleShot(0, self, self._fit_rows_now)

    def _fit_rows_now(self) -> None:
        self._fitting = False
        table = self.ui.choicesTable
        table.resizeRowsToContents()
        for row in range(table.rowCount()):  # room between rows: each is one decision
            table.setRowHeight(row, table.rowHeight(row) + ROW_SPACE)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._fit_rows()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_rows()

    def _ticked(self, item: QTableWidgetItem) -> None:
        if item.column() not in (LAPTOP, TEAM):
            return
        table = self.ui.choicesTable
        other = table.item(item.row(), TEAM if item.column() == LAPTOP else LAPTOP)
        table.blockSignals(True)
        try:
            if item.checkState() == Qt.CheckState.Checked:
                other.setCheckState(Qt.CheckState.Unchecked)
            for cell in (item, other):
                kept = cell.checkState() == Qt.CheckState.Checked
                rival = other if cell is item else item
                chosen_elsewhere = rival.checkState() == Qt.CheckState.Checked
                cell.setForeground(NOT_KEPT if chosen_elsewhere and not kept else QColor())
        finally:
            table.blockSignals(False)
        self._update_state()

    def tick(self, row: int, side: int) -> None:
        """Tick one side of a row (what a click on its box does)."""
        self.ui.choicesTable.item(row, side).setCheckState(Qt.CheckState.Checked)

    def ticked(self) -> dict[str, int]:
        """The rows ticked so far: choice key -> LAPTOP or TEAM."""
        table = self.ui.choicesTable
        chosen = {}
        for row, choice in enumerate(self.choices):
            for side in (LAPTOP, TEAM):
                if table.item(row, side).checkState() == Qt.CheckState.Checked:
                    chosen[choice.key] = side
        return chosen

    def _update_state(self) -> None:
        left = len(self.choices) - len(self.ticked())
        ui = self.ui
        ui.combineButton.setEnabled(not self.working and bool(self.choices) and left == 0)
        ui.keepLaptopButton.setEnabled(not self.working)
        ui.keepTeamButton.setEnabled(not self.working)
        ui.laterButton.setEnabled(not self.working)
        if self.working:
            return
        if not self.choices:
            ui.stateLabel.setText("")
        elif left:
            rows = "1 row" if left == 1 else f"{left} rows"
            ui.stateLabel.setText(
                f"To combine, tick a side in every row: {rows} still to choose. Or keep one "
                "whole copy with the buttons below."
            )
        else:
            ui.stateLabel.setText("Every row has a side ticked: Combine keeps what is ticked.")

    # -- deciding ------------------------------------------------------------------------------
    def keep_ticked(self) -> bool:
        chosen = self.ticked()
        if len(chosen) != len(self.choices):
            return False
        from_laptop = {key for key, side in chosen.items() if side == LAPTOP}
        if len(from_laptop) == len(self.choices):
            return self.keep_whole(LAPTOP)
        if not from_laptop:
            return self.keep_whole(TEAM)
        combined = combine(self.laptop_plan, self.team_plan, from_laptop)
        problem = _what_does_not_fit(combined)
        if problem:
            self.ui.stateLabel.setText(
                f"These choices do not fit together: {problem}. For example, a provision line "
                "kept from one copy may serve an outcome or need kept only in the other: tick "
                "both from the same copy."
            )
            return False
        return self.keep(combined)

    def keep_whole(self, side: int) -> bool:
        """One whole copy; with any agreement recorded only in the other added to it."""
        plan = self.laptop_plan if side == LAPTOP else self.team_plan
        chosen = {c.key for c in self.choices} if side == LAPTOP else set()
        combined = combine(self.laptop_plan, self.team_plan, chosen)
        if combined == plan:
            return self.keep("laptop" if side == LAPTOP else "team")
        return self.keep(combined)

    def keep(self, keep) -> bool:
        """Record the choice ("laptop", "team" or a combined Plan), on the team worker's thread
        (one job at a time with the syncs)."""
        if self.working:
            return False
        self.working = True
        self._update_state()
        self.ui.stateLabel.setText("Keeping your choice…")
        link = self.features.link
        plan_id = self.conflict.plan_id
        self.features.worker().submit(
            lambda: link.resolve(plan_id, keep), self._kept, self._not_kept
        )
        return True

    def _kept(self, _revision) -> None:
        self.working = False
        self.resolved.emit(self.conflict.plan_id)
        self.accept()

    def _not_kept(self, exc: BaseException) -> None:
        self.working = False
        self._update_state()
        self.ui.stateLabel.setText(f"Your choice was not recorded. {plain_failure(exc)}")


def _what_does_not_fit(plan) -> str:
    """Why a combined plan could not be saved (a dangling reference), or ""."""
    from coplan.plan_file import PlanFileError, decode, encode

    try:
        decode(encode(plan))
    except PlanFileError as exc:
        return str(exc)
    return ""
