"""User interface figures: start-up to the caseload, wizard page change, memory with 10,000 plans.

    .venv/bin/python benchmarks/bench_ui.py      this module alone
    .venv/bin/python benchmarks/run.py ui        the same, through the shared runner

Start-up is timed from spawning a fresh Python process, beside a bare PySide6 QWizard process
started the same way in the same run (target: at most 2.5 times as long):
- on an encrypted 10,000-plan caseload (every officer's): process start to the passphrase
  prompt, and from the passphrase submitted to the caseload window shown, with the key
  derivation (scrypt, deliberately slow) measured apart and taken out;
- on a plain caseload (the demo, tests): process start to the caseload shown, as before.
Memory is the resident set of the encrypted caseload process after scrolling to the end and
searching, beside the bare QWizard's.
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
PASSPHRASE = "benchmark passphrase, not a real one"

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


ENCRYPTED_CASELOAD = (
    _RSS
    + """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(["coplan"])
typed, derivation = [], []
from coplan.store import crypto  # no Qt, no SQLAlchemy: does not change what is measured
real_unlock = crypto.SaltFile.unlock

def timed_unlock(self, passphrase):
    started = time.perf_counter()
    try:
        return real_unlock(self, passphrase)
    finally:
        derivation.append((time.perf_counter() - started) * 1000)

crypto.SaltFile.unlock = timed_unlock

def at_the_prompt():
    dialog = next((w for w in app.topLevelWidgets() if type(w).__name__ == "PassphraseDialog"
                   and w.isVisible()), None)
    if dialog is None:
        QTimer.singleShot(1, at_the_prompt)
        return
    app.processEvents()  # painted
    print("PROMPT", flush=True)
    typed.append(time.perf_counter())
    dialog.ui.passphraseEdit.setText(sys.argv[2])
    dialog.ui.openButton.click()

QTimer.singleShot(0, at_the_prompt)
from coplan.app import open_main_window
app, window = open_main_window(data_dir=sys.argv[1], argv=["coplan"])
app.processEvents()
print("SHOWN", (time.perf_counter() - typed[0]) * 1000, derivation[0], flush=True)
if len(sys.argv) > 3:
    window.ui.caseloadView.scrollToBottom()
    app.processEvents()
    window.model.set_search("son")
    window.ui.caseloadView.scrollToBottom()
    app.processEvents()
    print("RSS", rss_mb(), flush=True)
window.store.close()
"""
)


def _spawn(code: str, *args: str, mark: str = "SHOWN", plain: bool = False):
    """Milliseconds from spawning to the `mark` line, and every line printed."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("COPLAN_PASSPHRASE", None)
    if plain:
        env["COPLAN_UNENCRYPTED"] = "1"
    else:
        env.pop("COPLAN_UNENCRYPTED", None)
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
        if line.startswith(mark) and shown_ms is None:
            shown_ms = (time.perf_counter() - started) * 1000
        lines.append(line.strip())
    child.wait()
    child.stdout.close()
    if shown_ms is None or child.returncode != 0:
        raise RuntimeError(f"benchmark process failed ({child.returncode}): {lines}")
    return shown_ms, lines


def _prepared_caseload(folder: Path, *, encrypted: bool) -> None:
    from bench_store import fill_caseload

    from coplan.store import open_store

    opened = (
        open_store(folder, passphrase=PASSPHRASE) if encrypted else open_store(folder, plain=True)
    )
    with opened as store:
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
        store = open_store(data_dir=scratch, passphrase=PASSPHRASE)  # as an officer's is
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
        store = open_store(scratch, plain=True)
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
        plain_folder = Path(scratch) / "plain"
        _prepared_caseload(folder, encrypted=True)
        _prepared_caseload(plain_folder, encrypted=False)
        _spawn(ENCRYPTED_CASELOAD, str(folder), PASSPHRASE)  # warm the disk cache and byte-code
        _spawn(CASELOAD, str(plain_folder), plain=True)
        _spawn(BARE_WIZARD)
        bare, prompt, unlocked, plain, derivations = [], [], [], [], []
        for _ in range(RUNS):
            bare.append(_spawn(BARE_WIZARD)[0])
            prompt_ms, lines = _spawn(ENCRYPTED_CASELOAD, str(folder), PASSPHRASE, mark="PROMPT")
            prompt.append(prompt_ms)
            _shown, total_ms, kdf_ms = next(x for x in lines if x.startswith("SHOWN")).split()
            unlocked.append(float(total_ms) - float(kdf_ms))
            derivations.append(float(kdf_ms))
            plain.append(_spawn(CASELOAD, str(plain_folder), plain=True)[0])
        bare_rss = float(_spawn(BARE_WIZARD)[1][0].split()[1])
        lines = _spawn(ENCRYPTED_CASELOAD, str(folder), PASSPHRASE, "scroll")[1]
        caseload_rss = float(next(line for line in lines if line.startswith("RSS")).split()[1])
    autosave, autosave_bare = _autosave_pause_ms()
    bare_ms = statistics.median(bare)
    return [
        {
            "name": "process start to passphrase prompt shown (encrypted caseload)",
            "ms": statistics.median(prompt),
            "baseline_name": "bare PySide6 QWizard process start",
            "baseline_ms": bare_ms,
            "target_ms": None,
            "target_ratio": START_RATIO,
        },
        {
            "name": "key derivation from the passphrase (scrypt N=2¹⁷, r=8: slow on purpose)",
            "ms": statistics.median(derivations),
            "baseline_name": None,
            "baseline_ms": None,
            "target_ms": None,
            "target_ratio": None,
        },
        {
            "name": f"passphrase submitted to caseload shown ({CASELOAD_SIZE:,} plans, "
            "encrypted), key derivation taken out",
            "ms": statistics.median(unlocked),
            "baseline_name": "bare PySide6 QWizard process start",
            "baseline_ms": bare_ms,
            "target_ms": None,
            "target_ratio": START_RATIO,
        },
        {
            "name": f"process start to caseload shown ({CASELOAD_SIZE:,} plans, not encrypted: "
            "demo, tests)",
            "ms": statistics.median(plain),
            "baseline_name": "bare PySide6 QWizard process start",
            "baseline_ms": bare_ms,
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
            "name": f"resident memory, {CASELOAD_SIZE:,}-plan encrypted caseload open, "
            "scrolled, searched",
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
