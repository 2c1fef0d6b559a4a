"""A direct payment schedule that follows the support.

Payments are made in advance, four-weekly or monthly (the pack's frequency), from the first
payment date for one plan year. Each payment is the support due until the next payment: a
line's yearly cost is spread over the days its support happens (its dates; term time, the
holidays or all year, from the pack's term dates), and a one-off purchase is paid once, with the
payment before it is bought. So the family is never out of pocket (the balance never goes below
zero) and never holds more than the support due before the next payment, which is within the
pack's unspent limit (at least a payment period's worth, checked when the pack is loaded).

Exact: every amount is whole pence, allocated by largest remainder, so the payments add up to
the arrangement's cost to the penny and the month rows agree with the payments.

The year is cut into segments at every payment date and every month start; each line's pence
are allocated to segments once, and both the payments and the month rows are sums of segments,
so the two views can never disagree by a penny.
"""

from __future__ import annotations

import bisect
import itertools
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from .dates import add_months, format_long, format_month
from .model import ManagementOption, PaymentSchedule, Plan, ProvisionItem, RunsIn
from .money import Cost, Money
from .policy import PolicyPack, SchoolYear

FOUR_WEEKS = timedelta(days=28)
PAYMENTS_A_YEAR = {PaymentSchedule.MONTHLY: 12, PaymentSchedule.FOUR_WEEKLY: 13}
FREQUENCY_WORDS = {
    PaymentSchedule.MONTHLY: "every month",
    PaymentSchedule.FOUR_WEEKLY: "every four weeks",
}


@dataclass(frozen=True)
class Payment:
    on: date
    covers_to: date  # the last day this payment pays for (the day before the next payment)
    amount: Money  # everything paid on this date
    once: Money  # the part of `amount` for one-off purchases
    one_offs: tuple[str, ...] = ()  # what those one-off purchases are

    @property
    def regular(self) -> Money:
        """The part of the payment for support that recurs."""
        return self.amount - self.once


@dataclass(frozen=True)
class MonthRow:
    month: date  # the first day of the month (or the first payment date, for the first row)
    paid_in: Money
    due: Money  # the support due to be spent in the month, one-offs included
    balance: Money  # what the family holds at the end of the month

    @property
    def label(self) -> str:
        return format_month(self.month)


@dataclass(frozen=True)
class Schedule:
    first_payment_on: date
    frequency: PaymentSchedule
    last_day: date  # the plan year of payments ends on this day
    payments: tuple[Payment, ...]
    months: tuple[MonthRow, ...]
    cost: Cost  # what the arrangement pays for: a year, and once

    @property
    def total(self) -> Money:
        return Money(sum(p.amount.pence for p in self.payments))

    @property
    def payments_made(self) -> tuple[Payment, ...]:
        """The payments a family will receive: a date with nothing to pay (after the support
        has ended, say) is not a payment of £0.00. `payments` keeps every date of the year."""
        return tuple(p for p in self.payments if p.amount)

    @property
    def months_shown(self) -> tuple[MonthRow, ...]:
        """The months to show, without the trailing ones where nothing is paid in, nothing is
        due and nothing is held (the year runs on after the support ends). Totals are unchanged:
        the rows left off are all zero. `months` keeps the whole year."""
        last = max(
            (k for k, row in enumerate(self.months) if row.paid_in or row.due or row.balance),
            default=0,
        )
        return self.months[: last + 1]

    @property
    def largest_balance(self) -> Money:
        return max((row.balance for row in self.months), default=Money())

    def plain_words(self) -> str:
        """What a family reads: '£160.00 every four weeks from 4 January 2027 and £649.00 once
        on 4 January 2027 for the iPad' — or, when the amounts follow uneven support, 'between
        £80.97 and £711.59 every four weeks from 4 January 2027 to 19 July 2027 …'."""
        paying = [k for k, p in enumerate(self.payments) if p.regular]
        parts = []
        if paying:
            regular = [self.payments[k].regular for k in paying]
            low, high = min(regular), max(regular)
            if low == high:
                amount = low.format()
            elif (high - low).pence == 1:  # equal shares, a penny apart so the year adds up
                amount = f"{low.format()} or {high.format()}"
            else:
                amount = f"between {low.format()} and {high.format()}"
            first, last = self.payments[paying[0]].on, self.payments[paying[-1]].on
            when = f"from {format_long(first)}"
            if paying[-1] < len(self.payments) - 1:
                when += f" to {format_long(last)}"
            if paying != list(range(paying[0], paying[-1] + 1)):
                when += ", when the support happens"
            parts.append(f"{amount} {FREQUENCY_WORDS[self.frequency]} {when}")
        for payment in self.payments:
            if payment.once:
                what = _list_of_things(payment.one_offs)
                parts.append(
                    f"{payment.once.format()} once on {format_long(payment.on)} for {what}"
                )
        if not parts:
            return "nothing to pay"
        return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def _list_of_things(names: Iterable[str]) -> str:
    """'the iPad with a rugged case and a carry strap, and the Symbol communication app': each
    with 'the', and a comma before the last 'and' when a name has its own 'and' (without it
    two things read as three)."""
    named = [n if re.match(r"(?i)(the|a|an) ", n) else f"the {n}" for n in names]
    if len(named) < 2:
        return "".join(named)
    comma = "," if len(named) > 2 or any(" and " in n for n in named) else ""
    return ", ".join(named[:-1]) + f"{comma} and " + named[-1]


