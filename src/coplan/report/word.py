"""Section J as a Word document, made from the very story the PDF is drawn from.

Councils put Section J into their EHC plan template in Word (or their case system), so the Word
version carries the same words and figures as the PDF and the same structure: real headings
(Word's "Heading 1" and "Heading 2", from the PDF's heading styles: `styles.heading_level`),
real tables (header rows marked to repeat and to be read as headers), lists as Word lists.

There is one source of words: `document.build_story` makes the reportlab flowables for the
PDF, and this module walks those flowables (paragraphs, tables, the containers that keep things
together) and writes each as its Word equivalent. Nothing here knows what a section says, so a
section that changes its wording changes the PDF and the Word version alike. A drawing (a
chart, a drawn signature) becomes a picture (`picture.py`) whose alternative text is its words
(`drawing_words`). A flowable this module does not know raises `UnknownFlowable` (a test renders
every example, so a new kind of flowable cannot be silently left out of the Word version).

Text reaches Word as text (python-docx escapes it): paragraph markup was already parsed by
reportlab into runs of plain text with bold, italic and so on, so nothing a user typed is read
as markup here either.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
from reportlab.graphics.shapes import Drawing, Group, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT
from reportlab.platypus import Flowable, Paragraph, Table
from reportlab.platypus.flowables import NullDraw, PageBreak, _Container

from .fonts import BOLD, BOLD_ITALIC, ITALIC
from .layout import DRAFT_MARK, FINAL_FOOTER_NOTE, FINAL_MARK, FOOTER_NOTE
from .picture import drawing_png
from .styles import ACCENT, CONTENT_WIDTH, DRAFT_RED, INK, heading_level
from .text import clean as _clean_for_pdf

if TYPE_CHECKING:
    from docx.document import Document as WordDocument

    from coplan.domain.model import Plan
    from coplan.domain.policy import PolicyPack

    from .document import Prepared

# Word's own style names (present in every Word, and in python-docx's template): a council's
# template maps them onto its house style when Section J is pasted in.
HEADING_STYLES = {1: "Heading 1", 2: "Heading 2"}
BULLET_STYLE = "List Bullet"
NUMBERED_STYLE = "List Paragraph"  # indented, no automatic number
TABLE_STYLE = "Table Grid"
# A font every council laptop has, plain and clear (the PDF's DejaVu Sans is not on Windows).
FONT = "Arial"
# Zip entries and document properties of a deterministic export carry this date, not today's.
FIXED_MOMENT = datetime(2000, 1, 1)


# What XML 1.0 (and so a .docx) cannot hold at all: C0 controls other than tab and line breaks,
# lone surrogates, U+FFFE and U+FFFF. `text.clean` takes out what no PDF should show; this takes
# out the rest, where one such character would otherwise stop the whole Word export.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def clean(text: object) -> str:
    """Plain text fit for a Word document."""
    return _NOT_XML.sub("", _clean_for_pdf(text))


class UnknownFlowable(TypeError):
    """A part of the PDF's story that the Word version cannot show (a programming error)."""


def render(
    plan: Plan,
    pack: PolicyPack,
    *,
    previous: Plan | None = None,
    today: date | None = None,
    deterministic: bool = False,
    final: bool | None = None,
    progress: Callable[[float], None] | None = None,
) -> bytes:
    """The Word document (.docx) as bytes: the same Section J as `document.render`'s PDF.
    `progress(fraction)` is called part by part, and may raise to stop."""
    from .document import build_story, prepare

    prepared = prepare(
        plan, pack, previous=previous, today=today, deterministic=deterministic, final=final
    )
    story = build_story(prepared.ctx)
    return render_story(story, prepared, deterministic=deterministic, progress=progress)


def render_story(
    story: Sequence[Flowable],
    prepared: Prepared,
    *,
    deterministic: bool,
    progress: Callable[[float], None] | None = None,
) -> bytes:
    word = Document()
    _set_up(word, prepared, deterministic=deterministic)
    writer = _Writer(word)
    for done, flowable in enumerate(story):
        # The document, like a table cell, has add_paragraph and add_table.
        writer.add(word, flowable, top=True)
        if progress is not None:
            progress(0.95 * (done + 1) / len(story))
    buffer = io.BytesIO()
    word.save(buffer)
    data = buffer.getvalue()
    return _without_timestamps(data) if deterministic else data


