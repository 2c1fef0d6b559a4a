"""The head teacher's sign-off screen: one setting, its direct-payment items, a decision, a
signature, and no way back into CoPlan without the case officer's PIN.

The screen is an application-modal, frameless, full-screen dialog. It can only close through
`_finish`, which runs after a right PIN: `done()` (which Escape, `reject()` and `accept()` all
reach) and `closeEvent` (the window's close button, Alt+F4) are refused until then. While it is
open Qt delivers no input and no shortcut to any other window of the application, and its
`SignoffCover` (cover.py) hides every other CoPlan window, covers the other screens and puts
the screen back on top whenever the window manager moves, hides or minimises it.
"""

from __future__ import annotations

import copy
import logging
from collections.abc import Callable
from datetime import date
from enum import IntEnum

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QFormLayout,
    QFrame,
    QLabel,
    QScroller,
    QVBoxLayout,
    QWidget,
)

from coplan.domain import agreements, shown_words
from coplan.domain.agreements import AgreementError
from coplan.domain.dates import format_long
from coplan.domain.fingerprint import shown_to_head
from coplan.domain.model import Decision, Plan, PremisesAgreement, SignatureMethod
from coplan.domain.policy import PolicyPack
from coplan.lock import LockError, OfficerLock
from coplan.plan_file.limits import max_length
from coplan.ui.cover import SignoffCover
from coplan.ui.fields import limit_fields
from coplan.ui.forms_compiled.ui_signoff_screen import Ui_SignoffScreen

from . import wording
from .accessibility import name_fields_from_labels

_DELEGATED_BY = ", with authority delegated by "  # see _signatory_role
_ROLE_PART = (max_length("premises_agreements.signatory_role") - len(_DELEGATED_BY)) // 2
_SIGNER_LIMITS: dict[str, str | int] = {
    "nameEdit": "premises_agreements.signatory_name",
    "jobTitleEdit": _ROLE_PART,  # the role is "<job title>, with authority delegated by <name>"
    "delegatedByEdit": _ROLE_PART,
    "otherConditionsEdit": "premises_agreements.other_conditions",
    "reasonsEdit": "premises_agreements.reasons",
}

log = logging.getLogger(__name__)


CHOOSE_A_DECISION = "Choose whether you agree, agree with conditions, or decline."


class Page(IntEnum):
    ITEMS = 0
    DECISION = 1
    SIGN = 2
    DONE = 3
    PIN = 4


class PinPurpose:
    CANCEL = "cancel"
    HAND_BACK = "hand_back"


