"""Starting the desktop app: open the store, show the caseload, run the event loop.

The non-Qt stack (SQLAlchemy through the store) is imported before PySide6, whose import hook
slows every later import; Alembic is loaded by the store only when a database needs migrating,
and reportlab only when a PDF is exported.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path


def run_app(
    *,
    data_dir: str | Path | None = None,
    database_url: str | None = None,
    demo: bool = False,
    pack_id: str | None = None,
    argv: list[str] | None = None,
) -> int:
    """Open CoPlan's caseload window and run until it is closed; the exit status."""
    opened = open_main_window(
        data_dir=data_dir, database_url=database_url, demo=demo, pack_id=pack_id, argv=argv
    )
    if isinstance(opened, int):
        return opened
    app, window = opened
    window.offer_recovery()
    try:
        return app.exec()
    finally:
        window.store.close()


def open_main_window(
    *,
    data_dir: str | Path | None = None,
    database_url: str | None = None,
    demo: bool = False,
    pack_id: str | None = None,
    argv: list[str] | None = None,
):
    """(QApplication, shown MainWindow), or an exit status when the data cannot be opened."""
    from coplan import paths
    from coplan.store import StoreError, open_store

    if demo:
        from coplan.demo import prepare_demo_data_dir

        data_dir = prepare_demo_data_dir()

    if no_display():
        print(
            "CoPlan needs a desktop to show its window, and none was found (DISPLAY and "
            "WAYLAND_DISPLAY are not set). Run it from the desktop, or use the command line: "
            "coplan --help.",
            file=sys.stderr,
        )
        return 1

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QMessageBox

    app = QApplication.instance() or QApplication(list(argv) if argv is not None else sys.argv)
    app.setApplicationName("CoPlan")
    app.setOrganizationName("CoPlan")
    app.setApplicationDisplayName("CoPlan")
    apply_look(app)
    settings = QSettings("CoPlan", "CoPlan")
    # A folder chosen in Settings is remembered, but an explicit choice (argument or
    # environment variable) always wins: it may point at a team's PostgreSQL.
    explicit = os.environ.get(paths.DATA_DIR_ENV) or os.environ.get(paths.DATABASE_URL_ENV)
    if data_dir is None and database_url is None and not demo and not explicit:
        remembered = str(settings.value("data_dir", "") or "")
        if remembered and Path(remembered).is_dir():
            data_dir = remembered
    try:
        store = open_store(data_dir, database_url)
    except StoreError as exc:
        QMessageBox.critical(None, "CoPlan cannot open its data", str(exc))
        return 1
    folder = paths.data_dir(data_dir) if database_url is None or data_dir else None

    from coplan.ui.main_window import MainWindow

    window = MainWindow(store, data_folder=folder, pack_id=pack_id, settings=settings)
    if demo:
        window.setWindowTitle("CoPlan: demo caseload (nothing here is real)")
    window.show()
    return app, window


def no_display() -> bool:
    """True on Linux when Qt would abort for want of a screen (and no platform was chosen)."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def apply_look(app) -> None:
    """Fusion everywhere (the same on every council laptop) with CoPlan's focus and messages."""
    from PySide6.QtWidgets import QStyleFactory

    style = QStyleFactory.create("Fusion")
    if style is not None:
        app.setStyle(style)
    with contextlib.suppress(OSError):
        app.setStyleSheet(_stylesheet_path().read_text(encoding="utf-8"))


def _stylesheet_path() -> Path:
    from coplan.paths import resources_dir

    return resources_dir() / "ui" / "coplan.qss"
