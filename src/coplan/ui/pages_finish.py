"""Pages 7–8: the schools' agreement to direct payments on their premises; review and export."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QLabel,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from coplan.domain import dates
from coplan.domain.budget import summarise
from coplan.domain.fingerprint import AgreementState, agreement_status
from coplan.domain.model import FundingStream, ManagementOption, PlanStatus

from . import text
from .chart import BarChart
from .fields import parse_uk_date, show_date
from .forms_compiled.ui_page_agreement import Ui_PageAgreement
from .forms_compiled.ui_page_review import Ui_PageReview
from .navigation import PAGE_TITLES, page_for_field
from .page_base import EnterActivates, PlanPage, fill_combo, focus, select_data
from .text import strip_mnemonic


def signoff_available() -> bool:
    try:
        return importlib.util.find_spec("coplan.ui.signoff") is not None
    except (ImportError, ValueError):
        return False


class AgreementPage(PlanPage):
    key = "agreement"
    heading = "School agreement"
    subheading = "Each setting's head agrees in writing to direct payments used on its premises."
    form_class = Ui_PageAgreement

    def build(self) -> None:
        self.boxes: dict[str, QGroupBox] = {}
        self.buttons: dict[str, QPushButton] = {}

    def load(self) -> None:
        layout = self.ui.settingsLayout
        for box in self.boxes.values():
            layout.removeWidget(box)
            box.deleteLater()
        self.boxes, self.buttons = {}, {}
        settings = self.plan.settings_needing_agreement()
        self.ui.noneNeeded.setVisible(not settings)
        for index, setting in enumerate(settings):
            box = self._setting_box(setting)
            layout.insertWidget(index + 1, box)
            self.boxes[setting.id] = box

    def _setting_box(self, setting) -> QGroupBox:
        box = QGroupBox(setting.name or "(setting with no name)", self.ui.settingsContainer)
        box.setObjectName(f"agreement_{setting.id}")
        layout = QVBoxLayout(box)
        head = setting.head_name or "the head"
        role = setting.head_role or "Head"
        layout.addWidget(QLabel(f"{role}: {setting.head_name or 'not named yet'}", box))
        lines = [
            f"• {item.description.strip() or '(not described yet)'}: "
            f"{item.annual_cost.format()} a year"
            for item in self.plan.premises_dp_items(setting.id)
        ]
        items = QLabel("Direct payment items on the premises:\n" + "\n".join(lines), box)
        items.setWordWrap(True)
        items.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(items)
        status = agreement_status(self.plan, setting.id)
        words = [f"Status: {status.label}."]
        agreement = status.agreement
        if agreement is not None and status.state in (
            AgreementState.AGREED,
            AgreementState.AGREED_WITH_CONDITIONS,
            AgreementState.DECLINED,
        ):
            words.append(
                f"Signed by {agreement.signatory_name} ({agreement.signatory_role}) on "
                f"{dates.format_long(agreement.signed_on)}."
            )
            conditions = [
                (self.pack.premises_condition(c).label if self.pack.premises_condition(c) else c)
                for c in agreement.conditions
            ]
            if agreement.other_conditions:
                conditions.append(agreement.other_conditions)
            if conditions:
                words.append("Conditions: " + "; ".join(c.rstrip(". ") for c in conditions) + ".")
            if agreement.reasons:
                words.append(f"Reasons: {agreement.reasons}")
        for change in status.changes:
            words.append(f"Changed since signed: {change.describe()}.")
        label = QLabel("\n".join(words), box)
        label.setObjectName(f"status_{setting.id}")
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setProperty("role", "nudge" if not status.valid else "ok")
        layout.addWidget(label)
        asked = status.state != AgreementState.NOT_ASKED
        button = QPushButton(
            f"Ask {head} to sign off again…" if asked else f"Ask {head} to sign off…", box
        )
        button.setObjectName(f"signoff_{setting.id}")
        if signoff_available():
            button.clicked.connect(lambda _=False, s=setting.id: self._open_signoff(s))
        else:
            button.setEnabled(False)
            button.setToolTip("The head teacher's sign-off screen is not part of this build yet.")
        layout.addWidget(button, alignment=Qt.AlignmentFlag.AlignLeft)
        self.buttons[setting.id] = button
        return box

    def _open_signoff(self, setting_id: str) -> None:
        from coplan.lock import OfficerLock
        from coplan.lock.officer_lock import FILE_NAME
        from coplan.ui.signoff import open_signoff

        self.session.save_now()
        folder = self.session.data_folder
        lock = OfficerLock(folder / FILE_NAME) if folder is not None else OfficerLock()
        open_signoff(
            self.window(),
            self.plan,
            setting_id,
            self.pack,
            lock=lock,
            on_recorded=lambda agreement: self._recorded(setting_id, agreement),
        )
        self._after_signoff()

    def _recorded(self, setting_id: str, agreement) -> None:
        """Save the head's decision at once, with its audit entry and a snapshot."""
        from coplan.domain.agreements import audit_action

        session = self.session
        session.dirty = True
        if not session.save_now():
            raise RuntimeError(session.last_error)
        session.store.record(
            self.plan.id,
            actor=session.actor,
            action=audit_action(agreement).value,
            detail=f"setting {setting_id}",
            fingerprint=agreement.fingerprint,
        )
        session.store.snapshot(self.plan, reason="premises agreement recorded", actor=session.actor)

    def _after_signoff(self) -> None:
        self.session.edited()
        self.load()

    def focus_field(self, field: str) -> bool:
        for setting_id, button in self.buttons.items():
            if field == f"premises[{setting_id}]":
                self.ui.settingsScroll.ensureWidgetVisible(self.boxes[setting_id])
                focus(button if button.isEnabled() else self.boxes[setting_id])
                return True
        return False


