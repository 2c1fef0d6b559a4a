"""Writing a document on a worker thread, with a progress bar and a Cancel button.

Making Section J takes from a tenth of a second to a few seconds (a plan of hundreds of items);
the window must never freeze for it. `ExportRunner` runs the export on a `QThread` and shows a
window-modal progress dialog when it takes longer than a moment. Cancel stops it at the next
step of the layout: the export raises `ExportCancelled` from its progress callback and nothing
is written (the file is written all or nothing, after the last step: `report.export`).

The worker gets its own copy of the plan: the officer may go on editing while it works, and the
document shows the plan as it was when they chose to export.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

log = logging.getLogger(__name__)

# The dialog appears only when the export is not over by then: a typical plan takes a tenth of
# a second, and a dialog flashing up and away would be noise.
SHOW_AFTER_MS = 400


class _ExportThread(QThread):
    progressed = Signal(int)  # per cent
    succeeded = Signal()
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, job: Callable[[Callable[[float], None]], None], parent: QObject) -> None:
        super().__init__(parent)
        self._job = job
        self._stop = threading.Event()

    def cancel(self) -> None:
        self._stop.set()

    def run(self) -> None:
        from coplan.report import ExportCancelled, ExportError

        def progress(fraction: float) -> None:
            if self._stop.is_set():
                raise ExportCancelled
            self.progressed.emit(round(100 * fraction))

        try:
            self._job(progress)
        except ExportCancelled:
            self.cancelled.emit()
        except ExportError as error:
            self.failed.emit(error.message)
        except OSError as error:
            self.failed.emit(error.strerror or str(error))
        except Exception as error:
            # The type only: a message may quote the plan, and the log must not hold it.
            log.error("export failed: %s", type(error).__name__)
            self.failed.emit(
                "something went wrong while making the document. Nothing was saved; "
                "please try again, and tell your IT service if it happens again."
            )
        else:
            self.succeeded.emit()


class ExportRunner(QObject):
    """One export on a worker thread, with its progress dialog. Emits exactly one of
    `succeeded`, `failed(reason)` or `cancelled`, after the thread has finished."""

    succeeded = Signal()
    failed = Signal(str)
    cancelled = Signal()

    def __init__(
        self,
        parent: QWidget,
        label: str,
        job: Callable[[Callable[[float], None]], None],
    ) -> None:
        super().__init__(parent)
        self._outcome: tuple[Signal, tuple] | None = None
        self.dialog = QProgressDialog(label, "Cancel", 0, 100, parent)
        self.dialog.setObjectName("exportProgress")
        self.dialog.setWindowTitle("Exporting")
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(SHOW_AFTER_MS)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.setValue(0)
        self.dialog.canceled.connect(self.cancel)
        self.thread = _ExportThread(job, self)
        self.thread.progressed.connect(self._progressed)
        # Bound methods of this object (which lives on the window's thread): queued from the
        # worker to the window's thread, in the order they were sent.
        self.thread.succeeded.connect(self._succeeded)
        self.thread.failed.connect(self._failed)
        self.thread.cancelled.connect(self._cancelled)
        self.thread.finished.connect(self._finished)

    def start(self) -> None:
        self.thread.start()

    @property
    def running(self) -> bool:
        return self.thread.isRunning()

    def cancel(self) -> None:
        """Stop at the next step; nothing is written. Safe to call more than once."""
        self.dialog.setLabelText("Stopping…")
        self.dialog.setCancelButtonText("Stopping…")
        self.thread.cancel()

    def wait(self) -> None:
        """Block until the worker has finished (used when the window closes)."""
        self.thread.cancel()
        self.thread.wait()

    def _progressed(self, percent: int) -> None:
        if not self.thread.isFinished():
            self.dialog.setValue(min(percent, 99))

    def _succeeded(self) -> None:
        self._outcome = (self.succeeded, ())

    def _failed(self, reason: str) -> None:
        self._outcome = (self.failed, (reason,))

    def _cancelled(self) -> None:
        self._outcome = (self.cancelled, ())

    def _finished(self) -> None:
        self.dialog.canceled.disconnect(self.cancel)
        self.dialog.reset()
        self.dialog.close()
        self.dialog.deleteLater()
        outcome = self._outcome or (self.failed, ("the export stopped unexpectedly.",))
        signal, arguments = outcome
        signal.emit(*arguments)
        self.deleteLater()
