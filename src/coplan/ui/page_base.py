"""What every wizard page shares: its compiled form, loading from the plan, binding fields."""

from __future__ import annotations

import itertools
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from coplan.domain.rules import Finding
from coplan.plan_file.limits import LONG_TEXT, MAX_ROWS, SHORT_TEXT, max_length, max_rows

from .fields import FieldCheck, TextLimit, name_inputs_from_buddies
from .session import PlanSession
from .shortcuts import ADD, common_parent, give_shortcuts
from .text import as_markup, strip_mnemonic


class PlanPage(QWizardPage):
    key = ""
    heading = ""
    subheading = ""
    form_class: type = object

    def __init__(self, session: PlanSession) -> None:
        super().__init__()
        self.session = session
        self.ui = self.form_class()
        # The form sits in a scroll area: on a small screen (1366×768 with a taskbar, or a
        # larger one at 150 %) the page scrolls rather than pushing the wizard's buttons off
        # the screen or cutting fields off on the right.
        self.content = QWidget()
        self.ui.setupUi(self.content)
        self.scroll = page_scroll_area(self.content, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll)
        self.setTitle(self.heading)
        if self.subheading:
            self.setSubTitle(self.subheading)
        self.setFinalPage(True)  # "Done" is there on every page: the meeting can stop anywhere
        self._loading = 0
        self.checks: list[FieldCheck] = []
        self.limits: dict[str, TextLimit] = {}
        self.build()
        name_inputs_from_buddies(self)
        name_lists_from_groups(self.content)
        shrinkable_combos(self.content)
        for view in self.content.findChildren(QAbstractItemView):
            view.setTabKeyNavigation(False)  # Tab leaves a table; arrows move inside it
        for area in self.content.findChildren(QScrollArea):
            # A scroll area around fields is no Tab stop of its own (a nameless container):
            # Tab goes to its fields, and the focused field is scrolled into sight.
            area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            if area.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff:
                WidthFollowsContent(area)

    @property
    def plan(self):
        return self.session.plan

    @property
    def pack(self):
        return self.session.pack

    def focus_first(self) -> None:
        """Put the focus on the page's first field, as a keyboard user expects."""
        for widget in self.focus_order():
            if widget.isVisible() and widget.isEnabled():
                widget.setFocus(Qt.FocusReason.TabFocusReason)
                return

    def set_editable(self, editable: bool) -> None:
        """A final plan's page is read, not edited: its fields are off, and the page itself
        takes the focus (named by its heading) so that the arrow keys and Page Down scroll it."""
        self.content.setEnabled(editable)
        self.scroll.setFocusPolicy(
            Qt.FocusPolicy.NoFocus if editable else Qt.FocusPolicy.StrongFocus
        )
        self.scroll.setAccessibleName("" if editable else f"{self.heading} (read-only)")

    @property
    def editable(self) -> bool:
        return self.content.isEnabled()

    def focus_order(self) -> list[QWidget]:
        """The page's Tab stops in reading order: the form's own order, with the fields made
        in code put where they are seen (`place_in_order`); Qt would add them last."""
        found: list[QWidget] = []
        if self.scroll.focusPolicy() & Qt.FocusPolicy.TabFocus:
            found.append(self.scroll)  # read-only: the page scrolls from the keyboard
        widget = self.content.nextInFocusChain()
        for _ in range(5000):
            if widget is None or widget is self.content:
                break
            if self.content.isAncestorOf(widget) and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                found.append(widget)
            widget = widget.nextInFocusChain()
        return self.place_in_order(found)

    def place_in_order(self, order: list[QWidget]) -> list[QWidget]:
        """Override: move the fields made in code to where the eye reads them."""
        return order

    def order_tabs(self) -> None:
        """Chain the Tab order: this page in reading order, then the Pages list and the
        wizard's buttons (called when the page is shown and after it makes fields in code)."""
        order = self.focus_order()
        wizard = self.wizard()
        if wizard is not None and hasattr(wizard, "tab_stops_after_page"):
            order += wizard.tab_stops_after_page()
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

    # -- to override -------------------------------------------------------------------------
    def build(self) -> None:
        """Connect signals and fill fixed choices (once)."""

    def load(self) -> None:
        """Show the plan's values (on entering the page)."""

    def refresh(self) -> None:
        """Update derived displays (totals, findings) after a change anywhere."""

    def focus_field(self, field: str) -> bool:
        """Select whatever the finding's field path names and put focus there."""
        return False

    def findings(self) -> list[Finding]:
        from .navigation import page_for_field

        return [f for f in self.session.findings if page_for_field(f.field) == self.key]

    # -- helpers ---------------------------------------------------------------------------
    def loading(self):
        page = self

        class _Loading:
            def __enter__(self):
                page._loading += 1

            def __exit__(self, *exc):
                page._loading -= 1

        return _Loading()

    @property
    def is_loading(self) -> bool:
        return self._loading > 0

    def changed(self, what: str | None = None, *, step: bool = False) -> None:
        """The plan changed here; `what` names the change for Edit → Undo (by default the
        focused field's label), `step` keeps it apart from typing (a remove, an add)."""
        if not self.is_loading:
            self.session.edited(what, step=step)

    def limit(self, edit: QLineEdit | QPlainTextEdit, field: str | None) -> TextLimit:
        """Hold the field to what the plan file keeps at `field` (a plan path such as
        "child.full_name", read from the plan file's schema); without one, to the schema's
        limit for a line or for a long text."""
        if field is not None:
            size = max_length(field)
        else:
            size = SHORT_TEXT if isinstance(edit, QLineEdit) else LONG_TEXT
        lines = None
        if field is not None and isinstance(edit, QPlainTextEdit):
            try:
                lines = max_rows(field)  # a list in the plan, one line each
            except KeyError:
                lines = None
        text_limit = TextLimit(edit, size, loading=lambda: self.is_loading, max_lines=lines)
        self.limits[edit.objectName()] = text_limit
        return text_limit

    def on_text(
        self, edit: QLineEdit, apply: Callable[[str], None], field: str | None = None
    ) -> None:
        self.limit(edit, field)

        def handler(text: str) -> None:
            if self.is_loading:
                return
            apply(text)
            self.changed()

        edit.textEdited.connect(handler)

    def on_plain(
        self, edit: QPlainTextEdit, apply: Callable[[str], None], field: str | None = None
    ) -> None:
        self.limit(edit, field)  # connected first: it cleans or refuses before `apply` reads

        def handler() -> None:
            if self.is_loading:
                return
            apply(edit.toPlainText())
            self.changed()

        edit.textChanged.connect(handler)

    def on_combo(self, combo: QComboBox, apply: Callable[[object], None]) -> None:
        def handler(_index: int) -> None:
            if self.is_loading:
                return
            apply(combo.currentData())
            self.changed()

        combo.currentIndexChanged.connect(handler)

    def check(
        self,
        edit: QLineEdit,
        parse: Callable[[str], object],
        apply: Callable[[object], None],
        key: Callable[[], str] | None = None,
    ) -> FieldCheck:
        def applied(value: object) -> None:
            apply(value)
            self.changed()

        field_check = FieldCheck(
            edit,
            parse,
            applied,
            key=key or (lambda: f"{self.key}.{edit.objectName()}"),
            invalid=self.session.note_input,
        )
        self.checks.append(field_check)
        return field_check

    def load_check(self, check: FieldCheck, text: str) -> None:
        """Show a stored value, unless the field holds input not yet valid (kept as typed)."""
        key = check._key()
        pending = self.session.invalid.get(key)
        if pending is not None:
            check.settle(text)  # what the plan holds meanwhile
            check.edit.setText(pending.text)
            check.recheck()
        else:
            check.load(text)


