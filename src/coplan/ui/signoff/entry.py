"""What the wizard calls: hand the laptop to a setting's head to agree, and get it back."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from coplan.domain.agreements import AgreementError
from coplan.domain.model import Plan, PremisesAgreement
from coplan.domain.policy import PolicyPack
from coplan.lock import LockError, OfficerLock

from .screen import SignoffScreen
from .set_pin import SetPinDialog


def open_signoff(
    parent: QWidget | None,
    plan: Plan,
    setting_id: str,
    pack: PolicyPack,
    *,
    lock: OfficerLock,
    on_recorded: Callable[[PremisesAgreement], None] | None = None,
    today: date | None = None,
) -> PremisesAgreement | None:
    """Show the locked sign-off screen for one setting until the case officer's PIN ends it.

    Blocks. Returns the agreement (or decline) the head recorded, already added to `plan`, or
    None when the officer stopped without a decision. On first use the officer sets the PIN.
    `on_recorded(agreement)` runs the moment the head signs, before the hand-back, so that the
    caller can save the plan, write the audit entry (`agreements.audit_action(agreement)`,
    with `agreement.fingerprint`) and take a snapshot; if it raises, the head is told to ask
    the officer to save.
    """
    if plan.setting(setting_id) is None or not plan.premises_dp_items(setting_id):
        raise AgreementError("There is nothing paid by direct payment on this setting's premises.")
    if not lock.is_set() and SetPinDialog(lock, parent).exec() != SetPinDialog.DialogCode.Accepted:
        return None
    try:
        lock.wait_left()  # a damaged PIN file must stop us before the screen locks
    except LockError as error:
        QMessageBox.warning(parent, "The sign-off screen cannot be locked", str(error))
        return None
    screen = SignoffScreen(
        plan, setting_id, pack, lock=lock, on_recorded=on_recorded, today=today, parent=parent
    )
    screen.setWindowState(Qt.WindowState.WindowFullScreen)
    screen.exec()
    while screen.locked:
        # The window manager hid the screen (its cover shows it again at once); the PIN alone
        # ends it, so its modal loop runs on.
        screen.exec()
    agreement = screen.agreement
    screen.deleteLater()
    return agreement
