"""Page 8: review and export. What is still to do; where the money goes; the plan's stage and
its timeline (send the draft, record responses, issue the final plan); the requests not agreed;
the draft or final Section J and the plan file."""

from __future__ import annotations

import copy
import importlib.util
import logging
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFont
from PySide6.QtWidgets import (
    QBoxLayout,
    QDialog,
    QFileDialog,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
)

from coplan.domain import dates
from coplan.domain.budget import summarise
from coplan.domain.lifecycle import set_assessment_request
from coplan.domain.model import (
    ManagementOption,
    PlanStatus,
    RefusalScope,
    RefusedRequest,
    ReviewOutcome,
)
from coplan.domain.shown_words import count_of
from coplan.domain.stages import (
    CONSULTEE_WORDS,
    NEXT_DATE_WORDS,
    SERVICE_METHOD_WORDS,
    STATUS_WORDS,
    NextDateKind,
    Stage,
    finding_marker,
    next_date,
)

from . import text
from .chart import BarChart, money_groups
from .export_progress import ExportRunner
from .fields import parse_uk_date, show_date
from .forms_compiled.ui_page_review import Ui_PageReview
from .navigation import PAGE_TITLES, bracket_id, page_for_field
from .page_base import EnterActivates, ListEditor, PlanPage, fill_combo, focus, select_data
from .stage_dialogs import IssueFinalDialog, ResponseDialog, SendDraftDialog
from .text import strip_mnemonic

log = logging.getLogger(__name__)

BLOCKED_START = "The draft cannot be exported yet:"


def blocked_words(stoppers: list) -> str:
    """'The draft cannot be exported yet: 1 thing to fix first (…). First: …'."""
    return (
        f"{BLOCKED_START} {count_of(len(stoppers), 'thing')} to fix first (listed above as "
        f"“Must fix”). First: {stoppers[0].message}"
    )


# What each step of the timeline is called in the audit trail and in the plan's versions.
SENT, RESPONDED, ISSUED = "draft sent", "response recorded", "final plan issued"


