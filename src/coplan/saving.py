"""Saving an edited plan with what the audit trail must say about the edit.

The wizard's autosave saves through here, so that an agreement that stops being valid because
of an edit is recorded once, at the moment it happened. Each save names the revision it
replaces; the store refuses it (`PlanConflict`) when someone else saved the plan meanwhile.
"""

from __future__ import annotations

from typing import NamedTuple

from coplan.domain import dp_agreement
from coplan.domain.agreements import AuditAction, invalidated_since, valid_agreement_settings
from coplan.domain.lifecycle import revise_if_changed
from coplan.domain.model import DP_RECIPIENT_FAMILY, DP_RECIPIENTS, Plan
from coplan.domain.policy import PolicyPack

# In the set of agreements valid at the last save, beside the settings' ids: each direct payment
# agreement, by recipient (keys no setting id can take: setting ids have no colon).
DP_AGREEMENT_KEYS = {recipient: f"dp_agreement:{recipient}" for recipient in DP_RECIPIENTS}
DP_AGREEMENT_KEY = DP_AGREEMENT_KEYS[DP_RECIPIENT_FAMILY]


def valid_agreements(plan: Plan, pack: PolicyPack | None = None) -> frozenset[str]:
    """The settings whose premises agreement covers the plan as it is, and (given the pack)
    the key of each direct payment agreement that does."""
    valid = valid_agreement_settings(plan)
    if pack is not None:
        valid |= {
            key
            for recipient, key in DP_AGREEMENT_KEYS.items()
            if dp_agreement.status(plan, pack, recipient).valid
        }
    return valid


class SavedEdit(NamedTuple):
    valid_agreements: frozenset[str]  # settings whose agreements are valid now, for next time
    revision: int  # the plan's revision now, which the next save replaces


def save_edit(
    store,
    plan: Plan,
    *,
    actor: str,
    valid_before: frozenset[str] = frozenset(),
    replaces: int | None = None,
    pack: PolicyPack | None = None,
) -> SavedEdit:
    """Save `plan` over revision `replaces` (PlanConflict when it moved on); audit each
    premises agreement that was valid at the last save (`valid_before`) and this edit
    invalidated; and, given the pack, the direct payment agreement likewise.

    A draft changed after it was sent becomes its next revision first (`revise_if_changed`):
    it must be sent again with a new last day for comments; the revision that was sent is kept
    (a version is kept when a draft is sent) and the change is audited."""
    revised = revise_if_changed(plan)
    revision = store.save(plan, actor=actor, action="edited", replaces=replaces)
    if revised:
        store.record(
            plan.id,
            actor=actor,
            action="draft revised",
            detail=f"revision {plan.draft_revision}; revision {plan.draft_revision - 1} was sent",
        )
    for agreement in invalidated_since(valid_before, plan):
        store.record(
            plan.id,
            actor=actor,
            action=AuditAction.INVALIDATED.value,
            detail=f"setting {agreement.setting_id}; agreement {agreement.id}",
            fingerprint=agreement.fingerprint,
        )
    for recipient, key in DP_AGREEMENT_KEYS.items():
        if pack is None or key not in valid_before:
            continue
        found = dp_agreement.status(plan, pack, recipient)
        signed = found.agreement
        if found.state == dp_agreement.DpAgreementState.CHANGED and signed is not None:
            store.record(
                plan.id,
                actor=actor,
                action=dp_agreement.AUDIT_INVALIDATED,
                detail=f"dp agreement {signed.id}; {recipient}; reference {signed.reference}",
                fingerprint=signed.fingerprint,
            )
    return SavedEdit(valid_agreements(plan, pack), revision)
