"""The page: long plans split with the header row repeated, long text wraps, nothing is drawn
outside the page."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest
from section_j_pdf import flat, pdf_pages, render
from section_j_plans import typical_plan

from coplan.report import styles as report_styles
from coplan.report.sections.items import COLUMNS

A4 = (595.28, 841.89)
needs_pdftotext = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler")


@pytest.fixture(scope="module")
def large_plan():
    return typical_plan(items=200)


@pytest.fixture(scope="module")
def large_pdf(large_plan, pack):
    return render(large_plan, pack)


def test_a_200_item_plan_splits_with_the_header_row_on_every_page(large_plan, large_pdf):
    pages = pdf_pages(large_pdf)
    assert 20 <= len(pages) <= 70
    header = flat(COLUMNS[1])
    first = next(n for n, page in enumerate(pages) if "Each item of provision" in page)
    last = next(n for n, page in enumerate(pages) if "Total of all items" in page)
    assert last - first >= 20
    for number in range(first, last + 1):
        assert header in flat(pages[number]), f"page {number + 1} has no header row"
        assert re.search(r"\n\d+\. \w", pages[number]), f"page {number + 1} has no item"
    text = flat("".join(pages))
    for number, item in enumerate(large_plan.items, 1):
        assert flat(f"{number}. {item.description}") in text


def test_the_total_row_never_stands_alone(large_pdf):
    pages = pdf_pages(large_pdf)
    total_page = next(page for page in pages if "Total of all items" in page)
    assert re.search(r"\n200\. ", total_page)


def words_outside_the_page(data: bytes, tmp_path) -> list[str]:
    pdf = tmp_path / "out.pdf"
    pdf.write_bytes(data)
    html = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    width = height = None
    outside = []
    for line in html.splitlines():
        page = re.search(r'<page width="([\d.]+)" height="([\d.]+)"', line)
        if page:
            width, height = float(page.group(1)), float(page.group(2))
            assert (round(width), round(height)) == (595, 842)
            continue
        word = re.search(
            r'xMin="([-\d.]+)" yMin="([-\d.]+)" xMax="([-\d.]+)" yMax="([-\d.]+)">(.*)</word>', line
        )
        if word:
            x0, y0, x1, y1 = map(float, word.groups()[:4])
            if x0 < 0 or y0 < 0 or x1 > width or y1 > height:
                outside.append(word.group(5))
    return outside


@needs_pdftotext
def test_nothing_is_drawn_outside_the_page(large_pdf, tmp_path):
    assert words_outside_the_page(large_pdf, tmp_path) == []


@needs_pdftotext
def test_long_text_and_long_words_wrap_inside_the_page(pack, tmp_path):
    plan = typical_plan()
    tutor = plan.item("p1")
    tutor.description = "A very detailed description of the tutoring " * 60
    tutor.delivered_by = "x" * 400  # one word far wider than its column
    plan.child.full_name = "Anna-Maria Konstantinopoulou-Featherstonehaugh " * 6
    plan.organised_holder = "The council's SEND team " * 30
    data = render(plan, pack)
    assert words_outside_the_page(data, tmp_path) == []
    text = flat("".join(pdf_pages(data)))
    assert flat(tutor.description) in text
    assert "x" * 400 in text


def test_text_longer_than_a_page_in_one_field_still_exports(pack):
    plan = typical_plan()
    outcome = plan.outcome("o1")
    outcome.text = " ".join(f"word{n}" for n in range(4000))
    text = flat("".join(pdf_pages(render(plan, pack))))
    assert "word0word1" in text and "word3998word3999" in text
    assert not report_styles.SPLIT_LONG_ROWS.get()  # set only while rebuilding


def test_a_row_taller_than_a_page_is_split_without_building_again(pack, monkeypatch):
    """Only the table with the tall row splits it, in the one layout pass: building the whole
    document again (as it once did) doubled the time of a large plan."""
    from coplan.report import layout

    builds = []
    real = layout.SectionJTemplate.build

    def counted(self, *args, **kwargs):
        builds.append(1)
        return real(self, *args, **kwargs)

    monkeypatch.setattr(layout.SectionJTemplate, "build", counted)
    plan = typical_plan()
    plan.outcome("o1").text = " ".join(f"word{n}" for n in range(4000))
    text = flat("".join(pdf_pages(render(plan, pack))))
    assert "word0word1" in text and "word3998word3999" in text
    assert builds == [1]


def test_the_family_page_is_always_one_page(pack):
    plan = typical_plan()
    plan.items[0].description = "Support that is described at great length " * 40
    plan.over_budget_reasons = {s: "Because of many things " * 40 for s in plan.over_budget_reasons}
    pages = pdf_pages(render(plan, pack))
    assert "Section J: Personal budget" in pages[1]
    assert "What to do next" in pages[0]
