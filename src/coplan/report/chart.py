"""The budget at a glance as a picture, drawn natively into the PDF with reportlab.graphics.

Bars are scaled from exact pence; every figure printed beside a bar comes from `Money.format`,
never from a float.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.lib.attrmap import AttrMap, AttrMapValue
from reportlab.lib.validators import isString
from reportlab.pdfbase.pdfmetrics import stringWidth

from coplan.domain.budget import BudgetSummary

from . import labels
from .fonts import BOLD, REGULAR
from .styles import ACCENT, INK, MUTED, RULE

PLANNED = ACCENT
INDICATIVE = colors.HexColor("#9aa7b8")
ONCE = colors.HexColor("#e69f00")  # Okabe–Ito orange: told apart from the blues by anyone


class Chart(Drawing):
    """A drawing that carries its own words (`alt_text`): the plain-text fallback for a reader
    that cannot see it (the Word export, a screen reader)."""

    _attrMap = AttrMap(BASE=Drawing, alt_text=AttrMapValue(isString, desc="the chart in words"))

    def __init__(self, width: float, height: float, alt_text: str = "") -> None:
        super().__init__(width, height)
        self.alt_text = alt_text
        self.initialFontName = REGULAR  # not Helvetica, which would be added to the PDF
        self.initialFontSize = 9


def funding_chart(summary: BudgetSummary, width: float) -> Chart | None:
    """Each council stream's planned yearly cost against its own indicative figure, one row per
    stream: the indicative figure as a pale bar, the planned cost as a darker bar over it, and
    the values and the difference written beside them. One-off purchases apart, in rows of
    their own (paid once, never compared with a yearly figure). Nothing is drawn for £0: a
    stream with no cost and no figure is left out, and a £0 bar is only words, never a sliver.

    `chart.alt_text` says the same in words, for a reader that cannot see the picture (the
    Word export and screen readers)."""
    streams = summary.streams
    once = [c for c in streams if c.planned.once]
    if not streams:
        return None
    label_width, row, group_gap = 78, 21, 10
    height = 18 + len(streams) * row + (group_gap + 12 + len(once) * 14 if once else 0)
    drawing = Chart(width, height)
    labels_text = [_yearly_label(c) for c in streams] + [
        f"{c.planned.once.format()} once" for c in once
    ]
    room = max(stringWidth(text, REGULAR, 8) for text in labels_text) + 8
    largest = max(
        [c.planned.yearly.pence for c in streams]
        + [c.indicative.pence for c in streams]
        + [c.planned.once.pence for c in once]
        + [1]
    )
    space = max(width - label_width - room, 40)
    legend = [("Planned a year", PLANNED), ("Indicative budget a year", INDICATIVE)]
    if once:
        legend.append(("Paid once (one-off purchases)", ONCE))
    _legend(drawing, height - 10, legend, width)
    y = height - 18
    for comparison in streams:
        y -= row
        drawing.add(_text(0, y + 7, labels.FUNDING[comparison.stream], bold=True))
        # The indicative figure: a pale bar the full height of the row's track.
        _bar(drawing, label_width, y + 1, space, largest, comparison.indicative, INDICATIVE, 16)
        # The planned cost over it, narrower, so both show where they overlap.
        _bar(drawing, label_width, y + 5, space, largest, comparison.planned.yearly, PLANNED, 8)
        end = max(
            _length(space, largest, comparison.indicative),
            _length(space, largest, comparison.planned.yearly),
        )
        drawing.add(_text(label_width + end + 4, y + 9, _yearly_label(comparison)))
        figure = (
            f"{comparison.indicative.format()} indicative"
            if comparison.has_starting_figure
            else "no indicative figure"
        )
        drawing.add(_text(label_width + end + 4, y + 1, figure, muted=True))
    if once:
        y -= group_gap + 10
        drawing.add(_text(0, y, "Paid once, not compared with the yearly figures", bold=True))
        for comparison in once:
            y -= 14
            amount = comparison.planned.once
            drawing.add(_text(0, y + 2, labels.FUNDING[comparison.stream]))
            _bar(drawing, label_width, y + 1, space, largest, amount, ONCE, 9)
            drawing.add(
                _text(
                    label_width + _length(space, largest, amount) + 4,
                    y + 2,
                    f"{amount.format()} once",
                )
            )
    drawing.alt_text = chart_words(summary)
    # The same words line by line, for the Word export's picture (issue 11b's word.py reads
    # `_text_equivalent` from a Drawing).
    drawing._text_equivalent = chart_lines(summary)
    return drawing


def chart_lines(summary: BudgetSummary) -> list[str]:
    """The chart in words, one line per stream (and one for the one-off purchases)."""
    lines = ["Planned against the indicative budget, a year:"]
    for comparison in summary.streams:
        against = (
            f", against {comparison.indicative.format()} indicative"
            if comparison.has_starting_figure
            else ", no indicative figure"
        )
        lines.append(f"{labels.FUNDING[comparison.stream]}: {_yearly_label(comparison)}{against}")
    once = [c for c in summary.streams if c.planned.once]
    if once:
        lines.append(
            "Paid once, not compared: "
            + "; ".join(f"{labels.FUNDING[c.stream]} {c.planned.once.format()}" for c in once)
        )
    return lines


def chart_words(summary: BudgetSummary) -> str:
    """The chart in words: each stream's planned yearly cost against its indicative figure,
    and the one-off purchases apart."""
    parts = []
    for comparison in summary.streams:
        parts.append(
            f"{labels.FUNDING[comparison.stream]}: {_yearly_label(comparison)}"
            + (
                f" against {comparison.indicative.format()} indicative a year"
                if comparison.has_starting_figure
                else ", no indicative figure"
            )
            + (f"; {comparison.planned.once.format()} once" if comparison.planned.once else "")
            + "."
        )
    return "Planned against the indicative budget. " + " ".join(parts)


def _yearly_label(comparison) -> str:
    planned = comparison.planned.yearly
    text = f"{planned.format()} a year" if planned else "none a year"
    if comparison.has_starting_figure and comparison.over:
        text += f" ({comparison.difference.format()} over)"
    elif comparison.has_starting_figure and comparison.under:
        text += f" ({abs(comparison.difference).format()} under)"
    return text


def _length(space: float, largest: int, amount) -> float:
    return space * max(amount.pence, 0) / largest


def _bar(drawing, left: float, y: float, space: float, largest: int, amount, colour, height):
    """A bar for a positive amount; nothing at all for £0 (never a sliver)."""
    length = _length(space, largest, amount)
    if amount.pence > 0 and length > 0:
        drawing.add(Rect(left, y, max(length, 1), height, fillColor=colour, strokeColor=None))


def _text(x: float, y: float, text: str, *, bold: bool = False, muted: bool = False) -> String:
    return String(
        x,
        y,
        text,
        fontName=BOLD if bold else REGULAR,
        fontSize=8.5 if bold else 8,
        fillColor=MUTED if muted else INK,
    )


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
