"""The family view: a second window in large, plain English, updated as the officer edits."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from coplan.domain.budget import summarise
from coplan.domain.schedule import direct_payment_schedule

from . import text
from .chart import BarChart, money_groups
from .screen_fit import fit_to_screen, keep_on_screen
from .session import PlanSession

SCALE = 1.7


class FamilyView(QWidget):
    def __init__(self, session: PlanSession) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.session = session
        self.setObjectName("familyView")
        self.setWindowTitle("CoPlan: the plan so far")
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * SCALE)
        self.setFont(font)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget(scroll)
        self.layout_ = QVBoxLayout(body)
        self.title = self._label(bold=True, size=1.3)
        self.outcomes = self._label()
        self.provision = self._label()
        self.money = self._label()
        self.chart = BarChart(body)
        self.chart.setFont(self.font())
        for widget in (
            self.title,
            self._label("What we want to achieve", bold=True),
            self.outcomes,
            self._label("What will be provided", bold=True),
            self.provision,
            self._label("The money", bold=True),
            self.money,
            self.chart,
        ):
            self.layout_.addWidget(widget)
        self.layout_.addStretch(1)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.addWidget(scroll)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.refresh)
        session.changed.connect(self._timer.start)
        self.refresh()
        fit_to_screen(self, 1000, 700)

    def _label(self, text: str = "", *, bold: bool = False, size: float = 1.0) -> QLabel:
        label = QLabel(text, self)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        if bold or size != 1.0:
            font = QFont(self.font())
            font.setBold(bold)
            font.setPointSizeF(font.pointSizeF() * size)
            label.setFont(font)
        return label

    def refresh(self) -> None:
        plan = self.session.plan
        called = plan.child.called or "The child"
        self.title.setText(f"{called}'s plan")
        outcomes = [f"• {o.text.strip()}" for o in plan.outcomes if o.text.strip()]
        self.outcomes.setText("\n".join(outcomes) or "Not written yet.")
        items = [
            f"• {i.description.strip()}: {i.cost_text()}"
            + ("" if i.is_one_off else f" ({i.how_often_text()})")
            for i in plan.items
            if i.description.strip()
        ]
        self.provision.setText("\n".join(items) or "Nothing yet.")
        summary = summarise(plan)
        lines = [
            f"Total: {summary.total_text()}",
            f"How it is managed: {text.OVERALL[summary.overall_option]}",
        ]
        if summary.indicative_total:
            lines.append("Compared with the starting figure (the indicative budget), a year:")
            lines += [f"• {text.FUNDING[c.stream]}: {c.comparison_text()}" for c in summary.streams]
        if summary.school:
            lines.append(f"The school also pays {summary.school.text()} from its own budget.")
        schedule = direct_payment_schedule(plan, self.session.pack)
        if schedule is not None:
            lines.append(f"The direct payment is paid {schedule.plain_words()}.")
        self.money.setText("\n".join(lines))
        self.chart.set_groups(money_groups(summary, management=False))

    def show_on_best_screen(self, officer_screen) -> None:
        """Full screen on another monitor when there is one; a normal window otherwise."""
        others = [s for s in QGuiApplication.screens() if s is not officer_screen]
        if others:
            self.setScreen(others[0])
            self.move(others[0].geometry().topLeft())
            self.showFullScreen()
        else:
            self.show()
            keep_on_screen(self)
        self.raise_()
