"""Plain words for the sign-off screen, made only from what the head is shown.

Everything here reads the `fingerprint.shown_to_head` document, never the plan, so that the
screen cannot show anything the fingerprint does not cover (and nothing else of the family's
file).
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from html import escape

from coplan.domain.dates import format_long
from coplan.domain.model import Decision, PremisesAgreement, SignatureMethod
from coplan.domain.money import Money
from coplan.domain.policy import PolicyPack

REQUIREMENTS = {
    "dbs": "a DBS check",
    "insurance": "their own insurance",
    "supervision": "supervision by your staff",
    "site_access": "access to the site",
}

FUNDING = {
    "education": "the education budget",
    "health": "the health budget",
    "social_care": "the social care budget",
    "school_contribution": "the school's own contribution",
}

DECISION = {
    Decision.AGREED: "I agree",
    Decision.AGREED_WITH_CONDITIONS: "I agree, with conditions",
    Decision.DECLINED: "I do not agree (decline)",
}

DECISION_RECORDED = {
    Decision.AGREED: "Agreed",
    Decision.AGREED_WITH_CONDITIONS: "Agreed with conditions",
    Decision.DECLINED: "Declined",
}

METHOD = {
    SignatureMethod.DRAWN: "signed on screen in the meeting",
    SignatureMethod.TYPED: "typed name and tick on screen in the meeting",
    SignatureMethod.PAPER: "given on paper, recorded afterwards",
    SignatureMethod.EMAIL: "given by email, recorded afterwards",
}

# Who may sign for a setting; the last needs the name of whoever delegated the authority.
ROLES = ("Head teacher", "Principal", "Early years provider")
DELEGATED = "Someone with delegated authority"


def _number(text: str) -> str:
    try:
        value = Decimal(text)
    except (InvalidOperation, TypeError):
        return str(text)
    return format(value.normalize(), "f")


def _plural(word: str, count: str) -> str:
    return word if _number(count) == "1" or word.endswith("s") else word + "s"


def how_often(item: dict) -> str:
    if item.get("cost_basis") == "one_off":
        return "Once (a one-off purchase)"
    unit = item.get("unit") or "unit"
    units, weeks = item.get("units_per_week", "0"), item.get("weeks_per_year", "0")
    return (
        f"{_number(units)} {_plural(unit, units)} a week, "
        f"{_number(weeks)} {_plural('week', weeks)} a year"
    )


def cost(item: dict) -> str:
    annual = Money(int(item.get("annual_cost_pence", 0))).format()
    if item.get("cost_basis") == "one_off":
        return f"{annual}, one-off"
    unit = item.get("unit") or "unit"
    rate = Money(int(item.get("unit_cost_pence", 0))).format()
    return f"{annual} a year ({rate} {_article(unit)} {unit})"


def _article(word: str) -> str:
    return "an" if word.lower().startswith(("a", "e", "i", "o", "hour")) else "a"


def paid_by(item: dict) -> str:
    source = FUNDING.get(item.get("funding", ""), "the council")
    return f"A direct payment to the family, from {source}"


def needs_on_site(item: dict) -> tuple[str, str]:
    """(what the person delivering it will need, what they will not need)."""
    wanted = list(item.get("on_site_requirements") or [])
    needed = [REQUIREMENTS.get(code, code) for code in wanted]
    not_needed = [text for code, text in REQUIREMENTS.items() if code not in wanted]
    return (_join(needed) or "Nothing extra", _join(not_needed) or "—")


def _join(words: list[str]) -> str:
    text = "".join(words) if len(words) <= 1 else ", ".join(words[:-1]) + " and " + words[-1]
    return text[:1].upper() + text[1:]


def condition_labels(pack: PolicyPack | None, ids: list[str]) -> list[str]:
    labels = []
    for condition_id in ids:
        condition = pack.premises_condition(condition_id) if pack else None
        labels.append(condition.label if condition else condition_id)
    return labels


def summary_html(
    shown: dict,
    *,
    decision: Decision | None,
    conditions: list[str],
    other_conditions: str,
    reasons: str,
    signed_on_text: str,
) -> str:
    """The "what you are signing" box: exactly the items, the decision and its terms."""
    e = escape
    parts = [
        f"<p><b>Setting:</b> {e(shown['setting']['name'])}<br>"
        f"<b>Child:</b> {e(shown['child'])}<br><b>Date:</b> {e(signed_on_text)}</p>"
    ]
    parts.append("<p><b>Direct payments on your premises:</b></p><ul>")
    for item in shown["items"]:
        needed, _ = needs_on_site(item)
        parts.append(
            f"<li><b>{e(item['description'])}</b><br>{e(cost(item))}<br>"
            f"{e(how_often(item))}<br>"
            f"Who delivers it: {e(item['delivered_by'] or 'not stated')}<br>"
            f"They will need: {e(needed.lower() if needed == 'Nothing extra' else needed)}</li>"
        )
    parts.append("</ul>")
    if decision is None:
        parts.append("<p><b>Your decision:</b> not chosen yet.</p>")
    else:
        parts.append(f"<p><b>Your decision:</b> {e(DECISION[decision])}.</p>")
    if decision is Decision.AGREED_WITH_CONDITIONS:
        lines = [*conditions, *([other_conditions.strip()] if other_conditions.strip() else [])]
        parts.append("<p><b>Your conditions:</b></p><ul>")
        parts.extend(f"<li>{e(line)}</li>" for line in lines)
        parts.append("</ul>")
    if decision is Decision.DECLINED:
        text = e(reasons.strip()).replace("\n", "<br>") or "none given yet"
        parts.append(f"<p><b>Your reasons:</b> {text}</p>")
    parts.append(
        "<p>If any of these items changes later, this decision will no longer count and you "
        "will be asked again.</p>"
    )
    return "".join(parts)


def describe_agreement(agreement: PremisesAgreement, pack: PolicyPack | None = None) -> str:
    """One line: "Agreed with conditions by J Patel (Head teacher) on 23 November 2026, …"."""
    when = format_long(agreement.signed_on) or "an unknown date"
    text = (
        f"{DECISION_RECORDED[agreement.decision]} by {agreement.signatory_name} "
        f"({agreement.signatory_role}) on {when}: {METHOD[agreement.method]}"
    )
    if agreement.recorded_by:
        text += f" by {agreement.recorded_by}"
    return text + "."
