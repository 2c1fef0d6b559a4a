"""Colours, paragraph styles and the small set of building blocks every section uses.

All paragraphs are made by `para`, which passes its text through `text.escape` (the one place
where user text becomes markup); tables are made by `data_table` and `facts_table`, which
repeat their header row on every page and let long rows split between pages.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Sequence
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cache

from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.fonts import ps2tt, tt2ps
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer, Table, TableStyle
from reportlab.platypus.doctemplate import LayoutError
from reportlab.platypus.paragraph import cleanBlockQuotedText

from .fonts import BOLD, ITALIC, REGULAR, register_fonts
from .text import clean, escape

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_LEFT = MARGIN_RIGHT = 18 * mm
MARGIN_TOP = 30 * mm  # leaves room for the two-line header
MARGIN_BOTTOM = 20 * mm  # and for the footer
CONTENT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT
FRAME_HEIGHT = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM

INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#4d4d4d")
ACCENT = colors.HexColor("#1d4f91")
ACCENT_LIGHT = colors.HexColor("#e8eef7")
RULE = colors.HexColor("#b8c4d6")
DRAFT_RED = colors.HexColor("#a4001d")
WARNING_FILL = colors.HexColor("#fff3dc")
WARNING_EDGE = colors.HexColor("#c77700")
DANGER_FILL = colors.HexColor("#fde8e8")
DANGER_EDGE = colors.HexColor("#a4001d")
GOOD_FILL = colors.HexColor("#e7f4ea")
GOOD_EDGE = colors.HexColor("#2e7d32")
ZEBRA = colors.HexColor("#f6f8fb")

# Table rows are kept whole on one page. Only when a row is taller than a whole page (pages of
# text typed into one field) does `build_pdf` build again with this set, letting such rows
# split between pages rather than fail.
SPLIT_LONG_ROWS: ContextVar[bool] = ContextVar("split_long_rows", default=False)


def build_pdf(build: Callable[[io.BytesIO], None]) -> bytes:
    """The bytes `build(buffer)` writes; built again with long rows allowed to split when a
    table row is taller than a page (every CoPlan PDF goes through here)."""
    buffer = io.BytesIO()
    try:
        build(buffer)
    except LayoutError:
        token = SPLIT_LONG_ROWS.set(True)
        try:
            buffer = io.BytesIO()
            build(buffer)
        finally:
            SPLIT_LONG_ROWS.reset(token)
    return buffer.getvalue()


class Figure(str):
    """A short figure such as "£1,234.56" for a table cell: drawn as plain text (never read as
    markup) on one line, which is much quicker than a paragraph in a table of 200 rows."""

    __slots__ = ()


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    body: ParagraphStyle
    family: ParagraphStyle  # the larger text of the family's first page
    family_bullet: ParagraphStyle
    bullet: ParagraphStyle
    small: ParagraphStyle
    note: ParagraphStyle
    cell: ParagraphStyle
    cell_bullet: ParagraphStyle
    cell_lines: ParagraphStyle  # lines separated by <br/>, a little apart
    cell_head: ParagraphStyle
    cell_right: ParagraphStyle
    cell_head_right: ParagraphStyle
    callout: ParagraphStyle
    big_number: ParagraphStyle


@cache
def styles() -> Styles:
    font = register_fonts()

    def style(name: str, size: float, leading: float, **extra) -> ParagraphStyle:
        return ParagraphStyle(
            name,
            fontName=extra.pop("fontName", font),
            fontSize=size,
            leading=leading,
            textColor=extra.pop("textColor", INK),
            bulletFontName=font,
            **extra,
        )

    return Styles(
        title=style("title", 20, 25, fontName=BOLD, textColor=ACCENT, spaceAfter=6),
        h1=style(
            "h1",
            15,
            19,
            fontName=BOLD,
            textColor=ACCENT,
            spaceBefore=10,
            spaceAfter=6,
            keepWithNext=1,
        ),
        h2=style("h2", 11.5, 15, fontName=BOLD, spaceBefore=8, spaceAfter=3, keepWithNext=1),
        body=style("body", 10, 14, spaceAfter=5),
        family=style("family", 11.5, 16, spaceAfter=5),
        family_bullet=style("family_bullet", 11.5, 16, leftIndent=16, bulletIndent=3, spaceAfter=2),
        bullet=style("bullet", 10, 14, leftIndent=14, bulletIndent=3, spaceAfter=2),
        small=style("small", 8.5, 11, textColor=MUTED),
        note=style("note", 9, 12.5, fontName=ITALIC, textColor=MUTED, spaceAfter=4),
        cell=style("cell", 9, 12),
        cell_bullet=style("cell_bullet", 9, 12, leftIndent=9, bulletIndent=0),
        cell_lines=style("cell_lines", 9, 12.5),
        cell_head=style("cell_head", 9, 12, fontName=BOLD, textColor=colors.white),
        cell_right=style("cell_right", 9, 12, alignment=TA_RIGHT),
        cell_head_right=style(
            "cell_head_right", 9, 12, fontName=BOLD, textColor=colors.white, alignment=TA_RIGHT
        ),
        callout=style("callout", 12, 17),
        big_number=style("big_number", 22, 28, fontName=BOLD, textColor=ACCENT),
    )


# The styles that are headings, and their level: a PDF bookmark (the outline a reader's
# navigation pane and a screen reader's "list of headings" show) is made for every paragraph
# drawn in one of them or in a style cloned from one (`clone` keeps the original as `parent`),
# and the Word version gives them Word's "Heading 1" and "Heading 2".
HEADING_LEVELS = {"title": 1, "h1": 1, "h2": 2}


def heading_level(style: ParagraphStyle | None) -> int | None:
    """1 or 2 for a heading's style (or a clone of one), None for any other."""
    while style is not None:
        level = HEADING_LEVELS.get(style.name)
        if level is not None:
            return level
        style = getattr(style, "parent", None)
    return None


