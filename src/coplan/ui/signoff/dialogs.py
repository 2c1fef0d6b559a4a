"""The case officer's dialogs: an agreement given on paper or by email, and a withdrawal.

Both record through `coplan.domain.agreements` (which holds every rule) and hand the result to
`on_recorded` so that the caller can save the plan and write the audit trail.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QDialog, QWidget

from coplan.domain import agreements, shown_words
from coplan.domain.agreements import AgreementError
from coplan.domain.dates import format_long
from coplan.domain.fingerprint import shown_to_head
from coplan.domain.model import Decision, Plan, PremisesAgreement, SignatureMethod
from coplan.domain.policy import PolicyPack
from coplan.plan_file.limits import CODE_TEXT
from coplan.ui.fields import limit_fields
from coplan.ui.forms_compiled.ui_signoff_paper import Ui_PaperAgreementDialog
from coplan.ui.forms_compiled.ui_signoff_withdraw import Ui_WithdrawalDialog

from . import wording
from .accessibility import name_fields_from_labels

OnRecorded = Callable[[PremisesAgreement], None] | None

METHODS = ((SignatureMethod.PAPER, "On paper"), (SignatureMethod.EMAIL, "By email"))
DECISIONS = (
    (Decision.AGREED, "Agreed"),
    (Decision.AGREED_WITH_CONDITIONS, "Agreed with conditions"),
    (Decision.DECLINED, "Declined"),
)


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def items_text(shown: dict) -> str:
    lines = [
        f"• {item['description']}: {wording.cost(item)}; {shown_words.how_often(item).lower()}; "
        f"who delivers it: {item['delivered_by'] or 'not stated'}"
        for item in shown["items"]
    ]
    return "\n".join(lines)


class PaperAgreementDialog(QDialog):
    """Records a decision a setting gave outside the meeting, shown as paper or email."""

    def __init__(
        self,
        plan: Plan,
        setting_id: str,
        pack: PolicyPack,
        *,
        recorded_by: str = "",
        on_recorded: OnRecorded = None,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_PaperAgreementDialog()
        ui.setupUi(self)
        limit_fields(
            ui,
            {
                "signatoryEdit": "premises_agreements.signatory_name",
                "recordedByEdit": "premises_agreements.recorded_by",
                "referenceEdit": CODE_TEXT,  # the request's short reference, never stored
                "otherConditionsEdit": "premises_agreements.other_conditions",
                "reasonsEdit": "premises_agreements.reasons",
            },
        )
        self._plan, self._setting_id, self._on_recorded = plan, setting_id, on_recorded
        self.agreement: PremisesAgreement | None = None
        shown = shown_to_head(plan, setting_id)
        setting = plan.setting(setting_id)
        name = shown["setting"]["name"]
        ui.introLabel.setText(
            f"Record the decision {name} gave on paper or by email. It will be shown as given "
            "that way, never as a signature. Check that it covers exactly these direct-payment "
            "items, as they stand now:"
        )
        ui.itemsLabel.setText(items_text(shown))
        for method, text in METHODS:
            ui.methodCombo.addItem(text, method.value)
        for decision, text in DECISIONS:
            ui.decisionCombo.addItem(text, decision.value)
        today = today or date.today()
        ui.givenOnEdit.setDate(_qdate(today))
        ui.givenOnEdit.setMaximumDate(_qdate(today))  # it has already been given
        ui.roleCombo.addItems([*shown_words.ROLES, wording.DELEGATED])
        ui.roleCombo.setCurrentText(setting.head_role if setting else "")
        ui.signatoryEdit.setText(setting.head_name if setting else "")
        ui.recordedByEdit.setText(recorded_by)
        self._boxes: list[tuple[str, QCheckBox]] = []
        for condition in pack.premises_conditions:
            box = QCheckBox(condition.label)
            box.setObjectName(f"condition_{condition.id}")
            ui.conditionsList.addWidget(box)
            self._boxes.append((condition.id, box))
        self._offer_previous_conditions()
        ui.decisionCombo.currentIndexChanged.connect(self._show_details)
        ui.recordButton.clicked.connect(self.accept)
        ui.cancelButton.clicked.connect(self.reject)
        name_fields_from_labels(self)
        self._show_details()

    def _offer_previous_conditions(self) -> None:
        """Asked again (the items changed): the conditions set last time are ticked, to check."""
        previous = self._plan.current_agreement(self._setting_id)
        if previous is None or previous.decision is not Decision.AGREED_WITH_CONDITIONS:
            return
        if previous.withdrawal is not None:
            return
        for condition_id, box in self._boxes:
            box.setChecked(condition_id in previous.conditions)
        self.ui.otherConditionsEdit.setPlainText(previous.other_conditions)
        self.ui.conditionsLabel.setText(
            shown_words.previous_conditions_for_officer(previous.signed_on)
        )
        self.ui.conditionsLabel.setWordWrap(True)

    def decision(self) -> Decision:
        return Decision(self.ui.decisionCombo.currentData())

    def condition_box(self, condition_id: str) -> QCheckBox:
        return dict(self._boxes)[condition_id]

    def _show_details(self, *_args) -> None:
        self.ui.conditionsBox.setVisible(self.decision() is Decision.AGREED_WITH_CONDITIONS)
        self.ui.reasonsBox.setVisible(self.decision() is Decision.DECLINED)
        self.adjustSize()

    def accept(self) -> None:
        ui = self.ui
        decision = self.decision()
        with_conditions = decision is Decision.AGREED_WITH_CONDITIONS
        try:
            agreement = agreements.record_decision(
                self._plan,
                self._setting_id,
                decision=decision,
                signatory_name=ui.signatoryEdit.text(),
                signatory_role=ui.roleCombo.currentText(),
                delegated_by=ui.delegatedByEdit.text(),
                signed_on=_date(ui.givenOnEdit.date()),
                method=SignatureMethod(ui.methodCombo.currentData()),
                conditions=[c for c, box in self._boxes if box.isChecked()]
                if with_conditions
                else [],
                other_conditions=ui.otherConditionsEdit.toPlainText() if with_conditions else "",
                reasons=ui.reasonsEdit.toPlainText() if decision is Decision.DECLINED else "",
                recorded_by=ui.recordedByEdit.text(),
                reference=ui.referenceEdit.text(),
            )
        except AgreementError as error:
            ui.messageLabel.setText(str(error))
            return
        self.agreement = agreement
        if self._on_recorded is not None:
            self._on_recorded(agreement)
        super().accept()


class WithdrawalDialog(QDialog):
    """Records that a setting withdrew its agreement: date, reason, who told the council."""

    def __init__(
        self,
        plan: Plan,
        setting_id: str,
        *,
        on_recorded: OnRecorded = None,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_WithdrawalDialog()
        ui.setupUi(self)
        limit_fields(
            ui,
            {
                "toldByEdit": "premises_agreements.withdrawal.told_by",
                "reasonEdit": "premises_agreements.withdrawal.reason",
            },
        )
        self._plan, self._setting_id, self._on_recorded = plan, setting_id, on_recorded
        self.agreement: PremisesAgreement | None = None
        setting = plan.setting(setting_id)
        name = setting.name if setting else setting_id
        current = plan.current_agreement(setting_id)
        given = format_long(current.signed_on) if current and current.signed_on else ""
        ui.introLabel.setText(
            f"{name} is withdrawing the agreement it gave"
            + (f" on {given}" if given else "")
            + " to direct payments on its premises."
        )
        items = ", ".join(f"“{i.description}”" for i in plan.premises_dp_items(setting_id))
        ui.effectLabel.setText(
            f"The direct payments for {items or 'these items'} stop or must be re-arranged "
            "from the date you give (the date withdrawn, or a later notice date)."
        )
        ui.withdrawnOnEdit.setDate(_qdate(today or date.today()))
        ui.stopsFromEdit.setDate(_qdate(today or date.today()))
        # The items cannot stop before the agreement is withdrawn: the later date follows.
        ui.stopsFromEdit.setMinimumDate(ui.withdrawnOnEdit.date())
        ui.withdrawnOnEdit.dateChanged.connect(ui.stopsFromEdit.setMinimumDate)
        ui.recordButton.clicked.connect(self.accept)
        ui.cancelButton.clicked.connect(self.reject)
        name_fields_from_labels(self)

    def accept(self) -> None:
        ui = self.ui
        try:
            agreement = agreements.withdraw(
                self._plan,
                self._setting_id,
                on=_date(ui.withdrawnOnEdit.date()),
                reason=ui.reasonEdit.toPlainText(),
                told_by=ui.toldByEdit.text(),
                effective_from=_date(ui.stopsFromEdit.date()),
            )
        except AgreementError as error:
            ui.messageLabel.setText(str(error))
            return
        self.agreement = agreement
        if self._on_recorded is not None:
            self._on_recorded(agreement)
        super().accept()


def record_outside_meeting(
    parent: QWidget | None,
    plan: Plan,
    setting_id: str,
    pack: PolicyPack,
    *,
    recorded_by: str = "",
    on_recorded: OnRecorded = None,
    today: date | None = None,
) -> PremisesAgreement | None:
    """Record a decision a setting gave on paper or by email; None if the officer cancels."""
    dialog = PaperAgreementDialog(
        plan,
        setting_id,
        pack,
        recorded_by=recorded_by,
        on_recorded=on_recorded,
        today=today,
        parent=parent,
    )
    dialog.exec()
    dialog.deleteLater()
    return dialog.agreement


def record_withdrawal(
    parent: QWidget | None,
    plan: Plan,
    setting_id: str,
    *,
    on_recorded: OnRecorded = None,
    today: date | None = None,
) -> PremisesAgreement | None:
    """Record that a setting withdrew its agreement; None if the officer cancels."""
    current = plan.current_agreement(setting_id)
    if current is None or not current.agrees or current.withdrawal is not None:
        raise AgreementError("There is no agreement from this setting to withdraw.")
    dialog = WithdrawalDialog(plan, setting_id, on_recorded=on_recorded, today=today, parent=parent)
    dialog.exec()
    dialog.deleteLater()
    return dialog.agreement
