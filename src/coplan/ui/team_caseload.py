"""The team caseload: every plan in the team database, who holds it, and when they last synced.

A tab beside the laptop's own caseload once a team database is set up. Reading the list, taking
a plan and releasing one all need the network, so they run on the team worker's thread; the tab
says "Loading…" meanwhile and what went wrong, in plain words, when the network is not there.
Taking a plan someone else holds warns first, naming them, their laptop and when it last synced.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHeaderView, QMessageBox, QWidget

from coplan.domain.dates import format_long

from . import text
from .forms_compiled.ui_team_caseload import Ui_TeamCaseloadPanel
from .sync_status import ago
from .team_link import is_held_elsewhere, plain_failure
from .text import as_markup

SEARCH_DELAY_MS = 300

COLUMNS = (
    "Child or young person",
    "Stage",
    "Held by",
    "Held since",
    "Last synced",
    "Last changed",
)
HELD_BY, HELD_SINCE, LAST_SYNCED = 2, 3, 4
FREE = "Nobody: free to take"
YOU = "You, on this laptop"

_Index = QModelIndex | QPersistentModelIndex


def moment_words(value: datetime | None) -> str:
    """23/11/2026 14:05 in this computer's time, as the caseload shows moments."""
    if value is None:
        return ""
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone().strftime("%d/%m/%Y %H:%M")


def long_moment(value: datetime) -> str:
    """14:05 on 1 December 2026."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    local = value.astimezone()
    return f"{local:%H:%M} on {format_long(local.date())}"


def child_words(plan) -> str:
    name = plan.child_name or "(no name yet)"
    if plan.preferred_name and plan.preferred_name != plan.child_name:
        name += f" ({plan.preferred_name})"
    return name


class TeamCaseloadModel(QAbstractTableModel):
    """The team caseload as read once (the team database is read again on Refresh/a sync)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.plans: list = []
        self.my_laptop = ""
        self.now = datetime.now(UTC)

    def set_plans(self, plans: list, my_laptop: str) -> None:
        self.beginResetModel()
        self.plans = list(plans)
        self.my_laptop = my_laptop
        self.now = datetime.now(UTC)
        self.endResetModel()

    def plan(self, row: int):
        return self.plans[row] if 0 <= row < len(self.plans) else None

    def held_by_me(self, plan) -> bool:
        return plan.holding is not None and plan.holding.laptop_id == self.my_laptop

    def held_by_other(self, plan) -> bool:
        return plan.holding is not None and plan.holding.laptop_id != self.my_laptop

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.plans)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        plan = self.plan(index.row()) if index.isValid() else None
        if plan is None:
            return None
        column = index.column()
        holding = plan.holding
        if role == Qt.ItemDataRole.UserRole:
            return plan.id
        if role == Qt.ItemDataRole.FontRole and column == HELD_BY and self.held_by_me(plan):
            bold = QFont()
            bold.setBold(True)
            return bold
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == LAST_SYNCED and holding is not None and holding.synced_at is not None:
                return f"Last synced at {long_moment(holding.synced_at)}"
            if column == HELD_BY and holding is not None:
                return f"Held by {holding.who} since {long_moment(holding.taken_at)}"
            return None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == 0:
            return child_words(plan)
        if column == 1:
            stage = text.STATUS.get(plan.status, str(plan.status))
            return f"{stage}, in the bin" if getattr(plan, "in_bin", False) else stage
        if column == HELD_BY:
            if holding is None:
                return FREE
            return YOU if self.held_by_me(plan) else holding.who
        if column == HELD_SINCE:
            return moment_words(holding.taken_at) if holding is not None else ""
        if column == LAST_SYNCED:
            if holding is None:
                return ""
            if holding.synced_at is None:
                return "Not yet"
            return _capital(ago(holding.synced_at, self.now))
        return moment_words(plan.updated_at)


def _capital(words: str) -> str:
    return words[:1].upper() + words[1:]