def page_scroll_area(content: QWidget, parent: QWidget) -> QScrollArea:
    """A frameless scroll area around a page's form, without focus of its own (a nameless
    container is never a Tab stop); Tab into a field below the fold scrolls to it."""
    area = QScrollArea(parent)
    area.setObjectName("pageScroll")
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    area.setWidget(content)
    return area


class WidthFollowsContent(QObject):
    """A scroll area that never scrolls sideways is at least as wide as what it holds needs,
    so its layout narrows something else (or the page scrolls) rather than cutting it off."""

    def __init__(self, area: QScrollArea) -> None:
        super().__init__(area)
        self.area = area
        if area.widget() is not None:
            area.widget().installEventFilter(self)
            self.update()

    def update(self) -> None:
        inside = self.area.widget()
        bar = self.area.verticalScrollBar().sizeHint().width()
        frame = 2 * self.area.frameWidth()
        self.area.setMinimumWidth(inside.minimumSizeHint().width() + bar + frame)

    def eventFilter(self, watched, event) -> bool:
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.LayoutRequest:
            self.update()
        return False


def name_lists_from_groups(root: QWidget) -> None:
    """A list without a label of its own is named by the heading of the group it is the list
    of ("Needs (sections B, C and D)", not "Needs"): what a screen reader says is what is seen."""
    from PySide6.QtWidgets import QGroupBox

    def unlabelled_lists(widget: QWidget) -> list:
        return [
            view
            for view in widget.findChildren(QAbstractItemView)
            if view.objectName() and not view.property("coplanLabel")  # not a combo's popup
        ]

    for view in unlabelled_lists(root):
        group = view.parentWidget()
        while group is not None and group is not root and not isinstance(group, QGroupBox):
            group = group.parentWidget()
        if not isinstance(group, QGroupBox) or not group.title():
            continue
        if len(unlabelled_lists(group)) == 1:  # two in one group: its title names neither
            view.setAccessibleName(strip_mnemonic(group.title()))


