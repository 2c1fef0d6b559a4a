from decimal import Decimal

from coplan.domain.budget import summarise
from coplan.domain.model import (
    FundingStream,
    ManagementOption,
    OverallOption,
    PanelOverride,
    ProvisionItem,
)
from coplan.domain.money import Money


def test_line_costs_are_rate_times_hours_times_weeks(plan):
    assert plan.item("p2").annual_cost == Money(1575 * 3 * 40)
    assert plan.item("p1").annual_cost == Money(89900)


def test_fractional_hours_round_to_the_penny():
    item = ProvisionItem(
        "x",
        "Tutor",
        unit_cost=Money(2250),
        units_per_week=Decimal("1.5"),
        weeks_per_year=Decimal("39"),
    )
    assert item.annual_cost == Money(131625)  # £22.50 × 1.5 × 39 = £1,316.25


def test_totals_by_stream_option_and_setting(plan):
    summary = summarise(plan)
    assert summary.total == Money(89900 + 189000)
    assert summary.by_funding[FundingStream.EDUCATION] == Money(89900)
    assert summary.by_funding[FundingStream.SOCIAL_CARE] == Money(189000)
    assert summary.by_funding[FundingStream.HEALTH] == Money(0)
    assert summary.by_management[ManagementOption.DIRECT_PAYMENT] == Money(89900)
    assert summary.by_management[ManagementOption.ORGANISED] == Money(189000)
    assert summary.by_setting == {"s1": Money(89900), None: Money(189000)}
    assert sum(m.pence for m in summary.by_funding.values()) == summary.total.pence
    assert sum(m.pence for m in summary.by_management.values()) == summary.total.pence


def test_overall_option_is_mixed_only_when_lines_differ(plan):
    assert summarise(plan).overall_option is OverallOption.MIXED
    plan.items[1].management = ManagementOption.DIRECT_PAYMENT
    assert summarise(plan).overall_option is OverallOption.DIRECT_PAYMENT
    plan.items.clear()
    assert summarise(plan).overall_option is OverallOption.NONE


def test_planned_against_indicative(plan):
    summary = summarise(plan)
    assert summary.indicative_total == Money(300000)
    assert summary.difference == Money(278900 - 300000)
    assert summary.under_indicative
    assert summary.difference_text() == "£211.00 under the indicative budget"


def test_panel_override_replaces_the_indicative_figure(plan):
    plan.indicative.override = PanelOverride({FundingStream.EDUCATION: Money(50000)}, "Panel")
    summary = summarise(plan)
    assert summary.indicative_total == Money(50000)
    assert summary.over_indicative
    assert summary.difference_text() == "£2,289.00 over the indicative budget"


def test_instalments_add_up_to_the_penny():
    from coplan.domain.budget import instalments
    from coplan.domain.model import PaymentSchedule

    monthly = instalments(Money(508899), PaymentSchedule.MONTHLY)
    assert (monthly.count, monthly.regular, monthly.last) == (12, Money(42408), Money(42411))
    four_weekly = instalments(Money(130000), PaymentSchedule.FOUR_WEEKLY)
    assert (four_weekly.count, four_weekly.regular, four_weekly.last) == (
        13,
        Money(10000),
        Money(10000),
    )
    for pence in (0, 1, 11, 12, 99_999, 123_456_789):
        for schedule in PaymentSchedule:
            assert instalments(Money(pence), schedule).total == Money(pence)


def test_cost_text_says_once_for_a_one_off(plan):
    assert plan.item("p1").cost_text() == "£899.00 once"
    assert plan.item("p2").cost_text() == "£1,890.00 a year"


def test_one_off_purchases_are_not_counted_as_every_year(plan):
    summary = summarise(plan)
    assert summary.one_off == Money(89900)
    assert summary.recurring == Money(189000)
    assert summary.total_text() == "£1,890.00 a year, plus £899.00 once"
    plan.items = plan.items[1:]
    assert summarise(plan).total_text() == "£1,890.00 a year"
    plan.items = []
    assert summarise(plan).total_text() == "£0.00 a year"


def test_direct_payments_recur_in_instalments_and_one_offs_are_paid_once(plan):
    from coplan.domain.budget import payment_plan
    from coplan.domain.model import PaymentSchedule

    paid = payment_plan(plan.items, PaymentSchedule.MONTHLY)
    assert paid.one_off == Money(89900)
    assert paid.regular.total == Money(189000)
    assert payment_plan(plan.items[:1], PaymentSchedule.MONTHLY).regular is None
