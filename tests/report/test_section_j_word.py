"""Section J as a Word document: the PDF's words and figures, with real headings, tables and
lists; nothing typed is obeyed as markup; written all or nothing."""

from __future__ import annotations

import copy
import io
import re
import shutil
import subprocess
import zipfile

import pytest
from hypothesis import HealthCheck, example, given
from hypothesis import settings as hyp_settings
from hypothesis import strategies as st
from section_j_pdf import TODAY, example_paths, flat, pdf_pages, render
from section_j_plans import typical_plan
from section_j_word import (
    PAGE_NUMBER,
    blocks,
    drawn_words,
    open_word,
    pictures,
    render_word,
    story_headings,
    words,
)
from test_section_j_hostile_text import HOSTILE, NAMES, with_text

from coplan.domain.budget import summarise
from coplan.plan_file import read_plan
from coplan.policy import load_pack_by_id
from coplan.report import (
    DocumentKind,
    ExportCancelled,
    ExportError,
    export_section_j,
)
from coplan.report.document import build_story, prepare
from coplan.report.word import UnknownFlowable, render_story

EXAMPLES = example_paths()


def tokens(text: str) -> set[str]:
    """The words of a text, without page numbers and list bullets (Word numbers its own)."""
    return set(PAGE_NUMBER.sub(" ", text).split()) - {"•"}


def pdf_text(data: bytes) -> str:
    return "\n".join(pdf_pages(data))


@pytest.fixture(scope="module")
def pack():
    return load_pack_by_id("example-shire")


@pytest.fixture(scope="module")
def typical():
    return typical_plan()


@pytest.fixture(scope="module")
def word_data(typical, pack):
    return render_word(typical, pack)


def test_the_same_words_and_figures_as_the_pdf(typical, pack, word_data):
    """Every word of the PDF is in the Word version's text or its pictures' alternative text
    (a chart's labels and figures); the Word version's text says nothing the PDF does not."""
    in_pdf = tokens(pdf_text(render(typical, pack)))
    pictured = tokens(drawn_words(typical, pack))
    assert in_pdf - tokens(words(word_data, alternative_text=True)) - pictured == set()
    assert tokens(words(word_data)) - in_pdf == set()


def test_charts_and_the_signature_are_pictures_that_say_what_they_show(typical, word_data):
    said = pictures(word_data)
    summary = summarise(typical)
    # A chart's alternative text gives its figures: each stream's planned yearly figure.
    for stream in summary.streams:
        planned = summary.by_funding[stream.stream].yearly.format()
        assert any(planned in text for text in said), planned
    assert "Signature drawn on screen" in said  # the head teacher's drawn signature
    with zipfile.ZipFile(io.BytesIO(word_data)) as archive:
        images = [name for name in archive.namelist() if name.startswith("word/media/")]
    assert len(images) == len(said) and all(name.endswith(".png") for name in images)


def test_each_paragraph_and_cell_is_word_for_word_in_the_pdf(typical, pack, word_data):
    whole = flat(PAGE_NUMBER.sub("", pdf_text(render(typical, pack))))
    for block in blocks(open_word(word_data)):
        if block.kind == "paragraph" and block.style not in ("Normal",):
            assert flat(block.text) in whole, block
    cells = [b for b in blocks(open_word(word_data)) if b.kind == "cell" and b.text.strip()]
    assert cells
    # A cell's lines wrap beside the next cell's in the PDF, so each line is checked.
    for block in cells:
        for line in block.text.splitlines():
            assert all(word in whole for word in map(flat, line.split())), block


def test_every_item_and_total_is_there(typical, pack, word_data):
    text = words(word_data)
    summary = summarise(typical)
    assert summary.total_text() in " ".join(text.split())
    for number, item in enumerate(typical.items, 1):
        assert f"{number}. {item.description.strip()}" in text
        assert item.cost_text() in text


def test_headings_are_word_headings_in_the_pdfs_order(typical, pack, word_data):
    from pypdf import PdfReader

    def titles(outline):
        for entry in outline:
            if isinstance(entry, list):
                yield from titles(entry)
            else:
                yield entry.title

    outline = list(titles(PdfReader(io.BytesIO(render(typical, pack))).outline))
    headings = [
        (b.style, " ".join(b.text.split()))
        for b in blocks(open_word(word_data))
        if b.style.startswith("Heading")
    ]
    assert [text for _, text in headings] == outline
    expected = story_headings(typical, pack)
    assert headings == [(f"Heading {level}", text) for level, text in expected]
    assert {style for style, _ in headings} == {"Heading 1", "Heading 2"}


