"""Does every screen fit a council laptop? Run on a real X screen with a window manager.

    tests/ui/fit_check.py OUT_DIR [WIDTHxHEIGHT] [SCALE]

Starts Xvfb (WIDTHxHEIGHT, default 1366x768) with openbox, puts a 40-pixel taskbar along the
bottom (a dock window with a strut, as a Windows or GNOME taskbar reserves its place), runs
CoPlan with QT_SCALE_FACTOR=SCALE (default 1), opens each example plan and visits every page of
the wizard and the family view. For each it writes OUT_DIR/<size>-<plan>-<page>.png (the whole
screen) and prints one line per problem: a window whose frame (title bar included) leaves the
screen's free area, a button or field outside it, a label whose text is wider than the label,
a field cut off by its page (`screens.layout_problems`). Exit status 0 when there is none.

    1366x768 at 100 %: a typical council laptop.
    1920x1080 at 150 %: the same picture on a larger laptop with Windows' recommended scaling.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
TASKBAR = 40  # logical pixels, as Windows 10/11's at 100 %


def main(argv: list[str]) -> int:
    out = Path(argv[1])
    size = argv[2] if len(argv) > 2 else "1366x768"
    scale = argv[3] if len(argv) > 3 else "1"
    if os.environ.get("COPLAN_FIT_INSIDE"):
        return check(out, size, float(scale))
    sys.path.insert(0, str(HERE.parent / "packaging"))
    import xsession

    missing = xsession.missing_tools()
    if missing:
        print(f"needs {', '.join(missing)} (scripts/bootstrap --test)", file=sys.stderr)
        return 2
    xsession.SCREEN = f"{size}x24"
    env = dict(os.environ, COPLAN_FIT_INSIDE="1", QT_SCALE_FACTOR=scale)
    env.pop("QT_QPA_PLATFORM", None)
    with xsession.x_session(env) as display:
        display["QT_QPA_PLATFORM"] = "xcb"
        display["PYTHONPATH"] = os.pathsep.join([str(HERE), env.get("PYTHONPATH", "")])
        return subprocess.run(
            [sys.executable, __file__, *argv[1:]], env=display, check=False, timeout=600
        ).returncode


def add_taskbar(app, scale: float):
    """A dock window along the bottom that reserves its height (_NET_WM_STRUT_PARTIAL)."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QWidget

    screen = app.primaryScreen()
    full = screen.geometry()
    bar = QWidget(None, Qt.WindowType.FramelessWindowHint)
    bar.setStyleSheet("background: #1f2a44;")
    bar.setGeometry(0, full.height() - TASKBAR, full.width(), TASKBAR)
    window = str(int(bar.winId()))
    physical_height = round(TASKBAR * scale)
    physical_width = round(full.width() * scale)

    def xprop(*args: str) -> None:
        subprocess.run(["xprop", "-id", window, *args], check=True, timeout=30)

    xprop("-f", "_NET_WM_WINDOW_TYPE", "32a", "-set", "_NET_WM_WINDOW_TYPE",
          "_NET_WM_WINDOW_TYPE_DOCK")  # fmt: skip
    bar.show()
    strut = f"0,0,0,{physical_height},0,0,0,0,0,0,0,{physical_width - 1}"
    xprop("-f", "_NET_WM_STRUT_PARTIAL", "32c", "-set", "_NET_WM_STRUT_PARTIAL", strut)
    xprop("-f", "_NET_WM_STRUT", "32c", "-set", "_NET_WM_STRUT", f"0,0,0,{physical_height}")
    deadline = time.monotonic() + 10
    while screen.availableGeometry().height() >= full.height() and time.monotonic() < deadline:
        QTest.qWait(50)
    return bar


