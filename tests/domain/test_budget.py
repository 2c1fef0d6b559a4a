from datetime import date
from decimal import Decimal

import pytest
from factories import build_plan
from hypothesis import given, settings
from hypothesis import strategies as st

from coplan.domain.budget import COUNCIL_STREAMS, summarise
from coplan.domain.model import (
    CostBasis,
    Frequency,
    FundingStream,
    Location,
    ManagementOption,
    OverallOption,
    PanelOverride,
    ProvisionItem,
    RunsIn,
)
from coplan.domain.money import Cost, Money, total_cost


def test_line_costs_are_rate_times_hours_times_weeks(plan):
    assert plan.item("p2").yearly_cost == Money(1575 * 3 * 40)
    assert plan.item("p1").once_cost == Money(89900)


def test_fractional_hours_round_to_the_penny():
    item = ProvisionItem(
        "x",
        "Tutor",
        unit_cost=Money(2250),
        units_per_period=Decimal("1.5"),
        periods_per_year=Decimal("39"),
    )
    assert item.yearly_cost == Money(131625)  # £22.50 × 1.5 × 39 = £1,316.25


def test_totals_by_stream_option_and_setting(plan):
    summary = summarise(plan)
    assert summary.cost == Cost(Money(189000), Money(89900))
    assert summary.by_funding[FundingStream.EDUCATION] == Cost(Money(0), Money(89900))
    assert summary.by_funding[FundingStream.SOCIAL_CARE] == Cost(Money(189000))
    assert summary.by_funding[FundingStream.HEALTH] == Cost()
    assert summary.by_management[ManagementOption.DIRECT_PAYMENT] == Cost(once=Money(89900))
    assert summary.by_management[ManagementOption.ORGANISED] == Cost(Money(189000))
    assert summary.by_setting == {"s1": Cost(once=Money(89900)), None: Cost(Money(189000))}
    assert total_cost(summary.by_funding.values()) == summary.cost
    assert total_cost(summary.by_management.values()) == summary.cost


def test_overall_option_is_mixed_only_when_lines_differ(plan):
    assert summarise(plan).overall_option is OverallOption.MIXED
    plan.items[1].management = ManagementOption.DIRECT_PAYMENT
    assert summarise(plan).overall_option is OverallOption.DIRECT_PAYMENT
    plan.items.clear()
    assert summarise(plan).overall_option is OverallOption.NONE


def test_planned_against_indicative(plan):
    summary = summarise(plan)
    assert summary.indicative_total == Money(300000)
    assert summary.difference == Money(189000 - 300000)  # yearly only: the iPad is once
    assert not summary.over_indicative
    assert summary.difference_text() == (
        "£1,000.00 a year under the education indicative budget and "
        "£110.00 a year under the social care indicative budget"
    )


def test_panel_override_replaces_the_indicative_figure(plan):
    plan.indicative.override = PanelOverride({FundingStream.EDUCATION: Money(50000)}, "Panel")
    summary = summarise(plan)
    assert summary.indicative_total == Money(50000)
    assert summary.over_indicative
    assert summary.difference_text() == (
        "£500.00 a year under the education indicative budget and "
        "no starting figure for social care"
    )


def test_cost_text_says_once_for_a_one_off(plan):
    assert plan.item("p1").cost_text() == "£899.00 once"
    assert plan.item("p2").cost_text() == "£1,890.00 a year"


def test_a_one_off_has_no_yearly_cost_and_a_recurring_line_no_once_cost(plan):
    ipad, assistant = plan.item("p1"), plan.item("p2")
    assert (ipad.yearly_cost, ipad.once_cost) == (Money(0), Money(89900))
    assert (assistant.yearly_cost, assistant.once_cost) == (Money(189000), Money(0))


def test_one_off_purchases_are_not_counted_as_every_year(plan):
    summary = summarise(plan)
    assert summary.once == Money(89900)
    assert summary.yearly == Money(189000)
    assert summary.total_text() == "£1,890.00 a year, plus £899.00 once"
    assert summary.by_management[ManagementOption.DIRECT_PAYMENT].text() == "£899.00 once"
    plan.items = plan.items[1:]
    assert summarise(plan).total_text() == "£1,890.00 a year"
    plan.items = []
    assert summarise(plan).total_text() == "£0.00 a year"


@pytest.mark.parametrize(
    ("frequency", "units", "periods", "unit", "pence", "words"),
    [
        (Frequency.WEEK, "1", "39", "hour", 1000 * 39, "1 hour a week, 39 weeks a year"),
        (Frequency.WEEK, "1", "52.14", "day", 5214 * 10, "1 day a week, 52.14 weeks a year"),
        (
            Frequency.FORTNIGHT,
            "2",
            "26",
            "session",
            1000 * 52,
            "2 sessions a fortnight, 26 fortnights a year",
        ),
        (Frequency.MONTH, "4", "12", "session", 1000 * 48, "4 sessions a month, 12 months a year"),
        (Frequency.MONTH, "1", "12", "month", 1000 * 12, "12 months a year"),
        (Frequency.TERM, "10", "3", "hour", 1000 * 30, "10 hours a term, 3 terms a year"),
        (Frequency.YEAR, "20", "0", "hour", 1000 * 20, "20 hours a year"),
        (Frequency.BLOCK, "6", "0", "session", 1000 * 6, "6 sessions, January to March 2027"),
    ],
)
def test_every_way_of_costing_has_its_yearly_cost_and_its_words(
    frequency, units, periods, unit, pence, words
):
    item = ProvisionItem(
        "x",
        "Support",
        unit_cost=Money(1000),
        unit=unit,
        units_per_period=Decimal(units),
        periods_per_year=Decimal(periods),
        frequency=frequency,
    )
    if frequency is Frequency.BLOCK:
        item.starts_on, item.ends_on = date(2027, 1, 11), date(2027, 3, 29)
    assert item.yearly_cost == Money(pence)
    assert item.once_cost == Money(0)
    assert item.how_often_text() == words
    assert item.cost_text() == f"{Money(pence).format()} a year"


