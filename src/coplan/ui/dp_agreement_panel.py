"""A direct payment agreement where direct payments are managed (the management page: the
family's in the Direct payment box, the third party's in its box; and on the review page once
the plan is final): its state in the same words as the PDF ("Signed on …", "To be signed again:
…"), and the three ways to deal with it: save it as a PDF, have it signed on the laptop (the
locked signing screen), or record it as signed on paper quoting its reference.

Saving a signature writes the plan, an audit line (ids, the reference and the fingerprint only:
never a name) and a snapshot, as a head's sign-off does.
"""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coplan.domain import dp_agreement
from coplan.domain.dp_agreement import DpAgreementError, DpAgreementState
from coplan.domain.model import (
    DP_RECIPIENT_FAMILY,
    DP_RECIPIENT_THIRD_PARTY,
    DirectPaymentAgreement,
    Plan,
    SignatureMethod,
)
from coplan.domain.policy import PolicyPack
from coplan.plan_file.limits import CODE_TEXT, max_length

from .text import strip_mnemonic

log = logging.getLogger(__name__)

PDF_LABEL = "Save the agreement as a PDF…"
SIGN_LABEL = "Sign it on this laptop…"
PAPER_LABEL = "Record it as signed on paper…"
# The same three, shorter, where they stand side by side under the agreement's name.
SHORT_LABELS = {
    PDF_LABEL: "Save as PDF…",
    SIGN_LABEL: "Sign on this laptop…",
    PAPER_LABEL: "Signed on paper…",
    "Sign it again on this laptop…": "Sign again on this laptop…",
}
NOT_SAVED = (
    "The signature is in the plan but could not be saved yet ({}). CoPlan keeps trying; check "
    "the save status before closing."
)


def file_name(plan: Plan, recipient: str = DP_RECIPIENT_FAMILY) -> str:
    """'Direct payment agreement.pdf': no name of the family in it (a file name is seen in
    folders and e-mail lists); the reference inside says which plan it is."""
    if recipient == DP_RECIPIENT_THIRD_PARTY:
        return "Direct payment agreement (third party).pdf"
    return "Direct payment agreement.pdf"