# -- the document as a whole ---------------------------------------------------------------------
def _set_up(word: WordDocument, prepared: Prepared, *, deterministic: bool) -> None:
    # python-docx's template carries a thumbnail picture of an empty page: not ours to ship.
    package = word.part.package
    for key, relationship in list(package.rels.items()):
        if relationship.reltype.endswith("/thumbnail"):
            del package.rels[key]
    metadata = prepared.metadata
    properties = word.core_properties
    properties.title = clean(metadata["title"])
    properties.author = clean(metadata["author"])
    properties.subject = clean(metadata["subject"])
    properties.keywords = clean(metadata["keywords"])
    properties.language = metadata["lang"]
    properties.comments = "Made by CoPlan from the same Section J as the PDF."
    properties.last_modified_by = "CoPlan"
    properties.revision = 1
    if deterministic:
        properties.created = properties.modified = FIXED_MOMENT
    else:
        properties.created = properties.modified = datetime.now().replace(microsecond=0)
    _set_language(word, metadata["lang"])
    _set_font(word)

    section = word.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Mm(18)
    section.top_margin, section.bottom_margin = Mm(30), Mm(20)
    section.header_distance, section.footer_distance = Mm(10), Mm(8)
    _header(section, prepared)
    _footer(section, prepared)


def _set_language(word: WordDocument, language: str) -> None:
    """The language of every run (spelling checks, a screen reader's voice): the styles'
    default run properties."""
    defaults = word.styles.element.find(qn("w:docDefaults"))
    run_defaults = defaults.find(qn("w:rPrDefault")) if defaults is not None else None
    properties = run_defaults.find(qn("w:rPr")) if run_defaults is not None else None
    if properties is None:
        return
    for old in properties.findall(qn("w:lang")):
        properties.remove(old)
    lang = OxmlElement("w:lang")
    for attribute in ("w:val", "w:eastAsia", "w:bidi"):
        lang.set(qn(attribute), language)
    properties.append(lang)


def _set_font(word: WordDocument) -> None:
    """FONT everywhere: the template's theme fonts (which win over a named font) are taken
    out of the defaults and the heading styles."""
    themed = [qn(f"w:{name}") for name in ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme")]
    elements = [word.styles.element.find(qn("w:docDefaults"))]
    elements += [word.styles[name].element for name in ("Normal", *HEADING_STYLES.values())]
    for element in elements:
        for fonts in element.iter(qn("w:rFonts")) if element is not None else ():
            for attribute in themed:
                fonts.attrib.pop(attribute, None)
            for attribute in ("w:ascii", "w:hAnsi", "w:cs"):
                fonts.set(qn(attribute), FONT)
    word.styles["Normal"].font.name = FONT
    word.styles["Normal"].font.size = Pt(10)


def _header(section, prepared: Prepared) -> None:
    header = prepared.header
    width = section.page_width - section.left_margin - section.right_margin
    first, second = section.header.paragraphs[0], section.header.add_paragraph()
    for paragraph in (first, second):
        _right_tab_only(paragraph, width)
        paragraph.paragraph_format.space_after = Pt(0)
    council = first.add_run(clean(header.council))
    council.bold = True
    first.add_run("\t")
    mark = first.add_run(FINAL_MARK if header.final else DRAFT_MARK)
    mark.bold = True
    mark.font.color.rgb = _rgb(ACCENT if header.final else DRAFT_RED)
    council.font.color.rgb = _rgb(ACCENT)
    second.add_run(clean(f"Section J personal budget for {header.child}"))
    second.add_run("\t" + clean(header.version_and_date))
    for run in second.runs:
        run.font.size = Pt(9)


def _footer(section, prepared: Prepared) -> None:
    width = section.page_width - section.left_margin - section.right_margin
    paragraph = section.footer.paragraphs[0]
    _right_tab_only(paragraph, width)
    note = paragraph.add_run(FINAL_FOOTER_NOTE if prepared.final else FOOTER_NOTE)
    note.font.size = Pt(8)
    paragraph.add_run("\tPage ").bold = True
    _field(paragraph, "PAGE", "1")
    paragraph.add_run(" of ").bold = True
    _field(paragraph, "NUMPAGES", "1")


def _right_tab_only(paragraph, width) -> None:
    """One tab stop, at the right margin: Word's Header and Footer styles have a centre stop
    and a right stop for Letter paper, which would catch the tab first."""
    stops = paragraph.paragraph_format.tab_stops
    for inherited in paragraph.style.paragraph_format.tab_stops:
        stops.add_tab_stop(inherited.position, WD_TAB_ALIGNMENT.CLEAR)
    stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)


