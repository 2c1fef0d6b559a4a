"""At an annual review: what changed since the earlier version of the plan.

Added lines are marked "New", removed lines are struck through, changed amounts read
old → new; the rest of the change (how much, who, where…) is listed under the item.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph

from coplan.domain.budget import summarise
from coplan.domain.money import Cost

from ..compare import ChangeKind, ItemChange, compare_items
from ..context import ReportContext
from ..styles import CONTENT_WIDTH, data_table, heading, para, styles
from ..text import Markup, bold, markup, struck

WIDTHS = tuple(CONTENT_WIDTH * f for f in (0.13, 0.55, 0.32))
MARK = {ChangeKind.ADDED: "New", ChangeKind.REMOVED: "Removed", ChangeKind.CHANGED: "Changed"}


def story(ctx: ReportContext) -> list[Flowable]:
    previous = ctx.previous
    if previous is None:
        return []
    s = styles()
    changes = compare_items(previous, ctx.plan)
    out: list[Flowable] = [
        *heading(f"What has changed since version {previous.version}"),
        para(
            markup(
                "This compares the items with the previous version of the plan (version {}). "
                "New items are marked <b>New</b>, removed items are <strike>struck through</strike>, "
                "and changed amounts are shown as old → new.",
                previous.version,
            ),
            s.body,
        ),
    ]
    if not changes:
        out.append(para("No item has changed.", s.body))
    else:
        rows = [[bold(MARK[c.kind]), _what(c), _cost(c)] for c in changes]
        rows.append(["", bold("Total"), _amounts(summarise(previous).cost, ctx.summary.cost)])
        out.append(
            data_table(
                ["Change", "Item", "Cost: before → now"],
                rows,
                WIDTHS,
                right_columns=(2,),
                total_row=True,
            )
        )
        unchanged = len(ctx.plan.items) - sum(
            1 for c in changes if c.kind is not ChangeKind.REMOVED
        )
        if unchanged:
            out.append(para(f"Unchanged items: {unchanged}.", s.note))
    return out


def _what(change: ItemChange) -> list[Paragraph]:
    s = styles()
    name = change.item.description.strip() or "(not described)"
    if change.kind is ChangeKind.REMOVED:
        return [para(struck(name), s.cell), para(struck(change.item.quantity_text()), s.cell)]
    cell = [para(bold(name), s.cell)]
    if change.kind is ChangeKind.ADDED:
        cell.append(para(change.item.quantity_text(), s.cell))
    for detail in change.details:
        cell.append(
            para(
                markup("<i>{}:</i> {} → {}", detail.what, struck(detail.before), detail.after),
                s.cell_bullet,
                bullet="•",
            )
        )
    return cell


def _cost(change: ItemChange) -> Markup:
    return _amounts(change.cost_before, change.cost_after)


def _amounts(before: Cost | None, after: Cost | None) -> Markup:
    """'£429.00 once → £500.00 once', '£2,886.00 a year (no change)': always with the period."""
    if before is None and after is not None:
        return markup("— → <b>{}</b>", after.text())
    if after is None and before is not None:
        return markup("{} → —", struck(before.text()))
    if before is None or after is None:
        return Markup("—")
    if before == after:
        return markup("{} (no change)", after.text())
    return markup("{} → <b>{}</b>", before.text(), after.text())