class SignoffScreen(QDialog):
    """One setting's sign-off. `agreement` is set once the head has signed."""

    def __init__(
        self,
        plan: Plan,
        setting_id: str,
        pack: PolicyPack,
        *,
        lock: OfficerLock,
        on_recorded: Callable[[PremisesAgreement], None] | None = None,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_SignoffScreen()
        self.ui.setupUi(self)
        limit_fields(self.ui, _SIGNER_LIMITS)
        self.setWindowFlags(
            Qt.WindowType.Dialog
            | Qt.WindowType.FramelessWindowHint
            | Qt.WindowType.WindowStaysOnTopHint
        )
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self._plan = plan
        self._setting_id = setting_id
        self._pack = pack
        self._lock = lock
        self._on_recorded = on_recorded
        self._today = today or date.today()
        self._may_close = False
        self._pin_purpose = PinPurpose.CANCEL
        self._pin_return = Page.ITEMS
        self.agreement: PremisesAgreement | None = None
        self.save_error: Exception | None = None
        # What the head sees is built from this document only: the very thing fingerprinted.
        self._shown = shown_to_head(plan, setting_id)
        setting = plan.setting(setting_id)
        self._setting_name = self._shown["setting"]["name"]
        self._head_name = setting.head_name if setting else ""
        # "Head teacher" is the model's default role: a college or nursery gets its own title;
        # a role the list does not hold is the setting kind's own (the head can change it)
        role = shown_words.role_title(setting.kind, setting.head_role) if setting else ""
        kind_role = shown_words.role_title(setting.kind, "") if setting else ""
        self._head_role = role if role in shown_words.ROLES else kind_role

        self.cover = SignoffCover(self)
        self._wait_timer = QTimer(self)
        self._wait_timer.setInterval(250)
        self._wait_timer.timeout.connect(self._refresh_wait)

        keep_place = self.ui.officerButton.sizePolicy()
        keep_place.setRetainSizeWhenHidden(True)  # the top bar keeps its height
        self.ui.officerButton.setSizePolicy(keep_place)
        for area in (self.ui.itemsScroll, self.ui.decisionScroll, self.ui.summaryScroll):
            QScroller.grabGesture(area.viewport(), QScroller.ScrollerGestureType.TouchGesture)

        self._build_items()
        self._build_decision()
        self._build_signer()
        self._connect()
        name_fields_from_labels(self)
        # The items, the decision and "what you are signing" can be longer than the screen:
        # each scroll area is a Tab stop named by its heading, so the arrow keys and Page Down
        # scroll it (with the focus border), and no focus lands on a nameless container.
        for area, heading in (
            (self.ui.itemsScroll, self.ui.itemsHeading),
            (self.ui.decisionScroll, self.ui.decisionHeading),
            (self.ui.summaryScroll, self.ui.summaryHeading),
        ):
            area.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            area.setAccessibleName(heading.text())
        self._go(Page.ITEMS)

    # -- building ---------------------------------------------------------------------------
    def _build_items(self) -> None:
        ui = self.ui
        items = self._shown["items"]
        ui.itemsHeading.setText(f"What will happen at {self._setting_name}")
        count = "the item below" if len(items) == 1 else f"the {len(items)} items below"
        place = "it" if len(items) == 1 else "they"
        ui.itemsIntro.setText(
            f"{self._shown['child']}’s family would like to pay for {count} with a direct "
            f"payment from the council. Because {place} will be used or delivered at "
            f"{self._setting_name}, the law needs your agreement in writing. You can agree, "
            "agree with conditions, or decline."
        )
        for item in items:
            ui.itemsLayout.addWidget(self._item_card(item))
        ui.itemsLayout.addStretch(1)

    def _item_card(self, item: dict) -> QFrame:
        card = QFrame()
        card.setObjectName("itemCard")
        layout = QVBoxLayout(card)
        layout.setContentsMargins(20, 14, 20, 14)
        title = QLabel(item["description"] or "(no description)")
        title.setProperty("subheading", True)
        title.setWordWrap(True)
        layout.addWidget(title)
        rows = QFormLayout()
        rows.setHorizontalSpacing(24)
        rows.setVerticalSpacing(6)
        needed, not_needed = wording.needs_on_site(item)
        for label, value in (
            ("When", item["when"] or "Not stated yet"),
            ("How often", shown_words.how_often(item)),
            ("Who delivers it", item["delivered_by"] or "Not stated yet"),
            ("They will need", needed),
            ("They will not need", not_needed),
            ("Cost", wording.cost(item)),
            ("Paid by", wording.paid_by(item)),
        ):
            name = QLabel(label)
            name.setProperty("hint", True)
            text = QLabel(value)
            text.setWordWrap(True)
            text.setTextFormat(Qt.TextFormat.PlainText)
            rows.addRow(name, text)
        layout.addLayout(rows)
        return card

    def _build_decision(self) -> None:
        ui = self.ui
        self._decisions = QButtonGroup(self)
        for button, decision in (
            (ui.agreeRadio, Decision.AGREED),
            (ui.conditionsRadio, Decision.AGREED_WITH_CONDITIONS),
            (ui.declineRadio, Decision.DECLINED),
        ):
            button.setProperty("decision", decision.value)
            self._decisions.addButton(button)
        self._condition_boxes: list[tuple[str, QCheckBox]] = []
        for condition in self._pack.premises_conditions:
            box = QCheckBox(condition.label)
            box.setObjectName(f"condition_{condition.id}")
            ui.conditionsList.addWidget(box)
            self._condition_boxes.append((condition.id, box))
        # tab order: the ticks sit between the radio and the free text
        previous = ui.conditionsRadio
        for _, box in self._condition_boxes:
            QWidget.setTabOrder(previous, box)
            previous = box
        QWidget.setTabOrder(previous, ui.otherConditionsEdit)
        self._offer_previous_conditions()
        ui.conditionsBox.setVisible(False)
        ui.reasonsBox.setVisible(False)

    def _offer_previous_conditions(self) -> None:
        """Signing again (the items changed since): the conditions set last time are ticked
        and said so, for the head to keep or change; the decision itself is theirs again."""
        previous = self._plan.current_agreement(self._setting_id)
        if previous is None or previous.decision is not Decision.AGREED_WITH_CONDITIONS:
            return
        if previous.withdrawal is not None:
            return
        for condition_id, box in self._condition_boxes:
            box.setChecked(condition_id in previous.conditions)
        self.ui.otherConditionsEdit.setPlainText(previous.other_conditions)
        self.ui.conditionsLabel.setText(shown_words.previous_conditions_words(previous.signed_on))
        self.ui.conditionsLabel.setWordWrap(True)

    def _build_signer(self) -> None:
        ui = self.ui
        ui.roleCombo.addItems([*shown_words.ROLES, wording.DELEGATED])
        ui.roleCombo.setCurrentText(self._head_role)
        ui.nameEdit.setText(self._head_name)
        ui.dateValue.setText(f"{format_long(self._today)} (set by CoPlan)")
        methods = QButtonGroup(self)
        methods.addButton(ui.drawRadio)
        methods.addButton(ui.typeRadio)
        ui.signaturePad.setAccessibleName("Sign here")
        self._show_role_rows()
        self._show_method()

    def _connect(self) -> None:
        ui = self.ui
        ui.toDecisionButton.clicked.connect(lambda: self._go(Page.DECISION))
        ui.decisionBackButton.clicked.connect(lambda: self._go(Page.ITEMS))
        ui.toSignButton.clicked.connect(self._to_sign)
        ui.signBackButton.clicked.connect(lambda: self._go(Page.DECISION))
        ui.signButton.clicked.connect(self._sign)
        ui.handBackButton.clicked.connect(lambda: self._ask_pin(PinPurpose.HAND_BACK))
        ui.officerButton.clicked.connect(lambda: self._ask_pin(PinPurpose.CANCEL))
        ui.unlockButton.clicked.connect(self._unlock)
        ui.pinEdit.returnPressed.connect(self._unlock)
        ui.pinBackButton.clicked.connect(lambda: self._go(self._pin_return))
        self._decisions.buttonToggled.connect(self._show_decision_details)
        ui.roleCombo.currentTextChanged.connect(self._show_role_rows)
        ui.drawRadio.toggled.connect(self._show_method)
        ui.clearSignatureButton.clicked.connect(ui.signaturePad.clear)

    # -- navigation -------------------------------------------------------------------------
    def page(self) -> Page:
        return Page(self.ui.pages.currentIndex())

    def _go(self, page: Page) -> None:
        ui = self.ui
        self._say("")
        ui.pages.setCurrentIndex(page)
        ui.officerButton.setVisible(page in (Page.ITEMS, Page.DECISION, Page.SIGN))
        if page is not Page.PIN:
            self._wait_timer.stop()
        first = {
            Page.ITEMS: ui.toDecisionButton,
            # no radio is focused (and so highlighted) until the head chooses: no nudging
            Page.DECISION: self._decisions.checkedButton() or ui.decisionScroll,
            Page.SIGN: ui.nameEdit,
            Page.DONE: ui.handBackButton,
            Page.PIN: ui.pinEdit,
        }[page]
        if page is Page.SIGN:
            self._refresh_summary()
        first.setFocus(Qt.FocusReason.OtherFocusReason)

    def _say(self, text: str) -> None:
        self.ui.messageLabel.setText(text)
        self.ui.messageLabel.setVisible(bool(text))

    # -- the decision -----------------------------------------------------------------------
    def decision(self) -> Decision | None:
        button = self._decisions.checkedButton()
        return Decision(button.property("decision")) if button else None

    def chosen_conditions(self) -> list[str]:
        return [condition_id for condition_id, box in self._condition_boxes if box.isChecked()]

    def condition_box(self, condition_id: str) -> QCheckBox:
        return dict(self._condition_boxes)[condition_id]

    def _show_decision_details(self, *_args) -> None:
        decision = self.decision()
        if decision is not None and self.ui.messageLabel.text() == CHOOSE_A_DECISION:
            self._say("")  # she has chosen: the message that asked her to goes
        self.ui.conditionsBox.setVisible(decision is Decision.AGREED_WITH_CONDITIONS)
        self.ui.reasonsBox.setVisible(decision is Decision.DECLINED)

    def _decision_terms(self) -> dict:
        decision = self.decision()
        with_conditions = decision is Decision.AGREED_WITH_CONDITIONS
        return {
            "decision": decision,
            "conditions": self.chosen_conditions() if with_conditions else [],
            "other_conditions": (
                self.ui.otherConditionsEdit.toPlainText() if with_conditions else ""
            ),
            "reasons": (self.ui.reasonsEdit.toPlainText() if decision is Decision.DECLINED else ""),
        }

    def _to_sign(self) -> None:
        terms = self._decision_terms()
        if terms["decision"] is None:
            self._say(CHOOSE_A_DECISION)
            return
        # The domain's own rules decide whether the decision is complete: try it on a copy.
        try:
            agreements.record_decision(
                copy.deepcopy(self._plan),
                self._setting_id,
                signatory_name="check",
                signatory_role=shown_words.ROLES[0],
                signed_on=self._today,
                method=SignatureMethod.TYPED,
                **terms,
            )
        except AgreementError as error:
            self._say(str(error))
            return
        self._go(Page.SIGN)

    # -- signing ----------------------------------------------------------------------------
    def _show_role_rows(self, *_args) -> None:
        delegated = self.ui.roleCombo.currentText() == wording.DELEGATED
        self.ui.signerForm.setRowVisible(self.ui.jobTitleEdit, delegated)
        self.ui.signerForm.setRowVisible(self.ui.delegatedByEdit, delegated)

    def _show_method(self, *_args) -> None:
        drawn = self.ui.drawRadio.isChecked()
        self.ui.drawBox.setVisible(drawn)
        self.ui.typedConfirmCheck.setVisible(not drawn)

    def _signatory_role(self) -> str:
        role = self.ui.roleCombo.currentText()
        if role != wording.DELEGATED:
            return role
        title = self.ui.jobTitleEdit.text().strip()
        given_by = self.ui.delegatedByEdit.text().strip()
        if not title or not given_by:
            return ""
        return f"{title}{_DELEGATED_BY}{given_by}"

    def _delegated_by(self) -> str:
        """Who gave a delegated signatory their authority (the domain checks who may sign)."""
        if self.ui.roleCombo.currentText() != wording.DELEGATED:
            return ""
        return self.ui.delegatedByEdit.text().strip()

    def _refresh_summary(self) -> None:
        terms = self._decision_terms()
        self.ui.summaryLabel.setText(
            wording.summary_html(
                self._shown,
                decision=terms["decision"],
                conditions=wording.condition_labels(self._pack, terms["conditions"]),
                other_conditions=terms["other_conditions"],
                reasons=terms["reasons"],
                signed_on_text=format_long(self._today),
            )
        )

    def _sign(self) -> None:
        ui = self.ui
        terms = self._decision_terms()
        if terms["decision"] is None:
            self._go(Page.DECISION)
            self._say(CHOOSE_A_DECISION)
            return
        if ui.roleCombo.currentText() == wording.DELEGATED and not self._signatory_role():
            self._say("Give your job title and the name of the person who gave you authority.")
            return
        drawn = ui.drawRadio.isChecked()
        if not drawn and not ui.typedConfirmCheck.isChecked():
            self._say("Tick the box to confirm that your typed name is your signature.")
            return
        if shown_to_head(self._plan, self._setting_id) != self._shown:
            self._say(
                "The items changed while this screen was open. Hand the laptop back to the "
                "case officer."
            )
            return
        try:
            agreement = agreements.record_decision(
                self._plan,
                self._setting_id,
                signatory_name=ui.nameEdit.text(),
                signatory_role=self._signatory_role(),
                delegated_by=self._delegated_by(),
                signed_on=self._today,
                method=SignatureMethod.DRAWN if drawn else SignatureMethod.TYPED,
                signature_svg_path=ui.signaturePad.svg_path() if drawn else "",
                **terms,
            )
        except AgreementError as error:
            self._say(str(error))
            return
        self.agreement = agreement
        self._notify(agreement)
        self._show_done(agreement)

    def _notify(self, agreement: PremisesAgreement) -> None:
        if self._on_recorded is None:
            return
        try:
            self._on_recorded(agreement)
        except Exception as error:  # the decision is in the plan; the officer must know
            log.error("Saving a premises agreement failed: %s", type(error).__name__)
            self.save_error = error

    def _show_done(self, agreement: PremisesAgreement) -> None:
        recorded = wording.DECISION_RECORDED[agreement.decision].lower()
        text = (
            f"Your decision ({recorded}) for {self._setting_name} is recorded, dated "
            f"{format_long(agreement.signed_on)}.\n\nPlease hand the laptop back to the case "
            "officer."
        )
        if self.save_error is not None:
            text += "\n\nCoPlan could not save it yet: the case officer must save the plan."
        self.ui.doneText.setText(text)
        self._go(Page.DONE)

    # -- the case officer's PIN ---------------------------------------------------------------
    def _ask_pin(self, purpose: str) -> None:
        self._pin_purpose = purpose
        self._pin_return = Page.DONE if self.agreement is not None else self.page()
        if purpose == PinPurpose.HAND_BACK:
            intro = "Enter your PIN or password to return to CoPlan."
        else:
            intro = (
                "Enter your PIN or password to stop and return to CoPlan. Nothing will be "
                "recorded. If you are not the case officer, choose Go back."
            )
        self.ui.pinIntro.setText(intro)
        self.ui.pinEdit.clear()
        self.ui.pinMessage.setText("")
        self._go(Page.PIN)
        self._refresh_wait()

    def _unlock(self) -> None:
        ui = self.ui
        secret = ui.pinEdit.text()
        if not ui.unlockButton.isEnabled():
            return
        if not secret:
            ui.pinMessage.setText("Enter the PIN or password.")
            return
        ui.pinEdit.clear()
        try:
            attempt = self._lock.attempt(secret)
        except LockError as error:
            ui.pinMessage.setText(str(error))
            return
        if attempt.ok:
            self._finish()
            return
        if attempt.checked:
            ui.pinMessage.setText("That is not the right PIN or password.")
        self._refresh_wait(wrong=attempt.checked)

    def _refresh_wait(self, *, wrong: bool = False) -> None:
        ui = self.ui
        try:
            wait = self._lock.wait_left()
        except LockError as error:
            ui.pinMessage.setText(str(error))
            return
        if wait > 0:
            seconds = int(wait) + (1 if wait > int(wait) else 0)
            unit = "second" if seconds == 1 else "seconds"
            prefix = "That is not the right PIN or password. " if wrong else ""
            ui.pinMessage.setText(
                f"{prefix}Too many wrong tries: you can try again in {seconds} {unit}."
            )
            ui.unlockButton.setEnabled(False)
            if not self._wait_timer.isActive():
                self._wait_timer.start()
        else:
            if self._wait_timer.isActive():
                self._wait_timer.stop()
                ui.pinMessage.setText("You can try again now.")
            ui.unlockButton.setEnabled(True)

    def _finish(self) -> None:
        self._may_close = True
        self._wait_timer.stop()
        self.cover.stop()  # the caseload and the wizard come back only now
        self.done(QDialog.DialogCode.Accepted if self.agreement else QDialog.DialogCode.Rejected)

    # -- the lock: nothing leaves this screen except `_finish` ---------------------------------
    def done(self, result: int) -> None:
        if self._may_close:
            super().done(result)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._may_close:
            self.cover.start()

    def closeEvent(self, event) -> None:
        if self._may_close:
            super().closeEvent(event)
        else:
            event.ignore()

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape or event.matches(QKeySequence.StandardKey.Close):
            event.accept()  # swallowed: Escape and Ctrl+W do not leave
            return
        super().keyPressEvent(event)

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if (
            event.type() == QEvent.Type.WindowStateChange
            and not self._may_close
            and self.windowState() & Qt.WindowState.WindowMinimized
        ):
            QTimer.singleShot(0, self.showFullScreen)

    @property
    def locked(self) -> bool:
        return not self._may_close