def _field(paragraph, instruction: str, shown: str) -> None:
    """A Word field (page number, number of pages) that Word fills in as it lays out pages."""
    run = paragraph.add_run()
    run.bold = True
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    code = OxmlElement("w:instrText")
    code.set(qn("xml:space"), "preserve")
    code.text = f" {instruction} "
    separate = OxmlElement("w:fldChar")
    separate.set(qn("w:fldCharType"), "separate")
    run._r.append(begin)
    run._r.append(code)
    run._r.append(separate)
    value = paragraph.add_run(shown)
    value.bold = True
    end_run = paragraph.add_run()
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    end_run._r.append(end)


def _without_timestamps(data: bytes) -> bytes:
    """The same .docx with every zip entry dated FIXED_MOMENT: byte-identical for the same
    plan."""
    source = zipfile.ZipFile(io.BytesIO(data))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for entry in source.infolist():
            fixed = zipfile.ZipInfo(entry.filename, date_time=FIXED_MOMENT.timetuple()[:6])
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o600 << 16
            target.writestr(fixed, source.read(entry.filename))
    return buffer.getvalue()


# -- the story, flowable by flowable ------------------------------------------------------------
class _Writer:
    def __init__(self, word: WordDocument) -> None:
        self.word = word
        self._page_break_pending = False
        self._style_ids: dict[str, str] = {}

    def _style_id(self, name: str) -> str:
        """A Word style's id, looked up once (python-docx searches every style each time)."""
        if name not in self._style_ids:
            self._style_ids[name] = self.word.styles[name].style_id
        return self._style_ids[name]

    def add(self, container, flowable: object, *, top: bool = False) -> None:
        """Write `flowable` (or a list of them, or a table cell's plain text) into `container`:
        the document's body or a table cell."""
        if flowable is None:
            return
        if isinstance(flowable, list | tuple):
            for part in flowable:
                self.add(container, part, top=top)
        elif isinstance(flowable, str):
            self._plain(container, flowable)
        elif isinstance(flowable, Paragraph):
            self._paragraph(container, flowable)
        elif isinstance(flowable, Table):
            self._table(container, flowable)
        elif isinstance(flowable, _Container) or hasattr(flowable, "_content"):
            # KeepTogether, KeepInFrame and their kind: only a way of placing their content.
            self.add(container, list(getattr(flowable, "_content", []) or []), top=top)
        elif isinstance(flowable, PageBreak):
            if top:
                self._page_break_pending = True
        elif isinstance(flowable, NullDraw):
            pass  # spaces and conditional page breaks: Word lays out its own pages
        elif isinstance(flowable, Drawing):
            self._drawing(container, flowable)
        elif getattr(flowable, "_text_equivalent", None) is not None:
            for line in flowable._text_equivalent:
                self._plain(container, line)
        else:
            raise UnknownFlowable(
                f"{type(flowable).__name__} has no Word equivalent: give it a "
                "`_text_equivalent` (a list of lines) or teach coplan.report.word about it"
            )

    # -- drawings --------------------------------------------------------------------------
    def _drawing(self, container, drawing: Drawing) -> None:
        """A chart or a signature: its picture, with its words as the picture's alternative
        text (what a screen reader reads); its words as text when it cannot be pictured."""
        words = drawing_words(drawing)
        png = drawing_png(drawing)
        if png is None:
            for line in words:
                self._plain(container, line)
            return
        paragraph = self._new_paragraph(container)
        width = min(Pt(drawing.width), Pt(CONTENT_WIDTH))
        if _is_cell(container):
            width = min(width, container.width or width)
        picture = paragraph.add_run().add_picture(io.BytesIO(png), width=width)
        description = picture._inline.docPr
        description.set("descr", "\n".join(words))
        description.set("title", words[0] if words else "")

    # -- paragraphs ------------------------------------------------------------------------
    def _new_paragraph(self, container):
        """A new paragraph in `container`: a table cell's first, empty paragraph is used first."""
        if _is_fresh_cell(container):
            paragraph = container.paragraphs[0]  # a new cell holds one empty paragraph
        else:
            paragraph = container.add_paragraph()
        if self._page_break_pending:
            paragraph.paragraph_format.page_break_before = True
            self._page_break_pending = False
        return paragraph

    def _plain(self, container, text: str, *, bold: bool = False, size: float | None = None):
        paragraph = self._new_paragraph(container)
        lines = clean(text).split("\n")
        for number, line in enumerate(lines):
            run = paragraph.add_run(line)
            run.bold = bold or None
            if size:
                run.font.size = Pt(size)
            if number < len(lines) - 1:
                run.add_break(WD_BREAK.LINE)
        return paragraph

    def _paragraph(self, container, flowable: Paragraph) -> None:
        style = flowable.style
        level = heading_level(style)
        paragraph = self._new_paragraph(container)
        if level is not None:
            paragraph._p.style = self._style_id(HEADING_STYLES[level])
        elif getattr(flowable, "bulletText", None):
            mark = clean(flowable.bulletText).strip()
            if mark in ("•", "-", "–"):
                paragraph._p.style = self._style_id(BULLET_STYLE)
            else:
                # A numbered step ("1.", "2."): its number as text, so that it reads the same
                # wherever the council pastes it (Word's own numbering runs on across lists).
                paragraph._p.style = self._style_id(NUMBERED_STYLE)
                paragraph.add_run(f"{mark}\t")
        alignment = {
            TA_RIGHT: WD_ALIGN_PARAGRAPH.RIGHT,
            TA_CENTER: WD_ALIGN_PARAGRAPH.CENTER,
            TA_JUSTIFY: WD_ALIGN_PARAGRAPH.JUSTIFY,
        }.get(style.alignment)
        if alignment is not None:
            paragraph.alignment = alignment
        paragraph.paragraph_format.space_after = Pt(max(style.spaceAfter, 2))
        for text, form in _runs(flowable):
            if form == "break":
                (paragraph.runs[-1] if paragraph.runs else paragraph.add_run()).add_break(
                    WD_BREAK.LINE
                )
                continue
            run = paragraph.add_run(text)
            bold, italic, strike, colour, size = form
            if level is None:  # a heading takes its look from the Word style
                run.bold = bold or None
                run.italic = italic or None
                run.font.size = Pt(size)
                if colour is not None:
                    run.font.color.rgb = colour
            if strike:
                run.font.strike = True

    # -- tables ----------------------------------------------------------------------------
    def _figure(self, cell, value: str, cell_style) -> None:
        """A cell's plain text (`styles.Figure`), in the look the table's commands give it."""
        paragraph = self._plain(
            cell,
            value,
            bold=cell_style.fontname in (BOLD, BOLD_ITALIC),
            size=cell_style.fontsize,
        )
        if cell_style.alignment.upper() in ("RIGHT", "DECIMAL"):
            paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif cell_style.alignment.upper() in ("CENTER", "CENTRE"):
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        colour = _rgb(cell_style.color)
        if colour is not None:
            for run in paragraph.runs:
                run.font.color.rgb = colour

    def _table(self, container, flowable: Table) -> None:
        values = flowable._cellvalues
        rows, columns = len(values), len(values[0]) if values else 0
        if not rows or not columns:
            return
        if self._page_break_pending and not _is_cell(container):
            # A page break before a table: an empty paragraph carries it.
            self._new_paragraph(container)
        table = container.add_table(rows=rows, cols=columns)
        table._tbl.tblPr.style = self._style_id(TABLE_STYLE)
        table.alignment = WD_TABLE_ALIGNMENT.LEFT
        table.autofit = False
        widths = [Pt(width) for width in _column_widths(flowable)]
        header_rows = _header_rows(flowable)
        backgrounds = _backgrounds(flowable, rows, columns)
        for column, width in zip(table.columns, widths, strict=True):
            column.width = width
        for start, end in _spans(flowable):
            table.cell(*start).merge(table.cell(*end))
        hidden = _hidden_cells(flowable)
        # Each row's cells are looked up once: python-docx works out the whole table's grid
        # for every `table.cell(row, column)`, which made a 200-row table take seconds.
        for row_number, (row, row_values) in enumerate(zip(table.rows, values, strict=True)):
            if row_number in header_rows:
                _mark_header_row(row)
            _keep_row_together(row)
            cells = row.cells
            for column_number, value in enumerate(row_values):
                cell = cells[column_number]
                if (row_number, column_number) not in hidden:
                    cell.width = widths[column_number]
                fill = backgrounds.get((row_number, column_number))
                if fill is not None:
                    _shade(cell, fill)
                if (row_number, column_number) in hidden:
                    continue
                if isinstance(value, str):
                    self._figure(cell, value, flowable._cellStyles[row_number][column_number])
                else:
                    self.add(cell, value)
        if not _is_cell(container):
            # Word joins two tables that touch into one: a small paragraph keeps them apart.
            spacer = container.add_paragraph()
            spacer.paragraph_format.space_after = Pt(0)
            spacer.paragraph_format.line_spacing = Pt(6)


