"""Starting the desktop app: open the store, show the caseload, run the event loop.

For a SQLite data folder already at this CoPlan's schema, the window is built over a LazyStore:
its first caseload page is read with the standard library's sqlite3, and SQLAlchemy (about
0.4 s) loads just after the window is shown. Otherwise (demo, PostgreSQL, a database to create
or migrate) the store is opened first, as before. PySide6's import hook slows every later import
(SQLAlchemy: ~0.1 s and ~15 MB more), so when a URL makes the real store certain, SQLAlchemy is
imported before PySide6. Alembic is loaded by the store only when a database needs migrating,
and reportlab only when a PDF is exported.

An encrypted caseload (store/crypto.py) is opened only after the passphrase prompt
(ui/passphrase.py), shown before anything of a plan: the quick first page is read through
SQLCipher with the key it gives. The demo, PostgreSQL, and the tests' plain caseloads
(COPLAN_UNENCRYPTED=1) are not prompted for, and the window's title says "not encrypted".
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
        if window.single_instance is not None:
            window.single_instance.release()


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
    from coplan.store.errors import StoreError

    if database_url or (not data_dir and os.environ.get(paths.DATABASE_URL_ENV)):
        import coplan.store.startup  # noqa: F401  (no LazyStore: SQLAlchemy before PySide6)

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
    instance = None
    if not demo:  # a demo has a fresh folder of its own
        instance = _hold_the_data_folder(data_dir, database_url)
        if isinstance(instance, int):
            return instance
    lazy = None
    key = None
    kept_plain = demo
    try:
        if not demo:
            from coplan.ui.unlock import unlock_caseload

            unlocked = unlock_caseload(data_dir, database_url)
            if unlocked is None:
                if instance is not None:
                    instance.release()
                return 0  # the officer chose Quit at the passphrase prompt
            key, kept_plain = unlocked
            from coplan.store.lazy import lazy_store

            lazy = lazy_store(data_dir, database_url, key=key)
        if lazy is not None:
            store = lazy
        else:
            from coplan.store import open_store

            store = open_store(data_dir, database_url, key=key, plain=demo)
    except StoreError as exc:
        if instance is not None:
            instance.release()
        QMessageBox.critical(None, "CoPlan cannot open its data", str(exc))
        return 1
    folder = paths.data_dir(data_dir) if database_url is None or data_dir else None

    from coplan.ui.main_window import MainWindow

    window = MainWindow(store, data_folder=folder, pack_id=pack_id, settings=settings)
    window.use_key(key)  # seals the recovery marker; the lock screen checks passphrases
    if instance is not None:
        window.single_instance = instance
        instance.setParent(window)
        instance.come_forward.connect(window.come_forward)
    if demo:
        window.setWindowTitle("CoPlan: demo caseload (nothing here is real; not encrypted)")
    elif kept_plain:
        window.setWindowTitle("CoPlan: this caseload is not encrypted (test set-up)")
    window.show()
    window.idle_lock = None
    if not demo:
        _install_idle_lock_soon(window, key, folder)
    if lazy is not None:
        _open_after_first_paint(app, window, lazy)
    return app, window


# The idle lock counts minutes: installing it a moment after start keeps it out of start-up.
IDLE_LOCK_AFTER_MS = 1500


def _install_idle_lock_soon(window, key, folder) -> None:
    from PySide6.QtCore import QTimer

    def install() -> None:
        from coplan.ui.idle_lock import install_idle_lock

        window.idle_lock = install_idle_lock(window, key=key, data_folder=folder)

    QTimer.singleShot(IDLE_LOCK_AFTER_MS, window, install)


ALREADY_OPEN = (
    "CoPlan is already open on this data folder; its window was brought forward. "
    "(One CoPlan at a time per data folder, so that two windows never save over each other.)"
)


def _hold_the_data_folder(data_dir, database_url):
    """The SingleInstance holding this data folder, or the exit status of a second start
    (which has asked the first CoPlan to come forward)."""
    from PySide6.QtWidgets import QMessageBox

    from coplan import paths
    from coplan.ui.single_instance import SingleInstance

    try:
        folder = paths.data_dir(data_dir)
    except OSError:
        return None  # open_store explains an unusable folder
    instance = SingleInstance(folder)
    if instance.acquire():
        return instance
    if instance.ask_first_to_come_forward():
        print(ALREADY_OPEN, file=sys.stderr)
        return 0
    QMessageBox.warning(
        None,
        "CoPlan is already open",
        "CoPlan is already open on this data folder, but did not answer. Look for its "
        f"window, or wait for it to finish starting, then try again.\n\nData folder: {folder}",
    )
    return 1


# If the window is never painted (minimised, a headless run), the store opens after this anyway.
OPEN_STORE_AT_THE_LATEST_MS = 1000


def _open_after_first_paint(app, window, lazy) -> None:
    """Open the real store (SQLAlchemy) once the caseload is on the screen, so that it loads
    while the officer reads it. A zero timer set at `show()` would run before the first paint
    (the window system's expose event comes later) and keep the window blank meanwhile."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QMessageBox

    from coplan.store.errors import StoreError

    started = False

    def open_store_now() -> None:
        nonlocal started
        if started:
            return
        started = True
        latest.stop()
        window.removeEventFilter(watcher)
        try:
            lazy.open_now()
        except StoreError as exc:
            QMessageBox.critical(None, "CoPlan cannot open its data", str(exc))
            app.exit(1)

    class FirstPaint(QObject):
        def eventFilter(self, _watched, event) -> bool:
            if event.type() == QEvent.Type.Paint:
                # After this paint, and the flush to the screen that ends it.
                latest.start(0)
            return False

    # Timers owned by the window: nothing fires once it is gone.
    watcher = FirstPaint(window)
    latest = QTimer(watcher)
    latest.setSingleShot(True)
    latest.timeout.connect(open_store_now)
    window.installEventFilter(watcher)
    latest.start(OPEN_STORE_AT_THE_LATEST_MS)


def no_display() -> bool:
    """True on Linux when Qt would abort for want of a screen (and no platform was chosen)."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def apply_look(app) -> None:
    """Fusion everywhere (the same on every council laptop) with CoPlan's focus and messages."""
    from PySide6.QtWidgets import QStyleFactory

    # Once per application: setting a style again re-polishes every widget alive, which is
    # wasted work at best (and under test, with windows of earlier tests still being deleted,
    # has crashed Qt).
    if app.property("coplanLook"):
        return
    style = QStyleFactory.create("Fusion")
    if style is not None:
        app.setStyle(style)
    with contextlib.suppress(OSError):
        app.setStyleSheet(_stylesheet_path().read_text(encoding="utf-8"))
    app.setProperty("coplanLook", True)


def _stylesheet_path() -> Path:
    from coplan.paths import resources_dir

    return resources_dir() / "ui" / "coplan.qss"
