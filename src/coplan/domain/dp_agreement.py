"""The direct payment agreement: what the person receiving the payments signs, and whether the
signed record still covers what the plan says.

`shown_to_recipient(plan, pack)` is the canonical document of everything the agreement says
that can change: who receives the payments and on what basis, each item paid for with the needs
and outcomes it meets, the amounts, the payment schedule (every payment's date and amount), the
records and returns, and the council's terms from the pack. The PDF (`report/dp_agreement.py`)
and the signing screen (`ui/dp_signing.py`) print from it, and a signed record keeps it and its
SHA-256 (like a premises agreement, see `fingerprint`): any change makes the agreement "to be
signed again", and payments may start only while a signed record covers the plan as it is.

The reference printed on the agreement is the start of that hash. The document holds the plan's
id and the recipient's key, so the reference is tied to this plan, this recipient and exactly
these terms; someone signing on paper quotes it, and a reference that no longer matches is
refused with the reason.

Pure: no Qt, no reportlab.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date
from typing import ClassVar

from .dates import format_long
from .fingerprint import canonical_bytes, natural_key, shown_item
from .model import (
    DP_RECIPIENT_FAMILY,
    DP_RECIPIENT_THIRD_PARTY,
    DP_RECIPIENTS,
    DirectPaymentAgreement,
    FundingStream,
    ManagementOption,
    Plan,
    ProvisionItem,
    RecipientKind,
    SignatureMethod,
)
from .policy import PolicyPack
from .schedule import direct_payment_schedule

DP_FINGERPRINT_VERSION = 1
REFERENCE_LENGTH = 12  # as a premises request's: short enough to read out, never a chance match


class DpAgreementError(ValueError):
    """A signing that cannot be recorded as given; the message says what is missing."""


_PAID_AS = {
    DP_RECIPIENT_FAMILY: ManagementOption.DIRECT_PAYMENT,
    DP_RECIPIENT_THIRD_PARTY: ManagementOption.THIRD_PARTY,
}


def paid_items(plan: Plan, recipient: str = DP_RECIPIENT_FAMILY) -> list[ProvisionItem]:
    """The items paid to `recipient` (the family's direct payment, or the third party), in the
    order people read them."""
    items = [i for i in plan.items if i.management is _PAID_AS[recipient]]
    return sorted(items, key=lambda item: natural_key(item.id))


def needs_agreement(plan: Plan, recipient: str = DP_RECIPIENT_FAMILY) -> bool:
    """Whether the plan pays anything to `recipient` (so an agreement with them is due)."""
    return bool(paid_items(plan, recipient))


def recipients(plan: Plan) -> list[str]:
    """Everyone the plan pays money to rather than the council spending it, in order."""
    return [recipient for recipient in DP_RECIPIENTS if needs_agreement(plan, recipient)]


def recipient_name(plan: Plan, recipient: str = DP_RECIPIENT_FAMILY) -> str:
    if recipient == DP_RECIPIENT_THIRD_PARTY:
        return plan.third_party.organisation.strip() if plan.third_party else ""
    return plan.direct_payment.recipient_name.strip() if plan.direct_payment else ""


def _recipient(plan: Plan, recipient: str) -> dict:
    if recipient == DP_RECIPIENT_THIRD_PARTY:
        tp = plan.third_party
        if tp is None:
            return {}
        return {
            "kind": "third_party",
            "name": tp.organisation.strip(),
            "contact": tp.contact.strip(),
            "role": tp.role.strip(),
            "holds": tp.holds.strip(),
            "reports": tp.reports.strip(),
        }
    dp = plan.direct_payment
    if dp is None:
        return {}
    shown: dict = {"kind": dp.recipient.value, "name": dp.recipient_name.strip()}
    if dp.recipient in (RecipientKind.NOMINEE, RecipientKind.REPRESENTATIVE):
        shown["relationship"] = dp.nominee_relationship.strip()
    if dp.recipient is RecipientKind.NOMINEE:
        shown["nominated_by"] = dp.nominated_by.strip()
        if dp.young_person_consented_on is not None:
            shown["young_person_consented_on"] = dp.young_person_consented_on.isoformat()
    if dp.recipient is RecipientKind.REPRESENTATIVE:
        shown["capacity_assessed_on"] = (
            dp.capacity_assessed_on.isoformat() if dp.capacity_assessed_on else None
        )
        shown["capacity_assessment_reference"] = dp.capacity_assessment_reference.strip()
    return shown


def _item(plan: Plan, item: ProvisionItem) -> dict:
    """An item as the agreement shows it: the premises fingerprint's fields (the same words on
    every page) and the needs and outcomes it meets, in their own words."""
    shown = shown_item(item)
    shown["needs"] = [
        {"section": need.section.value, "summary": need.summary.strip()}
        for need in (plan.need(i) for i in item.need_ids)
        if need is not None
    ]
    shown["outcomes"] = [
        outcome.text.strip()
        for outcome in (plan.outcome(i) for i in item.outcome_ids)
        if outcome is not None
    ]
    if item.provision_ref.strip():  # where the plan specifies it (Section F, G or H)
        shown["provision_ref"] = item.provision_ref.strip()
    if item.on_premises:
        setting = plan.setting(item.setting_id)
        shown["setting_name"] = setting.name.strip() if setting else ""
    return shown


def _schedule(plan: Plan, pack: PolicyPack, recipient: str) -> dict:
    if recipient == DP_RECIPIENT_THIRD_PARTY:
        # A third party is paid as agreed with it (what it holds, in `recipient`): the family's
        # payment schedule is not its.
        return {}
    dp = plan.direct_payment
    shown: dict = {
        "frequency": dp.schedule.value if dp else pack.direct_payments.payment_frequency.value,
        "first_payment_on": dp.first_payment_on.isoformat() if dp and dp.first_payment_on else None,
    }
    schedule = direct_payment_schedule(plan, pack)
    if schedule is not None:
        shown["last_day"] = schedule.last_day.isoformat()
        shown["payments"] = [
            {"on": p.on.isoformat(), "pence": p.amount.pence, "once_pence": p.once.pence}
            for p in schedule.payments_made
        ]
    return shown


def _terms(plan: Plan, pack: PolicyPack, recipient: str) -> dict:
    """The council's terms as printed: a change to them is a change to what was agreed."""
    dp = plan.direct_payment
    terms = pack.dp_agreement
    own = dp.monitoring_terms.strip() if dp else ""
    if recipient == DP_RECIPIENT_THIRD_PARTY:
        own = plan.third_party.reports.strip() if plan.third_party else ""
    monitoring = own or pack.wording.monitoring_terms
    shown: dict = {
        "council": pack.council.strip(),
        "monitoring": monitoring.strip(),
        "monitoring_agreed_for_this_plan": bool(own),
        "unspent_money": pack.wording.unspent_money.strip(),
        "review_rights": pack.wording.review_rights.strip(),
        "first_review_months": pack.timescales.first_dp_review_months,
        "unspent_recovery_weeks": pack.timescales.unspent_recovery_weeks,
    }
    if terms is not None:
        shown.update(
            {
                "returns_every_months": terms.returns_every_months,
                "notice_weeks": terms.notice_weeks,
                "records": terms.records.strip(),
                "flexibility": terms.flexibility.strip(),
                "reduce_suspend_stop": terms.reduce_suspend_stop.strip(),
                "stop_at_once": terms.stop_at_once.strip(),
                "premises_withdrawn": terms.premises_withdrawn.strip(),
                "ending": terms.ending.strip(),
                "declaration": terms.declaration.strip(),
                "contact": terms.contact.strip(),
            }
        )
    return shown


