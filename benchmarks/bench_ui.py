"""User interface figures: start-up to the caseload, wizard page change, memory with 10,000 plans.

    .venv/bin/python benchmarks/bench_ui.py      this module alone
    .venv/bin/python benchmarks/run.py ui        the same, through the shared runner

Start-up is timed from spawning a fresh Python process to the caseload window being shown on a
10,000-plan database, beside a bare PySide6 QWizard process started the same way in the same
run (target: at most 2.5 times as long). Memory is the resident set of that caseload process
after scrolling to the end and searching, beside the bare QWizard's.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

START_RATIO = 2.5
PAGE_CHANGE_MS = 50.0
AUTOSAVE_PAUSE_MS = 16.7  # one frame at 60 Hz: a keystroke is never held longer
RSS_TARGET_MB = 150.0
CASELOAD_SIZE = 10_000
RUNS = 5

_RSS = """
def rss_mb():
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0
"""

BARE_WIZARD = (
    _RSS
    + """
from PySide6.QtWidgets import QApplication, QWizard, QWizardPage
app = QApplication([])
wizard = QWizard()
wizard.addPage(QWizardPage())
wizard.show()
app.processEvents()
print("SHOWN", rss_mb(), flush=True)
"""
)

CASELOAD = (
    _RSS
    + """
import sys
from coplan.app import open_main_window
app, window = open_main_window(data_dir=sys.argv[1], argv=["coplan"])
app.processEvents()
print("SHOWN", flush=True)
if len(sys.argv) > 2:
    window.ui.caseloadView.scrollToBottom()
    app.processEvents()
    window.model.set_search("son")
    window.ui.caseloadView.scrollToBottom()
    app.processEvents()
    print("RSS", rss_mb(), flush=True)
window.store.close()
"""
)


def _spawn(code: str, *args: str) -> tuple[float, list[str]]:
    """Milliseconds from spawning to the "SHOWN" line, and every line printed."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    started = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-c", code, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    lines = []
    shown_ms = None
    for line in child.stdout:
        if line.startswith("SHOWN") and shown_ms is None:
            shown_ms = (time.perf_counter() - started) * 1000
        lines.append(line.strip())
    child.wait()
    child.stdout.close()
    if shown_ms is None or child.returncode != 0:
        raise RuntimeError(f"benchmark process failed ({child.returncode}): {lines}")
    return shown_ms, lines


def _prepared_caseload(folder: Path) -> None:
    from bench_store import fill_caseload

    from coplan.store import open_store

    with open_store(folder) as store:
        fill_caseload(store, CASELOAD_SIZE)


def _autosave_pause_ms() -> tuple[float, float]:
    """(median GUI-thread pause of an autosave, median bare store.save) for a 200-line plan.

    The save runs on the GUI thread (Python threads share one interpreter lock, so a worker
    would pause typing all the same); the target is to stay within one frame at 60 Hz."""
    from common import generated_plan, median_ms
    from PySide6.QtWidgets import QApplication

    from coplan.policy import load_pack_by_id
    from coplan.store import open_store
    from coplan.ui.session import PlanSession

    QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as scratch:
        store = open_store(data_dir=scratch)
        try:
            plan = generated_plan(200)
            revision = store.save(plan, actor="benchmark", replaces=0)
            session = PlanSession(
                store, plan, load_pack_by_id(), actor="benchmark", revision=revision
            )  # saves over the revision it read, as the app's autosave does
            counter = iter(range(10**6))

            def edit_and_autosave():
                plan.items[0].description = f"Edited {next(counter)}"
                session.edited()
                session.save_now()

            pause = median_ms(edit_and_autosave, repeat=30)
            bare = median_ms(lambda: store.save(plan, actor="benchmark"), repeat=30)
            session.close()
        finally:
            store.close()
    return pause, bare


def _page_change_ms() -> float:
    """The slowest of the page changes through the whole wizard, on the largest example."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    import coplan.ui  # noqa: F401
    from coplan.plan_file import read_plan
    from coplan.store import open_store

    app = QApplication.instance() or QApplication([])
    from coplan.ui.main_window import MainWindow

    examples = sorted((HERE.parent / "examples").glob("*.json"))
    largest = max(examples, key=lambda p: p.stat().st_size)
    with tempfile.TemporaryDirectory() as scratch:
        store = open_store(scratch)
        plan = read_plan(largest)
        store.save(plan, actor="benchmark")
        settings = QSettings(str(Path(scratch) / "s.ini"), QSettings.Format.IniFormat)
        window = MainWindow(store, data_folder=Path(scratch), settings=settings)
        wizard = window.open_plan(store.load(plan.id))
        app.processEvents()
        samples = []
        for _round in range(3):
            for page in [*wizard.pages[1:], *reversed(wizard.pages[:-1])]:
                started = time.perf_counter()
                wizard.go_to(page.key)
                app.processEvents()
                samples.append((time.perf_counter() - started) * 1000)
        wizard.session.close()
        wizard._closing_checked = True
        wizard.close()
        window.close()
        store.close()
    return max(samples)


def measure() -> list[dict]:
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch) / "data"
        _prepared_caseload(folder)
        _spawn(CASELOAD, str(folder))  # warm the disk cache and byte-code
        _spawn(BARE_WIZARD)
        bare, caseload = [], []
        for _ in range(RUNS):
            bare.append(_spawn(BARE_WIZARD)[0])
            caseload.append(_spawn(CASELOAD, str(folder))[0])
        bare_rss = float(_spawn(BARE_WIZARD)[1][0].split()[1])
        lines = _spawn(CASELOAD, str(folder), "scroll")[1]
        caseload_rss = float(next(line for line in lines if line.startswith("RSS")).split()[1])
    autosave, autosave_bare = _autosave_pause_ms()
    return [
        {
            "name": f"process start to caseload shown ({CASELOAD_SIZE:,} plans)",
            "ms": statistics.median(caseload),
            "baseline_name": "bare PySide6 QWizard process start",
            "baseline_ms": statistics.median(bare),
            "target_ms": None,
            "target_ratio": START_RATIO,
        },
        {
            "name": "wizard page change (slowest of 42)",
            "ms": _page_change_ms(),
            "baseline_name": None,
            "baseline_ms": None,
            "target_ms": PAGE_CHANGE_MS,
            "target_ratio": None,
        },
        {
            "name": "autosave pause while typing, 200-line plan (one frame = 16.7 ms)",
            "ms": autosave,
            "baseline_name": "store.save of the same plan",
            "baseline_ms": autosave_bare,
            "target_ms": AUTOSAVE_PAUSE_MS,
            "target_ratio": None,
        },
        {
            "name": f"resident memory, {CASELOAD_SIZE:,}-plan caseload open, scrolled, searched",
            "ms": caseload_rss,
            "baseline_name": "bare PySide6 QWizard process",
            "baseline_ms": bare_rss,
            "target_ms": RSS_TARGET_MB,
            "target_ratio": None,
            "unit": "MB",
        },
    ]


if __name__ == "__main__":
    from run import print_table

    print_table(measure())
