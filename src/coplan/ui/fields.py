"""Typed input at the field: parse as the person types, refuse bad input beside the field.

A `FieldCheck` ties a line edit to a parser and a setter. Valid text is applied to the plan at
once (totals follow the typing); invalid text stays in the field (nothing typed is thrown away)
with a message beside it, and the session remembers the field so that closing never discards it
silently. While the text is not valid the plan holds the field's *settled* value (what it held
when it was shown or last left valid), never a value from part-way through typing: "£1,2.50"
typed over £649.00 leaves £649.00 in the item, the table and the totals, not the £1.00 that
"£1" briefly was.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import (
    QBoxLayout,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from coplan.domain.dates import format_short
from coplan.domain.money import Money, MoneyError, parse_money, parse_quantity
from coplan.domain.text_safety import describe as describe_character
from coplan.domain.text_safety import first_unsafe, is_ascii_digits, without_unsafe

from .text import strip_mnemonic

_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ],
        start=1,
    )
    for name in names
}


class DateError(ValueError):
    """Text that is not a date; the message is for the person who typed it."""


def parse_uk_date(text: str) -> date | None:
    """'16/11/2026', '16-11-2026', '16.11.26', '16 November 2026', '16 Nov 2026'; '' → None."""
    cleaned = (text or "").strip()
    if not cleaned:
        return None
    if not is_ascii_digits(cleaned):
        raise DateError("Type the date with the digits 0 to 9, for example 16/11/2026.")
    numeric = re.fullmatch(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2}|\d{4})", cleaned, re.ASCII)
    if numeric:
        day, month, year = (int(part) for part in numeric.groups())
    else:
        worded = re.fullmatch(
            r"(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)\.?,?\s+(\d{4})", cleaned, re.ASCII
        )
        if not worded or worded.group(2).lower() not in _MONTHS:
            raise DateError("Enter the date as day/month/year, for example 16/11/2026.")
        day, month, year = (
            int(worded.group(1)),
            _MONTHS[worded.group(2).lower()],
            int(worded.group(3)),
        )
    if year < 100:
        year += 2000
    try:
        value = date(year, month, day)
    except ValueError:
        raise DateError(f"There is no such date as {cleaned}; check the day and month.") from None
    if not 1900 <= value.year <= 2100:
        raise DateError("Check the year: it should have four digits, for example 2026.")
    return value


def show_date(value: date | None) -> str:
    return format_short(value)


def show_money(value: Money, *, blank_zero: bool = True) -> str:
    if blank_zero and not value:
        return ""
    return f"{value.pounds:,.2f}"


def show_quantity(value) -> str:
    if not value:
        return ""
    return format(value.normalize(), "f")


def money_or_zero(text: str) -> Money:
    """An empty money field means £0.00; anything else must parse."""
    return parse_money(text) if text.strip() else Money()


def quantity_parser(what: str, maximum=None) -> Callable[[str], object]:
    from decimal import Decimal

    def parse(text: str):
        if not text.strip():
            return Decimal(0)
        return parse_quantity(text, what=what, maximum=maximum)

    return parse


def label_text_for(widget: QWidget) -> str:
    """The visible label of a field (its buddy label), without the mnemonic."""
    # Never read an unset dynamic property: see NO_CHOICE in page_base.
    if b"coplanLabel" in [bytes(name) for name in widget.dynamicPropertyNames()]:
        return str(widget.property("coplanLabel"))
    return widget.accessibleName() or widget.objectName()


def name_inputs_from_buddies(root: QWidget) -> None:
    """Give every field the text of its visible label as its accessible name."""
    for label in root.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is not None and label.text():
            name = strip_mnemonic(label.text())
            buddy.setAccessibleName(name)
            buddy.setProperty("coplanLabel", name)


_NOTHING = object()  # no settled value known (the field was never shown with a valid one)


class FieldCheck(QObject):
    """Parse one line edit as it changes; apply valid values, show a message for the rest."""

    def __init__(
        self,
        edit: QLineEdit,
        parse: Callable[[str], object],
        apply: Callable[[object], None],
        *,
        key: Callable[[], str],
        invalid: Callable[[str, str, str, str | None], None],
    ) -> None:
        super().__init__(edit)
        self.edit = edit
        self._parse = parse
        self._apply = apply
        self._key = key
        self._invalid = invalid
        self._loading = False
        # The value the plan holds for this field apart from the typing in progress (what was
        # shown, or what the field held when it was last left valid); put back while the text
        # is not valid. `_applied`: what this field last gave the plan.
        self._settled: object = _NOTHING
        self._applied: object = _NOTHING
        self._last_text = edit.text()
        self._last_valid = False
        self.error, self._form = _error_label_for(edit)
        self._show(None)
        edit.textEdited.connect(self._check)
        edit.editingFinished.connect(self._settle_if_valid)

    def load(self, text: str) -> None:
        """Show a stored value without treating it as an edit."""
        self._loading = True
        try:
            self.edit.setText(text)
            self._show(None)
            self.settle(text)
        finally:
            self._loading = False

    def settle(self, text: str) -> None:
        """`text` (a stored value as shown) is what the plan holds for this field."""
        try:
            self._settled = self._parse(text)
        except (MoneyError, DateError):
            self._settled = _NOTHING
        self._applied = self._settled
        self._last_text = text
        self._last_valid = self._settled is not _NOTHING

    def _settle_if_valid(self) -> None:
        if not self.edit.property("invalid") and self._applied is not _NOTHING:
            self._settled = self._applied

    def recheck(self) -> None:
        self._check(self.edit.text())

    def _check(self, text: str) -> None:
        if self._loading:
            return
        if self._last_valid and not text.startswith(self._last_text):
            # Not typing on at the end of a valid value ("75" selected and typed over, a digit
            # deleted): that value was meant, and is what the plan keeps while this is invalid.
            self._settled = self._applied
        self._last_text = text
        try:
            value = self._parse(text)
        except (MoneyError, DateError) as exc:
            self._last_valid = False
            self._show(str(exc))
            self._invalid(self._key(), label_text_for(self.edit), text, str(exc))
            if self._settled is not _NOTHING and self._applied != self._settled:
                # A value typed on the way here ("£1" of "£1,2.50") is not what was meant.
                self._applied = self._settled
                self._apply(self._settled)
            return
        self._show(None)
        self._invalid(self._key(), label_text_for(self.edit), text, None)
        self._last_valid = True
        self._applied = value
        self._apply(value)

    def _show(self, message: str | None) -> None:
        self.error.setText(message or "")
        if self._form is not None:
            self._form.setRowVisible(self.error, bool(message))
        else:
            self.error.setVisible(bool(message))
        self.edit.setProperty("invalid", bool(message))
        self.edit.setAccessibleDescription(message or "")
        self.edit.style().unpolish(self.edit)
        self.edit.style().polish(self.edit)


def _error_label_for(edit: QWidget) -> tuple[QLabel, QFormLayout | None]:
    """A red message line under the field, inserted into its form layout."""
    error = QLabel(edit.parentWidget())
    error.setObjectName(f"{edit.objectName()}Error")
    error.setProperty("role", "error")
    error.setWordWrap(True)
    error.setTextFormat(Qt.TextFormat.PlainText)
    error.setVisible(False)
    form = _form_containing(edit)
    if form is not None:
        row, _role = form.getWidgetPosition(edit)
        form.insertRow(row + 1, "", error)
    return error, form


def _form_containing(widget: QWidget) -> QFormLayout | None:
    parent = widget.parentWidget()
    if parent is None:
        return None
    for form in parent.findChildren(QFormLayout):
        row, _role = form.getWidgetPosition(widget)
        if row >= 0:
            return form
    return None


# -- text fields: the plan file's limits, and no invisible control characters -----------------


def too_long_message(length: int, limit: int) -> str:
    return (
        f"Too long to add: this would make {length:,} characters, and this box holds up to "
        f"{limit:,}. Nothing was added; shorten the text and try again."
    )


def full_message(limit: int) -> str:
    return f"This box is full: it holds up to {limit:,} characters."


def over_message(length: int, limit: int) -> str:
    return (
        f"This is {length:,} characters; a plan keeps up to {limit:,} here. "
        f"Shorten it by {length - limit:,}."
    )


def removed_message(character: str) -> str:
    return (
        f"CoPlan left out {describe_character(character)} that came with the text: an "
        "invisible character like this can disguise what the text says."
    )


class _LimitValidator(QValidator):
    """Refuses an edit that would take a line edit over its limit (a paste is refused whole,
    never cut short: what was copied is still on the clipboard), and removes unsafe characters.

    The checks run on every edit before the text changes; `setText` (loading a stored value) is
    not validated, so a value stored before the limit existed still loads and is reported."""

    def __init__(self, limit: TextLimit) -> None:
        super().__init__(limit.edit)
        self._limit = limit

    def validate(self, text: str, position: int):
        found = first_unsafe(text)
        if found is not None:
            before = len(without_unsafe(text[:position]))
            text, position = without_unsafe(text), before
            self._limit.removed = found[1]
            # Said by the textChanged that follows; when nothing else changed there may be none.
            QTimer.singleShot(0, self._limit, self._limit.report_removed)
        # Not edit.text(): while an edit is validated the line edit already holds the new text.
        current = len(self._limit.kept)
        if len(text) > self._limit.limit and len(text) > current:
            self._limit.refused(len(text))
            return QValidator.State.Invalid, text, position
        return QValidator.State.Acceptable, text, position


class TextLimit(QObject):
    """Keep a text field within what a plan file holds for it, with a message at the field.

    `limit` comes from the plan file's own schema (`coplan.plan_file.limits.max_length`), so the
    app can never save what `coplan import` would refuse. Typing stops at the limit with a
    message; a paste that would go over is refused whole with a message; an invisible control or
    direction-override character is left out with a message. Connect this before anything that
    applies the field's text to the plan, so they see the text as kept.
    """

    def __init__(
        self,
        edit: QLineEdit | QPlainTextEdit,
        limit: int,
        *,
        loading: Callable[[], bool] = lambda: False,
        max_lines: int | None = None,
    ) -> None:
        super().__init__(edit)
        self.edit = edit
        self.limit = limit
        self.max_lines = max_lines  # a box whose lines are a list in the plan ("what matters")
        self._loading = loading  # a stored value being shown: kept as it is, and reported
        self.removed: str | None = None
        self.message, self._layout = _message_label_for(edit)
        self.edit.setProperty("coplanMaxLength", limit)
        self.kept = self.text()  # the text as last kept: what an edit is measured against
        if isinstance(edit, QLineEdit):
            edit.setValidator(_LimitValidator(self))
            edit.textChanged.connect(self._line_changed)
        else:
            edit.textChanged.connect(self._plain_changed)

    def text(self) -> str:
        return self.edit.text() if isinstance(self.edit, QLineEdit) else self.edit.toPlainText()

    def refused(self, length: int) -> None:
        typed_one = length == len(self.kept) + 1
        self._show(full_message(self.limit) if typed_one else too_long_message(length, self.limit))

    def report_removed(self) -> None:
        if self.removed is not None:
            self._report()

    def _line_changed(self, text: str) -> None:
        self.kept = text
        self._report()

    def _plain_changed(self) -> None:
        text = self.edit.toPlainText()
        if self._loading():
            self.kept = text
            self._report()
            return
        cleaned = without_unsafe(text)
        found = first_unsafe(text)
        if len(cleaned) > self.limit and len(cleaned) > len(self.kept):
            self._put_back(self.kept, self._cursor_position() - (len(text) - len(self.kept)))
            self.refused(len(cleaned))
            return
        if self.max_lines is not None and _lines(cleaned) > max(self.max_lines, _lines(self.kept)):
            self._put_back(self.kept, self._cursor_position() - (len(text) - len(self.kept)))
            self._show(
                f"This box holds up to {self.max_lines} lines, one for each point. Nothing was "
                "added; join some lines together first."
            )
            return
        if found is not None:
            self.removed = found[1]
            cursor = self._cursor_position()
            self._put_back(cleaned, len(without_unsafe(text[:cursor])))
        self.kept = cleaned
        self._report()

    def _cursor_position(self) -> int:
        return self.edit.textCursor().position()

    def _put_back(self, text: str, position: int) -> None:
        """Replace the text without a second textChanged, the cursor where it was."""
        self.edit.blockSignals(True)
        try:
            self.edit.setPlainText(text)
            cursor = self.edit.textCursor()
            cursor.setPosition(max(0, min(position, len(text))))
            self.edit.setTextCursor(cursor)
        finally:
            self.edit.blockSignals(False)

    def _report(self) -> None:
        length = len(self.text())
        if self.removed is not None:
            message = removed_message(self.removed)
            self.removed = None
        elif length > self.limit:
            message = over_message(length, self.limit)
        elif length >= self.limit:
            message = full_message(self.limit)
        else:
            message = None
        self._show(message)

    def _show(self, message: str | None) -> None:
        self.message.setText(message or "")
        if isinstance(self._layout, QFormLayout):
            self._layout.setRowVisible(self.message, bool(message))
        else:
            self.message.setVisible(bool(message))
        self.edit.setAccessibleDescription(message or "")


def _lines(text: str) -> int:
    return sum(1 for line in text.splitlines() if line.strip())


def _message_label_for(widget: QWidget) -> tuple[QLabel, QFormLayout | QBoxLayout | None]:
    """A message line under the field: a new row of its form, or the next item of its box."""
    form = _form_containing(widget)
    if form is not None:
        label, _form = _error_label_for(widget)
        return label, form
    label = QLabel(widget.parentWidget())
    label.setObjectName(f"{widget.objectName()}Limit")
    label.setProperty("role", "error")
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setVisible(False)
    parent = widget.parentWidget()
    for box in [] if parent is None else parent.findChildren(QBoxLayout):
        index = box.indexOf(widget)
        if index >= 0:
            box.insertWidget(index + 1, label)
            return label, box
    return label, None


def limit_fields(ui, fields: dict[str, str | int]) -> dict[str, TextLimit]:
    """Hold each named field of a compiled form to a plan path's limit (or a number), for the
    dialogs that are not wizard pages (the sign-off screen, a decision on paper, a withdrawal)."""
    from coplan.plan_file.limits import max_length

    return {
        name: TextLimit(getattr(ui, name), where if isinstance(where, int) else max_length(where))
        for name, where in fields.items()
    }
