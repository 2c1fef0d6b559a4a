"""Starting the desktop app: open the store, show the caseload, run the event loop.

The non-Qt stack (SQLAlchemy through the store) is imported before PySide6, whose import hook
slows every later import; Alembic is loaded by the store only when a database needs migrating,
and reportlab only when a PDF is exported.
"""

from __future__ import annotations

import contextlib
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

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QMessageBox

    import coplan.ui  # noqa: F401  (PySide6 work-around before any Qt call)

    app = QApplication.instance() or QApplication(list(argv) if argv is not None else sys.argv)
    app.setApplicationName("CoPlan")
    app.setOrganizationName("CoPlan")
    app.setApplicationDisplayName("CoPlan")
    apply_look(app)
    settings = QSettings("CoPlan", "CoPlan")
    if data_dir is None and database_url is None and not demo:
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