def shrinkable_combos(root: QWidget, characters: int = 16) -> None:
    """Let every combo box narrow below its longest choice (a rate or an outcome can be a
    sentence): otherwise the longest one sets the page's width and cuts the column off."""
    for combo in root.findChildren(QComboBox):
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(characters)


# A combo's "no choice" is the empty string rather than None: item data that is None reads back
# as an invalid QVariant, which is awkward to tell apart from "no item".
NO_CHOICE = ""


class EnterActivates(QObject):
    """Enter on a list activates its current line and stops there.

    A list view lets Enter through after emitting `activated`, and a QWizard (a dialog) then
    presses its default button: Enter on "go to this finding" would also close the wizard.
    """

    def __init__(self, view) -> None:
        super().__init__(view)
        self.view = view
        view.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.KeyPress and event.key() in (
            Qt.Key.Key_Return,
            Qt.Key.Key_Enter,
        ):
            item = self.view.currentItem()
            if item is not None:
                self.view.itemActivated.emit(item)
            return True
        return False


def move_next_to(order: list, widgets, reference: QWidget, *, after: bool = False) -> list:
    """`order` with `widgets` moved to just before (or after) `reference`, if it is there."""
    moving = [w for w in widgets if w in order]
    rest = [w for w in order if w not in moving]
    if reference not in rest:
        return rest + moving
    at = rest.index(reference) + (1 if after else 0)
    return rest[:at] + moving + rest[at:]


def refuse_when_full(parent: QWidget, count: int, most: int, what: str) -> bool:
    """True when one more row fits; otherwise say so (the plan file keeps at most `most`)."""
    if count < most:
        return True
    QMessageBox.information(
        parent,
        "This list is full",
        f"A plan holds up to {most:,} of these ({what}). Remove one before adding another.",
    )
    return False


def fill_combo(combo: QComboBox, choices: dict, *, blank: str | None = None) -> None:
    combo.blockSignals(True)
    combo.clear()
    if blank is not None:
        combo.addItem(blank, NO_CHOICE)
    for value, text in choices.items():
        combo.addItem(text, value)
    combo.blockSignals(False)


def select_data(combo: QComboBox, value: object) -> None:
    index = combo.findData(NO_CHOICE if value is None else value)
    combo.setCurrentIndex(index if index >= 0 else 0)


def focus(widget: QWidget) -> None:
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    if isinstance(widget, QLineEdit):
        widget.selectAll()