def test_when_a_line_runs_is_part_of_its_words():
    item = ProvisionItem(
        "x",
        "Job coach",
        unit_cost=Money(2000),
        unit="day",
        units_per_period=Decimal(1),
        periods_per_year=Decimal(26),
        starts_on=date(2027, 1, 4),
        ends_on=date(2027, 7, 23),
        runs_in=RunsIn.TERM_TIME,
    )
    assert (
        item.how_often_text() == "1 day a week, 26 weeks a year, in term time, January to July 2027"
    )
    item.starts_on = date(2026, 9, 1)
    assert item.how_often_text().endswith("September 2026 to July 2027")


def test_each_stream_is_compared_with_its_own_figure(plan):
    # Education £399 over and social care £399 under is not "exactly the indicative budget".
    plan.items[0].cost_basis = CostBasis.RECURRING
    plan.items[0].unit_cost = Money(39900 + 100000)
    plan.items[0].units_per_period = Decimal(1)
    plan.items[0].periods_per_year = Decimal(1)
    plan.items[1].unit_cost = Money(200000 - 39900)
    plan.items[1].units_per_period = Decimal(1)
    plan.items[1].periods_per_year = Decimal(1)
    summary = summarise(plan)
    assert summary.difference == Money(0)
    assert [c.stream for c in summary.over_streams] == [FundingStream.EDUCATION]
    assert summary.difference_text() == (
        "£399.00 a year over the education indicative budget and "
        "£399.00 a year under the social care indicative budget"
    )


def test_one_offs_and_the_schools_contribution_are_not_compared(plan):
    plan.items.append(
        ProvisionItem(
            "p3",
            "TA time from the school's budget",
            funding=FundingStream.SCHOOL,
            unit_cost=Money(100000),
            units_per_period=Decimal(1),
            periods_per_year=Decimal(1),
        )
    )
    summary = summarise(plan)
    education = summary.stream(FundingStream.EDUCATION)
    assert education.planned.once == Money(89900)
    assert education.difference == Money(-100000)  # the iPad is beside, not against, the figure
    assert summary.school.yearly == Money(100000)
    assert FundingStream.SCHOOL not in {c.stream for c in summary.streams}
    assert not summary.over_indicative


@st.composite
def priced_lines(draw):
    one_off = draw(st.booleans())
    return ProvisionItem(
        draw(st.uuids()).hex,
        "Line",
        funding=draw(st.sampled_from(FundingStream)),
        management=draw(st.sampled_from(ManagementOption)),
        cost_basis=CostBasis.ONE_OFF if one_off else CostBasis.RECURRING,
        one_off_cost=Money(draw(st.integers(0, 10_000_000))),
        unit_cost=Money(draw(st.integers(0, 100_000))),
        units_per_period=draw(st.decimals(0, 200, places=2)),
        periods_per_year=draw(st.decimals(0, 52, places=2)),
        frequency=draw(st.sampled_from(Frequency)),
        location=draw(st.sampled_from(Location)),
        setting_id=draw(st.sampled_from(["s1", "s2", None])),
    )


@settings(max_examples=200, deadline=None)
@given(st.lists(priced_lines(), max_size=30))
def test_every_total_is_the_sum_of_its_lines_a_year_and_once(items):
    plan = build_plan()
    plan.items = items
    summary = summarise(plan)
    yearly = sum(i.yearly_cost.pence for i in items)
    once = sum(i.once_cost.pence for i in items)
    assert (summary.yearly.pence, summary.once.pence) == (yearly, once)
    for view in (summary.by_funding, summary.by_management, summary.by_setting):
        assert total_cost(view.values()) == summary.cost
    for stream in FundingStream:
        lines = [i for i in items if i.funding is stream]
        assert summary.by_funding[stream].yearly.pence == sum(i.yearly_cost.pence for i in lines)
        assert summary.by_funding[stream].once.pence == sum(i.once_cost.pence for i in lines)
    for item in items:  # a line is a year or once, never both
        assert not (item.yearly_cost and item.once_cost)
    council = sum(summary.by_funding[s].yearly.pence for s in COUNCIL_STREAMS)
    assert summary.difference.pence == council - summary.indicative_total.pence


def test_a_stream_with_no_indicative_figure_has_no_starting_figure_not_an_overspend():
    from coplan.domain.budget import StreamComparison
    from coplan.domain.model import FundingStream
    from coplan.domain.money import Cost, Money

    comparison = StreamComparison(FundingStream.HEALTH, Cost(Money(225000)), Money(0))
    assert not comparison.has_starting_figure
    assert comparison.difference_text() == "no starting figure for health"
    assert comparison.comparison_text() == "no starting figure for health"
    with_figure = StreamComparison(FundingStream.HEALTH, Cost(Money(225000)), Money(100000))
    assert with_figure.comparison_text() == (
        "£1,250.00 a year over the health indicative budget of £1,000.00 a year"
    )
