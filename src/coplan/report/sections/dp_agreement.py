"""What the direct payment agreement says: the parties, what the payments are for (each item
with the needs and outcomes it meets), how and when they are paid, the account, records and
returns, reviews, unspent money, flexibility, when payments may be reduced, suspended or stopped,
what happens if a setting withdraws its agreement, contacts, and the signatures.

Everything that can change comes from `dp_agreement.shown_to_recipient(plan, pack)` — the very
document a signature's fingerprint covers — and the council's terms from the pack's
`[dp_agreement]` and `[wording]`. The words for an item (how often, the cost a year or once) are
`domain.shown_words`, the same as the sign-off screen's and the premises request's. Whether it is
signed, and what changed since, is `dp_agreement.status`: the same words as the wizard's.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Table, TableStyle

from coplan.domain import dp_agreement, shown_words
from coplan.domain.dates import format_long
from coplan.domain.dp_agreement import DpAgreementState, DpAgreementStatus
from coplan.domain.model import (
    DP_RECIPIENT_FAMILY,
    DP_RECIPIENT_THIRD_PARTY,
    AttendeeRole,
    NeedSection,
    Plan,
    SignatureMethod,
)
from coplan.domain.money import Money
from coplan.domain.officer import officer_lines
from coplan.domain.policy import DpAgreementTerms, PolicyPack
from coplan.domain.schedule import FREQUENCY_WORDS, Schedule, direct_payment_schedule

from .. import labels
from ..fonts import REGULAR
from ..signature import signature_drawing
from ..styles import (
    CONTENT_WIDTH,
    RULE,
    bullets,
    callout,
    facts_table,
    gap,
    para,
    styles,
)
from ..text import Markup, join, markup
from .direct_payments import schedule_table
from .premises_request import WritingLine

TITLE = "Direct payment agreement"

# How the recipient receives the payments, in a sentence ("… receives the payments …").
BASIS = {
    "parent": "as the parent of {child}, in their own right",
    "young_person": "in their own right, as a young person over compulsory school age",
    "nominee": "as the nominee chosen by {chosen} to receive and manage the payments",
    "representative": (
        "as the representative of {child}, who lacks the capacity to decide about direct "
        "payments (Mental Capacity Act 2005)"
    ),
}
# How it was signed, in the agreement's own words (the premises ones speak of a head's decision).
SIGNED_HOW = {
    SignatureMethod.DRAWN: "signed by hand on the case officer's laptop",
    SignatureMethod.TYPED: "name typed and confirmed on the case officer's laptop",
    SignatureMethod.PAPER: "signed on paper, recorded from the signed copy",
    SignatureMethod.EMAIL: "signed and returned by email, recorded from the signed copy",
}
SECTION_WORDS = {
    NeedSection.SEN.value: "Special educational need (section B)",
    NeedSection.HEALTH.value: "Health need (section C)",
    NeedSection.SOCIAL_CARE.value: "Social care need (section D)",
}


@dataclass(frozen=True)
class Agreement:
    """Everything the document prints, worked out once (the header and metadata use it too)."""

    council: str
    child: str
    shown: dict
    terms: DpAgreementTerms
    pack: PolicyPack
    reference: str
    today: date
    status: DpAgreementStatus
    schedule: Schedule | None
    case_officer: str
    next_review_on: date | None
    officer_lines: tuple[str, ...] = ()  # the plan's officer contact (name and role, email, phone)

    @property
    def recipient_name(self) -> str:
        return self.shown["recipient"].get("name") or "(name not recorded)"

    @property
    def third_party(self) -> bool:
        return self.shown.get("recipient_key") == DP_RECIPIENT_THIRD_PARTY

    @property
    def signer(self) -> str:
        """Who signs: the person paid, or someone for the organisation holding the money."""
        return f"someone for {self.recipient_name}" if self.third_party else self.recipient_name


def prepare(
    plan: Plan, pack: PolicyPack, today: date, recipient: str = DP_RECIPIENT_FAMILY
) -> Agreement:
    """What to print; ValueError (a plain message) when there is no agreement to print."""
    problem = dp_agreement.not_ready(plan, pack, recipient)
    if problem is not None:
        raise ValueError(problem)
    assert pack.dp_agreement is not None
    shown = dp_agreement.shown_to_recipient(plan, pack, recipient)
    officer = next(
        (
            a.name.strip()
            for a in plan.meeting.attendees
            if a.role is AttendeeRole.CASE_OFFICER and a.name.strip()
        ),
        "",
    )
    return Agreement(
        council=pack.council.strip() or "The council",
        child=shown["child"] or "(name not recorded)",
        shown=shown,
        terms=pack.dp_agreement,
        pack=pack,
        reference=dp_agreement.fingerprint_of(shown)[: dp_agreement.REFERENCE_LENGTH],
        today=today,
        status=dp_agreement.status(plan, pack, recipient),
        schedule=direct_payment_schedule(plan, pack) if recipient == DP_RECIPIENT_FAMILY else None,
        case_officer=plan.officer.name.strip() or officer,
        officer_lines=tuple(officer_lines(plan.officer)),
        next_review_on=plan.next_review_on,
    )


# -- the document -----------------------------------------------------------------------------
def story(agreement: Agreement) -> list[Flowable]:
    s = styles()
    out: list[Flowable] = [para(TITLE, s.title)]
    if agreement.third_party:
        out.append(
            para(
                markup(
                    "A third-party arrangement: {} holds money for {}'s support and pays for it. "
                    "In law this is a direct payment, so this agreement applies to it.",
                    agreement.recipient_name,
                    agreement.child,
                ),
                s.body,
            )
        )
    out += [_state(agreement), gap(4), _reference(agreement)]
    out += _section("1. Who this agreement is between", _parties(agreement))
    out += _section("2. What the direct payments are for", _items(agreement))
    out += _section("3. How and when the money is paid", _payments(agreement))
    for title, paragraphs in dp_agreement.terms_sections(
        agreement.shown, agreement.pack, agreement.next_review_on
    ):
        out += _section(title, _paragraphs(paragraphs))
    out += _contacts(agreement)
    out.append(CondPageBreak(190))
    out += _section("12. Signatures", _signatures(agreement))
    return out


def _section(title: str, body: list[Flowable]) -> list[Flowable]:
    s = styles()
    return [para(title, s.h1.clone("agreement_h1", fontSize=12.5, leading=16)), *body]


def _state(agreement: Agreement) -> Table:
    """Signed, not signed yet, or to be signed again (and what changed): never missed."""
    s = styles()
    status, signed = agreement.status, agreement.status.agreement
    if status.valid and signed is not None:
        return callout(
            para(
                markup(
                    "<b>Signed on {} by {}</b> ({}). This copy is the agreement as signed.",
                    format_long(signed.signed_on),
                    f"{signed.signatory_name} for {agreement.recipient_name}"
                    if agreement.third_party
                    else signed.signatory_name,
                    SIGNED_HOW.get(signed.method, ""),
                ),
                s.body,
            ),
            "good",
        )
    if status.state == DpAgreementState.CHANGED:
        return callout(
            [
                para(markup("<b>{}.</b>", status.label), s.body),
                *bullets([change + "." for change in status.changes]),
                para(
                    "No payment can be made under the changed agreement until it is signed "
                    "again. This copy shows the agreement as it is now.",
                    s.body,
                ),
            ],
            "danger",
        )
    if status.state == DpAgreementState.DATE_ONLY:
        return callout(para(markup("<b>{}.</b>", status.label), s.body), "warning")
    return callout(
        para(
            markup(
                "<b>Not signed yet.</b> No payment can be made until {} signs this agreement "
                "(section 12), on paper or on the case officer's laptop.",
                agreement.signer,
            ),
            s.body,
        ),
        "warning",
    )


def _reference(agreement: Agreement) -> Table:
    return callout(
        para(
            markup(
                "<b>Reference {}</b>, prepared on {}. This agreement covers exactly what is "
                "written here. If any of it changes (who receives the payments, the support, "
                "the amounts or the payment dates, or the council's terms), it must be signed "
                "again before payments carry on under the change. Quote the reference when you "
                "return a signed copy or contact us.",
                agreement.reference,
                format_long(agreement.today),
            ),
            styles().cell,
        )
    )


def _third_party(agreement: Agreement) -> list[Flowable]:
    held = agreement.shown["recipient"]
    rows: list[tuple[object, object]] = [
        ("The council", agreement.council),
        (
            "The organisation holding the money",
            markup(
                "<b>{}</b>{}",
                agreement.recipient_name,
                f": {held['role']}" if held.get("role") else "",
            ),
        ),
        ("For", agreement.child),
    ]
    if held.get("contact"):
        rows.append(("Its contact", held["contact"]))
    return [facts_table(rows)]


def _parties(agreement: Agreement) -> list[Flowable]:
    if agreement.third_party:
        return _third_party(agreement)
    recipient = agreement.shown["recipient"]
    kind = recipient.get("kind", "parent")
    chosen = recipient.get("nominated_by") or "the family"
    basis = BASIS.get(kind, "").format(child=agreement.child, chosen=chosen)
    rows: list[tuple[object, object]] = [
        ("The council", agreement.council),
        (
            "The person receiving the payments",
            markup(
                "<b>{}</b>{}, {}.",
                agreement.recipient_name,
                f" ({recipient['relationship']})" if recipient.get("relationship") else "",
                basis,
            ),
        ),
        ("For", agreement.child),
    ]
    if kind == "nominee" and recipient.get("young_person_consented_on"):
        rows.append(
            (
                "The young person's consent",
                f"{agreement.child} agreed on "
                f"{format_long(date.fromisoformat(recipient['young_person_consented_on']))} to "
                f"{agreement.recipient_name} receiving the payments.",
            )
        )
    if kind == "representative":
        assessed = recipient.get("capacity_assessed_on")
        reference = recipient.get("capacity_assessment_reference") or "not recorded"
        rows.append(
            (
                "Capacity assessment",
                f"Of {format_long(date.fromisoformat(assessed))}, reference {reference}."
                if assessed
                else "Not yet recorded.",
            )
        )
    health = agreement.shown.get("health_care_plan")
    if health:
        if health.get("reference") and health.get("agreed_on"):
            board = health.get("board") or "the integrated care board"
            text = (
                f"Care plan {health['reference']}, agreed with {board} on "
                f"{format_long(date.fromisoformat(health['agreed_on']))}. The health items are "
                "paid only against this care plan."
            )
        else:
            text = (
                "The care plan agreed with the integrated care board is not yet recorded: the "
                "health items cannot be paid until it is."
            )
        rows.append(("NHS care plan", text))
    return [facts_table(rows)]


def _items(agreement: Agreement) -> list[Flowable]:
    """Each item as a small block: what it is and costs, then who, when, and the needs and
    outcomes it meets (a wide table would leave half a page empty before a tall row)."""
    s = styles()
    out: list[Flowable] = [
        para(
            "The direct payments may be used only for the support below, to meet the needs and "
            "outcomes written with each item (from the EHC plan).",
            s.body,
        )
    ]
    yearly = once = 0
    item_heading = s.h2.clone("agreement_item", fontSize=10.5, leading=14, spaceBefore=6)
    for number, item in enumerate(agreement.shown["items"], start=1):
        what = item.get("description", "").strip() or "(no description)"
        amount = shown_words.cost_amount(item)
        source = shown_words.paid_from(item)
        if shown_words.is_one_off(item):
            once += int(item.get("annual_cost_pence", 0))
            cost = markup("<b>{} once</b> (a one-off purchase), from the {}", amount, source)
        else:
            yearly += int(item.get("annual_cost_pence", 0))
            cost = markup(
                "<b>{} a year</b> ({}), from the {}", amount, shown_words.unit_rate(item), source
            )
        rows: list[tuple[object, object]] = [
            ("Amount", cost),
            ("How often", shown_words.capitalised(shown_words.how_often(item))),
        ]
        if item.get("provision_ref"):
            rows.insert(0, ("In the plan", f"Provision {item['provision_ref']}"))
        if item.get("delivered_by"):
            rows.append(("Who provides it", item["delivered_by"]))
        where = [item["setting_name"]] if item.get("setting_name") else []
        if item.get("when"):
            where.append(item["when"])
        if where:
            rows.append(("Where and when", join("<br/>", where)))
        needs = [
            markup("{}: {}", SECTION_WORDS.get(n["section"], "Need"), n["summary"])
            for n in item.get("needs", [])
        ]
        rows.append(("Needs it meets", _lines(needs) if needs else "None recorded yet"))
        outcomes = list(item.get("outcomes", []))
        rows.append(("Outcomes it meets", _lines(outcomes) if outcomes else "None recorded yet"))
        out.append(
            KeepTogether(
                [
                    para(markup("{}. {}", number, what), item_heading),
                    facts_table(rows, label_width=36 * mm),
                ]
            )
        )
    parts = []
    if yearly:
        parts.append(f"{Money(yearly).format()} a year")
    if once:
        parts.append(f"{Money(once).format()} once for one-off purchases")
    total = " and ".join(parts) or "£0.00"
    out += [gap(4), para(markup("<b>In all: {}.</b>", total), s.body)]
    return out


def _lines(lines: list[object]) -> list[Flowable]:
    """Several entries in one cell, each a bulleted paragraph."""
    return [para(line, styles().cell_bullet, bullet="•") for line in lines]


def _payments(agreement: Agreement) -> list[Flowable]:
    if agreement.third_party:
        held = agreement.shown["recipient"]
        return [
            facts_table(
                [
                    ("Paid to", agreement.recipient_name),
                    ("What it holds", held.get("holds") or "Not recorded yet."),
                    ("How it accounts for it", held.get("reports") or "Not recorded yet."),
                ]
            )
        ]
    scheduled = agreement.shown["schedule"]
    frequency = FREQUENCY_WORDS.get(scheduled.get("frequency"), "")
    first = scheduled.get("first_payment_on")
    rows: list[tuple[object, object]] = [
        (
            "First payment",
            format_long(date.fromisoformat(first))
            if first
            else "Not set yet: no earlier than the day this agreement is signed.",
        ),
        (
            "How often",
            f"{frequency[:1].upper()}{frequency[1:]}, in advance: each payment covers the "
            "support due until the next one.",
        ),
    ]
    if agreement.schedule is not None:
        words = agreement.schedule.plain_words()
        rows.append(("The payments", labels.sentence(words[:1].upper() + words[1:])))
    out: list[Flowable] = [facts_table(rows)]
    if agreement.schedule is not None:
        out += schedule_table(agreement.schedule)
    return out


def _paragraphs(paragraphs: list[str]) -> list[Flowable]:
    """The domain's plain paragraphs; those starting with a bullet are list entries."""
    s = styles()
    out: list[Flowable] = []
    for text in paragraphs:
        if text.startswith(dp_agreement.BULLET):
            out.append(para(text[len(dp_agreement.BULLET) :], s.bullet, bullet="•"))
        else:
            out.append(para(text, s.body))
    return out


