"""Driving the wizard as a person does: clicks, key presses and typing, one field at a time."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QWizard,
)

from coplan.domain.model import CostBasis, IndicativeSource, Location, Plan
from coplan.ui.fields import show_date, show_money, show_quantity

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def example_paths() -> list[Path]:
    return sorted(EXAMPLES.glob("*.json"))


def example_ids() -> list[str]:
    return [path.stem for path in example_paths()]


class Driver:
    def __init__(self, qtbot, wizard) -> None:
        self.qtbot = qtbot
        self.wizard = wizard

    # -- primitives ------------------------------------------------------------------------
    def settle(self) -> None:
        self.qtbot.wait(1)

    def click(self, button: QAbstractButton) -> None:
        assert button.isVisible() and button.isEnabled(), button.objectName()
        self.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        self.settle()

    def type(self, widget, text: str) -> None:
        """Replace what the field holds by typing, as a person would (select all, type)."""
        assert widget.isVisible() and widget.isEnabled(), widget.objectName()
        widget.setFocus()
        self.qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        if isinstance(widget, QPlainTextEdit | QLineEdit):
            if text:
                # Typing replaces the selection; newlines typed as Return in a plain text edit.
                lines = text.split("\n")
                for number, line in enumerate(lines):
                    if line:
                        type_text(widget, line)
                    elif number == 0:
                        self.qtbot.keyClick(widget, Qt.Key.Key_Delete)
                    if number < len(lines) - 1:
                        self.qtbot.keyClick(widget, Qt.Key.Key_Return)
            else:
                self.qtbot.keyClick(widget, Qt.Key.Key_Delete)
        self.settle()

    def choose(self, combo: QComboBox, data, *, may_be_refused: bool = False) -> None:
        """Pick an option with the keyboard: Home, then Down until it is chosen."""
        assert combo.isVisible() and combo.isEnabled(), combo.objectName()
        target = combo.findData(data)
        assert target >= 0, (combo.objectName(), data)
        combo.setFocus()
        self.qtbot.keyClick(combo, Qt.Key.Key_Home)
        for _ in range(combo.count()):  # a refused choice snaps back: never loop for ever
            if combo.currentIndex() >= target:
                break
            self.qtbot.keyClick(combo, Qt.Key.Key_Down)
        assert may_be_refused or combo.currentIndex() == target, (combo.objectName(), data)
        self.settle()

    def tick(self, view: QListWidget, wanted: set[str]) -> None:
        """Tick exactly the wanted entries of a checkable list, with arrow keys and Space."""
        view.setFocus()
        for row in range(view.count()):
            entry = view.item(row)
            key = entry.data(Qt.ItemDataRole.UserRole)
            if not key:
                continue
            view.setCurrentRow(row)
            on = entry.checkState() == Qt.CheckState.Checked
            if on != (key in wanted):
                self.qtbot.keyClick(view.viewport(), Qt.Key.Key_Space)
                if (entry.checkState() == Qt.CheckState.Checked) != (key in wanted):
                    rect = view.visualItemRect(entry)
                    self.qtbot.mouseClick(
                        view.viewport(),
                        Qt.MouseButton.LeftButton,
                        pos=rect.topLeft() + _indicator(rect),
                    )
            assert (entry.checkState() == Qt.CheckState.Checked) == (key in wanted), key

    def set_check(self, box, on: bool) -> None:
        """Tick or untick a check box with the keyboard (focus, Space)."""
        if box.isChecked() != on:
            assert box.isVisible() and box.isEnabled(), box.objectName()
            box.setFocus()
            self.qtbot.keyClick(box, Qt.Key.Key_Space)
        assert box.isChecked() == on

    def next(self) -> None:
        self.click(self.wizard.button(QWizard.WizardButton.NextButton))

    def page(self):
        return self.wizard.currentPage()

    # -- the whole meeting -----------------------------------------------------------------
    def enter_plan(self, plan: Plan) -> None:
        """Type every part of `plan` that the wizard edits, page by page, pressing Next."""
        self.meeting(plan)
        self.next()
        self.what_matters(plan)
        self.next()
        self.outcomes(plan)
        self.next()
        self.budget(plan)
        self.next()
        self.provision(plan)
        self.next()
        self.management(plan)
        self.next()
        self.next()  # school agreement: recorded on the sign-off screen (another issue)
        self.review(plan)

    def meeting(self, plan: Plan) -> None:
        page = self.page()
        ui = page.ui
        assert page.key == "meeting"
        self.choose(ui.meetingKind, plan.meeting.kind)
        self.type(ui.meetingDate, show_date(plan.meeting.held_on))
        self.type(ui.childFullName, plan.child.full_name)
        self.type(ui.childPreferredName, plan.child.preferred_name)
        self.type(ui.childDob, show_date(plan.child.date_of_birth))
        while ui.attendeeList.count():
            ui.attendeeList.setCurrentRow(0)
            self.click(ui.removeAttendee)
        for attendee in plan.meeting.attendees:
            self.click(ui.addAttendee)
            self.type(ui.attendeeName, attendee.name)
            self.choose(ui.attendeeRole, attendee.role)
            self.type(ui.attendeeNote, attendee.note)
        for setting in plan.settings:
            self.click(ui.addSetting)
            self.type(ui.settingName, setting.name)
            self.choose(ui.settingKind, setting.kind)
            self.type(ui.settingHeadName, setting.head_name)
            self.type(ui.settingHeadRole, setting.head_role)
            self.type(ui.settingUrn, setting.urn)

    def what_matters(self, plan: Plan) -> None:
        self.type(self.page().ui.whatMatters, "\n".join(plan.what_matters))

    def outcomes(self, plan: Plan) -> None:
        ui = self.page().ui
        for outcome in plan.outcomes:
            self.click(ui.addOutcome)
            self.type(ui.outcomeText, outcome.text)
            self.choose(ui.outcomeArea, outcome.area)
            self.type(ui.outcomeTargetDate, show_date(outcome.target_date))
        for need in plan.needs:
            self.click(ui.addNeed)
            self.choose(ui.needSection, need.section)
            self.type(ui.needSummary, need.summary)

    def budget(self, plan: Plan) -> None:
        page = self.page()
        ui = page.ui
        indicative = plan.indicative
        if indicative.source is IndicativeSource.RAS:
            self.click(ui.sourceRas)
            for question_id, answer_id in indicative.ras_answers.items():
                self.choose(page.questions[question_id], answer_id)
        else:
            self.click(ui.sourceManual)
            for stream, check in page.manual.items():
                self.type(check.edit, show_money(indicative.amounts.get(stream, _zero())))
            self.type(ui.manualReason, indicative.manual_reason)
        if indicative.override is not None:
            ui.overrideGroup.setFocus()
            self.qtbot.keyClick(ui.overrideGroup, Qt.Key.Key_Space)
            assert ui.overrideGroup.isChecked()
            for stream, check in page.override.items():
                self.type(check.edit, show_money(indicative.override.amounts.get(stream, _zero())))
            self.type(ui.overrideReason, indicative.override.reason)
            self.type(ui.overrideDate, show_date(indicative.override.decided_on))
            self.type(ui.overrideBy, indicative.override.decided_by)

    def provision(self, plan: Plan) -> None:
        page = self.page()
        ui = page.ui
        for item in plan.items:
            self.click(ui.addItem)
            self.type(ui.itemDescription, item.description)
            self.choose(ui.itemCategory, item.category)
            self.choose(ui.itemFunding, item.funding)
            # How it is managed is chosen with the item (one pass through the meeting).
            self.choose(page.managed_as, item.management)
            self.choose(ui.itemCostBasis, item.cost_basis)
            if item.cost_basis is CostBasis.RECURRING:
                self.type(ui.itemUnitCost, show_money(item.unit_cost))
                self.type(ui.itemUnit, item.unit)
                self.choose(ui.itemFrequency, item.frequency)
                self.type(ui.itemUnitsPerWeek, show_quantity(item.units_per_period))
                if ui.itemWeeksPerYear.isVisible():  # not for a block or so many a year
                    self.type(ui.itemWeeksPerYear, show_quantity(item.periods_per_year))
                self.choose(ui.itemRunsIn, item.runs_in)
                if item.ends_on is not None:
                    self.type(ui.itemEndsOn, show_date(item.ends_on))
            else:
                self.type(ui.itemOneOffCost, show_money(item.one_off_cost))
            if item.starts_on is not None:
                self.type(ui.itemStartsOn, show_date(item.starts_on))
            self.type(ui.itemDeliveredBy, item.delivered_by)
            if item.provision_ref:
                self.type(ui.itemProvisionRef, item.provision_ref)
            self.type(ui.itemWhen, item.when)
            self.choose(ui.itemLocation, item.location)
            if item.location is Location.SETTING_PREMISES:
                self.choose(ui.itemSetting, item.setting_id)
                for requirement, box in page.on_site.items():
                    self.set_check(box, requirement in item.on_site_requirements)
            self.tick(ui.itemOutcomes, set(item.outcome_ids))
            self.tick(ui.itemNeeds, set(item.need_ids))
            for condition_id, evidence in item.condition_evidence.items():
                self.type(page.condition_edits[condition_id], evidence)
        # A reason box shows for each stream over its indicative figure: type the plan's.
        for stream, reason in plan.over_budget_reasons.items():
            _label, edit = page.over_reasons[stream]
            if reason and edit.isVisible():
                self.type(edit, reason)

    def management(self, plan: Plan) -> None:
        page = self.page()
        ui = page.ui
        for item in plan.items:  # chosen on the Provision page already: shown here the same
            assert page.item_combos[item.id].currentData() == item.management.value
        dp = plan.direct_payment
        if dp is not None and ui.dpGroup.isEnabled():
            self.choose(ui.dpRecipient, dp.recipient)
            self.type(ui.dpRecipientName, dp.recipient_name)
            if ui.dpNominatedBy.isVisible():
                self.type(ui.dpNominatedBy, dp.nominated_by)
                self.type(ui.dpConsentOn, show_date(dp.young_person_consented_on))
            if ui.dpNomineeRelationship.isVisible():
                self.type(ui.dpNomineeRelationship, dp.nominee_relationship)
            if ui.dpCapacityAssessedOn.isVisible():
                self.type(ui.dpCapacityAssessedOn, show_date(dp.capacity_assessed_on))
                self.type(ui.dpCapacityReference, dp.capacity_assessment_reference)
            if ui.dpCarePlanReference.isVisible():
                self.type(ui.dpCarePlanReference, dp.health_care_plan_reference)
                self.type(ui.dpCarePlanAgreedOn, show_date(dp.health_care_plan_agreed_on))
                self.type(ui.dpCareBoard, dp.integrated_care_board)
            self.choose(ui.dpSchedule, dp.schedule)
            self.type(ui.dpMonitoringTerms, dp.monitoring_terms)
            for attribute, box in page.boxes.items():
                self.set_check(box, getattr(dp, attribute))
            self.type(ui.dpFirstPayment, show_date(dp.first_payment_on))
        tp = plan.third_party
        if tp is not None and ui.thirdPartyGroup.isEnabled():
            self.type(ui.thirdPartyOrganisation, tp.organisation)
            self.type(ui.thirdPartyContact, tp.contact)
            self.type(ui.thirdPartyRole, tp.role)
            self.type(ui.thirdPartyHolds, tp.holds)
            self.type(ui.thirdPartyReports, tp.reports)
            self.set_check(ui.thirdPartyConditions, tp.conditions_confirmed)
        if ui.organisedGroup.isEnabled():
            self.type(ui.organisedHolder, plan.organised_holder)

    def review(self, plan: Plan) -> None:
        ui = self.page().ui
        for refusal in plan.refusals:
            self.click(ui.addRefusal)
            self.type(ui.refusalRequest, refusal.request)
            self.choose(ui.refusalScope, refusal.scope)
            self.type(ui.refusalRequestedOn, show_date(refusal.requested_on))
            self.type(ui.refusalDecidedOn, show_date(refusal.decided_on))
            self.type(ui.refusalRightsToldOn, show_date(refusal.review_rights_told_on))
            self.choose(ui.refusalReviewOutcome, refusal.review_outcome)
            self.type(ui.refusalReviewedOn, show_date(refusal.reviewed_on))
            self.type(ui.refusalReasons, refusal.reasons)
            self.type(ui.refusalBlockContract, refusal.block_contract_reason)
        self.type(ui.assessmentRequested, show_date(plan.assessment_requested_on))
        self.type(ui.nextReview, show_date(plan.next_review_on))


def type_text(widget, text: str) -> None:
    """Send one key press and release per character, with its text (any Unicode, like £ or “)."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for char in text:
        key = ord(char.upper()) if char.isascii() and char.isalnum() else Qt.Key.Key_unknown
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


def _zero():
    from coplan.domain.money import Money

    return Money()


def _indicator(rect):
    from PySide6.QtCore import QPoint

    return QPoint(8, rect.height() // 2)
