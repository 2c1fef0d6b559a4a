"""What a draft still has to settle before the plan can be final, in plain words.

One place for the words that the draft PDF prints beside each line and in its "still to settle"
box, and that the review page shows: "Subject to Meadowbank Primary School's agreement: cannot
start until agreed", "Declined by the head teacher on 20 November 2026: … This line must be
re-arranged before the plan is final", "Changed since the head teacher agreed: to be agreed
again". The findings come from `rules.validate` at the final stage; only the wording is here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from .dates import format_long
from .fingerprint import AgreementState, agreement_status
from .model import Plan as PlanModel
from .model import PlanStatus, PremisesAgreement, ProvisionItem
from .naming import unnamed_setting
from .policy import PolicyPack
from .rules import validate
from .stages import Stage

SettingName = Callable[[str], str]


@dataclass(frozen=True)
class LineStatus:
    text: str
    settled: bool  # False: the line cannot start (or must change) before the plan is final


def _role(agreement: PremisesAgreement | None) -> str:
    role = agreement.signatory_role.strip() if agreement else ""
    return role[:1].lower() + role[1:] if role else "head teacher"


def _default_name(plan: PlanModel) -> SettingName:
    def name(setting_id: str) -> str:
        setting = plan.setting(setting_id)
        return (setting.name.strip() if setting else "") or unnamed_setting(plan, setting_id)

    return name


def line_status(
    plan: PlanModel, item: ProvisionItem, setting_name: SettingName | None = None
) -> LineStatus | None:
    """The premises agreement a direct-payment line on a setting's premises depends on, in one
    sentence; None for a line that needs no agreement."""
    if item.setting_id is None or item not in plan.premises_dp_items(item.setting_id):
        return None
    name = (setting_name or _default_name(plan))(item.setting_id)
    status = agreement_status(plan, item.setting_id)
    agreement = status.agreement
    signed = format_long(agreement.signed_on) if agreement and agreement.signed_on else ""
    on = f" on {signed}" if signed else ""
    if status.state == AgreementState.NOT_ASKED:
        return LineStatus(f"Subject to {name}'s agreement: cannot start until agreed.", False)
    if status.state == AgreementState.DECLINED:
        reasons = agreement.reasons.strip().rstrip(".") if agreement else ""
        return LineStatus(
            f"Declined by the {_role(agreement)}{on}"
            + (f": {reasons}." if reasons else ".")
            + " This line must be re-arranged before the plan is final.",
            False,
        )
    if status.state == AgreementState.CHANGED:
        return LineStatus(
            f"Changed since the {_role(agreement)} agreed{on}: to be agreed again.", False
        )
    if status.state == AgreementState.WITHDRAWN:
        withdrawal = agreement.withdrawal if agreement else None
        if withdrawal is None:
            return LineStatus("Agreement withdrawn: this line must stop or be re-arranged.", False)
        return LineStatus(
            f"Agreement withdrawn on {format_long(withdrawal.withdrawn_on)}: this line stops "
            f"or must be re-arranged from {format_long(withdrawal.stops_on)}.",
            False,
        )
    if agreement is not None and agreement.carried_over:
        return LineStatus(
            f"Agreed by the {_role(agreement)}{on}, for the plan before this review: to be "
            "confirmed again.",
            False,
        )
    conditions = " with conditions" if status.state == AgreementState.AGREED_WITH_CONDITIONS else ""
    return LineStatus(f"Agreed by the {_role(agreement)}{conditions}{on}.", True)


@dataclass(frozen=True)
class OpenPoint:
    """One thing still to settle before the plan can be final, and the rule codes it answers."""

    text: str
    codes: frozenset[str]


# Findings whose own message is not how a family would say what is still to settle.
_PLAIN = {
    "dp.no_arrangement": "Who will receive the direct payments, and how.",
    "dp.no_recipient": "Who will receive the direct payments.",
    "dp.no_consent": "The young person's agreement to the nominee who will receive the "
    "direct payments.",
    "budget.over_without_reason": "Why the plan costs more than the indicative budget.",
    "indicative.manual_no_reason": "Where the indicative budget figure comes from.",
    "indicative.override_no_reason": "Why the panel changed the indicative budget.",
    "third_party.missing": "Who holds the money for the support arranged by a third party.",
    "final.no_section_i": (
        "The council to name the school or college in Section I of the final plan (a draft "
        "leaves it blank; you can tell us which one you would like)."
    ),
    "final.not_served": (
        "This draft to be sent to you formally, with at least {days} days, beginning with the "
        "day it is sent, for your comments."
    ),
    "final.changed_since_served": (
        "This draft changed after it was sent: it is to be sent to you again, with a new last "
        "day for comments."
    ),
    "final.comments_open": (
        "Your comments: you have until {deadline} to tell us what you think (the final plan is "
        "not issued before then unless you have answered)."
    ),
}


def judged_on(plan: PlanModel, today: date | None = None) -> date:
    """The day a draft's open points are judged on: the day it was sent (so that the document
    never changes after it is sent), or today for a draft not yet sent."""
    if plan.status is PlanStatus.CONSULTATION and plan.served_on is not None:
        return plan.served_on
    return today or date.today()


def still_to_settle(
    plan: PlanModel,
    pack: PolicyPack,
    setting_name: SettingName | None = None,
    *,
    today: date | None = None,
) -> list[OpenPoint]:
    """Everything that stops the plan being final (the final-stage findings of
    `rules.validate`, judged on `judged_on`), one plain sentence each, premises agreements
    first. Every such finding is answered by exactly one point (a test holds them together)."""
    name = setting_name or _default_name(plan)
    findings = [
        f
        for f in validate(plan, pack, stage=Stage.FINAL, today=judged_on(plan, today))
        if f.stage is Stage.FINAL and f.blocking
    ]
    out: list[OpenPoint] = []
    for setting in plan.settings_needing_agreement():
        codes = frozenset(
            f.code
            for f in findings
            if f.code.startswith("premises.") and f.field == f"premises[{setting.id}]"
        )
        if not codes:
            continue
        items = plan.premises_dp_items(setting.id)
        status = line_status(plan, items[0], name)
        which = ", ".join(f"“{i.description.strip() or i.id}”" for i in items)
        out.append(OpenPoint(f"{which}: {status.text if status else ''}", codes))
    conditions = [f for f in findings if f.code == "dp.condition_not_confirmed"]
    if conditions:
        out.append(
            OpenPoint(
                "The council to confirm that the direct payments will be used appropriately and "
                f"in {plan.child.called or 'the child'}'s best interests, without harming other "
                "children's services, and are an efficient use of money.",
                frozenset({"dp.condition_not_confirmed"}),
            )
        )
    missing_refs = [f for f in findings if f.code == "item.no_provision_ref"]
    if missing_refs:
        # One point for every line without its reference, not one per line.
        numbers = [
            str(number)
            for number, item in enumerate(plan.items, 1)
            if f"items[{item.id}].provision_ref" in {f.field for f in missing_refs}
        ]
        which = numbers[0] if len(numbers) == 1 else ", ".join(numbers[:-1]) + " and " + numbers[-1]
        out.append(
            OpenPoint(
                f"The council to add where {'item' if len(numbers) == 1 else 'items'} {which} "
                f"of the budget {'is' if len(numbers) == 1 else 'are'} written in the plan's "
                "provision (its reference in Section F, G or H).",
                frozenset({"item.no_provision_ref"}),
            )
        )
    words = {
        "days": pack.timescales.comment_period_days,
        "deadline": format_long(plan.comment_deadline),
    }
    by_text: dict[str, set[str]] = {}
    for finding in findings:
        if finding.code.startswith("premises.") or finding.code in (
            "dp.condition_not_confirmed",
            "item.no_provision_ref",
        ):
            continue
        text = _PLAIN[finding.code].format(**words) if finding.code in _PLAIN else finding.message
        by_text.setdefault(text, set()).add(finding.code)
    # The timeline's own steps last: what the draft says comes first.
    ordered = sorted(by_text.items(), key=lambda pair: any(c.startswith("final.") for c in pair[1]))
    out += [OpenPoint(text, frozenset(codes)) for text, codes in ordered]
    return out
