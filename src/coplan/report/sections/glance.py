"""Section J opens: what it is, the key words, and the personal budget at a glance."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether

from coplan.domain.dates import format_long
from coplan.domain.model import FundingStream, IndicativeSource, ManagementOption, OverallOption
from coplan.domain.money import Money

from .. import labels
from ..chart import funding_chart
from ..context import ReportContext
from ..styles import (
    CONTENT_WIDTH,
    Figure,
    callout,
    data_table,
    facts_table,
    gap,
    heading,
    para,
    styles,
    subheading,
)
from ..text import Markup, bold, join, markup


def story(ctx: ReportContext) -> list[Flowable]:
    s = styles()
    out: list[Flowable] = [
        *heading("Section J: Personal budget, including arrangements for direct payments"),
        para(labels.SECTION_J, s.body),
    ]
    meeting = _meeting_line(ctx)
    if meeting:
        out.append(para(meeting, s.body))
    out += [subheading("Key words"), facts_table(_key_words(ctx), label_width=44 * mm), gap(4)]
    out += _at_a_glance(ctx)
    return out


def _meeting_line(ctx: ReportContext) -> Markup | None:
    meeting = ctx.plan.meeting
    if meeting.held_on is None and not meeting.attendees:
        return None
    people = join(
        "; ",
        [
            markup("{} ({})", a.name.strip(), labels.ATTENDEE_ROLE[a.role])
            for a in meeting.attendees
            if a.name.strip()
        ],
    )
    when = markup(" on {}", format_long(meeting.held_on)) if meeting.held_on else Markup("")
    text = markup(
        "Agreed together at the co-production meeting ({}){}.",
        labels.MEETING_KIND[meeting.kind],
        when,
    )
    if people:
        text = markup("{} Present: {}.", text, people)
    return text


def _explained(term: str, pack_text: str, fallback: str = "") -> tuple[Markup, str]:
    return bold(term), labels.explanation(term, pack_text, fallback)


def _key_words(ctx: ReportContext) -> list[tuple[Markup, str]]:
    wording, options = ctx.pack.wording, {i.management for i in ctx.plan.items}
    rows = [_explained("Personal budget", "", labels.PERSONAL_BUDGET)]
    if wording.indicative_budget.strip():
        rows.append(_explained("Indicative budget", wording.indicative_budget))
    if ManagementOption.DIRECT_PAYMENT in options:
        rows.append(_explained("Direct payment", wording.direct_payment))
    if ManagementOption.ORGANISED in options:
        rows.append(_explained("Organised arrangement", wording.organised_arrangement))
    if ManagementOption.THIRD_PARTY in options:
        rows.append(_explained("Third-party arrangement", wording.third_party))
    if len(options) > 1:
        rows.append(_explained("Mixed", "", "Some items are managed one way and some another."))
    if ctx.statuses:
        rows.append(_explained("Premises agreement", "", labels.PREMISES_AGREEMENT))
    return [row for row in rows if row[1]]


def _at_a_glance(ctx: ReportContext) -> list[Flowable]:
    s, summary = styles(), ctx.summary
    out: list[Flowable] = [
        subheading("The personal budget at a glance"),
        para(markup("{}", summary.total_text()), s.big_number),
        *_school_share(ctx, s.note),
        para("Planned against the indicative budget, stream by stream", s.h2),
        para(
            "Each funding stream is separate money and is compared with its own indicative "
            "figure, a year. One-off purchases are paid once and are shown beside the yearly "
            "figures, not in the comparison.",
            s.note,
        ),
    ]
    rows = []
    for comparison in summary.streams or [summary.stream(FundingStream.EDUCATION)]:
        planned = comparison.planned
        rows.append(
            [
                labels.FUNDING[comparison.stream],
                Figure(planned.yearly.format()),
                # No starting figure is not a figure of £0.00 (the difference says which).
                Figure(
                    comparison.indicative.format() if comparison.has_starting_figure else "none"
                ),
                Figure(
                    _difference(planned.yearly, comparison.indicative)
                    if comparison.has_starting_figure
                    else "no starting figure"
                ),
                Figure(planned.once.format() if planned.once else "none"),
            ]
        )
    council = summary.council
    rows.append(
        [
            bold(labels.COUNCIL_TOTAL if summary.school else "Total"),
            Figure(council.yearly.format()),
            Figure(summary.indicative_total.format()),
            Figure("see each stream"),  # streams are separate money: no total difference
            Figure(council.once.format() if council.once else "none"),
        ]
    )
    widths = [CONTENT_WIDTH * f for f in (0.25, 0.17, 0.19, 0.21, 0.18)]
    out.append(
        data_table(
            ["Funding stream", "Planned a year", "Indicative a year", "Difference a year", "Once"],
            rows,
            widths,
            right_columns=(1, 2, 3, 4),
            total_row=True,
        )
    )
    school = summary.school
    if school:
        out.append(
            para(
                markup(
                    "Beside the budget: <b>the school's own contribution, {}</b>. It is the "
                    "school's money, not part of the council's indicative budget, so it is not "
                    "compared with it.",
                    school.text(),
                ),
                s.note,
            )
        )
    out += [gap(4), *_indicative_notes(ctx)]
    chart = funding_chart(summary, CONTENT_WIDTH)
    if chart is not None and (summary.council or summary.indicative_total):
        out.append(KeepTogether([gap(2), chart, gap(4)]))
    out += _by_management(ctx)
    return out


def _school_share(ctx: ReportContext, style) -> list[Flowable]:
    """Under the headline: the school's own contribution is in it, the council's total is not."""
    summary = ctx.summary
    if not summary.school:
        return []
    return [
        para(
            markup("{}", labels.school_share_text(summary.school.text(), summary.council.text())),
            style,
        )
    ]


def _difference(planned: Money, indicative: Money) -> str:
    difference = planned - indicative
    if difference.pence > 0:
        return f"{difference.format()} over"
    if difference.pence < 0:
        return f"{abs(difference).format()} under"
    return "none"


def _indicative_notes(ctx: ReportContext) -> list[Flowable]:
    s, indicative, summary = styles(), ctx.plan.indicative, ctx.summary
    notes: list[Flowable] = []
    if not summary.indicative_total and not indicative.override:
        notes.append(para("No indicative budget was recorded for this plan.", s.note))
    elif indicative.source is IndicativeSource.RAS:
        band = next((b for b in ctx.pack.ras.bands if b.id == indicative.ras_band), None)
        notes.append(
            para(
                markup(
                    "Where the indicative budget comes from: {}, {} points, {}.",
                    ctx.pack.ras.name,
                    indicative.ras_score if indicative.ras_score is not None else "no",
                    band.label if band else "no band",
                ),
                s.note,
            )
        )
    elif indicative.manual_reason.strip():
        notes.append(
            para(
                markup("Where the indicative budget comes from: {}", indicative.manual_reason),
                s.note,
            )
        )
    override = indicative.override
    if override is not None:
        decided = f" on {format_long(override.decided_on)}" if override.decided_on else ""
        by = f" by {override.decided_by.strip()}" if override.decided_by.strip() else ""
        notes.append(
            para(
                markup(
                    "The indicative budget was changed by a panel decision{}{}: {}",
                    decided,
                    by,
                    override.reason.strip() or "no reason recorded",
                ),
                s.note,
            )
        )
    for comparison in summary.over_streams:
        reason = ctx.plan.over_budget_reasons.get(comparison.stream, "").strip()
        notes.append(
            callout(
                para(
                    markup(
                        "<b>{}: {}.</b> Why: {}",
                        labels.FUNDING[comparison.stream],
                        comparison.difference_text()
                        if comparison.has_starting_figure
                        else f"{comparison.planned.yearly.format()} a year, with "
                        f"{comparison.difference_text()}",
                        labels.sentence(reason) or "no reason has been recorded yet.",
                    ),
                    s.body.clone("reason", spaceAfter=0),
                ),
                "warning" if reason else "danger",
            )
        )
    return notes


def _by_management(ctx: ReportContext) -> list[Flowable]:
    s, summary = styles(), ctx.summary
    rows = []
    for option in ManagementOption:
        count = len(ctx.items_managed_as(option))
        cost = summary.by_management[option]
        rows.append(
            [
                labels.MANAGEMENT[option],
                Figure(count),
                Figure(cost.yearly.format()),
                Figure(cost.once.format() if cost.once else "none"),
            ]
        )
    rows.append(
        [
            bold("Total"),
            Figure(len(ctx.plan.items)),
            Figure(summary.yearly.format()),
            Figure(summary.once.format() if summary.once else "none"),
        ]
    )
    overall = summary.overall_option
    overall_text = markup("<b>Overall: {}.</b>", labels.OVERALL[overall])
    if overall is OverallOption.MIXED:
        overall_text = markup("{} Each item below says how it is managed.", overall_text)
    widths = [CONTENT_WIDTH * f for f in (0.46, 0.12, 0.22, 0.20)]
    table = data_table(
        ["How the money is managed", "Items", "A year", "Once"],
        rows,
        widths,
        right_columns=(1, 2, 3),
        total_row=True,
    )
    out: list[Flowable] = [
        KeepTogether(
            [para("By how the money is managed", s.h2), table, gap(4), para(overall_text, s.body)]
        )
    ]
    return out