def _health(plan: Plan, recipient: str) -> dict | None:
    dp = plan.direct_payment
    health = any(i.funding is FundingStream.HEALTH for i in paid_items(plan, recipient))
    if not health or dp is None:
        return None
    return {
        "reference": dp.health_care_plan_reference.strip(),
        "agreed_on": dp.health_care_plan_agreed_on.isoformat()
        if dp.health_care_plan_agreed_on
        else None,
        "board": dp.integrated_care_board.strip(),
    }


def shown_to_recipient(plan: Plan, pack: PolicyPack, recipient: str = DP_RECIPIENT_FAMILY) -> dict:
    """Everything the direct payment agreement with `recipient` says that can change (see the
    module's doc)."""
    shown: dict = {
        "fingerprint_version": DP_FINGERPRINT_VERSION,
        "plan_id": plan.id,
        "recipient_key": recipient,
        "child": plan.child.full_name.strip(),
        "recipient": _recipient(plan, recipient),
        "items": [_item(plan, item) for item in paid_items(plan, recipient)],
        "schedule": _schedule(plan, pack, recipient),
        "terms": _terms(plan, pack, recipient),
    }
    health = _health(plan, recipient)
    if health is not None:
        shown["health_care_plan"] = health
    return shown


def fingerprint_of(shown: dict) -> str:
    return hashlib.sha256(canonical_bytes(shown)).hexdigest()


def fingerprint(plan: Plan, pack: PolicyPack, recipient: str = DP_RECIPIENT_FAMILY) -> str:
    return fingerprint_of(shown_to_recipient(plan, pack, recipient))


