"""Writing the PDF to a file atomically, with a plain-English reason when it cannot be written.

Imports nothing heavy at start-up: the PDF is made by `coplan.report.render_section_j`, which
loads reportlab only when it is first called.
"""

from __future__ import annotations

import errno
import os
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from coplan.domain.model import Plan
    from coplan.domain.policy import PolicyPack


class ExportError(Exception):
    """The PDF could not be saved; the message says why in words a case officer can act on.

    Nothing is left behind at the chosen path when this is raised: no half-written file, and
    any earlier file there is untouched.
    """

    def __init__(self, message: str, path: Path) -> None:
        super().__init__(message)
        self.message = message
        self.path = path


def explain(error: OSError, path: Path) -> str:
    """Why a file could not be saved at `path`, in plain English."""
    folder = path.parent
    code = error.errno
    if code in (errno.ENOSPC, errno.EDQUOT):
        return f"There is not enough space to save the PDF in {folder}. Free some space or choose another place."
    if code == errno.ENOENT:
        return f"The folder {folder} does not exist. Choose another place to save the PDF."
    if code == errno.ENOTDIR:
        return f"{folder} is not a folder. Choose another place to save the PDF."
    if code == errno.EROFS:
        return f"The folder {folder} is read-only. Choose another place to save the PDF."
    if code == errno.EISDIR:
        return f"{path} is a folder, not a file. Choose another file name."
    if code in (errno.EACCES, errno.EPERM):
        if path.exists():
            return (
                f"{path.name} cannot be replaced: it may be open in another program (close it "
                f"and try again), or you do not have permission to change it."
            )
        return f"You do not have permission to save files in {folder}. Choose another place."
    if code in (errno.EBUSY, errno.ETXTBSY) or getattr(error, "winerror", None) in (32, 33):
        return f"{path.name} is open in another program. Close it and try again."
    if code == errno.ENAMETOOLONG:
        return "The file name is too long. Choose a shorter name."
    reason = error.strerror or str(error)
    return f"The PDF could not be saved at {path}: {reason}."


def export_section_j(
    plan: Plan,
    pack: PolicyPack,
    path: str | os.PathLike,
    *,
    previous: Plan | None = None,
    today: date | None = None,
    deterministic: bool = False,
    final: bool | None = None,
) -> None:
    """Render Section J (the draft, or the final plan's: see `render_section_j`) and save it at
    `path`, all or nothing.

    Raises ExportError (with a reason to show) when the file cannot be saved.
    """
    from coplan.plan_file import write_atomically

    from . import render_section_j

    target = Path(path)
    data = render_section_j(
        plan, pack, previous=previous, today=today, deterministic=deterministic, final=final
    )
    try:
        write_atomically(target, data)
    except OSError as error:
        raise ExportError(explain(error, target), target) from error
