"""The co-production meeting as a QWizard: eight pages, a side list to revisit them.

The side list shows every page with what is still missing there (from `rules.validate`); Enter
or a click on a page name goes straight to it. Every edit is autosaved by the `PlanSession`;
closing with input that could not be applied asks first. The Edit menu undoes and redoes any
change of this session (`ui/undo.py`), each named ("Undo remove outcome ‘Walk to school’").
Closing (Close, Escape, the window's ×) asks only when something would be lost; the page the
officer was on is where the plan opens next time (`left_on`).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenuBar,
    QMessageBox,
    QVBoxLayout,
    QWidget,
    QWizard,
)

from .export_progress import ExportRunner
from .navigation import PAGE_KEYS, PAGES, page_for_field
from .page_agreement import AgreementPage
from .page_base import EnterActivates, PlanPage
from .page_budget import BudgetPage
from .page_management import ManagementPage
from .page_meeting import MeetingPage
from .page_outcomes import OutcomesPage
from .page_provision import ProvisionPage
from .page_review import ReviewPage
from .page_what_matters import WhatMattersPage
from .screen_fit import fit_to_screen, follow_focus_in_scroll_areas, keep_on_screen
from .session import PlanSession
from .text import as_markup

log = logging.getLogger(__name__)

WAIT_FOR_THE_OFFICER_MS = 1000
NOTICE_SECONDS = 20  # how long "Removed …; undo with Ctrl+Z" stays beside the save status

PAGE_CLASSES = (
    MeetingPage,
    WhatMattersPage,
    OutcomesPage,
    BudgetPage,
    ProvisionPage,
    ManagementPage,
    AgreementPage,
    ReviewPage,
)


class PlanWizard(QWizard):
    closed = Signal(str)  # plan id
    # The officer chose the version someone else saved: (plan, revision, page key) to reopen.
    reopen = Signal(object, int, str)
    # The plan was closed on this page (plan id, page key): where it opens next time.
    left_on = Signal(str, str)

    def __init__(self, session: PlanSession, *, start_page: str | None = None, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("planWizard")
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.HaveFinishButtonOnEarlyPages, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.HaveCustomButton1, True)
        self.setButtonText(QWizard.WizardButton.FinishButton, "&Done")
        self.setButtonText(QWizard.WizardButton.CancelButton, "&Close")
        self.setButtonText(QWizard.WizardButton.NextButton, "&Next >")
        self.setButtonText(QWizard.WizardButton.BackButton, "< &Back")
        self.setButtonText(QWizard.WizardButton.CustomButton1, "&Family view")
        self.customButtonClicked.connect(self._custom_button)
        self.pages: list[PlanPage] = []
        for page_class in PAGE_CLASSES:
            page = page_class(session)
            self.pages.append(page)
            self.setPage(len(self.pages) - 1, page)
        self.review_page.jump.connect(self.go_to_field)
        self.review_page.fix_and_return.connect(self.fix_then_return)
        self.setButtonText(QWizard.WizardButton.CustomButton2, "Back to export")
        self.review_page.read_only_changed.connect(self.set_read_only)
        self._build_side()
        self._build_menu()
        self._notice_words = ""
        self._notice_timer = QTimer(self)
        self._notice_timer.setSingleShot(True)
        self._notice_timer.setInterval(NOTICE_SECONDS * 1000)
        session.undo.restored.connect(self._restored)
        session.notice.connect(self._notice)
        self._jumping = False
        self._closing_checked = False
        self.family_view = None
        self.currentIdChanged.connect(self._page_changed)
        session.findings_changed.connect(self._findings_changed)
        session.inputs_changed.connect(self._update_side)
        session.saved.connect(self._saved)
        session.save_failed.connect(self._save_failed)
        session.changed.connect(self._plan_changed)
        # Queued: the dialog opens after the save that was refused has returned.
        session.conflicted.connect(
            lambda _conflict: QTimer.singleShot(0, self, self.resolve_conflict)
        )
        self._resolving = False
        self._title_timer = QTimer(self)
        self._title_timer.setSingleShot(True)
        self._title_timer.setInterval(200)
        self._title_timer.timeout.connect(self._update_title)
        self._update_title()
        self._fit_to_screen()
        self._start_page = start_page
        self.set_read_only(session.plan.is_final)

    def set_read_only(self, read_only: bool) -> None:
        """A final plan is not edited: every page shows it, none changes it."""
        self.read_only = read_only
        for page in self.pages:
            if page is self.review_page:
                page.set_read_only(read_only)
            else:
                page.set_editable(not read_only)
        self._update_title()

    # -- construction ------------------------------------------------------------------------
    @property
    def review_page(self) -> ReviewPage:
        return self.pages[PAGE_KEYS.index("review")]  # type: ignore[return-value]

    def page_by_key(self, key: str) -> PlanPage:
        return self.pages[PAGE_KEYS.index(key)]

    def _build_side(self) -> None:
        side = QWidget(self)
        side.setObjectName("sideWidget")
        layout = QVBoxLayout(side)
        layout.setContentsMargins(0, 0, 8, 0)
        label = QLabel("&Pages", side)
        self.page_list = QListWidget(side)
        self.page_list.setObjectName("pageList")
        self.page_list.setAccessibleName("Pages")
        self.page_list.setWordWrap(True)
        label.setBuddy(self.page_list)
        for number, (key, title) in enumerate(PAGES, start=1):
            entry = QListWidgetItem(f"{number}. {title}", self.page_list)
            entry.setData(Qt.ItemDataRole.UserRole, key)
        self._enter = EnterActivates(self.page_list)
        self.page_list.itemActivated.connect(self._side_activated)
        self.page_list.itemClicked.connect(self._side_activated)
        self.save_status = QLabel("", side)
        self.save_status.setObjectName("saveStatus")
        self.save_status.setWordWrap(True)
        self.save_status.setTextFormat(Qt.TextFormat.PlainText)  # it can quote a name typed
        self.save_status.setAccessibleName("Save status")
        layout.addWidget(label)
        layout.addWidget(self.page_list, 1)
        layout.addWidget(self.save_status)
        side.setMinimumWidth(self.fontMetrics().horizontalAdvance("x") * 30)
        self.side_widget = side
        self.setSideWidget(side)
        self._update_side()

    def _build_menu(self) -> None:
        """Edit → Undo / Redo, named for the step ("Undo remove need ‘Reading’")."""
        bar = QMenuBar(self)
        bar.setObjectName("wizardMenuBar")
        # No mnemonic: Alt+E is a field's on several pages (Need, Weeks a year); Ctrl+Z and
        # Ctrl+Shift+Z / Ctrl+Y reach undo and redo from anywhere in the window.
        menu = bar.addMenu("Edit")
        stack = self.session.undo.stack
        self.undo_action = stack.createUndoAction(self, "Undo")
        self.undo_action.setObjectName("actionUndo")
        self.undo_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
        self.redo_action = stack.createRedoAction(self, "Redo")
        self.redo_action.setObjectName("actionRedo")
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        menu.addAction(self.undo_action)
        menu.addAction(self.redo_action)
        del menu  # read through `edit_menu`: a kept Python wrapper went stale (PySide)
        # QWizard lays its own window out (no public layout): the menu bar heads the side panel,
        # top left, where a menu is looked for.
        self.side_widget.layout().setMenuBar(bar)
        self.menu_bar = bar

    @property
    def edit_menu(self):
        """The Edit menu, looked up each time from the menu bar: a Python reference kept
        from `addMenu` was found invalid after a mouse click elsewhere in the window (its C++
        menu alive and working), so none is kept."""
        return self.menu_bar.actions()[0].menu()

    def _restored(self, page: str) -> None:
        """An undo or redo put an earlier state back: show it where the step was made."""
        if self.currentId() >= 0 and self.pages[self.currentId()].key != page:
            self.go_to(page)
        else:
            current = self.currentPage()
            if isinstance(current, PlanPage):
                current.load()
        self._update_side()
        self._update_title()

    def _notice(self, words: str) -> None:
        """A word for the officer ("Removed need ‘Reading’. Undo with Ctrl+Z."), kept above the
        save status for NOTICE_SECONDS."""
        self._notice_words = words
        self._notice_timer.start()
        self.save_status.setText(words)
        self.save_status.setProperty("role", "")

    def _fit_to_screen(self) -> None:
        # At most a council laptop's whole screen; less the taskbar and the title bar.
        fit_to_screen(self, 1366, 768)
        follow_focus_in_scroll_areas()

    # -- showing -------------------------------------------------------------------------------
    def showEvent(self, event) -> None:
        super().showEvent(event)
        keep_on_screen(self)
        if self._start_page is not None:
            start, self._start_page = self._start_page, None
            QTimer.singleShot(0, self, lambda: self.go_to(start))

    def _page_changed(self, page_id: int) -> None:
        if self._jumping or page_id < 0:
            return
        page = self.pages[page_id]
        if page is self.review_page and self.testOption(QWizard.WizardOption.HaveCustomButton2):
            self.setOption(QWizard.WizardOption.HaveCustomButton2, False)  # back by other means
        page.load()
        page.order_tabs()
        self._update_side()
        QTimer.singleShot(0, page, page.focus_first)
        self.session.set_page(page.key)
        self.page_list.blockSignals(True)
        self.page_list.setCurrentRow(page_id)
        self.page_list.blockSignals(False)

    def tab_stops_after_page(self) -> list[QWidget]:
        """After a page's fields: the Pages list, then the buttons left to right."""
        buttons = [
            self.button(which)
            for which in (
                QWizard.WizardButton.CustomButton1,
                QWizard.WizardButton.BackButton,
                QWizard.WizardButton.NextButton,
                QWizard.WizardButton.FinishButton,
                QWizard.WizardButton.CancelButton,
            )
        ]
        return [self.page_list, *buttons]

    def go_to(self, key: str) -> None:
        """Move to a page by its key, stepping so that Back still goes one page back."""
        target = PAGE_KEYS.index(key)
        if self.currentId() == target:
            return
        self._jumping = True
        try:
            while self.currentId() < target:
                self.next()
            while self.currentId() > target:
                self.back()
        finally:
            self._jumping = False
        self._page_changed(self.currentId())

    def go_to_field(self, field: str) -> None:
        key = page_for_field(field)
        self.go_to(key)
        page = self.page_by_key(key)
        QTimer.singleShot(0, page, lambda: page.focus_field(field))

    def _side_activated(self, entry: QListWidgetItem) -> None:
        self.go_to(entry.data(Qt.ItemDataRole.UserRole))

    # -- live updates ------------------------------------------------------------------------
    def _plan_changed(self) -> None:
        self._title_timer.start()

    def _findings_changed(self) -> None:
        self._update_side()
        current = self.currentPage()
        if isinstance(current, PlanPage):
            current.refresh()

    def _update_side(self) -> None:
        counts: dict[str, list] = {key: [] for key in PAGE_KEYS}
        for finding in self.session.findings:
            counts[page_for_field(finding.field)].append(finding)
        invalid_pages = {key.split(".", 1)[0] for key in self.session.invalid}
        for row, (key, title) in enumerate(PAGES):
            found = counts[key]
            blocking = sum(1 for f in found if f.blocking)
            later = sum(1 for f in found if not f.blocking and f.stage is not None)
            parts = []
            if blocking:
                parts.append(f"{blocking} to fix")
            if later:
                parts.append(f"{later} to settle")
            if len(found) - blocking - later:
                parts.append(f"{len(found) - blocking - later} to check")
            if key in invalid_pages or (key == "provision" and "items" in invalid_pages):
                parts.append("input not valid")
            entry = self.page_list.item(row)
            entry.setText(f"{row + 1}. {title}" + (f"\n     {', '.join(parts)}" if parts else ""))
            entry.setToolTip("\n".join(f.message for f in found) or "Nothing missing here")

    def _update_title(self) -> None:
        plan = self.session.plan
        called = plan.child.called or "new plan"
        stage = ", final plan: read-only" if plan.is_final else ""
        self.setWindowTitle(f"CoPlan: {called} (version {plan.version}{stage})")

    def _saved(self, _plan_id: str) -> None:
        when = self.session.last_saved
        saved = f"All changes saved at {when:%H:%M:%S}." if when else ""
        notice = self._notice_words if self._notice_timer.isActive() else ""
        self.save_status.setText("\n".join(part for part in (notice, saved) if part))
        self.save_status.setProperty("role", "")

    def _save_failed(self, message: str) -> None:
        self.save_status.setText(message)
        self.save_status.setProperty("role", "error")

    # -- someone else saved the plan meanwhile ------------------------------------------------
    def resolve_conflict(self, *, closing: bool = False) -> int:
        """Show how the saved version differs and do what the officer chooses (the choice).
        `closing`: the officer is closing the plan, so the saved version is not reopened."""
        from .conflict import KEEP_MINE, ConflictDialog

        session = self.session
        conflict = session.conflict
        if conflict is None or self._resolving:
            return 0
        if not closing and QApplication.activeModalWidget() is not None:
            # Another window is in front (the head teacher's sign-off screen, a question):
            # the officer sees the choice when they are back, never the head.
            QTimer.singleShot(WAIT_FOR_THE_OFFICER_MS, self, self.resolve_conflict)
            return 0
        self._resolving = True
        try:
            saved = session.saved_version()
            dialog = ConflictDialog(conflict, session.plan, saved, self)
            dialog.exec()
            choice = dialog.choice
            dialog.deleteLater()
            if choice == KEEP_MINE:
                if not session.keep_mine(saved) and session.conflict is conflict:
                    self._ask_again()  # nothing happened (the database is gone): ask later
                return choice
            try:
                taken = session.take_saved() if saved is not None else None
                if saved is not None and taken is None:  # erased since the dialog opened
                    raise LookupError("the saved version is no longer there")
            except Exception:  # this copy could not be kept in the history: change nothing
                log.exception("could not set plan %s aside", session.plan.id)
                self._ask_again()
                return 0
            page = self.pages[max(self.currentId(), 0)].key
            session.conflict = None
            session.dirty = False
            if closing:
                return choice  # the close that asked goes on
            if session.recovery is not None:
                session.recovery.clear(session.plan.id)
            session.announce_closed()
            self._closing_checked = True
            if self.family_view is not None:
                self.family_view.close()
            self.close()
            self.closed.emit(session.plan.id)
            if taken is not None:
                self.reopen.emit(taken[0], taken[1], page)
            return choice
        finally:
            self._resolving = False

    def _ask_again(self) -> None:
        from .session import RETRY_MS

        self._save_failed(
            "Not saved: that choice could not be carried out (is the database reachable?). "
            "Nothing was changed; CoPlan will ask again which version to keep."
        )
        QTimer.singleShot(RETRY_MS, self, self.resolve_conflict)

    # -- family view -------------------------------------------------------------------------
    def _custom_button(self, which: int) -> None:
        if which == QWizard.WizardButton.CustomButton1.value:
            self.toggle_family_view()
        elif which == QWizard.WizardButton.CustomButton2.value:
            self.back_to_export()

    # -- a refused export: to the fix and back -------------------------------------------------
    def fix_then_return(self, field: str) -> None:
        """Go to what stops the export (a finding's field, or a page) and offer the way back."""
        self.setOption(QWizard.WizardOption.HaveCustomButton2, True)
        if field in PAGE_KEYS:
            self.go_to(field)
        else:
            self.go_to_field(field)

    def back_to_export(self) -> None:
        self.setOption(QWizard.WizardOption.HaveCustomButton2, False)
        self.go_to("review")
        review = self.review_page
        QTimer.singleShot(0, review, lambda: review.ui.exportPdf.setFocus())

    def toggle_family_view(self) -> None:
        from .family_view import FamilyView

        if self.family_view is not None and self.family_view.isVisible():
            self.family_view.close()
            return
        if self.family_view is None:
            self.family_view = FamilyView(self.session)
        self.family_view.show_on_best_screen(self.screen())

    # -- closing -----------------------------------------------------------------------------
    def confirm_close(self) -> bool:
        """Save and check nothing typed would be lost; False when the officer goes back."""
        invalid = self.session.invalid
        if invalid:
            lines = "\n".join(
                f"• {entry.label}: “{entry.text}” ({entry.message})" for entry in invalid.values()
            )
            box = QMessageBox(self)
            box.setIcon(QMessageBox.Icon.Warning)
            box.setWindowTitle("Some answers are not saved")
            box.setText(
                as_markup(
                    "These answers could not be saved because they are not valid yet. "
                    "Everything else is saved.\n\n" + lines
                )
            )
            back = box.addButton("Go back and correct them", QMessageBox.ButtonRole.RejectRole)
            box.addButton("Close and lose only these answers", QMessageBox.ButtonRole.AcceptRole)
            box.setDefaultButton(back)
            box.exec()
            if box.clickedButton() is back:
                return False
        closed = self.session.close()
        if not closed and self.session.conflict is not None:
            # Someone else saved it meanwhile: the officer chooses now, before it closes.
            self.resolve_conflict(closing=True)
            if self.session.conflict is not None or not self.session.close():
                return False
            closed = True
        if not closed:
            answer = QMessageBox.warning(
                self,
                "The plan could not be saved",
                as_markup(
                    f"{self.session.last_error}\n\nClose anyway? The last changes will be lost."
                ),
                QMessageBox.StandardButton.Close | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Close:
                return False
        if self.family_view is not None:
            self.family_view.close()
        # An export still being made stops (it writes nothing) before its window goes.
        for export in self.findChildren(ExportRunner):
            export.wait()
        return True

    def _remember_page(self) -> None:
        if self.currentId() >= 0:
            self.left_on.emit(self.session.plan.id, self.pages[self.currentId()].key)

    def done(self, result: int) -> None:
        if not self._closing_checked and not self.confirm_close():
            return
        self._remember_page()
        self._closing_checked = True
        super().done(result)
        self.closed.emit(self.session.plan.id)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._closing_checked:
            if not self.confirm_close():
                event.ignore()
                return
            self._remember_page()
        self._closing_checked = True
        super().closeEvent(event)
