"""A setting's agreement history: every decision, whether the latest still holds, and why not."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from coplan.domain import agreements
from coplan.domain.dates import format_long
from coplan.domain.fingerprint import AgreementState, Change, agreement_status
from coplan.domain.model import Decision, Plan, PremisesAgreement
from coplan.domain.policy import PolicyPack

from . import wording


def describe_change(change: Change, names: dict[str, str]) -> str:
    """A change in words, naming the item by its description where it is known."""
    name = names.get(change.item_id)
    if name:
        try:
            return change.describe(item_name=name)
        except TypeError:  # an older `Change.describe` without names
            pass
    return change.describe()


def item_names(plan: Plan, setting_id: str) -> dict[str, str]:
    """Item descriptions by id, from what was signed for and from the plan now."""
    names: dict[str, str] = {}
    for agreement in agreements.history(plan, setting_id):
        for item in agreement.shown.get("items", []) if isinstance(agreement.shown, dict) else []:
            if isinstance(item, dict) and item.get("id") and item.get("description"):
                names[item["id"]] = item["description"]
    names.update({item.id: item.description for item in plan.items if item.description})
    return names


def history_lines(plan: Plan, setting_id: str, pack: PolicyPack | None = None) -> list[str]:
    """Plain-text lines, newest state first then every decision oldest first (for tests/PDF)."""
    status = agreement_status(plan, setting_id)
    lines = [f"Now: {status.label}"]
    if status.state == AgreementState.CHANGED:
        names = item_names(plan, setting_id)
        lines += [f"Changed: {describe_change(change, names)}" for change in status.changes]
    history = agreements.history(plan, setting_id)
    for number, agreement in enumerate(history, start=1):
        lines.append(wording.describe_agreement(agreement, pack))
        lines += _terms(agreement, pack)
        if agreement.withdrawal is not None:
            withdrawal = agreement.withdrawal
            lines.append(
                f"Withdrawn on {format_long(withdrawal.withdrawn_on)}: {withdrawal.reason} "
                f"(the council was told by {withdrawal.told_by})."
            )
        if number < len(history):
            lines.append("Replaced by the later decision below.")
    return lines


def _terms(agreement: PremisesAgreement, pack: PolicyPack | None) -> list[str]:
    lines = []
    if agreement.decision is Decision.AGREED_WITH_CONDITIONS:
        conditions = wording.condition_labels(pack, agreement.conditions)
        if agreement.other_conditions:
            conditions.append(agreement.other_conditions)
        lines.append("Conditions: " + "; ".join(c.rstrip(". ") for c in conditions) + ".")
    if agreement.decision is Decision.DECLINED and agreement.reasons:
        lines.append(f"Reasons: {agreement.reasons}")
    return lines


class AgreementHistory(QWidget):
    """Shows one setting's agreement history; call `show_setting` whenever the plan changes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.status_label = QLabel()
        self.status_label.setObjectName("agreementStatus")
        self.status_label.setWordWrap(True)
        self.status_label.setStyleSheet("font-weight: bold;")
        self.changes_label = QLabel()
        self.changes_label.setObjectName("agreementChanges")
        self.changes_label.setWordWrap(True)
        self.changes_label.setTextFormat(Qt.TextFormat.RichText)
        self.history_label = QLabel()
        self.history_label.setObjectName("agreementHistory")
        self.history_label.setWordWrap(True)
        self.history_label.setTextFormat(Qt.TextFormat.RichText)
        self.history_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        for label in (self.status_label, self.changes_label, self.history_label):
            layout.addWidget(label)
        layout.addStretch(1)

    def show_setting(self, plan: Plan, setting_id: str, pack: PolicyPack | None = None) -> None:
        status = agreement_status(plan, setting_id)
        setting = plan.setting(setting_id)
        name = setting.name if setting else setting_id
        said = status.label
        if status.valid and status.agreement is not None and status.agreement.carried_over:
            said += ", for the plan before this review: to be confirmed again"
        self.status_label.setText(f"{name}: {said}")
        self.setAccessibleName(f"Agreement history for {name}")
        if status.state == AgreementState.CHANGED:
            names = item_names(plan, setting_id)
            items = "".join(f"<li>{escape(describe_change(c, names))}</li>" for c in status.changes)
            self.changes_label.setText(
                "<p>What changed since it was signed (ask again):</p>" + f"<ul>{items}</ul>"
            )
            self.changes_label.setVisible(True)
        else:
            self.changes_label.clear()
            self.changes_label.setVisible(False)
        entries = []
        history = agreements.history(plan, setting_id)
        for number, agreement in enumerate(history, start=1):
            parts = [escape(wording.describe_agreement(agreement, pack))]
            parts += [escape(line) for line in _terms(agreement, pack)]
            if agreement.withdrawal is not None:
                w = agreement.withdrawal
                parts.append(
                    f"<b>Withdrawn on {escape(format_long(w.withdrawn_on))}</b>: "
                    f"{escape(w.reason)} (the council was told by {escape(w.told_by)})."
                )
            if number < len(history):
                parts.append("<i>Replaced by a later decision.</i>")
            entries.append("<li>" + "<br>".join(parts) + "</li>")
        self.history_label.setText(
            f"<ol>{''.join(entries)}</ol>" if entries else "No decision recorded yet."
        )
