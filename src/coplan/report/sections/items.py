"""Each item of provision: its reference in Section F, G or H1/H2, what, how much, how often,
who, where, who pays, how it is managed, the premises agreement it depends on, the needs and
outcomes it meets (by code: each is printed once, in `trace.py`), and the cost (a year, or once
for a one-off purchase).

An education direct payment names its special educational needs and outcomes in words too,
because the law asks Section J for them (`domain.codes.needs_named_in_words`).

The school is never named here: an item on a setting's premises says "At the school or
college" (Section I stays blank in a draft); the setting is named only in the premises
agreement part.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph

from coplan.domain.model import ProvisionItem

from .. import labels
from ..context import ReportContext
from ..styles import (
    CONTENT_WIDTH,
    DANGER_EDGE,
    GOOD_EDGE,
    MUTED,
    Figure,
    data_table,
    heading,
    height_of,
    para,
    styles,
)
from ..text import Markup, bold, escape, join, markup

TITLE = "Each item of provision"
COLUMNS = ("Plan ref", "Provision: what, how much, how often, who, where", "Meets", "Cost")
WIDTHS = tuple(CONTENT_WIDTH * f for f in (0.08, 0.54, 0.17, 0.21))


def story(ctx: ReportContext) -> list[Flowable]:
    s = styles()
    intro = para(
        "Each item with its reference in the plan’s provision (Section F: special educational "
        "provision; G: health; H1 or H2: social care), the codes of the needs and outcomes it "
        "meets (written out under “What the budget is for”), and its cost.",
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
    rows.append(["", bold("Total of all items"), "", total])
    table = data_table(COLUMNS, rows, WIDTHS, right_columns=(3,), total_row=True)
    # Keep the heading with the introduction and at least the first item.
    first_item = data_table(COLUMNS, rows[:1], WIDTHS, right_columns=(3,))
    return [*heading(TITLE, room=height_of([intro, first_item])), intro, table]


def items_by_number(ctx: ReportContext, items) -> str:
    """'item 1 (F1), item 2 (F2) and item 5 (F4)': items by their number in the table of items
    and their reference in the plan (each is described in full once, there)."""
    numbers = {item.id: number for number, item in enumerate(ctx.plan.items, 1)}
    parts = []
    for item in items:
        ref = item.provision_ref.strip()
        parts.append(f"item {numbers.get(item.id, '?')}" + (f" ({ref})" if ref else ""))
    if len(parts) > 1:
        return ", ".join(parts[:-1]) + " and " + parts[-1]
    return parts[0] if parts else "no items"


def reference_text(item: ProvisionItem) -> Markup:
    """The line's reference in the plan, or (in a draft) that it is still to be given."""
    ref = item.provision_ref.strip()
    if ref:
        return markup("<b>{}</b>", ref)
    return markup("<font color='{}'><i>to be added</i></font>", _hex(MUTED))


def _row(ctx: ReportContext, number: int, item: ProvisionItem) -> list[object]:
    return [
        para(reference_text(item), styles().cell),
        _provision(ctx, number, item),
        para(codes_text(ctx, item), styles().cell),
        Figure(item.cost_text()),
    ]


def codes_text(ctx: ReportContext, item: ProvisionItem) -> Markup:
    """'Needs B1, B2<br/>Outcomes E1' (what the line is for, by code)."""
    needs = ctx.codes.of_needs(item)
    outcomes = ctx.codes.of_outcomes(item)
    lines = []
    if needs:
        lines.append(markup("Needs {}", ", ".join(needs)))
    if outcomes:
        lines.append(markup("Outcomes {}", ", ".join(outcomes)))
    return join("<br/>", lines) if lines else Markup("None recorded")


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
    lines.append(
        markup(
            "<i>Where:</i> {} · <i>Paid by:</i> {} · <i>Managed as:</i> {}",
            labels.LOCATION[item.location].lower(),
            labels.FUNDING[item.funding].lower(),
            labels.MANAGEMENT[item.management].lower(),
        )
    )
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
