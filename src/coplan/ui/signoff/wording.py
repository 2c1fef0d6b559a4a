"""Plain words for the sign-off screen, made only from what the head is shown.

Everything here reads the `fingerprint.shown_to_head` document, never the plan, so that the
screen cannot show anything the fingerprint does not cover (and nothing else of the family's
file). The words for an item are `domain.shown_words`, the same as on the request on paper;
this module only lays them out for the screen (one line for the cost, HTML for the summary).
"""

from __future__ import annotations

from html import escape

from coplan.domain import shown_words
from coplan.domain.dates import format_long
from coplan.domain.model import Decision, PremisesAgreement, SignatureMethod
from coplan.domain.policy import PolicyPack

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

# The last choice of role, besides `shown_words.ROLES`; it needs the name of whoever delegated
# the authority.
DELEGATED = "Someone with delegated authority"


def cost(item: dict) -> str:
    """'£2,250.00 a year (£75.00 an hour)', or '£429.00 once (one-off)'."""
    if shown_words.is_one_off(item):
        return f"{shown_words.cost_words(item)} (one-off)"
    return f"{shown_words.cost_words(item)} ({shown_words.unit_rate(item)})"


def paid_by(item: dict) -> str:
    return f"A direct payment to the family, from the {shown_words.paid_from(item)}"


def needs_on_site(item: dict) -> tuple[str, str]:
    """(what the person delivering it will need, what they will not need), each standing on its
    own on an item's card: 'A DBS check and their own insurance', 'Nothing extra', '—'."""
    needed = shown_words.needed_on_site(item)
    not_needed = shown_words.not_needed_on_site(item)
    return (shown_words.capitalised(needed), shown_words.capitalised(not_needed) or "—")


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
        parts.append(
            f"<li><b>{e(item['description'])}</b><br>{e(cost(item))}<br>"
            f"{e(shown_words.how_often(item))}<br>"
            f"Who delivers it: {e(item['delivered_by'] or 'not stated')}<br>"
            f"They will need: {e(shown_words.needed_on_site(item))}</li>"
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
