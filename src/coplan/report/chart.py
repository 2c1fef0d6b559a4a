"""The budget at a glance as pictures, drawn natively into the PDF with reportlab.graphics.

Bars are scaled from exact pence; every figure printed beside a bar comes from `Money.format`,
never from a float.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from coplan.domain.budget import BudgetSummary

from . import labels
from .fonts import BOLD, REGULAR
from .styles import ACCENT, INK, MUTED, RULE, new_drawing

PLANNED = ACCENT
INDICATIVE = colors.HexColor("#9aa7b8")
# Colour-blind-safe (Okabe–Ito) colours for the management options.
OPTION_COLOURS = (
    colors.HexColor("#0072b2"),
    colors.HexColor("#e69f00"),
    colors.HexColor("#009e73"),
)


def funding_chart(summary: BudgetSummary, width: float) -> Drawing:
    """Planned a year against the indicative budget a year, one pair of bars per council
    stream in use (one-offs and the school's own contribution are not compared)."""
    streams = [c.stream for c in summary.streams]
    label_width, value_width, bar_height, row_gap = 118, 80, 10, 12
    legend_height = 22
    height = legend_height + len(streams) * (2 * bar_height + row_gap) + 4
    drawing = new_drawing(width, height)
    largest = max(
        [summary.by_funding[s].yearly.pence for s in streams]
        + [summary.indicative_by_funding[s].pence for s in streams]
        + [1]
    )
    bar_space = width - label_width - value_width
    _legend(
        drawing,
        height - 12,
        [("Planned a year", PLANNED), ("Indicative budget a year", INDICATIVE)],
        width,
    )
    y = height - legend_height
    for stream in streams:
        drawing.add(
            String(
                0,
                y - bar_height - 4,
                labels.FUNDING[stream],
                fontName=BOLD,
                fontSize=9,
                fillColor=INK,
            )
        )
        for amount, colour in (
            (summary.by_funding[stream].yearly, PLANNED),
            (summary.indicative_by_funding[stream], INDICATIVE),
        ):
            y -= bar_height
            length = bar_space * max(amount.pence, 0) / largest
            drawing.add(
                Rect(
                    label_width,
                    y,
                    max(length, 0.5),
                    bar_height - 1,
                    fillColor=colour,
                    strokeColor=None,
                )
            )
            drawing.add(
                String(
                    label_width + length + 4,
                    y + 1.5,
                    amount.format(),
                    fontName=REGULAR,
                    fontSize=8,
                    fillColor=INK,
                )
            )
        y -= row_gap
    return drawing


def management_chart(summary: BudgetSummary, width: float) -> Drawing | None:
    """One bar split by how the yearly money is managed, with a legend giving each share
    (a year; one-off purchases are in the table, not in this bar)."""
    parts = [
        (labels.MANAGEMENT[option], cost.yearly, colour)
        for (option, cost), colour in zip(
            summary.by_management.items(), OPTION_COLOURS, strict=True
        )
    ]
    if summary.yearly.pence <= 0:
        return None
    legend = [
        (f"{label} {amount.format()} a year", colour) for label, amount, colour in parts if amount
    ]
    rows = _legend_rows(legend, width)
    height = 26 + 14 * len(rows)
    drawing = new_drawing(width, height)
    x = 0.0
    for _label, amount, colour in parts:
        length = width * max(amount.pence, 0) / summary.yearly.pence
        if length > 0:
            drawing.add(
                Rect(
                    x,
                    height - 20,
                    length,
                    16,
                    fillColor=colour,
                    strokeColor=colors.white,
                    strokeWidth=0.5,
                )
            )
        x += length
    _legend(drawing, height - 34, legend, width)
    return drawing


Entry = tuple[str, colors.Color]
LEGEND_SIZE = 8.5


def _entry_width(text: str) -> float:
    return 13 + stringWidth(text, REGULAR, LEGEND_SIZE) + 18


def _legend_rows(entries: Sequence[Entry], width: float) -> list[list[Entry]]:
    """Entries side by side, starting a new line where the next would not fit."""
    rows: list[list[Entry]] = [[]]
    used = 0.0
    for entry in entries:
        if rows[-1] and used + _entry_width(entry[0]) - 18 > width:
            rows.append([])
            used = 0.0
        rows[-1].append(entry)
        used += _entry_width(entry[0])
    return rows


def _legend(drawing: Drawing, top: float, entries: Sequence[Entry], width: float) -> None:
    for number, row in enumerate(_legend_rows(entries, width)):
        x, y = 0.0, top - 14 * number
        for text, colour in row:
            drawing.add(Rect(x, y - 1, 9, 9, fillColor=colour, strokeColor=RULE, strokeWidth=0.3))
            drawing.add(
                String(x + 13, y, text, fontName=REGULAR, fontSize=LEGEND_SIZE, fillColor=MUTED)
            )
            x += _entry_width(text)
