"""Where CoPlan finds its resources and keeps its data.

One module decides every path, so that tests (and `--data-dir`) can point everything elsewhere
and nothing ever writes to the real user data folder by accident.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "CoPlan"
APP_AUTHOR = "CoPlan"
DATA_DIR_ENV = "COPLAN_DATA_DIR"
DATABASE_URL_ENV = "COPLAN_DATABASE_URL"


def resources_dir() -> Path:
    """`resources/` beside `src/` in a checkout, or inside a frozen bundle."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def examples_dir() -> Path:
    """The example plans the demo caseload is built from."""
    return resources_dir().parent / "examples"


def data_dir(override: str | os.PathLike | None = None) -> Path:
    """The folder holding the database and its backups, created private to this user."""
    chosen = override or os.environ.get(DATA_DIR_ENV)
    if chosen:
        folder = Path(chosen).expanduser()
    else:
        import platformdirs

        folder = Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    if os.name == "posix":
        os.chmod(folder, 0o700)
    return folder
