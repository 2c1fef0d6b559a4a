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


# A folder CoPlan made for its data says so, so that it is recognised again before its
# database exists (an older CoPlan's folder is recognised by its database).
OWN_FOLDER_MARK = ".coplan-data-folder"
SUBFOLDER_NAME = "CoPlan"
PRIVATE_FOLDER_MODE = 0o700


def data_dir(override: str | os.PathLike | None = None) -> Path:
    """The folder holding the database and its backups.

    CoPlan sets permissions only on folders it creates (owner only, 0700), never on a folder it
    is pointed at: given an existing folder that is not a CoPlan data folder (say, Documents),
    it makes and uses its own `CoPlan` subfolder there. A folder an earlier CoPlan used (it
    holds `coplan.db`) is used as it is. The same argument always gives the same folder.
    """
    chosen = override or os.environ.get(DATA_DIR_ENV)
    if chosen:
        return _own_folder_at(Path(chosen).expanduser())
    import platformdirs

    folder = Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))  # named after CoPlan: ours
    if not folder.is_dir():
        _create_private_folder(folder)
    return folder


def is_coplan_folder(folder: Path) -> bool:
    return (folder / OWN_FOLDER_MARK).is_file() or (folder / "coplan.db").is_file()


def _own_folder_at(folder: Path) -> Path:
    if not folder.exists():
        _create_private_folder(folder)
        return folder
    if not folder.is_dir():
        raise NotADirectoryError(f"{folder} is a file, not a folder")
    if is_coplan_folder(folder):
        return folder
    own = folder / SUBFOLDER_NAME
    if not own.is_dir():
        _create_private_folder(own)
    return own


def _create_private_folder(folder: Path) -> None:
    # Parents that do not exist yet get the ordinary permissions; only CoPlan's own is private.
    folder.parent.mkdir(parents=True, exist_ok=True)
    try:
        folder.mkdir(mode=PRIVATE_FOLDER_MODE)
    except FileExistsError:
        if not folder.is_dir():
            raise
        return  # another CoPlan (a second start) made it a moment ago
    if os.name == "posix":
        os.chmod(folder, PRIVATE_FOLDER_MODE)  # whatever the umask: this folder is ours
    (folder / OWN_FOLDER_MARK).write_text(
        "This folder holds CoPlan's data (plans of children and young people). Keep it private.\n",
        encoding="utf-8",
    )
