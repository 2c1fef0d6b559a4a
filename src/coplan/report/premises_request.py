"""The "request for premises agreement" PDF: one A4 page for one setting's head, to agree (or
not) on paper or by email to the direct-payment items on its premises when they were not at the
meeting. What the page says is in `sections/premises_request.py`; this module puts it on the
page (header, "Page X of Y", metadata) and saves it.

Use it through `coplan.report.render_premises_request` / `export_premises_request`, which load
this module (and reportlab) only when a request is first made.
"""

from __future__ import annotations

import io
import os
from datetime import date
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepInFrame,
    KeepTogether,
)

from coplan.domain.dates import format_long
from coplan.domain.model import Plan
from coplan.domain.policy import PolicyPack

from .export import ExportError, explain
from .fonts import BOLD, REGULAR, register_fonts
from .layout import A4Template, fit, numbered_canvas
from .sections.premises_request import TITLE, Request, prepare, story
from .styles import (
    ACCENT,
    CONTENT_WIDTH,
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
FRAME_HEIGHT = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM
SHORT_TITLE = "Request for premises agreement"
# A page a little too long is shrunk to fit, down to this scale (9 pt text prints at 8.1 pt);
# anything longer flows on to a second page, with the header and "Page X of Y" on each.
MIN_SCALE = 0.9


def _draw_header(canvas: Canvas, request: Request) -> None:
    left, right = MARGIN_LEFT, PAGE_WIDTH - MARGIN_RIGHT
    top = PAGE_HEIGHT - 11 * mm
    canvas.saveState()
    # Drawn left to right, line by line: the order a screen reader and copy and paste take.
    canvas.setFont(BOLD, 10)
    room = right - left - stringWidth(SHORT_TITLE, BOLD, 10) - 16
    canvas.setFillColor(ACCENT)
    canvas.drawString(left, top, fit(request.council, BOLD, 10, room))
    canvas.setFillColor(MUTED)
    canvas.drawRightString(right, top, SHORT_TITLE)
    canvas.setFont(REGULAR, 9)
    reference = f"Reference {request.reference} · {format_long(request.today)}"
    about = f"{request.setting_name} · about {request.child}"
    room = right - left - stringWidth(reference, REGULAR, 9) - 16
    canvas.drawString(left, top - 13, fit(about, REGULAR, 9, room))
    canvas.drawRightString(right, top - 13, reference)
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.75)
    canvas.line(left, top - 20, right, top - 20)
    canvas.restoreState()


def _draw_footer(canvas: Canvas, page: int, pages: int, request: Request) -> None:
    left, right = MARGIN_LEFT, PAGE_WIDTH - MARGIN_RIGHT
    bottom = 10 * mm
    canvas.saveState()
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.75)
    canvas.line(left, bottom + 12, right, bottom + 12)
    numbers = f"Page {page} of {pages}"
    canvas.setFont(REGULAR, 8)
    canvas.setFillColor(MUTED)
    note = f"Please return to {request.returned_to}"
    room = right - left - stringWidth(numbers, BOLD, 9) - 16
    canvas.drawString(left, bottom, fit(note, REGULAR, 8, room))
    canvas.setFont(BOLD, 9)
    canvas.setFillColor(INK)
    canvas.drawRightString(right, bottom, numbers)
    canvas.restoreState()


def _build(request: Request, buffer: io.BytesIO, metadata: dict) -> None:
    template = A4Template(
        buffer,
        lambda canvas: _draw_header(canvas, request),
        top_margin=MARGIN_TOP,
        bottom_margin=MARGIN_BOTTOM,
        **metadata,
    )
    template.build(
        _page(request),
        canvasmaker=numbered_canvas(
            lambda canvas, page, pages: _draw_footer(canvas, page, pages, request)
        ),
    )


def _page(request: Request) -> list[Flowable]:
    """The story: as it is when it fits one page or needs several, shrunk when only a little
    over. To shrink, the story is laid out wider (tables too, so that they shrink with the
    text) and scaled down to the page's width by KeepInFrame."""
    height = _height(story(request), CONTENT_WIDTH)
    if height <= FRAME_HEIGHT:
        return story(request)
    scale = FRAME_HEIGHT / height
    while scale >= MIN_SCALE:
        wider = _flat(story(request, CONTENT_WIDTH / scale))
        if _height(wider, CONTENT_WIDTH / scale) * scale <= FRAME_HEIGHT:
            return [KeepInFrame(CONTENT_WIDTH, FRAME_HEIGHT, wider, mode="shrink")]
        scale -= 0.01
    return story(request)


def _flat(flowables: list[Flowable]) -> list[Flowable]:
    """The story for one shrunk frame: no page breaks, nothing held together (a KeepInFrame
    draws its content directly, and a KeepTogether cannot be drawn)."""
    out: list[Flowable] = []
    for flowable in flowables:
        if isinstance(flowable, KeepTogether):
            out += _flat(flowable._content)
        elif not isinstance(flowable, CondPageBreak):
            out.append(flowable)
    return out


def _height(flowables: list[Flowable], width: float) -> float:
    """How tall the story is on one endless page `width` wide (a KeepTogether reports itself as
    too tall to fit anywhere, so its parts are measured instead)."""
    canvas = Canvas(io.BytesIO())
    total = 0.0
    for flowable in flowables:
        if isinstance(flowable, KeepTogether):
            total += _height(flowable._content, width)
            continue
        total += flowable.wrapOn(canvas, width, FRAME_HEIGHT * 10)[1]
        total += flowable.getSpaceBefore() + flowable.getSpaceAfter()
    return total


def render(
    plan: Plan,
    setting_id: str,
    pack: PolicyPack,
    *,
    today: date | None = None,
    deterministic: bool = False,
) -> bytes:
    request = prepare(plan, setting_id, pack, today or date.today())
    register_fonts()
    metadata = dict(
        title=clean(f"{SHORT_TITLE}: {request.setting_name}, for {request.child}"),
        author=clean(request.council),
        subject=clean(f"{TITLE}. Reference {request.reference}, {format_long(request.today)}"),
        creator="CoPlan",
        keywords="EHC plan, personal budget, direct payment, premises agreement",
        lang="en-GB",
        invariant=1 if deterministic else 0,
    )
    return build_pdf(lambda buffer: _build(request, buffer, metadata))


def export(
    plan: Plan,
    setting_id: str,
    pack: PolicyPack,
    path: str | os.PathLike,
    *,
    today: date | None = None,
    deterministic: bool = False,
) -> None:
    from coplan.plan_file import write_atomically

    target = Path(path)
    data = render(plan, setting_id, pack, today=today, deterministic=deterministic)
    try:
        write_atomically(target, data)
    except OSError as error:
        raise ExportError(explain(error, target), target) from error
