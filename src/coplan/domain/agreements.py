"""Recording a head teacher's decision on the direct-payment items on their premises."""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from .dates import format_long
from .fingerprint import FINGERPRINT_VERSION, canonical_bytes, shown_to_head
from .fingerprint import reference as fingerprint_reference
from .model import Decision, Plan, PremisesAgreement, SignatureMethod, Withdrawal
from .shown_words import ROLES


class AgreementError(ValueError):
    """A decision that cannot be recorded as given; the message says what is missing."""


def may_sign(role: str) -> bool:
    """Whether someone in `role` may sign for a setting in their own right: its head teacher,
    principal or early-years provider (the Personal Budgets Regulations 2014 ask for "the
    head teacher or principal of the school or post-16 institution, or the person in charge
    of the early years provider")."""
    return role.strip().casefold() in {r.casefold() for r in ROLES}


def signatory_problem(role: str, delegated_by: str = "") -> str | None:
    """Why someone cannot sign a premises agreement, or None when they can: the head teacher,
    principal or early-years provider, or anyone with their written delegated authority
    (`delegated_by`: who gave it, recorded with the agreement)."""
    if not role.strip():
        return "Enter the role of the person signing."
    if may_sign(role) or delegated_by.strip():
        return None
    return (
        f"A “{role.strip()}” cannot agree to direct payments on a setting's premises: only its "
        "head teacher, principal or early-years provider can, or someone with their written "
        "delegated authority (record who gave it)."
    )


def record_decision(
    plan: Plan,
    setting_id: str,
    *,
    decision: Decision,
    signatory_name: str,
    signatory_role: str,
    signed_on: date,
    method: SignatureMethod,
    conditions: list[str] | None = None,
    other_conditions: str = "",
    reasons: str = "",
    signature_svg_path: str = "",
    recorded_by: str = "",
    reference: str = "",
    delegated_by: str = "",
    delegated_on: date | None = None,
) -> PremisesAgreement:
    """Snapshot what the head was shown, fingerprint it and add the decision to the plan."""
    import hashlib

    if plan.setting(setting_id) is None:
        raise AgreementError("That setting is not in the plan.")
    items = plan.premises_dp_items(setting_id)
    if not items:
        raise AgreementError("There is nothing paid by direct payment on this setting's premises.")
    if not signatory_name.strip():
        raise AgreementError("Enter the name of the person signing.")
    problem = signatory_problem(signatory_role, delegated_by)
    if problem is not None:
        raise AgreementError(problem)
    if delegated_on is not None and delegated_on > signed_on:
        raise AgreementError("The authority was delegated after the agreement was signed.")
    if decision is Decision.DECLINED and not reasons.strip():
        raise AgreementError("Give the reasons for declining.")
    if decision is Decision.AGREED_WITH_CONDITIONS and not (conditions or other_conditions.strip()):
        raise AgreementError("Choose or write at least one condition.")
    if method is SignatureMethod.DRAWN and not signature_svg_path.strip():
        raise AgreementError("Draw the signature, or type the name and tick the box instead.")
    if method in (SignatureMethod.PAPER, SignatureMethod.EMAIL):
        if not recorded_by.strip():
            raise AgreementError("Say who recorded an agreement given on paper or by email.")
        _check_reference(plan, setting_id, reference)
    shown = shown_to_head(plan, setting_id)
    agreement = PremisesAgreement(
        id=plan.next_short_id("a"),
        setting_id=setting_id,
        item_ids=[item.id for item in items],
        fingerprint=hashlib.sha256(canonical_bytes(shown)).hexdigest(),
        fingerprint_version=FINGERPRINT_VERSION,
        decision=decision,
        shown=shown,
        conditions=list(conditions or []),
        other_conditions=other_conditions.strip(),
        reasons=reasons.strip(),
        signatory_name=signatory_name.strip(),
        signatory_role=signatory_role.strip(),
        delegated_by=delegated_by.strip(),
        delegated_on=delegated_on,
        signed_on=signed_on,
        method=method,
        signature_svg_path=signature_svg_path,
        recorded_by=recorded_by.strip(),
    )
    plan.premises_agreements.append(agreement)
    return agreement


def _check_reference(plan: Plan, setting_id: str, quoted: str) -> None:
    """An answer given outside the meeting covers what the head was sent: the request's
    reference must match the items as they are now, or the answer is about other items."""
    quoted = "".join(quoted.split()).lower()
    if not quoted:
        raise AgreementError(
            "Enter the reference printed on the request for agreement (12 letters and digits), "
            "so that the answer is tied to exactly the items the head was sent."
        )
    current = fingerprint_reference(plan, setting_id)
    if quoted != current:
        raise AgreementError(
            f"The reference on the answer ({quoted}) is not the reference of the items as they "
            f"are now ({current}): the items changed after that request was printed, or the "
            "reference was mistyped. Check it, or print a new request and ask again."
        )