def _contacts(agreement: Agreement) -> list[Flowable]:
    """After the council's contact (section 11): the case officer who made the agreement."""
    s = styles()
    out: list[Flowable] = []
    if agreement.officer_lines:
        out.append(
            para(
                markup(
                    "Your case officer: {}. Quote reference {}.",
                    "; ".join(agreement.officer_lines),
                    agreement.reference,
                ),
                s.body,
            )
        )
    elif agreement.case_officer:
        out.append(
            para(
                markup(
                    "Your case officer: {}, {}. Quote reference {}.",
                    agreement.case_officer,
                    agreement.council,
                    agreement.reference,
                ),
                s.body,
            )
        )
    return out


def _signatures(agreement: Agreement) -> list[Flowable]:
    s = styles()
    declaration = para(markup("<b>{}</b>", agreement.terms.declaration), s.body)
    signed = agreement.status.agreement
    if agreement.status.valid and signed is not None:
        rows: list[tuple[object, object]] = [
            ("Signed by", signed.signatory_name),
            *([("Signed for", agreement.recipient_name)] if agreement.third_party else []),
            ("Date", format_long(signed.signed_on)),
            ("How", shown_words.capitalised(SIGNED_HOW.get(signed.method, ""))),
        ]
        if signed.method is SignatureMethod.DRAWN:
            drawing = signature_drawing(signed.signature_svg_path, 150, 42)
            rows.append(
                ("Signature", drawing or "Drawn on screen (the drawing cannot be shown here).")
            )
        if signed.recorded_by:
            rows.append(("Recorded by", signed.recorded_by))
        rows.append(("Reference signed", signed.reference))
        return [declaration, KeepTogether([facts_table(rows)])]
    return [
        declaration,
        gap(6),
        KeepTogether(
            [
                _signature_lines(
                    markup("Signed for {}, which holds the money", agreement.recipient_name)
                    if agreement.third_party
                    else markup(
                        "Signed by {}, the person receiving the payments", agreement.recipient_name
                    )
                ),
                gap(10),
                _signature_lines(markup("For {}", agreement.council)),
                gap(6),
                para(
                    markup(
                        "Please return a signed copy to {}, quoting reference {}.",
                        agreement.case_officer + ", your case officer"
                        if agreement.case_officer
                        else "your case officer",
                        agreement.reference,
                    ),
                    s.body,
                ),
            ]
        ),
    ]


def _signature_lines(who: Markup) -> Table:
    s = styles()
    label = s.small.clone("agreement_label", leading=10)
    widths = [CONTENT_WIDTH * f for f in (0.45, 0.35, 0.20)]

    def field(width: float, name: str) -> list[Flowable]:
        return [WritingLine(width - 12, 28), para(name, label)]

    return Table(
        [
            [para(who, s.cell), "", ""],
            [
                field(widths[0], "Signature"),
                field(widths[1], "Name in capitals"),
                field(widths[2], "Date"),
            ],
        ],
        colWidths=widths,
        hAlign="LEFT",
        style=TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), REGULAR, 9, 12),
                ("SPAN", (0, 0), (-1, 0)),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 12),
                ("LINEABOVE", (0, 0), (-1, 0), 0.5, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        ),
    )