def reference(plan: Plan, pack: PolicyPack, recipient: str = DP_RECIPIENT_FAMILY) -> str:
    """The reference printed on the agreement: 12 letters and digits."""
    return fingerprint(plan, pack, recipient)[:REFERENCE_LENGTH]


def normalised_reference(quoted: str) -> str:
    """A reference as typed back ("3F2A 9C1B-7D04") in the form it is printed."""
    return "".join(ch for ch in quoted.lower() if ch.isalnum())


# -- what stops an agreement being printed or signed ------------------------------------------
def not_ready(plan: Plan, pack: PolicyPack, recipient: str = DP_RECIPIENT_FAMILY) -> str | None:
    """Why the agreement cannot be printed or signed yet, or None. Only what the document
    cannot be written without: the rest (dates, the council's checks) are rules."""
    if recipient == DP_RECIPIENT_THIRD_PARTY and not needs_agreement(plan, recipient):
        return "Nothing in this plan is held by a third party, so there is no agreement with one."
    if not needs_agreement(plan, recipient):
        also = (
            " The support held by the third party has an agreement of its own."
            if needs_agreement(plan, DP_RECIPIENT_THIRD_PARTY)
            else ""
        )
        return (
            "Nothing in this plan is paid by direct payment, so there is no agreement to sign."
            + also
        )
    if pack.dp_agreement is None:
        return (
            f"{pack.council or 'The council'}'s policy pack has no direct payment agreement "
            "terms ([dp_agreement]): the council must add them before an agreement can be "
            "printed or signed (see docs/policy-packs.md)."
        )
    if recipient == DP_RECIPIENT_THIRD_PARTY and not recipient_name(plan, recipient):
        return "Name the organisation or person that holds the money (the third party) first."
    if not recipient_name(plan, recipient):
        return "Name the person who will receive the direct payments first."
    return None


# -- the signed record and its state -----------------------------------------------------------
class DpAgreementState:
    NOT_SIGNED = "not_signed"
    SIGNED = "signed"
    CHANGED = "to_be_signed_again"  # what it covers changed after it was signed
    DATE_ONLY = "date_only"  # an older plan file recorded only the date it was signed

    LABELS: ClassVar[dict[str, str]] = {
        NOT_SIGNED: "Not signed yet",
        SIGNED: "Signed",
        CHANGED: "To be signed again",
        DATE_ONLY: "Signed, but not tied to what it covers",
    }


# What changed, in words, by the top-level key of `shown_to_recipient`.
_PART_WORDS = {
    "child": "the child's name",
    "recipient": "who receives the payments",
    "schedule": "the payment schedule",
    "terms": "the council's terms",
    "health_care_plan": "the NHS care plan",
    "plan_id": "the plan",
}
_ITEM_FIELD_WORDS = {"needs": "the needs it meets", "outcomes": "the outcomes it meets"}


def changes_since(then: dict, now: dict) -> list[str]:
    """What changed between the document signed and the plan now, one line each."""
    from .fingerprint import FIELD_LABELS

    if not isinstance(then, dict):
        then = {}
    lines: list[str] = []
    before = {i.get("id"): i for i in then.get("items", []) if isinstance(i, dict)}
    after = {i["id"]: i for i in now.get("items", [])}
    for item_id in sorted(before.keys() | after.keys(), key=lambda k: natural_key(str(k))):
        old, new = before.get(item_id), after.get(item_id)
        name = (new or old or {}).get("description", "").strip() or f"item {item_id}"
        if old is None:
            lines.append(f"“{name}” was added")
        elif new is None:
            lines.append(f"“{name}” is no longer paid by this direct payment")
        else:
            fields = sorted(k for k in old.keys() | new.keys() if old.get(k) != new.get(k))
            if fields:
                words = [
                    _ITEM_FIELD_WORDS.get(f) or FIELD_LABELS.get(f, f.replace("_", " "))
                    for f in fields
                ]
                lines.append(f"“{name}”: {', '.join(dict.fromkeys(words))} changed")
    for key, words in _PART_WORDS.items():
        if then.get(key) != now.get(key):
            lines.append(f"{words[:1].upper()}{words[1:]} changed")
    return lines


