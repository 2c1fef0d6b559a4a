"""The direct payment schedule follows the support: exact to the penny, never in debt, never
holding more than the support due before the next payment (within the pack's unspent limit)."""

from datetime import date, timedelta
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from coplan.domain.model import (
    CostBasis,
    Frequency,
    ManagementOption,
    PaymentSchedule,
    ProvisionItem,
    RunsIn,
)
from coplan.domain.money import Money
from coplan.domain.policy import SchoolYear, Term
from coplan.domain.schedule import (
    allocate,
    direct_payment_schedule,
    payment_schedule,
    plan_year_end,
)
from coplan.policy import load_pack_by_id

TERMS = SchoolYear(
    terms=(
        Term("Autumn 2026", date(2026, 9, 2), date(2026, 12, 18)),
        Term("Spring 2027", date(2027, 1, 5), date(2027, 3, 26)),
        Term("Summer 2027", date(2027, 4, 12), date(2027, 7, 21)),
        Term("Autumn 2027", date(2027, 9, 2), date(2027, 12, 17)),
        Term("Spring 2028", date(2028, 1, 4), date(2028, 3, 31)),
    )
)


def weekly(pence: int, hours: str = "1", weeks: str = "39", **fields) -> ProvisionItem:
    return ProvisionItem(
        fields.pop("id", "x"),
        fields.pop("description", "Support"),
        management=ManagementOption.DIRECT_PAYMENT,
        unit_cost=Money(pence),
        units_per_period=Decimal(hours),
        periods_per_year=Decimal(weeks),
        **fields,
    )


def one_off(pence: int, on: date | None = None, description: str = "iPad") -> ProvisionItem:
    return ProvisionItem(
        "i",
        description,
        management=ManagementOption.DIRECT_PAYMENT,
        cost_basis=CostBasis.ONE_OFF,
        one_off_cost=Money(pence),
        starts_on=on,
    )


def test_allocation_is_exact_and_proportional():
    assert allocate(100, [1, 1, 1]) == [34, 33, 33]
    assert allocate(0, [5, 0, 2]) == [0, 0, 0]
    assert allocate(7, [0, 1, 0]) == [0, 7, 0]


def test_a_job_coach_from_january_to_july_is_paid_from_january_to_july_only():
    # £2,058 spent January to March must have arrived by then: no equal thirteenths.
    coach = weekly(
        8575, "1", "24", starts_on=date(2027, 1, 4), ends_on=date(2027, 7, 23), unit="day"
    )
    schedule = payment_schedule([coach], date(2027, 1, 4), PaymentSchedule.FOUR_WEEKLY)
    assert schedule.total == coach.yearly_cost == Money(205800)
    by_april = sum(p.amount.pence for p in schedule.payments if p.on < date(2027, 4, 1))
    assert by_april >= sum(r.due.pence for r in schedule.months if r.month < date(2027, 4, 1))
    assert all(not p.amount for p in schedule.payments if p.on > date(2027, 7, 23))
    assert [r.balance for r in schedule.months][-1] == Money(0)
    # What is shown stops with the support; the year (and its totals) stay whole.
    assert schedule.payments_made[-1].on == date(2027, 7, 19)
    assert all(p.amount for p in schedule.payments_made)
    assert schedule.months_shown[-1].month == date(2027, 7, 1)
    assert len(schedule.months) > len(schedule.months_shown)
    assert sum(p.amount.pence for p in schedule.payments_made) == schedule.total.pence


def test_a_one_off_is_paid_once_before_it_is_bought():
    schedule = payment_schedule(
        [weekly(1000, "4", "52"), one_off(64900, date(2027, 1, 20))],
        date(2027, 1, 4),
        PaymentSchedule.FOUR_WEEKLY,
    )
    carrying = [p for p in schedule.payments if p.once]
    assert len(carrying) == 1
    assert carrying[0].on == date(2027, 1, 4) and carrying[0].once == Money(64900)
    assert carrying[0].one_offs == ("iPad",)
    assert schedule.plain_words() == (
        "£160.00 every four weeks from 4 January 2027 and £649.00 once on 4 January 2027 for the iPad"
    )


def test_term_time_support_is_paid_in_term_time():
    tutor = weekly(4500, "2", "39", runs_in=RunsIn.TERM_TIME)
    schedule = payment_schedule([tutor], date(2027, 1, 4), PaymentSchedule.MONTHLY, TERMS)
    august = next(r for r in schedule.months if r.month == date(2027, 8, 1))
    assert august.due == Money(0)
    assert schedule.total == tutor.yearly_cost


