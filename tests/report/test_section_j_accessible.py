"""Section J for a screen reader: the DRAFT watermark is a drawing, not text; every heading is a
bookmark (the PDF's outline) in the order it appears; the title and language are set; the text
reads in the order it is seen. Reportlab cannot tag a PDF (docs/decisions.md): the Word version
carries the structure (tests/report/test_section_j_word.py)."""

from __future__ import annotations

import io
import re

import pytest
from pypdf import PdfReader
from reportlab.pdfgen.canvas import Canvas
from section_j_pdf import flat, pdf_pages, render
from section_j_plans import typical_plan
from section_j_word import story_headings

from coplan.report import layout
from coplan.report.fonts import register_fonts

# What a reader would hear of a watermark written as text: its letters, alone or in pieces.
FRAGMENTS = re.compile(r"^\s*(D|DR|DRA|DRAF|DRAFT|R|RA|RAF|RAFT|A|AF|AFT|F|FT|T)\s*$", re.M)


@pytest.fixture(scope="module")
def draft(pack_module):
    return render(typical_plan(), pack_module)


@pytest.fixture(scope="module")
def pack_module():
    from coplan.policy import load_pack_by_id

    return load_pack_by_id("example-shire")


def test_the_watermark_alone_draws_no_text():
    register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    layout._draw_watermark(canvas)
    canvas.showPage()
    canvas.save()
    page = PdfReader(io.BytesIO(buffer.getvalue())).pages[0]
    assert page.extract_text().strip() == ""
    content = page.get_contents().get_data()
    # No text is shown (reportlab's empty "BT /F1 12 Tf 14.4 TL ET" preamble shows none).
    assert b"Tj" not in content and b"TJ" not in content
    assert b" c\n" in content or b" c " in content  # curves: the D and the R's bowl


def test_no_draft_letters_in_the_text_of_any_page(draft):
    pages = pdf_pages(draft)
    assert len(pages) > 3
    for number, text in enumerate(pages, 1):
        # "DRAFT" once: the page header's "DRAFT — for consultation", which is real text.
        assert text.count("DRAFT") == 1, number
        assert "DRAFT — for consultation" in text
        assert not FRAGMENTS.search(text), (number, FRAGMENTS.search(text))


def outline(data: bytes) -> list[tuple[int, str, int]]:
    reader = PdfReader(io.BytesIO(data))
    found: list[tuple[int, str, int]] = []

    def walk(entries, depth):
        for entry in entries:
            if isinstance(entry, list):
                walk(entry, depth + 1)
            else:
                found.append((depth, entry.title, reader.get_destination_page_number(entry)))

    walk(reader.outline, 0)
    return found


def test_every_heading_is_a_bookmark_on_its_own_page(draft, pack_module):
    entries = outline(draft)
    pages = [flat(text) for text in pdf_pages(draft)]
    # Every heading of the story, in order, at its level (a first-level heading at the top of
    # the outline, a second-level one under it).
    expected = story_headings(typical_plan(), pack_module)
    assert [(depth + 1, title) for depth, title, _ in entries] == expected
    assert {level for level, _ in expected} == {1, 2}
    for _, title, page in entries:
        assert flat(title) in pages[page], (title, page)
    # Pages never go backwards: the outline is in reading order.
    assert [page for _, _, page in entries] == sorted(page for _, _, page in entries)


def test_opens_with_the_outline_and_the_title_in_english(draft):
    reader = PdfReader(io.BytesIO(draft))
    root = reader.trailer["/Root"]
    assert root["/Lang"] == "en-GB"
    assert root["/PageMode"] == "/UseOutlines"
    assert root["/ViewerPreferences"]["/DisplayDocTitle"] == True  # noqa: E712 - a PDF boolean
    assert reader.metadata.title.startswith("Draft EHC plan, Section J: personal budget for")


def test_text_reads_in_the_order_it_is_seen(draft):
    """Header, then the page's content top to bottom, then the footer."""
    pages = pdf_pages(draft)
    for number, text in enumerate(pages, 1):
        lines = [line for line in text.splitlines() if line.strip()]
        assert lines[0].startswith("Example Shire Council"), number
        assert lines[-1].endswith(f"Page {number} of {len(pages)}"), number
    # The headings on each page come in the page's text in the order they are drawn.
    for page_number, text in enumerate(pages):
        flat_text = flat(text)
        titles = [flat(t) for _, t, page in outline(draft) if page == page_number]
        positions = [flat_text.index(t) for t in titles]
        assert positions == sorted(positions), (page_number, titles)


def test_the_final_plan_has_no_watermark_and_keeps_its_bookmarks(pack_module):
    data = render(typical_plan(), pack_module, final=True)
    assert all("DRAFT" not in text for text in pdf_pages(data))
    expected = story_headings(typical_plan(), pack_module, final=True)
    assert [(depth + 1, title) for depth, title, _ in outline(data)] == expected
