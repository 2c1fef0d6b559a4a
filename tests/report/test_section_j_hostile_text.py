"""Whatever people type prints literally: markup is never obeyed, nothing is pulled in from
disk or the network, and names in any European script read back out of the PDF as typed."""

from __future__ import annotations

import copy
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from section_j_pdf import flat, pdf_pages, render
from section_j_plans import typical_plan

from coplan.domain.model import Plan

HOSTILE = [
    "<b>bold</b>",
    "S&P",
    '<img src="/etc/passwd"/>',
    "</para>",
    "<font color='red' size='40'>big</font>",
    "&amp; &lt; &#169; &nbsp;",
    '<a href="https://example.com/">link</a>',
    "<br/><para>",
    "]]><!-- -->",
]
NAMES = ["Zoë", "Siobhán Ní Bhriain", "Łukasz", "Ærøskøbing", "Σοφία", "Алексей", "Đorđe Šćekić"]

# Characters that DejaVu Sans draws and that read back out of a PDF one for one: Latin-1,
# Latin Extended-A, Greek and Cyrillic letters, and every ASCII character markup cares about.
ALPHABET = sorted(
    set("abcXYZ0123456789<>&\"'/=;:#!?()[]{}%*+-_.,@£€—–“”‘’…")
    | {chr(c) for c in range(0x00C0, 0x0180) if chr(c).isalpha()}
    | {chr(c) for c in range(0x0391, 0x03CA) if chr(c).isalpha()}
    | {chr(c) for c in range(0x0410, 0x0450)}
)


@pytest.fixture(scope="module")
def small_plan() -> Plan:
    """One item, so that each generated example renders quickly."""
    plan = typical_plan(items=6, outcomes=8)
    plan.items = [plan.item("p1")]
    plan.premises_agreements = []
    return plan


def with_text(plan: Plan, text: str) -> Plan:
    plan = copy.deepcopy(plan)
    plan.child.full_name = text
    plan.child.preferred_name = ""
    item = plan.items[0]
    item.description = f"Tutor {text}"
    item.delivered_by = text
    plan.outcome(item.outcome_ids[0]).text = f"Outcome {text}"
    plan.need(item.need_ids[0]).summary = f"Need {text}"
    plan.settings[0].name = f"School {text}"
    plan.refusals[0].reasons = f"Reasons {text}"
    plan.over_budget_reasons = {stream: f"Over {text}" for stream in plan.over_budget_reasons}
    return plan


@pytest.mark.parametrize("text", HOSTILE + NAMES)
def test_text_prints_literally(small_plan, pack, text):
    data = render(with_text(small_plan, text), pack)
    whole = flat("".join(pdf_pages(data)))
    for shown in (f"Tutor {text}", f"Outcome {text}", f"Need {text}", f"Reasons {text}"):
        assert flat(shown) in whole
    assert flat(f"Draft personal budget for {text}") in whole


def test_nothing_is_embedded_from_disk_or_the_network(small_plan, pack):
    data = render(
        with_text(small_plan, '<img src="/etc/passwd"/> <img src="http://x/y.png"/>'), pack
    )
    assert b"/Subtype /Image" not in data
    assert b"root:" not in data


def test_lone_surrogates_and_control_characters_do_not_break_the_export(small_plan, pack):
    text = "A\ud800B\x00C\x1bD\x7fE\u202eF\u2066G\u2028H"
    whole = flat("".join(pdf_pages(render(with_text(small_plan, text), pack))))
    assert "ABCDEFGH" in whole  # a plan saved before these were refused prints without them


def test_characters_outside_the_font_do_not_break_the_export(small_plan, pack):
    render(with_text(small_plan, "中文 😀 ﷺ 𝔘"), pack)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=st.text(alphabet=ALPHABET, min_size=1, max_size=60).filter(lambda t: t.strip()))
def test_any_name_or_description_reads_back_as_typed(small_plan, pack, text):
    whole = flat("".join(pdf_pages(render(with_text(small_plan, text), pack))))
    assert flat(f"Tutor {text}") in whole
    assert flat(f"Outcome {text}") in whole


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=st.text(max_size=200))
def test_any_text_at_all_exports(small_plan, pack, text):
    data = render(with_text(small_plan, text), pack)
    assert data.startswith(b"%PDF")


def test_the_bundled_font_family_is_embedded_and_nothing_else(small_plan, pack):
    from io import BytesIO

    from pypdf import PdfReader

    reader = PdfReader(BytesIO(render(with_text(small_plan, "Łukasz <b>Σοφία</b>"), pack)))
    fonts = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            fonts.add(str(font.get_object()["/BaseFont"]).split("+")[-1])
    assert fonts <= {
        "DejaVuSans",
        "DejaVuSans-Bold",
        "DejaVuSans-Oblique",
        "DejaVuSans-BoldOblique",
    }
    assert {"DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique"} <= fonts


def test_dates_are_written_out_in_british_style(small_plan, pack):
    plan = copy.deepcopy(small_plan)
    plan.comment_deadline = date(2026, 12, 1)
    assert flat("1 December 2026") in flat("".join(pdf_pages(render(plan, pack))))