def test_monthly_payments_are_twelve_and_four_weekly_thirteen():
    line = [weekly(1000)]
    assert len(payment_schedule(line, date(2027, 1, 31), PaymentSchedule.MONTHLY).payments) == 12
    four = payment_schedule(line, date(2028, 2, 29), PaymentSchedule.FOUR_WEEKLY)
    assert len(four.payments) == 13
    assert four.last_day == date(2029, 2, 27)
    assert four.payments[-1].covers_to == four.last_day


def test_the_plans_schedule_needs_a_first_payment_date(plan):
    pack = load_pack_by_id()
    schedule = direct_payment_schedule(plan, pack)
    assert schedule is not None and schedule.total == Money(89900)
    plan.direct_payment.first_payment_on = None
    assert direct_payment_schedule(plan, pack) is None


DAYS = st.dates(min_value=date(2024, 1, 1), max_value=date(2032, 12, 31))


@st.composite
def lines(draw):
    if draw(st.booleans()) and draw(st.booleans()):
        return one_off(draw(st.integers(1, 500_000)), draw(st.none() | DAYS))
    frequency = draw(st.sampled_from(Frequency))
    start = draw(st.none() | DAYS)
    end = draw(st.none() | DAYS)
    if start and end and end < start:
        start, end = end, start
    return weekly(
        draw(st.integers(0, 20_000)),
        str(draw(st.decimals(0, 40, places=2))),
        str(draw(st.decimals(0, 52, places=2))),
        frequency=frequency,
        starts_on=start,
        ends_on=end,
        runs_in=draw(st.sampled_from(RunsIn)),
    )


@settings(max_examples=300, deadline=None)
@given(
    items=st.lists(lines(), max_size=12),
    first=DAYS,
    frequency=st.sampled_from(PaymentSchedule),
    terms=st.sampled_from([SchoolYear(), TERMS]),
)
def test_any_schedule_adds_up_never_runs_dry_and_never_holds_too_much(
    items, first, frequency, terms
):
    schedule = payment_schedule(items, first, frequency, terms)
    expected = sum(i.yearly_cost.pence + i.once_cost.pence for i in items)
    # To the penny, in payments and month by month.
    assert schedule.total.pence == expected
    assert sum(r.paid_in.pence for r in schedule.months) == expected
    assert sum(r.due.pence for r in schedule.months) == expected
    assert sum(p.once.pence for p in schedule.payments) == schedule.cost.once.pence
    assert schedule.months[-1].balance == Money(0)
    assert schedule.last_day == plan_year_end(first)
    # Never below zero, and never more than the support due before the next payment, which is
    # at most 31 days: within a six-week (or five-week) unspent limit.
    dates = [p.on for p in schedule.payments]
    for row in schedule.months:
        assert row.balance.pence >= 0
        month_end = _month_end(row.month, schedule.last_day)
        next_payment = next((d for d in dates if d > month_end), schedule.last_day)
        assert (next_payment - month_end).days <= 31
        rest_of_period = sum(p.amount.pence for p in schedule.payments if p.on <= month_end) - sum(
            r.due.pence for r in schedule.months if r.month <= row.month
        )
        assert row.balance.pence == rest_of_period
    for payment in schedule.payments:
        assert payment.amount.pence >= 0
    # Leaving off payments of nothing and the empty months after the support changes no total.
    assert sum(p.amount.pence for p in schedule.payments_made) == expected
    shown = schedule.months_shown
    assert sum(r.paid_in.pence for r in shown) == sum(r.due.pence for r in shown) == expected
    assert shown and shown[-1].balance == Money(0)
    assert all(not (r.paid_in or r.due or r.balance) for r in schedule.months[len(shown) :])


def _month_end(first_day: date, last_day: date) -> date:
    following = date(first_day.year + first_day.month // 12, first_day.month % 12 + 1, 1)
    return min(following - timedelta(days=1), last_day)


def test_equal_shares_a_penny_apart_are_said_as_they_are():
    schedule = payment_schedule(
        [weekly(1000, "1", "52"), weekly(1, "1", "2")], date(2027, 1, 4), PaymentSchedule.MONTHLY
    )
    assert schedule.plain_words().startswith("£43.33 or £43.34 every month from 4 January 2027")


def test_month_ends_and_leap_days_keep_their_payment_day():
    line = [weekly(1000, "1", "52")]
    monthly = payment_schedule(line, date(2027, 1, 31), PaymentSchedule.MONTHLY)
    assert [p.on for p in monthly.payments][:4] == [
        date(2027, 1, 31),
        date(2027, 2, 28),
        date(2027, 3, 31),
        date(2027, 4, 30),
    ]
    assert monthly.last_day == date(2028, 1, 30)
    leap = payment_schedule(line, date(2028, 2, 29), PaymentSchedule.MONTHLY)
    assert leap.payments[1].on == date(2028, 3, 29) and leap.last_day == date(2029, 2, 27)
    assert leap.total == monthly.total == Money(52000)