@dataclass(frozen=True)
class DpAgreementStatus:
    state: str
    agreement: DirectPaymentAgreement | None
    changes: tuple[str, ...] = ()

    @property
    def valid(self) -> bool:
        return self.state == DpAgreementState.SIGNED

    @property
    def label(self) -> str:
        """'Signed on 20 November 2026', 'To be signed again: changed since it was signed on …'."""
        agreement = self.agreement
        when = format_long(agreement.signed_on) if agreement else ""
        if self.state == DpAgreementState.SIGNED:
            how = " (on paper)" if agreement and agreement.method is SignatureMethod.PAPER else ""
            return f"Signed on {when}{how}"
        if self.state == DpAgreementState.CHANGED:
            return f"To be signed again: what it covers changed after it was signed on {when}"
        if self.state == DpAgreementState.DATE_ONLY:
            return (
                f"Signed on {when}, recorded as a date only: record it again so that it is tied "
                "to what it covers"
            )
        return DpAgreementState.LABELS[self.state]


def current(plan: Plan, recipient: str = DP_RECIPIENT_FAMILY) -> DirectPaymentAgreement | None:
    found = [a for a in plan.dp_agreements if a.recipient == recipient]
    return found[-1] if found else None


def status(plan: Plan, pack: PolicyPack, recipient: str = DP_RECIPIENT_FAMILY) -> DpAgreementStatus:
    """Whether the latest agreement signed with `recipient` still covers exactly what the plan
    now says."""
    agreement = current(plan, recipient)
    if agreement is None:
        return DpAgreementStatus(DpAgreementState.NOT_SIGNED, None)
    if agreement.date_only:
        return DpAgreementStatus(DpAgreementState.DATE_ONLY, agreement)
    now = shown_to_recipient(plan, pack, recipient)
    if (
        agreement.fingerprint_version != DP_FINGERPRINT_VERSION
        or agreement.fingerprint != fingerprint_of(now)
    ):
        changes = changes_since(agreement.shown, now) or ["The agreement's record changed"]
        return DpAgreementStatus(DpAgreementState.CHANGED, agreement, tuple(changes))
    return DpAgreementStatus(DpAgreementState.SIGNED, agreement)


def signed_on(plan: Plan, pack: PolicyPack, recipient: str = DP_RECIPIENT_FAMILY) -> date | None:
    """The date of the agreement in force (None when unsigned or to be signed again)."""
    found = status(plan, pack, recipient)
    return found.agreement.signed_on if found.valid and found.agreement else None


def record_signing(
    plan: Plan,
    pack: PolicyPack,
    *,
    signatory_name: str,
    signed_on: date,
    method: SignatureMethod,
    signature_svg_path: str = "",
    recorded_by: str = "",
    quoted_reference: str = "",
    shown: dict | None = None,
    recipient: str = DP_RECIPIENT_FAMILY,
) -> DirectPaymentAgreement:
    """Record that the recipient signed the agreement as it is now, and add it to the plan.

    On screen (drawn or typed), the name signed must be the recipient's (for a third party:
    whoever signs for the organisation); `shown` is what the screen showed, refused if the plan
    changed meanwhile. On paper, the reference printed on
    the signed copy must be the reference of the agreement as it is now, or the paper covers
    something else.
    """
    problem = not_ready(plan, pack, recipient)
    if problem is not None:
        raise DpAgreementError(problem)
    now = shown_to_recipient(plan, pack, recipient)
    if shown is not None and shown != now:
        raise DpAgreementError(
            "The agreement changed while it was being signed: hand the laptop back to the case "
            "officer to show it again."
        )
    name = signatory_name.strip()
    paid = recipient_name(plan, recipient)
    if not name:
        raise DpAgreementError("Enter the name of the person signing.")
    if recipient == DP_RECIPIENT_FAMILY and name.casefold() != paid.casefold():
        raise DpAgreementError(
            f"The agreement is signed by the person who receives the payments ({paid}). "
            "If someone else is to receive them, change who receives the payments first."
        )
    if method is SignatureMethod.DRAWN and not signature_svg_path.strip():
        raise DpAgreementError("Draw the signature, or type the name and tick the box instead.")
    printed = fingerprint_of(now)[:REFERENCE_LENGTH]
    if method in (SignatureMethod.PAPER, SignatureMethod.EMAIL):
        if not recorded_by.strip():
            raise DpAgreementError("Say who recorded an agreement signed on paper.")
        quoted = normalised_reference(quoted_reference)
        if not quoted:
            raise DpAgreementError(
                "Enter the reference printed on the signed agreement (12 letters and digits), "
                "so that the signature is tied to exactly what that agreement says."
            )
        if quoted != printed:
            raise DpAgreementError(
                f"The reference on the signed agreement ({quoted}) is not the reference of the "
                f"agreement as it is now ({printed}): something changed after it was printed, "
                "or the reference was mistyped. Check it, or print the agreement again and ask "
                "for it to be signed again."
            )
    agreement = DirectPaymentAgreement(
        id=plan.next_short_id("d"),
        signed_on=signed_on,
        method=method,
        fingerprint=fingerprint_of(now),
        fingerprint_version=DP_FINGERPRINT_VERSION,
        shown=now,
        signatory_name=name,
        signature_svg_path=signature_svg_path if method is SignatureMethod.DRAWN else "",
        recorded_by=recorded_by.strip(),
        reference=printed,
        recipient=recipient,
    )
    plan.dp_agreements.append(agreement)
    return agreement


