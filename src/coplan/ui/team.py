"""The team database in the main window: the Team menu, the sync status in the status bar, the
team caseload tab and the side-by-side screen for plans changed in two places.

Everything here hangs off one `TeamFeatures` object that the main window makes; the main window
itself only tells it when a plan was saved, when the store changed and when it closes. Without a
team database set up, the window looks as it always did, apart from the Team menu (where the
team database is set up) — and no thread is started.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QInputDialog, QMenu, QMessageBox, QTabWidget

from .sync_status import SyncController
from .team_link import TeamLink, plain_failure
from .text import as_markup

log = logging.getLogger(__name__)

MY_TAB, TEAM_TAB = 0, 1


class TeamFeatures(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        from .session import computer_name

        self.window = window
        self.link = TeamLink(
            window.store, window.settings, officer=lambda: window.actor, computer=computer_name()
        )
        self._worker = None
        self.tabs: QTabWidget | None = None
        self.panel = None
        self.conflict_dialog = None
        self.controller = SyncController(self.link, self.worker, window.statusBar(), self)
        self.controller.conflicts_button.clicked.connect(self.show_conflicts)
        self.controller.synced.connect(self._synced)
        self.controller.status_changed.connect(self._update_actions)
        self._make_menu()
        if self.link.configured:
            self._show_team_tab(True)
        self.controller.start()
        self._update_actions()

    # -- the worker, made when first needed ------------------------------------------------------
    def worker(self):
        """The team worker; every job is handed to it through here, on the window's thread, so
        the link reads the settings now (`TeamLink.prepare`)."""
        self.link.prepare()
        if self._worker is None:
            from .team_worker import TeamWorker

            # A LazyStore opens its real store here, on the window's thread, before any job
            # can touch it from the worker's.
            open_now = getattr(self.window.store, "open_now", None)
            if open_now is not None:
                open_now()
            self._worker = TeamWorker(self)
        return self._worker

    def shutdown(self) -> None:
        """The window closes: stop a running sync between plans and let the thread end."""
        if self._worker is not None:
            self._worker.shutdown()

    # -- the menu --------------------------------------------------------------------------------
    def _make_menu(self) -> None:
        window = self.window
        self.menu = QMenu("Tea&m", window)
        self.menu.setObjectName("menuTeam")
        self.action_caseload = QAction("Team case&load", window)
        self.action_caseload.triggered.connect(self.show_team_caseload)
        self.action_sync = QAction("&Sync now", window)
        self.action_sync.setShortcut(QKeySequence("Ctrl+Shift+Y"))
        self.action_sync.triggered.connect(self.sync_now)
        self.action_conflicts = QAction("&Choose what to keep…", window)
        self.action_conflicts.setToolTip(
            "Plans changed both on this laptop and in the team database since the last sync"
        )
        self.action_conflicts.triggered.connect(self.show_conflicts)
        self.action_settings = QAction("Team &database settings…", window)
        self.action_settings.triggered.connect(self.show_settings)
        for action in (self.action_caseload, self.action_sync, self.action_conflicts):
            self.menu.addAction(action)
        self.menu.addSeparator()
        self.menu.addAction(self.action_settings)
        window.menuBar().insertMenu(window.ui.menuHelp.menuAction(), self.menu)

    def _update_actions(self) -> None:
        configured = self.link.configured
        self.action_caseload.setEnabled(configured)
        self.action_sync.setEnabled(configured)
        status = self.controller.status
        self.action_conflicts.setEnabled(bool(configured and status and status.conflicts))

    # -- the team caseload tab -------------------------------------------------------------------
    def _show_team_tab(self, shown: bool) -> None:
        if shown and self.tabs is None:
            from .team_caseload import TeamCaseloadPanel

            window = self.window
            mine = window.takeCentralWidget()
            self.tabs = QTabWidget(window)
            self.tabs.setObjectName("caseloadTabs")
            self.tabs.setDocumentMode(True)
            self.tabs.addTab(mine, "My &caseload (this laptop)")
            self.panel = TeamCaseloadPanel(self)
            self.tabs.addTab(self.panel, "Team case&load")
            window.setCentralWidget(self.tabs)
        if self.tabs is not None:
            self.tabs.tabBar().setVisible(shown)
            if not shown:
                self.tabs.setCurrentIndex(MY_TAB)

    def show_team_caseload(self) -> None:
        if not self.link.configured:
            return
        self._show_team_tab(True)
        self.tabs.setCurrentIndex(TEAM_TAB)
        self.panel.ui.searchField.setFocus()

    # -- syncing -----------------------------------------------------------------------------------
    def sync_now(self) -> bool:
        return self.controller.sync_now()

    def plan_saved(self) -> None:
        self.controller.soon()

    def _synced(self, report) -> None:
        # Plans may have come down, gone (handed over) or changed: show the laptop's caseload again.
        self.local_changed(None)
        open_and_gone = [i for i in getattr(report, "handed_over", ()) if i in self.window.wizards]
        if open_and_gone:
            # Taken by another laptop (cover): this laptop's changes went up first.
            self.window.statusBar().showMessage(
                "A plan open here was taken by another officer's laptop; your changes up to the "
                "sync went to the team database. Close it: later changes cannot be saved here.",
                30000,
            )
        if self.panel is not None and self.panel.isVisible():
            self.panel.reload()

    def local_changed(self, plan_id: str | None) -> None:
        """This laptop's store changed under the window (a take, a release, a sync, a choice)."""
        window = self.window
        window.model.refresh()
        window._update_count()
        if plan_id is not None:
            window.select_plan(plan_id)
        self.controller.refresh()

    def set_store(self, store) -> None:
        """Another data folder was chosen."""
        self.link.store = store
        self.controller.refresh()

    def close_plan(self, plan_id: str) -> bool:
        """Close the plan's wizard, if open (its edits are saved); whether it is closed."""
        return self.window._close_wizard(plan_id)

    # -- settings ----------------------------------------------------------------------------------
    def settings_dialog(self):
        from .team_settings import TeamSettingsDialog

        return TeamSettingsDialog(self.link, self.worker, self.window)

    def show_settings(self) -> None:
        dialog = self.settings_dialog()
        dialog.finished.connect(lambda _result: self.settings_changed(dialog.saved))
        dialog.open()

    def settings_changed(self, saved: bool) -> None:
        if not saved:
            return
        configured = self.link.configured
        self._show_team_tab(configured)
        self.controller.refresh()
        self._update_actions()
        if configured:
            self.controller.start()

    # -- conflicts ---------------------------------------------------------------------------------
    def show_conflicts(self) -> bool:
        try:
            waiting = self.link.conflicts()
        except Exception as exc:
            self.window.statusBar().showMessage(plain_failure(exc), 10000)
            return False
        if not waiting:
            self.window.statusBar().showMessage("No plan is waiting for a choice.", 5000)
            self.controller.refresh()
            return False
        chosen = waiting[0]
        if len(waiting) > 1:
            labels = [_conflict_label(c) for c in waiting]
            label, ok = QInputDialog.getItem(
                self.window,
                "Choose what to keep",
                "&These plans were changed on this laptop and in the team database.\n"
                "Which one first?",
                labels,
                0,
                False,
            )
            if not ok or label not in labels:
                return False
            chosen = waiting[labels.index(label)]
        return self.open_conflict(chosen) is not None

    def open_conflict(self, conflict):
        """The side-by-side screen for one plan; None when it cannot be shown now."""
        from .sync_conflict import SyncConflictDialog

        if conflict.plan_id in self.window.wizards:
            QMessageBox.information(
                self.window,
                "Close the plan first",
                as_markup(
                    f"{conflict.child_name or 'This'}’s plan is open. Close it first, then "
                    "choose what to keep."
                ),
            )
            return None
        try:
            laptop_plan, team_plan = self.link.conflict_plans(conflict.plan_id)
        except Exception as exc:
            self.window.statusBar().showMessage(plain_failure(exc), 10000)
            return None
        dialog = SyncConflictDialog(conflict, laptop_plan, team_plan, self, self.window)
        dialog.resolved.connect(self._resolved)
        self.conflict_dialog = dialog
        dialog.open()
        return dialog

    def _resolved(self, plan_id: str) -> None:
        self.local_changed(plan_id)
        self.window.statusBar().showMessage(
            "Your choice is kept; the other copy is in the plan's history. It goes to the team "
            "database at the next sync.",
            10000,
        )
        self.controller.soon()


def _conflict_label(conflict) -> str:
    return f"{conflict.child_name or '(no name yet)'} — {conflict.plan_id}"
