"""A real X display for the installed programs: Xvfb at 1366x768 with the openbox window
manager, a wait for a window by its title, and a screenshot of the whole screen.

The screenshot is taken by a small Qt program of the test environment's own (grabbing the root
window), so no image tool is needed; xwininfo (Debian's x11-utils) lists the windows.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

SCREEN = "1366x768x24"

GRAB = """
import sys
from PySide6.QtGui import QGuiApplication
app = QGuiApplication(["grab"])
shot = app.primaryScreen().grabWindow(0)
sys.exit(0 if shot.save(sys.argv[1], "PNG") else 1)
"""

COLOURS = """
import sys
from PySide6.QtGui import QGuiApplication, QImage
app = QGuiApplication(["colours"])
image = QImage(sys.argv[1])
seen = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
print(len(seen))
"""


def missing_tools() -> list[str]:
    return [tool for tool in ("Xvfb", "openbox", "xwininfo") if shutil.which(tool) is None]


@contextmanager
def x_session(environment: dict[str, str] | None = None):
    """Yield an environment whose DISPLAY is a fresh Xvfb screen with openbox running."""
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", SCREEN, "-nolisten", "tcp"],
        pass_fds=(write,),
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    env = dict(environment if environment is not None else os.environ)
    env.pop("QT_QPA_PLATFORM", None)
    env["DISPLAY"] = f":{number}"
    manager = subprocess.Popen(
        ["openbox"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        time.sleep(0.5)
        yield env
    finally:
        for process in (manager, server):
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()


def window_titles(env: dict[str, str]) -> str:
    return subprocess.run(
        ["xwininfo", "-root", "-tree"], env=env, capture_output=True, text=True, timeout=30
    ).stdout


def wait_for_window(env: dict[str, str], title: str, timeout: float = 60.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if title in window_titles(env):
            return True
        time.sleep(0.25)
    return False


def screenshot(env: dict[str, str], path: Path) -> Path:
    grab_env = dict(env, QT_QPA_PLATFORM="xcb")
    subprocess.run([sys.executable, "-c", GRAB, str(path)], env=grab_env, check=True, timeout=60)
    return path


def distinct_colours(path: Path) -> int:
    """How many colours a sample of the picture holds (a blank screen has one or two)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", COLOURS, str(path)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    return int(result.stdout.strip())
