"""The EHC plan Section J (personal budget) as a PDF: the draft for consultation or the final
plan's; and the one-page
request for a premises agreement sent to a setting's head who was not at the meeting.

    from coplan.report import render_section_j, export_section_j, ExportError
    from coplan.report import render_premises_request, export_premises_request
    from coplan.report import render_dp_agreement, export_dp_agreement

Importing this package does not import reportlab (start-up time matters): the PDF machinery is
loaded the first time a PDF is made. See docs/section-j.md for what each part shows and why.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from .export import DocumentKind, ExportCancelled, ExportError, Progress, export_section_j

if TYPE_CHECKING:
    import os

    from coplan.domain.model import Plan
    from coplan.domain.policy import PolicyPack

__all__ = [
    "DocumentKind",
    "ExportCancelled",
    "ExportError",
    "Progress",
    "export_dp_agreement",
    "export_premises_request",
    "export_section_j",
    "render_dp_agreement",
    "render_premises_request",
    "render_section_j",
    "render_section_j_word",
]


def render_section_j(
    plan: Plan,
    pack: PolicyPack,
    *,
    previous: Plan | None = None,
    today: date | None = None,
    deterministic: bool = False,
    final: bool | None = None,
    progress: Progress | None = None,
) -> bytes:
    """The PDF as bytes.

    `previous`: the earlier version of the plan, at an annual review, to show what changed.
    `final`: the final plan's Section J (marked final; by default when the plan is final) or
    the draft for consultation, dated the day it was sent ("not yet sent" before that).
    `today`: the issue date printed on a final plan not yet recorded as issued.
    `deterministic`: byte-identical output for the same input (no timestamps or random ids in
    the file), for tests and reproducible exports.
    `progress`: told how far the layout has got (0 to 1); it may raise ExportCancelled.
    """
    from .document import render

    return render(
        plan,
        pack,
        previous=previous,
        today=today,
        deterministic=deterministic,
        final=final,
        progress=progress,
    )


def render_section_j_word(
    plan: Plan,
    pack: PolicyPack,
    *,
    previous: Plan | None = None,
    today: date | None = None,
    deterministic: bool = False,
    final: bool | None = None,
    progress: Progress | None = None,
) -> bytes:
    """The same Section J as a Word document (.docx), as bytes: made from the PDF's own story,
    so the words and figures are the PDF's, with Word headings, tables and lists (see
    `word.py`). The arguments are `render_section_j`'s.
    """
    from .word import render

    return render(
        plan,
        pack,
        previous=previous,
        today=today,
        deterministic=deterministic,
        final=final,
        progress=progress,
    )


def render_premises_request(
    plan: Plan,
    setting_id: str,
    pack: PolicyPack,
    *,
    today: date | None = None,
    deterministic: bool = False,
) -> bytes:
    """The one-page "request for premises agreement" PDF for one setting, as bytes.

    It shows the setting's head exactly what they would agree to (`fingerprint.shown_to_head`)
    and a form to answer on. Raises ValueError, with a plain message, when the setting is not in
    the plan or has no direct-payment items on its premises. `today` is the date of the request;
    `deterministic` as for `render_section_j`.
    """
    from .premises_request import render

    return render(plan, setting_id, pack, today=today, deterministic=deterministic)


def export_premises_request(
    plan: Plan,
    setting_id: str,
    pack: PolicyPack,
    path: str | os.PathLike,
    *,
    today: date | None = None,
    deterministic: bool = False,
) -> None:
    """Render the request and save it at `path`, all or nothing.

    Raises ValueError as `render_premises_request` (nothing is written), and ExportError (with a
    reason to show) when the file cannot be saved.
    """
    from .premises_request import export

    export(plan, setting_id, pack, path, today=today, deterministic=deterministic)


def render_dp_agreement(
    plan: Plan,
    pack: PolicyPack,
    *,
    today: date | None = None,
    deterministic: bool = False,
    recipient: str = "direct_payment",
) -> bytes:
    """The direct payment agreement PDF, as bytes: what the person receiving the payments
    signs, with its reference (`dp_agreement.reference`) on every page and whether it is
    signed, not yet, or to be signed again. Raises ValueError, with a plain message, when
    there is no agreement to print (nothing paid by direct payment, no recipient named, or a
    pack without `[dp_agreement]` terms). `today` is the date printed as prepared on.
    `recipient`: "direct_payment" (the person paid, by default) or "third_party" (the
    organisation holding money under a third-party arrangement: a direct payment in law).
    """
    from .dp_agreement import render

    return render(plan, pack, today=today, deterministic=deterministic, recipient=recipient)


def export_dp_agreement(
    plan: Plan,
    pack: PolicyPack,
    path: str | os.PathLike,
    *,
    today: date | None = None,
    deterministic: bool = False,
    recipient: str = "direct_payment",
) -> None:
    """Render the agreement and save it at `path`, all or nothing (ValueError as
    `render_dp_agreement`, nothing written; ExportError when the file cannot be saved)."""
    from .dp_agreement import export

    export(plan, pack, path, today=today, deterministic=deterministic, recipient=recipient)