class ReviewPage(PlanPage):
    key = "review"
    heading = "Review and export"
    subheading = "What is still to do, where the money goes, and the draft to send out."
    form_class = Ui_PageReview
    jump = Signal(str)  # a finding's field path

    def build(self) -> None:
        ui = self.ui
        self.chart = BarChart(ui.chartHolder)
        self.chart.setObjectName("budgetChart")
        ui.chartLayout.addWidget(self.chart)
        ui.chartLayout.addStretch(1)
        fill_combo(ui.planStatus, text.STATUS)
        self.on_combo(ui.planStatus, lambda v: setattr(self.plan, "status", PlanStatus(v)))
        self.served_on = self.check(ui.servedOn, parse_uk_date, self._served)
        self.deadline = self.check(
            ui.commentDeadline, parse_uk_date, lambda v: setattr(self.plan, "comment_deadline", v)
        )
        self.next_review = self.check(
            ui.nextReview, parse_uk_date, lambda v: setattr(self.plan, "next_review_on", v)
        )
        self._enter = EnterActivates(ui.findingsList)
        ui.findingsList.itemActivated.connect(self._activated)
        ui.findingsList.itemClicked.connect(self._activated)
        ui.exportPlanFile.clicked.connect(self.export_plan_file)
        ui.exportPdf.clicked.connect(self.export_pdf)
        if importlib.util.find_spec("coplan.report") is None:
            ui.exportPdf.setEnabled(False)
            ui.exportPdf.setToolTip("The PDF export is not part of this build yet.")

    def _served(self, value) -> None:
        self.plan.served_on = value
        if value is not None and self.plan.comment_deadline is None:
            days = self.pack.timescales.comment_period_days
            self.plan.comment_deadline = dates.comment_deadline(value, days)
            with self.loading():
                self.deadline.load(show_date(self.plan.comment_deadline))

    def load(self) -> None:
        ui, plan = self.ui, self.plan
        with self.loading():
            select_data(ui.planStatus, plan.status)
            self.load_check(self.served_on, show_date(plan.served_on))
            self.load_check(self.deadline, show_date(plan.comment_deadline))
            self.load_check(self.next_review, show_date(plan.next_review_on))
        held = plan.meeting.held_on
        months = self.pack.timescales.review_months
        ui.nextReview.setPlaceholderText(
            f"within {months} months, by {show_date(dates.next_review(held, months))}"
            if held
            else f"within {months} months of the meeting"
        )
        ui.commentDeadline.setPlaceholderText(
            f"at least {self.pack.timescales.comment_period_days} days after it is sent"
        )
        self.refresh()

    def refresh(self) -> None:
        self._show_findings()
        summary = summarise(self.plan)
        self.chart.set_groups(
            [
                (
                    "By funding stream",
                    [(text.FUNDING[s], summary.by_funding[s]) for s in FundingStream],
                ),
                (
                    "By how it is managed",
                    [(text.MANAGEMENT[o], summary.by_management[o]) for o in ManagementOption],
                ),
            ]
        )

    def _show_findings(self) -> None:
        view = self.ui.findingsList
        row = view.currentRow()
        view.clear()
        findings = sorted(self.session.findings, key=lambda f: (not f.blocking,))
        link = QFont(view.font())
        link.setUnderline(True)
        for finding in findings:
            page = PAGE_TITLES[page_for_field(finding.field)]
            marker = "Must fix" if finding.blocking else "Check"
            entry = QListWidgetItem(f"{marker} ({page}): {finding.message}", view)
            entry.setData(Qt.ItemDataRole.UserRole, finding.field)
            entry.setFont(link)
            entry.setToolTip(f"Go to {page}")
        if not findings:
            done = QListWidgetItem("Nothing is missing: the plan is ready to send out.", view)
            done.setData(Qt.ItemDataRole.UserRole, "")
        if 0 <= row < view.count():
            view.setCurrentRow(row)
        invalid = len(self.session.invalid)
        blocking = sum(1 for f in findings if f.blocking)
        label = (
            f"&Still to do: {blocking} to fix, {len(findings) - blocking} to check"
            + (f", {invalid} answers not valid yet" if invalid else "")
            + " (press Enter on a line to go to it)"
        )
        self.ui.findingsLabel.setText(label)
        view.setAccessibleName(strip_mnemonic(label))
        view.setProperty("coplanLabel", strip_mnemonic(label))

    def _activated(self, entry: QListWidgetItem) -> None:
        field = entry.data(Qt.ItemDataRole.UserRole)
        if field:
            self.jump.emit(field)

    def focus_field(self, field: str) -> bool:
        widget = {
            "comment_deadline": self.ui.commentDeadline,
            "next_review_on": self.ui.nextReview,
            "served_on": self.ui.servedOn,
            "status": self.ui.planStatus,
        }.get(field, self.ui.findingsList)
        focus(widget)
        return True

    # -- export ----------------------------------------------------------------------------
    def _suggested_name(self, suffix: str) -> str:
        called = self.plan.child.called or "plan"
        safe = "".join(ch for ch in called if ch.isalnum() or ch in " -_").strip() or "plan"
        return str(Path.home() / f"{safe} v{self.plan.version}{suffix}")

    def export_plan_file(self) -> None:
        from coplan.plan_file import write_plan

        path, _filter = QFileDialog.getSaveFileName(
            self, "Export the plan file", self._suggested_name(".json"), "Plan files (*.json)"
        )
        if not path:
            return
        self.session.save_now()
        try:
            write_plan(self.plan, path)
        except OSError as exc:
            self.ui.exportStatus.setText(f"The plan file was not written: {exc.strerror or exc}.")
            return
        self.session.store.record(
            self.plan.id, actor=self.session.actor, action="exported", detail="plan file"
        )
        self.ui.exportStatus.setText(f"Plan file written to {path}.")

    def export_pdf(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self,
            "Export the draft Section J",
            self._suggested_name(" Section J draft.pdf"),
            "PDF documents (*.pdf)",
        )
        if not path:
            return
        self.session.save_now()
        from coplan.report import ExportError, export_section_j

        previous = None
        if self.plan.previous_version_id:
            try:
                previous = self.session.store.load(self.plan.previous_version_id)
            except Exception:
                previous = None
        try:
            export_section_j(self.plan, self.pack, path, previous=previous)
        except (ExportError, OSError) as exc:
            self.ui.exportStatus.setText(f"The draft was not exported: {exc}")
            return
        self.session.store.record(
            self.plan.id, actor=self.session.actor, action="exported", detail="Section J PDF"
        )
        self.ui.exportStatus.setText(f"Draft written to {path}.")
