"""Budget arithmetic: line costs, totals by stream, option and setting, planned vs indicative."""

from __future__ import annotations

from dataclasses import dataclass

from .model import CostBasis, FundingStream, ManagementOption, OverallOption, PaymentSchedule, Plan
from .money import Money, total


@dataclass(frozen=True)
class BudgetSummary:
    total: Money
    by_funding: dict[FundingStream, Money]
    by_management: dict[ManagementOption, Money]
    by_setting: dict[str | None, Money]  # setting id, or None for home and community
    overall_option: OverallOption
    indicative_total: Money
    indicative_by_funding: dict[FundingStream, Money]
    one_off: Money  # the part of `total` paid once (equipment), not every year

    @property
    def recurring(self) -> Money:
        """What the plan costs every year, without its one-off purchases."""
        return self.total - self.one_off

    def total_text(self) -> str:
        """'£7,296.00 a year, plus £678.99 once' — or '£7,296.00 a year' without one-offs."""
        if not self.one_off:
            return f"{self.total.format()} a year"
        if not self.recurring:
            return f"{self.one_off.format()} once"
        return f"{self.recurring.format()} a year, plus {self.one_off.format()} once"

    @property
    def difference(self) -> Money:
        """Planned minus indicative: positive means over the indicative budget."""
        return self.total - self.indicative_total

    @property
    def over_indicative(self) -> bool:
        return self.difference.pence > 0

    @property
    def under_indicative(self) -> bool:
        return self.difference.pence < 0

    def difference_text(self) -> str:
        if self.over_indicative:
            return f"{self.difference.format()} over the indicative budget"
        if self.under_indicative:
            return f"{abs(self.difference).format()} under the indicative budget"
        return "exactly the indicative budget"


def overall_option(options: set[ManagementOption]) -> OverallOption:
    if not options:
        return OverallOption.NONE
    if len(options) > 1:
        return OverallOption.MIXED
    return OverallOption(next(iter(options)).value)


def summarise(plan: Plan) -> BudgetSummary:
    # Sums in whole pence, wrapped as Money once at the end: this runs on every edit.
    by_funding = dict.fromkeys(FundingStream, 0)
    by_management = dict.fromkeys(ManagementOption, 0)
    by_setting: dict[str | None, int] = {}
    one_off = 0
    for item in plan.items:
        pence = item.annual_cost.pence
        if item.cost_basis is CostBasis.ONE_OFF:
            one_off += pence
        by_funding[item.funding] += pence
        by_management[item.management] += pence
        key = item.setting_id if item.on_premises else None
        by_setting[key] = by_setting.get(key, 0) + pence
    indicative = plan.indicative.effective
    return BudgetSummary(
        total=Money(sum(by_funding.values())),
        by_funding={stream: Money(pence) for stream, pence in by_funding.items()},
        by_management={option: Money(pence) for option, pence in by_management.items()},
        by_setting={setting: Money(pence) for setting, pence in by_setting.items()},
        overall_option=overall_option({item.management for item in plan.items}),
        indicative_total=total(indicative.values()),
        indicative_by_funding={stream: indicative.get(stream, Money()) for stream in FundingStream},
        one_off=Money(one_off),
    )


PAYMENTS_A_YEAR = {PaymentSchedule.MONTHLY: 12, PaymentSchedule.FOUR_WEEKLY: 13}


@dataclass(frozen=True)
class Instalments:
    """How a year's direct payment is paid: `count` payments of `regular`, the last `last`."""

    count: int
    regular: Money
    last: Money

    @property
    def total(self) -> Money:
        return Money(self.regular.pence * (self.count - 1) + self.last.pence)


def instalments(annual: Money, schedule: PaymentSchedule) -> Instalments:
    """Split a year's amount into equal payments in whole pence; the last one takes the pence
    left over, so the payments always add up to exactly the annual amount."""
    count = PAYMENTS_A_YEAR[schedule]
    regular = Money(annual.pence // count)
    return Instalments(count, regular, Money(annual.pence - regular.pence * (count - 1)))


@dataclass(frozen=True)
class PaymentPlan:
    """How the direct payment items are paid: regular instalments for the lines that recur,
    and a single payment for one-off purchases."""

    regular: Instalments | None  # None when nothing recurs
    one_off: Money


def payment_plan(items, schedule: PaymentSchedule) -> PaymentPlan:
    recurring = total(i.annual_cost for i in items if i.cost_basis is CostBasis.RECURRING)
    one_off = total(i.annual_cost for i in items if i.cost_basis is CostBasis.ONE_OFF)
    return PaymentPlan(instalments(recurring, schedule) if recurring else None, one_off)
