"""One thread, off the window's, for everything that talks to the team database.

A sync, loading the team caseload, taking or releasing a plan, testing a connection: each may
wait seconds for a network that is not there. They run here one at a time, in the order asked
(so a take never races a sync over the same plan), and their results come back to the window's
thread through a queued signal, where the callback given with the job runs. The window keeps
answering keystrokes throughout (`tests/ui/test_team_sync.py` types while a slow sync runs).
"""

from __future__ import annotations

import itertools
import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

log = logging.getLogger(__name__)

# On closing, how long to wait for a job that is running (a sync stops between plans when asked;
# a dead network is noticed within the connection's timeout and keepalives).
SHUTDOWN_WAIT_MS = 10_000
# Threads still running at shutdown: kept referenced, since destroying one aborts the process.
_STILL_RUNNING: list[QThread] = []


class _Runner(QObject):
    """Lives on the worker thread: runs each job handed to it."""

    done = Signal(int, object, object)  # job number, result, exception (or None)

    @Slot(int, object)
    def run(self, number: int, job) -> None:
        try:
            result = job()
        except BaseException as exc:  # handed back to the window, never lost
            log.info("a team job failed (%s)", type(exc).__name__)
            self.done.emit(number, None, exc)
        else:
            self.done.emit(number, result, None)


class TeamWorker(QObject):
    """Hands jobs to the worker thread and their results back to this (the window's) thread."""

    _hand_over = Signal(int, object)
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.stopping = threading.Event()  # jobs that can stop early watch it (a sync does)
        self._numbers = itertools.count(1)
        self._waiting: dict[int, tuple[Callable, Callable]] = {}
        self._thread = QThread()
        self._thread.setObjectName("CoPlan team worker")
        self._runner = _Runner()
        self._runner.moveToThread(self._thread)
        self._hand_over.connect(self._runner.run)  # queued: the runner lives on the thread
        self._runner.done.connect(self._finished)  # queued back to this thread
        self._thread.start()

    @property
    def busy(self) -> bool:
        return bool(self._waiting)

    def submit(
        self,
        job: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> int:
        """Run `job` on the worker thread; then `on_done(result)` or `on_error(exception)` here."""
        if self.stopping.is_set():
            raise RuntimeError("the team worker has been shut down")
        number = next(self._numbers)
        was_busy = self.busy
        self._waiting[number] = (on_done or (lambda _r: None), on_error or _log_error)
        if not was_busy:
            self.busy_changed.emit(True)
        self._hand_over.emit(number, job)
        return number

    @Slot(int, object, object)
    def _finished(self, number: int, result, error) -> None:
        on_done, on_error = self._waiting.pop(number, (None, None))
        if not self._waiting:
            self.busy_changed.emit(False)
        if on_done is None or self.stopping.is_set():
            return
        if error is None:
            on_done(result)
        else:
            on_error(error)

    def shutdown(self, wait_ms: int = SHUTDOWN_WAIT_MS) -> bool:
        """Ask a running job to stop, let the thread finish, and wait for it; whether it did."""
        self.stopping.set()
        self._thread.quit()
        finished = self._thread.wait(wait_ms)
        if not finished:
            # Destroying a running QThread aborts the process: leave it to end with the app.
            log.warning("the team worker was still busy when CoPlan closed")
            _STILL_RUNNING.append(self._thread)
        return finished


def _log_error(exc: BaseException) -> None:
    log.warning("a team job failed (%s)", type(exc).__name__)
