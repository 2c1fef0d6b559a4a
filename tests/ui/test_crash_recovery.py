"""Kill CoPlan in the middle of a meeting: the plan is there, and it offers the same page."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from coplan.store import open_store
from coplan.ui.session import RecoveryMarker, computer_name

HERE = Path(__file__).resolve().parent


@pytest.mark.slow
def test_a_killed_session_loses_nothing_and_offers_to_continue_on_its_page(
    qtbot, tmp_path, settings, monkeypatch
):
    folder = tmp_path / "crash"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(HERE))
    child = subprocess.Popen(
        [sys.executable, str(HERE / "crash_child.py"), str(folder)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=env,
        text=True,
    )
    try:
        line = child.stdout.readline()
        assert line.startswith("READY"), line
        plan_id = line.split()[1]
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=10)
        child.stdout.close()
    assert child.returncode == -signal.SIGKILL

    marker = RecoveryMarker(folder).read()
    assert marker == {
        "plan_id": plan_id,
        "page": "outcomes",
        "pid": child.pid,
        "computer": computer_name(),
    }
    with open_store(folder) as store:
        plan = store.load(plan_id)
        assert plan.child.full_name == "Amara Grace Okafor"
        assert [o.text for o in plan.outcomes] == ["Amara will talk to her friends at lunch"]

    from coplan.ui.main_window import MainWindow

    asked = []

    def question(parent, title, text, *args):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    store = open_store(folder)
    window = MainWindow(store, data_folder=folder, settings=settings)
    window.show()
    try:
        assert window.offer_recovery()
        assert "Amara" in asked[0] and "Outcomes" in asked[0]
        (wizard,) = window.wizards.values()
        qtbot.waitUntil(lambda: wizard.currentPage().key == "outcomes", timeout=2000)
        assert wizard.currentPage().ui.outcomeList.count() == 1
        # Back still goes one page back after the jump.
        assert wizard.visitedIds() == [0, 1, 2]
        wizard.close()
        assert RecoveryMarker(folder).read() is None
    finally:
        window.close()
        store.close()


def test_no_offer_after_a_clean_close(qtbot, main_window, data_folder):
    main_window.ui.actionNew.trigger()
    (wizard,) = main_window.wizards.values()
    assert RecoveryMarker(data_folder).read() is not None
    wizard.close()
    assert RecoveryMarker(data_folder).read() is None
    assert main_window.offer_recovery() is False


def test_a_marker_of_a_coplan_still_running_is_not_offered(
    qtbot, main_window, data_folder, monkeypatch
):
    """A second window must never be told that CoPlan did not close properly: the marker
    names a process that is still running, so it is not ours to offer (nor to remove)."""
    main_window.ui.actionNew.trigger()
    (wizard,) = main_window.wizards.values()
    plan_id = wizard.session.plan.id
    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        marker = RecoveryMarker(data_folder)
        marker.path.write_text(
            f'{{"plan_id": "{plan_id}", "page": "outcomes", "pid": {other.pid}, '
            f'"computer": "{computer_name()}"}}',
            encoding="utf-8",
        )
        asked = []
        monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a: asked.append(a)))
        assert main_window.offer_recovery() is False
        assert asked == [] and marker.read()["pid"] == other.pid
    finally:
        other.kill()
        other.wait(timeout=10)
    # Once that process has ended without removing it, it is a crash: offered.
    assert RecoveryMarker(data_folder).left_by_a_crash()["pid"] == other.pid


def test_holding_the_folder_a_marker_whose_pid_was_reused_is_still_offered(
    qtbot, main_window, data_folder
):
    """After a crash the system may give the dead CoPlan's process id to another program; the
    CoPlan holding the folder's lock knows no other CoPlan runs on it, so it still offers."""
    from coplan.ui.single_instance import SingleInstance

    main_window.ui.actionNew.trigger()
    (wizard,) = main_window.wizards.values()
    plan_id = wizard.session.plan.id
    unrelated = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    instance = SingleInstance(data_folder)
    try:
        RecoveryMarker(data_folder).path.write_text(
            f'{{"plan_id": "{plan_id}", "page": "outcomes", "pid": {unrelated.pid}, '
            f'"computer": "{computer_name()}"}}',
            encoding="utf-8",
        )
        assert RecoveryMarker(data_folder).left_by_a_crash() is None  # alone, it looks alive
        assert instance.acquire()
        marker = RecoveryMarker(data_folder).left_by_a_crash(folder_held=instance.held)
        assert marker["plan_id"] == plan_id
    finally:
        instance.release()
        unrelated.kill()
        unrelated.wait(timeout=10)
