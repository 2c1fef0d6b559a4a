"""The log support reads when something goes wrong, and what the officer sees when it does.

- A rotating log, `logs/coplan.log` in the data folder (five files of 1 MB at most), started
  before the database opens, so that an upgrade or a failure at start-up is in it.
- No personal data, ever. CoPlan's own messages name plans by id; exception messages are never
  written (they can quote what was typed, a child's name or a file's contents): a failure is
  logged as its kind and where in the code it happened. SQLAlchemy's SQL echo (which shows the
  values saved) is held at WARNING.
- `faulthandler` writes a hard crash's Python stack (code locations only) to `logs/faults.log`.
- The exception hook: an error no code expected is logged, the open plans are saved, and the
  officer sees a plain message saying their work is kept and where the log is. The window stays.
"""

from __future__ import annotations

import faulthandler
import logging
import logging.handlers
import os
import sys
import threading
import traceback
from pathlib import Path
from typing import IO

from coplan import __version__

LOG_FOLDER_NAME = "logs"
LOG_FILE_NAME = "coplan.log"
FAULTS_FILE_NAME = "faults.log"
MAX_BYTES = 1_000_000
KEPT_FILES = 5

log = logging.getLogger("coplan")

_handler: logging.Handler | None = None
_faults_file: IO[str] | None = None
_log_dir: Path | None = None
_showing_error = False


def log_dir() -> Path | None:
    """The folder of the log this process writes, once logging has started."""
    return _log_dir


def log_dir_for(data_folder: Path) -> Path:
    return Path(data_folder) / LOG_FOLDER_NAME


def shown_path(path: Path | None) -> str:
    """A path as written in the log: the home folder (it holds the officer's login) as ~."""
    if path is None:
        return "(none)"
    try:
        return str(Path("~") / Path(path).resolve().relative_to(Path.home().resolve()))
    except ValueError:
        return str(path)


class NoPersonalDataFormatter(logging.Formatter):
    """Tracebacks without the exception's message: its kind and the code's lines only."""

    def format(self, record: logging.LogRecord) -> str:
        # Another handler may have cached the full traceback (message included) on the record.
        cached, record.exc_text = record.exc_text, None
        try:
            return super().format(record)
        finally:
            record.exc_text = cached

    def formatException(self, ei) -> str:
        return describe_exception(ei[1]) if ei and ei[1] is not None else ""


def describe_exception(error: BaseException) -> str:
    """The chain of exception kinds and where each was raised, with no message text."""
    parts: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        frames = traceback.extract_tb(current.__traceback__)
        lines = [f"  {Path(f.filename).name}:{f.lineno} in {f.name}" for f in frames]
        kind = type(current)
        parts.append(
            f"{kind.__module__}.{kind.__qualname__} (message not logged)\n" + "\n".join(lines)
        )
        current = current.__cause__ or current.__context__
    return "\nwhich happened while handling\n".join(parts)


def start_logging(data_folder: Path) -> Path:
    """Log to `logs/` in this data folder from now on; the log folder."""
    global _handler, _faults_file, _log_dir
    folder = log_dir_for(data_folder)
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    root = logging.getLogger()
    if _handler is not None:
        root.removeHandler(_handler)
        _handler.close()
    handler = logging.handlers.RotatingFileHandler(
        folder / LOG_FILE_NAME, maxBytes=MAX_BYTES, backupCount=KEPT_FILES, encoding="utf-8"
    )
    handler.setFormatter(
        NoPersonalDataFormatter("%(asctime)s %(levelname)-8s %(name)s: %(message)s")
    )
    handler.setLevel(logging.INFO)
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > logging.INFO:
        root.setLevel(logging.INFO)
    # SQLAlchemy at INFO echoes every statement with the values saved: a child's name.
    logging.getLogger("sqlalchemy").setLevel(logging.WARNING)
    logging.getLogger("alembic.runtime.plugins").setLevel(logging.WARNING)  # noise
    _handler = handler
    _log_dir = folder

    if _faults_file is not None:
        faulthandler.disable()
        _faults_file.close()
    _faults_file = open(folder / FAULTS_FILE_NAME, "a", encoding="utf-8")  # noqa: SIM115
    faulthandler.enable(file=_faults_file)

    # Not the platform module: it reads the Python executable (tens of ms at start-up).
    system = f"{os.uname().sysname} {os.uname().release}" if hasattr(os, "uname") else sys.platform
    log.info(
        "CoPlan %s started (Python %s, %s); data folder %s",
        __version__,
        sys.version.split()[0],
        system,
        shown_path(data_folder),
    )
    return folder


def stop_logging() -> None:
    """Close the log files (tests; the process's end does it otherwise)."""
    global _handler, _faults_file, _log_dir
    if _handler is not None:
        logging.getLogger().removeHandler(_handler)
        _handler.close()
        _handler = None
    if _faults_file is not None:
        faulthandler.disable()
        _faults_file.close()
        _faults_file = None
    _log_dir = None


# -- the exception hook ----------------------------------------------------------------------


def install_exception_hook() -> None:
    """Errors nobody caught, in the window's thread or another, are logged and shown plainly."""
    sys.excepthook = handle_unexpected_error
    threading.excepthook = _thread_error


def _thread_error(arguments: threading.ExceptHookArgs) -> None:
    if arguments.exc_value is not None:
        log.critical(
            "an unexpected error in a background thread",
            exc_info=(arguments.exc_type, arguments.exc_value, arguments.exc_traceback),
        )


def handle_unexpected_error(kind, error, trace) -> None:
    """sys.excepthook: log it, save the open plans, tell the officer in plain words."""
    global _showing_error
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, error, trace)
        return
    log.critical("an unexpected error", exc_info=(kind, error, trace))
    saved = save_open_plans()
    if _showing_error:  # an error while the message is up: logged, not shown twice
        return
    _showing_error = True
    try:
        show_error_message(saved)
    finally:
        _showing_error = False


def save_open_plans() -> int:
    """Ask every open plan to save now; how many did. Never raises."""
    try:
        from PySide6.QtWidgets import QApplication
    except ImportError:  # pragma: no cover - the command line has no windows
        return 0
    if QApplication.instance() is None:
        return 0
    saved = 0
    for widget in QApplication.topLevelWidgets():
        session = getattr(widget, "session", None)
        save_now = getattr(session, "save_now", None)
        if save_now is None:
            continue
        try:
            save_now()
            saved += 1
        except Exception as exc:  # the error may be in saving itself
            log.error("saving an open plan after the error failed: %s", type(exc).__name__)
    return saved


def error_message_text() -> str:
    folder = log_dir()
    where = f"The details are in the log, in the folder {folder}. " if folder else ""
    return (
        "CoPlan met a problem it did not expect, and what you asked for may not have been done. "
        "Your work is kept: every plan is saved as you type, and open plans were saved just now. "
        "You can carry on, or close CoPlan and open it again.\n\n"
        f"{where}Please tell your IT support what you were doing; the log holds no names or "
        "other personal details, so it is safe to send to them. Help → About CoPlan shows "
        "the log folder too."
    )


def show_error_message(_saved: int = 0) -> None:
    try:
        from PySide6.QtWidgets import QApplication, QMessageBox
    except ImportError:  # pragma: no cover
        return
    if QApplication.instance() is None:
        print(error_message_text(), file=sys.stderr)
        return
    box = QMessageBox(QApplication.activeWindow())
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle("Something went wrong")
    box.setText(error_message_text())
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.exec()
