"""What the budget is for: each need and outcome printed once with its code (B1, E2…, from
`domain.codes.plan_codes`), then one compact grid that follows every line from the needs it
meets, to the outcomes, to its provision in Section F, G or H1/H2, to its cost (a year, or
once). The rest of Section J refers to needs and outcomes by these codes.
"""

from __future__ import annotations

from reportlab.platypus import Flowable

from coplan.domain.dates import format_long
from coplan.domain.model import ManagementOption, ProvisionItem

from .. import labels
from ..context import ReportContext
from ..styles import CONTENT_WIDTH, MUTED, Figure, data_table, heading, height_of, para, styles
from ..text import Markup, bold, markup
from .items import reference_text

TITLE = "What the budget is for"
TABLE_COLUMNS = ("Code", "Need or outcome, in full", "Met by")
TABLE_WIDTHS = tuple(CONTENT_WIDTH * f for f in (0.08, 0.67, 0.25))
GRID_COLUMNS = ("Needs", "Outcomes", "Provision in the plan", "Cost")
GRID_WIDTHS = tuple(CONTENT_WIDTH * f for f in (0.14, 0.16, 0.48, 0.22))
SHORT_DESCRIPTION = 42  # characters of a line's description in the grid


def story(ctx: ReportContext) -> list[Flowable]:
    plan, s = ctx.plan, styles()
    if not plan.needs and not plan.outcomes and not plan.items:
        return []
    intro = para(
        "Each need and outcome once, in full, with the code the rest of Section J uses "
        "(B special educational needs, C health, D social care, E outcomes). “Met by” gives "
        "the items that meet it and, as the law asks, those paid by direct payment (to the "
        "family, or to a third party who holds the money for them).",
        s.body,
    )
    rows: list[list[object]] = []
    for need in plan.needs:
        rows.append(
            [
                bold(ctx.codes.needs[need.id]),
                markup("{}", labels.sentence(need.summary)),
                _met_by(ctx, lambda item, i=need.id: i in item.need_ids),
            ]
        )
    for outcome in plan.outcomes:
        by = f"by {format_long(outcome.target_date)}" if outcome.target_date else "no date set"
        rows.append(
            [
                bold(ctx.codes.outcomes[outcome.id]),
                markup(
                    "{} <font color='{}'>(Outcome, {})</font>",
                    labels.sentence(outcome.text),
                    _hex(MUTED),
                    by,
                ),
                _met_by(ctx, lambda item, i=outcome.id: i in item.outcome_ids),
            ]
        )
    out: list[Flowable] = []
    if rows:
        table = data_table(TABLE_COLUMNS, rows, TABLE_WIDTHS)
        first = data_table(TABLE_COLUMNS, rows[:1], TABLE_WIDTHS)
        out += [*heading(TITLE, room=height_of([intro, first])), intro, table]
    if plan.items:
        out += _grid(ctx)
    return out


def _met_by(ctx: ReportContext, meets) -> Markup:
    """'Items 1, 3 and 4; by direct payment: 1 and 4', or 'No item yet'. A third-party line is
    a direct payment in law but is counted as a third-party arrangement everywhere else in
    Section J, so it says so: 'by direct payment to a third party: 5'."""
    numbers = [n for n, item in enumerate(ctx.plan.items, 1) if meets(item)]
    if not numbers:
        return Markup("No item yet")
    kinds = (
        (ManagementOption.DIRECT_PAYMENT, "by direct payment"),
        (ManagementOption.THIRD_PARTY, "by direct payment to a third party"),
    )
    paid = [
        (
            words,
            [
                n
                for n, item in enumerate(ctx.plan.items, 1)
                if meets(item) and item.management is option
            ],
        )
        for option, words in kinds
    ]
    paid = [(words, found) for words, found in paid if found]
    text = markup("{} {}", "Item" if len(numbers) == 1 else "Items", _and(numbers))
    if len(paid) == 1 and paid[0][1] == numbers:
        return markup("{}, <b>{}{}</b>", text, "all " if len(numbers) > 1 else "", paid[0][0])
    for words, found in paid:
        text = markup("{}; <b>{}: {}</b>", text, words, _and(found))
    return text


def _and(numbers: list[int]) -> str:
    words = [str(n) for n in numbers]
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


def _hex(colour) -> str:
    return "#" + colour.hexval()[2:]


def short_description(item: ProvisionItem) -> str:
    """The line's description, cut at a word near `SHORT_DESCRIPTION` characters."""
    text = " ".join(item.description.split()) or "(not described)"
    if len(text) <= SHORT_DESCRIPTION:
        return text
    cut = text[:SHORT_DESCRIPTION].rsplit(" ", 1)[0].rstrip(",;:(")
    return cut + "…"


def _grid(ctx: ReportContext) -> list[Flowable]:
    s = styles()
    rows: list[list[object]] = []
    for number, item in enumerate(ctx.plan.items, 1):
        rows.append(
            [
                ", ".join(ctx.codes.of_needs(item)) or "none",
                ", ".join(ctx.codes.of_outcomes(item)) or "none",
                markup("{} · {}. {}", reference_text(item), number, short_description(item)),
                Figure(item.cost_text()),
            ]
        )
    summary = ctx.summary
    total = markup("<b>{}&nbsp;a&nbsp;year</b>", summary.yearly.format())
    if summary.once:
        total = markup("{}<br/><b>plus&nbsp;{}&nbsp;once</b>", total, summary.once.format())
    rows.append(["", "", bold("The whole personal budget"), para(total, s.cell_right)])
    note = para(
        "Every line of the budget, from the needs it meets to what it costs. The number is the "
        "item’s number in the table of items below.",
        s.note,
    )
    grid = data_table(GRID_COLUMNS, rows, GRID_WIDTHS, right_columns=(3,), total_row=True)
    first = data_table(GRID_COLUMNS, rows[:2], GRID_WIDTHS, right_columns=(3,))
    return [
        *heading("From need to money", room=height_of([note, first])),
        note,
        grid,
    ]
