"""Messages beside a record (an item's policy and findings, an outcome's nudges), in a block of
fixed size that never pushes the fields below it while the officer types.

Three kinds, each told apart three ways (a word, an icon, a colour) so that colour is never the
only sign: must fix (red, the "critical" icon), check (amber, the warning icon), information
(blue, the information icon). Each colour has a contrast of at least 4.5:1 against the block's
white background and the window's grey (WCAG 2.2 AA for text; `tests/ui/test_words.py`).
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from coplan.domain.stages import finding_marker


class Kind(Enum):
    MUST_FIX = "must fix"
    CHECK = "check"
    INFORMATION = "information"


COLOURS = {Kind.MUST_FIX: "#b3261e", Kind.CHECK: "#8a5300", Kind.INFORMATION: "#144e8c"}
ICONS = {
    Kind.MUST_FIX: QStyle.StandardPixmap.SP_MessageBoxCritical,
    Kind.CHECK: QStyle.StandardPixmap.SP_MessageBoxWarning,
    Kind.INFORMATION: QStyle.StandardPixmap.SP_MessageBoxInformation,
}
BACKGROUND = "#ffffff"


def finding_message(finding) -> tuple[Kind, str]:
    """A finding as a message: 'Must fix: …' or 'Check: …' ('Before the final plan: …')."""
    kind = Kind.MUST_FIX if finding.blocking else Kind.CHECK
    return kind, f"{finding_marker(finding.stage, finding.blocking)}: {finding.message}"


class MessageBlock(QScrollArea):
    """A fixed number of lines high (what does not fit scrolls); one row per message."""

    def __init__(self, parent: QWidget | None = None, *, lines: int = 4, name: str = "") -> None:
        super().__init__(parent)
        self.setObjectName(name or "messages")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # reachable through its field; read by name
        self.setFixedHeight(self.fontMetrics().lineSpacing() * lines + 12)
        self.body = QWidget(self)
        self.body.setObjectName("messagesBody")
        self.rows = QVBoxLayout(self.body)
        self.rows.setContentsMargins(6, 4, 6, 4)
        self.rows.setSpacing(4)
        self.rows.addStretch(1)
        self.setWidget(self.body)
        self.messages: list[tuple[Kind, str]] = []
        self._show_frame(False)

    def set_messages(self, messages: list[tuple[Kind, str]]) -> None:
        if messages == self.messages:
            return
        self.messages = list(messages)
        while self.rows.count() > 1:
            item = self.rows.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        icon_size = self.fontMetrics().height()
        for index, (kind, words) in enumerate(self.messages):
            row = QWidget(self.body)
            layout = QHBoxLayout(row)
            layout.setContentsMargins(0, 0, 0, 0)
            icon = QLabel(row)
            icon.setPixmap(self.style().standardIcon(ICONS[kind]).pixmap(icon_size, icon_size))
            icon.setAlignment(Qt.AlignmentFlag.AlignTop)
            icon.setAccessibleName(kind.value)
            text = QLabel(words, row)
            text.setObjectName(f"message_{kind.name.lower()}")
            text.setWordWrap(True)
            text.setTextFormat(Qt.TextFormat.PlainText)
            text.setStyleSheet(f"color: {COLOURS[kind]};")
            text.setProperty("kind", kind.value)
            layout.addWidget(icon)
            layout.addWidget(text, 1)
            self.rows.insertWidget(index, row)
        self._show_frame(bool(self.messages))
        described = "\n".join(words for _kind, words in self.messages)
        self.setAccessibleName("Messages")
        self.setAccessibleDescription(described)
        self.setToolTip(described)

    def _show_frame(self, shown: bool) -> None:
        """Empty, the block is blank window background (its place kept, nothing drawn); with
        messages, a white panel. It is never hidden: hiding it changed the gap below it."""
        self.setFrameShape(QFrame.Shape.StyledPanel if shown else QFrame.Shape.NoFrame)
        background = BACKGROUND if shown else "transparent"
        self.body.setStyleSheet(f"#messagesBody {{ background: {background}; }}")
        self.viewport().setAutoFillBackground(shown)

    def text(self) -> str:
        """Every message, one a line (what a screen reader gets as the description)."""
        return "\n".join(words for _kind, words in self.messages)


def replace_label(label: QLabel, block: MessageBlock) -> MessageBlock:
    """Put `block` where the form's label was (same row and span), and drop the label. The
    block sits in a plain holder of its fixed height, so that the form's rows and gaps never
    depend on what the block holds."""
    holder_widget = QWidget(label.parentWidget())
    holder_widget.setObjectName(f"{block.objectName()}Holder")
    inner = QVBoxLayout(holder_widget)
    inner.setContentsMargins(0, 0, 0, 0)
    block.setParent(holder_widget)
    inner.addWidget(block)
    holder_widget.setFixedHeight(block.height())
    layout = _layout_holding(label.parentWidget().layout(), label)
    if layout is not None:
        layout.replaceWidget(label, holder_widget)
        layout.invalidate()  # forget the label's row height and spacing
    label.hide()
    label.deleteLater()
    return block


def _layout_holding(layout, widget):
    if layout is None:
        return None
    if layout.indexOf(widget) >= 0:
        return layout
    for index in range(layout.count()):
        child = layout.itemAt(index).layout()
        found = _layout_holding(child, widget)
        if found is not None:
            return found
    return None
