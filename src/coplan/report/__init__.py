"""The draft EHC plan Section J (personal budget) as a PDF for consultation.

    from coplan.report import render_section_j, export_section_j, ExportError

Importing this package does not import reportlab (start-up time matters): the PDF machinery is
loaded the first time a PDF is made. See docs/section-j.md for what each part shows and why.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from .export import ExportError, export_section_j

if TYPE_CHECKING:
    from coplan.domain.model import Plan
    from coplan.domain.policy import PolicyPack

__all__ = ["ExportError", "export_section_j", "render_section_j"]


def render_section_j(
    plan: Plan,
    pack: PolicyPack,
    *,
    previous: Plan | None = None,
    today: date | None = None,
    deterministic: bool = False,
) -> bytes:
    """The PDF as bytes.

    `previous`: the earlier version of the plan, at an annual review, to show what changed.
    `today`: the date printed in the header (default: today).
    `deterministic`: byte-identical output for the same input (no timestamps or random ids in
    the file), for tests and reproducible exports.
    """
    from .document import render

    return render(plan, pack, previous=previous, today=today, deterministic=deterministic)