def bookmark_heading(canvas, text: str, level: int, top: float) -> None:
    """An outline entry for a heading whose top is at `top` in `canvas`'s current coordinates.

    Levels never jump down by more than one (a PDF outline cannot), so a second-level heading
    with no first-level one before it is put one level up.
    """
    number = getattr(canvas, "_coplan_headings", 0) + 1
    last = getattr(canvas, "_coplan_last_depth", -1)
    depth = min(level - 1, last + 1)
    canvas._coplan_headings, canvas._coplan_last_depth = number, depth
    key = f"heading-{number}"
    left, top = canvas.absolutePosition(0, top)
    held = getattr(canvas, "held_bookmarks", None)
    if held is None:
        canvas.bookmarkHorizontalAbsolute(key, top, left)
    else:  # bound to its page when the page is written (layout.numbered_canvas)
        held.append((key, left, top))
    canvas.addOutlineEntry(" ".join(text.split()), key, depth)


class _Paragraph(Paragraph):
    """A paragraph that remembers its line breaks for the width it was last wrapped to, and
    that marks itself in the PDF's outline when it is a heading.

    reportlab wraps each paragraph in a table cell several times (measuring, splitting the
    table between pages, drawing), always to the same width; breaking lines once instead of
    three times halves the time a 200-item plan takes.
    """

    _wrapped: tuple | None = None

    def wrap(self, availWidth, availHeight):
        wrapped = self._wrapped
        if wrapped is not None and wrapped[0] == availWidth:
            _, self.width, self.height, self.blPara, self._wrapWidths = wrapped
            return self.width, self.height
        size = super().wrap(availWidth, availHeight)
        self._wrapped = (availWidth, self.width, self.height, self.blPara, self._wrapWidths)
        return size

    def draw(self):
        level = heading_level(self.style)
        if level is not None:
            bookmark_heading(self.canv, self.getPlainText(), level, self.height)
        super().draw()


class _Table(Table):
    """A table whose rows are kept whole on a page, except a row that could not fit on any
    page (pages of text typed into one field): that row is split between pages, in this table
    alone. Before, such a row failed the whole layout, which was then built again from the
    start with every table's rows allowed to split (twice the time, and a 400-item plan took
    four times as long as a 200-item one)."""

    def split(self, availWidth, availHeight):
        parts = super().split(availWidth, availHeight)
        if parts or self.splitInRow or not self._rowHeights:
            return parts
        repeat = self.repeatRows
        heading_rows = repeat if isinstance(repeat, int) else max(repeat) + 1
        first = sum(self._rowHeights[: heading_rows + 1])
        if first <= FRAME_HEIGHT:
            return parts  # it fits whole at the top of the next page
        self.splitInRow = 1
        return super().split(availWidth, availHeight)


