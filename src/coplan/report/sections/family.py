"""Page 1: the draft in plain English for the family, in short sentences and large type."""

from __future__ import annotations

from reportlab.platypus import Flowable

from coplan.domain import dp_agreement
from coplan.domain.dates import format_long
from coplan.domain.fingerprint import AgreementState
from coplan.domain.model import ManagementOption

from .. import labels
from ..context import ReportContext
from ..styles import bullets, callout, gap, para, styles
from ..text import Markup, bold, escape, markup

ITEMS_ON_FIRST_PAGE = 5


def story(ctx: ReportContext) -> list[Flowable]:
    s = styles()
    if ctx.final:
        title = markup("Personal budget for {}", ctx.called)
        opening = markup(
            "<b>This is the final plan, issued by the council on {}.</b> ",
            format_long(ctx.original.issued_on or ctx.today),
        )
    else:
        title = markup("Draft personal budget for {}", ctx.called)
        opening = markup(
            "<b>This is a draft for you to comment on. Nothing in it is final yet.</b> "
        )
    out: list[Flowable] = [
        para(title, s.title),
        para(
            markup(
                "{}It is Section J of {}'s Education, Health and Care (EHC) plan. It says how "
                "much money is set aside for support, what the money pays for, and who looks "
                "after it.",
                opening,
                ctx.called,
            ),
            s.family,
        ),
        gap(2),
        _deadline_box(ctx),
        gap(4),
    ]
    out += _what_was_agreed(ctx)
    out += _who_holds_the_money(ctx)
    out += _compared_with_indicative(ctx)
    out += _what_to_do_next(ctx)
    return out


def _family_heading(text: str) -> Flowable:
    s = styles()
    return para(text, s.h2.clone("family_h2", fontSize=13, leading=17, spaceBefore=8))


def _deadline_box(ctx: ReportContext) -> Flowable:
    s = styles()
    plan, days = ctx.plan, ctx.pack.timescales.comment_period_days
    lines = [para(markup("The personal budget is <b>{}</b>.", ctx.summary.total_text()), s.callout)]
    if ctx.summary.school:
        school, council = ctx.summary.school.text(), ctx.summary.council.text()
        lines.append(para(markup("{}", labels.school_share_text(school, council)), s.callout))
    if ctx.final:
        review = format_long(plan.next_review_on)
        lines.append(
            para(
                markup("It will be reviewed by <b>{}</b>.", review)
                if review
                else markup(
                    "It will be reviewed within {} months.", ctx.pack.timescales.review_months
                ),
                s.callout,
            )
        )
    elif plan.comment_deadline:
        lines.append(
            para(
                markup(
                    "Please tell us what you think by <b>{}</b>.",
                    format_long(plan.comment_deadline),
                ),
                s.callout,
            )
        )
    else:
        lines.append(
            para(
                markup(
                    "We have not sent you this draft formally yet. When we do, you will have at "
                    "least {} days to tell us what you think.",
                    days,
                ),
                s.callout,
            )
        )
    return callout(lines, "info")


def _what_was_agreed(ctx: ReportContext) -> list[Flowable]:
    s = styles()
    items = ctx.plan.items
    if not items:
        return [
            _family_heading("What was agreed"),
            para(f"No support paid for by a personal budget is in this {ctx.document}.", s.family),
        ]
    lines: list[Markup] = [
        markup("{}: <b>{}</b>", item.description.strip() or "(not described)", item.cost_text())
        for item in items[:ITEMS_ON_FIRST_PAGE]
    ]
    if len(items) > ITEMS_ON_FIRST_PAGE:
        more = len(items) - ITEMS_ON_FIRST_PAGE
        lines.append(
            escape(f"and {more} more. Every item is listed in full later in this {ctx.document}.")
        )
    return [
        _family_heading("What the money pays for"),
        *bullets(lines, s.family_bullet),
    ]


def _who_holds_the_money(ctx: ReportContext) -> list[Flowable]:
    s = styles()
    plan, summary = ctx.plan, ctx.summary
    lines: list[Markup] = []
    dp_total = summary.by_management[ManagementOption.DIRECT_PAYMENT]
    if dp_total:
        dp = plan.direct_payment
        who = (dp.recipient_name.strip() if dp else "") or "You"
        lines.append(
            markup(
                "<b>{}</b> will get <b>{}</b> as a <b>direct payment</b>, to buy that support{}.",
                who,
                dp_total.text(),
                " yourselves" if who == "You" else "",
            )
        )
        if ctx.schedule is not None:
            lines.append(markup("It is paid {}.", ctx.schedule.plain_words()))
    organised = summary.by_management[ManagementOption.ORGANISED]
    if organised:
        holder = plan.organised_holder.strip() or "The council"
        holder = holder[:1].upper() + holder[1:]
        lines.append(
            markup(
                "<b>{}</b> will hold <b>{}</b> and arrange that support with you.",
                holder,
                organised.text(),
            )
        )
    third = summary.by_management[ManagementOption.THIRD_PARTY]
    if third:
        organisation = (plan.third_party.organisation.strip() if plan.third_party else "") or (
            "An organisation you choose"
        )
        lines.append(
            markup(
                "<b>{}</b> will hold <b>{}</b> and arrange that support for you.",
                organisation,
                third.text(),
            )
        )
    if not lines:
        return []
    return [_family_heading("Who looks after the money"), *bullets(lines, s.family_bullet)]


