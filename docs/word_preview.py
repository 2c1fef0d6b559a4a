"""Look at the Word version of Section J as a council officer's word processor shows it.

    .venv/bin/python docs/word_preview.py [PLAN.json] [OUT-FOLDER]

Writes the plan's Section J as a Word document (by default the iPad example's draft), has
LibreOffice (headless, from Debian: `scripts/bootstrap --screenshots` installs
libreoffice-writer-nogui) lay it out as a PDF, and turns its pages into PNG pictures
(pdftoppm) to look at beside the PDF's pages. The PDF of the same plan is written and rendered
too. Nothing here runs in the test suite: LibreOffice is large, and the Word document's words
and structure are tested with python-docx (tests/report/test_section_j_word.py).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_PLAN = ROOT / "examples" / "ipad-communication.json"


def main() -> int:
    plan_path = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_PLAN
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else Path(tempfile.mkdtemp(prefix="coplan-word-"))
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None or shutil.which("pdftoppm") is None:
        print("Needs LibreOffice and pdftoppm: scripts/bootstrap --screenshots", file=sys.stderr)
        return 1
    from coplan.plan_file import read_plan
    from coplan.policy import load_pack_by_id
    from coplan.report import export_section_j

    plan = read_plan(plan_path)
    pack = load_pack_by_id(plan.policy_pack or None)
    out.mkdir(parents=True, exist_ok=True)
    word, pdf = out / "section-j.docx", out / "section-j.pdf"
    today = date(2026, 11, 23)
    export_section_j(plan, pack, word, today=today, deterministic=True)
    export_section_j(plan, pack, pdf, today=today, deterministic=True)
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [
                soffice,
                f"-env:UserInstallation=file://{profile}",
                "--headless",
                "--convert-to",
                "pdf:writer_pdf_Export",
                "--outdir",
                str(out / "libreoffice"),
                str(word),
            ],
            check=True,
            capture_output=True,
            timeout=300,
        )
    laid_out = out / "libreoffice" / "section-j.pdf"
    subprocess.run(["pdftoppm", "-png", "-r", "60", str(laid_out), str(out / "word")], check=True)
    subprocess.run(["pdftoppm", "-png", "-r", "60", str(pdf), str(out / "pdf")], check=True)
    print(f"Word pages: {out}/word-*.png; PDF pages: {out}/pdf-*.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
