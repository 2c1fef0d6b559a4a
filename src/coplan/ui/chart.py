"""A plain horizontal bar chart of money, painted with QPainter (no QtCharts needed).

Colours come from the Okabe–Ito palette (distinguishable with colour-blindness) and every bar is
labelled with its words and its amount, so colour is never the only cue. The same numbers are
given as text in the accessible description for screen readers.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from coplan.domain.budget import BudgetSummary
from coplan.domain.model import FundingStream, ManagementOption
from coplan.domain.money import Money

from . import text


def money_groups(summary: BudgetSummary, *, management: bool = True) -> list:
    """The chart's groups for a budget: yearly amounts by stream (and by how they are
    managed), and one-off purchases in a group of their own, so that no bar adds a price paid
    once to a yearly figure."""
    groups = [
        (
            "By funding stream, a year",
            [(text.FUNDING[s], summary.by_funding[s].yearly) for s in FundingStream],
        )
    ]
    if management:
        groups.append(
            (
                "By how it is managed, a year",
                [(text.MANAGEMENT[o], summary.by_management[o].yearly) for o in ManagementOption],
            )
        )
    if summary.once:
        groups.append(
            (
                "One-off purchases, paid once",
                [(text.FUNDING[s], summary.by_funding[s].once) for s in FundingStream],
            )
        )
    return groups


PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00")


class BarChart(QWidget):
    def __init__(
        self, parent: QWidget | None = None, *, scale: float = 1.0, own_scales: bool = False
    ) -> None:
        super().__init__(parent)
        self.groups: list[tuple[str, list[tuple[str, Money]]]] = []
        self.scale = scale
        # Each group's bars measured against its own largest (a year, and once, are never
        # drawn against each other's lengths).
        self.own_scales = own_scales
        self.setAccessibleName("Budget chart")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def set_groups(self, groups: list[tuple[str, list[tuple[str, Money]]]]) -> None:
        self.groups = [(title, [(k, v) for k, v in rows if v]) for title, rows in groups]
        description = []
        for title, rows in self.groups:
            parts = ", ".join(f"{label} {amount.format()}" for label, amount in rows) or "nothing"
            description.append(f"{title}: {parts}.")
        self.setAccessibleDescription(" ".join(description))
        self.setToolTip("\n".join(description))
        self.updateGeometry()
        self.update()

    def _font(self, bold: bool = False) -> QFont:
        font = QFont(self.font())
        if self.scale != 1.0:
            font.setPointSizeF(font.pointSizeF() * self.scale)
        font.setBold(bold)
        return font

    def _line(self) -> int:
        return QFontMetrics(self._font()).height()

    def sizeHint(self) -> QSize:
        line = self._line()
        rows = sum(max(1, len(rows)) + 1 for _title, rows in self.groups) or 2
        return QSize(400, int(rows * line * 1.9) + line)

    def minimumSizeHint(self) -> QSize:
        return QSize(200, self.sizeHint().height())

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text_colour = palette.color(QPalette.ColorRole.WindowText)
        line = self._line()
        bar_height = line * 1.2
        y = line * 0.5
        width = self.width()
        largest = max((amount.pence for _t, rows in self.groups for _l, amount in rows), default=0)
        normal, bold = self._font(), self._font(bold=True)
        metrics = QFontMetrics(normal)
        label_width = max(
            (metrics.horizontalAdvance(label) for _t, rows in self.groups for label, _a in rows),
            default=0,
        )
        label_width = min(label_width + line, int(width * 0.4))
        amount_width = metrics.horizontalAdvance("£000,000.00") + line
        bar_room = max(10, width - label_width - amount_width - line)
        # One colour per label wherever it appears ("Education" a year and once alike).
        colours: dict[str, str] = {}
        for _title, rows in self.groups:
            for label, _amount in rows:
                colours.setdefault(label, PALETTE[len(colours) % len(PALETTE)])
        for title, rows in self.groups:
            if self.own_scales:
                largest = max((amount.pence for _l, amount in rows), default=0)
            painter.setFont(bold)
            painter.setPen(text_colour)
            painter.drawText(QRectF(0, y, width, line * 1.3), Qt.AlignmentFlag.AlignLeft, title)
            y += line * 1.5
            painter.setFont(normal)
            if not rows:
                painter.drawText(QRectF(0, y, width, line * 1.3), "Nothing yet")
                y += bar_height + line * 0.6
                continue
            for label, amount in rows:
                painter.setPen(text_colour)
                painter.drawText(
                    QRectF(0, y, label_width - line / 2, bar_height),
                    Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                    metrics.elidedText(label, Qt.TextElideMode.ElideRight, label_width),
                )
                length = bar_room * amount.pence / largest if largest else 0
                painter.fillRect(
                    QRectF(label_width, y, max(2.0, length), bar_height),
                    QColor(colours[label]),
                )
                painter.drawText(
                    QRectF(label_width + length + line / 2, y, amount_width, bar_height),
                    Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                    amount.format(),
                )
                y += bar_height + line * 0.6
            y += line * 0.4
        painter.end()
