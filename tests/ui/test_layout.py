"""Every page fits a council laptop with each example plan: nothing cut off, nothing overlapping.

Two screens: 1366×768 at 100 % and 1920×1080 at 150 % (1280×720 in Qt's units), each with a
40-pixel taskbar. Offscreen, the wizard is given the size `screen_fit` gives it on such a screen
(less the taskbar and a title bar); under Xvfb with openbox (`fit_check.py`) the real window
manager's frame and a real taskbar are there too.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from screens import HEIGHT, WIDTH, layout_problems
from ui_driver import example_paths

from coplan.plan_file import read_plan

HERE = Path(__file__).resolve().parent


# (screen width, height, scale): the free area is the screen in Qt's units less a taskbar.
SCREENS = {"1366x768": (1366, 768, 1.0), "1920x1080@150%": (1920, 1080, 1.5)}
TASKBAR = 40


def free_area(screen: str):
    from PySide6.QtCore import QRect

    width, height, scale = SCREENS[screen]
    return QRect(0, 0, round(width / scale), round(height / scale) - TASKBAR)


@pytest.mark.parametrize("screen", SCREENS)
@pytest.mark.parametrize("path", example_paths(), ids=[p.stem for p in example_paths()])
def test_every_page_fits_a_council_laptop_screen(qtbot, main_window, store, path, screen):
    from PySide6.QtCore import QSize

    from coplan.ui.screen_fit import fitted_size

    area = free_area(screen)
    plan = read_plan(path)
    store.save(plan, actor="test")
    main_window.resize(fitted_size(QSize(1100, 680), area))
    wizard = main_window.open_plan(store.load(plan.id))
    wizard.resize(fitted_size(QSize(WIDTH, HEIGHT), area))
    assert wizard.minimumSizeHint().height() <= wizard.height(), "the wizard cannot be that small"
    qtbot.waitExposed(wizard)
    problems = [f"caseload: {p}" for p in layout_problems(main_window)]
    for page in wizard.pages:
        wizard.go_to(page.key)
        qtbot.wait(60)
        problems += [f"{page.key}: {p}" for p in layout_problems(wizard)]
    wizard.toggle_family_view()
    wizard.family_view.resize(fitted_size(QSize(1000, 700), area))
    qtbot.wait(5)
    problems += [f"family view: {p}" for p in layout_problems(wizard.family_view)]
    assert problems == [], "\n".join(problems)


def _needs_x(tools):
    missing = [tool for tool in tools if shutil.which(tool) is None]
    if missing and os.environ.get("CI") == "true":
        pytest.fail(f"CI needs {', '.join(missing)} (scripts/bootstrap --test)")
    if missing:
        pytest.skip(f"needs {', '.join(missing)}")


@pytest.mark.slow
@pytest.mark.parametrize("screen", SCREENS)
def test_every_window_fits_a_real_screen_with_a_taskbar(tmp_path, screen):
    """A real X screen, openbox's frames and a 40-pixel taskbar: every window's frame, button
    and field inside the free area, no label cut (tests/ui/fit_check.py; its PNGs are kept in
    tmp_path for a person to look at)."""
    _needs_x(("Xvfb", "openbox", "xwininfo", "xprop"))
    width, height, scale = SCREENS[screen]
    result = subprocess.run(
        [
            sys.executable,
            str(HERE / "fit_check.py"),
            str(tmp_path),
            f"{width}x{height}",
            str(scale),
        ],
        capture_output=True,
        text=True,
        timeout=600,
        env={
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": str(tmp_path),
            "COPLAN_UNENCRYPTED": "1",
        },
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert "0 problems" in result.stdout
    assert len(list(tmp_path.glob("*.png"))) == 1 + len(example_paths()) * 9


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="needs xvfb-run")
def test_screenshots_under_xvfb(tmp_path):
    result = subprocess.run(
        [
            "xvfb-run",
            "-a",
            "-s",
            f"-screen 0 {WIDTH}x{HEIGHT}x24",
            sys.executable,
            str(HERE / "screens.py"),
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "PYTHONPATH": str(HERE)},
    )
    assert result.returncode == 0, result.stderr[-2000:]
    shots = sorted(tmp_path.glob("*.png"))
    assert len(shots) == 1 + len(example_paths()) * 9
    from PySide6.QtGui import QImage

    for shot in shots:
        image = QImage(str(shot))
        assert (image.width(), image.height()) == (WIDTH, HEIGHT), shot.name
