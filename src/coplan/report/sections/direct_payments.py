"""Direct payment arrangements: who receives the money, how often, the account, the records
and returns, unspent money, the reviews and the council's checks. Wording from the policy pack.
"""

from __future__ import annotations

from reportlab.platypus import Flowable

from coplan.domain import dp_agreement
from coplan.domain.dates import format_long
from coplan.domain.model import PAID_TO_SOMEONE, FundingStream, ManagementOption, RecipientKind
from coplan.domain.money import Money, total_cost
from coplan.domain.schedule import Schedule

from .. import labels
from ..context import ReportContext
from ..styles import CONTENT_WIDTH, Figure, bullets, data_table, facts_table, heading, para, styles
from ..text import Markup, bold, markup
from .items import items_by_number

NOT_YET = "Not yet confirmed"


def _needs_and_outcomes(ctx: ReportContext, items) -> Markup:
    """The codes of every need and outcome the direct payment's items meet; each is written in
    full once, under "What the budget is for", with the items that meet it."""
    needs = [c for c in ctx.codes.needs.values() if any(c in ctx.codes.of_needs(i) for i in items)]
    outcomes = [
        c for c in ctx.codes.outcomes.values() if any(c in ctx.codes.of_outcomes(i) for i in items)
    ]
    parts = []
    if needs:
        parts.append("needs " + ", ".join(needs))
    if outcomes:
        parts.append("outcomes " + ", ".join(outcomes))
    if not parts:
        return markup("None recorded")
    said = "; ".join(parts)
    return markup("{}{} (each in full under “What the budget is for”)", said[:1].upper(), said[1:])


def story(ctx: ReportContext) -> list[Flowable]:
    items = ctx.items_managed_as(ManagementOption.DIRECT_PAYMENT)
    if not items:
        return []
    s, pack, dp = styles(), ctx.pack, ctx.plan.direct_payment
    out: list[Flowable] = [*heading("Direct payment arrangements")]
    # What a direct payment is: once, under "Key words".
    covered = total_cost(item.cost for item in items)
    what = markup("{} for {}", covered.text(), items_by_number(ctx, items))
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
    source = "" if dp.monitoring_terms.strip() else " These are the council's standard terms."
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
        *_basis_rows(ctx.plan, dp),
        ("What the direct payment pays for", what),
        ("Needs and outcomes it is to meet", _needs_and_outcomes(ctx, items)),
        ("First payment", _first_payment(dp)),
        ("How it is paid", _how_paid(ctx.schedule, dp)),
        (
            "Bank account",
            "A separate account used only for the direct payments: "
            + ("confirmed" if dp.dedicated_account_confirmed else "not yet confirmed"),
        ),
        ("Records and returns", markup("{}{}", monitoring, source)),
        ("Money not spent", unspent),
        ("Reviews", review),
        ("Direct payment agreement", agreement_words(ctx)),
    ]
    out.append(facts_table(rows))
    if ctx.schedule is not None:
        out += schedule_table(ctx.schedule)
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


def _first_payment(dp) -> str:
    """'4 January 2027', or why there is no date yet: never before the agreement is signed."""
    if dp.first_payment_on is None:
        return "Not set yet: it can be no earlier than the day the agreement is signed."
    return format_long(dp.first_payment_on)


def _how_paid(schedule: Schedule | None, dp) -> str:
    """'£338.30 every four weeks from 4 January 2027 and £678.99 once on …', in advance."""
    if schedule is None:
        return (
            f"{labels.SCHEDULE[dp.schedule]}, in advance. The first payment date is not set yet: "
            "the payment schedule will be worked out from it."
        )
    return (
        f"{labels.sentence(schedule.plain_words()[:1].upper() + schedule.plain_words()[1:])} "
        "Each payment is made in advance and covers the support due until the next one, so "
        "the amounts follow when the support happens."
    )


SCHEDULE_COLUMNS = ("Month", "Paid in", "Due to be spent", "Left at the end of the month")
SCHEDULE_WIDTHS = tuple(CONTENT_WIDTH * f for f in (0.28, 0.26, 0.23, 0.23))