def _compared_with_indicative(ctx: ReportContext) -> list[Flowable]:
    """Stream by stream: each kind of money is compared with its own starting figure."""
    s = styles()
    summary = ctx.summary
    if not summary.indicative_total:
        return []
    lines: list[Markup] = []
    for comparison in summary.streams:
        name = labels.FUNDING[comparison.stream]
        start = markup(
            "<b>{}</b>: the starting figure was {} a year", name, comparison.indicative.format()
        )
        if not comparison.has_starting_figure:
            reason = ctx.plan.over_budget_reasons.get(comparison.stream, "").strip()
            lines.append(
                markup(
                    "<b>{}</b>: {}; the plan costs {} a year.{}",
                    name,
                    comparison.difference_text(),
                    comparison.planned.yearly.format(),
                    f" Reason: {labels.sentence(reason)}" if reason else "",
                )
            )
        elif comparison.over:
            reason = ctx.plan.over_budget_reasons.get(comparison.stream, "").strip()
            lines.append(
                markup(
                    "{}; the plan costs {} a year more.{}",
                    start,
                    comparison.difference.format(),
                    f" Reason: {labels.sentence(reason)}" if reason else "",
                )
            )
        elif comparison.under:
            lines.append(
                markup(
                    "{}; the plan costs {} a year less.", start, abs(comparison.difference).format()
                )
            )
        else:
            lines.append(markup("{}; the plan costs exactly that.", start))
    notes = []
    if summary.council.once:
        notes.append(
            markup(
                "One-off purchases ({}, paid once) are not counted against these yearly figures.",
                summary.council.once.format(),
            )
        )
    if summary.school:
        notes.append(
            markup(
                "The school also pays {} from its own budget; that is the school's money, not "
                "part of the starting figure.",
                summary.school.text(),
            )
        )
    intro = para(
        markup(
            "The starting figure (the <b>indicative budget</b>) is worked out for each kind of "
            "money separately, so each is compared on its own."
        ),
        s.family,
    )
    out = [_family_heading("Compared with the starting figure"), intro]
    out += bullets(lines, s.family_bullet)
    out += [para(note, s.family) for note in notes]
    return out


def _what_to_do_next(ctx: ReportContext) -> list[Flowable]:
    s = styles()
    plan, pack = ctx.plan, ctx.pack
    steps: list[Markup] = [escape(f"Read this {ctx.document}. Check that it says what was agreed.")]
    if ctx.final:
        pass  # the comments are in: the plan is the council's
    elif plan.comment_deadline:
        steps.append(
            markup(
                "Tell us what you think by <b>{}</b>. {}",
                format_long(plan.comment_deadline),
                pack.wording.how_to_respond.strip(),
            )
        )
    else:
        steps.append(escape(pack.wording.how_to_respond.strip()))
    dp = plan.direct_payment
    if ctx.summary.by_management[ManagementOption.DIRECT_PAYMENT]:
        signed = dp_agreement.status(plan, pack)
        if signed.state == dp_agreement.DpAgreementState.CHANGED:
            steps.append(
                escape(
                    "Sign the direct payment agreement again: what it covers changed after it "
                    "was signed. No money can be paid until it is signed again."
                )
            )
        elif not signed.valid:
            steps.append(
                escape(
                    "Sign the direct payment agreement. No money can be paid until it is signed."
                )
            )
        if dp is None or not dp.dedicated_account_confirmed:
            steps.append(
                escape("Open a bank account used only for the direct payments, and tell us.")
            )
    states = {status.state for status in ctx.invalid_agreements.values()}
    if AgreementState.WITHDRAWN in states:
        steps.append(
            escape(
                "The school or setting has withdrawn its agreement to support on its premises "
                "paid by direct payment. We will talk to you about how to arrange it instead."
            )
        )
    elif states:
        steps.append(
            escape(
                "The school or setting needs to agree (again) to the support on its premises "
                "paid by direct payment. That support cannot start until it does."
            )
        )
    if plan.refusals:
        steps.append(
            markup(
                "Some of what you asked for was not agreed. {} explains why and how to ask for "
                "a review.",
                bold("“Requests not agreed”"),
            )
        )
    return [
        _family_heading("What to do next"),
        *[para(step, s.family_bullet, bullet=f"{n}.") for n, step in enumerate(steps, 1)],
    ]
