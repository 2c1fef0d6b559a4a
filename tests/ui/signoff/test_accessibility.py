"""Every control has an accessible name, equal to the label people see."""

from __future__ import annotations

import pytest
from factories import MEETING_DAY
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from coplan.domain import agreements
from coplan.domain.model import Decision, SignatureMethod
from coplan.ui.signoff.accessibility import visible_text
from coplan.ui.signoff.dialogs import PaperAgreementDialog, WithdrawalDialog
from coplan.ui.signoff.screen import Page
from coplan.ui.signoff.set_pin import SetPinDialog
from coplan.ui.signoff.signature_pad import SignaturePad

pytestmark = pytest.mark.gui

CONTROLS = (QAbstractButton, QLineEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox, SignaturePad)


def controls(root: QWidget) -> list[QWidget]:
    found = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CONTROLS):
            continue
        if isinstance(widget.parent(), QComboBox | QAbstractSpinBox):
            continue  # the line edit inside an editable combo or a date field
        if widget.metaObject().className().startswith("QScroll"):
            continue
        found.append(widget)
    return found


def check_names(root: QWidget) -> int:
    buddies = {label.buddy(): label for label in root.findChildren(QLabel) if label.buddy()}
    checked = 0
    for widget in controls(root):
        name = QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name)
        if isinstance(widget, QComboBox):
            # On Linux Qt reports a combo box's value as its name and ties the label to it by
            # a "labelled by" relation; the accessible name we set is what other systems read.
            name = widget.accessibleName()
        where = f"{root.objectName()}.{widget.objectName()}"
        assert name, f"{where} has no accessible name"
        if widget in buddies:
            assert name == visible_text(buddies[widget].text()), where
        elif isinstance(widget, QAbstractButton):
            assert name == visible_text(widget.text()), where
        elif isinstance(widget, SignaturePad):
            assert name == "Sign here", where  # the words drawn on the pad
        else:
            pytest.fail(f"{where} has no visible label")
        checked += 1
    return checked


def test_every_control_on_the_sign_off_screen(qtbot, make_screen):
    screen = make_screen()
    screen.ui.roleCombo.setCurrentText("Someone with delegated authority")
    assert check_names(screen) >= 25
    for page in Page:
        screen.ui.pages.setCurrentIndex(page)
        check_names(screen)


def test_every_control_on_the_officer_dialogs(qtbot, plan, pack, lock, tmp_path):
    from coplan.lock import OfficerLock

    set_pin = SetPinDialog(OfficerLock(tmp_path / "new.json"))
    paper = PaperAgreementDialog(plan, "s1", pack, today=MEETING_DAY)
    agreements.record_decision(
        plan,
        "s1",
        decision=Decision.AGREED,
        signatory_name="J Patel",
        signatory_role="Head teacher",
        signed_on=MEETING_DAY,
        method=SignatureMethod.TYPED,
    )
    withdraw = WithdrawalDialog(plan, "s1", today=MEETING_DAY)
    for dialog in (set_pin, paper, withdraw):
        qtbot.addWidget(dialog)
        assert check_names(dialog) >= 3