def schedule_table(schedule: Schedule) -> list[Flowable]:
    """The payment schedule month by month: what arrives, what the support costs that month,
    and what is left; the totals add up to the penny."""
    s = styles()
    rows: list[list[object]] = []
    for row in schedule.months_shown:
        days = [
            p.on.day
            for p in schedule.payments_made
            if (p.on.year, p.on.month) == (row.month.year, row.month.month)
        ]
        when = f" (on the {_days(days)})" if days else ""
        rows.append(
            [
                row.label,
                Figure(f"{row.paid_in.format()}{when}"),
                Figure(row.due.format()),
                Figure(row.balance.format()),
            ]
        )
    paid = sum(r.paid_in.pence for r in schedule.months)
    due = sum(r.due.pence for r in schedule.months)
    rows.append(
        [
            bold("Total"),
            Figure(Money(paid).format()),
            Figure(Money(due).format()),
            Figure(schedule.months[-1].balance.format()),
        ]
    )
    parts = []
    if schedule.cost.yearly:
        parts.append(f"{schedule.cost.yearly.format()} for the year's support")
    if schedule.cost.once:
        parts.append(f"{schedule.cost.once.format()} once for one-off purchases")
    intro = para(
        markup(
            "From {} to {} the payments add up to <b>{}</b>{}. A one-off purchase is paid "
            "with the payment before it is bought.",
            format_long(schedule.first_payment_on),
            format_long(schedule.last_day),
            schedule.total.format(),
            ": " + " and ".join(parts) if parts else "",
        ),
        s.body,
    )
    table = data_table(
        SCHEDULE_COLUMNS, rows, SCHEDULE_WIDTHS, right_columns=(1, 2, 3), total_row=True
    )
    return [para("Payment schedule", s.h2), intro, table]


def _days(days: list[int]) -> str:
    words = [_ordinal(day) for day in days]
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


def _ordinal(day: int) -> str:
    suffix = "th" if 11 <= day % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


def _recipient(dp) -> Markup:
    """One person, and on what basis: a nominee's or representative's name is the only name."""
    who = labels.RECIPIENT[dp.recipient]
    relationship = dp.nominee_relationship.strip()
    acting = dp.recipient in (RecipientKind.NOMINEE, RecipientKind.REPRESENTATIVE)
    return markup(
        "{}: {}{}",
        who,
        dp.recipient_name.strip() or "name not recorded",
        f" ({relationship})" if acting and relationship else "",
    )


def _basis_rows(plan, dp) -> list[tuple[object, object]]:
    """What the recipient's basis and each stream's own law need on record, when they apply."""
    rows: list[tuple[object, object]] = []
    if dp.recipient is RecipientKind.NOMINEE:
        chosen = dp.nominated_by.strip() or "not recorded"
        consent = (
            f"; the young person agreed on {format_long(dp.young_person_consented_on)}"
            if dp.young_person_consented_on
            else ""
        )
        rows.append(("Nominee chosen by", f"{chosen}{consent}"))
    if dp.recipient is RecipientKind.REPRESENTATIVE:
        assessed = (
            f"Capacity assessment of {format_long(dp.capacity_assessed_on)}"
            if dp.capacity_assessed_on
            else "Capacity assessment not yet recorded"
        )
        reference = dp.capacity_assessment_reference.strip()
        rows.append(
            ("Why a representative", f"{assessed}{f', ref. {reference}' if reference else ''}")
        )
    health = any(
        i.management in PAID_TO_SOMEONE and i.funding is FundingStream.HEALTH for i in plan.items
    )
    if health:
        reference = dp.health_care_plan_reference.strip()
        if reference and dp.health_care_plan_agreed_on:
            board = dp.integrated_care_board.strip() or "the integrated care board"
            text = (
                f"Care plan {reference}, agreed with {board} on "
                f"{format_long(dp.health_care_plan_agreed_on)}."
            )
        else:
            text = "The care plan agreed with the integrated care board is not yet recorded."
        rows.append(
            ("NHS care plan", f"{text} Health payments are made only against this care plan.")
        )
    return rows


def agreement_words(ctx: ReportContext, recipient: str = "direct_payment") -> Markup:
    """Signed (with its reference), not signed yet, or to be signed again and why: the same
    words as the wizard's (`dp_agreement.DpAgreementStatus.label`). `recipient`: the family's
    direct payment, or the third party's (arrangements.py)."""
    found = dp_agreement.status(ctx.plan, ctx.pack, recipient)
    signed = found.agreement
    if found.valid and signed is not None:
        return markup("{}, reference {}.", found.label, signed.reference)
    if found.state == dp_agreement.DpAgreementState.CHANGED:
        return markup(
            "<b>{}.</b> Changed since: {}. No payment can be made until the agreement as it "
            "is now is signed.",
            found.label,
            "; ".join(change[:1].lower() + change[1:] for change in found.changes),
        )
    if found.state == dp_agreement.DpAgreementState.DATE_ONLY:
        return markup("<b>{}.</b> No payment can be made until then.", found.label)
    return markup("Not signed yet. No payment can be made until it is signed.")
