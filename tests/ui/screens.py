"""Every screen at 1366×768 (a typical council laptop), for the layout test and for people.

    xvfb-run -s "-screen 0 1366x768x24" .venv/bin/python tests/ui/screens.py OUT_DIR

writes one PNG per wizard page and example plan, the caseload and the family view, so that a
person can look at each one. `layout_problems(widget)` is what the test checks on every page:
no field or label cut off by the window, no two of them overlapping, no unwrapped label
too narrow for its text.
"""

from __future__ import annotations

import sys
from pathlib import Path

WIDTH, HEIGHT = 1366, 768


def _leaves(root):
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QComboBox,
        QLabel,
        QLineEdit,
        QPlainTextEdit,
        QWidget,
    )

    kinds = (QLabel, QLineEdit, QPlainTextEdit, QComboBox, QAbstractButton, QAbstractItemView)
    for widget in root.findChildren(QWidget):
        if (
            not isinstance(widget, kinds)
            or not widget.isVisibleTo(root)
            or widget.objectName().startswith("qt_")
        ):
            continue
        if isinstance(widget, QLineEdit) and isinstance(widget.parent(), QComboBox):
            continue
        if not widget.objectName() and not isinstance(widget, QLabel):
            continue
        yield widget


def _scroll_area_of(widget):
    from PySide6.QtWidgets import QAbstractScrollArea

    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea) and not hasattr(parent, "item"):
            return parent
        parent = parent.parentWidget()
    return None


def layout_problems(window) -> list[str]:
    """Widgets outside the window, overlapping siblings, and labels too narrow for their text."""
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtWidgets import QLabel

    problems = []
    frame = window.rect()
    placed = []
    for widget in _leaves(window):
        name = widget.objectName() or f"label “{getattr(widget, 'text', lambda: '')()[:30]}”"
        top_left = widget.mapTo(window, widget.rect().topLeft())
        rect = QRect(top_left, widget.size())
        area = _scroll_area_of(widget)
        if area is None and not frame.contains(rect):
            problems.append(f"{name} is cut off by the window ({rect.getRect()})")
        if widget.width() < 4 or widget.height() < 4:
            problems.append(f"{name} is squashed to {widget.width()}×{widget.height()}")
        if isinstance(widget, QLabel) and not widget.wordWrap() and widget.text():
            needed = widget.sizeHint().width()
            if needed > widget.width() + 1:
                problems.append(f"{name} needs {needed} px but has {widget.width()}")
        if (
            isinstance(widget, QLabel)
            and widget.wordWrap()
            and widget.textFormat() != Qt.TextFormat.RichText
        ):
            # A wrapped label squeezed narrower than its longest word shows a sliver of it (the
            # management page's item names did this beside their choices at 1366x768).
            metrics = widget.fontMetrics()
            longest = max((metrics.horizontalAdvance(w) for w in widget.text().split()), default=0)
            if longest > widget.contentsRect().width() + 1:
                problems.append(f"{name} is narrower ({widget.width()} px) than a word in it")
        placed.append((widget, rect, area))
    for index, (one, rect_one, area_one) in enumerate(placed):
        for other, rect_two, area_two in placed[index + 1 :]:
            if area_one is not area_two or one.isAncestorOf(other) or other.isAncestorOf(one):
                continue
            overlap = rect_one.intersected(rect_two)
            if overlap.width() > 2 and overlap.height() > 2:
                problems.append(
                    f"{one.objectName() or 'a label'} overlaps {other.objectName() or 'a label'}"
                )
    return problems + cut_off_sideways(window)


def cut_off_sideways(window) -> list[str]:
    """A scroll area that never scrolls sideways holding something wider than itself cuts off
    the right of its fields (a long choice in a combo box did this at 150 %)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QScrollArea

    problems = []
    for area in window.findChildren(QScrollArea):
        inside = area.widget()
        if inside is None or not area.isVisible():
            continue
        if area.horizontalScrollBarPolicy() != Qt.ScrollBarPolicy.ScrollBarAlwaysOff:
            continue
        if inside.width() > area.viewport().width() + 1:
            cut = inside.width() - area.viewport().width()
            problems.append(f"{area.objectName()} cuts off {cut} px on the right")
    return problems


def shoot(folder: Path) -> list[Path]:
    import tempfile

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    import coplan.ui  # noqa: F401
    from coplan.app import apply_look
    from coplan.plan_file import read_plan
    from coplan.store import open_store

    app = QApplication.instance() or QApplication([])
    apply_look(app)
    from coplan.ui.main_window import MainWindow

    examples = sorted((Path(__file__).resolve().parents[2] / "examples").glob("*.json"))
    scratch = Path(tempfile.mkdtemp(prefix="coplan-shots-"))
    store = open_store(scratch, passphrase="layout screenshots, made-up plans")  # as an officer's
    for path in examples:
        store.save(read_plan(path), actor="screens")
    settings = QSettings(str(scratch / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(store, data_folder=scratch, settings=settings)
    window.resize(WIDTH, HEIGHT)
    window.show()
    written = []
    folder.mkdir(parents=True, exist_ok=True)

    def save(widget, name: str) -> None:
        for _ in range(5):
            app.processEvents()
        path = folder / f"{name}.png"
        widget.grab().save(str(path))
        written.append(path)

    save(window, "caseload")
    for path in examples:
        plan = store.load(read_plan(path).id)
        wizard = window.open_plan(plan)
        wizard.resize(WIDTH, HEIGHT)
        for number, page in enumerate(wizard.pages, start=1):
            wizard.go_to(page.key)
            save(wizard, f"{path.stem}-{number}-{page.key}")
        wizard.toggle_family_view()
        wizard.family_view.resize(WIDTH, HEIGHT)
        save(wizard.family_view, f"{path.stem}-family-view")
        wizard.session.close()
        wizard._closing_checked = True
        wizard.close()
    window.close()
    store.close()
    return written


if __name__ == "__main__":
    for written in shoot(Path(sys.argv[1])):
        print(written)