def _is_cell(container) -> bool:
    return hasattr(container, "_tc")


def _is_fresh_cell(container) -> bool:
    """A table cell as Word makes it: one empty paragraph and nothing else."""
    if not _is_cell(container):
        return False
    blocks = [child for child in container._tc if child.tag != qn("w:tcPr")]
    return len(blocks) == 1 and blocks[0].tag == qn("w:p") and not container.paragraphs[0].runs


def _runs(flowable: Paragraph) -> list[tuple[str, object]]:
    """The paragraph's text as runs of one look each: (text, (bold, italic, strike, colour,
    size)), or ("", "break") for a line break. reportlab has already parsed the markup (which
    `text.escape` made of what users typed), so each fragment's text is plain text."""
    runs: list[tuple[str, object]] = []
    # Parsed afresh: once a paragraph has been measured for the page, reportlab keeps its
    # words (not its fragments) in `frags`. `text` is the markup it was made from.
    fresh = Paragraph(flowable.text, flowable.style) if isinstance(flowable.text, str) else None
    for fragment in getattr(fresh or flowable, "frags", []):
        if getattr(fragment, "lineBreak", False):
            runs.append(("", "break"))
            continue
        text = clean(getattr(fragment, "text", ""))
        if not text:
            continue
        font = getattr(fragment, "fontName", "")
        form = (
            bool(getattr(fragment, "bold", 0)) or font in (BOLD, BOLD_ITALIC),
            bool(getattr(fragment, "italic", 0)) or font in (ITALIC, BOLD_ITALIC),
            bool(getattr(fragment, "strike", 0)),
            _rgb(getattr(fragment, "textColor", None)),
            float(getattr(fragment, "fontSize", 10)),
        )
        if runs and runs[-1][1] == form:
            runs[-1] = (runs[-1][0] + text, form)
        else:
            runs.append((text, form))
    return runs