class ReviewPage(PlanPage):
    key = "review"
    heading = "Review and export"
    subheading = "What is still to do, where the money goes, and the draft to send out."
    form_class = Ui_PageReview
    jump = Signal(str)  # a finding's field path
    # Export was refused: go to this field to fix it, then come back here (a finding's path,
    # or a page key for input that is not valid).
    fix_and_return = Signal(str)
    read_only_changed = Signal(bool)  # the final plan was issued: the plan is read-only now

    def build(self) -> None:
        ui = self.ui
        self.chart = BarChart(ui.chartHolder)
        self.chart.setObjectName("budgetChart")
        ui.chartLayout.addWidget(self.chart)
        ui.chartLayout.addStretch(1)
        self.requested = self.check(ui.assessmentRequested, parse_uk_date, self._requested)
        self.on_text(ui.sectionI, lambda t: setattr(self.plan, "section_i", t.strip()), "section_i")
        ui.sendDraft.clicked.connect(self.send_draft)
        ui.recordResponse.clicked.connect(self.record_response)
        ui.issueFinal.clicked.connect(self.issue_final)
        # A save may make a sent draft its next revision (saving.save_edit): show it.
        self.session.saved.connect(lambda _plan_id: self._show_stage())
        self.next_review = self.check(
            ui.nextReview, parse_uk_date, lambda v: setattr(self.plan, "next_review_on", v)
        )
        self._enter = EnterActivates(ui.findingsList)
        ui.findingsList.itemActivated.connect(self._activated)
        ui.findingsList.itemClicked.connect(self._activated)
        self._build_refusals()
        ui.exportPlanFile.clicked.connect(self.export_plan_file)
        ui.exportPdf.clicked.connect(self.export_pdf)
        ui.exportWord.clicked.connect(self.export_word)
        self.exporting: ExportRunner | None = None
        self._build_fix_button()
        self._build_dp_agreement()
        if importlib.util.find_spec("coplan.report") is None:
            for button in (ui.exportPdf, ui.exportWord):
                button.setEnabled(False)
                button.setToolTip("The export is not part of this build yet.")

    def _build_dp_agreement(self) -> None:
        """The direct payment agreement here too, once the plan is final: it is often signed
        then, when the other pages are read-only (this box stays usable: signing it is a
        record beside the plan, not an edit of what the plan says). A draft's is on the
        management page."""
        from coplan.domain.model import DP_RECIPIENT_THIRD_PARTY

        from .dp_agreement_panel import DpAgreementPanel

        self.dp_agreement = DpAgreementPanel(self, self, compact=True)
        self.tp_agreement = DpAgreementPanel(
            self, self, compact=True, recipient=DP_RECIPIENT_THIRD_PARTY
        )
        self.ui.leftColumn.addWidget(self.dp_agreement)
        self.ui.leftColumn.addWidget(self.tp_agreement)
        self.dp_agreement_box = self.dp_agreement

    def _build_fix_button(self) -> None:
        """Beside a refused export: straight to the first thing to fix; the wizard then offers
        "Back to export" (one pass: no walking back through the pages)."""
        status = self.ui.exportStatus
        self.fix_button = QPushButton("Go to the first thing to fix", status.parentWidget())
        self.fix_button.setObjectName("goToFix")
        self.fix_button.setVisible(False)
        self._fix_field = ""
        self.fix_button.clicked.connect(lambda: self.fix_and_return.emit(self._fix_field))
        for box in status.parentWidget().findChildren(QBoxLayout):
            index = box.indexOf(status)
            if index >= 0:
                box.insertWidget(index + 1, self.fix_button, 0, Qt.AlignmentFlag.AlignLeft)
                break

    def _offer_fix(self, field: str | None) -> None:
        self._fix_field = field or ""
        self.fix_button.setVisible(bool(field))
        if field:
            self.fix_button.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- requests not agreed ----------------------------------------------------------------
    def _build_refusals(self) -> None:
        ui = self.ui
        fill_combo(ui.refusalScope, text.REFUSAL_SCOPE)
        fill_combo(ui.refusalReviewOutcome, text.REVIEW_OUTCOME)
        self.refusals = ListEditor(
            self,
            ui.refusalList,
            rows=lambda: self.plan.refusals,
            describe=lambda r: r.request.strip() or "(not described yet)",
            show=self._show_refusal,
            create=self._new_refusal,
            remove=self._remove_refusal,
            details=[
                ui.refusalRequest,
                ui.refusalScope,
                ui.refusalRequestedOn,
                ui.refusalDecidedOn,
                ui.refusalRightsToldOn,
                ui.refusalReviewOutcome,
                ui.refusalReviewedOn,
                ui.refusalReasons,
                ui.refusalBlockContract,
            ],
            add_button=ui.addRefusal,
            remove_button=ui.removeRefusal,
            what="request not agreed",
            field="refusals",
        )
        self.on_combo(
            ui.refusalReviewOutcome,
            lambda v: self._edit_refusal("review_outcome", ReviewOutcome(v)),
        )
        self.refusal_dates = {
            attribute: self.check(
                edit,
                parse_uk_date,
                lambda v, a=attribute: self._edit_refusal(a, v),
                key=lambda a=attribute: f"review.refusals.{self._refusal_id()}.{a}",
            )
            for attribute, edit in (
                ("requested_on", ui.refusalRequestedOn),
                ("review_rights_told_on", ui.refusalRightsToldOn),
                ("reviewed_on", ui.refusalReviewedOn),
            )
        }
        self.on_text(
            ui.refusalRequest, lambda t: self._edit_refusal("request", t), "refusals.request"
        )
        self.on_combo(ui.refusalScope, lambda v: self._edit_refusal("scope", RefusalScope(v)))
        self.on_plain(
            ui.refusalReasons, lambda t: self._edit_refusal("reasons", t), "refusals.reasons"
        )
        self.on_text(
            ui.refusalBlockContract,
            lambda t: self._edit_refusal("block_contract_reason", t),
            "refusals.block_contract_reason",
        )
        self.refusal_decided_on = self.check(
            ui.refusalDecidedOn,
            parse_uk_date,
            lambda v: self._edit_refusal("decided_on", v),
            key=lambda: f"review.refusals.{self._refusal_id()}.decided_on",
        )
        rights = self.pack.wording.review_rights.strip()
        ui.refusalRights.setText(
            f"The family's right to ask for a review (printed with each request not agreed): "
            f"{rights}"
            if rights
            else "The policy pack has no words for the family's right to a review."
        )
        ui.refusalRights.setProperty("role", "statement")

    def _refusal_id(self) -> str:
        refusal = self.refusals.current()
        return refusal.id if refusal is not None else "none"

    def _new_refusal(self) -> RefusedRequest:
        refusal = RefusedRequest(id=self.plan.next_short_id("r"), request="")
        self.plan.refusals.append(refusal)
        return refusal

    def _remove_refusal(self, refusal: RefusedRequest) -> None:
        self.plan.refusals.remove(refusal)
        self.session.forget_inputs(f"review.refusals.{refusal.id}.")

    def _show_refusal(self, refusal: RefusedRequest | None) -> None:
        ui = self.ui
        ui.refusalRequest.setText(refusal.request if refusal else "")
        select_data(ui.refusalScope, refusal.scope if refusal else RefusalScope.PART)
        if ui.refusalReasons.toPlainText() != (refusal.reasons if refusal else ""):
            ui.refusalReasons.setPlainText(refusal.reasons if refusal else "")
        ui.refusalBlockContract.setText(refusal.block_contract_reason if refusal else "")
        self.load_check(self.refusal_decided_on, show_date(refusal.decided_on) if refusal else "")
        select_data(
            ui.refusalReviewOutcome, refusal.review_outcome if refusal else ReviewOutcome.NOT_ASKED
        )
        for attribute, check in self.refusal_dates.items():
            self.load_check(check, show_date(getattr(refusal, attribute)) if refusal else "")

    def _edit_refusal(self, attribute: str, value) -> None:
        refusal = self.refusals.current()
        if refusal is not None:
            setattr(refusal, attribute, value)
            self.refusals.update_current_text()

    # -- the stage and its timeline ----------------------------------------------------------
    def _requested(self, value) -> None:
        set_assessment_request(self.plan, self.pack, value)
        self._show_stage()

    def _show_stage(self) -> None:
        """The stage in words, with its dates and who the draft went to; which steps apply."""
        ui, plan = self.ui, self.plan
        lines = [self.stage_words()]
        coming = next_date(plan)
        if coming.kind is not NextDateKind.NONE:
            late = " (passed)" if coming.overdue(date.today()) else ""
            lines.append(f"{NEXT_DATE_WORDS[coming.kind]}: {dates.format_long(coming.on)}{late}.")
        if plan.final_due_on and not plan.is_final and coming.kind is not NextDateKind.FINAL_DUE:
            weeks = self.pack.timescales.final_plan_weeks
            lines.append(
                f"Final plan due by {dates.format_long(plan.final_due_on)} ({weeks} weeks from "
                "the request for assessment)."
            )
        payments = self.payments_words()
        if payments:
            lines.append(payments)
        ui.stageText.setText("\n".join(lines))
        late = coming.overdue(date.today()) and coming.kind is NextDateKind.FINAL_DUE
        ui.stageText.setProperty("role", "error" if late else "")
        ui.stageText.style().unpolish(ui.stageText)
        ui.stageText.style().polish(ui.stageText)
        ui.sendDraft.setEnabled(plan.status is PlanStatus.DRAFT)
        ui.recordResponse.setEnabled(plan.status is PlanStatus.CONSULTATION)
        ui.issueFinal.setEnabled(plan.status is PlanStatus.CONSULTATION)
        ui.exportPdf.setText(
            "Export the fin&al plan (PDF)…" if plan.is_final else "Export the dr&aft (PDF)…"
        )
        self.setSubTitle(
            "What is still to do, where the money goes, and the final plan issued."
            if plan.is_final
            else self.subheading
        )
        self._show_responses()
        notes = plan.to_decide_again
        ui.toDecideAgain.setVisible(bool(notes) and not plan.is_final)
        ui.toDecideAgain.setText(
            "Decided again at this review:\n" + "\n".join(f"• {note}" for note in notes)
        )

    def payments_words(self) -> str:
        """Whether the direct payments may start ("payments may start" is their own stage)."""
        plan = self.plan
        if not any(i.management is ManagementOption.DIRECT_PAYMENT for i in plan.items):
            return ""
        waiting = [f.message for f in self.session.findings if f.stage is Stage.PAYMENTS]
        if plan.is_final and not waiting:
            return "Direct payments may start."
        first = "once the plan is final" if not plan.is_final else ""
        if waiting:
            joined = " ".join(waiting)
            return f"Direct payments can start {first}{' and ' if first else ''}when: {joined}"
        return f"Direct payments can start {first}."

    def stage_words(self) -> str:
        plan = self.plan
        if plan.is_final:
            return (
                f"{STATUS_WORDS[plan.status]} on {dates.format_long(plan.issued_on)}. It is "
                "read-only: changes need a new version (an annual review or an amendment)."
            )
        revision = f" (draft {plan.draft_revision})" if plan.draft_revision > 1 else ""
        if plan.status is PlanStatus.CONSULTATION:
            to = "; ".join(
                f"{c.name} ({CONSULTEE_WORDS[c.role]}, {SERVICE_METHOD_WORDS[c.method]})"
                for c in plan.served_to
            )
            return (
                f"{STATUS_WORDS[plan.status]}{revision} on {dates.format_long(plan.served_on)}"
                f" to {to}. Changing the plan now makes a new draft to send again."
            )
        earlier = plan.earlier_services[-1] if plan.earlier_services else None
        if earlier is not None:
            return (
                f"Draft {plan.draft_revision}, not yet sent. It changed after draft "
                f"{earlier.draft_revision} was sent on {dates.format_long(earlier.served_on)}: "
                "send it again, with a new last day for comments."
            )
        return "Draft, not yet sent for consultation."

    def _show_responses(self) -> None:
        view = self.ui.responsesList
        view.clear()
        for response in self.plan.responses:
            answer = {True: " Can meet the needs.", False: " Cannot meet the needs."}.get(
                response.setting_can_meet_needs, ""
            )
            QListWidgetItem(
                f"{dates.format_long(response.received_on)}, {response.from_name} "
                f"({CONSULTEE_WORDS[response.role]}, on draft {response.draft_revision}):"
                f"{answer} {response.summary}",
                view,
            )
        if not self.plan.responses:
            QListWidgetItem("None recorded yet.", view)

    def _step(self, dialog: QDialog, action: str, detail) -> bool:
        """Run a timeline step's dialog; when done, save, audit it (facts, no names) and keep
        the state it reached as a version."""
        self.session.save_now()
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        session = self.session
        session.edited()
        session.save_now()
        try:
            session.store.record(self.plan.id, actor=session.actor, action=action, detail=detail())
            session.store.snapshot(self.plan, reason=action, actor=session.actor)
        except Exception as error:  # the step is in the plan and saved: say what is missing
            log.exception("the step was not added to the plan's history")
            self.ui.exportStatus.setText(f"Done, but not added to the plan's history ({error}).")
        session.refresh_findings()
        self.load()
        return True

    def send_draft(self) -> bool:
        dialog = SendDraftDialog(self, self.plan, self.pack, today=date.today())
        done = self._step(
            dialog,
            SENT,
            lambda: (
                f"revision {self.plan.draft_revision}; {len(self.plan.served_to)} consulted; "
                f"last day {self.plan.comment_deadline.isoformat()}"
            ),
        )
        if done:
            self.ui.exportStatus.setText(
                f"The draft is sent. The last day for comments is "
                f"{dates.format_long(self.plan.comment_deadline)}."
            )
        return done

    def record_response(self) -> bool:
        dialog = ResponseDialog(self, self.plan, today=date.today())
        return self._step(
            dialog,
            RESPONDED,
            lambda: (
                f"response {self.plan.responses[-1].id}; revision "
                f"{self.plan.responses[-1].draft_revision}; {self.plan.responses[-1].role.value}"
            ),
        )

    def issue_final(self) -> bool:
        dialog = IssueFinalDialog(self, self.plan, self.pack, today=date.today())
        done = self._step(
            dialog,
            ISSUED,
            lambda: f"version {self.plan.version}; issued {self.plan.issued_on.isoformat()}",
        )
        if done:
            self.read_only_changed.emit(True)
        return done

    def set_read_only(self, read_only: bool) -> None:
        """A final plan: nothing on this page edits it; the exports stay."""
        ui = self.ui
        for widget in (ui.refusalsGroup, ui.assessmentRequested, ui.sectionI, ui.nextReview):
            widget.setEnabled(not read_only)

    def load(self) -> None:
        ui, plan = self.ui, self.plan
        from coplan.domain import dp_agreement

        for panel in (self.dp_agreement, self.tp_agreement):
            panel.setVisible(plan.is_final and dp_agreement.needs_agreement(plan, panel.recipient))
            panel.refresh()
        with self.loading():
            self.load_check(self.requested, show_date(plan.assessment_requested_on))
            if ui.sectionI.text() != plan.section_i:
                ui.sectionI.setText(plan.section_i)
            self.load_check(self.next_review, show_date(plan.next_review_on))
        self._show_stage()
        self.refusals.reload()
        held = plan.meeting.held_on
        months = self.pack.timescales.review_months
        ui.nextReview.setPlaceholderText(
            f"within {months} months, by {show_date(dates.next_review(held, months))}"
            if held
            else f"within {months} months of the meeting"
        )
        self.refresh()

    def refresh(self) -> None:
        self._show_findings()
        self._update_blocked_message()
        summary = summarise(self.plan)
        self.chart.set_groups(money_groups(summary))

    def _update_blocked_message(self) -> None:
        """'The draft cannot be exported yet: 2 things to fix' follows the fixes, and goes once
        nothing stops the draft (it said '1 thing(s) to fix' after the fix was made)."""
        shown = self.ui.exportStatus.text()
        if not shown.startswith(BLOCKED_START):
            return
        if self.session.invalid:
            return  # that message names the fields; it is shown again on the next export
        final = self.plan.is_final
        stoppers = [] if final else [f for f in self.session.findings if f.stops(Stage.DRAFT)]
        self.ui.exportStatus.setText(blocked_words(stoppers) if stoppers else "")
        # The offer to go to the fix follows: the next thing to fix, or nothing.
        self._fix_field = stoppers[0].field if stoppers else ""
        self.fix_button.setVisible(bool(stoppers) and not self.fix_button.isHidden())

    def _show_findings(self) -> None:
        view = self.ui.findingsList
        row = view.currentRow()
        view.clear()
        findings = sorted(self.session.findings, key=lambda f: (not f.blocking,))
        link = QFont(view.font())
        link.setUnderline(True)
        for finding in findings:
            page = PAGE_TITLES[page_for_field(finding.field)]
            marker = finding_marker(finding.stage, finding.blocking)
            entry = QListWidgetItem(f"{marker} ({page}): {finding.message}", view)
            entry.setData(Qt.ItemDataRole.UserRole, finding.field)
            entry.setFont(link)
            entry.setToolTip(f"Go to {page}")
        if not findings:
            ready = (
                "Nothing is missing."
                if self.plan.is_final
                else "Nothing is missing: the plan is ready to send out."
            )
            done = QListWidgetItem(ready, view)
            done.setData(Qt.ItemDataRole.UserRole, "")
        if 0 <= row < view.count():
            view.setCurrentRow(row)
        invalid = len(self.session.invalid)
        blocking = sum(1 for f in findings if f.blocking)
        later = sum(1 for f in findings if not f.blocking and f.stage is not None)
        settle = f", {later} to settle" if later else ""  # before the final plan or payments
        label = (
            f"&Still to do: {blocking} to fix{settle}, {len(findings) - blocking - later} to check"
            + (f", {count_of(invalid, 'answer')} not valid yet" if invalid else "")
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
        found = bracket_id(field, "refusals")
        if found:
            refusal = next((r for r in self.plan.refusals if r.id == found[0]), None)
            if refusal is not None:
                self.refusals.select(refusal)
                ui = self.ui
                focus(
                    {
                        "request": ui.refusalRequest,
                        "scope": ui.refusalScope,
                        "requested_on": ui.refusalRequestedOn,
                        "decided_on": ui.refusalDecidedOn,
                        "review_rights_told_on": ui.refusalRightsToldOn,
                        "reviewed_on": ui.refusalReviewedOn,
                        "block_contract_reason": ui.refusalBlockContract,
                    }.get(found[1], ui.refusalReasons)
                )
                return True
        widget = {
            "comment_deadline": self.ui.sendDraft,
            "next_review_on": self.ui.nextReview,
            "served_on": self.ui.sendDraft,
            "section_i": self.ui.sectionI,
            "final_due_on": self.ui.assessmentRequested,
            "status": self.ui.sendDraft,
        }.get(field, self.ui.findingsList)
        if not widget.isEnabled():
            widget = self.ui.findingsList
        focus(widget)
        return True

    # -- export ----------------------------------------------------------------------------
    def _suggested_name(self, suffix: str) -> str:
        from coplan.domain.naming import file_name_stem

        return str(Path.home() / f"{file_name_stem(self.plan)}{suffix}")

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
        self._export_section_j(word=False)

    def export_word(self) -> None:
        self._export_section_j(word=True)

    def _export_section_j(self, *, word: bool) -> None:
        """Section J as a PDF or a Word document, made on a worker thread (`ExportRunner`):
        the window stays live, a progress bar with Cancel shows when it takes a while, and a
        cancelled export leaves no file."""
        if self.exporting is not None:
            return  # one at a time; the buttons are disabled meanwhile
        # The same rule as `coplan export`: a draft with a defect the law or the council's
        # policy forbids is not sent out; the list above says what to fix and jumps to it.
        self._offer_fix(None)
        if self.session.invalid:
            fields = ", ".join(bad.label for bad in self.session.invalid.values())
            self.ui.exportStatus.setText(
                f"{BLOCKED_START} correct what is typed in {fields} first, so "
                "that the draft says what is on the screen."
            )
            first = next(iter(self.session.invalid))
            page = first.split(".", 1)[0]
            self._offer_fix("provision" if page == "items" else page)
            return
        # Only what makes the document wrong stops the draft; what consultation can settle is
        # printed in it as still to settle.
        final = self.plan.is_final
        stoppers = [] if final else [f for f in self.session.findings if f.stops(Stage.DRAFT)]
        if stoppers:
            self.ui.exportStatus.setText(blocked_words(stoppers))
            self._offer_fix(stoppers[0].field)
            return
        what = "final plan" if final else "draft"
        suffix, kind_name, files = (
            (".docx", "Word document", "Word documents (*.docx)")
            if word
            else (".pdf", "PDF", "PDF documents (*.pdf)")
        )
        path, _filter = QFileDialog.getSaveFileName(
            self,
            f"Save the {what} Section J as a {kind_name}"
            if word
            else f"Export the {what} Section J",
            self._suggested_name(f" Section J {what}{suffix}"),
            files,
        )
        if not path:
            return
        if not path.lower().endswith(suffix):
            path += suffix
        if not final:
            self.session.save_now()
        from coplan.report import DocumentKind, export_section_j
        from coplan.store import PlanNotFound

        previous = None
        if self.plan.previous_version_id:
            try:
                previous = self.session.store.load(self.plan.previous_version_id)
            except PlanNotFound:
                previous = None  # the earlier version was purged: no "what changed" part
        # The worker's own copy: editing may go on while it works.
        plan, pack = copy.deepcopy(self.plan), self.pack
        kind = DocumentKind.WORD if word else DocumentKind.PDF

        def job(progress) -> None:
            export_section_j(plan, pack, path, previous=previous, kind=kind, progress=progress)

        self.ui.exportStatus.setText(f"Exporting the {what}…")
        runner = ExportRunner(self, f"Making the {what} Section J ({kind_name})…", job)
        runner.succeeded.connect(lambda: self._exported(plan, path, what, kind_name))
        runner.failed.connect(
            lambda reason: self._export_ended(f"The {what} was not exported: {reason}")
        )
        runner.cancelled.connect(
            lambda: self._export_ended(f"Export cancelled: nothing was saved at {path}.")
        )
        self.exporting = runner
        self._export_buttons(False)
        runner.start()

    def _export_buttons(self, enabled: bool) -> None:
        for button in (self.ui.exportPdf, self.ui.exportWord):
            button.setEnabled(enabled)

    def _export_ended(self, message: str) -> None:
        self.exporting = None
        self._export_buttons(True)
        self.ui.exportStatus.setText(message)

    def wait_for_export(self) -> None:
        """Stop and wait for an export in progress (the window is closing)."""
        if self.exporting is not None:
            self.exporting.wait()

    def _exported(self, plan, path: str, what: str, kind_name: str) -> None:
        self._export_ended(f"{what.capitalize()} written to {path}.")
        store, actor = self.session.store, self.session.actor
        store.record(
            plan.id, actor=actor, action="exported", detail=f"Section J {kind_name} ({what})"
        )
        store.snapshot(plan, reason=f"{what} exported", actor=actor)
        answer = QMessageBox.question(
            self,
            f"Open the {what}?",
            f"The {what} Section J is saved as {path}. Open it now?",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer == QMessageBox.StandardButton.Yes:
            QDesktopServices.openUrl(QUrl.fromLocalFile(path))
