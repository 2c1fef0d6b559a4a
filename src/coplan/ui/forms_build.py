"""Compile forms/*.ui with pyside6-uic into coplan.ui.forms_compiled (build step, not run time).

`loadUiType` would spawn pyside6-uic on every start and fails in a frozen app, so forms are
compiled ahead of time and committed; `stale_forms()` lets a test catch a forgotten recompile.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
FORMS = REPO / "forms"
COMPILED = Path(__file__).resolve().parent / "forms_compiled"


def _uic() -> str:
    candidate = Path(sys.executable).with_name("pyside6-uic")
    return str(candidate) if candidate.exists() else (shutil.which("pyside6-uic") or "pyside6-uic")


def compiled_path(form: Path, folder: Path = COMPILED) -> Path:
    return folder / f"ui_{form.stem}.py"


def compile_form(form: Path, target: Path) -> None:
    subprocess.run([_uic(), "--from-imports", str(form), "-o", str(target)], check=True)


def compile_all(folder: Path = COMPILED) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "__init__.py").touch()
    written = []
    for form in sorted(FORMS.glob("*.ui")):
        target = compiled_path(form, folder)
        compile_form(form, target)
        written.append(target)
    return written


def stale_forms() -> list[str]:
    """Forms whose committed compiled module differs from a fresh compile (or is missing)."""
    stale = []
    with tempfile.TemporaryDirectory() as scratch:
        for form in sorted(FORMS.glob("*.ui")):
            fresh = compiled_path(form, Path(scratch))
            compile_form(form, fresh)
            committed = compiled_path(form)
            if not committed.exists() or _meaning(committed) != _meaning(fresh):
                stale.append(form.name)
    return stale


def _meaning(compiled: Path) -> list[str]:
    """The generated code without the header line naming the compiler's version, so that a
    PySide6 patch release does not make every committed form look stale."""
    return [
        line
        for line in compiled.read_text().splitlines()
        if not line.startswith("## Created by: Qt User Interface Compiler")
    ]


if __name__ == "__main__":
    for path in compile_all():
        print(f"compiled {path.relative_to(REPO)}")