def _rgb(colour) -> RGBColor | None:
    """A colour for Word, or None for the ordinary ink (left to the Word style)."""
    if colour is None or not isinstance(colour, colors.Color):
        return None
    if colour == INK or colour == colors.black:
        return None
    red, green, blue = (max(0, min(255, round(part * 255))) for part in colour.rgb())
    return RGBColor(red, green, blue)


def _column_widths(flowable: Table) -> list[float]:
    widths = list(getattr(flowable, "_colWidths", []) or [])
    total = CONTENT_WIDTH
    known = [w for w in widths if isinstance(w, int | float)]
    spare = (total - sum(known)) / max(1, len(widths) - len(known))
    return [w if isinstance(w, int | float) else max(spare, 36) for w in widths]


def _header_rows(flowable: Table) -> set[int]:
    repeat = getattr(flowable, "repeatRows", 0) or 0
    if isinstance(repeat, int):
        return set(range(repeat))
    return set(repeat)


def _backgrounds(flowable: Table, rows: int, columns: int) -> dict[tuple[int, int], RGBColor]:
    """Each cell's fill from the table's BACKGROUND commands (not the zebra stripes)."""
    fills: dict[tuple[int, int], RGBColor] = {}
    for command in getattr(flowable, "_bkgrndcmds", []):
        if command[0] != "BACKGROUND":
            continue
        (c0, r0), (c1, r1), colour = command[1], command[2], command[3]
        rgb = _rgb(colour) if isinstance(colour, colors.Color) else None
        if rgb is None:
            continue
        c0, c1 = (c if c >= 0 else columns + c for c in (c0, c1))
        r0, r1 = (r if r >= 0 else rows + r for r in (r0, r1))
        for row in range(r0, r1 + 1):
            for column in range(c0, c1 + 1):
                fills[(row, column)] = rgb
    return fills


