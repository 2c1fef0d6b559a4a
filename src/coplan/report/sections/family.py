"""Page 1: the draft (or the final plan) in plain words for the family, read in two minutes.

Short sentences in large type. Every item is listed, or — when there are too many for one page —
grouped by who pays, so that the lines always add up to the total in the box. Each term a parent
may not know is explained in a few words where it is first used (direct payment, indicative
budget, social care, and abbreviations people type, from `labels.FAMILY_TERMS`). The school is
"the school" (or "the college", "the nursery") where a draft must not name it, and the page
still reads as whole sentences. When the plan belongs to a young person over compulsory school
age, it speaks to them ("you") and of their family; otherwise it speaks to the parents, of the
child by name. The reading age is checked in tests/report/test_family_page.py.
"""

from __future__ import annotations

from reportlab.platypus import Flowable

from coplan.domain import dp_agreement
from coplan.domain.dates import format_long
from coplan.domain.fingerprint import AgreementState
from coplan.domain.model import FundingStream, ManagementOption, RecipientKind
from coplan.domain.naming import unnamed_setting
from coplan.domain.officer import officer_lines

from .. import labels
from ..context import ReportContext
from ..styles import bullets, callout, gap, para, styles
from ..text import Markup, join, markup

# Up to this many items are each listed with their cost; more are grouped by who pays.
ITEMS_LISTED = 8

STREAM_GROUPS = {
    FundingStream.EDUCATION: "Paid from education money",
    FundingStream.HEALTH: "Paid from health money",
    FundingStream.SOCIAL_CARE: "Paid from social care money",
    FundingStream.SCHOOL: "Paid by the school from its own money",
}


class _Words:
    """The page's voice: to the young person or to the parents, and the terms explained so far
    (each only where it is first used)."""

    def __init__(self, ctx: ReportContext) -> None:
        self.ctx = ctx
        self.to_young_person = ctx.to_young_person
        self.explained: set[str] = set()
        self.name = ctx.called

    # -- who is who -----------------------------------------------------------------------
    @property
    def whose(self) -> str:
        """'your' to a young person, "Amara's" to parents."""
        return "your" if self.to_young_person else f"{self.name}’s"

    @property
    def for_whom(self) -> str:
        return "you" if self.to_young_person else self.name

    def plain(self, text: str) -> str:
        """Typed text with each abbreviation a parent may not know explained at its first
        use on the page: 'CAMHS (the NHS service for children’s mental health)'."""
        return labels.explain_terms(text.strip(), self.explained)

    def explain_once(self, term: str, explanation: str) -> Markup:
        """' (explanation)' the first time a term is used on the page; nothing after."""
        if term in self.explained:
            return Markup("")
        self.explained.add(term)
        return markup(" ({})", explanation)

    def term(self, term: str, explanation: str) -> Markup:
        """'<b>direct payment</b> (money paid to you, so you can buy the support yourselves)',
        or just the term once it has been explained."""
        if term in self.explained:
            return markup("<b>{}</b>", term)
        self.explained.add(term)
        return markup("<b>{}</b> ({})", term, explanation)


def story(ctx: ReportContext) -> list[Flowable]:
    s = styles()
    words = _Words(ctx)
    out: list[Flowable] = [para(_title(ctx, words), s.title), para(_opening(ctx, words), s.family)]
    out += [gap(2), _total_box(ctx), gap(4)]
    out += _what_it_pays_for(ctx, words)
    out += _who_looks_after_it(ctx, words)
    out += _compared_with_the_starting_figure(ctx, words)
    out += _what_to_do_next(ctx, words)
    out += _who_to_talk_to(ctx)
    return out


def _family_heading(text: str) -> Flowable:
    s = styles()
    return para(text, s.h2.clone("family_h2", fontSize=13, leading=17, spaceBefore=7))


def _title(ctx: ReportContext, words: _Words) -> Markup:
    if words.to_young_person:
        kind = "Your personal budget" if ctx.final else "Your draft personal budget"
        return markup("{}, {}", kind, words.name)
    kind = "Personal budget" if ctx.final else "Draft personal budget"
    return markup("{} for {}", kind, words.name)


def _opening(ctx: ReportContext, words: _Words) -> Markup:
    if ctx.final:
        first = markup(
            "<b>This is the final plan. The council issued it on {}.</b>",
            format_long(ctx.original.issued_on or ctx.today),
        )
    else:
        first = markup("<b>This is a draft. Nothing in it is final yet.</b>")
    return markup(
        "{} It is part J of {} Education, Health and Care plan. It says how much money there is "
        "for {} support and what it pays for.",
        first,
        words.whose,
        "your" if words.to_young_person else f"{words.name}’s",
    )


