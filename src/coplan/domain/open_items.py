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

from .dates import format_long
from .fingerprint import AgreementState, agreement_status
from .model import Plan as PlanModel
from .model import PremisesAgreement, ProvisionItem
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
        return (setting.name.strip() if setting else "") or "the school/setting"

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
        when = f" on {format_long(withdrawal.withdrawn_on)}" if withdrawal else ""
        return LineStatus(
            f"Agreement withdrawn{when}: this line must stop or be re-arranged.", False
        )
    if agreement is not None and agreement.carried_over:
        return LineStatus(
            f"Agreed by the {_role(agreement)}{on}, for the plan before this review: to be "
            "confirmed again.",
            False,
        )
    conditions = " with conditions" if status.state == AgreementState.AGREED_WITH_CONDITIONS else ""
    return LineStatus(f"Agreed by the {_role(agreement)}{conditions}{on}.", True)


# Findings whose own message is not how a family would say what is still to settle.
_PLAIN = {
    "dp.no_arrangement": "Who will receive the direct payments, and how.",
    "dp.no_recipient": "Who will receive the direct payments.",
    "dp.no_nominee": "The name of the nominee who will receive the direct payments.",
    "budget.over_without_reason": "Why the plan costs more than the indicative budget.",
    "indicative.manual_no_reason": "Where the indicative budget figure comes from.",
    "indicative.override_no_reason": "Why the panel changed the indicative budget.",
    "third_party.missing": "Who holds the money for the support arranged by a third party.",
}
# The timeline's own steps (sending, the comment period, Section I) are not the draft's content.
_TIMELINE = {"final.not_served", "final.changed_since_served", "final.comments_open"}
_SECTION_I = "final.no_section_i"


def still_to_settle(
    plan: PlanModel, pack: PolicyPack, setting_name: SettingName | None = None
) -> list[str]:
    """Everything that stops the plan being final and that consultation can settle, one plain
    sentence each, premises agreements first."""
    name = setting_name or _default_name(plan)
    out: list[str] = []
    for setting in plan.settings_needing_agreement():
        items = [line_status(plan, i, name) for i in plan.premises_dp_items(setting.id)]
        open_items = [
            (item, status)
            for item, status in zip(plan.premises_dp_items(setting.id), items, strict=True)
            if status is not None and not status.settled
        ]
        if open_items:
            which = ", ".join(f"“{i.description.strip() or i.id}”" for i, _ in open_items)
            out.append(f"{which}: {open_items[0][1].text}")
    findings = [
        f
        for f in validate(plan, pack, stage=Stage.FINAL)
        if f.stage is Stage.FINAL and not f.code.startswith("premises.")
    ]
    if any(f.code == "dp.condition_not_confirmed" for f in findings):
        out.append(
            "The council to confirm that the direct payments will be used appropriately and in "
            f"{plan.child.called or 'the child'}'s best interests, without harming other "
            "children's services, and are an efficient use of money."
        )
    seen: set[str] = set()
    for finding in findings:
        if finding.code in _TIMELINE or finding.code == "dp.condition_not_confirmed":
            continue
        if finding.code == _SECTION_I:
            continue  # every draft leaves Section I blank: said once, in "What happens next"
        text = _PLAIN.get(finding.code, finding.message)
        if text not in seen:
            seen.add(text)
            out.append(text)
    return out