def test_tables_are_real_tables_with_header_rows(typical, word_data):
    document = open_word(word_data)

    def text(table) -> str:
        return "\n".join(cell.text for row in table.rows for cell in row.cells)

    # The table of the items: every item's description is in it, one row or more each.
    items = [t for t in document.tables if all(i.description in text(t) for i in typical.items)]
    assert items, "no table lists every item"
    for table in items:
        assert len(table.rows) > len(typical.items)
        assert table.rows[0]._tr.find(".//{*}tblHeader") is not None  # repeats, read as header
        assert all(row._tr.find(".//{*}tblHeader") is None for row in table.rows[1:])


def test_lists_are_word_lists(typical, pack, word_data):
    listed = [b for b in blocks(open_word(word_data)) if b.style.startswith("List")]
    bulleted = [b for b in listed if b.style == "List Bullet"]
    numbered = [b for b in listed if b.style == "List Paragraph"]
    assert len(bulleted) > 3
    whole = flat(pdf_text(render(typical, pack)))
    assert all(flat("•" + b.text) in whole for b in bulleted)  # each a bullet in the PDF
    # Numbered steps keep their numbers, as text.
    assert [b.text.split("\t")[0] for b in numbered] == [
        f"{n}." for n in range(1, 1 + len(numbered))
    ]
    assert all(flat(b.text.replace("\t", "")) in whole for b in numbered)


def test_document_properties_language_and_page_header(typical, pack, word_data):
    document = open_word(word_data)
    properties = document.core_properties
    assert (
        properties.title
        == "Draft EHC plan, Section J: personal budget for Zoë Ní Bhriain-Kowalczyk"
    )
    assert properties.author == "Example Shire Council"
    assert properties.language == "en-GB"
    styles = document.styles.element.xml
    assert 'w:lang w:val="en-GB"' in styles
    header = "\n".join(p.text for p in document.sections[0].header.paragraphs)
    assert "DRAFT — for consultation" in header and "Example Shire Council" in header
    footer = document.sections[0].footer.paragraphs[0]._p.xml
    assert "NUMPAGES" in footer and "PAGE" in footer


def test_deterministic_output_is_byte_identical(typical, pack, word_data):
    assert render_word(typical, pack) == word_data
    with zipfile.ZipFile(io.BytesIO(word_data)) as archive:
        assert {entry.date_time for entry in archive.infolist()} == {(2000, 1, 1, 0, 0, 0)}


@pytest.mark.parametrize("text", HOSTILE + NAMES)
def test_text_prints_literally(pack, text):
    plan = typical_plan(items=6, outcomes=8)
    plan.items = [plan.item("p1")]
    plan.premises_agreements = []
    data = render_word(with_text(plan, text), pack)
    shown = words(data)
    for expected in (f"Tutor {text}", f"Outcome {text}", f"Need {text}", f"Reasons {text}"):
        assert expected in shown
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        body = archive.read("word/document.xml").decode()
    # Nothing the user typed became a Word element (no hyperlink, no picture but the charts).
    assert "<w:hyperlink" not in body and body.count("<w:drawing") == len(pictures(data))
    assert "/etc/passwd" not in "".join(archive.namelist())


@pytest.mark.skipif(not EXAMPLES, reason="no example plans yet")
@pytest.mark.parametrize("path", EXAMPLES, ids=[p.stem for p in EXAMPLES])
def test_every_example_has_the_pdfs_words(path):
    """Every part of every example's story has a Word equivalent (else UnknownFlowable), and
    the Word version says the words the PDF says, no more and no fewer."""
    plan = read_plan(path)
    pack = load_pack_by_id(plan.policy_pack or None)
    in_pdf = tokens(pdf_text(render(plan, pack)))
    data = render_word(plan, pack)
    pictured = tokens(drawn_words(plan, pack))
    assert in_pdf - tokens(words(data, alternative_text=True)) - pictured == set()
    assert tokens(words(data)) - in_pdf == set()
    assert all(text.strip() for text in pictures(data))  # every picture says what it shows


def test_a_flowable_without_a_word_equivalent_is_refused(typical, pack):
    from reportlab.platypus import Flowable

    class Mystery(Flowable):
        def wrap(self, *_):
            return (10, 10)

        def draw(self):
            pass

    prepared = prepare(typical, pack, today=TODAY, deterministic=True)
    story = [*build_story(prepared.ctx), Mystery()]
    with pytest.raises(UnknownFlowable, match="Mystery"):
        render_story(story, prepared, deterministic=True)


