"""The direct payment agreement PDF: the agreement the person receiving the payments signs,
written from the plan and the council's policy pack. What it says is in
`sections/dp_agreement.py`; this module puts it on A4 pages (a header with the reference on
each, "Page X of Y", metadata) and saves it, all or nothing.

Use it through `coplan.report.render_dp_agreement` / `export_dp_agreement`, which load this
module (and reportlab) only when an agreement is first made.
"""

from __future__ import annotations

import io
import os
from datetime import date
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from coplan.domain.dates import format_long
from coplan.domain.model import DP_RECIPIENT_FAMILY, Plan
from coplan.domain.policy import PolicyPack

from .export import ExportError, explain
from .fonts import BOLD, REGULAR, register_fonts
from .layout import A4Template, fit, numbered_canvas
from .sections.dp_agreement import TITLE, Agreement, prepare, story
from .styles import (
    ACCENT,
    INK,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MUTED,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    RULE,
    build_pdf,
)
from .text import clean

MARGIN_TOP = 22 * mm  # room for the two-line header
MARGIN_BOTTOM = 17 * mm  # and for the footer


def _draw_header(canvas: Canvas, agreement: Agreement) -> None:
    left, right = MARGIN_LEFT, PAGE_WIDTH - MARGIN_RIGHT
    top = PAGE_HEIGHT - 11 * mm
    canvas.saveState()
    canvas.setFont(BOLD, 10)
    canvas.setFillColor(MUTED)
    canvas.drawRightString(right, top, TITLE)
    room = right - left - stringWidth(TITLE, BOLD, 10) - 16
    canvas.setFillColor(ACCENT)
    canvas.drawString(left, top, fit(agreement.council, BOLD, 10, room))
    canvas.setFont(REGULAR, 9)
    canvas.setFillColor(MUTED)
    reference = f"Reference {agreement.reference}"
    canvas.drawRightString(right, top - 13, reference)
    about = f"{agreement.recipient_name} · for {agreement.child}"
    room = right - left - stringWidth(reference, REGULAR, 9) - 16
    canvas.drawString(left, top - 13, fit(about, REGULAR, 9, room))
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.75)
    canvas.line(left, top - 20, right, top - 20)
    canvas.restoreState()


def _draw_footer(canvas: Canvas, page: int, pages: int, agreement: Agreement) -> None:
    left, right = MARGIN_LEFT, PAGE_WIDTH - MARGIN_RIGHT
    bottom = 10 * mm
    canvas.saveState()
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.75)
    canvas.line(left, bottom + 12, right, bottom + 12)
    canvas.setFont(BOLD, 9)
    canvas.setFillColor(INK)
    numbers = f"Page {page} of {pages}"
    canvas.drawRightString(right, bottom, numbers)
    canvas.setFont(REGULAR, 8)
    canvas.setFillColor(MUTED)
    note = (
        f"Reference {agreement.reference}, prepared on {format_long(agreement.today)}: "
        "any change needs a new signature."
    )
    room = right - left - stringWidth(numbers, BOLD, 9) - 16
    canvas.drawString(left, bottom, fit(note, REGULAR, 8, room))
    canvas.restoreState()


def _build(agreement: Agreement, buffer: io.BytesIO, metadata: dict) -> None:
    template = A4Template(
        buffer,
        lambda canvas: _draw_header(canvas, agreement),
        top_margin=MARGIN_TOP,
        bottom_margin=MARGIN_BOTTOM,
        **metadata,
    )
    template.build(
        story(agreement),
        canvasmaker=numbered_canvas(
            lambda canvas, page, pages: _draw_footer(canvas, page, pages, agreement)
        ),
    )


def render(
    plan: Plan,
    pack: PolicyPack,
    *,
    today: date | None = None,
    deterministic: bool = False,
    recipient: str = DP_RECIPIENT_FAMILY,
) -> bytes:
    agreement = prepare(plan, pack, today or date.today(), recipient)
    register_fonts()
    metadata = dict(
        title=clean(f"{TITLE}: {agreement.recipient_name}, for {agreement.child}"),
        author=clean(agreement.council),
        subject=clean(f"{TITLE}. Reference {agreement.reference}"),
        creator="CoPlan",
        keywords="EHC plan, personal budget, direct payment agreement",
        lang="en-GB",
        invariant=1 if deterministic else 0,
    )
    return build_pdf(lambda buffer: _build(agreement, buffer, metadata))


def export(
    plan: Plan,
    pack: PolicyPack,
    path: str | os.PathLike,
    *,
    today: date | None = None,
    deterministic: bool = False,
    recipient: str = DP_RECIPIENT_FAMILY,
) -> None:
    from coplan.plan_file import write_atomically

    target = Path(path)
    data = render(plan, pack, today=today, deterministic=deterministic, recipient=recipient)
    try:
        write_atomically(target, data)
    except OSError as error:
        raise ExportError(explain(error, target), target) from error
