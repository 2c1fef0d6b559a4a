"""Where CoPlan finds its resources and keeps its data.

One module decides every path, so that tests (and `--data-dir`) can point everything elsewhere
and nothing ever writes to the real user data folder by accident.

Resources (policy packs, fonts, stylesheet, icons), the example plans of the demo caseload and
the user guide live at the top of the repository (`resources/`, `examples/`, `docs/`): that is
their one source. The wheel carries copies inside the package (`coplan/resources`,
`coplan/examples`, `coplan/help`), made by `setup.py` at build time, and the PyInstaller bundle
carries the installed package's copies. They are found through `importlib.resources` (the
installed package: the package's own folder), `sys._MEIPASS` (the frozen bundle), and otherwise
in the checkout (an editable install, or running from `src/`).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "CoPlan"
APP_AUTHOR = "CoPlan"
DATA_DIR_ENV = "COPLAN_DATA_DIR"
DATABASE_URL_ENV = "COPLAN_DATABASE_URL"

# The folders inside the installed package, and where each comes from in a checkout.
PACKAGED = {"resources": "resources", "examples": "examples", "help": "docs"}


def _package_root() -> Path:
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "coplan"
    # For an installed (unzipped) package importlib.resources.files("coplan") is this module's
    # own folder; reading it directly spares start-up the ~10 ms importlib.resources costs.
    here = Path(__file__).parent
    if here.is_dir():
        return here
    from importlib import resources

    return Path(str(resources.files("coplan")))


def checkout_root() -> Path:
    """The repository folder when CoPlan runs from a checkout (src/coplan/paths.py → ../..)."""
    return Path(__file__).resolve().parents[2]


def _located(name: str) -> Path:
    packaged = _package_root() / name
    if packaged.is_dir():
        return packaged
    return checkout_root() / PACKAGED[name]


def resources_dir() -> Path:
    """Policy packs, fonts, the stylesheet and icons."""
    return _located("resources")


def examples_dir() -> Path:
    """The example plans the demo caseload is built from."""
    return _located("examples")


def help_dir() -> Path:
    """The user guide (`user-guide.md`, its screenshots in `images/`) and the licence."""
    return _located("help")


def licence_file() -> Path:
    """CoPlan's own licence text (MIT)."""
    packaged = _package_root() / "help" / "LICENSE"
    return packaged if packaged.is_file() else checkout_root() / "LICENSE"


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