def para(content: object, style: ParagraphStyle, *, bullet: str | None = None) -> Paragraph:
    """A paragraph of plain text (escaped here) or of `Markup` built with `text.markup`."""
    markup = escape(content)
    return _Paragraph(markup, style, bulletText=bullet, frags=quick_fragments(markup, style))


# Most paragraphs hold only what `text.escape` and the sections write: <b>, <i>, <br/> and the
# five entities. For those, the fragments reportlab's markup parser (html.parser, a fifth of
# an export's time) would make are made here directly; anything else goes to the parser.
# tests/report/test_quick_fragments.py holds the two to the same fragments.
_QUICK_TAGS = {"<b>": "b", "<i>": "i"}
_ENTITIES = {"&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'"}
_TAG = re.compile(r"<[^>]*>")
_ENTITY = re.compile(r"&[^;&]*;")


def quick_fragments(markup: str, style: ParagraphStyle) -> list | None:
    """The fragments of `markup` in `style`, or None to leave it to reportlab's parser."""
    text = cleanBlockQuotedText(markup)
    if not text or "&" in _ENTITY.sub("", text):
        return None
    if any(entity not in _ENTITIES for entity in _ENTITY.findall(text)):
        return None
    base = _plain_fragment(style)
    family = ps2tt(base.fontName)[0]
    opened: list[str] = []  # the tags open, innermost last: each must be closed in turn
    fragments = []
    position = 0
    for tag in [*_TAG.finditer(text), None]:
        end = tag.start() if tag is not None else len(text)
        segment = text[position:end]
        bold = int(bool(base.bold) or "b" in opened)
        italic = int(bool(base.italic) or "i" in opened)
        look = dict(bold=bold, italic=italic, fontName=tt2ps(family, bold, italic))
        if segment:
            text_now = _ENTITY.sub(lambda m: _ENTITIES[m.group(0)], segment)
            fragments.append(
                base.clone(text=text_now, __tag__=opened[-1] if opened else "para", **look)
            )
        if tag is None:
            break
        position = tag.end()
        written = tag.group(0)
        if written == "<br/>":
            fragments.append(base.clone(text="", lineBreak=True, __tag__="br", **look))
        elif written in _QUICK_TAGS:
            opened.append(_QUICK_TAGS[written])
        elif written in ("</b>", "</i>") and opened and opened[-1] == written[2]:
            opened.pop()
        else:
            return None
    if opened or not fragments:
        return None
    return fragments


_PLAIN_FRAGMENTS: dict[int, tuple[ParagraphStyle, object]] = {}


def _plain_fragment(style: ParagraphStyle):
    """What reportlab's parser makes of one plain word in `style` (font, size, colour…): the
    model for the fragments of every quick paragraph in that style. Kept per style object."""
    known = _PLAIN_FRAGMENTS.get(id(style))
    if known is None or known[0] is not style:
        (fragment,) = Paragraph("x", style).frags
        known = _PLAIN_FRAGMENTS[id(style)] = (style, fragment)
    return known[1]


def heading(content: object, *, room: float = 150) -> list[Flowable]:
    """A part's heading, starting a new page unless `room` points are left for what follows."""
    title = para(content, styles().h1)
    needed = min(room + height_of([title]), FRAME_HEIGHT * 0.9)
    return [CondPageBreak(needed), title]


def height_of(flowables: Sequence[Flowable]) -> float:
    """How much of the page these take, so that a heading can keep its first lines with it."""
    total = 0.0
    for flowable in flowables:
        total += flowable.wrap(CONTENT_WIDTH, FRAME_HEIGHT)[1]
        total += flowable.getSpaceBefore() + flowable.getSpaceAfter()
    return total


def subheading(content: object) -> Paragraph:
    return para(content, styles().h2)


def gap(height: float = 6) -> Spacer:
    return Spacer(1, height)


def bullets(lines: Sequence[object], style: ParagraphStyle | None = None) -> list[Paragraph]:
    chosen = style or styles().bullet
    return [para(line, chosen, bullet="•") for line in lines]


# Every table sets its font: reportlab's default for table cells is Helvetica, which has no
# Greek or Cyrillic and would otherwise be added to the PDF.
_TABLE_FONT = ("FONT", (0, 0), (-1, -1), REGULAR, 9, 12)


