"""Writing Section J (PDF or Word) to a file atomically, with a plain-English reason when it
cannot be written, and with progress and a way to stop for a window that exports on a worker
thread.

Imports nothing heavy at start-up: the documents are made by `coplan.report.render_section_j`
and `render_section_j_word`, which load reportlab and python-docx only when first called.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Callable
from datetime import date
from enum import StrEnum
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


class ExportCancelled(Exception):
    """The person exporting chose Cancel: nothing was written, any earlier file is untouched."""


class DocumentKind(StrEnum):
    """What `export_section_j` writes: the PDF, or the same Section J as a Word document."""

    PDF = "pdf"
    WORD = "docx"

    @property
    def noun(self) -> str:
        return "PDF" if self is DocumentKind.PDF else "Word document"

    @property
    def suffix(self) -> str:
        return f".{self.value}"

    @classmethod
    def for_path(cls, path: str | os.PathLike) -> DocumentKind:
        """A Word document for a name ending in .docx, otherwise a PDF."""
        return cls.WORD if Path(path).suffix.lower() == ".docx" else cls.PDF


# Called now and then while a document is made, with how far it has got (0 to 1). It may raise
# ExportCancelled to stop: nothing is written then.
Progress = Callable[[float], None]


def explain(error: OSError, path: Path, noun: str = "PDF") -> str:
    """Why a file could not be saved at `path`, in plain English."""
    folder = path.parent
    code = error.errno
    if code in (errno.ENOSPC, errno.EDQUOT):
        return f"There is not enough space to save the {noun} in {folder}. Free some space or choose another place."
    if code == errno.ENOENT:
        return f"The folder {folder} does not exist. Choose another place to save the {noun}."
    if code == errno.ENOTDIR:
        return f"{folder} is not a folder. Choose another place to save the {noun}."
    if code == errno.EROFS:
        return f"The folder {folder} is read-only. Choose another place to save the {noun}."
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
    return f"The {noun} could not be saved at {path}: {reason}."


def export_section_j(
    plan: Plan,
    pack: PolicyPack,
    path: str | os.PathLike,
    *,
    previous: Plan | None = None,
    today: date | None = None,
    deterministic: bool = False,
    final: bool | None = None,
    kind: DocumentKind | None = None,
    progress: Progress | None = None,
) -> None:
    """Render Section J (the draft, or the final plan's: see `render_section_j`) and save it at
    `path`, all or nothing: a PDF, or with `kind` DocumentKind.WORD (by default for a name
    ending in .docx) the same Section J as a Word document.

    `progress` is told how far the document has got; if it raises ExportCancelled, that
    propagates and nothing is written. Raises ExportError (with a reason to show) when the file
    cannot be saved.
    """
    from coplan.plan_file import write_atomically

    from . import render_section_j, render_section_j_word

    target = Path(path)
    kind = kind or DocumentKind.for_path(target)
    render = render_section_j_word if kind is DocumentKind.WORD else render_section_j
    data = render(
        plan,
        pack,
        previous=previous,
        today=today,
        deterministic=deterministic,
        final=final,
        progress=progress,
    )
    if progress is not None:
        progress(1.0)  # the last chance to cancel: after this the file is written whole
    try:
        write_atomically(target, data)
    except OSError as error:
        raise ExportError(explain(error, target, kind.noun), target) from error
