"""A ready-made `on_recorded` for the wizard: save, audit with the fingerprint, snapshot.

    agreement = open_signoff(self, plan, "s1", pack, lock=lock,
                             on_recorded=store_recorder(store, plan, actor=officer))

The audit detail holds ids and codes only (the store refuses a child's name): never the
signatory's name, conditions or reasons, which live in the plan itself.
"""

from __future__ import annotations

from collections.abc import Callable

from coplan.domain.agreements import AuditAction, audit_action
from coplan.domain.model import Plan, PremisesAgreement
from coplan.store.errors import PlanConflict

SNAPSHOT_REASONS = {
    AuditAction.SIGNED: "agreement signed",
    AuditAction.DECLINED: "agreement declined",
    AuditAction.WITHDRAWN: "agreement withdrawn",
}


def audit_detail(agreement: PremisesAgreement) -> str:
    """ "setting s1; agreement a2; items p1,p3; method drawn; decision agreed" and so on."""
    parts = [
        f"setting {agreement.setting_id}",
        f"agreement {agreement.id}",
        f"items {','.join(agreement.item_ids)}",
        f"method {agreement.method.value}",
        f"decision {agreement.decision.value}",
    ]
    if agreement.conditions:
        parts.append(f"conditions {','.join(agreement.conditions)}")
    if agreement.withdrawal is not None:
        parts.append(f"withdrawn on {agreement.withdrawal.withdrawn_on.isoformat()}")
    return "; ".join(parts)


def store_recorder(
    store, plan: Plan, *, actor: str, save: Callable[[Plan], object] | None = None
) -> Callable[[PremisesAgreement], None]:
    """Save `plan`, append the audit entry and keep a snapshot, each time a decision lands.

    `save` is how the plan is saved (the wizard's session, which names the revision it
    replaces: `PlanSession.save_whole`); by default an unchecked `store.save`."""

    def recorded(agreement: PremisesAgreement) -> None:
        action = audit_action(agreement)
        conflict = None
        if save is not None:
            try:
                save(plan)
            except PlanConflict as refused:
                # Someone else saved the plan meanwhile; the officer will choose which version
                # to keep. The decision itself must not wait for that: its audit line and a
                # snapshot holding it are written now, then the refusal is passed on.
                conflict = refused
        else:
            store.save(plan, actor=actor)
        store.record(
            plan.id,
            actor=actor,
            action=action.value,
            detail=audit_detail(agreement),
            fingerprint=agreement.fingerprint,
        )
        store.snapshot(plan, reason=SNAPSHOT_REASONS[action], actor=actor)
        if conflict is not None:
            raise conflict

    return recorded
