"""The A4 page: the header and "DRAFT" mark on every page, and "Page X of Y" in the footer."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from .fonts import BOLD, REGULAR
from .styles import (
    ACCENT,
    DRAFT_RED,
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MARGIN_TOP,
    MUTED,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    RULE,
)
from .text import clean

DRAFT_MARK = "DRAFT — for consultation"
FINAL_MARK = "FINAL PLAN"
FOOTER_NOTE = "Draft EHC plan, Section J: personal budget. This is not the final plan."
FINAL_FOOTER_NOTE = "EHC plan, Section J: personal budget. The final plan issued by the council."


@dataclass(frozen=True)
class PageHeader:
    council: str
    child: str
    version_and_date: str
    final: bool = False


def fit(text: str, font: str, size: float, width: float) -> str:
    """The text, shortened with an ellipsis if it would be wider than `width`.

    Linear in the text's length: the glyph widths are added up once, left to right, and the
    cut made where they pass the room left for the ellipsis (measuring the whole text again for
    every character taken off took minutes for a 20,000-character name).
    """
    text = " ".join(clean(text).split())
    if stringWidth(text, font, size) <= width:
        return text
    room = width - stringWidth("…", font, size)
    measured: dict[str, float] = {}
    used = 0.0
    cut = 0
    for cut, character in enumerate(text):  # noqa: B007 - `cut` is used after the loop
        glyph = measured.get(character)
        if glyph is None:
            glyph = measured[character] = stringWidth(character, font, size)
        used += glyph
        if used > room:
            break
    return text[:cut].rstrip() + "…"


def draw_header(canvas: Canvas, header: PageHeader) -> None:
    left, right = MARGIN_LEFT, PAGE_WIDTH - MARGIN_RIGHT
    top = PAGE_HEIGHT - 12 * mm
    canvas.saveState()
    mark = FINAL_MARK if header.final else DRAFT_MARK
    if not header.final:
        _draw_watermark(canvas)
    # Drawn left to right, line by line: the order a screen reader and copy and paste take.
    mark_width = stringWidth(mark, BOLD, 10)
    canvas.setFont(BOLD, 10)
    canvas.setFillColor(ACCENT)
    canvas.drawString(left, top, fit(header.council, BOLD, 10, right - left - mark_width - 16))
    canvas.setFillColor(ACCENT if header.final else DRAFT_RED)
    canvas.drawRightString(right, top, mark)
    canvas.setFont(REGULAR, 9)
    canvas.setFillColor(MUTED)
    version_width = stringWidth(header.version_and_date, REGULAR, 9)
    canvas.drawString(
        left,
        top - 13,
        fit(
            f"Section J personal budget for {header.child}",
            REGULAR,
            9,
            right - left - version_width - 16,
        ),
    )
    canvas.drawRightString(right, top - 13, header.version_and_date)
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.75)
    canvas.line(left, top - 20, right, top - 20)
    canvas.restoreState()


# The diagonal "DRAFT" across every page of a draft, as strokes of a pen rather than as letters
# of a font: text there would be read aloud on every page by a screen reader and picked up by
# copy and paste (as "D", "RA", "FT" between the real words). Each letter is drawn in a box 100
# units high; its strokes are lines and curves, `(width, strokes)`, where a stroke is a list of
# points or ("curve", control1, control2, end) steps.
_LETTERS: dict[str, tuple[float, list[list]]] = {
    "D": (68, [[(0, 0), (0, 100), (28, 100), ("curve", (78, 100), (78, 0), (28, 0)), (0, 0)]]),
    "R": (
        62,
        [
            [(0, 0), (0, 100), (34, 100), ("curve", (68, 100), (68, 50), (34, 50)), (0, 50)],
            [(30, 50), (62, 0)],
        ],
    ),
    "A": (70, [[(0, 0), (35, 100), (70, 0)], [(13, 36), (57, 36)]]),
    "F": (56, [[(56, 100), (0, 100), (0, 0)], [(0, 52), (44, 52)]]),
    "T": (70, [[(0, 100), (70, 100)], [(35, 100), (35, 0)]]),
}
_LETTER_GAP = 24
WATERMARK_WORD = "DRAFT"


def _draw_watermark(canvas: Canvas) -> None:
    """The pale diagonal DRAFT behind a draft's every page: drawn shapes, no text."""
    scale = 0.95
    stroke = 15
    widths = [_LETTERS[letter][0] for letter in WATERMARK_WORD]
    total = sum(widths) + _LETTER_GAP * (len(widths) - 1)
    canvas.saveState()
    canvas.setStrokeColor(colors.Color(0, 0, 0, alpha=0.06))
    canvas.setLineWidth(stroke)
    canvas.setLineCap(0)
    canvas.setLineJoin(0)
    canvas.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
    canvas.rotate(50)
    canvas.scale(scale, scale)
    canvas.translate(-total / 2, -50)
    path = canvas.beginPath()  # one path: overlapping strokes are painted once, evenly pale
    left = 0.0
    for letter, width in zip(WATERMARK_WORD, widths, strict=True):
        for stroke_points in _LETTERS[letter][1]:
            x, y = stroke_points[0]
            path.moveTo(left + x, y)
            for step in stroke_points[1:]:
                if step[0] == "curve":
                    (x1, y1), (x2, y2), (x3, y3) = step[1:]
                    path.curveTo(left + x1, y1, left + x2, y2, left + x3, y3)
                else:
                    path.lineTo(left + step[0], step[1])
        left += width + _LETTER_GAP
    canvas.drawPath(path, stroke=1, fill=0)
    canvas.restoreState()


