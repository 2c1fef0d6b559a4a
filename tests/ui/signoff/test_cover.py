"""While the head has the laptop, nothing else of CoPlan can be seen: the other windows are
hidden (not merely disabled), other screens covered, and the sign-off screen comes back full
screen whatever the window manager does to it; after the PIN everything is as it was."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget
from signoff_helpers import click, enter_pin

from coplan.ui import cover as cover_module

pytestmark = pytest.mark.gui
HERE = Path(__file__).resolve().parent


@pytest.fixture
def caseload_and_family(qtbot):
    caseload = QMainWindow()
    caseload.setWindowTitle("CoPlan: caseload")
    family = QWidget()
    family.setWindowTitle("CoPlan: the plan so far")
    for window in (caseload, family):
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
    return caseload, family


def test_the_other_windows_are_hidden_while_it_is_up_and_back_after_the_pin(
    qtbot, make_screen, caseload_and_family
):
    caseload, family = caseload_and_family
    screen = make_screen()
    assert screen.cover.active
    assert not caseload.isVisible() and not family.isVisible()
    # something CoPlan shows meanwhile (a message box from autosave, say) is hidden too
    newcomer = QWidget()
    qtbot.addWidget(newcomer)
    newcomer.show()
    qtbot.waitUntil(lambda: not newcomer.isVisible(), timeout=2000)
    assert not caseload.isVisible()

    click(qtbot, screen.ui.officerButton)
    enter_pin(qtbot, screen)
    assert not screen.cover.active
    assert caseload.isVisible() and family.isVisible() and newcomer.isVisible()


@pytest.mark.parametrize(
    "window_manager_does",
    [
        pytest.param(lambda screen: screen.hide(), id="hides it"),
        pytest.param(lambda screen: screen.showMinimized(), id="minimises it"),
        pytest.param(lambda screen: screen.showNormal(), id="un-full-screens it"),
        pytest.param(lambda screen: screen.setGeometry(200, 150, 500, 300), id="moves it"),
    ],
)
def test_it_comes_back_full_screen_on_top(qtbot, make_screen, window_manager_does):
    screen = make_screen()
    window_manager_does(screen)

    def back() -> bool:
        target = screen.screen().geometry()
        return screen.isVisible() and screen.isFullScreen() and screen.geometry() == target

    qtbot.waitUntil(back, timeout=3000)
    assert screen.locked


def test_the_watchdog_puts_it_back_even_without_an_event(qtbot, make_screen):
    screen = make_screen()
    screen.removeEventFilter(screen.cover)  # as if the window manager's event never came
    screen.setGeometry(10, 10, 300, 200)
    qtbot.waitUntil(lambda: screen.geometry() == screen.screen().geometry(), timeout=3000)
    assert cover_module.WATCH_MS <= 500


def test_a_second_screen_is_covered(tmp_path):
    """Two screens (Qt's offscreen platform can have several): the projector is covered."""
    config = tmp_path / "screens.json"
    config.write_text(
        json.dumps(
            {
                "screens": [
                    {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768,
                     "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1},
                    {"name": "projector", "x": 1366, "y": 0, "width": 1024, "height": 768,
                     "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1},
                ]
            }
        )
    )  # fmt: skip
    env = dict(
        os.environ,
        QT_QPA_PLATFORM=f"offscreen:configfile={config}",
        PYTHONPATH=os.pathsep.join([str(HERE), str(HERE.parents[1])]),
    )
    result = subprocess.run(
        [sys.executable, str(HERE / "cover_child.py"), str(tmp_path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    warnings = [line for line in result.stderr.splitlines() if "propagateSizeHints" not in line]
    assert warnings == []  # Qt's warnings fail tests in-process; here, by hand
    report = json.loads(result.stdout.splitlines()[-1])
    assert report["screen"] == ["laptop", [0, 0, 1366, 768]]
    assert report["panels"] == [["projector", [1366, 0, 1024, 768]]]
    assert report["family_view_visible"] is False
    assert report["after_pin"] == {"panels": 0, "family_view_visible": True}


def test_qapplication_is_left_tidy(qapp):
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, cover_module.CoverPanel)]
