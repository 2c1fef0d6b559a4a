"""Undo and redo for a plan being edited, with Qt's undo framework (`QUndoStack`).

Every change to the plan reaches `PlanSession.edited()`; there `PlanUndo.record` compares the plan
with the state after the last step and, when it differs, pushes a step that holds both states as
plan-file documents (`plan_file.codec.encode`, a fixed field order, about 0.1 ms for a 26-line
plan). Undo and redo put a state back *into the same Plan object*, so every page, the side list
and the family view keep their reference and simply show it again.

Keystrokes in one field are one step (Qt merges steps with the same `id()`), until the focus
moves: "Undo change ‘Hourly rate’" undoes the whole amount typed, not one digit. A step is named
for what it did ("remove outcome ‘Walk to school’"); the Edit menu reads "Undo remove outcome
‘Walk to school’".

A recorded decision (a head teacher's signature, a withdrawal, sending the draft, issuing the
final plan) is saved and audited the moment it is made and is not undone by Ctrl+Z: the history
starts again after it (`milestone`), so no undo can take a signature out of the plan.
"""

from __future__ import annotations

import json
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QApplication

from coplan.domain.model import Plan

# A step's name in the Edit menu is cut here: "Undo remove outcome ‘By the end of Year 4 …’".
NAME_CHARS = 48


def snapshot(plan: Plan) -> str:
    """The whole plan as its plan file says it (compact JSON): equal text, equal plan."""
    from coplan.plan_file.codec import encode

    return json.dumps(encode(plan), ensure_ascii=False, separators=(",", ":"))


def quoted(words: str) -> str:
    """A name for a step's label: one line, at most NAME_CHARS characters, in quotes."""
    line = " ".join(words.split())
    if len(line) > NAME_CHARS:
        line = line[: NAME_CHARS - 1].rstrip() + "…"
    return f"‘{line}’" if line else "(no name yet)"


class PlanStep(QUndoCommand):
    """One change: the plan before and after it, and the page it was made on."""

    def __init__(self, undo: PlanUndo, name: str, key: int, page: str, before: str, after: str):
        super().__init__(name)
        self._undo = undo
        self._key = key
        self.page = page
        self.before = before
        self.after = after
        self._pushed = False  # Qt calls redo() on push: the change is already in the plan

    def id(self) -> int:
        return self._key

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, PlanStep) or other.id() != self.id():
            return False
        self.after = other.after
        # Typed and typed back (or a refused amount put back): nothing left to undo here.
        self.setObsolete(self.after == self.before)
        return True

    def undo(self) -> None:
        self._undo.restore(self.before, self.page)

    def redo(self) -> None:
        if not self._pushed:
            self._pushed = True
            return
        self._undo.restore(self.after, self.page)


class PlanUndo(QObject):
    """The session's undo history (one per open plan, for as long as it is open)."""

    restored = Signal(str)  # the page key the undone or redone step was made on

    def __init__(self, plan: Plan, *, page: Callable[[], str], parent: QObject | None = None):
        super().__init__(parent)
        self.plan = plan
        self.stack = QUndoStack(self)
        self._page = page
        self._current = snapshot(plan)
        self._restoring = False
        self._keys: dict[tuple, int] = {}
        self._generation = 0  # a new one whenever the focus moves: typing after it is a new step
        app = QApplication.instance()
        # A session may run without widgets (a QCoreApplication: the store's two-process
        # tests, a script): then there is no focus, and steps are named and merged by name.
        self._widgets = isinstance(app, QApplication)
        if self._widgets:
            app.focusChanged.connect(self._focus_moved)

    @property
    def restoring(self) -> bool:
        return self._restoring

    def _focus_moved(self, _old, _new) -> None:
        self.seal()

    def seal(self) -> None:
        """The next change is a step of its own, even in the same field."""
        self._generation += 1

    def record(self, name: str | None = None, *, merge: str | None = None) -> None:
        """Push the change made since the last step, if the plan changed.

        `name` says what was done ("remove need ‘Reading’"); without it the field with the
        focus names it ("change ‘Hourly rate’"). `merge`: a key for changes that are one step
        while the focus stays (by default the focused field's name)."""
        if self._restoring:
            return
        after = snapshot(self.plan)
        if after == self._current:
            return
        before, self._current = self._current, after
        page = self._page()
        focused = QApplication.focusWidget() if self._widgets else None
        if name is None:
            from .fields import label_text_for

            label = label_text_for(focused) if focused is not None else ""
            name = f"change {quoted(label)}" if label else "change"
        if merge is None:
            merge = focused.objectName() if focused is not None else name
        number = self._keys.setdefault((page, merge, self._generation), len(self._keys) + 1)
        self.stack.push(PlanStep(self, name, number, page, before, after))

    def step(self, name: str) -> None:
        """Push the change made since the last step as a step of its own (a remove, an add)."""
        self.seal()
        if self._restoring:
            return
        after = snapshot(self.plan)
        if after == self._current:
            return
        before, self._current = self._current, after
        self.stack.push(PlanStep(self, name, -1, self._page(), before, after))
        self.seal()

    def restore(self, state: str, page: str) -> None:
        from coplan.plan_file.codec import decode

        restored = decode(json.loads(state))
        self._restoring = True
        try:
            self.plan.__dict__.update(restored.__dict__)
            self._current = state
            self.restored.emit(page)
        finally:
            self._restoring = False

    def rebase(self) -> None:
        """The plan changed by itself after the last step (a save made a sent draft its next
        revision): that belongs to the last step, so that undo and redo agree with the store."""
        now = snapshot(self.plan)
        if now == self._current:
            return
        self._current = now
        count = self.stack.count()
        if count and self.stack.index() == count:
            top = self.stack.command(count - 1)
            if isinstance(top, PlanStep):
                top.after = now

    def milestone(self) -> None:
        """A decision was recorded outside the fields (a signature, a step of the timeline): it
        is not undone, and the history starts again from the plan as it is now."""
        self.stack.clear()
        self._current = snapshot(self.plan)
        self._keys.clear()
