"""The family view: a second window a parent reads across a table, updated as the officer edits.

Large type, plain words only (`domain.family_words`: who pays, who looks after the money and who
receives the direct payment; the council's "starting figure", never "indicative budget"), what
matters to the child first, and every sum with its period: the yearly bars and the bars of what
is paid once are two charts, each on its own scale, so no bar adds one to the other. Two
columns side by side when the screen is wide enough (a second monitor, a projector), one under
the other on a small window; it follows the plan live (`PlanSession.changed`, undo included).
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QBoxLayout,
    QLabel,
    QSizePolicy,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from coplan.domain import family_words
from coplan.domain.budget import summarise
from coplan.domain.dates import format_long
from coplan.domain.model import FundingStream
from coplan.domain.schedule import direct_payment_schedule

from .chart import BarChart
from .screen_fit import keep_on_screen
from .session import PlanSession

SCALE = 1.7
TWO_COLUMNS_FROM = 1100  # pixels wide: below this the columns stack
NORMAL_SIZE = (1000, 700)  # without a screen to measure


class FamilyView(QWidget):
    def __init__(self, session: PlanSession) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.session = session
        self.setObjectName("familyView")
        self.setWindowTitle("CoPlan: the plan so far")
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * SCALE)
        self.setFont(font)
        page = QVBoxLayout(self)
        page.setContentsMargins(24, 12, 24, 12)
        self.title = QLabel(self)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        title_font = QFont(self.font())
        title_font.setBold(True)
        title_font.setPointSizeF(title_font.pointSizeF() * 1.3)
        self.title.setFont(title_font)
        page.addWidget(self.title)
        self.columns = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.columns.setSpacing(32)
        page.addLayout(self.columns, 1)
        # Each column is a read-only document: it wraps and scrolls as text should (from the
        # keyboard too), whatever the size of the screen.
        self.about = self._document("familyAbout", "What matters, what we want and the support")
        self.money = self._document("familyMoney", "The money")
        right = QVBoxLayout()
        right.addWidget(self.money, 1)
        self.chart = BarChart(self, own_scales=True)
        self.chart.setObjectName("familyChart")
        self.chart.setFont(self.font())
        # As tall as its bars: the words above get the rest of the column.
        self.chart.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        right.addWidget(self.chart)
        self.columns.addWidget(self.about, 1)
        self.columns.addLayout(right, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.refresh)
        session.changed.connect(self._timer.start)
        self.refresh()
        self._fit(self.screen())

    def _document(self, name: str, accessible: str) -> QTextBrowser:
        view = QTextBrowser(self)
        view.setObjectName(name)
        view.setAccessibleName(accessible)
        view.setFrameShape(QTextBrowser.Shape.NoFrame)
        view.setOpenLinks(False)
        view.viewport().setAutoFillBackground(False)
        view.document().setDocumentMargin(0)
        return view

    def words(self) -> str:
        """Everything the view says, as plain text (for tests and for a screen reader)."""
        return "\n".join((self.title.text(), self.about.toPlainText(), self.money.toPlainText()))

    # -- what it says ----------------------------------------------------------------------
    def refresh(self) -> None:
        plan = self.session.plan
        called = plan.child.called or "The child"
        self.title.setText(f"{called}'s plan so far")
        matters = [line.strip() for line in plan.what_matters if line.strip()]
        outcomes = []
        for outcome in plan.outcomes:
            if outcome.text.strip():
                when = f" (by {format_long(outcome.target_date)})" if outcome.target_date else ""
                outcomes.append(f"{outcome.text.strip()}{when}")
        support = []
        for item in plan.items:
            what, cost, pays, looks_after = family_words.item_parts(plan, item)
            support.append(
                f"<p><b>{_html(what)}</b><br>{_html(cost)}<br>{_html(pays)}.<br>"
                f"{_html(looks_after)}.</p>"
            )
        self.about.setHtml(
            _heading(f"What matters to {called}")
            + _bullets(matters)
            + _heading("What we want to achieve")
            + _bullets(outcomes)
            + _heading("The support")
            + ("".join(support) or "<p>Nothing yet.</p>")
        )
        summary = summarise(plan)
        money = family_words.money_lines(plan, summary)
        schedule = direct_payment_schedule(plan, self.session.pack)
        if schedule is not None:
            who = family_words.dp_receiver(plan)
            money.append(
                f"The direct payment goes to {who}, {schedule.plain_words()}."
                if who != "you"
                else f"The direct payment is paid {schedule.plain_words()}."
            )
        self.money.setHtml(_heading("The money") + _bullets(money))
        short = family_words.WHO_PAYS_SHORT
        groups = [
            (
                "Every year, by who pays",
                [(short[s], summary.by_funding[s].yearly) for s in FundingStream],
            )
        ]
        if summary.cost.once:
            groups.append(
                (
                    "Paid once (not every year), by who pays",
                    [(short[s], summary.by_funding[s].once) for s in FundingStream],
                )
            )
        self.chart.set_groups(groups)

    def keyPressEvent(self, event) -> None:
        # Full screen on the family's monitor has no title bar: Escape closes it (nothing in it
        # can be lost; the officer's Family view button opens it again).
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)

    # -- where it shows ----------------------------------------------------------------------
    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        wide = self.width() >= TWO_COLUMNS_FROM
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self.columns.direction() != direction:
            self.columns.setDirection(direction)

    def _fit(self, screen) -> None:
        """On the officer's own screen: as large as the screen allows (the laptop is turned
        to the family), inside it with its frame."""
        width, height = NORMAL_SIZE
        if screen is not None:
            room = screen.availableGeometry()
            width, height = room.width() - 40, room.height() - 80
            self.move(room.left() + 20, room.top() + 20)
        self.resize(width, height)

    def show_on_best_screen(self, officer_screen) -> None:
        """Full screen on another monitor when there is one; a window that fits otherwise."""
        others = [s for s in QGuiApplication.screens() if s is not officer_screen]
        if others:
            self.setScreen(others[0])
            self.move(others[0].geometry().topLeft())
            self.showFullScreen()
        else:
            self._fit(officer_screen)
            self.show()
            keep_on_screen(self)
        self.raise_()


def _heading(text: str) -> str:
    return f"<h3 style='margin-top:14px; margin-bottom:6px'>{_html(text)}</h3>"


def _bullets(lines: list[str]) -> str:
    if not lines:
        return "<p>Not written yet.</p>"
    return (
        "<ul style='margin-left:0'>"
        + "".join(f"<li>{_html(line)}</li>" for line in lines)
        + "</ul>"
    )


def _html(text: str) -> str:
    """Typed text inside the support list's markup: shown as typed, never obeyed."""
    return escape(text, quote=False)