class ListEditor(QObject):
    """A list of records with Add/Remove (and Move) buttons and a detail form for the current one.

    `rows()` gives the plan's list; `describe(record)` its line in the list; `show(record)` fills
    the detail form (None when nothing is selected); `create()` appends a new record and returns
    it; `remove(record)` takes it out of the plan (and anything pointing at it).
    """

    def __init__(
        self,
        page: PlanPage,
        view: QListWidget,
        *,
        rows: Callable[[], list],
        describe: Callable[[object], str],
        show: Callable[[object | None], None],
        create: Callable[[], object],
        remove: Callable[[object], None],
        details: list[QWidget],
        add_button: QPushButton,
        remove_button: QPushButton,
        up_button: QPushButton | None = None,
        down_button: QPushButton | None = None,
        what: str = "line",
        field: str | None = None,
        name: Callable[[object], str] | None = None,
    ) -> None:
        super().__init__(page)
        # The most rows the plan file keeps in this list (its schema's maxItems at `field`).
        self.most = max_rows(field) if field is not None else MAX_ROWS
        self.page = page
        self.view = view
        self.rows = rows
        self.describe = describe
        # How a record is named in Edit → Undo ("remove outcome ‘Walk to school’").
        self.name = name or describe
        self.show = show
        self.create = create
        self.remove_record = remove
        self.details = details
        self.what = what
        self.remove_button = remove_button
        self.up_button = up_button
        self.down_button = down_button
        view.currentRowChanged.connect(self._selected)
        add_button.clicked.connect(self.add)
        remove_button.clicked.connect(self.remove)
        if add_button.objectName() in ADD:
            scope = common_parent(view, details[0]) if details else view
            give_shortcuts(add_button, remove_button, scope)
        if up_button is not None:
            up_button.clicked.connect(lambda: self.move(-1))
        if down_button is not None:
            down_button.clicked.connect(lambda: self.move(1))

    def current(self):
        row = self.view.currentRow()
        records = self.rows()
        return records[row] if 0 <= row < len(records) else None

    def reload(self, select: int | None = None) -> None:
        row = self.view.currentRow() if select is None else select
        records = self.rows()
        self.view.blockSignals(True)
        self.view.clear()
        for record in records:
            QListWidgetItem(self.describe(record), self.view)
        if records:
            self.view.setCurrentRow(max(0, min(row, len(records) - 1)))
        self.view.blockSignals(False)
        self._selected(self.view.currentRow())

    def update_current_text(self) -> None:
        record = self.current()
        item = self.view.currentItem()
        if record is not None and item is not None:
            item.setText(self.describe(record))

    def select(self, record) -> None:
        records = self.rows()
        if record in records:
            self.view.setCurrentRow(records.index(record))

    def _selected(self, row: int) -> None:
        record = self.current()
        for widget in self.details:
            widget.setEnabled(record is not None)
        self.remove_button.setEnabled(record is not None)
        count = len(self.rows())
        if self.up_button is not None:
            self.up_button.setEnabled(record is not None and row > 0)
        if self.down_button is not None:
            self.down_button.setEnabled(record is not None and row < count - 1)
        with self.page.loading():
            self.show(record)

    def add(self) -> None:
        if not refuse_when_full(self.page, len(self.rows()), self.most, self.what):
            return
        self.create()
        self.page.changed(f"add {self.what}", step=True)
        self.reload(select=len(self.rows()) - 1)
        if self.details:
            QTimer.singleShot(0, self.details[0], lambda: focus(self.details[0]))

    def remove(self) -> None:
        """Remove at once: Edit → Undo (Ctrl+Z) puts it back, so nothing is asked."""
        from .undo import quoted

        record = self.current()
        if record is None:
            return
        row = self.view.currentRow()
        name = f"{self.what} {quoted(self.name(record))}"
        try:
            self.remove_record(record)
        except ValueError as refused:  # the domain keeps it, and says why
            QMessageBox.warning(self.page, f"This {self.what} stays", as_markup(str(refused)))
            return
        self.page.changed(f"remove {name}", step=True)
        self.page.session.tell(f"Removed {name}. Undo with Ctrl+Z.")
        self.reload(select=max(0, row - 1))
        self.view.setFocus()

    def move(self, step: int) -> None:
        records = self.rows()
        row = self.view.currentRow()
        target = row + step
        if not (0 <= row < len(records) and 0 <= target < len(records)):
            return
        records[row], records[target] = records[target], records[row]
        self.page.changed(f"move {self.what} {'up' if step < 0 else 'down'}", step=True)
        self.reload(select=target)