def draw_footer(canvas: Canvas, page: int, pages: int, note: str = FOOTER_NOTE) -> None:
    left, right = MARGIN_LEFT, PAGE_WIDTH - MARGIN_RIGHT
    bottom = 11 * mm
    canvas.saveState()
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.75)
    canvas.line(left, bottom + 12, right, bottom + 12)
    canvas.setFont(REGULAR, 8)
    canvas.setFillColor(MUTED)
    canvas.drawString(left, bottom, note)
    canvas.setFont(BOLD, 9)
    canvas.setFillColor(colors.black)
    canvas.drawRightString(right, bottom, f"Page {page} of {pages}")
    canvas.restoreState()


def numbered_canvas(footer: Callable[[Canvas, int, int], None]) -> type[Canvas]:
    """A canvas that holds every page back until the end so that `footer(canvas, page, pages)`
    can say "Page X of Y"."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            self._held_pages: list[dict] = []
            # Bookmarks (styles.bookmark_heading) drawn on the page being held: a bookmark
            # names the page the document is writing, so it is made when this page is written.
            self.held_bookmarks: list[tuple[str, float, float]] = []

        def showPage(self) -> None:
            self._held_pages.append(dict(self.__dict__))
            self.held_bookmarks = []
            self._startPage()

        def save(self) -> None:
            pages = len(self._held_pages)
            for number, state in enumerate(self._held_pages, start=1):
                self.__dict__.update(state)
                for key, left, top in self.held_bookmarks:
                    self.bookmarkHorizontalAbsolute(key, top, left)
                footer(self, number, pages)
                super().showPage()
            super().save()

    return NumberedCanvas


NumberedCanvas = numbered_canvas(draw_footer)
FinalNumberedCanvas = numbered_canvas(
    lambda canvas, page, pages: draw_footer(canvas, page, pages, FINAL_FOOTER_NOTE)
)


class A4Template(BaseDocTemplate):
    """One A4 frame inside the margins, with `header(canvas)` drawn on every page."""

    def __init__(
        self,
        target,
        header: Callable[[Canvas], None],
        *,
        top_margin: float = MARGIN_TOP,
        bottom_margin: float = MARGIN_BOTTOM,
        **metadata,
    ) -> None:
        super().__init__(
            target,
            pagesize=(PAGE_WIDTH, PAGE_HEIGHT),
            leftMargin=MARGIN_LEFT,
            rightMargin=MARGIN_RIGHT,
            topMargin=top_margin,
            bottomMargin=bottom_margin,
            initialFontName=REGULAR,
            **metadata,
        )
        frame = Frame(
            self.leftMargin,
            self.bottomMargin,
            self.width,
            self.height,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        self.addPageTemplates(
            [PageTemplate(id="page", frames=[frame], onPage=lambda c, _d: header(c))]
        )

    def beforeDocument(self) -> None:
        # Open with the headings (bookmarks) showing, and the document's title, not its file
        # name, in the reader's title bar and read out first by a screen reader.
        self.canv.showOutline()
        self.canv.setViewerPreference("DisplayDocTitle", "true")


class SectionJTemplate(A4Template):
    """The Section J document: its header (council, DRAFT, child, version) on every page.

    `progress(fraction)`, when given, is called after each part of the story is placed (a
    window shows it; it may raise to stop the export).
    """

    def __init__(
        self,
        target,
        header: PageHeader,
        *,
        progress: Callable[[float], None] | None = None,
        **metadata,
    ) -> None:
        super().__init__(target, lambda canvas: draw_header(canvas, header), **metadata)
        if progress is not None:
            self.setProgressCallBack(_progress_reporter(progress))


def _progress_reporter(progress: Callable[[float], None]) -> Callable[[str, int], None]:
    """reportlab's progress events as a fraction that never goes back (a part split between
    pages goes back on the story in pieces), up to 0.95: saving the file is the rest."""
    size = 1
    done = 0.0

    def report(event: str, value: int) -> None:
        nonlocal size, done
        if event == "SIZE_EST":
            size = max(value, 1)
        elif event == "PROGRESS":
            done = max(done, min(value / size, 1.0))
            progress(0.95 * done)

    return report
