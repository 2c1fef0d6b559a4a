"""The Qt bindings must not leak or drop references on ordinary calls.

PySide6 6.12.0 dropped a reference to None on every call returning void, so CPython 3.11
aborted ("none_dealloc") after a few thousand calls, in the middle of a meeting. pyproject.toml
excludes that release; this test catches the next one that does the same. It runs in a child
process because the failure is an abort, not an exception.
"""

import os
import subprocess
import sys

CHECK = """
import sys
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit
app = QApplication([])
label, line = QLabel(), QLineEdit()
counts = [sys.getrefcount(x) for x in (None, True, False)]
for _ in range(20000):
    label.setText("x")
    line.setEnabled(True)
    line.isEnabled()
print([sys.getrefcount(x) - c for x, c in zip((None, True, False), counts)])
"""


def test_none_true_and_false_keep_their_references():
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", CHECK], capture_output=True, text=True, env=environment, timeout=120
    )
    assert result.returncode == 0, result.stderr[-500:]
    drift = [abs(int(n)) for n in result.stdout.strip().strip("[]").split(",")]
    assert max(drift) < 100, result.stdout
