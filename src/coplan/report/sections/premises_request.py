"""The one-page "request for premises agreement": what a head teacher, principal or early years
provider who was not at the meeting is asked to agree to, and a form to answer on.

Every detail of the items comes from `fingerprint.shown_to_head(plan, setting_id)` — the very
document the agreement's fingerprint covers, and the same one the sign-off screen shows — so the
page cannot show anything the agreement would not cover, nor anything else of the family's file
(no outcomes, needs, other items, other settings or the direct payment recipient). Besides it,
the page reads only the setting's head (name and role), the council's name and premises
conditions from the pack, and the case officer's name from the meeting.

The plain words for an item (how often, the cost, what is needed on site) and the head's title
are `domain.shown_words`, the same as the sign-off screen's, so that a head reads the same thing
on paper as on screen; this module only lays them out (one to a line, in bold where it matters).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Table, TableStyle

from coplan.domain import shown_words
from coplan.domain.dates import format_long, premises_reply_by
from coplan.domain.fingerprint import reference, shown_to_head
from coplan.domain.model import AttendeeRole, Plan, PlanStatus
from coplan.domain.policy import PolicyPack

from ..fonts import REGULAR
from ..styles import (
    ACCENT,
    ACCENT_LIGHT,
    CONTENT_WIDTH,
    INK,
    RULE,
    data_table,
    gap,
    para,
    styles,
)
from ..text import Markup, clean, markup

TITLE = "Request for agreement to direct payments used on your premises"

ITEM_COLUMNS_MM = (52, 42, 48)  # what, when, who; the cost takes the rest
WRITING_LINE = 19  # points between handwriting lines: about 6.7 mm
TICK = 9  # the side of a tick box, in points


@dataclass(frozen=True)
class Request:
    """Everything the page prints, worked out once (the header and metadata use it too)."""

    council: str
    setting_name: str
    head_name: str
    head_role: str
    child: str
    items: tuple[dict, ...]
    reference: str
    today: date
    case_officer: str
    conditions: tuple[str, ...]
    reply_by: date | None = None  # `dates.premises_reply_by`: working days, within the comments
    officer_role: str = ""
    officer_email: str = ""
    officer_phone: str = ""

    @property
    def addressee(self) -> str:
        """'Helen Whitfield, Head teacher', or 'the head teacher' when no name is recorded."""
        if self.head_name:
            return f"{self.head_name}, {self.head_role}"
        return f"the {self.head_role[:1].lower()}{self.head_role[1:]}"

    @property
    def returned_to(self) -> str:
        if self.case_officer:
            role = self.officer_role or "case officer"
            return f"{self.case_officer}, {role}, {self.council}"
        return f"your case officer at {self.council}"


def prepare(plan: Plan, setting_id: str, pack: PolicyPack, today: date) -> Request:
    """What to print for one setting; ValueError (a plain message) when there is nothing to ask."""
    setting = plan.setting(setting_id)
    if setting is None:
        raise ValueError("That setting is not in the plan.")
    shown = shown_to_head(plan, setting_id)
    name = setting.name.strip() or "This setting"
    role = shown_words.role_title(setting.kind, setting.head_role)
    if not shown["items"]:
        title = role[:1].lower() + role[1:]
        raise ValueError(
            f"{name} has nothing paid by direct payment (or by a third party) on its premises, "
            f"so there is nothing for its {title} to agree to."
        )
    # Who to reply to: the plan's officer contact ("Your details"), else the case officer
    # among the meeting's attendees.
    contact = plan.officer
    officer = contact.name.strip() or next(
        (
            a.name.strip()
            for a in plan.meeting.attendees
            if a.role is AttendeeRole.CASE_OFFICER and a.name.strip()
        ),
        "",
    )
    deadline = plan.comment_deadline if plan.status is PlanStatus.CONSULTATION else None
    return Request(
        council=pack.council.strip() or "The council",
        setting_name=shown["setting"]["name"].strip() or "your setting",
        head_name=setting.head_name.strip(),
        head_role=role,
        child=shown["child"].strip() or "(name not recorded)",
        items=tuple(shown["items"]),
        reference=reference(plan, setting_id),
        today=today,
        case_officer=officer,
        conditions=tuple(c.label for c in pack.premises_conditions),
        reply_by=premises_reply_by(today, pack.timescales.premises_reply_working_days, deadline),
        officer_role=contact.role.strip() if contact.name.strip() else "",
        officer_email=contact.email.strip(),
        officer_phone=contact.phone.strip(),
    )


# -- the cost cell: the plain words of `shown_words`, one to a line ------------------------------
def cost(item: dict) -> Markup:
    """'£2,250.00 / a year / £75.00 an hour / Health budget', or '£429.00 / once / …'."""
    amount = shown_words.cost_amount(item)
    source = shown_words.capitalised(shown_words.paid_from(item))
    if shown_words.is_one_off(item):
        return markup("<b>{}</b><br/>once (one-off)<br/>{}", amount, source)
    return markup("<b>{}</b><br/>a year<br/>{}<br/>{}", amount, shown_words.unit_rate(item), source)


# -- the page ---------------------------------------------------------------------------------
def story(request: Request, width: float = CONTENT_WIDTH) -> list[Flowable]:
    """The page, its tables `width` wide (wider than the page's text when it is to be shrunk,
    so that the tables shrink with the text)."""
    s = styles()
    body = s.body.clone("request_body", fontSize=9.5, leading=12.5, spaceAfter=0)
    title = s.title.clone("request_title", fontSize=13, leading=17, spaceAfter=5)
    h2 = s.h2.clone("request_h2", fontSize=10.5, leading=13, spaceBefore=6, spaceAfter=3)
    count = len(request.items)
    out: list[Flowable] = [
        para(TITLE, title),
        _addressed(request, width),
        gap(5),
        para(
            markup(
                "{}’s family would like to pay for {} below with a <b>direct payment</b> from "
                "the council. Because {} will be used or delivered at {}, the law needs the "
                "<b>written agreement</b> of its {} first. You can agree, agree with conditions, "
                "or decline. Nothing else from the family’s file is shared with you.",
                request.child,
                "the item" if count == 1 else f"the {count} items",
                "it" if count == 1 else "they",
                request.setting_name,
                # The role this setting's head holds ("head teacher"), not all three kinds.
                request.head_role[:1].lower() + request.head_role[1:],
            ),
            body,
        ),
        # Not kept with the whole table (which may be longer than a page): with its first rows.
        CondPageBreak(90),
        para("What would happen on your premises", h2.clone("request_h2_free", keepWithNext=0)),
        _items_table(request, width),
        gap(5),
        _reference(request, width),
    ]
    # The form is one block: on a page of its own if the items do not leave room for it.
    out.append(
        KeepTogether(
            [
                para("Your decision: tick one", h2),
                _decision_table(request, width),
                gap(4),
                _signature_table(width),
                gap(6),
                para(_return(request), body),
            ]
        )
    )
    return out


def _return(request: Request) -> Markup:
    """When and where to send the answer: the reply-by date, the case officer and how to reach
    them, and the reference to quote."""
    if request.officer_email:
        text = markup(
            "<b>Please reply by {}</b> to {}: email <b>{}</b> with a scan or photo of this page, "
            "or with your decision, any conditions or reasons, your name and role, quoting "
            "reference {}. You can also post this page.",
            format_long(request.reply_by),
            request.returned_to,
            request.officer_email,
            request.reference,
        )
    else:
        text = markup(
            "<b>Please reply by {}.</b> Return this page to {} (by post, or a scan or photo by "
            "email), or answer by email quoting reference {} with your decision, any "
            "conditions or reasons, and your name and role.",
            format_long(request.reply_by),
            request.returned_to,
            request.reference,
        )
    if request.officer_phone:
        text = markup("{} Questions: phone {}.", text, request.officer_phone)
    return text


def _reference(request: Request, width: float) -> Table:
    """The reference (the fingerprint's first characters) and what the decision covers, in a
    shaded box with a coloured edge (as `styles.callout`, at the given width)."""
    count = len(request.items)
    text = para(
        markup(
            "<b>Reference {}</b>, prepared on {}. Your decision covers exactly the {} above, as "
            "described here. If any of {} changes later (what it is, when, how often, who "
            "delivers it, what is needed on site, or the cost), your decision will no longer "
            "count and we will ask you again.",
            request.reference,
            format_long(request.today),
            "item" if count == 1 else f"{count} items",
            "it" if count == 1 else "them",
        ),
        styles().cell,
    )
    return Table(
        [[text]],
        colWidths=[width],
        hAlign="LEFT",
        style=TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), REGULAR, 9, 12),
                ("BACKGROUND", (0, 0), (-1, -1), ACCENT_LIGHT),
                ("LINEBEFORE", (0, 0), (0, -1), 4, ACCENT),
                ("LEFTPADDING", (0, 0), (-1, -1), 10),
                ("RIGHTPADDING", (0, 0), (-1, -1), 10),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ]
        ),
    )


def _addressed(request: Request, width: float) -> Table:
    """To whom and about whom, in a light box (who it is from and when: the header, the
    reference and the return address say)."""
    s = styles()

    def fact(label: str, value: object) -> Flowable:
        return para(markup("<b>{}</b>  {}", label, value), s.cell)

    to = request.addressee + ", " + request.setting_name
    left = width * 0.66
    return Table(
        [[fact("To", to), fact("About", request.child)]],
        colWidths=[left, width - left],
        hAlign="LEFT",
        style=TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), REGULAR, 9, 12),
                ("BACKGROUND", (0, 0), (-1, -1), ACCENT_LIGHT),
                ("BOX", (0, 0), (-1, -1), 0.75, RULE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 7),
                ("RIGHTPADDING", (0, 0), (-1, -1), 7),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ]
        ),
    )


def _items_table(request: Request, width: float) -> Table:
    rows = []
    for number, item in enumerate(request.items, start=1):
        what = item.get("description", "").strip() or "(no description)"
        when = item.get("when", "").strip() or "Not stated yet"
        who = item.get("delivered_by", "").strip() or "Not stated yet"
        rows.append(
            [
                markup("<b>{}. {}</b>", number, what),
                markup("{}<br/>{}", when, shown_words.how_often(item)),
                markup(
                    "{}<br/><i>On site they need:</i> {}", who, shown_words.needed_on_site(item)
                ),
                cost(item),
            ]
        )
    widths = [w * mm * width / CONTENT_WIDTH for w in ITEM_COLUMNS_MM]
    widths.append(width - sum(widths))
    return data_table(["What it is", "When and how often", "Who delivers it", "Cost"], rows, widths)


def _decision_table(request: Request, width: float) -> Table:
    s = styles()
    inner = width - 6 - (TICK + 12)  # the text column inside its right padding
    ticks = " (tick all that apply)" if request.conditions else ""
    conditions: list[Flowable] = [
        para(markup("<b>I agree, with these conditions</b>{}:", ticks), s.cell),
        gap(4),
    ]
    if request.conditions:
        conditions += [_conditions_grid(request.conditions, inner), gap(4)]
    conditions += [WritingLine(inner, label="Other conditions:"), WritingLine(inner)]
    rows = [
        [
            TickBox(),
            para(
                markup(
                    "<b>I agree</b> to these direct payments for the items above, as described."
                ),
                s.cell,
            ),
        ],
        [TickBox(), conditions],
        [
            TickBox(),
            [
                para(markup("<b>I do not agree.</b> My reasons (needed):"), s.cell),
                WritingLine(inner),
                WritingLine(inner),
            ],
        ],
    ]
    return Table(
        rows,
        colWidths=[TICK + 12, width - TICK - 12],
        hAlign="LEFT",
        style=TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), REGULAR, 9, 12),
                ("TEXTCOLOR", (0, 0), (-1, -1), INK),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BOX", (0, 0), (-1, -1), 0.75, RULE),
                ("LINEBELOW", (0, 0), (-1, -2), 0.5, RULE),
                ("LEFTPADDING", (0, 0), (0, -1), 6),
                ("RIGHTPADDING", (0, 0), (0, -1), 6),
                ("LEFTPADDING", (1, 0), (1, -1), 0),
                ("RIGHTPADDING", (1, 0), (1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        ),
    )


def _conditions_grid(labels: Sequence[str], width: float) -> Table:
    """The pack's conditions as tick boxes, in two columns (down the first, then the second)."""
    s = styles()
    half = (len(labels) + 1) // 2
    columns = [list(labels[:half]), list(labels[half:])]
    label_width = width / 2 - TICK - 6
    rows = []
    for row in range(half):
        cells: list[object] = []
        for column in columns:
            if row < len(column):
                cells += [TickBox(), para(column[row], s.cell)]
            else:
                cells += ["", ""]
        rows.append(cells)
    return Table(
        rows,
        colWidths=[TICK + 6, label_width, TICK + 6, label_width],
        hAlign="LEFT",
        style=TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), REGULAR, 9, 12),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        ),
    )