# -- writing the file -----------------------------------------------------------------------
def test_export_by_suffix_writes_a_word_document(typical, pack, tmp_path, word_data):
    target = tmp_path / "Section J.docx"
    export_section_j(typical, pack, target, today=TODAY, deterministic=True)
    assert target.read_bytes() == word_data
    assert oct(target.stat().st_mode & 0o777) == "0o600"


def test_export_as_word_whatever_the_name(typical, pack, tmp_path):
    target = tmp_path / "section-j"
    export_section_j(typical, pack, target, today=TODAY, kind=DocumentKind.WORD)
    assert zipfile.is_zipfile(target)


def test_a_missing_folder_is_explained_for_a_word_document(typical, pack, tmp_path):
    target = tmp_path / "missing" / "Section J.docx"
    with pytest.raises(ExportError, match="save the Word document"):
        export_section_j(typical, pack, target, today=TODAY)
    assert not target.parent.exists()


@pytest.mark.parametrize("name", ["Section J.pdf", "Section J.docx"])
def test_cancelling_writes_nothing_and_keeps_the_earlier_file(typical, pack, tmp_path, name):
    target = tmp_path / name
    target.write_bytes(b"the earlier export")
    seen: list[float] = []

    def progress(fraction: float) -> None:
        seen.append(fraction)
        if fraction > 0.3:
            raise ExportCancelled

    with pytest.raises(ExportCancelled):
        export_section_j(typical, pack, target, today=TODAY, progress=progress)
    assert target.read_bytes() == b"the earlier export"
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]
    assert seen == sorted(seen) and 0 < seen[-1] < 1


@pytest.mark.parametrize("name", ["Section J.pdf", "Section J.docx"])
def test_progress_rises_to_the_end(typical, pack, tmp_path, name):
    seen: list[float] = []
    export_section_j(typical, pack, tmp_path / name, today=TODAY, progress=seen.append)
    assert seen == sorted(seen) and seen[-1] == 1.0 and len(seen) > 10


def test_a_changed_plan_changes_the_word_version_alike(typical, pack):
    """One source of words: a change to the plan reaches both documents."""
    plan = copy.deepcopy(typical)
    plan.items[0].description = "Reading recovery with a specialist tutor"
    assert "Reading recovery with a specialist tutor" in words(render_word(plan, pack))
    assert flat("Reading recovery with a specialist tutor") in flat(pdf_text(render(plan, pack)))
    assert re.search("Reading recovery", words(render_word(typical, pack))) is None


@pytest.mark.slow
@pytest.mark.skipif(
    shutil.which("soffice") is None, reason="LibreOffice not installed (bootstrap --screenshots)"
)
def test_a_word_processor_opens_it_and_lays_out_every_item(typical, pack, tmp_path, word_data):
    """LibreOffice (headless) opens the document and lays it out: the text it prints has every
    item, the headings and the page header; the table header repeats on the items' pages."""
    source = tmp_path / "section-j.docx"
    source.write_bytes(word_data)
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{tmp_path}/profile",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    pages = pdf_pages((tmp_path / "section-j.pdf").read_bytes())
    text = flat("".join(pages))
    for number, item in enumerate(typical.items, 1):
        assert flat(f"{number}. {item.description.strip()}") in text
    for _, heading in story_headings(typical, pack):
        assert flat(heading) in text
    assert all("DRAFT — for consultation" in page for page in pages)
    document = open_word(word_data)
    items = max(document.tables, key=lambda table: len(table.rows))
    first_header_cell = items.rows[0].cells[0].text.split("\n")[0]
    assert sum(flat(first_header_cell) in flat(page) for page in pages) > 1  # header repeats
    assert f"Page {len(pages)} of {len(pages)}" in pages[-1]


@hyp_settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.text(min_size=1, max_size=30))
@example(text="Zoë \ufffe\uffff\x0b S&P <b>")
def test_any_text_exports_to_word(text):
    """Characters a .docx cannot hold at all (control characters, U+FFFE) are left out rather
    than stopping the export; what can be shown is shown."""
    from coplan.report.word import clean

    plan = typical_plan(items=6, outcomes=8)
    plan.items = [plan.item("p1")]
    plan.premises_agreements = []
    data = render_word(with_text(plan, text), load_pack_by_id("example-shire"))
    shown = " ".join(words(data).split())
    typed = text.replace("\r\n", "\n").replace("\r", "\n")  # a line break, as in the PDF
    assert " ".join(clean(f"Tutor {typed}").split()) in shown
