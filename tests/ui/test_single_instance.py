"""One CoPlan per data folder: a second start brings the first window forward and opens nothing."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time

import pytest

from coplan.ui.single_instance import LOCK_FILE_NAME, SingleInstance


def child_env():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("COPLAN_DATABASE_URL", None)
    return env


def test_the_second_holder_is_refused_and_its_knock_is_heard(qtbot, tmp_path):
    first, second = SingleInstance(tmp_path), SingleInstance(tmp_path)
    assert first.acquire()
    try:
        assert not second.acquire()
        with qtbot.waitSignal(first.come_forward, timeout=5000):
            assert second.ask_first_to_come_forward()
    finally:
        first.release()
    assert second.acquire()  # free again once released
    second.release()


@pytest.mark.slow
def test_a_second_coplan_started_on_the_folder_brings_the_first_forward(
    qtbot, main_window, data_folder, monkeypatch
):
    instance = SingleInstance(data_folder)
    assert instance.acquire()
    main_window.single_instance = instance
    instance.come_forward.connect(main_window.come_forward)
    main_window.showMinimized()
    try:
        with qtbot.waitSignal(instance.come_forward, timeout=30000):
            second = subprocess.Popen(
                [sys.executable, "-m", "coplan", "open", "--data-dir", str(data_folder)],
                env=child_env(),
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            qtbot.waitUntil(lambda: second.poll() is not None, timeout=30000)
        _out, err = second.communicate(timeout=10)
        assert second.returncode == 0, err
        assert "already open on this data folder" in err
        assert not main_window.isMinimized()
        assert "started again" in main_window.statusBar().currentMessage()
    finally:
        instance.release()


@pytest.mark.slow
def test_a_lock_left_by_a_killed_coplan_is_taken_over(qtbot, tmp_path):
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(
                f"""
                import sys, time
                from PySide6.QtCore import QCoreApplication
                from coplan.ui.single_instance import SingleInstance
                app = QCoreApplication([])
                instance = SingleInstance({str(tmp_path)!r})
                print("HELD" if instance.acquire() else "REFUSED", flush=True)
                time.sleep(60)
                """
            ),
        ],
        env=child_env(),
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "HELD"
        an_hour_ago = time.time() - 3600  # Qt's default would call it stale after 30 s
        os.utime(tmp_path / LOCK_FILE_NAME, (an_hour_ago, an_hour_ago))
        assert not SingleInstance(tmp_path).acquire()  # alive: refused, however old the lock
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait(timeout=10)
        holder.stdout.close()
    assert (tmp_path / LOCK_FILE_NAME).exists()  # left behind by the kill
    after = SingleInstance(tmp_path)
    assert after.acquire()
    after.release()


def test_choosing_a_folder_another_coplan_holds_is_refused(
    qtbot, main_window, data_folder, tmp_path, monkeypatch
):
    mine = SingleInstance(data_folder)
    assert mine.acquire()
    main_window.single_instance = mine
    other_folder = tmp_path / "other"
    elsewhere = SingleInstance(_made(other_folder))
    assert elsewhere.acquire()
    errors = []
    monkeypatch.setattr(main_window, "_error", lambda title, text: errors.append(title))
    try:
        assert not main_window.choose_data_folder(str(other_folder))
        assert errors == ["That folder is in use"]
        elsewhere.release()
        assert main_window.choose_data_folder(str(other_folder))
        assert main_window.single_instance.folder == other_folder
        assert main_window.single_instance.held
        assert SingleInstance(data_folder).acquire()  # the old folder was let go
    finally:
        main_window.single_instance.release()
        main_window.store.close()


def _made(folder):
    from coplan import paths

    return paths.data_dir(folder)
