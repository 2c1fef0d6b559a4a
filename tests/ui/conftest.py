"""GUI test fixtures: a store in the test's own folder, example plans, the main window."""

from __future__ import annotations

import pytest

# The offscreen platform says these when a top-level window sets a minimum size (QWizard
# does) or is raised (the family view); they are about the plugin, not about CoPlan.
OFFSCREEN_NOISE = r"This plugin does not support (propagateSizeHints|raise)\(\)"


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/ui/" in str(item.fspath).replace("\\", "/"):
            item.add_marker(pytest.mark.gui)
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


@pytest.fixture(autouse=True)
def _no_unexpected_dialogs(request, monkeypatch):
    """A modal dialog nobody answers would hang the run: fail the test instead.

    Only for the caseload and wizard tests here; tests/ui/signoff drives its own dialogs.
    """
    from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox

    if "signoff" in request.node.path.parts:
        return

    def refuse(name):
        def modal(*args, **kwargs):
            texts = [a for a in args if isinstance(a, str)]
            raise AssertionError(f"unexpected modal dialog {name}: {texts}")

        return modal

    for name in ("question", "warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(refuse(f"QMessageBox.{name}")))
    monkeypatch.setattr(QMessageBox, "exec", refuse("QMessageBox.exec"))
    monkeypatch.setattr(QDialog, "exec", refuse("QDialog.exec"))
    for name in ("getOpenFileName", "getSaveFileName", "getExistingDirectory"):
        monkeypatch.setattr(QFileDialog, name, staticmethod(refuse(f"QFileDialog.{name}")))
    for name in ("getItem", "getText"):
        monkeypatch.setattr(QInputDialog, name, staticmethod(refuse(f"QInputDialog.{name}")))


@pytest.fixture
def data_folder(tmp_path):
    return tmp_path / "data"  # made by CoPlan (an existing folder would get a subfolder)


@pytest.fixture
def store(data_folder):
    from coplan.store import open_store

    opened = open_store(data_folder)
    yield opened
    opened.close()


@pytest.fixture
def settings(tmp_path):
    from PySide6.QtCore import QSettings

    result = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    result.setValue("actor", "Sam Patel")
    return result


@pytest.fixture
def main_window(qtbot, qapp, store, data_folder, settings):
    from coplan.app import apply_look
    from coplan.ui.main_window import MainWindow

    apply_look(qapp)
    window = MainWindow(store, data_folder=data_folder, settings=settings)
    window.show()
    yield window
    # Close the plans first (a test may leave input that is not valid: no question here).
    for wizard in list(window.wizards.values()):
        wizard.session.close()
        wizard._closing_checked = True
        wizard.close()
    window.close()
    window.deleteLater()
    qtbot.wait(1)


@pytest.fixture
def yes_to_questions(monkeypatch):
    """Answer Yes to every QMessageBox.question (remove this person?, move to the bin?)."""
    from PySide6.QtWidgets import QMessageBox

    asked = []

    def question(parent, title, text, *args, **kwargs):
        asked.append((title, text))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return asked
