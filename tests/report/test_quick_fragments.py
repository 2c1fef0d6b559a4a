"""`styles.quick_fragments` makes the same fragments as reportlab's markup parser, for every
paragraph of every example and of hostile text, and leaves anything else to the parser."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.platypus import Paragraph
from section_j_pdf import example_paths
from section_j_plans import typical_plan
from test_section_j_hostile_text import HOSTILE, NAMES, with_text

from coplan.plan_file import read_plan
from coplan.policy import load_pack_by_id
from coplan.report.document import build_story, prepare
from coplan.report.styles import quick_fragments, styles
from coplan.report.text import escape, markup


def look(fragments) -> list[tuple]:
    """Fragments as what is drawn: runs of one look (font, size, colour, rise, lines) with their
    text; a line break on its own. Adjacent runs of the same look are one (the parser makes a
    fragment per entity, which draws the same)."""
    runs: list[tuple] = []
    for fragment in fragments:
        form = (
            fragment.fontName,
            fragment.fontSize,
            fragment.textColor,
            fragment.rise,
            tuple(fragment.us_lines),
            getattr(fragment, "lineBreak", False),
        )
        if runs and runs[-1][0] == form and not form[-1]:
            runs[-1] = (form, runs[-1][1] + fragment.text)
        else:
            runs.append((form, fragment.text))
    return runs


def paragraphs(flowables):
    for flowable in flowables:
        if isinstance(flowable, list | tuple):
            yield from paragraphs(flowable)
        elif isinstance(flowable, Paragraph):
            yield flowable
        elif hasattr(flowable, "_cellvalues"):
            for row in flowable._cellvalues:
                yield from paragraphs(row)
        elif getattr(flowable, "_content", None):
            yield from paragraphs(flowable._content)


def plans():
    yield from (read_plan(path) for path in example_paths())
    yield typical_plan()
    for text in [*HOSTILE, *NAMES, "a\u00a0b", "  spaced   out ", "&amp;x", "a & b <c>"]:
        yield with_text(typical_plan(items=6), text)


def test_the_same_fragments_as_the_parser_for_every_paragraph():
    quick = 0
    for plan in plans():
        pack = load_pack_by_id(plan.policy_pack or None)
        for final in (False, True):
            prepared = prepare(plan, pack, today=date(2026, 11, 23), final=final)
            for paragraph in paragraphs(build_story(prepared.ctx)):
                made = quick_fragments(paragraph.text, paragraph.style)
                if made is not None:
                    quick += 1
                    parsed = Paragraph(paragraph.text, paragraph.style).frags
                    assert look(made) == look(parsed), paragraph.text
    assert quick > 1000  # nearly every paragraph takes the quick way


@settings(max_examples=200, deadline=None)
@given(
    parts=st.lists(
        st.one_of(
            st.sampled_from(["<b>", "</b>", "<i>", "</i>", "<br/>", " ", "  "]),
            st.text(alphabet="ab <>&;'\"\u00a0éΣ", min_size=1, max_size=6).map(escape),
        ),
        max_size=12,
    ),
    style=st.sampled_from(["body", "cell", "cell_head", "note", "h1", "family"]),
)
def test_the_same_fragments_as_the_parser_for_any_simple_markup(parts, style):
    chosen = getattr(styles(), style)
    text = "".join(parts)
    made = quick_fragments(text, chosen)
    if made is None:
        return  # left to the parser: unbalanced tags, or nothing to show
    assert look(made) == look(Paragraph(text, chosen).frags), text


@pytest.mark.parametrize(
    "text",
    [
        markup("<font color='red'>{}</font>", "x"),
        markup("<strike>{}</strike>", "x"),
        "<b>unclosed",
        "closed</b> twice",
        "&nbsp; and &copy;",
        "a & b",
        "",
    ],
)
def test_anything_else_is_left_to_the_parser(text):
    assert quick_fragments(text, styles().body) is None
