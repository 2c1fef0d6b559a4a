"""Each item of provision: what, how much, how often, who, the needs and outcomes it meets,
who pays, how it is managed, where, the cost (a year, or once for a one-off purchase), and the
premises agreement it depends on.

The school is never named here: an item on a setting's premises says "At the school or setting"
(Section I stays blank in a draft); the setting is named only in the premises agreement part.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph

from coplan.domain.dates import format_long
from coplan.domain.model import ProvisionItem

from .. import labels
from ..context import ReportContext
from ..styles import (
    CONTENT_WIDTH,
    DANGER_EDGE,
    GOOD_EDGE,
    Figure,
    data_table,
    heading,
    height_of,
    para,
    styles,
)
from ..text import bold, escape, join, markup

TITLE = "Each item of provision"
COLUMNS = (
    "Provision: what, how much, how often, who, where",
    "Needs and outcomes it meets",
    "Cost",
)
WIDTHS = tuple(CONTENT_WIDTH * f for f in (0.42, 0.36, 0.22))


def story(ctx: ReportContext) -> list[Flowable]:
    s = styles()
    intro = para(
        "Every item says what the support is, how much of it there is and how often, who "
        "provides it, where it happens, who pays for it and how the money is managed, and "
        "which needs and outcomes it is for. The law requires the needs and outcomes for "
        "every direct payment.",
        s.body,
    )
    if not ctx.plan.items:
        empty = para("There are no items in this personal budget.", s.body)
        return [*heading(TITLE), intro, empty]
    rows = [_row(ctx, number, item) for number, item in enumerate(ctx.plan.items, 1)]
    summary = ctx.summary
    # Non-breaking spaces keep "£7,296.00 a year" and "plus £678.99 once" each on one line.
    total = markup("<b>{}&nbsp;a&nbsp;year</b>", summary.yearly.format())
    if summary.once:
        total = markup("{}<br/><b>plus&nbsp;{}&nbsp;once</b>", total, summary.once.format())
    rows.append([bold("Total of all items"), "", total])
    table = data_table(COLUMNS, rows, WIDTHS, right_columns=(2,), total_row=True)
    # Keep the heading with the introduction and at least the first item.
    first_item = data_table(COLUMNS, rows[:1], WIDTHS, right_columns=(2,))
    return [*heading(TITLE, room=height_of([intro, first_item])), intro, table]


def _row(ctx: ReportContext, number: int, item: ProvisionItem) -> list[object]:
    return [
        _provision(ctx, number, item),
        _needs_and_outcomes(ctx, item),
        Figure(item.cost_text()),
    ]


def _provision(ctx: ReportContext, number: int, item: ProvisionItem) -> Paragraph:
    """One paragraph, line by line: a table of 200 items has to be quick to lay out."""
    quantity = item.quantity_text()
    lines = [
        markup("<b>{}. {}</b>", number, item.description.strip() or "(not described)"),
        escape(labels.sentence(quantity[:1].upper() + quantity[1:])),
    ]
    if item.delivered_by.strip():
        lines.append(markup("<i>Who:</i> {}", item.delivered_by.strip()))
    if item.when.strip():
        lines.append(markup("<i>When:</i> {}", item.when.strip()))
    lines += [
        markup("<i>Where:</i> {}", labels.LOCATION[item.location]),
        markup(
            "<i>Paid by:</i> {} · <i>Managed as:</i> {}",
            labels.FUNDING[item.funding],
            labels.MANAGEMENT[item.management].lower(),
        ),
    ]
    status = ctx.line_status(item)
    if status is not None:
        # Where the line is: what it still waits for (red), or the agreement it rests on.
        lines.append(
            markup(
                "<i>Premises agreement:</i> <font color='{}'><b>{}</b></font>",
                _hex(GOOD_EDGE if status.settled else DANGER_EDGE),
                status.text,
            )
        )
    return para(join("<br/>", lines), styles().cell)


def _hex(colour) -> str:
    return "#" + colour.hexval()[2:]


def _needs_and_outcomes(ctx: ReportContext, item: ProvisionItem) -> Paragraph:
    """One paragraph, one line per need and outcome, each starting with what it is."""
    lines = [
        markup("<b>{}:</b> {}", labels.NEED_SECTION[need.section], need.summary.strip())
        for need in ctx.needs_of(item)
    ]
    for outcome in ctx.outcomes_of(item):
        by = f" (by {format_long(outcome.target_date)})" if outcome.target_date else ""
        lines.append(markup("<b>Outcome</b>{}<b>:</b> {}", by, outcome.text.strip()))
    return para(join("<br/>", lines) if lines else "None recorded", styles().cell_lines)