def short_name(description: str) -> str:
    """What a one-off is called in a sentence: the description without its details in
    brackets and before the first comma or colon ('iPad with a rugged case' for 'iPad (10th
    generation, 64 GB) with a rugged case, used in every lesson')."""
    text = re.sub(r"\s*\([^)]*\)", "", description).strip()
    text = re.split(r"[,:;]", text, maxsplit=1)[0].strip()
    return text or description.strip() or "a one-off purchase"


def plan_year_end(first_payment_on: date) -> date:
    """The last day of the year of payments that starts on `first_payment_on`."""
    return add_months(first_payment_on, 12) - timedelta(days=1)


def payment_dates(first_payment_on: date, frequency: PaymentSchedule) -> list[date]:
    """13 four-weekly or 12 monthly dates; the last payment covers to the year's end."""
    if frequency is PaymentSchedule.MONTHLY:
        return [add_months(first_payment_on, k) for k in range(12)]
    return [first_payment_on + FOUR_WEEKS * k for k in range(13)]


def allocate(pence: int, weights: Sequence[int]) -> list[int]:
    """Split whole pence in proportion to whole-number weights, exactly (largest remainder;
    ties go to the earlier share). Weights must not all be zero."""
    whole = sum(weights)
    shares = [pence * w // whole for w in weights]
    left = pence - sum(shares)
    if left:
        order = sorted(range(len(weights)), key=lambda i: (-(pence * weights[i] % whole), i))
        for index in order[:left]:
            shares[index] += 1
    return shares


def _overlap(a_start: date, a_end: date, b_start: date, b_end: date) -> int:
    """Days shared by two half-open ranges [start, end)."""
    return max(0, (min(a_end, b_end) - max(a_start, b_start)).days)


class _Calendar:
    """The segments of one plan year, and the days each kind of support happens in each."""

    def __init__(self, first: date, dates: list[date], school_year: SchoolYear) -> None:
        self.first = first
        self.end = plan_year_end(first) + timedelta(days=1)  # exclusive
        cuts = set(dates)
        month = date(first.year, first.month, 1)
        while True:
            month = add_months(month, 1)
            if month >= self.end:
                break
            cuts.add(month)
        self.starts = sorted(cuts)
        self.bounds = [*self.starts, self.end]
        # Support is weighed as the share of each payment period it happens in, so that a line
        # running all year is paid in equal instalments (13 four-weekly payments of £160.00 for
        # £40 a week) though the last period runs to the year's end and months differ in length.
        ends = [*dates[1:], self.end]
        period_days = [
            (ends[k] - dates[k]).days
            for k in (bisect.bisect_right(dates, s) - 1 for s in self.starts)
        ]
        # A day's weight in whole numbers: 1/period length, scaled by the lengths' lcm.
        scale = math.lcm(*set(period_days))
        self.day_weight = [scale // days for days in period_days]
        self.terms = [(t.starts_on, t.ends_on + timedelta(days=1)) for t in school_year.terms]
        # Term time is placed only where the pack's term dates cover the whole year; otherwise
        # the support is spread evenly (and the rules say so).
        self.knows_terms = school_year.covers(first, self.end - timedelta(days=1))
        self._weights: dict[tuple, list[int]] = {}

    def segment_of(self, day: date) -> int:
        return max(0, bisect.bisect_right(self.starts, day) - 1)

    def weights(self, starts_on: date | None, ends_on: date | None, runs_in: RunsIn) -> list[int]:
        key = (starts_on, ends_on, runs_in)
        if key not in self._weights:
            self._weights[key] = self._days(starts_on, ends_on, runs_in)
        return self._weights[key]

    def _days(self, starts_on: date | None, ends_on: date | None, runs_in: RunsIn) -> list[int]:
        low = starts_on or self.first
        high = ends_on + timedelta(days=1) if ends_on else self.end
        days = []
        for start, end in itertools.pairwise(self.bounds):
            span = _overlap(start, end, low, high)
            if span and runs_in is not RunsIn.ALL_YEAR and self.knows_terms:
                a, b = max(start, low), min(end, high)
                in_term = sum(_overlap(a, b, t0, t1) for t0, t1 in self.terms)
                span = in_term if runs_in is RunsIn.TERM_TIME else span - in_term
            days.append(span)
        if not any(days):  # support outside the year: spread over it (the rules flag this)
            days = [(end - start).days for start, end in itertools.pairwise(self.bounds)]
        return [d * weight for d, weight in zip(days, self.day_weight, strict=True)]


def payment_schedule(
    items: Iterable[ProvisionItem],
    first_payment_on: date,
    frequency: PaymentSchedule,
    school_year: SchoolYear | None = None,
) -> Schedule:
    """The schedule for the direct payment lines `items`, paid from `first_payment_on`."""
    dates = payment_dates(first_payment_on, frequency)
    year = _Calendar(first_payment_on, dates, school_year or SchoolYear())
    count = len(year.starts)
    due = [0] * count
    once = [0] * count
    one_offs: list[list[str]] = [[] for _ in range(count)]
    # Lines with the same dates and pattern share one allocation of their summed pence.
    grouped: dict[tuple, int] = {}
    yearly = bought = 0
    for item in items:
        if item.is_one_off:
            price = item.once_cost.pence
            bought += price
            when = item.starts_on
            index = year.segment_of(when) if when and first_payment_on <= when < year.end else 0
            due[index] += price
            once[index] += price
            one_offs[index].append(short_name(item.description))
            continue
        pence = item.yearly_cost.pence
        yearly += pence
        if pence:
            key = (item.starts_on, item.ends_on, item.runs_in)
            grouped[key] = grouped.get(key, 0) + pence
    for (starts_on, ends_on, runs_in), pence in grouped.items():
        for index, share in enumerate(allocate(pence, year.weights(starts_on, ends_on, runs_in))):
            due[index] += share

    # Each payment pays, in advance, for the segments up to the next payment.
    period_of = [bisect.bisect_right(dates, start) - 1 for start in year.starts]
    paid = [0] * len(dates)
    paid_once = [0] * len(dates)
    paid_for: list[list[str]] = [[] for _ in dates]
    for index, period in enumerate(period_of):
        paid[period] += due[index]
        paid_once[period] += once[index]
        paid_for[period].extend(one_offs[index])
    payments = tuple(
        Payment(
            on=day,
            covers_to=(dates[k + 1] if k + 1 < len(dates) else year.end) - timedelta(days=1),
            amount=Money(paid[k]),
            once=Money(paid_once[k]),
            one_offs=tuple(paid_for[k]),
        )
        for k, day in enumerate(dates)
    )

    # Month by month: what arrives, what is due to be spent, what is left at the month's end.
    rows: list[MonthRow] = []
    held = 0
    month_of = [(start.year, start.month) for start in year.starts]
    paid_by_month: dict[tuple[int, int], int] = {}
    for k, day in enumerate(dates):
        paid_by_month[(day.year, day.month)] = paid_by_month.get((day.year, day.month), 0) + paid[k]
    for key in dict.fromkeys(month_of):
        spent = sum(due[i] for i, m in enumerate(month_of) if m == key)
        arrived = paid_by_month.get(key, 0)
        held += arrived - spent
        start = first_payment_on if key == month_of[0] else date(key[0], key[1], 1)
        rows.append(MonthRow(start, Money(arrived), Money(spent), Money(held)))
    return Schedule(
        first_payment_on=first_payment_on,
        frequency=frequency,
        last_day=year.end - timedelta(days=1),
        payments=payments,
        months=tuple(rows),
        cost=Cost(Money(yearly), Money(bought)),
    )


def direct_payment_schedule(plan: Plan, pack: PolicyPack) -> Schedule | None:
    """The plan's direct payment schedule, or None while there is nothing to pay by direct
    payment or no first payment date is set."""
    dp = plan.direct_payment
    items = [i for i in plan.items if i.management is ManagementOption.DIRECT_PAYMENT]
    if not items or dp is None or dp.first_payment_on is None:
        return None
    return payment_schedule(items, dp.first_payment_on, dp.schedule, pack.school_year)