def data_table(
    header: Sequence[object],
    rows: Sequence[Sequence[object]],
    widths: Sequence[float],
    *,
    right_columns: Sequence[int] = (),
    total_row: bool = False,
) -> Table:
    """A table whose header row repeats on every page when it runs on to the next.

    Cells may be text, `Markup`, or ready-made flowables (lists of them, too).
    """
    s = styles()

    def cell(value: object, column: int, head: bool) -> object:
        if isinstance(value, Flowable | list):
            return value
        if isinstance(value, Figure):
            return clean(value)
        right = column in right_columns
        if head:
            return para(value, s.cell_head_right if right else s.cell_head)
        return para(value, s.cell_right if right else s.cell)

    data = [[cell(v, c, True) for c, v in enumerate(header)]]
    data += [[cell(v, c, False) for c, v in enumerate(row)] for row in rows]
    commands = [
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 1), (-1, -1), 0.5, RULE),
        ("BOX", (0, 0), (-1, -1), 0.75, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        _TABLE_FONT,
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        *(("ALIGN", (column, 0), (column, -1), "RIGHT") for column in right_columns),
    ]
    if len(data) > 2:
        commands.append(("ROWBACKGROUNDS", (0, 1), (-1, -2 if total_row else -1), [None, ZEBRA]))
    if total_row:
        commands += [
            ("NOSPLIT", (0, -2), (-1, -1)),  # the total never stands alone on a page
            ("LINEABOVE", (0, -1), (-1, -1), 1.2, ACCENT),
            ("BACKGROUND", (0, -1), (-1, -1), ACCENT_LIGHT),
            ("FONT", (0, -1), (-1, -1), BOLD, s.cell.fontSize, s.cell.leading),
        ]
    return _Table(
        data,
        colWidths=list(widths),
        repeatRows=1,
        splitInRow=int(SPLIT_LONG_ROWS.get()),
        style=TableStyle(commands),
        hAlign="LEFT",
    )


def facts_table(rows: Sequence[tuple[object, object]], *, label_width: float = 48 * mm) -> Table:
    """Label / value pairs, such as the direct payment arrangements."""
    s = styles()
    data = []
    for label, value in rows:
        shown = value if isinstance(value, Flowable | list) else para(value, s.cell)
        data.append([para(label, s.cell_head.clone("fact_label", textColor=INK)), shown])
    return _Table(
        data,
        colWidths=[label_width, CONTENT_WIDTH - label_width],
        splitInRow=int(SPLIT_LONG_ROWS.get()),
        hAlign="LEFT",
        style=TableStyle(
            [
                _TABLE_FONT,
                ("BACKGROUND", (0, 0), (0, -1), ACCENT_LIGHT),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE),
                ("BOX", (0, 0), (-1, -1), 0.75, RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        ),
    )


_CALLOUT_COLOURS = {
    "info": (ACCENT_LIGHT, ACCENT),
    "warning": (WARNING_FILL, WARNING_EDGE),
    "danger": (DANGER_FILL, DANGER_EDGE),
    "good": (GOOD_FILL, GOOD_EDGE),
}


def callout(content: Sequence[Flowable] | Flowable, kind: str = "info") -> Table:
    """A shaded box with a coloured edge on the left, for what must not be missed."""
    fill, edge = _CALLOUT_COLOURS[kind]
    flowables = list(content) if isinstance(content, Sequence) else [content]
    return _Table(
        [[flowables]],
        colWidths=[CONTENT_WIDTH],
        splitInRow=int(SPLIT_LONG_ROWS.get()),
        hAlign="LEFT",
        style=TableStyle(
            [
                _TABLE_FONT,
                ("BACKGROUND", (0, 0), (-1, -1), fill),
                ("LINEBEFORE", (0, 0), (0, -1), 4, edge),
                ("LEFTPADDING", (0, 0), (-1, -1), 10),
                ("RIGHTPADDING", (0, 0), (-1, -1), 10),
                ("TOPPADDING", (0, 0), (-1, -1), 7),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
            ]
        ),
    )


def new_drawing(width: float, height: float) -> Drawing:
    """A drawing whose text state starts in the bundled font (reportlab's default is Helvetica,
    which would otherwise be added to the PDF)."""
    drawing = Drawing(width, height)
    drawing.initialFontName = REGULAR
    drawing.initialFontSize = 9
    return drawing
