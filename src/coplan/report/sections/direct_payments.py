"""Direct payment arrangements: who receives the money, how often, the account, the records
and returns, unspent money, the reviews and the council's checks. Wording from the policy pack.
"""

from __future__ import annotations

from reportlab.platypus import Flowable

from coplan.domain.budget import payment_plan
from coplan.domain.dates import format_long
from coplan.domain.model import ManagementOption, RecipientKind
from coplan.domain.money import total

from .. import labels
from ..context import ReportContext
from ..styles import bullets, facts_table, heading, para, styles
from ..text import Markup, join, markup

NOT_YET = "Not yet confirmed"


def story(ctx: ReportContext) -> list[Flowable]:
    items = ctx.items_managed_as(ManagementOption.DIRECT_PAYMENT)
    if not items:
        return []
    s, pack, dp = styles(), ctx.pack, ctx.plan.direct_payment
    out: list[Flowable] = [*heading("Direct payment arrangements")]
    if pack.wording.direct_payment.strip():
        out.append(para(labels.explanation("Direct payment", pack.wording.direct_payment), s.body))
    covered = total(item.annual_cost for item in items)
    what = markup(
        "{} a year for {}",
        covered.format(),
        join("; ", [item.description.strip() or "(not described)" for item in items]),
    )
    if dp is None:
        out += [
            facts_table([("What the direct payment pays for", what)]),
            para(
                "The direct payment arrangements have not been recorded yet. No payment can be "
                "made until they are agreed and the direct payment agreement is signed.",
                s.body,
            ),
        ]
        return out
    timescales = pack.timescales
    monitoring = dp.monitoring_terms.strip() or pack.wording.monitoring_terms.strip()
    source = "" if dp.monitoring_terms.strip() else " (the council's standard terms)"
    review = markup(
        "The first review is within {} of the first payment, then at each annual "
        "review of the plan{}.",
        labels.how_many(timescales.first_dp_review_months, "month"),
        f" (the next is due by {format_long(ctx.plan.next_review_on)})"
        if ctx.plan.next_review_on
        else "",
    )
    weeks = labels.how_many(timescales.unspent_recovery_weeks, "week")
    possessive = weeks + ("'" if weeks.endswith("s") else "'s")
    unspent = pack.wording.unspent_money.strip() or (
        f"Money left unspent beyond {possessive} worth of payments may be asked back."
    )
    rows: list[tuple[object, object]] = [
        ("Who receives the payments", _recipient(dp)),
        ("What the direct payment pays for", what),
        ("How often it is paid", _how_paid(items, dp)),
        (
            "Bank account",
            "A separate account used only for the direct payments: "
            + ("confirmed" if dp.dedicated_account_confirmed else "not yet confirmed"),
        ),
        ("Records and returns", markup("{}{}", monitoring, source)),
        ("Money not spent", unspent),
        ("Reviews", review),
        ("Direct payment agreement", _agreement(dp)),
    ]
    out.append(facts_table(rows))
    out.append(para("The council's checks before paying a direct payment", s.h2))
    checks = [
        (
            dp.appropriate_use_confirmed,
            "the person receiving the payments will use them appropriately",
        ),
        (
            dp.best_interests_confirmed,
            "they will act in the child's or young person's best interests",
        ),
        (dp.no_adverse_impact_confirmed, "the payments will not harm services for other children"),
        (
            dp.efficient_use_confirmed,
            "the payments are an efficient use of the council's resources",
        ),
    ]
    out += bullets(
        [
            markup(
                "<b>{}:</b> the council is satisfied that {}.",
                "Confirmed" if done else NOT_YET,
                text,
            )
            for done, text in checks
        ]
    )
    return out


def _how_paid(items, dp) -> str:
    plan = payment_plan(items, dp.schedule)
    parts = []
    if plan.regular:
        split = plan.regular
        text = f"{labels.SCHEDULE[dp.schedule]}: {split.count} payments of {split.regular.format()}"
        if split.last != split.regular:
            text += f" (the last one {split.last.format()})"
        parts.append(text + f", {split.total.format()} a year")
    if plan.one_off:
        parts.append(
            f"{'plus o' if parts else 'O'}ne payment of {plan.one_off.format()} for one-off costs"
        )
    return "; ".join(parts) + "." if parts else labels.SCHEDULE[dp.schedule]


def _recipient(dp) -> Markup:
    who = labels.RECIPIENT[dp.recipient]
    text = markup("{}: {}", who, dp.recipient_name.strip() or "name not recorded")
    if dp.recipient is RecipientKind.NOMINEE or dp.nominee_name.strip():
        relationship = dp.nominee_relationship.strip()
        text = markup(
            "{}<br/>Nominee: {}{}",
            text,
            dp.nominee_name.strip() or "name not recorded",
            f" ({relationship})" if relationship else "",
        )
    return text


def _agreement(dp) -> str:
    if dp.agreement_signed_on:
        return f"Signed on {format_long(dp.agreement_signed_on)}."
    return "Not signed yet. No payment can be made until it is signed."
