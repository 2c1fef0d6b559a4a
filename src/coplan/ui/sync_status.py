"""Syncing in the background, and the status bar's words about it.

`SyncController` asks the team worker (never the window's thread) to sync: a few seconds after
CoPlan opens, every `SYNC_EVERY_MS` while in step, every `RETRY_MS` while the team database
cannot be reached (so a laptop back on the office Wi-Fi syncs within half a minute, and at once
where Qt can tell that the network came back), and `SOON_AFTER_SAVE_MS` after a plan is saved.
The status bar says, in plain words: "Synced 2 minutes ago", "Offline: 3 changes waiting", or
what failed and why; never a password or a child's name.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QStatusBar

from coplan.domain.dates import format_long

from .team_link import plain_failure

log = logging.getLogger(__name__)

FIRST_SYNC_MS = 3_000
SYNC_EVERY_MS = 5 * 60_000
RETRY_MS = 30_000
SOON_AFTER_SAVE_MS = 20_000
REWORD_MS = 30_000  # "2 minutes ago" becomes "3 minutes ago"


def _changes(count: int) -> str:
    return "1 change" if count == 1 else f"{count:,} changes"


def ago(moment: datetime, now: datetime) -> str:
    """ "just now", "2 minutes ago", "3 hours ago", "yesterday at 16:40", "on 28 November 2026"."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    if now.tzinfo is None:
        now = now.replace(tzinfo=UTC)
    seconds = (now - moment).total_seconds()
    if seconds < 60:
        return "just now"
    minutes = int(seconds // 60)
    if minutes < 60:
        return "1 minute ago" if minutes == 1 else f"{minutes} minutes ago"
    local_moment, local_now = moment.astimezone(), now.astimezone()
    if local_moment.date() == local_now.date():
        hours = minutes // 60
        return "1 hour ago" if hours == 1 else f"{hours} hours ago"
    if local_moment.date() == local_now.date() - timedelta(days=1):
        return f"yesterday at {local_moment:%H:%M}"
    return f"on {format_long(local_moment.date())}"


def status_words(
    status, *, now: datetime, syncing: bool = False, failure: str = "", offline: bool = False
) -> str:
    """What the status bar says about syncing. `failure` is why the last attempt this session
    failed (plain words) and `offline` whether that was because the team database could not be
    reached; without them the engine's own record of the last attempt is used."""
    waiting = status.changes_waiting
    if (
        not failure
        and status.last_error
        and (
            status.last_synced_at is None
            or (
                status.last_attempt_at is not None
                and status.last_attempt_at > status.last_synced_at
            )
        )
    ):
        failure = status.last_error
    if syncing:
        words = "Syncing with the team database…"
    elif failure and offline:
        words = f"Offline: {_changes(waiting)} waiting" if waiting else "Offline"
        if status.last_synced_at is not None:
            words += f" (last synced {ago(status.last_synced_at, now)})"
        words += "."
    elif failure:
        words = f"Not synced: {failure}"
        if waiting:
            words += f" {_changes(waiting)} waiting."
    elif status.last_synced_at is None:
        words = "Not synced with the team database yet"
        words += f": {_changes(waiting)} waiting." if waiting else "."
    else:
        words = f"Synced {ago(status.last_synced_at, now)}"
        words += f"; {_changes(waiting)} waiting." if waiting else "."
    if status.conflicts:
        plans = "1 plan was" if status.conflicts == 1 else f"{status.conflicts:,} plans were"
        words += f" {plans} changed here and in the team database, and wait{'s' if status.conflicts == 1 else ''} for your choice."
    return words


class SyncController(QObject):
    """The timers, the worker's sync jobs and the status bar's label for them."""

    synced = Signal(object)  # the engine's SyncReport, after each sync that ran
    status_changed = Signal()

    def __init__(self, link, worker_source, status_bar: QStatusBar, parent: QObject | None = None):
        """`worker_source()` gives the team worker (made when first needed)."""
        super().__init__(parent)
        self.link = link
        self._worker_source = worker_source
        self.syncing = False
        self.failure = ""
        self.offline = False
        self.problems: list[str] = []  # plans the last sync could not sync, and why
        self._saved_while_syncing = False
        self.status = None  # the engine's SyncStatus, read after every job
        self.label = QLabel(status_bar)
        self.label.setObjectName("syncStatus")
        self.label.setAccessibleName("Sync with the team database")
        self.conflicts_button = QPushButton("&Choose what to keep…", status_bar)
        self.conflicts_button.setObjectName("syncConflictsButton")
        self.conflicts_button.setVisible(False)
        status_bar.addPermanentWidget(self.label)
        status_bar.addPermanentWidget(self.conflicts_button)

        self._every = QTimer(self)
        self._every.setSingleShot(True)
        self._every.timeout.connect(self.sync_now)
        self._reword = QTimer(self)
        self._reword.setInterval(REWORD_MS)
        self._reword.timeout.connect(self.show_status)
        self._reword.start()
        self._watching = False
        self.show_status()

    # -- when to sync ----------------------------------------------------------------------
    def start(self) -> None:
        """The window is up: first sync in a few seconds (after the caseload is painted)."""
        if self.link.configured:
            if not self._watching:
                self._watching = True
                self._watch_network()
            # Read after the caseload is painted (it may open the store), then sync.
            QTimer.singleShot(FIRST_SYNC_MS // 3, self, self.refresh)
            self._every.start(FIRST_SYNC_MS)

    def soon(self) -> None:
        """A plan was saved: send it up shortly (a burst of saves makes one sync)."""
        if self.link.configured and self.syncing:
            self._saved_while_syncing = True  # this sync may have missed it: another soon after
        elif self.link.configured:
            remaining = self._every.remainingTime() if self._every.isActive() else -1
            if remaining < 0 or remaining > SOON_AFTER_SAVE_MS:
                self._every.start(SOON_AFTER_SAVE_MS)
        self.refresh()

    def sync_now(self) -> bool:
        """Hand a sync to the worker (at most one waiting); whether one was started."""
        if not self.link.configured or self.syncing:
            return False
        worker = self._worker_source()
        if worker is None or worker.stopping.is_set():
            return False
        self._every.stop()
        self.syncing = True
        self.show_status()
        stopping = worker.stopping
        worker.submit(
            lambda: self.link.sync(should_stop=stopping.is_set), self._synced, self._failed
        )
        return True

    def _watch_network(self) -> None:
        """Sync as soon as Qt says the network came back, where it can tell."""
        try:
            from PySide6.QtNetwork import QNetworkInformation
        except ImportError:
            return
        if not QNetworkInformation.loadBackendByFeatures(QNetworkInformation.Feature.Reachability):
            return  # no backend here: the retry timer notices instead
        info = QNetworkInformation.instance()
        if info is not None:
            info.reachabilityChanged.connect(self._reachability_changed)

    def _reachability_changed(self, reachability) -> None:
        from PySide6.QtNetwork import QNetworkInformation

        if reachability == QNetworkInformation.Reachability.Online and self.offline:
            log.info("the network came back: syncing")
            self._every.start(1_000)

    # -- results (on the window's thread) ------------------------------------------------------
    def _synced(self, report) -> None:
        self.syncing = False
        self.offline = bool(getattr(report, "unreachable", False))
        self.failure = getattr(report, "error", "") or ""
        self.problems = [
            f"Plan {problem.plan_id}: {problem.said}" for problem in getattr(report, "problems", ())
        ]
        self._every.start(self._next_interval(SYNC_EVERY_MS))
        self.refresh()
        self.synced.emit(report)

    def _failed(self, exc: BaseException) -> None:
        self.syncing = False
        self.offline = type(exc).__name__ == "TeamUnreachable"
        self.failure = plain_failure(exc)
        self._every.start(self._next_interval(RETRY_MS))
        self.refresh()

    def _next_interval(self, usual: int) -> int:
        if self.failure:
            usual = min(usual, RETRY_MS)
        if self._saved_while_syncing:
            self._saved_while_syncing = False
            return min(usual, SOON_AFTER_SAVE_MS)
        return usual

    # -- the words -----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Re-read the engine's status of this laptop (local, quick) and show it."""
        if self.link.configured:
            try:
                self.status = self.link.status()
            except Exception as exc:  # a status that cannot be read must not stop the window
                log.warning("the sync status could not be read (%s)", type(exc).__name__)
                self.status = None
        else:
            self.status = None
        self.show_status()
        self.status_changed.emit()

    def show_status(self) -> None:
        if not self.link.configured:
            self.label.setVisible(False)
            self.conflicts_button.setVisible(False)
            return
        self.label.setVisible(True)
        status = self.status
        if status is None:
            self.label.setText(
                "Syncing with the team database…" if self.syncing else "Sync status not known yet."
            )
            self.conflicts_button.setVisible(False)
            return
        now = datetime.now(UTC)
        words = status_words(
            status, now=now, syncing=self.syncing, failure=self.failure, offline=self.offline
        )
        if self.problems and not self.syncing:
            plans = "1 plan" if len(self.problems) == 1 else f"{len(self.problems)} plans"
            words += f" {plans} could not be synced (point here to see why)."
        self.label.setText(words)
        self.conflicts_button.setVisible(bool(status.conflicts))
        details = [f"Team database: {self.link.where()}."]
        if status.last_synced_at is not None:
            moment = status.last_synced_at.astimezone()
            details.append(f"Last synced at {moment:%H:%M} on {format_long(moment.date())}.")
        details.append(f"Changes on this laptop not yet sent: {status.changes_waiting:,}.")
        if self.failure:
            details.append(self.failure)
        details += self.problems
        self.label.setToolTip("\n".join(details))
