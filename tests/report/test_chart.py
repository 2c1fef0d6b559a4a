"""The chart: planned against indicative per funding stream, one-offs apart, labelled values,
nothing drawn for £0, and its words for a reader who cannot see it."""

from __future__ import annotations

from reportlab.graphics.shapes import Rect, String
from section_j_pdf import example_paths

from coplan.domain.budget import summarise
from coplan.domain.model import FundingStream
from coplan.domain.money import Money
from coplan.plan_file import read_plan
from coplan.report.chart import INDICATIVE, ONCE, PLANNED, funding_chart
from coplan.report.fonts import register_fonts
from coplan.report.styles import CONTENT_WIDTH


def _ipad():
    return read_plan(next(p for p in example_paths() if p.stem == "ipad-communication"))


def _bars(chart, colour) -> list[Rect]:
    return [
        shape
        for shape in chart.contents
        if isinstance(shape, Rect) and shape.fillColor == colour and shape.width > 9
    ]


def _strings(chart) -> list[str]:
    return [shape.text for shape in chart.contents if isinstance(shape, String)]


def test_each_stream_planned_against_its_own_figure_with_labelled_values():
    register_fonts()
    chart = funding_chart(summarise(_ipad()), CONTENT_WIDTH)
    words = _strings(chart)
    assert "£3,156.00 a year (£1,344.00 under)" in words
    assert "£4,500.00 indicative" in words
    assert "£1,890.00 a year (£2,110.00 under)" in words
    # Health has no indicative figure: its planned bar, and words instead of a £0 bar.
    assert "£2,250.00 a year" in words and "no indicative figure" in words
    assert len(_bars(chart, PLANNED)) == 3
    assert len(_bars(chart, INDICATIVE)) == 2  # education and social care only


def test_one_off_purchases_are_apart_and_never_against_a_yearly_figure():
    register_fonts()
    chart = funding_chart(summarise(_ipad()), CONTENT_WIDTH)
    words = _strings(chart)
    assert "Paid once, not compared with the yearly figures" in words
    assert "£678.99 once" in words
    assert len(_bars(chart, ONCE)) == 1


def test_nothing_is_drawn_for_nothing():
    register_fonts()
    plan = _ipad()
    plan.indicative.amounts[FundingStream.HEALTH] = Money(0)
    for item in plan.items:
        if item.funding is FundingStream.HEALTH:
            item.funding = FundingStream.EDUCATION
    summary = summarise(plan)
    chart = funding_chart(summary, CONTENT_WIDTH)
    assert "Health" not in _strings(chart)  # no cost and no figure: left out
    for shape in chart.contents:
        if isinstance(shape, Rect) and shape.fillColor in (PLANNED, INDICATIVE, ONCE):
            assert shape.width >= 1  # never a sliver
    empty = summarise(type(plan)())
    assert funding_chart(empty, CONTENT_WIDTH) is None


def test_the_chart_says_the_same_in_words():
    register_fonts()
    chart = funding_chart(summarise(_ipad()), CONTENT_WIDTH)
    assert chart.alt_text.startswith("Planned against the indicative budget.")
    assert "Education: £3,156.00 a year (£1,344.00 under) against £4,500.00 indicative a year;" in (
        chart.alt_text
    )
    assert "Health: £2,250.00 a year, no indicative figure." in chart.alt_text


def test_the_word_export_gets_the_chart_line_by_line():
    register_fonts()
    chart = funding_chart(summarise(_ipad()), CONTENT_WIDTH)
    assert chart._text_equivalent == [
        "Planned against the indicative budget, a year:",
        "Education: £3,156.00 a year (£1,344.00 under), against £4,500.00 indicative",
        "Health: £2,250.00 a year, no indicative figure",
        "Social care: £1,890.00 a year (£2,110.00 under), against £4,000.00 indicative",
        "Paid once, not compared: Education £678.99",
    ]
    kinds = {type(shape).__name__ for shape in chart.contents}
    assert kinds <= {"Rect", "String"}  # shapes the Word export can draw
