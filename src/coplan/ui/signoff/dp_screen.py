"""The direct payment agreement's signing screen: the person who receives the payments reads
the agreement on the laptop and signs it (drawn, or a typed name and a tick), on a locked screen
that only the case officer's PIN ends.

It is the head teacher's sign-off screen (`screen.SignoffScreen`: the same form, the same lock,
cover, PIN and hand-back) showing one thing only: the direct payment agreement, built from
`dp_agreement.shown_to_recipient` — the very document the signature's fingerprint covers — and
the council's terms in the same words as the PDF (`dp_agreement.terms_sections`). There is no
decision to choose: the screen goes from the agreement straight to "check and sign".
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QButtonGroup, QFormLayout, QFrame, QLabel, QVBoxLayout, QWidget

from coplan.domain import dp_agreement, shown_words
from coplan.domain.dates import format_long
from coplan.domain.dp_agreement import DpAgreementError
from coplan.domain.model import (
    DP_RECIPIENT_FAMILY,
    DP_RECIPIENT_THIRD_PARTY,
    DirectPaymentAgreement,
    Plan,
    SignatureMethod,
)
from coplan.domain.policy import PolicyPack
from coplan.domain.schedule import FREQUENCY_WORDS
from coplan.lock import LockError, OfficerLock

from . import wording
from .screen import Page, SignoffScreen
from .set_pin import SetPinDialog

RECIPIENT_BASIS = {
    "parent": "as the parent, in your own right",
    "young_person": "in your own right, as a young person",
    "nominee": "as the nominee chosen to receive and manage them",
    "representative": "as the representative of a young person who lacks capacity to decide",
}


class DpSigningScreen(SignoffScreen):
    """The recipient's signing (the person paid, or someone for the third party holding the
    money). `agreement` is the signed record once they have signed."""

    _building_for = DP_RECIPIENT_FAMILY

    def __init__(
        self,
        plan: Plan,
        pack: PolicyPack,
        *,
        lock: OfficerLock,
        on_recorded: Callable[[DirectPaymentAgreement], None] | None = None,
        today: date | None = None,
        parent: QWidget | None = None,
        recipient: str = DP_RECIPIENT_FAMILY,
    ) -> None:
        # Read by the builders, which the base class runs while it is being made.
        type(self)._building_for = recipient
        # No setting: the head's parts of the screen find nothing to show and are replaced.
        super().__init__(
            plan, "", pack, lock=lock, on_recorded=on_recorded, today=today, parent=parent
        )
        self.setObjectName("dpSigningScreen")

    # -- building ---------------------------------------------------------------------------
    @property
    def third_party(self) -> bool:
        return self._recipient_key == DP_RECIPIENT_THIRD_PARTY

    def _build_items(self) -> None:
        ui = self.ui
        self._recipient_key = type(self)._building_for
        self._dp_shown = dp_agreement.shown_to_recipient(
            self._plan, self._pack, self._recipient_key
        )
        self._reference = dp_agreement.fingerprint_of(self._dp_shown)[
            : dp_agreement.REFERENCE_LENGTH
        ]
        recipient = self._dp_shown["recipient"]
        self._recipient_name = recipient.get("name", "")
        child = self._dp_shown["child"]
        ui.titleLabel.setText("Your direct payment agreement")
        ui.itemsHeading.setText("Direct payment agreement: please read it")
        basis = RECIPIENT_BASIS.get(recipient.get("kind", ""), "")
        if self.third_party:
            ui.itemsIntro.setText(
                f"{self._recipient_name} will hold money from {self._pack.council} for "
                f"{child}'s support and pay for it (a third-party arrangement: in law a direct "
                f"payment). This is the agreement to sign for {self._recipient_name} (reference "
                f"{self._reference}). Scroll down to read all of it."
            )
        else:
            ui.itemsIntro.setText(
                f"{self._recipient_name}, you will receive direct payments from "
                f"{self._pack.council} for {child}'s support, {basis}. This is the agreement "
                f"you are asked to sign (reference {self._reference}). Scroll down to read all "
                "of it; you can ask the case officer anything before you sign."
            )
        layout = ui.itemsLayout
        heading = QLabel("2. What the direct payments are for")  # numbered as on paper
        heading.setProperty("subheading", True)
        layout.addWidget(heading)
        for number, item in enumerate(self._dp_shown["items"], start=1):
            layout.addWidget(self._dp_item_card(number, item))
        layout.addWidget(self._payments_card())
        for title, paragraphs in dp_agreement.terms_sections(
            self._dp_shown, self._pack, self._plan.next_review_on
        ):
            layout.addWidget(self._text_card(title, paragraphs))
        layout.addStretch(1)

    def _card(self, title: str) -> tuple[QFrame, QVBoxLayout]:
        card = QFrame()
        card.setObjectName("itemCard")
        layout = QVBoxLayout(card)
        layout.setContentsMargins(20, 14, 20, 14)
        heading = QLabel(title)
        heading.setProperty("subheading", True)
        heading.setWordWrap(True)
        heading.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(heading)
        return card, layout

    @staticmethod
    def _rows(layout: QVBoxLayout, rows: list[tuple[str, str]]) -> None:
        form = QFormLayout()
        form.setHorizontalSpacing(24)
        form.setVerticalSpacing(6)
        for label, value in rows:
            name = QLabel(label)
            name.setProperty("hint", True)
            text = QLabel(value)
            text.setWordWrap(True)
            text.setTextFormat(Qt.TextFormat.PlainText)
            form.addRow(name, text)
        layout.addLayout(form)

    def _dp_item_card(self, number: int, item: dict) -> QFrame:
        card, layout = self._card(f"{number}. {item.get('description') or '(no description)'}")
        needs = [f"• {n['summary']}" for n in item.get("needs", []) if n.get("summary")] or [
            "None recorded yet"
        ]
        outcomes = [f"• {text}" for text in item.get("outcomes", [])] or ["None recorded yet"]
        rows = [
            *(
                [("In the plan", f"Provision {item['provision_ref']}")]
                if item.get("provision_ref")
                else []
            ),
            ("Amount", f"{wording.cost(item)}, from the {shown_words.paid_from(item)}"),
            ("How often", shown_words.capitalised(shown_words.how_often(item))),
            ("Who provides it", item.get("delivered_by") or "Not stated yet"),
        ]
        if item.get("setting_name"):
            rows.append(("Where", item["setting_name"]))
        if item.get("when"):
            rows.append(("When", item["when"]))
        rows += [("Needs it meets", "\n".join(needs)), ("Outcomes it meets", "\n".join(outcomes))]
        self._rows(layout, rows)
        return card

    def _payments_card(self) -> QFrame:
        card, layout = self._card("3. How and when the money is paid")
        if self.third_party:
            held = self._dp_shown["recipient"]
            self._rows(
                layout,
                [
                    ("Paid to", self._recipient_name),
                    ("What it holds", held.get("holds") or "Not recorded yet"),
                    ("How it accounts for it", held.get("reports") or "Not recorded yet"),
                ],
            )
            return card
        scheduled = self._dp_shown["schedule"]
        first = scheduled.get("first_payment_on")
        frequency = FREQUENCY_WORDS.get(scheduled.get("frequency"), "")
        rows = [
            (
                "First payment",
                format_long(date.fromisoformat(first)) if first else "Not set yet",
            ),
            ("How often", f"{frequency[:1].upper()}{frequency[1:]}, in advance"),
        ]
        from coplan.domain.schedule import direct_payment_schedule

        schedule = direct_payment_schedule(self._plan, self._pack)
        if schedule is not None:
            words = schedule.plain_words()
            rows.append(("The payments", f"{words[:1].upper()}{words[1:]}."))
            rows.append(("In the year", f"{schedule.total.format()} in all"))
        self._rows(layout, rows)
        return card

    def _text_card(self, title: str, paragraphs: list[str]) -> QFrame:
        card, layout = self._card(title)
        for text in paragraphs:
            label = QLabel(text)
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            layout.addWidget(label)
        return card

    def _build_decision(self) -> None:
        # Nothing to decide: the person signs the agreement, or hands the laptop back.
        self._decisions = QButtonGroup(self)
        self._condition_boxes = []

    def _build_signer(self) -> None:
        ui = self.ui
        if self.third_party:  # whoever signs for the organisation
            ui.nameLabel.setText("Your name")
            ui.signHeading.setText(f"Check and sign for {self._recipient_name}")
        else:
            ui.nameLabel.setText("Your name")
            ui.nameEdit.setText(self._recipient_name)
            ui.nameEdit.setReadOnly(True)  # the agreement is with the person named in it
        ui.signerForm.setRowVisible(ui.roleCombo, False)
        ui.signerForm.setRowVisible(ui.jobTitleEdit, False)
        ui.signerForm.setRowVisible(ui.delegatedByEdit, False)
        ui.dateValue.setText(f"{format_long(self._today)} (set by CoPlan)")
        methods = QButtonGroup(self)
        methods.addButton(ui.drawRadio)
        methods.addButton(ui.typeRadio)
        ui.signaturePad.setAccessibleName("Sign here")
        ui.toDecisionButton.setText("Next: check and sign")
        ui.signButton.setText("Sign the agreement")
        ui.summaryHeading.setText("What you are signing")
        ui.doneHeading.setText("Thank you: the agreement is signed")
        self._show_method()

    def _connect(self) -> None:
        super()._connect()
        ui = self.ui
        for button in (ui.toDecisionButton, ui.signBackButton):
            button.clicked.disconnect()
        ui.toDecisionButton.clicked.connect(lambda: self._go(Page.SIGN))
        ui.signBackButton.clicked.connect(lambda: self._go(Page.ITEMS))

    def _go(self, page: Page) -> None:
        super()._go(page)
        if page is Page.SIGN and not self.third_party:  # the name is given: how to sign
            self.ui.drawRadio.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- signing ----------------------------------------------------------------------------
    def _show_role_rows(self, *_args) -> None:
        """No role to choose: the person signing is the one receiving the payments."""

    def _refresh_summary(self) -> None:
        items = "".join(
            f"<li>{escape(i.get('description') or '(no description)')}: "
            f"{escape(wording.cost(i))}</li>"
            for i in self._dp_shown["items"]
        )
        declaration = self._pack.dp_agreement.declaration if self._pack.dp_agreement else ""
        self.ui.summaryLabel.setText(
            f"<p>The direct payment agreement with {escape(self._pack.council)}, reference "
            f"<b>{escape(self._reference)}</b>, for:</p><ul>{items}</ul>"
            f"<p><b>{escape(declaration)}</b></p>"
            f"<p>Signed on {escape(format_long(self._today))}. If anything in it changes, it "
            "must be signed again.</p>"
        )

    def _sign(self) -> None:
        ui = self.ui
        drawn = ui.drawRadio.isChecked()
        if drawn and ui.signaturePad.is_empty():
            self._say("Draw your signature in the box, or choose to type your name instead.")
            return
        if not drawn and not ui.typedConfirmCheck.isChecked():
            self._say("Tick the box to confirm that your typed name is your signature.")
            return
        try:
            agreement = dp_agreement.record_signing(
                self._plan,
                self._pack,
                signatory_name=ui.nameEdit.text(),
                signed_on=self._today,
                method=SignatureMethod.DRAWN if drawn else SignatureMethod.TYPED,
                signature_svg_path=ui.signaturePad.svg_path() if drawn else "",
                shown=self._dp_shown,
                recipient=self._recipient_key,
            )
        except DpAgreementError as error:
            self._say(str(error))
            return
        self.agreement = agreement
        self._notify(agreement)
        self._show_done(agreement)

    def _show_done(self, agreement) -> None:
        text = (
            f"The direct payment agreement (reference {agreement.reference}) is signed, dated "
            f"{format_long(agreement.signed_on)}. You will get a copy.\n\nPlease hand the "
            "laptop back to the case officer."
        )
        if self.save_error is not None:
            text += "\n\nCoPlan could not save it yet: the case officer must save the plan."
        self.ui.doneText.setText(text)
        self._go(Page.DONE)


def open_dp_signing(
    parent: QWidget | None,
    plan: Plan,
    pack: PolicyPack,
    *,
    lock: OfficerLock,
    on_recorded: Callable[[DirectPaymentAgreement], None] | None = None,
    today: date | None = None,
    recipient: str = DP_RECIPIENT_FAMILY,
) -> DirectPaymentAgreement | None:
    """Show the locked signing screen until the case officer's PIN ends it (blocks).

    Returns the signed record, already added to `plan`, or None when the officer stopped
    without a signature. On first use the officer sets the PIN. `on_recorded(agreement)` runs
    the moment the person signs, before the hand-back (save, audit, snapshot).
    """
    from PySide6.QtWidgets import QMessageBox

    problem = dp_agreement.not_ready(plan, pack, recipient)
    if problem is not None:
        raise DpAgreementError(problem)
    if not lock.is_set() and SetPinDialog(lock, parent).exec() != SetPinDialog.DialogCode.Accepted:
        return None
    try:
        lock.wait_left()  # a damaged PIN file must stop us before the screen locks
    except LockError as error:
        QMessageBox.warning(parent, "The signing screen cannot be locked", str(error))
        return None
    screen = DpSigningScreen(
        plan,
        pack,
        lock=lock,
        on_recorded=on_recorded,
        today=today,
        parent=parent,
        recipient=recipient,
    )
    screen.setWindowState(Qt.WindowState.WindowFullScreen)
    screen.exec()
    while screen.locked:
        screen.exec()  # the window manager hid it; the PIN alone ends it
    agreement = screen.agreement
    screen.deleteLater()
    return agreement
