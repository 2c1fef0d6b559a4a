"""Page 7: the schools' agreement to direct payments on their premises."""

from __future__ import annotations

import importlib.util
import logging
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coplan.domain.fingerprint import AgreementState, agreement_status

from .forms_compiled.ui_page_agreement import Ui_PageAgreement
from .page_base import PlanPage, focus
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
        settled = status.valid and not (status.agreement and status.agreement.carried_over)
        history.status_label.setProperty("role", "ok" if settled else "nudge")
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
        """The child's plan (`naming.file_name_stem`: two children at one school never share a
        name) and the setting's name, with nothing in it that forms a path."""
        from coplan.domain.naming import file_name_stem

        setting = self.plan.setting(setting_id)
        return f"{file_name_stem(self.plan)} - {request_file_name(setting.name if setting else '')}"

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
