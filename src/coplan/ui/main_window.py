"""The main window: the caseload, search, and the actions on plans."""

from __future__ import annotations

import getpass
import logging
from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent, QSettings, Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHeaderView,
    QInputDialog,
    QMainWindow,
    QMessageBox,
    QPushButton,
)

from coplan.domain import lifecycle
from coplan.domain.model import Attendee, AttendeeRole, IndicativeSource, Plan, PlanStatus
from coplan.domain.officer import fill_officer
from coplan.domain.policy import PolicyPack
from coplan.domain.text_safety import without_unsafe
from coplan.store.records import MAX_ACTOR_CHARS

from . import text
from .caseload import CaseloadModel
from .fields import name_inputs_from_buddies
from .forms_compiled.ui_main_window import Ui_MainWindow
from .navigation import PAGE_KEYS, PAGE_TITLES
from .screen_fit import fit_to_screen, keep_on_screen
from .session import PlanSession, RecoveryMarker
from .text import as_markup

log = logging.getLogger(__name__)

SEARCH_DELAY_MS = 250
UNDO_SECONDS = 15
OPEN_BY_REFRESH_MS = 30_000
LAST_PAGES_KEY = "wizard/pages_left_on"
LAST_PAGES_KEPT = 500


class MainWindow(QMainWindow):
    def __init__(
        self,
        store,
        *,
        data_folder: Path | None,
        pack_id: str | None = None,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__()
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        name_inputs_from_buddies(self)
        fit_to_screen(self, self.width(), self.height())  # the form's size, less a taskbar
        self.store = store
        self.data_folder = data_folder
        self.settings = settings or QSettings("CoPlan", "CoPlan")
        self.pack_id = pack_id or self.settings.value("pack_id", "") or None
        self.recovery = RecoveryMarker(data_folder) if data_folder is not None else None
        self.database_key = None  # set by use_key for an encrypted caseload
        self.wizards: dict[str, object] = {}
        self.single_instance = None  # set by coplan.app: this window holds the data folder
        self._packs: dict[str, PolicyPack] = {}

        self.model = CaseloadModel(store, self)
        view = self.ui.caseloadView
        view.setModel(self.model)
        self._size_columns()
        view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        view.activated.connect(lambda _index: self.open_selected())
        view.selectionModel().selectionChanged.connect(self._update_actions)
        self.model.modelReset.connect(self._select_first_if_none)
        self.model.modelReset.connect(self._update_actions)
        self.model.modelReset.connect(self._update_count)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(
            lambda: self.model.set_search(self.ui.searchField.text())
        )
        self.ui.searchField.textChanged.connect(lambda _t: self._search_timer.start())
        self.ui.searchField.returnPressed.connect(self._open_from_search)
        self.ui.searchField.installEventFilter(self)  # Up and Down choose the plan to open
        self.ui.showBin.toggled.connect(self.model.set_show_bin)
        self.ui.stageFilter.addItem("Every stage", None)
        for status, words in text.STATUS.items():
            self.ui.stageFilter.addItem(words, status.value)
        self.ui.stageFilter.currentIndexChanged.connect(
            lambda _i: self.model.set_stage(self.ui.stageFilter.currentData())
        )

        ui = self.ui
        ui.actionNew.triggered.connect(self.new_plan)
        ui.actionOpen.triggered.connect(self.open_selected)
        ui.actionAnnualReview.triggered.connect(self.start_annual_review)
        ui.actionImport.triggered.connect(self.import_plan_file)
        ui.actionExport.triggered.connect(self.export_plan_file)
        ui.actionDelete.triggered.connect(self.delete_selected)
        ui.actionRestore.triggered.connect(self.restore_selected)
        ui.actionErase.triggered.connect(self.erase_selected)
        ui.actionEmptyBin.triggered.connect(self.empty_bin)
        ui.actionQuit.triggered.connect(self.close)
        ui.actionDataFolder.triggered.connect(self.choose_data_folder)
        ui.actionPolicyPack.triggered.connect(self.choose_pack)
        ui.actionYourName.triggered.connect(self.choose_name)
        ui.actionYourDetails.triggered.connect(self.edit_your_details)
        ui.actionUserGuide.triggered.connect(self.show_user_guide)
        ui.actionLogFolder.triggered.connect(self.open_log_folder)
        ui.actionAbout.triggered.connect(self.show_about)
        self._undo_button = QPushButton("&Undo delete", self)
        self._undo_button.setVisible(False)
        self._undo_button.clicked.connect(self._undo_delete)
        ui.statusbar.addPermanentWidget(self._undo_button)
        self._undo_timer = QTimer(self)
        self._undo_timer.setSingleShot(True)
        self._undo_timer.timeout.connect(lambda: self._undo_button.setVisible(False))
        self._deleted_id: str | None = None
        # On the team database, who has which plan open changes on other computers: look again.
        self._open_by_timer = QTimer(self)
        self._open_by_timer.setInterval(OPEN_BY_REFRESH_MS)
        self._open_by_timer.timeout.connect(self._refresh_open_by)
        self._open_by_timer.start()
        self._select_first_if_none()
        self._update_actions()
        self._update_count()
        self.setTabOrder(ui.searchField, ui.stageFilter)
        self.setTabOrder(ui.stageFilter, ui.showBin)
        self.setTabOrder(ui.showBin, ui.caseloadView)
        ui.searchField.setFocus()
        from .team import TeamFeatures

        self.team = TeamFeatures(self)  # the Team menu; with a team database, sync and its tab

    def showEvent(self, event) -> None:
        super().showEvent(event)
        keep_on_screen(self)

    def use_key(self, key) -> None:
        """The encrypted caseload's key: the recovery marker is sealed with it, and the lock
        screen checks a passphrase against it."""
        self.database_key = key
        if self.data_folder is not None:
            self.recovery = RecoveryMarker(self.data_folder, key=key)

    def _size_columns(self) -> None:
        """Widths from the font, never from the rows: measuring contents would read every page."""
        header = self.ui.caseloadView.horizontalHeader()
        metrics = self.ui.caseloadView.fontMetrics()
        samples = (
            "",
            "Sent for consultation, in the bin",
            "Final plan due 14 September 2027 (late)",
            "Version",
            "23/11/2026 14:05",
        )
        if self.model.shows_open_by:
            from .session import computer_name

            self.model.me = (self.actor, computer_name())
            samples += ("you, a.officer (LAPTOP-123)",)
        for column, sample in enumerate(samples):
            if column:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
                header.resizeSection(column, metrics.horizontalAdvance(sample) + 24)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def _refresh_open_by(self) -> None:
        if self.model.shows_open_by and self.isVisible():
            self.model.refresh()

    # -- helpers ---------------------------------------------------------------------------
    @property
    def actor(self) -> str:
        # Who is recorded in the audit trail: one line of visible text, whatever the settings
        # file or the login name holds (the store refuses control characters in an actor).
        name = _one_line(str(self.settings.value("actor", "") or ""))
        return name or _one_line(getpass.getuser()) or "case officer"

    @property
    def officer(self):
        """The officer's own details from Settings → Your details (`ui.your_details`)."""
        from .your_details import officer_from_settings

        return officer_from_settings(self.settings)

    def pack_for(self, plan_pack_id: str | None = None) -> PolicyPack:
        from coplan.policy import load_pack_by_id

        wanted = plan_pack_id or self.pack_id or None
        key = wanted or ""
        if key not in self._packs:
            try:
                self._packs[key] = load_pack_by_id(wanted)
            except Exception:
                if not plan_pack_id:
                    raise
                log.warning("policy pack of the plan is not available; using the default")
                self._packs[key] = self.pack_for(None)
        return self._packs[key]

    def selected_id(self) -> str | None:
        indexes = self.ui.caseloadView.selectionModel().selectedRows()
        if not indexes:
            current = self.ui.caseloadView.currentIndex()
            if not current.isValid():
                return None
            indexes = [current]
        return self.model.data(indexes[0], Qt.ItemDataRole.UserRole)

    def select_plan(self, plan_id: str) -> None:
        row = self.model.row_of(plan_id)
        if row >= 0:
            view = self.ui.caseloadView
            view.selectRow(row)
            view.scrollTo(self.model.index(row, 0))

    def _select_first_if_none(self) -> None:
        """A row is always chosen when there is one, so that Enter opens it at once."""
        view = self.ui.caseloadView
        if self.model.rowCount() and not view.selectionModel().hasSelection():
            view.selectRow(0)

    def _update_actions(self, *_args) -> None:
        chosen = self.selected_id() is not None
        in_bin = self.model.show_bin
        ui = self.ui
        for action in (ui.actionOpen, ui.actionAnnualReview, ui.actionExport, ui.actionDelete):
            action.setEnabled(chosen and not in_bin)
        ui.actionRestore.setEnabled(chosen and in_bin)
        ui.actionErase.setEnabled(chosen)
        # An annual review starts from the final plan (domain.lifecycle refuses otherwise).
        rows = self.ui.caseloadView.selectionModel().selectedRows()
        summary = self.model.summary(rows[0].row()) if rows else None
        final = summary is not None and summary.status is PlanStatus.FINAL
        ui.actionAnnualReview.setEnabled(chosen and not in_bin and final)
        ui.actionAnnualReview.setToolTip(
            "Start the annual review of this final plan"
            if final
            else "An annual review starts from a final plan: issue the final plan first"
        )

    def _update_count(self) -> None:
        count = self.model.rowCount()
        where = "in the bin" if self.model.show_bin else "in the caseload"
        folder = f" Data folder: {self.data_folder}." if self.data_folder else ""
        plans = "plan" if count == 1 else "plans"
        self.ui.statusbar.showMessage(f"{count:,} {plans} {where}.{folder}")

    def _error(self, title: str, message: str) -> None:
        # A message can quote a file's name or part of a file: a message box reads text that
        # looks like markup as markup ("<b>plan</b>.json"), so it is given escaped markup.
        QMessageBox.warning(self, title, as_markup(message))

    # -- opening plans ---------------------------------------------------------------------
    def open_plan(self, plan: Plan, *, start_page: str | None = None, revision: int | None = None):
        """Open the plan in the meeting wizard. `revision` is the revision `plan` was read at
        (its saves replace it); without it, the store's revision now is taken, which is right
        only for a plan that was just saved or loaded."""
        from .session import computer_name
        from .wizard import PlanWizard

        existing = self.wizards.get(plan.id)
        if existing is not None:
            existing.show()
            existing.raise_()
            existing.activateWindow()
            return existing
        pack = self.pack_for(plan.policy_pack)
        session = PlanSession(
            self.store,
            plan,
            pack,
            actor=self.actor,
            recovery=self.recovery,
            data_folder=self.data_folder,
            revision=self.store.revision(plan.id) if revision is None else revision,
        )
        session.announce_open(computer_name())
        if start_page is None:
            start_page = self.page_left_on(plan.id)
        # A plan made before "Your details" (or on another laptop) takes the officer's details
        # once, saved like any edit; a final plan is never changed.
        if fill_officer(plan, self.officer):
            session.edited()
            session.undo.milestone()  # filled in by CoPlan: not a step of the meeting to undo
        wizard = PlanWizard(session, start_page=start_page)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        session.saved.connect(lambda _id: self._plan_saved())
        wizard.closed.connect(self._wizard_closed)
        wizard.reopen.connect(self._reopen)
        wizard.left_on.connect(self._remember_page)
        wizard.destroyed.connect(lambda _obj=None, pid=plan.id: self.wizards.pop(pid, None))
        self.wizards[plan.id] = wizard
        log.info("opened plan %s (version %s) in the wizard", plan.id, plan.version)
        wizard.show()
        session.set_page(start_page or PAGE_KEYS[0])
        return wizard

    # -- where each plan was left (ids and page keys only: no personal data) ------------------
    def _pages_left_on(self) -> dict[str, str]:
        import json

        try:
            pages = json.loads(str(self.settings.value(LAST_PAGES_KEY, "") or "{}"))
        except ValueError:
            return {}
        if not isinstance(pages, dict):
            return {}
        return {k: v for k, v in pages.items() if isinstance(k, str) and v in PAGE_KEYS}

    def page_left_on(self, plan_id: str) -> str | None:
        """The page the plan was closed on, to open it there again (None: the first page)."""
        return self._pages_left_on().get(plan_id)

    def _remember_page(self, plan_id: str, page: str) -> None:
        import json

        pages = self._pages_left_on()
        pages.pop(plan_id, None)
        pages[plan_id] = page  # newest last; the oldest are forgotten
        kept = dict(list(pages.items())[-LAST_PAGES_KEPT:])
        self.settings.setValue(LAST_PAGES_KEY, json.dumps(kept))

    def _reopen(self, plan: Plan, revision: int, page: str) -> None:
        """The officer chose the version saved elsewhere: show it on the page they were on."""
        QTimer.singleShot(0, self, lambda: self.open_plan(plan, start_page=page, revision=revision))
        self.statusBar().showMessage(
            "You are now working on the saved version; yours is kept in the plan's history.",
            10000,
        )

    def _plan_saved(self) -> None:
        self.model.refresh()
        self._update_count()
        self.team.plan_saved()

    def _wizard_closed(self, plan_id: str) -> None:
        self.wizards.pop(plan_id, None)
        self.model.refresh()
        self.select_plan(plan_id)

    def load_plan(self, plan_id: str) -> Plan | None:
        loaded = self.load_plan_and_revision(plan_id)
        return loaded[0] if loaded else None

    def load_plan_and_revision(self, plan_id: str) -> tuple[Plan, int] | None:
        from coplan.store import StoreError

        try:
            return self.store.load_with_revision(plan_id)
        except StoreError as exc:
            self._error("The plan cannot be opened", str(exc))
            return None

    def eventFilter(self, watched, event) -> bool:
        """Up and Down in the search move the choice in the list, so Enter opens another plan
        found without leaving the search."""
        if watched is self.ui.searchField and event.type() == QEvent.Type.KeyPress:
            step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1}.get(event.key())
            if step is not None and self.model.rowCount():
                view = self.ui.caseloadView
                row = view.currentIndex().row() if view.currentIndex().isValid() else -1
                view.selectRow(max(0, min(self.model.rowCount() - 1, row + step)))
                return True
        return super().eventFilter(watched, event)

    def _open_from_search(self) -> None:
        """Enter in the search: search now (not after the typing pause), open the plan chosen."""
        if self._search_timer.isActive():
            self._search_timer.stop()
            self.model.set_search(self.ui.searchField.text())
            self._select_first_if_none()
        self.open_selected()

    def open_selected(self) -> None:
        plan_id = self.selected_id()
        if plan_id is None or self.model.show_bin:
            return
        if plan_id in self.wizards:
            self.open_plan(self.wizards[plan_id].session.plan)
            return
        loaded = self.load_plan_and_revision(plan_id)
        if loaded is not None:
            self._say_who_has_it_open(plan_id)
            self.open_plan(loaded[0], revision=loaded[1])

    def _say_who_has_it_open(self, plan_id: str) -> None:
        if not getattr(self.store, "is_shared", False):
            return
        try:
            others = self.store.openings([plan_id]).get(plan_id, [])
        except Exception:
            return
        if others:
            who = ", ".join(opening.who for opening in others)
            self.statusBar().showMessage(
                f"Also open by {who}. If you both change it, CoPlan shows each of you what "
                "the other saved before anything is saved over it.",
                15000,
            )

    def new_plan(self):
        from coplan.policy import PolicyPackError

        try:
            pack = self.pack_for()
        except PolicyPackError as exc:
            self._error("A new plan needs a policy pack", _no_pack_message([str(exc)]))
            return None
        plan = Plan(policy_pack=pack.id)
        fill_officer(plan, self.officer)  # who the family replies to
        plan.indicative.source = IndicativeSource.RAS  # the council's questionnaire first
        plan.meeting.held_on = date.today()  # a new plan is started at (or for) the meeting
        # At the meeting: the officer by the name in Your details, else the audit trail's.
        present = plan.officer.name or self.actor
        plan.meeting.attendees.append(Attendee(name=present, role=AttendeeRole.CASE_OFFICER))
        revision = self.store.save(plan, actor=self.actor, action="created", replaces=0)
        log.info("created plan %s under policy pack %s", plan.id, pack.id)
        self.model.refresh()
        return self.open_plan(plan, revision=revision)

    def start_annual_review(self):
        plan_id = self.selected_id()
        if plan_id is None:
            return None
        plan = self.load_plan(plan_id)
        if plan is None:
            return None
        try:  # a new object: the plan itself is not touched until the officer says yes
            new = lifecycle.start_annual_review(plan, on=date.today())
        except lifecycle.LifecycleError as refused:
            self._error("The annual review cannot start yet", str(refused))
            return None
        answer = QMessageBox.question(
            self,
            "Start the annual review?",
            as_markup(
                f"Start the annual review of {plan.child.called or 'this plan'}'s plan? CoPlan "
                f"copies the final plan, version {plan.version}, into a new draft, version "
                f"{plan.version + 1}; the final plan stays as it is."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return None
        revision = self.store.save(
            new, actor=self.actor, action="annual review started", replaces=0
        )
        self.model.refresh()
        self.select_plan(new.id)
        return self.open_plan(new, revision=revision)

    # -- files -----------------------------------------------------------------------------
    def import_plan_file(self, path: str | None = None):
        from coplan.plan_file import PlanFileError, read_plan
        from coplan.store import PlanNotFound, StoreError

        if not path:
            path, _filter = QFileDialog.getOpenFileName(
                self, "Import a plan file", str(Path.home()), "Plan files (*.json)"
            )
        if not path:
            return None
        try:
            plan = read_plan(path)
        except PlanFileError as exc:
            self._error("This file cannot be imported", f"{Path(path).name}: {exc}")
            return None
        try:
            self.store.summary(plan.id)
            exists = True
        except PlanNotFound:
            exists = False
        if exists:
            box = QMessageBox(self)
            box.setIcon(QMessageBox.Icon.Question)
            box.setWindowTitle("This plan is already in the caseload")
            box.setText(
                as_markup(
                    f"{plan.child.called or 'This plan'}'s plan (version {plan.version}) is "
                    "already in the caseload. Replace it with the file, or keep both?"
                )
            )
            replace = box.addButton("Replace it", QMessageBox.ButtonRole.DestructiveRole)
            both = box.addButton("Keep both", QMessageBox.ButtonRole.AcceptRole)
            box.addButton(QMessageBox.StandardButton.Cancel)
            box.setDefaultButton(both)
            box.exec()
            if box.clickedButton() is both:
                from coplan.domain.model import new_id

                plan.id = new_id()
            elif box.clickedButton() is not replace:
                return None
            elif plan.id in self.wizards:
                # The open wizard would write its copy back over the import at its next save.
                self._error(
                    "Close the plan first",
                    "This plan is open in the meeting wizard. Close it, then import again to "
                    "replace it (or choose Keep both).",
                )
                return None
            else:
                self.store.snapshot(
                    self.store.load(plan.id), reason="before import", actor=self.actor
                )
        try:
            self.store.save(plan, actor=self.actor, action="imported")
        except StoreError as exc:
            self._error("This file cannot be imported", str(exc))
            return None
        self.model.refresh()
        self.select_plan(plan.id)
        self.statusBar().showMessage(f"Imported {Path(path).name}.", 5000)
        return plan

    def export_plan_file(self, path: str | None = None) -> bool:
        from coplan.plan_file import write_plan

        plan_id = self.selected_id()
        if plan_id is None:
            return False
        wizard = self.wizards.get(plan_id)
        if wizard is not None:
            wizard.session.save_now()
        plan = self.load_plan(plan_id)
        if plan is None:
            return False
        if not path:
            from coplan.domain.naming import file_name_stem

            suggested = str(Path.home() / f"{file_name_stem(plan)}.json")
            path, _filter = QFileDialog.getSaveFileName(
                self, "Export the plan file", suggested, "Plan files (*.json)"
            )
        if not path:
            return False
        try:
            write_plan(plan, path)
        except OSError as exc:
            self._error("The plan file was not written", str(exc.strerror or exc))
            return False
        self.store.record(plan.id, actor=self.actor, action="exported", detail="plan file")
        log.info("exported plan %s to a plan file", plan.id)
        self.statusBar().showMessage(f"Plan file written to {path}.", 5000)
        return True

    # -- the bin ---------------------------------------------------------------------------
    def delete_selected(self, *, confirm: bool = True) -> bool:
        plan_id = self.selected_id()
        if plan_id is None or self.model.show_bin:
            return False
        summary = self.store.summary(plan_id)
        if confirm:
            answer = QMessageBox.question(
                self,
                "Move this plan to the bin?",
                as_markup(
                    f"Move {summary.called or 'this plan'}'s plan (version {summary.version}) to "
                    "the bin? You can restore it from the bin later (Show plans in the bin)."
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        wizard = self.wizards.get(plan_id)
        if wizard is not None:
            wizard.close()
            if plan_id in self.wizards:
                return False
        self.store.delete(plan_id, actor=self.actor)
        self._deleted_id = plan_id
        self.model.refresh()
        self._update_count()
        self.statusBar().showMessage("Plan moved to the bin.", UNDO_SECONDS * 1000)
        self._undo_button.setVisible(True)
        self._undo_timer.start(UNDO_SECONDS * 1000)
        return True

    def _undo_delete(self) -> None:
        if self._deleted_id is not None:
            self.store.restore(self._deleted_id, actor=self.actor)
            restored, self._deleted_id = self._deleted_id, None
            self._undo_button.setVisible(False)
            self.model.refresh()
            self._update_count()
            self.select_plan(restored)

    def restore_selected(self) -> bool:
        plan_id = self.selected_id()
        if plan_id is None or not self.model.show_bin:
            return False
        self.store.restore(plan_id, actor=self.actor)
        self.model.refresh()
        self._update_count()
        self.statusBar().showMessage("Plan restored to the caseload.", 5000)
        return True

    # -- erasure ---------------------------------------------------------------------------
    def erase_selected(self, *, confirm: bool = True) -> bool:
        """Erase the chosen plan for good, after a confirmation that says what that means."""
        from coplan.store import StoreError

        plan_id = self.selected_id()
        if plan_id is None:
            return False
        summary = self.store.summary(plan_id)
        called = summary.called or "this plan"
        if confirm and not self._confirm_erasure(
            "Erase this plan for good?",
            f"Erase {called}’s plan (version {summary.version}) for good? Every version, "
            "snapshot and line of its history goes, also from CoPlan’s backups on this "
            "computer. Only a line saying that a plan was erased, by you, today, is kept. "
            "This cannot be undone.",
        ):
            return False
        if not self._close_wizard(plan_id):
            return False
        try:
            self.store.erase(plan_id, actor=self.actor)
        except StoreError as exc:
            self._error("The plan was not erased", str(exc))
            return False
        self._erased()
        self.statusBar().showMessage("The plan was erased for good.", 8000)
        return True

    def empty_bin(self, *, confirm: bool = True) -> int:
        """Erase every plan in the bin for good; how many."""
        from coplan.store import StoreError

        count = self.store.count_plans(only_deleted=True)
        if count == 0:
            self.statusBar().showMessage("The bin is empty.", 5000)
            return 0
        plans = "1 plan" if count == 1 else f"{count:,} plans"
        if confirm and not self._confirm_erasure(
            "Empty the bin?",
            f"Erase the {plans} in the bin for good? Every version, snapshot and line of "
            "their history goes, also from CoPlan’s backups on this computer. Only a line "
            "saying that each was erased, by you, today, is kept. This cannot be undone.",
        ):
            return 0
        for summary in self.store.list_plans(only_deleted=True):
            if not self._close_wizard(summary.id):
                return 0
        try:
            erased = self.store.empty_bin(actor=self.actor)
        except StoreError as exc:
            self._error("The bin was not emptied", str(exc))
            return 0
        self._erased()
        self.statusBar().showMessage(f"Erased {plans} for good.", 8000)
        return erased

    def _confirm_erasure(self, title: str, text: str) -> bool:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(title)
        box.setText(as_markup(text))  # it quotes the child's name
        erase = box.addButton("Erase for good", QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton("Keep", QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.exec()
        return box.clickedButton() is erase

    def _close_wizard(self, plan_id: str) -> bool:
        wizard = self.wizards.get(plan_id)
        if wizard is not None:
            wizard.close()
        return plan_id not in self.wizards

    def _erased(self) -> None:
        if self._deleted_id is not None and self.store.revision(self._deleted_id) == 0:
            self._deleted_id = None
            self._undo_button.setVisible(False)
        self.model.refresh()
        self._update_count()

    # -- settings --------------------------------------------------------------------------
    def choose_data_folder(self, folder: str | None = None) -> bool:
        from coplan.store import StoreError, open_store

        if self.wizards:
            self._error("Close the open plans first", "Close every open plan before changing.")
            return False
        if not folder:
            folder = QFileDialog.getExistingDirectory(
                self, "Choose the data folder", str(self.data_folder or Path.home())
            )
        if not folder:
            return False
        from coplan import paths

        from .single_instance import SingleInstance

        holder = None
        if self.single_instance is not None:  # the new folder must be this CoPlan's alone too
            try:
                holder = SingleInstance(paths.data_dir(folder))
            except OSError as exc:
                self._error("That folder cannot be used", str(exc.strerror or exc))
                return False
            if holder.folder != self.single_instance.folder and not holder.acquire():
                self._error(
                    "That folder is in use",
                    "Another CoPlan on this computer has that data folder open. Close it "
                    "first, or choose another folder.",
                )
                return False
        from .unlock import unlock_caseload

        try:
            unlocked = unlock_caseload(folder, None)  # its passphrase, if it is encrypted
            if unlocked is None:
                if holder is not None and holder.held:
                    holder.release()
                return False
            key, _kept_plain = unlocked
            store = open_store(folder, key=key)
        except StoreError as exc:
            if holder is not None and holder.held:
                holder.release()
            self._error("That folder cannot be used", str(exc))
            return False
        if holder is not None and holder.held:
            self.single_instance.release()
            self.single_instance = holder
            holder.setParent(self)
            holder.come_forward.connect(self.come_forward)

        self.store.close()
        self.store = store
        self.data_folder = paths.data_dir(folder)  # its own subfolder, when it made one
        self.use_key(key)  # and the recovery marker, sealed with its key
        if getattr(self, "idle_lock", None) is not None:
            self.idle_lock.use_key(key, self.data_folder)
        self.settings.setValue("data_dir", str(folder))
        self.model.set_store(store)
        self.team.set_store(store)
        self._size_columns()
        self._update_count()
        return True

    def choose_pack(self) -> bool:
        from coplan.policy import PolicyPackError, available_packs, load_pack

        usable: dict[str, PolicyPack] = {}
        refused: list[str] = []
        for pack_id, path in available_packs().items():
            try:
                usable[pack_id] = load_pack(path)
            except PolicyPackError as exc:
                refused.append(str(exc))
        if not usable:
            self._error("No policy pack can be used", _no_pack_message(refused))
            return False
        packs = list(usable)
        labels = [f"{p.council}, version {p.version} ({p.id})" for p in usable.values()]
        try:
            current = self.pack_for().id
        except PolicyPackError:
            current = ""
        prompt = "&Policy pack for new plans"
        if refused:
            prompt += "\n\nNot offered, because they cannot be used:\n" + "\n".join(refused)
        choice, ok = QInputDialog.getItem(
            self,
            "Choose the policy pack",
            prompt,
            labels,
            packs.index(current) if current in packs else 0,
            False,
        )
        if ok and choice in labels:
            chosen = packs[labels.index(choice)]
            self.pack_id = chosen
            self.settings.setValue("pack_id", chosen)
            self._packs.pop("", None)
            return True
        return False

    def edit_your_details(self) -> bool:
        """Settings → Your details: the officer's name, role, email and phone for new plans."""
        from .your_details import YourDetailsDialog

        dialog = YourDetailsDialog(self.settings, self)
        return dialog.exec() == QDialog.DialogCode.Accepted

    def choose_name(self) -> bool:
        name, ok = QInputDialog.getText(
            self, "Your name", "&Your name, as it goes in the audit trail", text=self.actor
        )
        name = _visible_line(name)
        if ok and len(name) > MAX_ACTOR_CHARS:
            QMessageBox.warning(
                self,
                "Your name",
                f"The audit trail keeps a name of up to {MAX_ACTOR_CHARS} characters; this one "
                f"has {len(name)}. Shorten it (initials are fine) and try again.",
            )
            return False
        if ok and name:
            self.settings.setValue("actor", name)
            return True
        return False

    # -- help ------------------------------------------------------------------------------
    def show_user_guide(self):
        from .about import show_user_guide

        return show_user_guide(self)

    def open_log_folder(self) -> bool:
        from coplan.support.logs import log_dir

        from .about import open_folder

        return open_folder(log_dir())

    def about_dialog(self):
        from coplan.policy import PolicyPackError, available_packs
        from coplan.support.logs import log_dir

        from .about import AboutDialog, about_facts

        try:
            pack = self.pack_for()
        except PolicyPackError:
            pack = None
        database = (
            "on this computer, in the data folder"
            if self.data_folder is not None
            else "the team's shared database (PostgreSQL)"
        )
        facts = about_facts(
            data_folder=self.data_folder,
            database=database,
            log_folder=log_dir(),
            pack=pack,
            pack_path=available_packs().get(pack.id) if pack else None,
        )
        return AboutDialog(facts, self)

    def show_about(self) -> None:
        self.about_dialog().exec()

    def come_forward(self) -> None:
        """A second start asked for CoPlan: show what is on top here (a dialog, the sign-off
        screen or the plan being edited before the caseload)."""
        from PySide6.QtWidgets import QApplication

        from .cover import locked_screen

        locked = locked_screen()  # the head's sign-off or the idle lock: only that, as it is
        if locked is not None:
            locked.raise_()
            locked.activateWindow()
            return
        target = QApplication.activeModalWidget()
        if target is None:
            open_wizards = [w for w in self.wizards.values() if w.isVisible()]
            target = open_wizards[-1] if open_wizards else self
        if target.isMinimized():
            target.showNormal()
        target.show()
        target.raise_()
        target.activateWindow()
        self.statusBar().showMessage(
            "CoPlan was started again: this is the CoPlan already open on this data folder.",
            8000,
        )

    # -- crash recovery --------------------------------------------------------------------
    def offer_recovery(self) -> bool:
        """After a crash, offer to continue the plan that was open on the page it was on."""
        from coplan.store import StoreError

        if self.recovery is None:
            return False
        held = self.single_instance is not None and self.single_instance.held
        marker = self.recovery.left_by_a_crash(folder_held=held)
        if marker is None:
            return False  # none, or another CoPlan that is still running wrote it
        try:
            plan, revision = self.store.load_with_revision(marker["plan_id"])
        except StoreError:
            self.recovery.clear()
            return False
        page = marker.get("page") if marker.get("page") in PAGE_KEYS else PAGE_KEYS[0]
        answer = QMessageBox.question(
            self,
            "Continue where you left off?",
            as_markup(
                f"CoPlan did not close properly last time. {plan.child.called or 'A new'}'s plan "
                f"was open on the page “{PAGE_TITLES[page]}”; everything up to the last second "
                "was saved. Continue on that page?"
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer != QMessageBox.StandardButton.Yes:
            self.recovery.clear()
            return False
        self.open_plan(plan, start_page=page, revision=revision)
        return True

    def closeEvent(self, event) -> None:
        for wizard in list(self.wizards.values()):
            if not wizard.close():
                event.ignore()
                return
        self.team.shutdown()
        super().closeEvent(event)


def _one_line(name: str) -> str:
    """A name as the audit trail keeps it: one line, no control characters, at most the
    store's length (a longer one stored by an older CoPlan is cut rather than stop every save)."""
    return _visible_line(name)[:MAX_ACTOR_CHARS]


def _visible_line(text: str) -> str:
    return " ".join(without_unsafe(text).split())


def _no_pack_message(problems: list[str]) -> str:
    from coplan.policy.loader import pack_folders

    folders = "\n".join(f"• {folder} ({name})" for name, folder in pack_folders())
    found = "\n".join(f"• {problem}" for problem in problems) or "• No pack files were found."
    return (
        "CoPlan cannot use any council policy pack, so it cannot start a plan:\n"
        f"{found}\n\nCoPlan reads packs from these folders (a later one's pack replaces an "
        f"earlier one's):\n{folders}\n\nAsk your IT support to install your council's pack; "
        "they can check it with “coplan pack check FILE”."
    )