class TeamCaseloadPanel(QWidget):
    """The tab: search, the table, Take, Release, Refresh, Sync now."""

    def __init__(self, features, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.features = features  # team.TeamFeatures: the link, the worker, the window
        self.ui = ui = Ui_TeamCaseloadPanel()
        ui.setupUi(self)
        self.model = TeamCaseloadModel(self)
        ui.teamView.setModel(self.model)
        self.loading = False
        self.loaded_once = False
        self._size_columns()
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.reload)
        ui.searchField.textChanged.connect(lambda _t: self._search_timer.start())
        ui.teamView.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        ui.takeButton.clicked.connect(lambda: self.take())
        ui.releaseButton.clicked.connect(lambda: self.release())
        ui.refreshButton.clicked.connect(self.reload)
        ui.syncButton.clicked.connect(self.features.sync_now)
        self._update_buttons()

    def _size_columns(self) -> None:
        header = self.ui.teamView.horizontalHeader()
        metrics = self.ui.teamView.fontMetrics()
        samples = (
            "",
            "Sent for consultation",
            "a.longer.name (LAPTOP-1234)",
            "23/11/2026 14:05",
            "Yesterday at 14:05",
            "23/11/2026 14:05",
        )
        for column, sample in enumerate(samples):
            if column:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
                header.resizeSection(column, metrics.horizontalAdvance(sample) + 24)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    # -- reading the team caseload (worker thread) -------------------------------------------
    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self.loaded_once:
            self.reload()

    def reload(self) -> bool:
        if self.loading:
            return False
        self.loading = True
        self.ui.stateLabel.setText("Loading the team caseload…")
        self._update_buttons()
        search = self.ui.searchField.text()
        link = self.features.link

        def job():
            return link.team_caseload(search), link.laptop_id()

        self.features.worker().submit(job, self._loaded, self._load_failed)
        return True

    def _loaded(self, result) -> None:
        plans, mine = result
        self.loading = False
        self.loaded_once = True
        selected = self.selected_plan()
        self.model.set_plans(plans, mine)
        held = sum(1 for p in plans if self.model.held_by_me(p))
        count = "1 plan" if len(plans) == 1 else f"{len(plans):,} plans"
        self.ui.stateLabel.setText(
            f"{count} in the team database; this laptop holds {held:,}. "
            f"Read at {datetime.now().strftime('%H:%M')}."
        )
        if selected is not None:
            self.select(selected.id)
        elif plans:
            self.ui.teamView.selectRow(0)
        self._update_buttons()

    def _load_failed(self, exc: BaseException) -> None:
        self.loading = False
        self.ui.stateLabel.setText(
            f"The team caseload cannot be shown now. {plain_failure(exc)} The plans on this "
            "laptop are all still there, in My caseload."
        )
        self._update_buttons()

    # -- selection ------------------------------------------------------------------------------
    def selected_plan(self):
        rows = self.ui.teamView.selectionModel().selectedRows()
        return self.model.plan(rows[0].row()) if rows else None

    def select(self, plan_id: str) -> None:
        for row, plan in enumerate(self.model.plans):
            if plan.id == plan_id:
                self.ui.teamView.selectRow(row)
                return

    def _update_buttons(self, *_args) -> None:
        plan = self.selected_plan()
        idle = not self.loading
        mine = plan is not None and self.model.held_by_me(plan)
        self.ui.takeButton.setEnabled(idle and plan is not None and not mine)
        self.ui.releaseButton.setEnabled(idle and mine)
        self.ui.refreshButton.setEnabled(idle)
        if plan is not None and mine:
            self.ui.takeButton.setToolTip("This laptop holds it already")
        else:
            self.ui.takeButton.setToolTip("Bring this plan onto this laptop, to work on it")

    # -- take and release -----------------------------------------------------------------------
    def take(self, *, confirm: bool = True) -> bool:
        plan = self.selected_plan()
        if plan is None or self.loading or self.model.held_by_me(plan):
            return False
        force = False
        if self.model.held_by_other(plan):
            if confirm and not self.confirm_take(plan, plan.holding):
                return False
            force = True
        self._start_take(plan, force)
        return True

    def confirm_take(self, plan, holding) -> bool:
        """Someone else holds it: say who, where, since when and when they last synced."""
        synced = (
            f"Their laptop last synced {ago(holding.synced_at, datetime.now(UTC))}"
            if holding.synced_at is not None
            else "Their laptop has not synced since"
        )
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle("Someone else holds this plan")
        box.setText(
            as_markup(
                f"{holding.officer} holds {child_words(plan)}’s plan on {holding.computer}, "
                f"since {long_moment(holding.taken_at)}. {synced}."
            )
        )
        box.setInformativeText(
            as_markup(
                "Take it only if they know, or are away (cover during an absence). Nothing is "
                "lost: their laptop sends anything they changed at its next sync and then "
                "hands the plan over, and a change made in both places is shown to you to "
                "choose from."
            )
        )
        take = box.addButton("Take it anyway", QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton("Leave it with them", QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.exec()
        return box.clickedButton() is take

    def _start_take(self, plan, force: bool) -> None:
        self.loading = True
        self._update_buttons()
        self.ui.stateLabel.setText(f"Bringing {child_words(plan)}’s plan onto this laptop…")
        link = self.features.link
        self.features.worker().submit(
            lambda: link.take(plan.id, force=force),
            lambda _holding: self._took(plan),
            lambda exc: self._take_failed(plan, exc),
        )

    def _took(self, plan) -> None:
        self.loading = False
        self.features.local_changed(plan.id)
        self.ui.stateLabel.setText(
            f"{child_words(plan)}’s plan is on this laptop now, in My caseload."
        )
        self.reload()

    def _take_failed(self, plan, exc: BaseException) -> None:
        self.loading = False
        holding = is_held_elsewhere(exc)
        if holding is not None:  # taken by someone else since the list was read
            self._update_buttons()
            if self.confirm_take(plan, holding):
                self._start_take(plan, True)
            else:
                self.reload()
            return
        self.ui.stateLabel.setText(f"The plan was not taken. {plain_failure(exc)}")
        self._update_buttons()

    def release(self, *, confirm: bool = True) -> bool:
        plan = self.selected_plan()
        if plan is None or self.loading or not self.model.held_by_me(plan):
            return False
        if not self.features.close_plan(plan.id):
            return False
        if confirm:
            answer = QMessageBox.question(
                self,
                "Release this plan to the team?",
                as_markup(
                    f"Release {child_words(plan)}’s plan? Your changes are sent to the team "
                    "database first; then the plan leaves this laptop, and anyone in the team "
                    "can take it."
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        self.loading = True
        self._update_buttons()
        self.ui.stateLabel.setText(f"Sending {child_words(plan)}’s plan and releasing it…")
        link = self.features.link
        self.features.worker().submit(
            lambda: link.release(plan.id),
            lambda _none: self._released(plan),
            lambda exc: self._release_failed(plan, exc),
        )
        return True

    def _released(self, plan) -> None:
        self.loading = False
        self.features.local_changed(None)
        self.ui.stateLabel.setText(f"{child_words(plan)}’s plan was released to the team.")
        self.reload()

    def _release_failed(self, plan, exc: BaseException) -> None:
        self.loading = False
        self.ui.stateLabel.setText(
            f"{child_words(plan)}’s plan was not released and is still on this laptop. "
            f"{plain_failure(exc)}"
        )
        self._update_buttons()