def _total_box(ctx: ReportContext) -> Flowable:
    s = styles()
    plan, summary = ctx.plan, ctx.summary
    lines = [para(markup("The personal budget is <b>{}</b>.", summary.total_text()), s.callout)]
    if summary.school:
        share = labels.school_share_text(summary.school.text(), summary.council.text())
        lines.append(para(markup("{}", share), s.callout))
    if ctx.final:
        review = format_long(plan.next_review_on)
        text = (
            markup("It will be looked at again by <b>{}</b>.", review)
            if review
            else markup(
                "It will be looked at again within {}.",
                labels.how_many(ctx.pack.timescales.review_months, "month"),
            )
        )
    elif plan.comment_deadline:
        text = markup("The last day to reply is <b>{}</b>.", format_long(plan.comment_deadline))
    else:
        text = markup(
            "We have not sent you this draft formally yet. When we do, you will have at least "
            "{} days to reply.",
            ctx.pack.timescales.comment_period_days,
        )
    lines.append(para(text, s.callout))
    return callout(lines, "info")


def _what_it_pays_for(ctx: ReportContext, words: _Words) -> list[Flowable]:
    s, items = styles(), ctx.plan.items
    if not items:
        return [
            _family_heading("What the money pays for"),
            para(f"Nothing is paid for by a personal budget in this {ctx.document}.", s.family),
        ]
    if len(items) <= ITEMS_LISTED:
        lines = [
            markup(
                "{}: <b>{}</b>.",
                words.plain(labels.sentence(item.description).rstrip(".")) or "(not described)",
                item.cost_text(),
            )
            for item in items
        ]
        return [_family_heading("What the money pays for"), *bullets(lines, s.family_bullet)]
    # Too many to list on one page: grouped by who pays, each group's items and cost, so that
    # the groups add up to the total in the box. Every item is listed later in the document.
    lines = []
    for stream, group in STREAM_GROUPS.items():
        count = sum(1 for item in items if item.funding is stream)
        if count:
            lines.append(
                markup(
                    "{}: {}, <b>{}</b>.",
                    group,
                    labels.how_many(count, "item"),
                    ctx.summary.by_funding[stream].text(),
                )
            )
    return [
        _family_heading("What the money pays for"),
        para(
            markup(
                "There are {} items. Here they are by who pays. Each one is listed in full later "
                "in this {}.",
                len(items),
                ctx.document,
            ),
            s.family,
        ),
        *bullets(lines, s.family_bullet),
    ]


def _who_looks_after_it(ctx: ReportContext, words: _Words) -> list[Flowable]:
    s = styles()
    plan, summary = ctx.plan, ctx.summary
    lines: list[Markup] = []
    dp_total = summary.by_management[ManagementOption.DIRECT_PAYMENT]
    if dp_total:
        lines += _direct_payment_lines(ctx, words, dp_total.text())
    organised = summary.by_management[ManagementOption.ORGANISED]
    if organised:
        holder = labels.sentence(words.plain(plan.organised_holder)).rstrip(".")
        lines.append(
            markup(
                "<b>{}</b> is held for {} and spent on the support you agreed. This is an {}. "
                "It is held by {}.",
                organised.text(),
                "you" if words.to_young_person else words.name,
                words.term(
                    "organised arrangement", "the council, school or college holds the money"
                ),
                _in_a_sentence(holder) or "the council",
            )
        )
    third = summary.by_management[ManagementOption.THIRD_PARTY]
    if third:
        organisation = (plan.third_party.organisation if plan.third_party else "").strip()
        lines.append(
            markup(
                "<b>{}</b> is held by {} and spent on the support for you. This is a {}.",
                third.text(),
                _in_a_sentence(words.plain(organisation)) or "an organisation you choose",
                words.term(
                    "third-party arrangement",
                    "someone you choose holds the money and pays for the support",
                ),
            )
        )
    if not lines:
        return []
    return [_family_heading("Who looks after the money"), *bullets(lines, s.family_bullet)]


def _direct_payment_lines(ctx: ReportContext, words: _Words, amount: str) -> list[Markup]:
    dp = ctx.plan.direct_payment
    recipient = (dp.recipient_name.strip() if dp else "") or ""
    to_them = dp is not None and dp.recipient is RecipientKind.YOUNG_PERSON
    if words.to_young_person and (to_them or not recipient):
        who, yourselves = "You", "yourself"
    elif not words.to_young_person and dp is not None and dp.recipient is RecipientKind.PARENT:
        who, yourselves = recipient or "You", "yourselves"
    else:
        who, yourselves = recipient or "Someone you choose", "for you"
    explanation = (
        f"money paid to you, so you can buy the support {yourselves}"
        if yourselves != "for you"
        else "money paid to someone, who buys the support for you"
    )
    lines = [
        markup(
            "<b>{}</b> will get <b>{}</b> as a {}.",
            who,
            amount + ("," if "plus" in amount else ""),
            words.term("direct payment", explanation),
        )
    ]
    if ctx.schedule is not None:
        lines.append(markup("It is paid {}.", ctx.schedule.plain_words()))
    return lines


