"""A PDF exported on a Polish-language laptop still reads "1 December 2026".

The test builds a real pl_PL.UTF-8 locale (glibc's localedef, into a temporary folder named by
LOCPATH), then, in a fresh process, starts a QApplication (which calls setlocale from the
environment, as on a desktop), checks that the locale really is Polish, and exports a plan.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from factories import example_paths
from pypdf import PdfReader

POLISH_MONTHS = ("stycznia", "lutego", "marca", "kwietnia", "czerwca", "lipca", "sierpnia")
POLISH_MONTHS += ("września", "października", "listopada", "grudnia", "grudzień", "listopad")

SCRIPT = """
import calendar, sys
from PySide6.QtWidgets import QApplication
app = QApplication(["coplan"])
from coplan.app import apply_look
apply_look(app)
from PySide6.QtCore import QLocale
print(calendar.month_name[12], QLocale().name())
from coplan.plan_file import read_plan
from coplan.policy import load_pack_by_id
from coplan.report import export_section_j
plan = read_plan(sys.argv[1])
export_section_j(plan, load_pack_by_id(plan.policy_pack), sys.argv[2])
"""


@pytest.fixture(scope="module")
def polish_locale(tmp_path_factory) -> Path:
    localedef = shutil.which("localedef")
    if localedef is None or not Path("/usr/share/i18n/locales/pl_PL").exists():
        pytest.fail("needs glibc's localedef and the Debian package 'locales' (scripts/bootstrap)")
    folder = tmp_path_factory.mktemp("locales")
    subprocess.run(
        [localedef, "-i", "pl_PL", "-f", "UTF-8", str(folder / "pl_PL.UTF-8")],
        check=False,  # localedef warns (exit 1) about pl_PL's own definitions; the file is made
        capture_output=True,
        timeout=120,
    )
    assert (folder / "pl_PL.UTF-8").exists()
    return folder


def test_a_pdf_made_under_a_polish_locale_has_english_month_names(polish_locale, tmp_path):
    environment = dict(os.environ, LOCPATH=str(polish_locale), LANG="pl_PL.UTF-8")
    environment["LC_ALL"] = "pl_PL.UTF-8"
    environment["QT_QPA_PLATFORM"] = "offscreen"
    output = tmp_path / "section-j.pdf"
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(example_paths()[0]), str(output)],
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    month, qt_locale = result.stdout.split()
    assert month in POLISH_MONTHS  # the process really ran in Polish...
    assert qt_locale == "en_GB"  # ...and the windows (calendars, numbers) are British English

    text = "".join(page.extract_text() for page in PdfReader(output).pages)
    assert not [word for word in POLISH_MONTHS if word in text]
    assert any(
        name in text for name in ("January", "March", "June", "September", "November", "December")
    )