def _spans(flowable: Table) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    spans = []
    for start, span in (getattr(flowable, "_spanRanges", None) or {}).items():
        if span is None:
            continue
        c0, r0, c1, r1 = span
        if (c0, r0) == (c1, r1) or start != (c0, r0):
            continue
        spans.append(((r0, c0), (r1, c1)))
    return spans


def _hidden_cells(flowable: Table) -> set[tuple[int, int]]:
    """Cells inside a span other than its first: reportlab draws nothing there."""
    hidden = set()
    for (column, row), span in (getattr(flowable, "_spanRanges", None) or {}).items():
        if span is None:
            hidden.add((row, column))
    return hidden


def _mark_header_row(row) -> None:
    """Repeat the row at the top of each page, and let a screen reader announce it as the
    table's header."""
    properties = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    properties.append(header)


def _keep_row_together(row) -> None:
    properties = row._tr.get_or_add_trPr()
    keep = OxmlElement("w:cantSplit")
    keep.set(qn("w:val"), "true")
    properties.append(keep)


def _shade(cell, fill: RGBColor) -> None:
    properties = cell._tc.get_or_add_tcPr()
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), str(fill))
    properties.append(shading)


# -- drawings ------------------------------------------------------------------------------------
def drawing_words(drawing: Drawing) -> list[str]:
    """What a drawing says to someone who cannot see it, line by line: the lines it carries in
    `_text_equivalent`, or the text it carries in `alt_text` (a chart that says itself in
    sentences), or else the words it draws (`drawn_lines`)."""
    explicit = getattr(drawing, "_text_equivalent", None)
    if explicit is not None:
        return [clean(line) for line in explicit]
    alternative = getattr(drawing, "alt_text", None)
    if isinstance(alternative, str) and alternative.strip():
        return [clean(line) for line in alternative.splitlines() if line.strip()]
    return drawn_lines(drawing)


def drawn_lines(drawing: Drawing) -> list[str]:
    """The texts a drawing draws, top to bottom and left to right, one line per row of text:
    a chart's labels and figures."""
    strings: list[tuple[float, float, str]] = []

    def collect(shapes, dx: float = 0.0, dy: float = 0.0) -> None:
        for shape in shapes:
            if isinstance(shape, String):
                strings.append((dy + shape.y, dx + shape.x, clean(shape.text)))
            elif isinstance(shape, Group):
                transform = getattr(shape, "transform", (1, 0, 0, 1, 0, 0))
                collect(shape.contents, dx + transform[4], dy + transform[5])

    collect(drawing.contents)
    # Texts less than 6 points apart, one above the other, are on one line: a bar chart's
    # label sits between its bars' values. The leftmost text (the label) comes first, then the
    # rest from the top down and left to right.
    lines: list[list[tuple[float, float, str]]] = []
    for entry in sorted(strings, key=lambda s: (-s[0], s[1])):
        if lines and lines[-1][-1][0] - entry[0] <= 6:
            lines[-1].append(entry)
        else:
            lines.append([entry])
    shown = []
    for line in lines:
        left = min(x for _, x, _ in line)
        ordered = sorted(line, key=lambda s: (s[1] > left + 1, -s[0], s[1]))
        words = "   ".join(text for _, _, text in ordered if text.strip())
        if words:
            shown.append(words)
    return shown