def withdraw(
    plan: Plan,
    setting_id: str,
    *,
    on: date,
    reason: str,
    told_by: str,
    effective_from: date | None = None,
) -> PremisesAgreement:
    """Record that a setting withdrew its agreement; its direct payments stop or must be
    re-arranged from `effective_from` (by default the day it was withdrawn)."""
    agreement = plan.current_agreement(setting_id)
    if agreement is None or not agreement.agrees:
        raise AgreementError("There is no agreement from this setting to withdraw.")
    if agreement.withdrawal is not None:
        raise AgreementError("This agreement has already been withdrawn.")
    if not reason.strip() or not told_by.strip():
        raise AgreementError("Record the reason and who told the council.")
    if agreement.signed_on is not None and on < agreement.signed_on:
        raise AgreementError(
            f"The withdrawal ({format_long(on)}) cannot be before the agreement was signed "
            f"({format_long(agreement.signed_on)})."
        )
    if effective_from is not None and effective_from < on:
        raise AgreementError(
            f"The items cannot stop ({format_long(effective_from)}) before the agreement was "
            f"withdrawn ({format_long(on)})."
        )
    agreement.withdrawal = Withdrawal(
        withdrawn_on=on,
        reason=reason.strip(),
        told_by=told_by.strip(),
        effective_from=effective_from,
    )
    return agreement


def history(plan: Plan, setting_id: str) -> list[PremisesAgreement]:
    """Every decision recorded for one setting, oldest first; the last one is current."""
    return [a for a in plan.premises_agreements if a.setting_id == setting_id]


class AuditAction(StrEnum):
    """Names of the premises-agreement events in the audit trail (`store.record(action=…)`)."""

    REQUESTED = "premises_requested"  # a request for agreement was sent or printed
    SIGNED = "premises_signed"  # agreed, with or without conditions (any method)
    DECLINED = "premises_declined"
    INVALIDATED = "premises_invalidated"  # what was signed for changed afterwards
    WITHDRAWN = "premises_withdrawn"


def audit_action(agreement: PremisesAgreement) -> AuditAction:
    """The audit event for a decision just recorded or withdrawn."""
    if agreement.withdrawal is not None:
        return AuditAction.WITHDRAWN
    return AuditAction.SIGNED if agreement.agrees else AuditAction.DECLINED


def valid_agreement_settings(plan: Plan) -> frozenset[str]:
    """The settings whose latest agreement still covers what the plan says."""
    from .fingerprint import agreement_status

    return frozenset(
        setting_id
        for setting_id in {a.setting_id for a in plan.premises_agreements}
        if agreement_status(plan, setting_id).valid
    )


def invalidated_since(valid_before: frozenset[str], after: Plan) -> list[PremisesAgreement]:
    """Agreements valid at the last save (`valid_before`) that no longer cover what `after`
    says. Saving remembers only that small set, not a copy of the whole plan."""
    from .fingerprint import AgreementState, agreement_status

    changed = []
    for setting_id in sorted(valid_before):
        agreement = after.current_agreement(setting_id)
        if agreement is not None and agreement_status(after, setting_id).state == (
            AgreementState.CHANGED
        ):
            changed.append(agreement)
    return changed


def newly_invalidated(before: Plan | None, after: Plan) -> list[PremisesAgreement]:
    """Agreements that were valid in `before` and no longer cover what `after` says."""
    if before is None:
        return []
    return invalidated_since(valid_agreement_settings(before), after)


def remove_setting(plan: Plan, setting_id: str) -> None:
    """Take a setting out of the plan; its items then need another setting or location.

    Refused while the setting has any recorded premises decision: that record is part of the
    plan's history (and of the audit trail), and its agreement must never attach to another
    setting that might later be given the same identifier.
    """
    if any(a.setting_id == setting_id for a in plan.premises_agreements):
        setting = plan.setting(setting_id)
        name = setting.name if setting and setting.name.strip() else "This setting"
        raise AgreementError(
            f"{name} has a recorded decision on direct payments on its premises, so it stays "
            "in the plan as part of that record. Change the items instead (or record a "
            "withdrawal if the setting no longer agrees)."
        )
    plan.settings = [s for s in plan.settings if s.id != setting_id]
    for item in plan.items:
        if item.setting_id == setting_id:
            item.setting_id = None
