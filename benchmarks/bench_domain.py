"""Validate + totals + payment schedules of a 200-line plan (target ≤ 5 ms)."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta
from decimal import Decimal

from common import generated_plan, median_ms, row

from coplan.domain.budget import summarise
from coplan.domain.model import (
    CostBasis,
    DirectPaymentArrangement,
    Frequency,
    ManagementOption,
    PaymentSchedule,
    RunsIn,
)
from coplan.domain.money import Money
from coplan.domain.policy import SchoolYear, Term
from coplan.domain.rules import validate
from coplan.domain.schedule import direct_payment_schedule
from coplan.policy import load_pack_by_id

FIRST_PAYMENT = date(2027, 1, 4)


# Each way of costing, with a realistic count for it: (frequency, units, periods a year).
COSTINGS = (
    (Frequency.WEEK, "2.5", "39"),
    (Frequency.FORTNIGHT, "2", "19.5"),
    (Frequency.MONTH, "4", "12"),
    (Frequency.TERM, "10", "3"),
    (Frequency.YEAR, "20", "0"),
    (Frequency.BLOCK, "6", "0"),
    (Frequency.WEEK, "1", "52.14"),
)


def varied_plan():
    """The 200-line plan with every way of costing and placing support in the year: weekly,
    fortnightly, monthly, termly, yearly and block lines, term time and holidays, dated lines
    and one-off purchases, a third of them paid by direct payment from 4 January 2027. Every
    line is valid, as in a plan being finished in the meeting."""
    plan = generated_plan(200)
    runs = list(RunsIn)
    for number, item in enumerate(plan.items):
        frequency, units, periods = COSTINGS[number % len(COSTINGS)]
        item.frequency = frequency
        item.units_per_period, item.periods_per_year = Decimal(units), Decimal(periods)
        item.runs_in = runs[number % len(runs)]
        if frequency is Frequency.BLOCK or number % 4 == 1:
            item.starts_on = FIRST_PAYMENT + timedelta(days=7 * (number % 20))
            item.ends_on = item.starts_on + timedelta(days=60 + number % 90)
        if number % 10 == 0:
            item.cost_basis = CostBasis.ONE_OFF
            item.one_off_cost = Money(45000 + number)
            item.starts_on, item.ends_on = FIRST_PAYMENT + timedelta(days=number), None
    plan.direct_payment = DirectPaymentArrangement(
        recipient_name="A parent",
        schedule=PaymentSchedule.FOUR_WEEKLY,
        first_payment_on=FIRST_PAYMENT,
    )
    assert sum(i.management is ManagementOption.DIRECT_PAYMENT for i in plan.items) >= 60
    return plan


def pack_with_terms():
    pack = load_pack_by_id("example-shire")
    if pack.school_year.covers(FIRST_PAYMENT, date(2028, 1, 3)):
        return pack
    terms = (
        Term("Spring 2027", date(2027, 1, 5), date(2027, 3, 26)),
        Term("Summer 2027", date(2027, 4, 12), date(2027, 7, 21)),
        Term("Autumn 2027", date(2027, 9, 2), date(2027, 12, 17)),
        Term("Spring 2028", date(2028, 1, 4), date(2028, 3, 31)),
    )
    early = (Term("Autumn 2026", date(2026, 9, 2), date(2026, 12, 18)),)
    return dataclasses.replace(pack, school_year=SchoolYear(Decimal(39), 3, early + terms))


def measure() -> list[dict]:
    pack = pack_with_terms()
    plan = varied_plan()
    schedule = direct_payment_schedule(plan, pack)
    assert schedule is not None and len(schedule.payments) == 13

    def everything():
        validate(plan, pack)
        summarise(plan)
        direct_payment_schedule(plan, pack)

    measured = median_ms(everything)
    # Baseline: one pass that only reads every line's cost (the least any validation must do).
    baseline = median_ms(
        lambda: sum(item.yearly_cost.pence + item.once_cost.pence for item in plan.items)
    )
    return [
        row(
            "validate + totals + payment schedule, 200-line plan",
            measured,
            "sum of line costs",
            baseline,
            target_ms=5.0,
        ),
    ]


if __name__ == "__main__":
    from run import print_table

    print_table(measure())
