"""The caseload: a lazily paged table model over the store, and the main window around it.

The model never holds the whole caseload: it asks the store how many plans match, then fetches
pages of `PAGE_SIZE` rows only when the view asks for a row in them, and forgets pages it has
not used recently. 10,000 plans open as fast as 10.
"""

from __future__ import annotations

from collections import OrderedDict
from datetime import UTC, date, datetime

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from coplan.domain.dates import format_long
from coplan.domain.stages import NEXT_DATE_WORDS, NextDateKind

from . import text

PAGE_SIZE = 200
KEEP_PAGES = 12

COLUMNS = (
    ("child_name", "Child or young person"),
    ("status", "Stage"),
    ("next_date", "Next date"),
    (None, "Version"),
    ("updated_at", "Last changed"),
)
# On the team's database (PostgreSQL) others may be working on a plan: who has it open.
OPEN_BY_COLUMN = (None, "Open by")
OPEN_BY = len(COLUMNS)
NEXT_DATE_COLUMN = 2
LATE = QColor("#a4001d")  # the PDF's red, readable on white and on the alternate row colour


def next_date_text(summary, today: date) -> tuple[str, bool]:
    """ "Comments due 7 December 2026", "Final plan due 14 January 2027 (late)"; and whether it
    is late. A comment period that has ended is not late: the final plan is the next step."""
    kind = NextDateKind(summary.next_date_kind)
    if kind is NextDateKind.NONE or summary.next_date is None:
        return "", False
    when = format_long(summary.next_date)
    passed = summary.next_date < today
    if kind is NextDateKind.COMMENTS_DUE and passed:
        return f"Comments closed {when}: final plan to issue", False
    if passed:
        return f"{NEXT_DATE_WORDS[kind]} {when} (late)", True
    return f"{NEXT_DATE_WORDS[kind]} {when}", False


_Index = QModelIndex | QPersistentModelIndex


def local_time(value: datetime | None) -> str:
    if value is None:
        return ""
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone().strftime("%d/%m/%Y %H:%M")


class CaseloadModel(QAbstractTableModel):
    def __init__(self, store, parent=None) -> None:
        super().__init__(parent)
        self.store = store
        self.search = ""
        self.show_bin = False
        self.order_by = "child_name"
        self.descending = False
        self.stage: str | None = None  # a PlanStatus value, or None for every stage
        self.today = date.today()
        self._count = 0
        self._pages: OrderedDict[int, list] = OrderedDict()
        self._openings: dict[int, dict] = {}  # page number -> {plan id: [PlanOpening]}
        self.me: tuple[str, str] = ("", "")  # (actor, computer) of this window, shown as "you"
        self.columns = self._columns_for(store)
        self.refresh(reset=True)

    @staticmethod
    def _columns_for(store) -> tuple:
        shared = store is not None and bool(getattr(store, "is_shared", False))
        return (*COLUMNS, OPEN_BY_COLUMN) if shared else COLUMNS

    @property
    def shows_open_by(self) -> bool:
        return len(self.columns) > OPEN_BY

    # -- query state -----------------------------------------------------------------------
    def _filters(self) -> dict:
        return {"search": self.search, "only_deleted": self.show_bin, "status": self.stage}

    def set_store(self, store) -> None:
        self.store = store
        self.columns = self._columns_for(store)
        self.refresh(reset=True)

    def set_search(self, search: str) -> None:
        if search != self.search:
            self.search = search
            self.refresh(reset=True)

    def set_stage(self, stage: str | None) -> None:
        if stage != self.stage:
            self.stage = stage
            self.refresh(reset=True)

    def set_show_bin(self, show: bool) -> None:
        if show != self.show_bin:
            self.show_bin = show
            self.refresh(reset=True)

    def refresh(self, *, reset: bool = False) -> None:
        """Re-read from the store: a reset when the number of rows changed or asked for."""
        count = self.store.count_plans(**self._filters()) if self.store is not None else 0
        if reset or count != self._count:
            self.beginResetModel()
            self._count = count
            self._pages.clear()
            self._openings.clear()
            self.endResetModel()
        else:
            self._pages.clear()
            self._openings.clear()
            if count:
                last = len(self.columns) - 1
                self.dataChanged.emit(self.index(0, 0), self.index(count - 1, last))

    # -- rows ------------------------------------------------------------------------------
    def summary(self, row: int):
        if not 0 <= row < self._count:
            return None
        number = row // PAGE_SIZE
        page = self._pages.get(number)
        if page is None:
            page = self.store.list_plans(
                **self._filters(),
                order_by=self.order_by,
                descending=self.descending,
                limit=PAGE_SIZE,
                offset=number * PAGE_SIZE,
            )
            self._pages[number] = page
            if self.shows_open_by:
                self._openings[number] = self.store.openings([s.id for s in page])
            while len(self._pages) > KEEP_PAGES:
                forgotten, _page = self._pages.popitem(last=False)
                self._openings.pop(forgotten, None)
        else:
            self._pages.move_to_end(number)
        offset = row - number * PAGE_SIZE
        return page[offset] if offset < len(page) else None

    def openings(self, row: int) -> list:
        """Who has the plan on this row open (the team database only)."""
        summary = self.summary(row)
        if summary is None:
            return []
        return self._openings.get(row // PAGE_SIZE, {}).get(summary.id, [])

    def row_of(self, plan_id: str, *, search_rows: int = 2000) -> int:
        """The row showing a plan, looking through at most `search_rows` rows."""
        for row in range(min(self._count, search_rows)):
            summary = self.summary(row)
            if summary is not None and summary.id == plan_id:
                return row
        return -1

    # -- Qt model interface ----------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section][1]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.UserRole,
            Qt.ItemDataRole.ForegroundRole,
        ):
            return None
        summary = self.summary(index.row())
        if summary is None:
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if index.column() == NEXT_DATE_COLUMN and next_date_text(summary, self.today)[1]:
                return QBrush(LATE)
            return None
        if role == Qt.ItemDataRole.UserRole:
            return summary.id
        column = index.column()
        if column == 0:
            name = summary.child_name or "(no name yet)"
            if summary.preferred_name and summary.preferred_name != summary.child_name:
                name += f" ({summary.preferred_name})"
            return name
        if column == 1:
            status = text.STATUS.get(summary.status, str(summary.status))
            if summary.deleted_at is not None:
                status += f", in the bin since {local_time(summary.deleted_at)}"
            return status
        if column == NEXT_DATE_COLUMN:
            return next_date_text(summary, self.today)[0]
        if column == 3:
            return str(summary.version)
        if column == OPEN_BY:
            openings = self.openings(index.row())
            if role == Qt.ItemDataRole.ToolTipRole and openings:
                return "\n".join(
                    f"Open by {o.who} since {local_time(o.opened_at)}" for o in openings
                )
            return ", ".join("you" if (o.actor, o.computer) == self.me else o.who for o in openings)
        return local_time(summary.updated_at)

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        key = self.columns[column][0] or "child_name"
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self.order_by, self.descending):
            return
        self.layoutAboutToBeChanged.emit()
        self.order_by, self.descending = key, descending
        self._pages.clear()
        self.layoutChanged.emit()