def _compared_with_the_starting_figure(ctx: ReportContext, words: _Words) -> list[Flowable]:
    """Stream by stream: each kind of money is compared with its own starting figure."""
    s, summary = styles(), ctx.summary
    if not summary.indicative_total:
        return []
    lines: list[Markup] = []
    for comparison in summary.streams:
        name = _stream_name(comparison.stream, words)
        planned = comparison.planned.yearly.format()
        reason = ctx.plan.over_budget_reasons.get(comparison.stream, "").strip()
        why = markup(" Why: {}", labels.sentence(words.plain(reason))) if reason else ""
        if not comparison.has_starting_figure:
            lines.append(
                markup("{}: {} a year. There was no starting figure for it.{}", name, planned, why)
            )
            continue
        start = comparison.indicative.format()
        if comparison.over:
            change = markup("{} more.{}", comparison.difference.format(), why)
        elif comparison.under:
            change = markup("{} less.", abs(comparison.difference).format())
        else:
            change = markup("the same.")
        lines.append(
            markup(
                "{}: {} a year. The starting figure was {} a year, so this is {}",
                name,
                planned,
                start,
                change,
            )
        )
    notes: list[Markup] = []
    if summary.council.once:
        notes.append(
            markup(
                "Things bought once ({}) are not counted against these yearly figures.",
                summary.council.once.format(),
            )
        )
    intro = markup(
        "The council first worked out a starting figure for each kind of money. This is called "
        "the {}. Each kind of money is compared with its own figure.",
        words.term("indicative budget", "the figure you plan with"),
    )
    return [
        _family_heading("Compared with the starting figure"),
        para(intro, s.family),
        *bullets(lines, s.family_bullet),
        *[para(note, s.family) for note in notes],
    ]


def _stream_name(stream: FundingStream, words: _Words) -> Markup:
    name = markup("<b>{}</b>", labels.FUNDING[stream])
    if stream is FundingStream.SOCIAL_CARE:
        return markup("{}{}", name, words.explain_once("social care", "help with daily life"))
    return name


def _what_to_do_next(ctx: ReportContext, words: _Words) -> list[Flowable]:
    s = styles()
    plan, pack = ctx.plan, ctx.pack
    steps: list[Markup] = [
        markup("Read this {}. Check that it says what was agreed.", ctx.document)
    ]
    respond = pack.wording.how_to_respond.strip()
    if not ctx.final and respond:
        if plan.comment_deadline:
            steps.append(
                markup(
                    "{} Please reply by <b>{}</b>.",
                    labels.sentence(respond),
                    format_long(plan.comment_deadline),
                )
            )
        else:
            steps.append(markup("{}", labels.sentence(respond)))
    dp = plan.direct_payment
    if ctx.summary.by_management[ManagementOption.DIRECT_PAYMENT]:
        signed = dp_agreement.status(plan, pack)
        if signed.state == dp_agreement.DpAgreementState.CHANGED:
            steps.append(
                markup(
                    "Sign the direct payment agreement again: it has changed since you signed "
                    "it. No money can be paid until you sign it again."
                )
            )
        elif not signed.valid:
            steps.append(
                markup(
                    "Sign the direct payment agreement. No money can be paid until it is signed."
                )
            )
        if dp is None or not dp.dedicated_account_confirmed:
            steps.append(markup("Open a bank account just for the direct payments, and tell us."))
    invalid = ctx.invalid_agreements
    if invalid:
        place = _places(ctx, list(invalid))
        states = {status.state for status in invalid.values()}
        if AgreementState.WITHDRAWN in states:
            steps.append(
                markup(
                    "{} no longer agrees to some support there that is paid by direct payment. "
                    "We will talk with you about how to arrange it instead.",
                    place,
                )
            )
        else:
            steps.append(
                markup(
                    "{} must agree to the support there that is paid by direct payment. That "
                    "support cannot start until it does.",
                    place,
                )
            )
    if plan.refusals:
        steps.append(
            markup(
                "Some of what you asked for was not agreed. The part called “Requests not "
                "agreed” says why, and how to ask for a review."
            )
        )
    return [
        _family_heading("What to do next"),
        *[para(step, s.family_bullet, bullet=f"{n}.") for n, step in enumerate(steps, 1)],
    ]


def _in_a_sentence(text: str) -> str:
    """Typed text placed after other words: 'The school, which holds…' → 'the school, which
    holds…' (a name such as 'Riverside College' is left as it is)."""
    text = text.strip()
    if text.startswith(("The ", "An ", "A ")):
        return text[:1].lower() + text[1:]
    return text


def _places(ctx: ReportContext, setting_ids: list[str]) -> str:
    """'The school', 'The college', or (final plan) the setting's name."""
    if ctx.final and len(setting_ids) == 1:
        setting = ctx.plan.setting(setting_ids[0])
        if setting is not None and setting.name.strip():
            return setting.name.strip()
    words = {unnamed_setting(ctx.original, sid) for sid in setting_ids}
    place = words.pop() if len(words) == 1 else "the school or college"
    return place[:1].upper() + place[1:]


def _who_to_talk_to(ctx: ReportContext) -> list[Flowable]:
    s = styles()
    lines = officer_lines(ctx.original.officer)
    if lines:
        text = markup("Your case officer is <b>{}</b>.", lines[0])
        if lines[1:]:
            text = markup("{}<br/>{}", text, join("<br/>", [markup("{}", x) for x in lines[1:]]))
    else:
        text = markup("Your case officer at {}.", ctx.pack.council.strip() or "the council")
    return [_family_heading("Who to talk to"), para(text, s.family)]
