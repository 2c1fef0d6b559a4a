"""The wizard's keyboard shortcuts for adding and removing, in one place.

Each "Add …" button has its own Ctrl+Shift+letter, so that a new person, setting, outcome, need,
item or request not agreed is one key away wherever the focus is on that page (it took 8–12 Tabs).
"Remove …" is Ctrl+Shift+Delete in the list or the fields of the thing to remove (two lists share
page 1 and page 3, so it acts on the one the focus is in). Both are shown in the buttons' tooltips
and listed in the user guide ("Keys"); tests/ui/test_keyboard.py checks the guide against this.
The letters avoid the shortcuts a text field has (Ctrl+Shift+Z is Redo) and the wizard's
Alt+letter mnemonics.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QWidget

from .text import strip_mnemonic

ADD = {
    "addAttendee": "Ctrl+Shift+P",  # a Person at the meeting
    "addSetting": "Ctrl+Shift+S",  # a Setting (school, college, early years)
    "addOutcome": "Ctrl+Shift+O",  # an Outcome
    "addNeed": "Ctrl+Shift+N",  # a Need
    "addItem": "Ctrl+Shift+I",  # an Item of provision
    "addRefusal": "Ctrl+Shift+R",  # a Request not agreed
}
REMOVE = "Ctrl+Shift+Delete"


def shown(keys: str) -> str:
    """'Ctrl+Shift+P' as this computer writes it."""
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)


def give_shortcuts(add: QAbstractButton, remove: QAbstractButton, scope: QWidget) -> None:
    """Ctrl+Shift+letter presses `add` (on its page); Ctrl+Shift+Delete presses `remove` while
    the focus is anywhere inside `scope` (the list and the fields of what it removes)."""
    keys = ADD[add.objectName()]
    add.setShortcut(QKeySequence(keys))
    add.setToolTip(f"{strip_mnemonic(add.text())} ({shown(keys)})")
    shortcut = QShortcut(QKeySequence(REMOVE), scope)
    shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def press_remove() -> None:
        if remove.isVisible() and remove.isEnabled():
            remove.click()

    shortcut.activated.connect(press_remove)
    remove.setToolTip(
        f"{strip_mnemonic(remove.text())}: the one selected ({shown(REMOVE)} in its list or fields)"
    )


def common_parent(one: QWidget, other: QWidget) -> QWidget:
    """The smallest widget holding both (a list and its Remove button: their group)."""
    parent = one.parentWidget()
    while parent is not None and not parent.isAncestorOf(other):
        parent = parent.parentWidget()
    return parent if parent is not None else one.window()
