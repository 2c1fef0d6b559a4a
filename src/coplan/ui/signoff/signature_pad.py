"""A pad to sign on with a finger, a pen or a mouse, kept as an SVG path string.

The strokes are recorded in a fixed box `BOX_WIDTH` × `BOX_HEIGHT` units (10:3), whatever the
pad's size on screen: the drawing area is the largest 10:3 rectangle inside the widget. The path
uses absolute `M` (move) and `L` (line) commands with integer coordinates, one `M` per stroke,
e.g. "M120 200 L124 198 L131 190 M400 210 L402 215". A report draws it with
`viewBox="0 0 1000 300"`, stroke only, round caps and joins.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

BOX_WIDTH = 1000
BOX_HEIGHT = 300
MAX_POINTS = 20_000  # far beyond any signature; stops a stuck pen filling memory


class SignaturePad(QWidget):
    """Records strokes from mouse, pen (tablet) and touch; `svg_path()` gives the result."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._strokes: list[list[tuple[int, int]]] = []
        self._drawing = False
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
        self.setAttribute(Qt.WidgetAttribute.WA_StaticContents, True)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setMinimumSize(400, 120)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # nothing to do with keys: see "type"
        self.setAccessibleDescription(
            "Draw your signature here with a finger, a pen or the mouse. "
            "If you cannot draw, choose to type your name instead."
        )

    # -- results ----------------------------------------------------------------------------
    def is_empty(self) -> bool:
        """True until at least one stroke with some length has been drawn."""
        return not any(len(set(stroke)) > 1 for stroke in self._strokes)

    def svg_path(self) -> str:
        parts = []
        for stroke in self._strokes:
            if not stroke:
                continue
            x, y = stroke[0]
            parts.append(f"M{x} {y}")
            rest = stroke[1:] or stroke[:1]  # a dot is a zero-length line
            parts.extend(f"L{x} {y}" for x, y in rest)
        return " ".join(parts)

    def clear(self) -> None:
        self._strokes.clear()
        self._drawing = False
        self.update()
        self.changed.emit()

    def stroke_count(self) -> int:
        return len(self._strokes)

    # -- geometry ---------------------------------------------------------------------------
    def sizeHint(self) -> QSize:
        return QSize(600, self.heightForWidth(600))

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return round((width - 8) * BOX_HEIGHT / BOX_WIDTH) + 8

    def drawing_area(self) -> QRectF:
        """The 10:3 rectangle, centred in the widget, that maps onto the box."""
        margin = 4.0
        width = max(1.0, self.width() - 2 * margin)
        height = max(1.0, self.height() - 2 * margin)
        if width / height > BOX_WIDTH / BOX_HEIGHT:
            width = height * BOX_WIDTH / BOX_HEIGHT
        else:
            height = width * BOX_HEIGHT / BOX_WIDTH
        return QRectF((self.width() - width) / 2, (self.height() - height) / 2, width, height)

    def _to_box(self, position: QPointF) -> tuple[int, int]:
        area = self.drawing_area()
        x = (position.x() - area.left()) * BOX_WIDTH / area.width()
        y = (position.y() - area.top()) * BOX_HEIGHT / area.height()
        return (round(min(max(x, 0), BOX_WIDTH)), round(min(max(y, 0), BOX_HEIGHT)))

    def _from_box(self, point: tuple[int, int]) -> QPointF:
        area = self.drawing_area()
        return QPointF(
            area.left() + point[0] * area.width() / BOX_WIDTH,
            area.top() + point[1] * area.height() / BOX_HEIGHT,
        )

    # -- input ------------------------------------------------------------------------------
    def _points(self) -> int:
        return sum(len(stroke) for stroke in self._strokes)

    def _begin(self, position: QPointF) -> None:
        if self._points() >= MAX_POINTS:
            return
        self._drawing = True
        self._strokes.append([self._to_box(position)])
        self.update()

    def _extend(self, position: QPointF) -> None:
        if not self._drawing or self._points() >= MAX_POINTS:
            return
        point = self._to_box(position)
        if point != self._strokes[-1][-1]:
            self._strokes[-1].append(point)
            self.update()

    def _end(self) -> None:
        if self._drawing:
            self._drawing = False
            self.changed.emit()

    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._begin(event.position())
        event.accept()

    def mouseMoveEvent(self, event) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._extend(event.position())
        event.accept()

    def mouseReleaseEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._extend(event.position())
            self._end()
        event.accept()

    def tabletEvent(self, event) -> None:
        kind = event.type()
        if kind == QEvent.Type.TabletPress:
            self._begin(event.position())
        elif kind == QEvent.Type.TabletMove and event.pressure() > 0:
            self._extend(event.position())
        elif kind == QEvent.Type.TabletRelease:
            self._end()
        event.accept()  # handled: Qt then makes no mouse event from it

    def event(self, event) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd):
            points = event.points()
            if points:
                position = points[0].position()
                if kind == QEvent.Type.TouchBegin:
                    self._begin(position)
                else:
                    self._extend(position)
            if kind == QEvent.Type.TouchEnd:
                self._end()
            event.accept()
            return True
        if kind == QEvent.Type.TouchCancel:
            self._end()
            event.accept()
            return True
        return super().event(event)

    # -- painting ---------------------------------------------------------------------------
    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = self.drawing_area()
        painter.fillRect(area, QColor("#ffffff"))
        painter.setPen(QPen(QColor("#0b0c0c"), 2))
        painter.drawRect(area.adjusted(1, 1, -1, -1))
        baseline = area.top() + area.height() * 0.78
        painter.setPen(QPen(QColor("#b1b4b6"), 2, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(area.left() + 24, baseline), QPointF(area.right() - 24, baseline))
        if not self._strokes:
            painter.setPen(QColor("#505a5f"))
            painter.drawText(
                area.adjusted(24, 0, -24, -area.height() * 0.25),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
                "Sign here",
            )
        pen = QPen(QColor("#0b0c0c"), max(2.0, area.width() / 300))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        for stroke in self._strokes:
            path = QPainterPath(self._from_box(stroke[0]))
            for point in stroke[1:] or stroke[:1]:
                path.lineTo(self._from_box(point))
            painter.drawPath(path)
        painter.end()
