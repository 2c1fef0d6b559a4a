"""Pages 7–8: the schools' agreement to direct payments on their premises; review and export."""

from __future__ import annotations

import importlib.util
import logging
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFont
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QLabel,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coplan.domain import dates
from coplan.domain.budget import summarise
from coplan.domain.fingerprint import AgreementState, agreement_status
from coplan.domain.lifecycle import LifecycleError, change_status
from coplan.domain.model import (
    FundingStream,
    ManagementOption,
    PlanStatus,
    RefusalScope,
    RefusedRequest,
)
from coplan.domain.stages import Stage, finding_marker

from . import text
from .chart import BarChart
from .fields import parse_uk_date, show_date
from .forms_compiled.ui_page_agreement import Ui_PageAgreement
from .forms_compiled.ui_page_review import Ui_PageReview
from .navigation import PAGE_TITLES, bracket_id, page_for_field
from .page_base import EnterActivates, ListEditor, PlanPage, fill_combo, focus, select_data
from .text import strip_mnemonic

log = logging.getLogger(__name__)

REQUEST_LABEL = "Print a request for agreement (PDF)…"
PAPER_LABEL = "Record an agreement given on paper or by email…"
WITHDRAW_LABEL = "Record a withdrawal…"
NOT_SAVED = (
    "The decision is in the plan but could not be saved yet ({}). CoPlan keeps trying; "
    "check the save status before closing."
)


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
        self.buttons: dict[str, QPushButton] = {}  # the sign-off button of each setting
        self.actions: dict[str, dict[str, QPushButton]] = {}
        self.histories: dict[str, QWidget] = {}
        self.messages: dict[str, QLabel] = {}

    def load(self) -> None:
        layout = self.ui.settingsLayout
        for box in self.boxes.values():
            layout.removeWidget(box)
            box.hide()
            box.deleteLater()
        self.boxes, self.buttons, self.actions, self.histories, self.messages = {}, {}, {}, {}, {}
        settings = self.plan.settings_needing_agreement()
        self.ui.noneNeeded.setVisible(not settings)
        for index, setting in enumerate(settings):
            box = self._setting_box(setting)
            layout.insertWidget(index + 1, box)
            self.boxes[setting.id] = box

    def _setting_box(self, setting) -> QGroupBox:
        sid = setting.id
        box = QGroupBox(setting.name or "(setting with no name)", self.ui.settingsContainer)
        box.setObjectName(f"agreement_{sid}")
        layout = QVBoxLayout(box)
        head = setting.head_name or "the head"
        role = setting.head_role or "Head"
        layout.addWidget(QLabel(f"{role}: {setting.head_name or 'not named yet'}", box))
        lines = [
            f"• {item.description.strip() or '(not described yet)'}: {item.cost_text()}"
            for item in self.plan.premises_dp_items(sid)
        ]
        items = QLabel("Direct payment items on the premises:\n" + "\n".join(lines), box)
        items.setWordWrap(True)
        items.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(items)

        status = agreement_status(self.plan, sid)
        history = self._history(box, sid)
        history.status_label.setProperty("role", "ok" if status.valid else "nudge")
        layout.addWidget(history)
        self.histories[sid] = history

        asked = status.state != AgreementState.NOT_ASKED
        signoff = self._button(
            box,
            f"signoff_{sid}",
            f"Ask {head} to sign off again…" if asked else f"Ask {head} to sign off…",
        )
        if signoff_available():
            signoff.clicked.connect(lambda _=False, s=sid: self._open_signoff(s))
        else:
            signoff.setEnabled(False)
            signoff.setToolTip("The head teacher's sign-off screen is not part of this build yet.")
        self.buttons[sid] = signoff
        request = self._button(box, f"request_{sid}", REQUEST_LABEL)
        request.clicked.connect(lambda _=False, s=sid: self.print_request(s))
        paper = self._button(box, f"paper_{sid}", PAPER_LABEL)
        paper.clicked.connect(lambda _=False, s=sid: self.record_paper(s))
        withdraw = self._button(box, f"withdraw_{sid}", WITHDRAW_LABEL)
        withdraw.clicked.connect(lambda _=False, s=sid: self.record_withdrawal(s))
        current = self.plan.current_agreement(sid)
        can_withdraw = current is not None and current.agrees and current.withdrawal is None
        withdraw.setEnabled(can_withdraw)
        if not can_withdraw:
            withdraw.setToolTip("There is no agreement in force to withdraw.")
        if not signoff_available():
            for button in (paper, withdraw):
                button.setEnabled(False)
        self.actions[sid] = {
            "signoff": signoff,
            "request": request,
            "paper": paper,
            "withdraw": withdraw,
        }
        grid = QGridLayout()
        grid.addWidget(signoff, 0, 0)
        grid.addWidget(request, 0, 1)
        grid.addWidget(paper, 1, 0)
        grid.addWidget(withdraw, 1, 1)
        grid.setColumnStretch(2, 1)
        layout.addLayout(grid)

        message = QLabel("", box)
        message.setObjectName(f"message_{sid}")
        message.setWordWrap(True)
        message.setTextFormat(Qt.TextFormat.PlainText)
        message.setVisible(False)
        layout.addWidget(message)
        self.messages[sid] = message
        return box

    def _history(self, parent: QWidget, setting_id: str) -> QWidget:
        if signoff_available():
            from coplan.ui.signoff import AgreementHistory

            history = AgreementHistory(parent)
            history.show_setting(self.plan, setting_id, self.pack)
        else:  # pragma: no cover - a build without the sign-off package
            history = QWidget(parent)
            history.status_label = QLabel(agreement_status(self.plan, setting_id).label, history)
        history.setObjectName(f"history_{setting_id}")
        return history

    @staticmethod
    def _button(parent: QWidget, name: str, label: str) -> QPushButton:
        button = QPushButton(label, parent)
        button.setObjectName(name)
        button.setAccessibleName(strip_mnemonic(label))
        return button

    def _say(self, setting_id: str, message: str, *, error: bool = False) -> None:
        label = self.messages.get(setting_id)
        if label is None:
            return
        label.setText(message)
        label.setProperty("role", "error" if error else "")
        label.style().unpolish(label)
        label.style().polish(label)
        label.setVisible(bool(message))

    # -- what the buttons do ---------------------------------------------------------------
    def _recorder(self, *, errors: list[str] | None = None):
        """`on_recorded` for the sign-off package: save, audit, snapshot (`store_recorder`).

        With `errors`, a failure is kept there for the page to show (the officer's dialogs);
        without, it is raised, so that the head's screen tells them to ask the officer to save.
        Either way the plan is saved again by the autosave as soon as it can be.
        """
        from coplan.ui.signoff import store_recorder

        session = self.session
        record = store_recorder(
            session.store, self.plan, actor=session.actor, save=session.save_whole
        )

        def recorded(agreement) -> None:
            try:
                record(agreement)
            except Exception as error:
                log.exception("the premises decision was not saved")
                session.edited()
                if errors is None:
                    raise
                errors.append(str(error))
                return
            session.saved_elsewhere()

        return recorded

    def _open_signoff(self, setting_id: str) -> None:
        from coplan.lock import OfficerLock
        from coplan.lock.officer_lock import FILE_NAME
        from coplan.ui.signoff import open_signoff

        self.session.save_now()
        folder = self.session.data_folder
        lock = OfficerLock(folder / FILE_NAME) if folder is not None else OfficerLock()
        open_signoff(
            self.window(), self.plan, setting_id, self.pack, lock=lock, on_recorded=self._recorder()
        )
        self._after(setting_id, "signoff")

    def record_paper(self, setting_id: str) -> None:
        """An agreement (or a decline) given on paper or by email, recorded afterwards."""
        from coplan.ui.signoff import record_outside_meeting

        self.session.save_now()
        errors: list[str] = []
        agreement = record_outside_meeting(
            self.window(),
            self.plan,
            setting_id,
            self.pack,
            recorded_by=self.session.actor,
            on_recorded=self._recorder(errors=errors),
        )
        self._after(setting_id, "paper")
        if errors:
            self._say(setting_id, NOT_SAVED.format(errors[0]), error=True)
        elif agreement is not None:
            self._say(setting_id, "The decision is recorded and saved.")

    def record_withdrawal(self, setting_id: str) -> None:
        from coplan.domain.agreements import AgreementError
        from coplan.ui.signoff import record_withdrawal

        self.session.save_now()
        errors: list[str] = []
        try:
            agreement = record_withdrawal(
                self.window(), self.plan, setting_id, on_recorded=self._recorder(errors=errors)
            )
        except AgreementError as error:
            self._after(setting_id, "withdraw")
            self._say(setting_id, str(error), error=True)
            return
        self._after(setting_id, "withdraw")
        if errors:
            self._say(setting_id, NOT_SAVED.format(errors[0]), error=True)
        elif agreement is not None:
            self._say(
                setting_id,
                "The withdrawal is recorded and saved. The direct payments on these premises "
                "must stop or be re-arranged.",
            )

    def request_file_name(self, setting_id: str) -> str:
        """A file name made from the setting's name, with nothing in it that forms a path."""
        setting = self.plan.setting(setting_id)
        return request_file_name(setting.name if setting else "")

    def print_request(self, setting_id: str) -> None:
        """Save the one-page request for premises agreement, audit it, offer to open it."""
        from coplan.domain.agreements import AuditAction
        from coplan.domain.fingerprint import fingerprint
        from coplan.report import ExportError, export_premises_request

        suggested = str(Path.home() / self.request_file_name(setting_id))
        path, _filter = QFileDialog.getSaveFileName(
            self, "Save the request for agreement", suggested, "PDF documents (*.pdf)"
        )
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        self.session.save_now()
        try:
            export_premises_request(self.plan, setting_id, self.pack, path)
        except (ExportError, ValueError) as error:
            self._say(setting_id, f"The request was not saved: {error}", error=True)
            QMessageBox.warning(self, "The request was not saved", str(error))
            return
        session = self.session
        said = f"Request saved as {path}."
        try:
            session.store.record(
                self.plan.id,
                actor=session.actor,
                action=AuditAction.REQUESTED.value,
                detail=f"setting {setting_id}",
                fingerprint=fingerprint(self.plan, setting_id),
            )
        except Exception as error:  # the request exists: a store that is down must not hide it
            log.exception("the request was not added to the audit trail")
            said += f" It could not be added to the plan's history ({error})."
        self._after(setting_id, "request")
        self._say(setting_id, said)
        answer = QMessageBox.question(
            self,
            "Open the request?",
            f"The request for agreement is saved as {path}. Open it now to print it?",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer == QMessageBox.StandardButton.Yes:
            QDesktopServices.openUrl(QUrl.fromLocalFile(path))

    def _after(self, setting_id: str, action: str) -> None:
        """Show the new state everywhere: this page, the findings and the side list; save."""
        if self.session.dirty:
            self.session.save_now()
        self.session.refresh_findings()
        self.load()
        button = self.actions.get(setting_id, {}).get(action)
        if button is not None:
            QTimer.singleShot(0, button, lambda: self._focus_action(setting_id, action))

    def _focus_action(self, setting_id: str, action: str) -> None:
        box = self.boxes.get(setting_id)
        if box is None:
            return
        self.ui.settingsScroll.ensureWidgetVisible(box)
        button = self.actions[setting_id][action]
        focus(button if button.isEnabled() else self.actions[setting_id]["signoff"])

    def focus_field(self, field: str) -> bool:
        for setting_id, button in self.buttons.items():
            if field == f"premises[{setting_id}]":
                self.ui.settingsScroll.ensureWidgetVisible(self.boxes[setting_id])
                focus(button if button.isEnabled() else self.boxes[setting_id])
                return True
        return False


def request_file_name(setting_name: str) -> str:
    """'Meadowbank Primary School - request for agreement.pdf': letters, digits, spaces and
    hyphens only (no separators, dots or drive letters), at most 60 of them."""
    safe = "".join(ch if ch.isalnum() or ch in " -_" else " " for ch in setting_name)
    safe = " ".join(safe.split())[:60].strip(" -_") or "setting"
    return f"{safe} - request for agreement.pdf"


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
        self.on_combo(ui.planStatus, self._status_chosen)
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
        self._build_refusals()
        ui.exportPlanFile.clicked.connect(self.export_plan_file)
        ui.exportPdf.clicked.connect(self.export_pdf)
        if importlib.util.find_spec("coplan.report") is None:
            ui.exportPdf.setEnabled(False)
            ui.exportPdf.setToolTip("The PDF export is not part of this build yet.")

    # -- requests not agreed ----------------------------------------------------------------
    def _build_refusals(self) -> None:
        ui = self.ui
        fill_combo(ui.refusalScope, text.REFUSAL_SCOPE)
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
                ui.refusalDecidedOn,
                ui.refusalReasons,
                ui.refusalBlockContract,
            ],
            add_button=ui.addRefusal,
            remove_button=ui.removeRefusal,
            what="request not agreed",
            field="refusals",
        )
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

    def _edit_refusal(self, attribute: str, value) -> None:
        refusal = self.refusals.current()
        if refusal is not None:
            setattr(refusal, attribute, value)
            self.refusals.update_current_text()

    def _status_chosen(self, value) -> None:
        """Through the domain's lifecycle: serving sets the dates; refusals say why."""
        try:
            change_status(self.plan, self.pack, PlanStatus(value), on=date.today())
        except LifecycleError as refused:
            self.ui.exportStatus.setText(str(refused))
            with self.loading():
                select_data(self.ui.planStatus, self.plan.status)
            return
        self.ui.exportStatus.setText("")
        with self.loading():
            self.load_check(self.served_on, show_date(self.plan.served_on))
            self.load_check(self.deadline, show_date(self.plan.comment_deadline))
            self.load_check(self.next_review, show_date(self.plan.next_review_on))

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
        self.refusals.reload()
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
            marker = finding_marker(finding.stage, finding.blocking)
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
                        "decided_on": ui.refusalDecidedOn,
                        "block_contract_reason": ui.refusalBlockContract,
                    }.get(found[1], ui.refusalReasons)
                )
                return True
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
        # The same rule as `coplan export`: a draft with a defect the law or the council's
        # policy forbids is not sent out; the list above says what to fix and jumps to it.
        if self.session.invalid:
            fields = ", ".join(bad.label for bad in self.session.invalid.values())
            self.ui.exportStatus.setText(
                f"The draft cannot be exported yet: correct what is typed in {fields} first, so "
                "that the draft says what is on the screen."
            )
            return
        # Only what makes the document wrong stops the draft; what consultation can settle is
        # printed in it as still to settle.
        stoppers = [f for f in self.session.findings if f.stops(Stage.DRAFT)]
        if stoppers:
            self.ui.exportStatus.setText(
                f"The draft cannot be exported yet: {len(stoppers)} thing(s) to fix first "
                "(listed above as “Must fix”)."
            )
            self.ui.findingsList.setFocus()
            return
        path, _filter = QFileDialog.getSaveFileName(
            self,
            "Export the draft Section J",
            self._suggested_name(" Section J draft.pdf"),
            "PDF documents (*.pdf)",
        )
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        self.session.save_now()
        from coplan.report import ExportError, export_section_j
        from coplan.store import PlanNotFound

        previous = None
        if self.plan.previous_version_id:
            try:
                previous = self.session.store.load(self.plan.previous_version_id)
            except PlanNotFound:
                previous = None  # the earlier version was purged: no "what changed" part
        self.ui.exportStatus.setText("Exporting the draft…")
        QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        try:
            QApplication.processEvents()
            export_section_j(self.plan, self.pack, path, previous=previous)
        except (ExportError, OSError) as exc:
            self.ui.exportStatus.setText(f"The draft was not exported: {exc}")
            return
        finally:
            QApplication.restoreOverrideCursor()
        store, actor = self.session.store, self.session.actor
        store.record(self.plan.id, actor=actor, action="exported", detail="Section J PDF")
        store.snapshot(self.plan, reason="draft exported", actor=actor)
        self.ui.exportStatus.setText(f"Draft written to {path}.")
        answer = QMessageBox.question(
            self,
            "Open the draft?",
            f"The draft Section J is saved as {path}. Open it now?",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer == QMessageBox.StandardButton.Yes:
            QDesktopServices.openUrl(QUrl.fromLocalFile(path))