def _signature_table(width: float) -> Table:
    """Name, role, signature and date: lines to write on, each labelled underneath."""
    s = styles()
    label = s.small.clone("request_label", textColor=INK, leading=10)
    widths = [w * mm * width / CONTENT_WIDTH for w in (46, 52, 46)]
    widths.append(width - sum(widths))

    def field(column: float, name: str, hint: str = "") -> list[Flowable]:
        text = markup("<b>{}</b>", name) if not hint else markup("<b>{}</b> {}", name, hint)
        return [WritingLine(column - 12, WRITING_LINE + 8), para(text, label)]

    row = [
        field(widths[0], "Name"),
        field(widths[1], "Role", "(if delegated: your job title and who delegated it)"),
        field(widths[2], "Signature"),
        field(widths[3], "Date"),
    ]
    return Table(
        [row],
        colWidths=widths,
        hAlign="LEFT",
        style=TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), REGULAR, 9, 12),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 12),
                ("RIGHTPADDING", (-1, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        ),
    )


class TickBox(Flowable):
    """An empty square to tick by hand."""

    def __init__(self, size: float = TICK) -> None:
        super().__init__()
        self.size = size

    def wrap(self, availWidth, availHeight):
        return self.size, self.size + 2  # sits level with the first line of its text

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setStrokeColor(ACCENT)
        canvas.setLineWidth(1)
        canvas.rect(0, 0, self.size, self.size, stroke=1, fill=0)
        canvas.restoreState()


class WritingLine(Flowable):
    """A rule to write on by hand, `height` points below whatever comes before it, after an
    optional short label (drawn as plain text, never read as markup)."""

    def __init__(self, width: float, height: float = WRITING_LINE, *, label: str = "") -> None:
        super().__init__()
        self.line_width = width
        self.line_height = height
        self.label = clean(label)

    def wrap(self, availWidth, availHeight):
        self.width = min(self.line_width, availWidth)
        return self.width, self.line_height

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        start = 0.0
        if self.label:
            canvas.setFont(REGULAR, 9)
            canvas.setFillColor(INK)
            canvas.drawString(0, 3, self.label)
            start = stringWidth(self.label, REGULAR, 9) + 4
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.75)
        canvas.line(start, 1, self.width, 1)
        canvas.restoreState()
