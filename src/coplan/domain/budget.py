"""Budget arithmetic: line costs, totals by stream, option and setting, planned vs indicative."""

from __future__ import annotations

from dataclasses import dataclass

from .model import FundingStream, ManagementOption, OverallOption, Plan
from .money import Cost, Money, total, total_cost
from .shown_words import join_words

# The council's own money, each compared with its own indicative figure. The school's own
# contribution is shown beside the budget, never against it.
COUNCIL_STREAMS = (FundingStream.EDUCATION, FundingStream.HEALTH, FundingStream.SOCIAL_CARE)

# The stream's name as it runs on in a sentence ("the education budget").
STREAM_WORDS = {
    FundingStream.EDUCATION: "education",
    FundingStream.HEALTH: "health",
    FundingStream.SOCIAL_CARE: "social care",
    FundingStream.SCHOOL: "the school's own contribution",
}


@dataclass(frozen=True)
class StreamComparison:
    """One funding stream's yearly cost against its own indicative figure. One-off purchases
    are shown beside it (`planned.once`), never in the yearly comparison."""

    stream: FundingStream
    planned: Cost
    indicative: Money  # a year

    @property
    def difference(self) -> Money:
        """Yearly cost minus the indicative figure: positive means over."""
        return self.planned.yearly - self.indicative

    @property
    def over(self) -> bool:
        return self.difference.pence > 0

    @property
    def under(self) -> bool:
        return self.difference.pence < 0

    @property
    def has_starting_figure(self) -> bool:
        """Whether the stream has an indicative figure at all (a £0.00 figure is none: the
        plan's cost there is not "over" a figure that was never given)."""
        return self.indicative.pence > 0

    def difference_text(self) -> str:
        """'£399.00 a year over the education indicative budget', '… under …', 'exactly
        the education indicative budget', or 'no starting figure for health'."""
        name = STREAM_WORDS[self.stream]
        if not self.has_starting_figure:
            return f"no starting figure for {name}"
        if self.over:
            return f"{self.difference.format()} a year over the {name} indicative budget"
        if self.under:
            return f"{abs(self.difference).format()} a year under the {name} indicative budget"
        return f"exactly the {name} indicative budget"

    def comparison_text(self) -> str:
        """`difference_text` with the figure it is measured against: '… over the education
        indicative budget of £4,500.00 a year', or 'no starting figure for health'."""
        if not self.has_starting_figure:
            return self.difference_text()
        return f"{self.difference_text()} of {self.indicative.format()} a year"


@dataclass(frozen=True)
class BudgetSummary:
    cost: Cost  # every line: a year, and once
    by_funding: dict[FundingStream, Cost]
    by_management: dict[ManagementOption, Cost]
    by_setting: dict[str | None, Cost]  # setting id, or None for home and community
    overall_option: OverallOption
    indicative_total: Money  # a year
    indicative_by_funding: dict[FundingStream, Money]

    @property
    def yearly(self) -> Money:
        """What the plan costs every year, without its one-off purchases."""
        return self.cost.yearly

    @property
    def once(self) -> Money:
        """The one-off purchases, paid once."""
        return self.cost.once

    def total_text(self) -> str:
        """'£7,296.00 a year, plus £678.99 once' — or '£7,296.00 a year' without one-offs."""
        return self.cost.text()

    @property
    def school(self) -> Cost:
        """The school's own contribution: beside the budget, not part of the comparison."""
        return self.by_funding[FundingStream.SCHOOL]

    @property
    def council(self) -> Cost:
        """The council's streams together (the personal budget without the school's share)."""
        return total_cost(self.by_funding[s] for s in COUNCIL_STREAMS)

    @property
    def streams(self) -> list[StreamComparison]:
        """Each council stream with a cost or an indicative figure, against its own figure."""
        return [
            StreamComparison(stream, self.by_funding[stream], self.indicative_by_funding[stream])
            for stream in COUNCIL_STREAMS
            if self.by_funding[stream] or self.indicative_by_funding[stream]
        ]

    def stream(self, stream: FundingStream) -> StreamComparison:
        return StreamComparison(stream, self.by_funding[stream], self.indicative_by_funding[stream])

    @property
    def over_streams(self) -> list[StreamComparison]:
        return [comparison for comparison in self.streams if comparison.over]

    @property
    def difference(self) -> Money:
        """The council streams' yearly cost minus the indicative total (for a total line;
        whether the plan is over is decided stream by stream)."""
        return self.council.yearly - self.indicative_total

    @property
    def over_indicative(self) -> bool:
        """Whether any stream is over its own indicative figure."""
        return bool(self.over_streams)

    def difference_text(self) -> str:
        """Stream by stream: '£399.00 a year over the education indicative budget and £399.00
        a year under the social care indicative budget'."""
        parts = [comparison.difference_text() for comparison in self.streams]
        return join_words(parts) or "exactly the indicative budget"


def overall_option(options: set[ManagementOption]) -> OverallOption:
    if not options:
        return OverallOption.NONE
    if len(options) > 1:
        return OverallOption.MIXED
    return OverallOption(next(iter(options)).value)


def summarise(plan: Plan) -> BudgetSummary:
    # Sums in whole pence, wrapped as Money once at the end: this runs on every edit.
    # Each total is a pair (a year, once): a one-off is never added to a yearly figure.
    by_funding = {stream: [0, 0] for stream in FundingStream}
    by_management = {option: [0, 0] for option in ManagementOption}
    by_setting: dict[str | None, list[int]] = {}
    for item in plan.items:
        slot = 1 if item.is_one_off else 0
        pence = item.once_cost.pence if slot else item.yearly_cost.pence
        by_funding[item.funding][slot] += pence
        by_management[item.management][slot] += pence
        key = item.setting_id if item.on_premises else None
        by_setting.setdefault(key, [0, 0])[slot] += pence
    indicative = plan.indicative.effective

    def cost(pair: list[int]) -> Cost:
        return Cost(Money(pair[0]), Money(pair[1]))

    return BudgetSummary(
        cost=cost([sum(p[0] for p in by_funding.values()), sum(p[1] for p in by_funding.values())]),
        by_funding={stream: cost(pair) for stream, pair in by_funding.items()},
        by_management={option: cost(pair) for option, pair in by_management.items()},
        by_setting={setting: cost(pair) for setting, pair in by_setting.items()},
        overall_option=overall_option({item.management for item in plan.items}),
        indicative_total=total(indicative.get(s, Money()) for s in COUNCIL_STREAMS),
        indicative_by_funding={stream: indicative.get(stream, Money()) for stream in FundingStream},
    )


def direct_payment_items(plan: Plan) -> list:
    return [i for i in plan.items if i.management is ManagementOption.DIRECT_PAYMENT]
