"""The plan in the words a family reads across a table: who pays, who looks after the money,
what each line costs and how often, with no professional terms.

The family view on the officer's second screen says the plan in these words (`ui/family_view`);
they are plain sentences, so the family's page of the PDF can say the same facts the same way.
A funding stream is said as who pays ("The council's money for education"), a management option
as who holds the money and who buys the support; the council's "indicative budget" is its
"starting figure". Yearly sums and sums paid once are always said apart.
"""

from __future__ import annotations

from .budget import BudgetSummary
from .model import FundingStream, ManagementOption, Plan, ProvisionItem, RecipientKind

WHO_PAYS = {
    FundingStream.EDUCATION: "The council's money for education",
    FundingStream.HEALTH: "The NHS's money for health",
    FundingStream.SOCIAL_CARE: "The council's money for social care",
    FundingStream.SCHOOL: "The school's own money",
}

# Short forms for the bars of a chart, where "money for" is the chart's own heading.
WHO_PAYS_SHORT = {
    FundingStream.EDUCATION: "Council: education",
    FundingStream.HEALTH: "NHS: health",
    FundingStream.SOCIAL_CARE: "Council: social care",
    FundingStream.SCHOOL: "The school",
}

KIND_OF_MONEY = {
    FundingStream.EDUCATION: "education",
    FundingStream.HEALTH: "health",
    FundingStream.SOCIAL_CARE: "social care",
    FundingStream.SCHOOL: "the school's own money",
}

RECIPIENT_AS = {
    RecipientKind.PARENT: "",
    RecipientKind.YOUNG_PERSON: "",
    RecipientKind.NOMINEE: " (chosen to receive it for the family)",
    RecipientKind.REPRESENTATIVE: " (acting for the young person)",
}


def dp_receiver(plan: Plan) -> str:
    """Who receives the direct payment, by name; "you" when nobody is named yet."""
    dp = plan.direct_payment
    name = dp.recipient_name.strip() if dp else ""
    return name or "you"


def organised_holder(plan: Plan) -> str:
    holder = plan.organised_holder.strip() or "the council"
    return holder


def third_party_holder(plan: Plan) -> str:
    name = plan.third_party.organisation.strip() if plan.third_party else ""
    return name or "an organisation you choose"


def who_looks_after(plan: Plan, option: ManagementOption, what: str = "it") -> str:
    """One line's way of being managed, said as who holds the money and who buys the support:
    "Grace Okafor gets the money and buys it (a direct payment)". Under the line, "it" is the
    line; in a sum of several lines there is no "it", so `what` is "the support"."""
    if option is ManagementOption.DIRECT_PAYMENT:
        who = dp_receiver(plan)
        verb = "get" if who == "you" else "gets"
        return f"{_capital(who)} {verb} the money and {_buy(who)} {what} (a direct payment)"
    if option is ManagementOption.THIRD_PARTY:
        holder = third_party_holder(plan)
        return (
            f"{_subject(holder)} {_verb(holder, 'look')} after the money and "
            f"{_verb(holder, 'arrange')} {what} for you"
        )
    holder = organised_holder(plan)
    return (
        f"{_subject(holder)} {_verb(holder, 'look')} after the money and "
        f"{_verb(holder, 'arrange')} {what} with you"
    )


def _subject(holder: str) -> str:
    """A holder as typed may run on ("Oakfield School, which holds the money under a joint
    agreement"): a comma closes it before the verb."""
    holder = _capital(holder.rstrip(" .,;"))
    return f"{holder}," if "," in holder else holder


def _verb(holder: str, verb: str) -> str:
    several = ";" in holder or " and " in holder.split(",")[0]
    return verb if several else f"{verb}s"


def _buy(who: str) -> str:
    return "buy" if who == "you" else "buys"


def _capital(words: str) -> str:
    return words[:1].upper() + words[1:]


def item_parts(plan: Plan, item: ProvisionItem) -> tuple[str, str, str, str]:
    """One line of support in four parts: what it is; what it costs and how often ("£2,886.00
    a year: 4 hours a week, 39 weeks a year", or "£429.00, paid once"); who pays; who looks
    after the money."""
    what = item.description.strip() or "Not described yet"
    if item.is_one_off:
        cost = f"{item.once_cost.format()}, paid once"
    else:
        cost = f"{item.yearly_cost.format()} a year: {item.how_often_text()}"
    return (
        what,
        cost,
        f"Paid from {_lower_first(WHO_PAYS[item.funding])}",
        (who_looks_after(plan, item.management)),
    )


def item_line(plan: Plan, item: ProvisionItem) -> str:
    """One line of support as one sentence (`item_parts` joined)."""
    what, cost, pays, looks_after = item_parts(plan, item)
    return f"{what}: {cost}. {pays}; {_lower_first(looks_after)}."


def _lower_first(words: str) -> str:
    """Lower-case the first letter unless it starts a name (two capitals in a row, or a name
    the plan gave: kept as typed)."""
    first = words.split(" ", 1)[0]
    if first in {"The", "An", "You", "The NHS's"}:
        return words[:1].lower() + words[1:]
    return words


def money_lines(plan: Plan, summary: BudgetSummary) -> list[str]:
    """The money in sentences: every year and paid once apart, who looks after each part, what
    the school adds, and the council's starting figure for each kind of money."""
    lines: list[str] = []
    if not plan.items:
        return ["No support has been added yet."]
    lines.append(f"Every year: {summary.cost.yearly.format()}.")
    if summary.cost.once:
        lines.append(f"Paid once (not every year): {summary.cost.once.format()}.")
    for option in ManagementOption:
        part = summary.by_management[option]
        if part:
            lines.append(f"{who_looks_after(plan, option, 'the support')}: {part.text()}.")
    if summary.school:
        lines.append(f"Of this, the school pays {summary.school.text()} from its own money.")
    for comparison in summary.streams:
        if not comparison.has_starting_figure:
            continue
        name = KIND_OF_MONEY[comparison.stream]
        start = comparison.indicative.format()
        difference = abs(comparison.difference).format()
        verdict = (
            f"the plan is {difference} a year more"
            if comparison.over
            else f"the plan is {difference} a year less"
            if comparison.under
            else "the plan is exactly that"
        )
        lines.append(f"The starting figure for {name} was {start} a year; {verdict}.")
    return lines