class PaperSigningDialog(QDialog):
    """Record that the person receiving the payments signed the agreement on paper: the date
    they signed and the reference printed on the signed copy (checked against the agreement as
    it is now, so a copy of an older version is refused with the reason)."""

    def __init__(
        self,
        plan: Plan,
        pack: PolicyPack,
        *,
        recorded_by: str = "",
        today: date | None = None,
        parent: QWidget | None = None,
        recipient: str = DP_RECIPIENT_FAMILY,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("dpPaperDialog")
        self._recipient = recipient
        third_party = recipient == DP_RECIPIENT_THIRD_PARTY
        self.setWindowTitle("Record the direct payment agreement as signed on paper")
        self._plan, self._pack = plan, pack
        self.agreement: DirectPaymentAgreement | None = None
        today = today or date.today()
        name = dp_agreement.recipient_name(plan, recipient)
        layout = QVBoxLayout(self)
        who = f"someone for {name}" if third_party else name
        intro = QLabel(
            f"Record that {who} signed the direct payment agreement on paper. Type the "
            "reference printed on the signed copy: CoPlan checks it against the agreement as "
            "it is now, so that a copy of an earlier version is not taken as agreeing to this "
            "one."
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(intro)
        form = QFormLayout()
        self.name_edit = QLineEdit("" if third_party else name)
        self.name_edit.setObjectName("dpPaperName")
        self.name_edit.setReadOnly(not third_party)  # the family's is with the person named
        self.name_edit.setMaxLength(max_length("dp_agreements.signatory_name"))
        self.signed_on_edit = QDateEdit(QDate(today.year, today.month, today.day))
        self.signed_on_edit.setObjectName("dpPaperSignedOn")
        self.signed_on_edit.setDisplayFormat("dd/MM/yyyy")
        self.signed_on_edit.setCalendarPopup(True)
        self.signed_on_edit.setMaximumDate(QDate(today.year, today.month, today.day))
        self.reference_edit = QLineEdit()
        self.reference_edit.setObjectName("dpPaperReference")
        self.reference_edit.setMaxLength(CODE_TEXT)
        self.reference_edit.setPlaceholderText("12 letters and digits, as printed")
        self.recorded_by_edit = QLineEdit(recorded_by)
        self.recorded_by_edit.setObjectName("dpPaperRecordedBy")
        self.recorded_by_edit.setMaxLength(max_length("dp_agreements.recorded_by"))
        for label, widget in (
            (f"Signed for {name} by" if third_party else "Signed by", self.name_edit),
            ("Signed on", self.signed_on_edit),
            ("Reference on the signed copy", self.reference_edit),
            ("Recorded by", self.recorded_by_edit),
        ):
            form.addRow(label, widget)
            widget.setAccessibleName(label)
        layout.addLayout(form)
        self.message = QLabel("")
        self.message.setObjectName("dpPaperMessage")
        self.message.setWordWrap(True)
        self.message.setProperty("role", "error")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Record as signed")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    def accept(self) -> None:
        chosen = self.signed_on_edit.date()
        try:
            self.agreement = dp_agreement.record_signing(
                self._plan,
                self._pack,
                signatory_name=self.name_edit.text(),
                signed_on=date(chosen.year(), chosen.month(), chosen.day()),
                method=SignatureMethod.PAPER,
                recorded_by=self.recorded_by_edit.text(),
                quoted_reference=self.reference_edit.text(),
                recipient=self._recipient,
            )
        except DpAgreementError as error:
            self.message.setText(str(error))
            return
        super().accept()


class DpAgreementPanel(QWidget):
    """The agreement's state and buttons, inside the management page's direct payment box."""

    def __init__(
        self,
        page,
        parent: QWidget | None = None,
        *,
        compact: bool = False,
        recipient: str = DP_RECIPIENT_FAMILY,
    ) -> None:
        """`compact`: a heading and the buttons side by side, no state (the review page).
        `recipient`: the family's direct payment, or the third party's."""
        super().__init__(parent)
        self.recipient = recipient
        third = recipient == DP_RECIPIENT_THIRD_PARTY
        self.setObjectName("tpAgreementPanel" if third else "dpAgreementPanel")
        self._page = page  # the wizard page: its plan, pack, session and window
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.status_label = QLabel("")
        self.status_label.setObjectName("dpAgreementStatus")
        self.status_label.setWordWrap(True)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.status_label)
        self._compact = compact
        self.pdf_button = self._button("dpAgreementPdf", self._label(PDF_LABEL))
        self.sign_button = self._button("dpAgreementSign", self._label(SIGN_LABEL))
        self.paper_button = self._button("dpAgreementPaper", self._label(PAPER_LABEL))
        buttons = (self.sign_button, self.paper_button, self.pdf_button)
        if compact:
            # The buttons in one row, under a heading (the review page, whose stage text already
            # says what stops payments: "… signs the direct payment agreement").
            self.status_label.setVisible(False)
            heading = QLabel("The third party's agreement" if third else "Direct payment agreement")
            heading.setObjectName("dpAgreementHeading")
            layout.addWidget(heading)
            row = QHBoxLayout()
            for button in buttons:
                row.addWidget(button)
            row.addStretch(1)
            layout.addLayout(row)
        else:
            # One button a row: the management page's right-hand column is narrow on a
            # 1366×768 laptop.
            grid = QGridLayout()
            for number, button in enumerate(buttons):
                grid.addWidget(button, number, 0)
            grid.setColumnStretch(1, 1)
            layout.addLayout(grid)
        self.message = QLabel("")
        self.message.setObjectName("dpAgreementMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setVisible(False)
        layout.addWidget(self.message)
        self.pdf_button.clicked.connect(self.save_pdf)
        self.sign_button.clicked.connect(self.sign_on_screen)
        self.paper_button.clicked.connect(self.record_paper)

    def _label(self, label: str) -> str:
        return SHORT_LABELS.get(label, label) if self._compact else label

    def _button(self, name: str, label: str) -> QPushButton:
        button = QPushButton(label, self)
        button.setObjectName(name)
        button.setAccessibleName(strip_mnemonic(label))
        return button

    @property
    def plan(self) -> Plan:
        return self._page.plan

    @property
    def pack(self) -> PolicyPack:
        return self._page.pack

    # -- what it shows -----------------------------------------------------------------------
    def refresh(self) -> None:
        problem = dp_agreement.not_ready(self.plan, self.pack, self.recipient)
        found = dp_agreement.status(self.plan, self.pack, self.recipient)
        if problem is not None and found.agreement is None:
            text, role = problem, "nudge"
        else:
            text = f"{found.label}."
            if found.state == DpAgreementState.CHANGED:
                text += " Changed since: " + "; ".join(c[:1].lower() + c[1:] for c in found.changes)
                text += ". No payment can be made until it is signed again."
            elif found.state == DpAgreementState.NOT_SIGNED:
                text += " No payment can be made until it is signed."
            if problem is None:
                text += (
                    f" Reference {dp_agreement.reference(self.plan, self.pack, self.recipient)}."
                )
            role = "ok" if found.valid else "nudge"
        self.status_label.setText(text)
        self.status_label.setProperty("role", role)
        self.status_label.style().unpolish(self.status_label)
        self.status_label.style().polish(self.status_label)
        ready = problem is None
        for button in (self.pdf_button, self.sign_button, self.paper_button):
            button.setEnabled(ready)
            button.setToolTip("" if ready else problem)
        signed = found.valid
        label = self._label(
            "Sign it again on this laptop…" if found.agreement and not signed else SIGN_LABEL
        )
        self.sign_button.setText(label)
        self.sign_button.setAccessibleName(strip_mnemonic(label))
        self.sign_button.setEnabled(ready and not signed)
        self.paper_button.setEnabled(ready and not signed)
        if signed:
            for button in (self.sign_button, self.paper_button):
                button.setToolTip("The agreement as it is now is already signed.")

    def say(self, message: str, *, error: bool = False) -> None:
        self.message.setText(message)
        self.message.setProperty("role", "error" if error else "")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.setVisible(bool(message))

    # -- what the buttons do ------------------------------------------------------------------
    def save_pdf(self) -> None:
        suggested = str(Path.home() / file_name(self.plan, self.recipient))
        path, _filter = QFileDialog.getSaveFileName(
            self, "Save the direct payment agreement", suggested, "PDF documents (*.pdf)"
        )
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        self.export_to(path)

    def export_to(self, path: str) -> bool:
        from coplan.report import ExportError, export_dp_agreement

        session = self._page.session
        session.save_now()
        try:
            export_dp_agreement(self.plan, self.pack, path, recipient=self.recipient)
        except (ExportError, ValueError) as error:
            self.say(f"The agreement was not saved: {error}", error=True)
            QMessageBox.warning(self, "The agreement was not saved", str(error))
            return False
        said = f"Agreement saved as {path}."
        try:
            session.store.record(
                self.plan.id,
                actor=session.actor,
                action=dp_agreement.AUDIT_PRINTED,
                detail=(
                    f"{self.recipient}; reference "
                    f"{dp_agreement.reference(self.plan, self.pack, self.recipient)}"
                ),
                fingerprint=dp_agreement.fingerprint(self.plan, self.pack, self.recipient),
            )
        except Exception as error:  # the PDF exists: a store that is down must not hide it
            log.exception("the printed agreement was not added to the audit trail")
            said += f" It could not be added to the plan's history ({error})."
        self.say(said)
        return True

    def _recorder(self, *, errors: list[str] | None = None):
        """Save, audit and snapshot the moment the agreement is signed."""
        session = self._page.session

        def recorded(agreement: DirectPaymentAgreement) -> None:
            try:
                session.save_whole(self.plan)
                session.store.record(
                    self.plan.id,
                    actor=session.actor,
                    action=dp_agreement.AUDIT_SIGNED,
                    detail=dp_agreement.audit_detail(agreement),
                    fingerprint=agreement.fingerprint,
                )
                session.store.snapshot(
                    self.plan, reason="direct payment agreement signed", actor=session.actor
                )
            except Exception as error:
                log.exception("the signed direct payment agreement was not saved")
                session.edited()
                if errors is None:
                    raise
                errors.append(str(error))
                return
            session.saved_elsewhere()

        return recorded

    def sign_on_screen(self) -> None:
        from coplan.lock import OfficerLock
        from coplan.lock.officer_lock import FILE_NAME
        from coplan.ui.signoff.dp_screen import open_dp_signing

        session = self._page.session
        session.save_now()
        folder = session.data_folder
        lock = OfficerLock(folder / FILE_NAME) if folder is not None else OfficerLock()
        try:
            agreement = open_dp_signing(
                self.window(),
                self.plan,
                self.pack,
                lock=lock,
                on_recorded=self._recorder(),
                recipient=self.recipient,
            )
        except DpAgreementError as error:
            self.say(str(error), error=True)
            return
        self._after()
        if agreement is not None:
            self.say("The agreement is signed and saved.")

    def record_paper(self) -> None:
        session = self._page.session
        session.save_now()
        dialog = PaperSigningDialog(
            self.plan,
            self.pack,
            recorded_by=session.actor,
            parent=self.window(),
            recipient=self.recipient,
        )
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.agreement is None:
            return
        errors: list[str] = []
        self._recorder(errors=errors)(dialog.agreement)
        self._after()
        if errors:
            self.say(NOT_SAVED.format(errors[0]), error=True)
        else:
            self.say("The agreement is recorded as signed on paper, and saved.")

    def _after(self) -> None:
        """Show the new state: here, in the findings and the side list; save."""
        session = self._page.session
        if session.dirty:
            session.save_now()
        session.refresh_findings()
        self.refresh()
