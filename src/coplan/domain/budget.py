"""Budget arithmetic: line costs, totals by stream, option and setting, planned vs indicative."""

from __future__ import annotations

from dataclasses import dataclass

from .model import FundingStream, ManagementOption, OverallOption, Plan
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
    by_funding = {stream: Money() for stream in FundingStream}
    by_management = {option: Money() for option in ManagementOption}
    by_setting: dict[str | None, Money] = {}
    for item in plan.items:
        cost = item.annual_cost
        by_funding[item.funding] += cost
        by_management[item.management] += cost
        key = item.setting_id if item.on_premises else None
        by_setting[key] = by_setting.get(key, Money()) + cost
    indicative = plan.indicative.effective
    return BudgetSummary(
        total=total(by_funding.values()),
        by_funding=by_funding,
        by_management=by_management,
        by_setting=by_setting,
        overall_option=overall_option({item.management for item in plan.items}),
        indicative_total=total(indicative.values()),
        indicative_by_funding={stream: indicative.get(stream, Money()) for stream in FundingStream},
    )
