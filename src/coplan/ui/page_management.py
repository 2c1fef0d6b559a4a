"""Page 6: how the budget is managed: direct payment, organised arrangement, third party or a mix,
and the direct payment's recipient and payment schedule.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QTableWidgetItem,
    QVBoxLayout,
)

from coplan.domain.budget import summarise
from coplan.domain.model import (
    DP_RECIPIENT_THIRD_PARTY,
    PAID_TO_SOMEONE,
    DirectPaymentArrangement,
    FundingStream,
    ManagementOption,
    PaymentSchedule,
    ProvisionItem,
    RecipientKind,
    ThirdPartyArrangement,
)
from coplan.domain.money import Money
from coplan.domain.schedule import direct_payment_schedule

from . import text
from .fields import (
    parse_uk_date,
    show_date,
)
from .forms_compiled.ui_page_management import Ui_PageManagement
from .navigation import item_field
from .page_base import PlanPage, fill_combo, focus, move_next_to, select_data

SCHEDULE_COLUMNS = ("Month", "Paid in", "Due to be spent", "Left at month end")


class ManagementPage(PlanPage):
    key = "management"
    heading = "How the budget is managed"
    subheading = "For each item: a direct payment, an organised arrangement or a third party."
    form_class = Ui_PageManagement

    def build(self) -> None:
        ui, wording = self.ui, self.pack.wording
        ui.dpExplanation.setText(
            wording.direct_payment or text.MANAGEMENT[ManagementOption.DIRECT_PAYMENT]
        )
        ui.organisedExplanation.setText(
            wording.organised_arrangement or text.MANAGEMENT[ManagementOption.ORGANISED]
        )
        ui.thirdPartyExplanation.setText(
            wording.third_party or text.MANAGEMENT[ManagementOption.THIRD_PARTY]
        )
        ui.dpMonitoringTerms.setPlaceholderText(
            "Leave empty to use the council's standard terms: " + wording.monitoring_terms
            if wording.monitoring_terms
            else "Leave empty to use the council's standard terms"
        )
        fill_combo(ui.dpRecipient, text.RECIPIENT)
        fill_combo(ui.dpSchedule, text.SCHEDULE)
        self.on_combo(ui.dpRecipient, lambda v: self._dp("recipient", RecipientKind(v)))
        self.on_text(
            ui.dpRecipientName,
            lambda t: self._dp("recipient_name", t),
            "direct_payment.recipient_name",
        )
        self.on_text(
            ui.dpNominatedBy,
            lambda t: self._dp("nominated_by", t),
            "direct_payment.nominated_by",
        )
        self.on_text(
            ui.dpNomineeRelationship,
            lambda t: self._dp("nominee_relationship", t),
            "direct_payment.nominee_relationship",
        )
        self.consent_on = self.check(
            ui.dpConsentOn, parse_uk_date, lambda v: self._dp("young_person_consented_on", v)
        )
        self.capacity_on = self.check(
            ui.dpCapacityAssessedOn, parse_uk_date, lambda v: self._dp("capacity_assessed_on", v)
        )
        self.on_text(
            ui.dpCapacityReference,
            lambda t: self._dp("capacity_assessment_reference", t),
            "direct_payment.capacity_assessment_reference",
        )
        self.on_text(
            ui.dpCarePlanReference,
            lambda t: self._dp("health_care_plan_reference", t),
            "direct_payment.health_care_plan_reference",
        )
        self.care_plan_on = self.check(
            ui.dpCarePlanAgreedOn,
            parse_uk_date,
            lambda v: self._dp("health_care_plan_agreed_on", v),
        )
        self.on_text(
            ui.dpCareBoard,
            lambda t: self._dp("integrated_care_board", t),
            "direct_payment.integrated_care_board",
        )
        self.on_combo(ui.dpSchedule, lambda v: self._dp("schedule", PaymentSchedule(v)))
        self.on_plain(
            ui.dpMonitoringTerms,
            lambda t: self._dp("monitoring_terms", t),
            "direct_payment.monitoring_terms",
        )
        self.boxes = {
            "dedicated_account_confirmed": ui.dpDedicatedAccount,
            "appropriate_use_confirmed": ui.dpAppropriateUse,
            "best_interests_confirmed": ui.dpBestInterests,
            "no_adverse_impact_confirmed": ui.dpNoAdverseImpact,
            "efficient_use_confirmed": ui.dpEfficientUse,
        }
        for attribute, box in self.boxes.items():
            box.toggled.connect(lambda on, a=attribute: self._box(a, on))
        # The signed agreement is a record, not a date typed here (ui/dp_agreement_panel.py).
        from .dp_agreement_panel import DpAgreementPanel

        self.dp_agreement = DpAgreementPanel(self, ui.dpAgreementHolder)
        holder = QVBoxLayout(ui.dpAgreementHolder)
        holder.setContentsMargins(0, 0, 0, 0)
        holder.addWidget(self.dp_agreement)
        # A third party holding money is a direct payment in law: its own agreement.
        self.tp_agreement = DpAgreementPanel(
            self, ui.thirdPartyGroup, recipient=DP_RECIPIENT_THIRD_PARTY
        )
        ui.thirdPartyForm.addRow("Its agreement", self.tp_agreement)
        self.first_payment = self.check(
            ui.dpFirstPayment, parse_uk_date, lambda v: self._dp("first_payment_on", v)
        )
        table = ui.dpScheduleTable
        table.setColumnCount(len(SCHEDULE_COLUMNS))
        table.setHorizontalHeaderLabels(list(SCHEDULE_COLUMNS))
        table.verticalHeader().setVisible(False)
        from PySide6.QtWidgets import QHeaderView

        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        ui.dpScheduleSummary.setProperty("role", "figure")
        self.on_text(
            ui.thirdPartyOrganisation,
            lambda t: self._tp("organisation", t),
            "third_party.organisation",
        )
        self.on_text(ui.thirdPartyContact, lambda t: self._tp("contact", t), "third_party.contact")
        self.on_text(ui.thirdPartyRole, lambda t: self._tp("role", t), "third_party.role")
        self.on_text(ui.thirdPartyHolds, lambda t: self._tp("holds", t), "third_party.holds")
        self.on_text(ui.thirdPartyReports, lambda t: self._tp("reports", t), "third_party.reports")
        ui.thirdPartyConditions.toggled.connect(self._tp_conditions)
        self.on_text(
            ui.organisedHolder,
            lambda t: setattr(self.plan, "organised_holder", t),
            "organised_holder",
        )
        self.item_combos: dict[str, QComboBox] = {}

    def load(self) -> None:
        ui, plan = self.ui, self.plan
        self._build_items()
        paid = any(i.management is ManagementOption.DIRECT_PAYMENT for i in plan.items)
        if paid and not plan.is_final:
            from coplan.domain.meeting_defaults import recipient_name_for

            if plan.direct_payment is None and recipient_name_for(plan, RecipientKind.PARENT):
                plan.direct_payment = DirectPaymentArrangement(
                    schedule=self.pack.direct_payments.payment_frequency
                )
            if self._name_recipient_from_meeting():
                self.changed("fill in the person paid from the meeting", step=True)
        dp = plan.direct_payment or DirectPaymentArrangement(
            schedule=self.pack.direct_payments.payment_frequency
        )
        tp = plan.third_party or ThirdPartyArrangement()
        with self.loading():
            select_data(ui.dpRecipient, dp.recipient)
            ui.dpRecipientName.setText(dp.recipient_name)
            ui.dpNominatedBy.setText(dp.nominated_by)
            ui.dpNomineeRelationship.setText(dp.nominee_relationship)
            self.load_check(self.consent_on, show_date(dp.young_person_consented_on))
            self.load_check(self.capacity_on, show_date(dp.capacity_assessed_on))
            ui.dpCapacityReference.setText(dp.capacity_assessment_reference)
            ui.dpCarePlanReference.setText(dp.health_care_plan_reference)
            self.load_check(self.care_plan_on, show_date(dp.health_care_plan_agreed_on))
            ui.dpCareBoard.setText(dp.integrated_care_board)
            select_data(ui.dpSchedule, dp.schedule)
            if ui.dpMonitoringTerms.toPlainText() != dp.monitoring_terms:
                ui.dpMonitoringTerms.setPlainText(dp.monitoring_terms)
            for attribute, box in self.boxes.items():
                box.setChecked(bool(getattr(dp, attribute)))
            self.load_check(self.first_payment, show_date(dp.first_payment_on))
            ui.thirdPartyOrganisation.setText(tp.organisation)
            ui.thirdPartyContact.setText(tp.contact)
            ui.thirdPartyRole.setText(tp.role)
            ui.thirdPartyHolds.setText(tp.holds)
            ui.thirdPartyReports.setText(tp.reports)
            ui.thirdPartyConditions.setChecked(tp.conditions_confirmed)
            ui.organisedHolder.setText(plan.organised_holder)
        self.refresh()

    def _build_items(self) -> None:
        form = self.ui.managementForm
        # Each item's name above its choice: beside it, a narrow column at 1366x768 squeezed
        # the names to nothing and left a column of unlabelled "Direct payment" choices.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        while form.rowCount():
            form.removeRow(0)
        self.item_combos = {}
        if not self.plan.items:
            form.addRow(QLabel("There are no items yet: add them on the Provision page."))
            return
        for item in self.plan.items:
            combo = QComboBox(self.ui.itemManagement)
            combo.setObjectName(f"management_{item.id}")
            fill_combo(combo, text.MANAGEMENT)
            select_data(combo, item.management)
            label = QLabel(
                f"{text.shorten(item.description, 50) or '(not described yet)'} ({item.cost_text()})",
                self.ui.itemManagement,
            )
            label.setWordWrap(True)
            label.setBuddy(combo)
            combo.setAccessibleName(label.text())
            combo.setProperty("coplanLabel", label.text())
            form.addRow(label, combo)
            combo.currentIndexChanged.connect(lambda _i, c=combo, i=item: self._managed(i, c))
            self.item_combos[item.id] = combo
        from .signed_notice import SignedFieldNotices

        # A head's agreement covers how an item she signed for is managed: said at the choice.
        if getattr(self, "signed", None) is not None:
            self.signed.deleteLater()  # the combos it watched were removed with their rows
        self.signed = SignedFieldNotices(
            lambda: self.plan,
            lambda: None,
            {combo: (item_id, "item") for item_id, combo in self.item_combos.items()},
            self.ui.itemManagement,
        )

    def place_in_order(self, order):
        return move_next_to(order, self.item_combos.values(), self.ui.dpRecipient)  # then details

    def _managed(self, item: ProvisionItem, combo: QComboBox) -> None:
        if self.is_loading:
            return
        item.management = ManagementOption(combo.currentData())
        self.changed()
        self.refresh()

    def refresh(self) -> None:
        summary = summarise(self.plan)
        options = {item.management for item in self.plan.items}
        lines = [f"Overall: {text.OVERALL[summary.overall_option]}."]
        for option in ManagementOption:
            if summary.by_management[option]:
                lines.append(f"{text.MANAGEMENT[option]}: {summary.by_management[option].text()}")
        self.ui.overallOption.setText("\n".join(lines))
        ui = self.ui
        ui.dpGroup.setEnabled(ManagementOption.DIRECT_PAYMENT in options)
        ui.dpGroup.setTitle(
            "Direct payment"
            if ManagementOption.DIRECT_PAYMENT in options
            else "Direct payment (no item is paid this way)"
        )
        ui.thirdPartyGroup.setEnabled(ManagementOption.THIRD_PARTY in options)
        ui.organisedGroup.setEnabled(ManagementOption.ORGANISED in options)
        # Only the questions the chosen recipient's basis asks: a nominee's chooser and the
        # young person's consent, a representative's capacity assessment, an NHS care plan.
        kind = ui.dpRecipient.currentData()
        nominee = kind == RecipientKind.NOMINEE
        representative = kind == RecipientKind.REPRESENTATIVE
        ui.dpRecipientNameLabel.setText(
            "N&ame of the nominee"
            if nominee
            else "N&ame of the representative"
            if representative
            else "N&ame of the person paid"
        )
        ui.dpForm.setRowVisible(ui.dpNominatedBy, nominee)
        ui.dpForm.setRowVisible(ui.dpConsentOn, nominee)
        ui.dpForm.setRowVisible(ui.dpNomineeRelationship, nominee or representative)
        ui.dpForm.setRowVisible(ui.dpCapacityAssessedOn, representative)
        ui.dpForm.setRowVisible(ui.dpCapacityReference, representative)
        health = any(
            i.management in PAID_TO_SOMEONE and i.funding is FundingStream.HEALTH
            for i in self.plan.items
        )
        for edit in (ui.dpCarePlanReference, ui.dpCarePlanAgreedOn, ui.dpCareBoard):
            ui.dpForm.setRowVisible(edit, health)
        self._show_schedule()
        self.dp_agreement.refresh()
        self.tp_agreement.refresh()

    def _show_schedule(self) -> None:
        """The payment schedule as the family will receive it, month by month."""
        ui, table = self.ui, self.ui.dpScheduleTable
        schedule = direct_payment_schedule(self.plan, self.pack)
        ui.dpForm.setRowVisible(table, schedule is not None)
        ui.dpForm.setRowVisible(ui.dpScheduleTableLabel, schedule is not None)
        if schedule is None:
            dp_items = self.plan.direct_payment is not None and any(
                i.management is ManagementOption.DIRECT_PAYMENT for i in self.plan.items
            )
            ui.dpScheduleSummary.setText(
                "Enter the first payment date to see the payment schedule." if dp_items else ""
            )
            table.setRowCount(0)
            return
        ui.dpScheduleSummary.setText(
            f"Paid {schedule.plain_words()}. The payments add up to {schedule.total.format()} "
            f"({schedule.cost.text()}), and follow when the support happens."
        )
        rows = [
            (row.label, row.paid_in.format(), row.due.format(), row.balance.format())
            for row in schedule.months_shown
        ]
        rows.append(
            (
                "Total",
                schedule.total.format(),
                Money(sum(r.due.pence for r in schedule.months)).format(),
                schedule.months[-1].balance.format(),
            )
        )
        table.setRowCount(len(rows))
        for number, values in enumerate(rows):
            for column, value in enumerate(values):
                cell = QTableWidgetItem(value)
                if column:
                    cell.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                table.setItem(number, column, cell)

    def _dp(self, attribute: str, value) -> None:
        if self.plan.direct_payment is None:
            # A new arrangement is paid as the council pays, until someone chooses otherwise.
            self.plan.direct_payment = DirectPaymentArrangement(
                schedule=self.pack.direct_payments.payment_frequency
            )
        dp = self.plan.direct_payment
        before = dp.recipient
        setattr(dp, attribute, value)
        if attribute == "recipient" and not self.is_loading:
            self._name_recipient_from_meeting(before)
        if attribute in ("recipient", "schedule", "first_payment_on"):
            self.refresh()
        else:  # whatever the agreement says may now be "to be signed again"
            self.dp_agreement.refresh()

    def _name_recipient_from_meeting(self, before=None) -> bool:
        """Asked once: the person paid is the parent at the meeting (or the young person),
        unless the officer typed someone else."""
        from coplan.domain.meeting_defaults import recipient_name_for

        dp = self.plan.direct_payment
        if dp is None:
            return False
        typed = dp.recipient_name.strip()
        if typed and (before is None or typed != recipient_name_for(self.plan, before)):
            return False  # someone the officer typed: kept
        name = recipient_name_for(self.plan, dp.recipient)
        if name == dp.recipient_name:
            return False
        dp.recipient_name = name
        with self.loading():
            self.ui.dpRecipientName.setText(name)
        return True

    def _box(self, attribute: str, on: bool) -> None:
        if self.is_loading:
            return
        self._dp(attribute, on)
        self.changed()

    def _tp_conditions(self, on: bool) -> None:
        if self.is_loading:
            return
        self._tp("conditions_confirmed", on)
        self.changed()

    def _tp(self, attribute: str, value) -> None:
        if self.plan.third_party is None:
            self.plan.third_party = ThirdPartyArrangement()
        setattr(self.plan.third_party, attribute, value)
        self.tp_agreement.refresh()

    def focus_field(self, field: str) -> bool:
        ui = self.ui
        found = item_field(field)
        if found and found[0] in self.item_combos:
            focus(self.item_combos[found[0]])
            ui.itemsScroll.ensureWidgetVisible(self.item_combos[found[0]])
            return True
        attribute = field.split(".", 1)[1] if "." in field else ""
        widget = None
        if field.startswith("direct_payment"):
            widget = {
                "recipient": ui.dpRecipient,
                "recipient_name": ui.dpRecipientName,
                "nominated_by": ui.dpNominatedBy,
                "young_person_consented_on": ui.dpConsentOn,
                "capacity_assessed_on": ui.dpCapacityAssessedOn,
                "health_care_plan_reference": ui.dpCarePlanReference,
                "first_payment_on": ui.dpFirstPayment,
                **self.boxes,
            }.get(attribute, ui.dpRecipientName)
        elif field.startswith("dp_agreements[third_party]"):
            widget = self.tp_agreement.sign_button
        elif field.startswith("dp_agreements"):
            widget = self.dp_agreement.sign_button
        elif field.startswith("third_party"):
            widget = {
                "holds": ui.thirdPartyHolds,
                "reports": ui.thirdPartyReports,
                "conditions_confirmed": ui.thirdPartyConditions,
            }.get(attribute, ui.thirdPartyOrganisation)
        elif field == "organised_holder":
            widget = ui.organisedHolder
        if widget is None:
            return False
        focus(widget)
        ui.detailScroll.ensureWidgetVisible(widget)
        return True