# -- the audit trail ---------------------------------------------------------------------------
AUDIT_SIGNED = "dp_agreement_signed"
AUDIT_PRINTED = "dp_agreement_printed"
AUDIT_INVALIDATED = "dp_agreement_invalidated"  # what it covers changed after it was signed


def audit_detail(agreement: DirectPaymentAgreement) -> str:
    """Ids and codes only (the store refuses a child's or a family's name)."""
    items = ",".join(i.get("id", "") for i in agreement.shown.get("items", []))
    return (
        f"dp agreement {agreement.id}; {agreement.recipient}; reference {agreement.reference}; "
        f"items {items}; method {agreement.method.value}"
    )


# -- the terms, in words: the same on the signing screen and in the PDF -------------------------
BULLET = "• "  # a paragraph that starts with this is one entry of a list


def _count(number: int, unit: str) -> str:
    return f"{number} {unit}" if number == 1 else f"{number} {unit}s"


_ACCOUNT = {
    DP_RECIPIENT_FAMILY: "Keep the direct payments in a separate bank account used only for "
    "them. Pay for the support from that account, and put no other money in it.",
    DP_RECIPIENT_THIRD_PARTY: "Keep the money for this support in an account (or a client "
    "account) where it is held apart from any other money, pay for the support from it, and "
    "show it separately in every statement to the council.",
}


def terms_sections(shown: dict, pack: PolicyPack, next_review_on: date | None) -> list[tuple]:
    """The agreement's terms after the items and the payments (sections 4 to 11), as
    (title, paragraphs) in plain text: the signing screen and the PDF both show these words.
    `shown` is `shown_to_recipient(...)`; the pack gives the council's own wording."""
    terms = pack.dp_agreement
    said = shown["terms"]
    if terms is None:
        return []
    source = (
        "As agreed for this plan: "
        if said.get("monitoring_agreed_for_this_plan")
        else "The council's standard terms: "
    )
    months = terms.returns_every_months
    every = "month" if months == 1 else f"{months} months"
    review_months = _count(said["first_review_months"], "month")
    next_review = f" (the next is due by {format_long(next_review_on)})" if next_review_on else ""
    weeks = _count(terms.notice_weeks, "week")
    notice = f"{weeks}'" if weeks.endswith("s") else f"{weeks}'s"
    on_site = [i for i in shown["items"] if i.get("setting_name") is not None]
    if on_site:
        premises = [
            "These items happen on a school's or college's premises. Paying for them by direct "
            "payment needs the written agreement of its head teacher or principal (or early "
            "years provider):",
            *(
                f"{BULLET}{i.get('description') or '(no description)'} at {i['setting_name']}"
                for i in on_site
            ),
        ]
    else:
        premises = ["None of the items in this agreement happens on a school's premises."]
    unspent = [said["unspent_money"]] if said.get("unspent_money") else []
    return [
        ("4. The bank account", [_ACCOUNT[shown.get("recipient_key", DP_RECIPIENT_FAMILY)]]),
        (
            "5. Records and returns",
            [
                f"{source}{said.get('monitoring', '')}",
                terms.records,
                f"Send a return showing what was spent every {every}, to the contact in "
                "section 11.",
            ],
        ),
        (
            "6. Reviews",
            [
                f"We will review the direct payments with you within {review_months} of the "
                f"first payment, and then at each annual review of the EHC plan{next_review}, "
                "to check that they are working and still meet the needs and outcomes in "
                "section 2."
            ],
        ),
        ("7. Money not spent, and ending the agreement", [*unspent, terms.ending]),
        ("8. Flexibility agreed", [terms.flexibility]),
        (
            "9. Reducing, suspending or stopping the payments",
            [
                terms.reduce_suspend_stop,
                f"Notice: unless the paragraph below applies, we will give you at least "
                f"{notice} written notice before reducing, suspending or stopping the "
                "payments, with our reasons.",
                terms.stop_at_once,
                f"Your right to a review: {said.get('review_rights', '')}",
            ],
        ),
        (
            "10. Support on a school's or college's premises",
            [*premises, terms.premises_withdrawn],
        ),
        ("11. Who to contact", [terms.contact]),
    ]
