"""Near the start of a draft: one short box of everything still to settle before the plan can
be final, in plain words (`domain.open_items.still_to_settle`). A final plan has none."""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether

from ..context import ReportContext
from ..styles import bullets, callout, gap, para, styles
from ..text import escape, markup

TITLE = "Still to settle before the plan is final"


def story(ctx: ReportContext) -> list[Flowable]:
    if ctx.final:
        return []
    s = styles()
    open_points = ctx.still_to_settle()
    if not open_points:  # a draft always has its comment period open: not reached today
        return []
    box = callout(
        [
            para(markup("<b>{}</b>", TITLE), s.callout),
            para(
                # Not every point is marked again below (the comment deadline and Section I
                # are not), so the box does not claim they are.
                "This draft can be commented on as it is. These points are still open.",
                s.body.clone("open_intro", spaceAfter=2),
            ),
            *bullets([escape(point) for point in open_points]),
        ],
        "warning",
    )
    return [KeepTogether([box]), gap(4)]
