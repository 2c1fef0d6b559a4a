"""What happens next: when the draft was served, the last day for comments, how to respond,
Section I left blank, and the review dates. Timescales and wording from the policy pack.
"""

from __future__ import annotations

from reportlab.platypus import Flowable

from coplan.domain.dates import format_long
from coplan.domain.model import ManagementOption, MeetingKind
from coplan.domain.naming import UNNAMED_WORDS
from coplan.domain.officer import officer_lines

from .. import labels
from ..context import ReportContext
from ..styles import facts_table, heading, height_of
from ..text import join, markup


def story(ctx: ReportContext) -> list[Flowable]:
    plan, pack = ctx.plan, ctx.pack
    timescales = pack.timescales
    rows = _final_rows(ctx) if ctx.final else _draft_rows(ctx)
    if any(item.management is ManagementOption.DIRECT_PAYMENT for item in plan.items):
        rows.append(
            (
                "First review of the direct payment",
                f"Within {labels.how_many(timescales.first_dp_review_months, 'month')} of the "
                "first payment.",
            )
        )
    rows.append(("Your case officer", officer_contact(ctx)))
    rows.append(
        (
            "Next review of the plan",
            markup(
                "{} (plans are reviewed at least every {})",
                format_long(plan.next_review_on) or "Date not set yet",
                labels.how_many(timescales.review_months, "month"),
            ),
        )
    )
    # The heading keeps its first rows; the rest may run on to the next page.
    table = facts_table(rows)
    return [*heading("What happens next", room=height_of([facts_table(rows[:2])])), table]


def officer_contact(ctx: ReportContext) -> object:
    """Who the family (and anyone consulted) talks to: the officer's name, role, email, phone."""
    lines = officer_lines(ctx.original.officer)
    if not lines:
        return f"Your case officer at {ctx.pack.council.strip() or 'the council'}."
    return join("<br/>", [markup("{}", line) for line in lines])


def _final_rows(ctx: ReportContext) -> list[tuple[object, object]]:
    plan = ctx.original
    return [
        ("Final plan issued on", format_long(plan.issued_on or ctx.today)),
        ("Section I: school or college", plan.section_i.strip() or "Not named"),
    ]


def _sent_to(ctx: ReportContext) -> str:
    return "; ".join(
        f"{_in_a_list(c.name.strip())} ({labels.CONSULTEE_ROLE[c.role]}, "
        f"{labels.SERVICE_METHOD[c.method]})"
        for c in ctx.plan.served_to
    )


def _in_a_list(name: str) -> str:
    """A school's name taken out of a draft reads "the school" in a list, not "The school"."""
    for words in UNNAMED_WORDS.values():
        if name.startswith(words[:1].upper() + words[1:]):
            return words + name[len(words) :]
    return name


def _draft_rows(ctx: ReportContext) -> list[tuple[object, object]]:
    plan, pack = ctx.plan, ctx.pack
    timescales = pack.timescales
    days = timescales.comment_period_days
    if plan.comment_deadline:
        deadline = markup(
            "<b>{}</b> (at least {} days, beginning with the day this draft was sent)",
            format_long(plan.comment_deadline),
            days,
        )
    else:
        deadline = f"At least {days} days, beginning with the day this draft is sent to you."
    rows: list[tuple[object, object]] = [
        (
            "Date this draft was sent to you (served)",
            format_long(plan.served_on) or "Not sent yet",
        ),
        *((("Sent to", _sent_to(ctx)),) if plan.served_to else ()),
        ("Last day for comments", deadline),
        ("How to respond", pack.wording.how_to_respond),
        (
            "Section I: school or college",
            "Left blank in this draft. A draft plan does not name a school or college; you can "
            "tell us which one you would like named in the final plan.",
        ),
    ]
    if plan.meeting.kind is MeetingKind.NEW_PLAN:
        weeks = labels.how_many(timescales.final_plan_weeks, "week")
        rows.append(
            (
                "Final plan",
                f"The council must issue the final plan by {format_long(plan.final_due_on)}, "
                f"{weeks} from the request for an assessment."
                if plan.final_due_on
                else f"The council must issue the final plan within {weeks} of the request for "
                "an assessment.",
            )
        )
    return rows
