"""Helpers for the Word tests: render the Word version with fixed settings and read it back
with python-docx, in reading order (tables row by row, cell by cell, nested tables inside)."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from dataclasses import dataclass

from section_j_pdf import TODAY

from coplan.report import render_section_j_word

PAGE_NUMBER = re.compile(r"Page \d+ of \d+")


def render_word(plan, pack, **kwargs) -> bytes:
    kwargs.setdefault("today", TODAY)
    kwargs.setdefault("deterministic", True)
    return render_section_j_word(plan, pack, **kwargs)


@dataclass(frozen=True)
class Block:
    kind: str  # "paragraph" or "cell"
    style: str
    text: str


def open_word(data: bytes):
    import docx

    return docx.Document(io.BytesIO(data))


def blocks(document) -> Iterator[Block]:
    """Every paragraph of the body, tables' cells' paragraphs in reading order."""

    def walk(container, in_cell: bool) -> Iterator[Block]:
        for part in container.iter_inner_content():
            if hasattr(part, "rows"):
                for row in part.rows:
                    seen = set()
                    for cell in row.cells:
                        if id(cell._tc) in seen:
                            continue
                        seen.add(id(cell._tc))
                        yield from walk(cell, True)
            else:
                yield Block("cell" if in_cell else "paragraph", part.style.name, part.text)

    yield from walk(document, False)


def words(data: bytes, *, alternative_text: bool = False) -> str:
    """All the text: the page header and footer (less the page number fields) and the body;
    with `alternative_text`, also what the pictures (charts, signatures) say to a screen
    reader."""
    document = open_word(data)
    section = document.sections[0]
    parts = [p.text for p in section.header.paragraphs]
    parts += [PAGE_NUMBER.sub("", p.text) for p in section.footer.paragraphs]
    parts += [block.text for block in blocks(document)]
    if alternative_text:
        parts += pictures(data)
    return "\n".join(parts)


def pictures(data: bytes) -> list[str]:
    """Each picture's alternative text, in order (tables' pictures included)."""
    document = open_word(data)
    return [
        element.get("descr", "")
        for element in document.element.body.iter()
        if element.tag.endswith("}docPr")
    ]


def story_headings(plan, pack, **kwargs) -> list[tuple[int, str]]:
    """(level, text) of every heading in the PDF's story, in order: paragraphs in a heading
    style (`styles.heading_level`), inside containers and table cells too. Tests compare the
    outline and the Word headings with this, so they hold whatever the sections say."""
    from reportlab.platypus import Paragraph, Table

    from coplan.report.document import build_story, prepare
    from coplan.report.styles import heading_level

    kwargs.setdefault("today", TODAY)
    prepared = prepare(plan, pack, deterministic=True, **kwargs)
    found: list[tuple[int, str]] = []

    def walk(flowables) -> None:
        for flowable in flowables:
            if isinstance(flowable, list | tuple):
                walk(flowable)
            elif isinstance(flowable, Paragraph):
                level = heading_level(flowable.style)
                if level:
                    found.append((level, " ".join(flowable.getPlainText().split())))
            elif isinstance(flowable, Table):
                for row in flowable._cellvalues:
                    walk(row)
            elif getattr(flowable, "_content", None):
                walk(flowable._content)

    walk(build_story(prepared.ctx))
    return found


def drawn_words(plan, pack, **kwargs) -> str:
    """The texts the story's drawings draw (chart labels and figures): in the Word version they
    are in the pictures, and said in the pictures' alternative text."""
    from reportlab.graphics.shapes import Drawing
    from reportlab.platypus import Table

    from coplan.report.document import build_story, prepare
    from coplan.report.word import drawn_lines

    kwargs.setdefault("today", TODAY)
    prepared = prepare(plan, pack, deterministic=True, **kwargs)
    lines: list[str] = []

    def walk(flowables) -> None:
        for flowable in flowables:
            if isinstance(flowable, list | tuple):
                walk(flowable)
            elif isinstance(flowable, Drawing):
                lines.extend(drawn_lines(flowable))
            elif isinstance(flowable, Table):
                for row in flowable._cellvalues:
                    walk(row)
            elif getattr(flowable, "_content", None):
                walk(flowable._content)

    walk(build_story(prepared.ctx))
    return "\n".join(lines)
