"""At the field, before the change: "Helen Whitfield agreed to £649.00 for unit cost …".

A head teacher's premises agreement covers exactly what the sign-off screen showed
(`domain.fingerprint`). When the officer goes into a field of an item that an agreement in force
covers, a line under the field says who agreed to what and that changing it means asking them
again; the words come from `fingerprint.signed_change_warning`, so the side list, the agreement
page and this line cannot disagree. Nothing is refused: the officer may still change it (the
agreement then shows as no longer valid, as before).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QLabel, QWidget

from coplan.domain.fingerprint import signed_change_warning

from .fields import _message_label_for


class SignedFieldNotices(QObject):
    """Watch the fields of an item; on entering one a head signed for, say so under it."""

    def __init__(
        self,
        plan: Callable[[], object],
        item_id: Callable[[], str | None],
        fields: dict[QWidget, str | tuple[str, str]],
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        self._plan = plan
        self._item_id = item_id
        # widget → the key of `fingerprint.shown_item` it edits (of the current item), or
        # (item id, key) for a field that belongs to one item (the How it is managed page).
        self._fields = fields
        self._labels: dict[QWidget, tuple[QLabel, object]] = {}
        for widget in fields:
            widget.installEventFilter(self)

    def words_for(self, widget: QWidget) -> str | None:
        field = self._fields[widget]
        item_id, key = field if isinstance(field, tuple) else (self._item_id(), field)
        if item_id is None:
            return None
        return signed_change_warning(self._plan(), item_id, key)

    def label_for(self, widget: QWidget) -> QLabel:
        if widget not in self._labels:
            label, layout = _message_label_for(widget)
            label.setObjectName(f"{widget.objectName()}Signed")
            label.setProperty("role", "nudge")
            self._labels[widget] = (label, layout)
        return self._labels[widget][0]

    def show_for(self, widget: QWidget) -> None:
        words = self.words_for(widget)
        label = self.label_for(widget)
        label.setText(words or "")
        layout = self._labels[widget][1]
        from PySide6.QtWidgets import QFormLayout

        if isinstance(layout, QFormLayout):
            layout.setRowVisible(label, bool(words))
        else:
            label.setVisible(bool(words))
        widget.setToolTip(words or "")

    def hide_all(self) -> None:
        for widget in self._labels:
            self._hide(widget)

    def eventFilter(self, watched, event) -> bool:
        # The line stays under the field until the officer enters another one (or another item
        # is chosen: `hide_all`), so leaving a field does not make the form jump.
        if event.type() == QEvent.Type.FocusIn and watched in self._fields:
            for other in self._labels:
                if other is not watched:
                    self._hide(other)
            self.show_for(watched)
        return False

    def _hide(self, widget: QWidget) -> None:
        from PySide6.QtWidgets import QFormLayout

        label, layout = self._labels[widget]
        label.setText("")
        if isinstance(layout, QFormLayout):
            layout.setRowVisible(label, False)
        else:
            label.setVisible(False)
