"""The log support reads: a whole session leaves a useful log with no personal data in it, and an
error nobody expected is logged and shown in plain words while the work is kept."""

from __future__ import annotations

import faulthandler
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from ui_driver import Driver, example_paths

from coplan.plan_file import read_plan, write_plan
from coplan.support import logs

NAMES = ("persephone", "aldergrove", "percy", "hollowmere")


@pytest.fixture
def logging_to(data_folder):
    folder = logs.start_logging(data_folder)
    yield folder
    logs.stop_logging()


def logged_text(folder: Path) -> str:
    return "\n".join(path.read_text(encoding="utf-8") for path in sorted(folder.iterdir()))


@pytest.fixture
def shown_messages(monkeypatch):
    shown = []

    def exec_(box):
        shown.append((box.windowTitle(), box.text()))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return shown


def test_a_whole_session_leaves_no_personal_data_in_the_log(
    qtbot, logging_to, main_window, store, tmp_path, monkeypatch, shown_messages
):
    # A draft (editable) with no head teacher's agreement (a new name would void one).
    plan = read_plan(next(p for p in example_paths() if p.stem == "joint-school-managed"))
    plan.child.full_name, plan.child.preferred_name = "Persephone Aldergrove", "Percy"
    source = tmp_path / "in.json"
    write_plan(plan, source)

    # Open a plan (imported from a file), edit it, export the draft and the plan file.
    imported = main_window.import_plan_file(str(source))
    main_window.select_plan(imported.id)
    main_window.open_selected()
    (wizard,) = main_window.wizards.values()
    qtbot.waitExposed(wizard)
    driver = Driver(qtbot, wizard)
    page = wizard.currentPage()
    driver.type(page.ui.childPreferredName, "Percy Hollowmere")
    qtbot.waitUntil(lambda: not wizard.session.dirty, timeout=3000)
    wizard.go_to("review")
    pdf = tmp_path / "Percy Hollowmere draft.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(pdf), ""))
    )
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.No)
    )
    wizard.currentPage().export_pdf()
    qtbot.waitUntil(lambda: wizard.currentPage().exporting is None, timeout=20_000)
    assert pdf.exists(), wizard.currentPage().ui.exportStatus.text()
    assert main_window.export_plan_file(str(tmp_path / "Percy Hollowmere.json"))
    # An error nobody expected, quoting the child's name as errors can.
    try:
        raise ValueError("could not place 'Persephone Aldergrove' (Percy Hollowmere)")
    except ValueError as error:
        logs.handle_unexpected_error(type(error), error, error.__traceback__)
    assert shown_messages and shown_messages[0][0] == "Something went wrong"

    text = logged_text(logging_to)
    assert "CoPlan" in text and "started" in text
    assert "builtins.ValueError (message not logged)" in text
    assert "test_support_logs.py" in text  # where it happened
    # What happened, by plan id, for support to follow.
    assert f"opened plan {imported.id}" in text
    assert f"exported plan {imported.id} to a plan file" in text
    assert not [name for name in NAMES if name in text.casefold()]


def test_an_unexpected_error_says_where_the_log_is_and_keeps_the_work(
    qtbot, logging_to, main_window, store, shown_messages
):
    main_window.new_plan()
    (wizard,) = main_window.wizards.values()
    qtbot.waitExposed(wizard)
    driver = Driver(qtbot, wizard)
    driver.type(wizard.currentPage().ui.childFullName, "Amara Okafor")
    assert wizard.session.dirty  # not yet saved: the autosave waits for a pause
    try:
        raise RuntimeError("boom")
    except RuntimeError as error:
        logs.handle_unexpected_error(type(error), error, error.__traceback__)
    assert not wizard.session.dirty  # saved at once
    assert store.load(wizard.session.plan.id).child.full_name == "Amara Okafor"
    ((_title, text),) = shown_messages
    assert str(logging_to) in text
    assert "Your work is kept" in text
    assert "RuntimeError" in logged_text(logging_to)
    assert main_window.isVisible()  # the window stays


def test_faulthandler_is_on_and_writes_to_the_log_folder(logging_to):
    assert faulthandler.is_enabled()
    assert (logging_to / logs.FAULTS_FILE_NAME).exists()


def test_a_hard_crash_leaves_its_stack_in_the_log_folder(tmp_path):
    script = (
        "import ctypes, sys\n"
        "from pathlib import Path\n"
        "from coplan.support.logs import start_logging\n"
        "start_logging(Path(sys.argv[1]))\n"
        "ctypes.string_at(0)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path)], capture_output=True, timeout=60
    )
    assert result.returncode != 0
    faults = (tmp_path / "logs" / logs.FAULTS_FILE_NAME).read_text(encoding="utf-8")
    assert "Fatal Python error" in faults


def test_the_log_rotates(logging_to):
    import logging

    line = "x" * 1000
    for _ in range(logs.MAX_BYTES // 1000 + 10):
        logging.getLogger("coplan.test").info(line)
    assert (logging_to / f"{logs.LOG_FILE_NAME}.1").exists()
    assert (logging_to / logs.LOG_FILE_NAME).stat().st_size <= logs.MAX_BYTES


FORCED_ERROR = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from coplan import app as app_module
from coplan.ui.main_window import MainWindow

QMessageBox.exec = lambda box: print("SHOWN:", box.text().replace("\\n", " ")) or 0

def boom():
    raise RuntimeError("Persephone Aldergrove")

def schedule(window):  # run_app calls this once the window is up and the hook installed
    QTimer.singleShot(100, boom)
    QTimer.singleShot(400, lambda: print("STILL OPEN:", window.isVisible()))
    QTimer.singleShot(500, QApplication.instance().quit)

MainWindow.offer_recovery = schedule
sys.exit(app_module.run_app(data_dir=sys.argv[1], argv=["coplan"]))
"""


def test_a_forced_error_in_the_running_app_leaves_a_log_line_and_a_plain_message(tmp_path):
    data = tmp_path / "data"
    result = subprocess.run(
        [sys.executable, "-c", FORCED_ERROR, str(data)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    assert "SHOWN: CoPlan met a problem it did not expect" in result.stdout
    assert str(data / "logs") in result.stdout
    assert "STILL OPEN: True" in result.stdout
    text = logged_text(data / "logs")
    assert "builtins.RuntimeError (message not logged)" in text
    assert "persephone" not in text.casefold()