def off_screen(window, available) -> list[str]:
    """The window's frame and every button and field inside the screen's free area."""
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractScrollArea,
        QComboBox,
        QLineEdit,
        QWidget,
    )
    from screens import _scroll_area_of

    problems = []
    frame = window.frameGeometry()
    if not available.contains(frame):
        problems.append(f"the window's frame {frame.getRect()} leaves the free area "
                        f"{available.getRect()}")  # fmt: skip
    # A field inside a scroll area may be scrolled out of sight: the area itself must fit.
    kinds = (QAbstractButton, QComboBox, QLineEdit, QAbstractScrollArea)
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, kinds) or not widget.isVisible():
            continue
        if widget.objectName().startswith("qt_") or _scroll_area_of(widget) is not None:
            continue
        if isinstance(widget, QLineEdit) and isinstance(widget.parent(), QComboBox):
            continue
        rect = QRect(widget.mapToGlobal(widget.rect().topLeft()), widget.size())
        if not available.contains(rect):
            name = getattr(widget, "text", lambda: "")() or widget.objectName()
            name = name.replace("&", "")
            problems.append(f"{name} {rect.getRect()} is outside the free area")
    return problems


def ink_cut_off(window) -> list[str]:
    """Labels whose text is drawn up to their right edge: cut off. At 150 % a label can be
    as wide as its text measures and still lose its last letter ("Target dat"), so this looks at
    the pixels (a label that is not wrapped, in the text's colour, in its last column)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QColor
    from PySide6.QtWidgets import QLabel

    problems = []
    for label in window.findChildren(QLabel):
        if not label.isVisible() or label.wordWrap() or not label.text() or label.pixmap():
            continue
        if label.alignment() & (Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignHCenter):
            continue
        image = label.grab().toImage()
        background = QColor(image.pixel(0, image.height() - 1)).lightness()
        last = image.width() - 1
        column = [QColor(image.pixel(last, y)).lightness() for y in range(image.height())]
        if any(abs(value - background) > 90 for value in column):
            problems.append(f"label “{label.text()[:40]}” is cut off on the right")
    return problems


def check(out: Path, size: str, scale: float) -> int:
    from PySide6.QtCore import QSettings
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    import coplan.ui  # noqa: F401  (the PySide6 work-around first)
    from coplan.app import apply_look
    from coplan.plan_file import read_plan
    from coplan.store import open_store

    sys.path.insert(0, str(HERE))
    from screens import layout_problems
    from ui_driver import example_paths

    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(["coplan"])
    app.setApplicationName("CoPlan")
    apply_look(app)
    bar = add_taskbar(app, scale)
    available = app.primaryScreen().availableGeometry()
    print(f"{size} at {scale:g}: free area {available.getRect()}")
    from coplan.ui.main_window import MainWindow

    folder = out / "data"
    settings = QSettings(str(out / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("actor", "Sam Patel")
    store = open_store(folder, passphrase="fit check, made-up plans")
    window = MainWindow(store, data_folder=folder, settings=settings)
    window.show()
    QTest.qWait(400)
    tag = f"{size}@{scale:g}"
    problems: list[str] = []

    def shoot(name: str) -> None:
        QTest.qWait(300)
        app.primaryScreen().grabWindow(0).save(str(out / f"{tag}-{name}.png"), "PNG")

    def look(widget, name: str) -> None:
        found = off_screen(widget, available) + layout_problems(widget) + ink_cut_off(widget)
        problems.extend(f"{tag} {name}: {p}" for p in found)
        shoot(name)

    look(window, "caseload")
    for path in example_paths():
        plan = read_plan(path)
        store.save(plan, actor="test")
        wizard = window.open_plan(store.load(plan.id))
        QTest.qWait(500)
        for page in wizard.pages:
            wizard.go_to(page.key)
            QTest.qWait(100)
            look(wizard, f"{path.stem}-{page.key}")
        wizard.toggle_family_view()
        QTest.qWait(500)
        look(wizard.family_view, f"{path.stem}-family")
        wizard.family_view.close()
        wizard.session.close()
        wizard._closing_checked = True
        wizard.close()
        QTest.qWait(100)
    window.close()
    bar.close()
    store.close()
    for problem in problems:
        print(problem)
    print(f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
