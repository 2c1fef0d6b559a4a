"""Every page at 1366×768 with each example plan: nothing cut off, nothing overlapping."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from screens import HEIGHT, WIDTH, layout_problems
from ui_driver import example_paths

from coplan.plan_file import read_plan

HERE = Path(__file__).resolve().parent


@pytest.mark.parametrize("path", example_paths(), ids=[p.stem for p in example_paths()])
def test_every_page_fits_a_council_laptop_screen(qtbot, main_window, store, path):
    plan = read_plan(path)
    store.save(plan, actor="test")
    main_window.resize(WIDTH, HEIGHT)
    wizard = main_window.open_plan(store.load(plan.id))
    wizard.resize(WIDTH, HEIGHT)
    qtbot.waitExposed(wizard)
    problems = [f"caseload: {p}" for p in layout_problems(main_window)]
    for page in wizard.pages:
        wizard.go_to(page.key)
        qtbot.wait(5)
        problems += [f"{page.key}: {p}" for p in layout_problems(wizard)]
    wizard.toggle_family_view()
    wizard.family_view.resize(WIDTH, HEIGHT)
    qtbot.wait(5)
    problems += [f"family view: {p}" for p in layout_problems(wizard.family_view)]
    assert problems == [], "\n".join(problems)


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
