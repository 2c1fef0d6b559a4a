"""Take the user guide's pictures from the real app, so that they stay true.

    .venv/bin/python docs/screenshots.py

Starts a 1366x768 X screen (Xvfb) with the openbox window manager, opens CoPlan on the demo
caseload there (as `coplan demo` does, with settings kept in a temporary file), walks through
the screens the guide shows and saves each window, with its title bar, into docs/images/ at a
width that reads well in the guide. Needs Xvfb, openbox and xwininfo (scripts/bootstrap --test).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

DOCS = Path(__file__).resolve().parent
ROOT = DOCS.parent
IMAGES = DOCS / "images"
WIDTH = 800  # pixels: the guide's pictures fit CoPlan's help window and a printed page


def main() -> int:
    if os.environ.get("COPLAN_SCREENSHOTS_INSIDE"):
        return take_pictures()
    sys.path.insert(0, str(ROOT / "tests" / "packaging"))
    from xsession import missing_tools, x_session

    missing = missing_tools()
    if missing:
        print(f"Needs {', '.join(missing)}: run scripts/bootstrap --test", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, COPLAN_SCREENSHOTS_INSIDE="1", QT_QPA_PLATFORM="xcb")
        env.update(HOME=home, XDG_CONFIG_HOME=f"{home}/config", XDG_CACHE_HOME=f"{home}/cache")
        env["XDG_DATA_HOME"] = f"{home}/data"
        with x_session(env) as display:
            display["QT_QPA_PLATFORM"] = "xcb"
            return subprocess.run([sys.executable, __file__], env=display, check=False).returncode


def take_pictures() -> int:
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    import coplan.ui  # noqa: F401  (the PySide6 work-around first)
    from coplan.app import apply_look
    from coplan.demo import example_plans, prepare_demo_data_dir
    from coplan.store import open_store

    folder = prepare_demo_data_dir()
    app = QApplication(["coplan"])
    app.setApplicationName("CoPlan")
    app.setApplicationDisplayName("CoPlan")
    apply_look(app)
    from coplan.support.logs import start_logging
    from coplan.ui.main_window import MainWindow

    start_logging(folder)
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("actor", "Sam Patel")
    store = open_store(folder)
    window = MainWindow(store, data_folder=folder, settings=settings)
    window.setWindowTitle("CoPlan: demo caseload (nothing here is real)")
    window.resize(1100, 640)
    window.show()
    IMAGES.mkdir(exist_ok=True)

    def shoot(widget, name: str) -> None:
        widget.raise_()
        widget.activateWindow()
        QTest.qWait(700)
        frame = widget.frameGeometry()
        picture = app.primaryScreen().grabWindow(
            0, frame.x(), frame.y(), frame.width(), frame.height()
        )
        if picture.width() > WIDTH:
            picture = picture.scaledToWidth(WIDTH, Qt.TransformationMode.SmoothTransformation)
        picture.save(str(IMAGES / f"{name}.png"), "PNG")
        print(f"wrote {IMAGES / name}.png")

    shoot(window, "caseload")

    amara = next(p for p in example_plans() if p.child.preferred_name == "Amara")
    window.select_plan(amara.id)
    wizard = window.open_plan(store.load(amara.id))
    wizard.resize(1200, 700)
    for key in ("meeting", "budget", "provision", "management", "agreement", "review"):
        wizard.go_to(key)
        shoot(wizard, f"wizard-{key}")
    wizard.session.close()
    wizard._closing_checked = True
    wizard.close()

    shoot_dp_signing(app, amara, wizard.session.pack, folder)

    about = window.about_dialog()
    about.show()
    shoot(about, "about")
    about.close()
    window.close()
    store.close()
    return 0


def shoot_dp_signing(app, plan, pack, folder) -> None:
    """The family's direct payment agreement on the locked signing screen (full screen)."""
    import copy

    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from coplan.lock import OfficerLock
    from coplan.ui.signoff.dp_screen import DpSigningScreen

    plan = copy.deepcopy(plan)
    plan.dp_agreements.clear()  # as before Grace signs
    lock = OfficerLock(folder / "screenshots-lock.json")
    lock.set_secret("screenshots only")
    screen = DpSigningScreen(plan, pack, lock=lock)
    screen.showFullScreen()
    QTest.qWait(900)
    picture = app.primaryScreen().grabWindow(0)
    picture.scaledToWidth(WIDTH, Qt.TransformationMode.SmoothTransformation).save(
        str(IMAGES / "dp-signing.png"), "PNG"
    )
    print(f"wrote {IMAGES / 'dp-signing'}.png")
    screen._may_close = True  # only the PIN ends it for real; this is a picture
    screen.cover.stop()
    screen.close()


if __name__ == "__main__":
    sys.exit(main())
